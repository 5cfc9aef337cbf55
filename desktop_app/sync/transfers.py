"""Files: resumable uploads (tus) and downloads (Range), their progress saved in ``sync_transfer``.

Uploads go **smallest first, pipelined on one connection** (:mod:`~desktop_app.sync.pipeline`):
the next file's request leaves while the answer to the one before is on its way, so the link
never idles a round trip between files, and a cut of the link costs one reconnection, not one per
stream. Each upload is created with its first chunk in the same request (tus
creation-with-upload: a file of up to 256 KiB is one request); the operations a file unlocks follow
its last bytes on the pipe, before its answer. A creation cut mid-way is tried again without
body: the server hands back the upload it made, at the bytes it kept. Downloads go the same way,
smallest first on one pipelined connection (the next file's ``GET`` waits at the server while the
body before it comes down), each written as it comes into ``<profile>/sync/partial/<sha256>.part``
-- named by the validated hash, never by the server's name -- and into the blob store before the
rows that name them. The transfer connection is opened while the cycle pushes ops and reads the
feed (``Connection.warm``). The files a feed page names start coming down as soon as the page is
in (:meth:`Downloader.ahead`), while the page is applied -- seconds of the desk's own work on a
page of twenty documents, and the connection's handshake, no longer idle the link -- and land
once the page's rows name them.

A file that extends an earlier file of its document (a PDF after a signature or a signature
level: an incremental update) travels as the bytes after that earlier file only, both ways (a
delta, docs/protocol.md §7.1); whole when the other side lacks the base.

A transfer broken mid-way is resumed in place (``desktop_app.retry.TRANSFER_RESUME``) rather than
abandoning the cycle.

The download side is :mod:`desktop_app.sync.downloads`; the delta bases (:func:`delta_bases`) serve
both.
"""
from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop_app.db.models import FileVersion, SyncTransfer, utcnow
from desktop_app.errors import RequestRefused, TransientError
from desktop_app.services.types import SyncReport
from desktop_app.sync import pipeline, threaded
from desktop_app.sync.client import SyncClient, Via
from desktop_app.sync.file_transfer import FIRST_CHUNK
from desktop_app.sync.http import need
from docflow_protocol import API_PREFIX, MAX_DELTA_BASES, ErrorCode

log = logging.getLogger(__name__)

#: Seconds the ops of a file whose last bytes went may wait for the next file's, to go up in one
#: push with them: each push is ~800 bytes with its head and answer, one per file on a 2G link
#: (1 % of its wire); the server sees a document's file at most this much later.
OPS_HELD_S = 10.0


def _transfer_row(s: Session, sha: str, size: int, name: str, mime: str) -> SyncTransfer:
    """The upload row of ``sha`` (created on first use)."""
    row = s.execute(select(SyncTransfer).where(SyncTransfer.direction == SyncTransfer.UP,
                                               SyncTransfer.sha256 == sha)).scalars().first()
    if row is None:
        row = SyncTransfer(direction=SyncTransfer.UP, sha256=sha, size=size, filename=name, mime=mime,
                           state=SyncTransfer.PENDING, done_bytes=0, attempts=0, last_error="", role="",
                           updated_at=utcnow())
        s.add(row)
        s.flush()
    return row


class Uploader:
    """Uploads a profile's files (see the module's docstring).

    Args:
        connection: gives the cycle's transfer clients (``workers``).
        status: the :class:`~desktop_app.sync.status.StatusBoard` progress goes to.
        stop: set when the engine stops (no further resumption then).
    """

    def __init__(self, connection, status, stop: threading.Event):  # noqa: ANN001 - Connection, StatusBoard
        self.connection = connection
        self.ctx = connection.ctx
        self.status = status
        self.stop = stop
        self.clock = time.monotonic  # how long ops wait for the next file's (``_hold``)

    def upload_all(self, hashes: list[str], report: SyncReport, after_each: Callable[..., Any],
                   last: Callable[[Callable[..., pipeline.Call]], Any] | None = None) -> bool:
        """Upload ``hashes`` smallest first, pipelined on one connection (:mod:`~desktop_app.sync.pipeline`).
        ``after_each(via)`` runs on this thread once as the files start (the metadata push: it goes
        on the wire ahead of the first files, not a round trip before them) and again after every
        file that landed (the ops it unlocked), while the pipe goes on with the next files;
        ``via`` puts its requests on the pipe; ``after_each(via, shas)`` also as a file's last bytes
        go (``shas``: the files whose last bytes are on their way ahead of the push, taken as up: the
        server takes the connection's requests in order; a file that does not land leaves its ops
        pending -- the server defers them) -- after a push lost to a cut, only once a file lands or
        every file's last bytes are on their way again; and not while the next file's rest crosses
        within ``OPS_HELD_S`` of the first one waiting (:func:`_hold`: they go together, one push
        for both; the outbox holds them meanwhile). ``last(submit)`` puts the cycle's end on the
        pipe (the feed's first page) behind the first push made once every file is in or on its way. Returns
        True if any file was uploaded or any ``after_each`` returned true."""
        with self.ctx.db.read() as s:
            info = {}
            for fv in s.execute(select(FileVersion).where(FileVersion.sha256.in_(hashes))).scalars():
                info.setdefault(fv.sha256, (fv.size, fv.filename, fv.mime))
        order = sorted((h for h in hashes if h in info), key=lambda h: info[h][0])
        if not order:
            return bool(after_each(None))
        client = self.connection.workers(1, opened=False)[0]  # its handshake ends on the pipe's thread
        with self.ctx.db.write() as s:  # one transaction for all the rows: the metadata push waits for it
            jobs = [_Upload(self, client, sha, *info[sha], session=s) for sha in order]
        calls = pipeline.Calls(hold=True)  # the metadata ahead of the first file
        records = (lambda: client.meter.record_at) if client.meter else (lambda: client.plan().record)  # fitted to the cuts
        runs = pipeline.run(pipeline.Pipe(client), jobs, record=records, cap=client.cap_up,
                            halt=self.stop.is_set, on_cut=client.meter.cut if client.meter else lambda: None,
                            calls=calls, sent=True)
        items = threaded.in_background(lambda: _opened_first(self.connection, runs))
        progressed, left = False, len(jobs)
        final: tuple[Via, list[bool]] | None = None
        held = False  # a push was lost to a cut: it goes again with the next file that lands (see below)
        waiting: float | None = None  # since when ops of files in or on their way wait for the next file's
        try:
            try:
                progressed |= bool(after_each(calls.call))  # the metadata: its failure fails the cycle, as ever
            finally:
                calls.start()
            for item in items:
                if last is not None and final is None and all(j.done or j.sent_whole for j in jobs):
                    final = _then(calls, last)  # every file is in or on its way: the end goes with the next push
                if held and isinstance(item, pipeline.Sent) and not all(j.done or j.sent_whole for j in jobs):
                    # not behind each body sent again after the cut while another file still asks what the
                    # server kept: on the rural link (cuts every 30-60 KB) a push behind a 40-100 KB body met
                    # the next cut too, five times in a row (~650 B each, with the end's requests ~1.1 KB)
                    continue
                if final is None and _hold(client, jobs, waiting, self.clock()):
                    waiting = self.clock() if waiting is None else waiting  # they go with the next file's
                else:
                    waiting = None
                    via = final[0] if final else calls.call
                    on_way = frozenset(j.sha for j in jobs if j.sent_whole and not j.done)  # ahead of this push
                    pushed = _after(lambda v, landing=on_way: after_each(v, landing), via)
                    progressed, held = progressed or bool(pushed), pushed is None
                if isinstance(item, pipeline.Sent):  # its last bytes are on their way: its ops went right behind them
                    continue
                progressed = True
                report.uploaded_files += 1
                left -= 1
                if not left:
                    if final is not None and not final[1]:  # no op push after the last file: the end's requests go alone
                        _ask(last, calls)
                    calls.end()  # nothing more to put on the pipe: it closes
        finally:
            calls.end()
            items.close()
        return progressed


def _hold(client: SyncClient, jobs: list["_Upload"], since: float | None, now: float) -> bool:
    """Whether the ops of the files in or on their way (waiting ``since``; None: from ``now``) wait for
    the next file's last bytes, to go up in one push with its ops: when that file's rest crosses
    before they have waited ``OPS_HELD_S`` at the rate the link was measured at (unknown: they go now).
    On a 2G link two files' ops share a push; on a fast one a cycle's; on the rural one (a file in
    tens of seconds) each file's go as its last bytes go, as before."""
    rate = client.meter.rate_bps if client.meter is not None else None
    ahead = next((j for j in jobs if not j.done and not j.sent_whole), None)
    if not rate or ahead is None:
        return False
    waited = 0.0 if since is None else now - since
    return waited + (ahead.size - ahead.offset) * 8 / rate <= OPS_HELD_S


def _opened_first(connection, runs: Iterator[Any]) -> Iterator[Any]:  # noqa: ANN001 - Connection
    """``runs`` once the transfer connection being warmed is open: meanwhile this cycle's thread plans
    and hands over the metadata push, which then leaves as the handshake ends, not after it plus the planning."""
    connection.workers(1)
    yield from runs


def _after(step: Callable[[Via], Any], via: Via) -> bool | None:
    """``step(via)`` after a file (whether it decided anything); None when the link broke: its ops
    stay pending (the next push sends them)."""
    try:
        return bool(step(via))
    except TransientError as exc:
        log.info("ops pushed along the uploads did not get through (%s); they go with the next push", exc)
        return None


def _then(calls: pipeline.Calls, last: Callable[[Callable[..., pipeline.Call]], Any]) -> tuple[Via, list[bool]]:
    """A ``via`` like ``calls.call`` that puts ``last``'s requests on the pipe right behind its first
    request, before waiting for that one's answer (one round trip for both) -- and behind the next
    one again when a cut lost them (the push after a cut is the ops sent again: the feed page and
    the file plan go with it, not on the cycle's own connection after the uploads, a handshake and
    two round trips); and a list that is true once it did."""
    asked: list[bool] = []
    made: list[pipeline.Call] = []  # last's requests, as asked last

    def via(method: str, target: str, headers: dict, body: bytes = b"") -> Any:
        call = calls.submit(method, target, headers, body)
        if not asked or any(c.error is not None for c in made):
            asked[:] = [True]
            made[:] = _ask(last, calls)
        return call.result()

    return via, asked


def _ask(last: Callable[[Callable[..., pipeline.Call]], Any], calls: pipeline.Calls) -> list[pipeline.Call]:
    """Put ``last``'s requests on the pipe; the calls made (none when the pipe is gone)."""
    made: list[pipeline.Call] = []

    def submit(*a: Any) -> pipeline.Call:
        made.append(calls.submit(*a))
        return made[-1]

    try:
        last(submit)
    except TransientError as exc:  # the pipe is gone: the cycle asks on its own connection
        log.info("the requests of the cycle's end could not go on the transfer pipe (%s)", exc)
        return []
    return made


class _Upload:
    """One file's tus upload as a :class:`~desktop_app.sync.pipeline.Job`, its progress saved in
    ``sync_transfer`` after every answer. A fresh upload is created with its first chunk (a file
    of up to 256 KiB is that one request); the rest follows in PATCHes of the plan's chunk. As a
    delta when an earlier file the server holds is this one's beginning (only the bytes after it
    travel). After a break: an upload not yet named by the server is created again without body
    (the server hands back the one that creation made, at the bytes that reached it); a PATCH cut
    mid-way is followed by an empty one at the offset saved here, whose answer (204, or 409 naming
    the server's offset) says where to go on -- no HEAD round trip."""

    def __init__(self, up: Uploader, client: SyncClient, sha: str, size: int, name: str, mime: str, session: Session):
        """``session``: the write transaction its row is read and marked in (committed before any byte goes)."""
        self.up, self.client, self.sha, self.size, self.name, self.mime = up, client, sha, size, name, mime
        row = _transfer_row(session, sha, size, name, mime)
        self.done = row.state == SyncTransfer.DONE
        self.url, self.offset = row.upload_url, row.done_bytes
        resumed = row.attempts > 0 or row.done_bytes > 0
        row.attempts += 1  # before any byte goes: a creation cut by a crash is asked for again without body
        self.first = not resumed      # the creation carries the first chunk
        self.probe = bool(self.url) and resumed
        self.base: tuple[str, int] | None | bool = False  # False: not looked for yet
        self._sending: tuple[str, bytes, bool, float] | None = None
        self.sent_whole = False  # the request on its way carries the file's last byte (pipeline.Sent)

    def _save(self, **values: Any) -> None:
        with self.up.ctx.db.write() as s:
            row = _transfer_row(s, self.sha, self.size, self.name, self.mime)
            for k, v in values.items():
                setattr(row, k, v)
            row.updated_at = utcnow()
        self.up.status.progress("up", self.sha, self.name, self.offset, self.size)

    def request(self) -> tuple[str, str, dict[str, str], bytes] | None:
        if self.done:
            return None
        plan = self.client.plan()
        if self.url is None:
            if self.base is False:
                self.base = delta_base(self.up.ctx, self.sha, self.size)
            start = self.base[1] if self.base else 0
            first = b""
            if self.first and self.size:
                with open(self.up.ctx.blobs.path(self.sha), "rb") as f:
                    f.seek(start)
                    first = f.read(min(self.size, plan.chunk, FIRST_CHUNK))
            self.up.status.progress("up", self.sha, self.name, start, self.size)
            headers = self.client.creation_headers(self.sha, self.size, self.name, self.mime, first, self.base or None)
            self._sending = ("POST", first, False, time.monotonic())
            self.sent_whole = bool(first) and start + len(first) == self.size
            return "POST", API_PREFIX + "/uploads", headers, first
        if self.offset >= self.size:
            self._finish()
            return None
        n = 0 if self.probe else min(plan.chunk, self.size - self.offset)
        with open(self.up.ctx.blobs.path(self.sha), "rb") as f:
            f.seek(self.offset)
            chunk = f.read(n)
        need(len(chunk) == n, "local file is shorter than its size")  # local file changed under us
        self._sending = ("PATCH", chunk, self.probe, time.monotonic())
        self.sent_whole = bool(chunk) and self.offset + n == self.size
        return "PATCH", self.url, self.client.patch_headers(self.offset, chunk), chunk

    def answer(self, r: Any) -> None:
        method, body, probe, t0 = self._sending
        self._unknown()  # until the answer says otherwise (a 5xx raises): what the server kept is unknown
        try:
            self._take(r, method, body, probe, t0)
        finally:
            self.sent_whole = self.sent_whole and self.done  # set until the job is done: its ops may be on their way

    def _take(self, r: Any, method: str, body: bytes, probe: bool, t0: float) -> None:
        meter = self.client.meter
        if method == "POST":
            try:
                state = self.client.creation_answer(r, self.size, len(body), self.base or None)
            except RequestRefused as exc:
                if not self.base or exc.code != ErrorCode.BASE_MISSING.value:
                    raise
                log.info("upload %s: the server lacks its base %s; sending the whole file", self.sha[:12], self.base[0][:12])
                self.base, self.first = None, True
                return
            if meter is not None and body:
                meter.sent(len(body), time.monotonic() - t0)
            elif meter is not None and state.offset > (known := self.base[1] if self.base else self.offset):
                meter.sent(state.offset - known)  # what a cut creation had carried
            self.url, self.offset, self.first, self.probe = state.url, state.offset, False, False
            self._save(upload_url=self.url, done_bytes=self.offset)
        else:
            try:
                new, confirmed = self.client.patch_answer(r, self.offset, self.size, probe)
            except RequestRefused as exc:
                if exc.status not in (404, 410):
                    raise
                log.info("upload %s: the server forgot the partial upload; starting it again", self.sha[:12])
                self.url, self.offset, self.first = None, 0, True
                self._save(upload_url=None, done_bytes=0)
                return
            if meter is not None and confirmed and body:
                meter.sent(len(body), time.monotonic() - t0)
            self.offset, self.probe = new, False
            if confirmed:
                self._save(done_bytes=self.offset)
        if self.offset >= self.size:
            self._finish()

    def on_head(self, r: Any) -> None:
        return None  # a tus answer has no body to speak of

    def broken(self) -> None:
        self.sent_whole = False
        self._unknown()

    def unreached(self) -> bool:
        """Cut behind another file's body (``pipeline.BODY_AHEAD``): its bytes most likely never
        reached the server. A creation with its first bytes goes again as it was -- not without body
        to ask what the server kept, then a PATCH of the same bytes: ~330 bytes of heads a cut. Had
        they reached it after all, the server keeps that part as an upload of its own (it expires)
        and this one carries those bytes again. A PATCH is probed as after any cut: sent again as it
        was, a server holding more would refuse its whole chunk. True when it goes again as it was."""
        if self._sending is not None and self._sending[0] == "POST" and self._sending[1]:
            self.sent_whole, self._sending = False, None  # first stays True: the creation goes with its body
            return True
        self.broken()
        return False

    def _unknown(self) -> None:
        """What the server kept of the request on its way is unknown (until an answer says)."""
        if self._sending is not None:
            if self._sending[0] == "POST":
                self.first = False  # the server may hold a part: its creation again without body names it
            else:
                self.probe = True
            self._sending = None

    def _finish(self) -> None:
        self.offset = self.size
        self._save(state=SyncTransfer.DONE, done_bytes=self.size, last_error="")
        self.done = True  # after the row: a push planned once every upload is done sees them all


def delta_base(ctx, sha: str, size: int) -> tuple[str, int] | None:  # noqa: ANN001 - AppContext
    """``(sha256, size)`` of the longest earlier file of the same document that the server holds
    (it went up or came down) and that is the beginning of file ``sha`` (a PDF before its latest
    incremental update: a signature or a signature level), or None."""
    with ctx.db.read() as s:
        docs = select(FileVersion.document_id).where(FileVersion.sha256 == sha)
        rows = s.execute(select(FileVersion.sha256, FileVersion.size).distinct().where(
            FileVersion.document_id.in_(docs), FileVersion.sha256 != sha, FileVersion.size > 0,
            FileVersion.size < size).order_by(FileVersion.size.desc()).limit(MAX_DELTA_BASES)).all()
        held = set(s.execute(select(SyncTransfer.sha256).where(
            SyncTransfer.sha256.in_([r[0] for r in rows]), SyncTransfer.state == SyncTransfer.DONE)).scalars())
    for base, base_size in rows:
        if base in held and ctx.blobs.has(base) and _starts_with(ctx.blobs.path(sha), base, base_size):
            return base, base_size
    return None


def delta_bases(ctx, sha: str, size: int, docs: tuple[str, ...] = ()) -> dict[str, Path]:  # noqa: ANN001 - AppContext
    """Local files that may be the beginning of file ``sha`` about to come down: the longest
    earlier files of the documents it belongs to (the server picks the one that is); ``docs``:
    documents it belongs to that no download row names yet (a page not applied yet)."""
    with ctx.db.read() as s:
        named = select(SyncTransfer.document_id).where(SyncTransfer.direction == SyncTransfer.DOWN,
                                                       SyncTransfer.sha256 == sha)
        ours = FileVersion.document_id.in_(named)
        if docs:
            ours = or_(ours, FileVersion.document_id.in_(list(docs)))
        rows = s.execute(select(FileVersion.sha256).distinct().where(
            ours, FileVersion.sha256 != sha, FileVersion.size > 0,
            FileVersion.size < size).order_by(FileVersion.size.desc()).limit(MAX_DELTA_BASES)).scalars().all()
    return {b: ctx.blobs.path(b) for b in rows if ctx.blobs.has(b)}


def _starts_with(path: Path, base_sha: str, base_size: int) -> bool:
    """True when the first ``base_size`` bytes of the file at ``path`` hash to ``base_sha``."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        left = base_size
        while left > 0 and (block := f.read(min(left, 1 << 20))):
            h.update(block)
            left -= len(block)
    return left == 0 and h.hexdigest() == base_sha
