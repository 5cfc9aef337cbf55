"""Files coming down: Range-resumable downloads, their progress saved in ``sync_transfer``.

Downloads go smallest first on one pipelined connection (:mod:`~desktop_app.sync.pipeline`; the next
file's ``GET`` waits at the server while the body before it comes down), each written as it comes
into ``<profile>/sync/partial/<sha256>.part`` -- named by the validated hash, never by the server's
name -- and into the blob store before the rows that name them. The files a feed page names start
coming down as soon as the page is in (:meth:`Downloader.ahead`), while the page is applied, and
land once the page's rows name them. A file that extends an earlier file of its document comes as
the bytes after it (a delta, :func:`desktop_app.sync.transfers.delta_bases`).

The upload side and what both share are in :mod:`desktop_app.sync.transfers`.
"""
from __future__ import annotations

import logging
import os
import socket
import threading
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import distinct, func, select

from desktop_app import search
from desktop_app.db.models import Document, FileVersion, SyncTransfer, utcnow
from desktop_app.errors import BadResponse, TransientError
from desktop_app.i18n import translate
from desktop_app.services.document_files import received_role, text_and_pages
from desktop_app.services.types import SyncReport, SyncState
from desktop_app.sync import apply as applying
from desktop_app.sync import pipeline, pull, threaded, transfers
from desktop_app.sync.client import ChangesPage, SyncClient
from desktop_app.sync.file_transfer import SERVER_RECORD
from desktop_app.sync.http import sha_name
from docflow_protocol import (
    API_PREFIX, BRIEF_PARAM, HEADER_LEAD_FILE, HEADER_RECORD_PLAN, HEADER_RECORD_SIZE, MAX_RECORD_PLAN, ChangeKind,
    format_record_plan, lead_file,
)

log = logging.getLogger(__name__)

#: A download refused this many times as malformed is given up (``failed``) instead of retried.
DOWNLOAD_GIVE_UP = 5


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

    def ahead(self, page: ChangesPage, client: SyncClient | None = None, lead: pipeline.Pipe | None = None) -> None:
        """A feed page is in, not applied yet: the files its document states name and the store
        lacks start coming down now, smallest first, pipelined while the page is applied
        (:meth:`download_all` lands them once their rows exist). ``client``: the one whose
        connection brought the page -- open, so the first file's request goes at once (no TCP and
        TLS handshake); else a transfer client. Once per cycle: a later page's files go with
        :meth:`download_all`. ``lead``: the pipe that brought the page, with the request of its lead
        file on its way behind it (docs/protocol.md §6.1): that file's download reads its answer, its
        bytes following the page's without a round trip; not taken, it is settled (``pull.settle_lead``)."""
        if self._ahead is not None or self.stop.is_set():
            if lead is not None:
                pull.settle_lead(lead)
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
        pick = lead_file(page.changes, client.workstation_id) if lead is not None and client is not None else None
        if pick is None or pick[0] not in files or files[pick[0]][0] != pick[1] \
                or (self._partial_dir() / f"{pick[0]}.part").exists():
            if lead is not None:  # a 204; a file this desk holds, or has in part (it resumes that part)
                pull.settle_lead(lead)
            lead = None
        if not files:
            return
        client = client or self.connection.workers(1)[0]
        jobs = [_Download(self, client, sha, size, name, (doc,))
                for sha, (size, name, doc) in sorted(files.items(), key=lambda kv: (lead is None or kv[0] != pick[0],
                                                                                    kv[1][0]))]
        if lead is not None:
            jobs[0].lead = True
            lead.answer_at(pick[1])  # its body is on its way first (the next files' record plans start after it)
        self._ahead = _Ahead(self, client, jobs, lead)

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

    def __init__(self, down: Downloader, client: SyncClient, jobs: list["_Download"], pipe: pipeline.Pipe | None = None):
        self.pipe = pipe or pipeline.Pipe(client)  # ``pipe``: the first job's request is on it (a lead file)
        for job in jobs:
            job.pipe = self.pipe
        self._halted = threading.Event()
        meter = client.meter
        runs = pipeline.run(self.pipe, jobs, halt=lambda: down.stop.is_set() or self._halted.is_set(),
                            on_cut=lambda: None if self._halted.is_set() or meter is None else meter.cut(),
                            on_way=jobs[0] if pipe is not None else None)
        self.items = threaded.in_background(lambda: runs)

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
        self.pipe: pipeline.Pipe | None = None  # the pipe it goes on (set by _Ahead)
        self.lead = False  # its request is the page's lead file, on its way (docs/protocol.md §6.1)
        self._declined = False  # that request was answered without the file: asked again as usual
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
        bases = None if self.whole else transfers.delta_bases(self.down.ctx, self.sha, self.size, self.docs)
        params, headers = self.client.download_ask(self.have, bases, self.client.plan().record)  # records fitted to the cuts
        meter = self.client.meter
        if self.pipe is not None and meter is not None:  # and to where on the link the body goes (past the plan's size)
            plan = meter.record_plan(self.pipe.answer_at(self.size - self.have), self.size - self.have, MAX_RECORD_PLAN)
            if plan and len(plan) == 1:
                headers.pop(HEADER_RECORD_SIZE, None)
                if plan[0][1] != SERVER_RECORD:
                    headers[HEADER_RECORD_SIZE] = str(plan[0][1])
            elif plan:  # (each header line counts on the thin link: not the one size too)
                headers[HEADER_RECORD_PLAN] = format_record_plan(plan)
                headers.pop(HEADER_RECORD_SIZE, None)
        self.offered = bases if params else None
        query = urllib.parse.urlencode({**(params or {}), BRIEF_PARAM: 1}, doseq=True)  # brief: no ETag, Accept-Ranges
        return "GET", f"{API_PREFIX}/files/{sha_name(self.sha)}?{query}", headers, b""

    def on_head(self, r: Any) -> Callable[[bytes], None] | None:
        """The answer's head is in: where its body goes (None for an error answer: read whole)."""
        if self.lead:
            self.lead = False
            if r.status_code != 200:  # 204: the server picked none (404: a server from before)
                self._declined = True
                return None
            if r.headers.get(HEADER_LEAD_FILE) != self.sha or r.headers.get("Content-Length") != str(self.size):
                raise TransientError(translate("Sync", "The server sent another file than asked; asking again."))
            self.have, self.offered = 0, None  # the whole file
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
        if self._declined:  # the lead file's request brought no file: this job's own request goes next
            self._declined = False
            return
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
                self.client.meter.carried(self._got)  # what the cut answer had carried
            self._close()

    def _close(self) -> None:
        f, self._file = self._file, None
        if f is not None:
            f.flush()
            os.fsync(f.fileno())
            f.close()
