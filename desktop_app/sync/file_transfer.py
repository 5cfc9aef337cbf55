"""The file endpoints of the protocol: tus uploads that resume from the server's offset and
``Range`` downloads that resume from the bytes on disk (docs/protocol.md §4).

:class:`FileTransfers` is a part of :class:`~desktop_app.sync.client.SyncClient` (it uses the
client's ``_send`` / ``_raise_for``); it is kept apart because moving file bytes over a link that
drops is its own job.
"""
from __future__ import annotations

import base64
import dataclasses
import hashlib
import logging
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import requests
import urllib3
from urllib3.util import SKIP_HEADER

from desktop_app.errors import BadResponse, RequestRefused, TransientError
from desktop_app.i18n import translate
from desktop_app.sync.http import Pieces, TokenBucket, need, path_id, release, sha_name, short
from desktop_app.sync.linkfit import DEFAULT_PLAN, LinkMeter, LinkPlan
from docflow_protocol import (
    API_PREFIX, BRIEF_PARAM, DELTA_BASE_PARAM, HEADER_DELTA_BASE, HEADER_RECORD_SIZE, LIMITS, TUS_VERSION, UPLOAD_META_BASE,
    UPLOAD_META_BASE_LENGTH, ErrorCode,
)

ProgressFn = Callable[[int, int], None]
log = logging.getLogger(__name__)

#: Bytes sent per tus PATCH. Large, because every PATCH costs a round trip on a slow link;
#: a cut loses nothing (the server keeps what reached it, HEAD says where to go on).
DEFAULT_CHUNK = 1024 * 1024
#: Most bytes sent with an upload's creation (tus creation-with-upload; never more than the
#: plan's chunk): every scan of an ordinary letter fits, so it goes up in that one request; the
#: rest of a larger file follows in PATCHes of the plan's chunk.
FIRST_CHUNK = 256 * 1024
#: First PATCH after a resume (see SyncClient.upload): empty. It waits for the server's lock on
#: the upload (so a broken request still settling there is finished first) and answers with the
#: true offset (204, or 409 naming it) -- a HEAD that cannot be stale, at no byte of file data.
PROBE_CHUNK = 0
# The slowest a stream's bytes may cross the link (8 kbit/s) before its answer is given up for lost.
SLOWEST_BYTES_PER_S = 1000
#: The TLS record size of a download's body when the desk asks for none (docs/protocol.md §7).
SERVER_RECORD = 4096
#: Most bytes taken from the socket per read of a download.
_READ = 64 * 1024
#: tus requests: their answers have no body, so no Accept-Encoding at all (urllib3 would otherwise
#: add "Accept-Encoding: identity"; every header line of every request counts on a 2G link).
_TUS = {"Tus-Resumable": TUS_VERSION, "Accept-Encoding": SKIP_HEADER}


@dataclasses.dataclass(frozen=True)
class UploadState:
    """Where a tus upload stands: its URL on the server and the bytes the server holds."""

    url: str
    offset: int
    length: int


class FileTransfers:
    """Uploads and downloads of one :class:`~desktop_app.sync.client.SyncClient`.

    With a ``meter`` (the desk's :class:`~desktop_app.sync.linkfit.LinkMeter`) every transfer
    request reports what it moved and how long it took, and the chunk and TLS record sizes follow
    the plan chosen from those measurements; without one, ``chunk_size`` and 4 KiB records.
    ``cap_up`` / ``cap_down`` pace the file bytes under the bandwidth cap."""

    chunk_size: int = DEFAULT_CHUNK
    chunk_checksum: bool = False
    meter: LinkMeter | None = None
    cap_up: TokenBucket | None = None
    cap_down: TokenBucket | None = None

    def plan(self) -> LinkPlan:
        """Chunk and record size for the next request."""
        if self.meter is not None:
            return self.meter.plan()
        return dataclasses.replace(DEFAULT_PLAN, chunk=self.chunk_size)

    def _timed(self, method: str, url: str, moved: int, **kw) -> requests.Response:  # noqa: ANN003
        """``_send`` a transfer request; the meter hears how long its answer took (a cut, if none came)."""
        t0 = time.monotonic()
        if moved and self.timeout:
            # The answer comes once the body has crossed the link, and most of it may still sit in
            # the kernel's send buffer when the last byte is written: give it its time on the
            # slowest link served (two streams on 20 kbit/s took longer than the 60 s alone).
            kw["timeout"] = (self.timeout[0], self.timeout[1] + moved / SLOWEST_BYTES_PER_S)
        try:
            r = self._send(method, url, **kw)
        except TransientError:
            if self.meter is not None:
                self.meter.cut()
            raise
        if self.meter is not None:
            if moved and r.status_code < 300:
                self.meter.sent(moved, time.monotonic() - t0)
        return r

    def file_size_on_server(self, sha256: str) -> int | None:
        """Size of the file the server holds for us under ``sha256``, or None."""
        r = self._send("HEAD", f"{API_PREFIX}/files/{sha_name(sha256)}")
        release(r)
        if r.status_code == 404:
            return None
        self._raise_for(r)
        length = r.headers.get("Content-Length", "")
        need(length.isdigit(), "HEAD /files has no Content-Length")
        return int(length)

    def create_upload(self, sha256: str, size: int, name: str, media_type: str, first: bytes = b"",
                      base: tuple[str, int] | None = None) -> UploadState:
        """tus creation; the server answers complete at once when it already has the file.

        ``first`` (creation-with-upload) are the file's first bytes, sent with the POST: a small
        file goes up in this one request. Without them the server hands back an incomplete
        upload of the same file this workstation made earlier (a creation cut mid-way), at the
        offset it holds.

        ``base`` = ``(sha256, length)`` of a file the server holds that is this file's beginning
        (a delta, docs/protocol.md §7.1): the upload starts after it, ``first`` are the bytes
        that follow it. RequestRefused ``base_missing`` when the server lacks it."""
        headers = self.creation_headers(sha256, size, name, media_type, first, base)
        r = self._timed("POST", API_PREFIX + "/uploads", len(first), headers=headers,
                        data=Pieces(first, self.plan().record, self.cap_up) if first else None)
        return self.creation_answer(r, size, len(first), base)

    def creation_headers(self, sha256: str, size: int, name: str, media_type: str, first: bytes = b"",
                         base: tuple[str, int] | None = None) -> dict[str, str]:
        """The headers of a tus creation (see :meth:`create_upload`). Its metadata names the file by
        its hash alone: ``name`` and ``media_type`` travel with the ``file.attach`` op, and the
        server uses neither for an upload (its upload row only stores them) -- on a 2G link they
        were ~60 bytes of every creation's head (1.5 KB of twenty scans, more with each creation
        a cut repeats)."""
        pairs = [("sha256", sha_name(sha256))]
        if base is not None:
            need(0 < base[1] < size, "the base of a delta is not shorter than the file")
            pairs += [(UPLOAD_META_BASE, sha_name(base[0])), (UPLOAD_META_BASE_LENGTH, str(int(base[1])))]
        meta = ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in pairs)
        headers = {**_TUS, "Upload-Length": str(int(size)), "Upload-Metadata": meta}
        if first:
            need(len(first) <= size, "the first bytes are longer than the file")
            headers.update({"Content-Type": "application/offset+octet-stream", "Content-Length": str(len(first))})
            if self.chunk_checksum:
                headers["Upload-Checksum"] = "sha256 " + base64.b64encode(hashlib.sha256(first).digest()).decode()
        return headers

    def creation_answer(self, r: requests.Response, size: int, first: int, base: tuple[str, int] | None) -> UploadState:
        """The upload a tus creation's answer names (``first``: the bytes sent with it)."""
        self._raise_for(r)
        release(r)
        need(r.status_code == 201, "upload creation did not answer 201")
        loc = r.headers.get("Location", "")
        need(loc.startswith(API_PREFIX + "/uploads/") or loc.startswith(self.base_url + API_PREFIX + "/uploads/"),
              "upload Location is not an upload of this server")
        if loc.startswith(self.base_url):
            loc = loc[len(self.base_url):]
        need(path_id(loc.rsplit("/", 1)[1]) == loc.rsplit("/", 1)[1], "upload Location has a bad id")
        offset = self._offset_header(r, size)
        if base is not None and first and offset not in (size, base[1] + first):
            # A server that does not know deltas stored the bytes after the base at offset 0.
            self.delete_upload(loc)
            raise RequestRefused(translate("Sync", "The server does not take a file as the bytes added to "
                                                   "an earlier one."), code=ErrorCode.BASE_MISSING.value, status=409)
        return UploadState(loc, offset, int(size))

    def upload_offset(self, url: str, size: int) -> int:
        """The bytes the server holds of an upload (tus HEAD); raises RequestRefused(404) if it is gone."""
        r = self._send("HEAD", url, headers=_TUS)
        release(r)
        self._raise_for(r)
        return self._offset_header(r, size)

    @staticmethod
    def _offset_header(r: requests.Response, size: int) -> int:
        off = r.headers.get("Upload-Offset", "")
        need(off.isdigit() and int(off) <= size, "Upload-Offset is missing or beyond the file")
        return int(off)

    def upload(self, fileobj: BinaryIO, state: UploadState, progress: ProgressFn | None = None,
               max_bytes: int | None = None, resumed: bool = False) -> UploadState:
        """Send the rest of an upload from ``state.offset``; returns the final state.

        ``progress(offset, length)`` is called after each chunk the server confirmed.
        Raises TransientError when the link breaks: call :meth:`upload_offset` and again.
        ``resumed=True`` (after a break) makes the first PATCH empty: it learns the server's
        true offset (204 or 409 naming it) before any file byte is sent again.
        ``max_bytes`` stops early after that many bytes (for tests of resumption).
        """
        offset = state.offset
        sent = 0
        probe = resumed
        while offset < state.length:
            plan = self.plan()
            n = min(PROBE_CHUNK if probe else plan.chunk, state.length - offset)
            was_probe, probe = probe, False
            if max_bytes is not None:
                n = min(n, max_bytes - sent)
                if n <= 0 and not was_probe:
                    break
            fileobj.seek(offset)
            chunk = fileobj.read(n)
            need(len(chunk) == n, "local file is shorter than its size")  # local file changed under us
            r = self._timed("PATCH", state.url, len(chunk), headers=self.patch_headers(offset, chunk),
                            data=Pieces(chunk, plan.record, self.cap_up) if chunk else b"")
            new, confirmed = self.patch_answer(r, offset, state.length, was_probe)
            if confirmed:
                sent += new - offset
            offset = new
            if confirmed and progress:
                progress(offset, state.length)
        return UploadState(state.url, offset, state.length)

    def patch_headers(self, offset: int, chunk: bytes) -> dict[str, str]:
        """The headers of a tus PATCH of ``chunk`` at ``offset``."""
        headers = {**_TUS, "Upload-Offset": str(offset), "Content-Type": "application/offset+octet-stream"}
        if self.chunk_checksum:
            headers["Upload-Checksum"] = "sha256 " + base64.b64encode(hashlib.sha256(chunk).digest()).decode()
        if chunk:  # an empty probe says none: a request without Content-Length has no body (RFC 9112 §6.3)
            headers["Content-Length"] = str(len(chunk))
        return headers

    def patch_answer(self, r: requests.Response, offset: int, length: int, probe: bool) -> tuple[int, bool]:
        """``(offset the server holds, confirmed)`` from a PATCH's answer: confirmed when the PATCH
        was taken; not when a 409 names another offset (the server holds more, or less, than we
        thought: go on from there)."""
        if r.status_code == 409 and r.headers.get("Upload-Offset", "").isdigit():
            release(r)
            new = self._offset_header(r, length)
            if self.meter is not None and new > offset:
                self.meter.sent(new - offset)  # what the cut request had carried
            return new, False
        self._raise_for(r)
        release(r)
        new = self._offset_header(r, length)
        need(new > offset or new == length or (probe and new == offset), "upload offset did not advance")
        return new, True

    def delete_upload(self, url: str) -> None:
        r = self._send("DELETE", url, headers=_TUS)
        release(r)
        if r.status_code not in (204, 404):
            self._raise_for(r)

    def download(self, sha256: str, part_path: Path, size: int, progress: ProgressFn | None = None,
                 max_bytes: int | None = None, bases: dict[str, Path] | None = None) -> Path:
        """Fetch ``/files/{sha256}`` into ``part_path``, resuming from its current length.

        ``bases`` (sha256 → local file) are files this desk holds that may be the new file's
        beginning (its document's earlier versions): on a fresh start the server is asked for a
        delta, and if it names one of them the file is rebuilt as that base ‖ the bytes after it.
        The bytes are checked against ``sha256`` before returning; a mismatch deletes the
        partial file and raises BadResponse (a rebuilt one is fetched whole once first). The
        caller moves the file into the blob store.
        """
        sha = sha_name(sha256)
        have = self.download_start(sha, part_path, size)
        rebuilt = False
        if have < size:
            params, headers = self.download_ask(have, bases)
            t0 = time.monotonic()
            r = self._timed("GET", f"{API_PREFIX}/files/{sha}", 0, params={**(params or {}), BRIEF_PARAM: 1}, headers=headers)
            have, rebuilt = self.download_head(r, sha, part_path, have, bases if params else None)
            have = self._receive(r, sha, part_path, have, size, progress, max_bytes, t0)
            if have < size:
                raise TransientError(translate("Sync", "The download of file {sha} stopped at {have} of {size} bytes.").format(
                    sha=sha[:12], have=have, size=size))
        if not self.download_check(sha, part_path, rebuilt):
            return self.download(sha, part_path, size, progress, max_bytes)
        return part_path

    @staticmethod
    def download_start(sha: str, part_path: Path, size: int) -> int:
        """The bytes of file ``sha`` already in ``part_path`` (a partial file longer than the file
        is dropped); BadResponse for a size no file may have."""
        if size < 0 or size > LIMITS.max_file_size:
            raise BadResponse(translate("Sync", "The server announced a file of {size} bytes; refusing it.").format(size=size))
        part_path.parent.mkdir(parents=True, exist_ok=True)
        have = part_path.stat().st_size if part_path.exists() else 0
        if have > size:
            part_path.unlink()
            have = 0
        return have

    @staticmethod
    def download_ask(have: int, bases: dict[str, Path] | None, record: int | None = None) -> tuple[dict | None, dict[str, str]]:
        """``(query, headers)`` of a download from byte ``have`` on (a delta from one of ``bases`` on
        a fresh start), its body in ``record``-byte TLS records (asked only when not the server's 4 KiB)."""
        headers = {"Range": f"bytes={have}-"} if have else {}
        if record and record != SERVER_RECORD:
            headers[HEADER_RECORD_SIZE] = str(record)
        params = {DELTA_BASE_PARAM: [sha_name(b) for b in bases]} if bases and not have else None
        return params, {**headers, "Accept-Encoding": "identity"}

    def download_head(self, r: requests.Response, sha: str, part_path: Path, have: int,
                      bases: dict[str, Path] | None) -> tuple[int, bool]:
        """Check a download's answer head (``bases``: those offered for a delta); returns ``(bytes
        of the file in place before its body, rebuilt from a base)``."""
        if r.status_code == 416:
            r.close()
            part_path.unlink(missing_ok=True)
            raise BadResponse(translate("Sync", "The server no longer agrees on the size of file {sha}.").format(sha=sha[:12]))
        self._raise_for(r)
        base = r.headers.get(HEADER_DELTA_BASE, "")
        if bases and r.status_code == 206:
            need(base in bases, "a delta names a base that was not offered")
            have = bases[base].stat().st_size
            need(r.headers.get("Content-Range", "").startswith(f"bytes {have}-"),
                 "a delta does not start where its base ends")
            shutil.copyfile(bases[base], part_path)  # base ‖ the bytes after it
            return have, True
        if have and r.status_code == 200:
            return 0, False  # the server ignored the range: start over
        if have:
            need(r.status_code == 206 and r.headers.get("Content-Range", "").startswith(f"bytes {have}-"),
                  "the server answered another range than asked")
        return have, False

    @staticmethod
    def download_check(sha: str, part_path: Path, rebuilt: bool) -> bool:
        """True when ``part_path`` hashes to ``sha``. Else it is deleted, and: False for a file
        rebuilt from a delta (fetch it whole), BadResponse for one fetched whole."""
        h = hashlib.sha256()
        with open(part_path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
        if h.hexdigest() == sha:
            return True
        part_path.unlink(missing_ok=True)
        if rebuilt:
            log.warning("file %s rebuilt from a delta does not match its SHA-256; fetching it whole", sha[:12])
            return False
        raise BadResponse(translate("Sync", "The downloaded file does not match its SHA-256 {sha}; discarded.").format(sha=sha[:12]))

    def _receive(self, r: requests.Response, sha: str, part_path: Path, have: int, size: int,
                 progress: ProgressFn | None, max_bytes: int | None, t0: float) -> int:
        """Write the answer's body into ``part_path`` from ``have`` on; returns the bytes there.
        The meter hears the bytes and the time since the request (``t0``) went."""
        mode = "r+b" if have and part_path.exists() else "wb"
        got = 0
        cap = self.cap_down
        read = min(_READ, int(cap.burst)) if cap is not None else _READ
        with open(part_path, mode) as f:
            f.seek(have)
            f.truncate()
            try:
                # read1: what has arrived, at once -- a cut loses only the TLS record it broke (a
                # fixed-size read would drop everything short of its size when the link goes).
                while chunk := r.raw.read1(read, decode_content=False):
                    if cap is not None:
                        cap.take(len(chunk))
                    if have + len(chunk) > size:
                        r.close()
                        raise BadResponse(translate("Sync", "The server sent more bytes than file {sha} has.").format(sha=sha[:12]))
                    f.write(chunk)
                    have += len(chunk)
                    got += len(chunk)
                    if progress:
                        progress(have, size)
                    if max_bytes is not None and got >= max_bytes:
                        break
            except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
                if self.meter is not None:
                    self.meter.cut(got)
                raise TransientError(translate("Sync", "The connection broke during a download ({reason}).").format(
                    reason=short(str(exc)))) from None
            finally:
                f.flush()
                os.fsync(f.fileno())
                r.close()
        if self.meter is not None:
            self.meter.sent(got, time.monotonic() - t0)
        return have
