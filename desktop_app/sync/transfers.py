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

Over 500 lines as one piece: the upload and the download are the two jobs of one pipe
(:mod:`~desktop_app.sync.pipeline`), with the same progress rows, store and delta bases each way.
"""
from __future__ import annotations

import hashlib
import logging
import os
import socket
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import distinct, func, or_, select
from sqlalchemy.orm import Session

from desktop_app import search
from desktop_app.db.models import Document, FileVersion, SyncTransfer, utcnow
from desktop_app.errors import BadResponse, RequestRefused, TransientError
from desktop_app.i18n import translate
from desktop_app.services.document_files import received_role, text_and_pages
from desktop_app.services.types import SyncReport, SyncState
from desktop_app.sync import apply as applying
from desktop_app.sync import pipeline
from desktop_app.sync.client import ChangesPage, SyncClient, Via
from desktop_app.sync.file_transfer import FIRST_CHUNK
from desktop_app.sync.http import need, sha_name
from docflow_protocol import API_PREFIX, MAX_DELTA_BASES, ChangeKind, ErrorCode

log = logging.getLogger(__name__)

#: A download refused this many times as malformed is given up (``failed``) instead of retried.
DOWNLOAD_GIVE_UP = 5


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

    def upload_all(self, hashes: list[str], report: SyncReport, after_each: Callable[..., Any],
                   last: Callable[[Callable[..., pipeline.Call]], Any] | None = None) -> bool:
        """Upload ``hashes`` smallest first, pipelined on one connection (:mod:`~desktop_app.sync.pipeline`).
        ``after_each(via)`` runs on this thread once as the files start (the metadata push: it goes
        on the wire ahead of the first files, not a round trip before them) and again after every
        file that landed (the ops it unlocked), while the pipe goes on with the next files;
        ``via`` puts its requests on the pipe; ``after_each(via, shas)`` also as a file's last bytes
        go (``shas``: the files whose last bytes are on their way ahead of the push, taken as up: the
        server takes the connection's requests in order; a file that does not land leaves its ops
        pending -- the server defers them). ``last(submit)`` puts the cycle's end on the pipe (the
        feed's first page) behind the first push made once every file is in or on its way. Returns
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
        runs = pipeline.run(pipeline.Pipe(client), jobs, record=lambda: client.plan().record, cap=client.cap_up,
                            halt=self.stop.is_set, on_cut=client.meter.cut if client.meter else lambda: None,
                            calls=calls, sent=True)
        items = pipeline.in_background(lambda: _opened_first(self.connection, runs))
        progressed, left = False, len(jobs)
        final: tuple[Via, list[bool]] | None = None
        try:
            try:
                progressed |= bool(after_each(calls.call))  # the metadata: its failure fails the cycle, as ever
            finally:
                calls.start()
            for item in items:
                if last is not None and final is None and all(j.done or j.sent_whole for j in jobs):
                    final = _then(calls, last)  # every file is in or on its way: the end goes with the next push
                via = final[0] if final else calls.call
                on_way = frozenset(j.sha for j in jobs if j.sent_whole and not j.done)  # ahead of this push
                progressed |= _after(lambda v, landing=on_way: after_each(v, landing), via)
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


def _opened_first(connection, runs: Iterator[Any]) -> Iterator[Any]:  # noqa: ANN001 - Connection
    """``runs`` once the transfer connection being warmed is open: meanwhile this cycle's thread plans
    and hands over the metadata push, which then leaves as the handshake ends, not after it plus the planning."""
    connection.workers(1)
    yield from runs


def _after(step: Callable[[Via], Any], via: Via) -> bool:
    """``step(via)`` after a file; its ops stay pending when the link broke (the next push sends them)."""
    try:
        return bool(step(via))
    except TransientError as exc:
        log.info("ops pushed along the uploads did not get through (%s); they go with the next push", exc)
        return False


def _then(calls: pipeline.Calls, last: Callable[[Callable[..., pipeline.Call]], Any]) -> tuple[Via, list[bool]]:
    """A ``via`` like ``calls.call`` that puts ``last``'s requests on the pipe right behind its first
    request, before waiting for that one's answer (one round trip for both); and a list that is
    true once it did."""
    asked: list[bool] = []

    def via(method: str, target: str, headers: dict, body: bytes = b"") -> Any:
        call = calls.submit(method, target, headers, body)
        if not asked:
            asked.append(True)
            _ask(last, calls)
        return call.result()

    return via, asked


def _ask(last: Callable[[Callable[..., pipeline.Call]], Any], calls: pipeline.Calls) -> None:
    try:
        last(calls.submit)
    except TransientError as exc:  # the pipe is gone: the cycle asks on its own connection
        log.info("the requests of the cycle's end could not go on the transfer pipe (%s)", exc)


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
            headers.setdefault("Content-Length", str(len(first)))
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


class Downloader:
    """Downloads the files the applied document states name and the store lacks."""

    def __init__(self, connection, status, stop: threading.Event):  # noqa: ANN001 - Connection, StatusBoard
        self.connection = connection
        self.ctx = connection.ctx
        self.status = status
        self.stop = stop
        self._ahead: _Ahead | None = None

    def _partial_dir(self) -> Path:
        return self.ctx.profile.root / "sync" / "partial"

    def waiting(self) -> int:
        """How many files wait to come down."""
        with self.ctx.db.read() as s:
            return s.execute(select(func.count(distinct(SyncTransfer.sha256))).where(
                SyncTransfer.direction == SyncTransfer.DOWN, SyncTransfer.state == SyncTransfer.PENDING)).scalar() or 0

    @property
    def started_ahead(self) -> bool:
        """Downloads started :meth:`ahead` run (their connection is open)."""
        return self._ahead is not None

    def ahead(self, page: ChangesPage, client: SyncClient | None = None) -> None:
        """A feed page is in, not applied yet: the files its document states name and the store
        lacks start coming down now, smallest first, pipelined while the page is applied
        (:meth:`download_all` lands them once their rows exist). ``client``: the one whose
        connection brought the page -- open, so the first file's request goes at once (no TCP and
        TLS handshake); else a transfer client. Once per cycle: a later page's files go with
        :meth:`download_all`."""
        if self._ahead is not None or self.stop.is_set():
            return
        files: dict[str, tuple[int, str, str]] = {}
        for ch in page.changes:
            snap = ch.get("document")
            if ch["kind"] not in (ChangeKind.DOCUMENT.value, ChangeKind.RECEIPT.value) or not snap:
                continue  # what pull does not apply names no download
            for f in snap.get("files") or []:
                sha = f["sha256"]
                if sha not in files and not self.ctx.blobs.has(sha):
                    files[sha] = (f["size"], applying.safe_name(f.get("name"), sha), snap["id"])
        if not files:
            return
        client = client or self.connection.workers(1)[0]
        jobs = [_Download(self, client, sha, size, name, (doc,))
                for sha, (size, name, doc) in sorted(files.items(), key=lambda kv: kv[1][0])]
        self._ahead = _Ahead(self, client, jobs)

    def drop_ahead(self) -> None:
        """The cycle ends without :meth:`download_all` (the pull failed): downloads started ahead stop
        now (their bytes stay in ``partial/``; the next cycle goes on from them)."""
        ahead, self._ahead = self._ahead, None
        if ahead is not None:
            ahead.cancel()

    def download_all(self, report: SyncReport) -> None:
        """Every pending download, smallest first, pipelined on one connection (the next file's
        request waits at the server while the body before it comes down: no idle round trip
        between files, one reconnection per cut). Each file lands (blob store, then its rows) on
        this thread while the next ones come down. Those started :meth:`ahead` come first."""
        running, self._ahead = self._ahead, None
        while True:
            if running is None:
                with self.ctx.db.read() as s:
                    rows = s.execute(select(SyncTransfer.sha256, SyncTransfer.size, SyncTransfer.filename).where(
                        SyncTransfer.direction == SyncTransfer.DOWN, SyncTransfer.state == SyncTransfer.PENDING)
                        .order_by(SyncTransfer.size)).all()
                seen: dict[str, tuple[int, str]] = {}
                for sha, size, name in rows:
                    seen.setdefault(sha, (size, name))
                if not seen:
                    return
                client = self.connection.workers(1)[0]
                running = _Ahead(self, client, [_Download(self, client, sha, size, name) for sha, (size, name) in seen.items()])
            self.status.set_state(SyncState.RECEIVING)  # files are coming down
            try:
                for job in running.items:
                    if self._land(job.sha):
                        report.downloaded_files += 1
            finally:
                running.cancel()
            running = None

    def refused(self, sha: str, exc: BadResponse) -> None:
        """A download of ``sha`` refused as malformed: counted, given up (``failed``) after a few."""
        with self.ctx.db.write() as s:
            for row in s.execute(select(SyncTransfer).where(SyncTransfer.direction == SyncTransfer.DOWN,
                                                            SyncTransfer.sha256 == sha)).scalars():
                row.attempts += 1
                row.last_error = str(exc)
                if row.attempts >= DOWNLOAD_GIVE_UP:
                    row.state = SyncTransfer.FAILED

    def _land(self, sha: str) -> bool:
        """File ``sha`` is here (checked): into the blob store, then the rows that name it. False
        (left in ``partial/``) when no row waits for it: one fetched ahead for a document state
        the page did not apply (a document with local work waiting)."""
        part = self._partial_dir() / f"{sha}.part"
        with self.ctx.db.read() as s:
            if s.execute(select(SyncTransfer.id).where(SyncTransfer.direction == SyncTransfer.DOWN, SyncTransfer.sha256 == sha,
                                                       SyncTransfer.state == SyncTransfer.PENDING).limit(1)).first() is None:
                return False
        if not self.ctx.blobs.has(sha):
            self.ctx.blobs.put_file(part)  # durable in the blob store before the rows that name it
            part.unlink(missing_ok=True)
        actor = self.connection.actor()
        with self.ctx.db.read() as s:
            rows = s.execute(select(SyncTransfer.mime, SyncTransfer.role).where(SyncTransfer.direction == SyncTransfer.DOWN,
                                                                                SyncTransfer.sha256 == sha)).all()
        mime = rows[0].mime if rows else ""
        data = self.ctx.blobs.read(sha)
        text, pages = text_and_pages(data, mime)  # outside the write lock: pypdf takes a while
        numbered = FileVersion.CLEANED  # a derived file may be a numbered copy: its metadata says
        if any(r.role == FileVersion.CLEANED for r in rows):
            numbered = received_role(FileVersion.CLEANED, data, mime)
        with self.ctx.db.write() as s:
            docs = []
            for row in s.execute(select(SyncTransfer).where(SyncTransfer.direction == SyncTransfer.DOWN,
                                                            SyncTransfer.sha256 == sha,
                                                            SyncTransfer.state == SyncTransfer.PENDING)).scalars():
                role = numbered if row.role == FileVersion.CLEANED else row.role
                applying.add_file_row(s, applying.MissingFile(row.document_id or "", sha, row.size, role,
                                                              row.filename, row.mime), text, pages)
                row.state, row.done_bytes, row.updated_at = SyncTransfer.DONE, row.size, utcnow()
                docs.append(row.document_id)
            for d in docs:
                doc = s.get(Document, d)
                if doc is not None:
                    applying.record_signatures(s, d, actor)  # the signed file a signature names is here now
                    search.reindex(s, doc)
        return True


#: Seconds a failed cycle waits for its downloads to stop (a connect timeout, 15 s, or a backoff ends first).
CANCEL_WITHIN = 30.0


class _Ahead:
    """Downloads running on the transfer pipe on a thread of their own (``items`` yields each
    file done); :meth:`cancel` stops them at once (the pipe's socket is shut, not waited out)."""

    def __init__(self, down: Downloader, client: SyncClient, jobs: list["_Download"]):
        self.pipe = pipeline.Pipe(client)
        self._halted = threading.Event()
        meter = client.meter
        runs = pipeline.run(self.pipe, jobs, halt=lambda: down.stop.is_set() or self._halted.is_set(),
                            on_cut=lambda: None if self._halted.is_set() or meter is None else meter.cut())
        self.items = pipeline.in_background(lambda: runs)

    def cancel(self) -> None:
        self._halted.set()
        for _ in range(round(CANCEL_WITHIN / 0.1)):  # the pipe's socket is shut under its thread (its read fails at once)
            sock = self.pipe.sock
            if sock is not None:
                try:
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)  # TCP's own: the TLS object stays for the reader
                except OSError as exc:
                    log.debug("stopping downloads started ahead: %s", exc)
            if self.items.ended(0.1):
                self.items.close()
                return
        log.warning("downloads on their way did not stop within %d s; they end on their own", CANCEL_WITHIN)


class _Download:
    """One file's download as a :class:`~desktop_app.sync.pipeline.Job`: a ``GET`` from the bytes in
    ``<profile>/sync/partial/<sha256>.part`` on (named by the validated hash, never by the
    server's name), written there as it comes; a delta from an earlier file of its documents on a
    fresh start; checked against its SHA-256 at the end (a rebuilt file that does not match is
    fetched whole once)."""

    def __init__(self, down: Downloader, client: SyncClient, sha: str, size: int, name: str, docs: tuple[str, ...] = ()):
        self.down, self.client, self.sha, self.size, self.name, self.docs = down, client, sha, size, name, docs
        self.part = down._partial_dir() / f"{sha}.part"
        self.done, self.whole, self.rebuilt = False, False, False
        self.have, self.offered = 0, None
        self._file: Any = None
        self._got, self._t0 = 0, 0.0

    def _refuse(self, exc: BadResponse) -> BadResponse:
        self._close()
        self.down.refused(self.sha, exc)
        return exc

    def request(self) -> tuple[str, str, dict[str, str], bytes] | None:
        if self.done or self.down.ctx.blobs.has(self.sha):
            self.done = True
            return None
        try:
            self.have = self.client.download_start(self.sha, self.part, self.size)
            if self.have >= self.size and self.client.download_check(self.sha, self.part, False):
                self.done = True
                return None
        except BadResponse as exc:
            raise self._refuse(exc) from None
        if not self.part.exists():
            self.have = 0
        bases = None if self.whole else delta_bases(self.down.ctx, self.sha, self.size, self.docs)
        params, headers = self.client.download_ask(self.have, bases, self.client.plan().record)  # records fitted to the cuts
        self.offered = bases if params else None
        query = f"?{urllib.parse.urlencode(params, doseq=True)}" if params else ""
        return "GET", f"{API_PREFIX}/files/{sha_name(self.sha)}{query}", headers, b""

    def on_head(self, r: Any) -> Callable[[bytes], None] | None:
        """The answer's head is in: where its body goes (None for an error answer: read whole)."""
        if r.status_code >= 300:
            return None
        try:
            self.have, self.rebuilt = self.client.download_head(r, self.sha, self.part, self.have, self.offered)
        except BadResponse as exc:
            raise self._refuse(exc) from None
        self._file = open(self.part, "r+b" if self.have and self.part.exists() else "wb")  # noqa: SIM115 - closed by _close
        self._file.seek(self.have)
        self._file.truncate()
        self._got, self._t0 = 0, time.monotonic()
        return self._write

    def _write(self, data: bytes) -> None:
        if self.client.cap_down is not None:
            self.client.cap_down.take(len(data))
        if self.have + len(data) > self.size:
            raise self._refuse(BadResponse(translate("Sync", "The server sent more bytes than file {sha} has.").format(
                sha=self.sha[:12])))
        self._file.write(data)
        self.have += len(data)
        self._got += len(data)
        self.down.status.progress("down", self.sha, self.name, self.have, self.size)

    def answer(self, r: Any) -> None:
        if self._file is None:  # an error answer: the right SyncError (or BadResponse for a range the server refuses)
            try:
                self.client.download_head(r, self.sha, self.part, self.have, self.offered)
            except BadResponse as exc:
                raise self._refuse(exc) from None
            raise self._refuse(BadResponse(translate("Sync", "The server sent an invalid answer: {what}.").format(
                what=f"HTTP {r.status_code} for a file")))
        self._close()
        if self.client.meter is not None:
            self.client.meter.sent(self._got, time.monotonic() - self._t0)
        if self.have < self.size:
            raise TransientError(translate("Sync", "The download of file {sha} stopped at {have} of {size} bytes.").format(
                sha=self.sha[:12], have=self.have, size=self.size))
        try:
            ok = self.client.download_check(self.sha, self.part, self.rebuilt)
        except BadResponse as exc:
            raise self._refuse(exc) from None
        self.whole = self.whole or not ok
        self.done = ok

    def broken(self) -> None:
        if self._file is not None:
            if self.client.meter is not None:
                self.client.meter.sent(self._got)  # what the cut answer had carried
            self._close()

    def _close(self) -> None:
        f, self._file = self._file, None
        if f is not None:
            f.flush()
            os.fsync(f.fileno())
            f.close()
