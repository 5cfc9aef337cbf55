"""The transfer pipe's run played from a script, for tests of what the uploader decides around it
(``Uploader.upload_all``): which items come, in what order -- the pushes are the uploader's own."""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from desktop_app.db.models import FileVersion
from desktop_app.services.types import SyncReport
from desktop_app.sync import pipeline, transfers


def upload_scripted(desk, monkeypatch, shas: list[str], script: list[str],  # noqa: ANN001 - a Desk, pytest's monkeypatch
                    after_each: Callable, on_sent: Callable[[], None] = lambda: None) -> None:
    """Run ``desk``'s uploader with ``pipeline.run`` playing ``script``. The files other than
    ``shas`` (the letters' PDFs) land first; then each step "sent X" (X's last bytes go: ``on_sent``
    runs, then a ``Sent``), "done X" (X landed) or "cut X" (X's rest is not sent: it asks the server
    what it kept), X naming ``shas`` in order as a, b, c...; ``after_each`` is the engine's push."""
    def played(pipe, jobs, **kw):  # noqa: ANN001, ANN003, ANN202 - as pipeline.run yields them
        scans = dict(zip("abcdefgh", (j for j in jobs if j.sha in shas)))  # smallest first
        for j in jobs:
            if j not in scans.values():  # the letters' PDFs: landed first
                j.done = True
                yield j
        for kind, name in (step.split() for step in script):
            job = scans[name]
            job.sent_whole, job.done = kind != "cut", kind == "done"
            if kind == "sent":
                on_sent()
                yield pipeline.Sent(job)
            elif kind == "done":
                yield job

    monkeypatch.setattr(transfers.pipeline, "run", played)
    monkeypatch.setattr(transfers.threaded, "in_background", lambda produce: produce())  # each item as it is made
    with desk.ctx.db.read() as s:
        every = list(s.execute(select(FileVersion.sha256)).scalars())
    desk.engine._uploader.upload_all(every, SyncReport(), after_each, last=lambda submit: None)
