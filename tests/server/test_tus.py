"""tus 1.0 conformance with an independent client (tuspy): create, interrupt, resume, checksum,
termination; plus content addressing and the server's refusals."""
from __future__ import annotations

import base64
import io
import hashlib
import os
import socket
from urllib.parse import urlparse

import pytest
import requests
import time
from email.utils import parsedate_to_datetime
from tusclient import client as tus_client
from tusclient.exceptions import TusCommunicationError
from tusclient.uploader import Uploader

from circulation_server.storage import DiskBlobStorage
from tests.server.serverproc import ApiClient, route_metric, start_server

TUS = {"Tus-Resumable": "1.0.0"}


class Sha256Uploader(Uploader):
    """tuspy sends sha1 checksums by default; the protocol uses sha256."""

    CHECKSUM_ALGORITHM_PAIR = ("sha256", hashlib.sha256)


def _meta(sha: str, **extra) -> dict:
    return {"sha256": sha, **extra}


def _tus(server, api):
    return tus_client.TusClient(server.url + "/v1/uploads", headers=api.headers())


@pytest.fixture
def payload(tmp_path):
    data = os.urandom(700_000)
    path = tmp_path / "scan.pdf"
    path.write_bytes(data)
    return path, data, hashlib.sha256(data).hexdigest()


def test_options_advertises_extensions(server):
    r = requests.options(server.url + "/v1/uploads")
    assert r.status_code == 204
    assert r.headers["Tus-Version"] == "1.0.0"
    assert set(r.headers["Tus-Extension"].split(",")) == {"creation", "creation-with-upload", "checksum", "termination",
                                                           "expiration"}
    assert r.headers["Tus-Checksum-Algorithm"] == "sha256"
    assert int(r.headers["Tus-Max-Size"]) > 0


def test_tuspy_upload_interrupt_resume_with_checksums(server, as_user, payload):
    api = as_user("clerk")
    path, data, sha = payload
    assert api.request("HEAD", f"/v1/files/{sha}").status_code == 404
    client = _tus(server, api)
    first = Sha256Uploader(file_stream=io.BytesIO(data), client=client, chunk_size=100_000, upload_checksum=True,
                           metadata=_meta(sha, filename="scan.pdf"))
    first.upload(stop_at=300_000)                          # the "connection drops" after 3 chunks
    url = first.url
    r = api.request("HEAD", urlparse(url).path, headers=TUS)
    assert r.status_code == 200 and r.headers["Upload-Offset"] == "300000"
    assert r.headers["Cache-Control"] == "no-store"
    assert api.request("HEAD", f"/v1/files/{sha}").status_code == 404   # not complete: not a file yet

    resumed = Sha256Uploader(file_stream=io.BytesIO(data), client=client, url=url, chunk_size=150_000,
                             upload_checksum=True, metadata=_meta(sha))
    assert resumed.offset == 300_000                       # tuspy asked the server where to go on
    resumed.upload()
    assert resumed.offset == len(data)
    head = api.request("HEAD", f"/v1/files/{sha}")
    assert head.status_code == 200 and int(head.headers["Content-Length"]) == len(data)
    assert api.get(f"/v1/files/{sha}").content == data

    # Content-addressed: a second upload of the same bytes is complete on creation; a plain tus
    # client's first PATCH is answered with the final offset at once.
    again = Sha256Uploader(file_stream=io.BytesIO(data), client=client, chunk_size=100_000, metadata=_meta(sha))
    again.upload()
    assert again.offset == len(data)
    r = api.request("HEAD", urlparse(again.url).path, headers=TUS)
    assert r.headers["Upload-Offset"] == str(len(data))


def test_bytes_of_a_dropped_connection_are_kept_and_resumed(server, as_user, payload):
    api = as_user("clerk")
    path, data, sha = payload
    r = api.post("/v1/uploads", headers={**TUS, "Upload-Length": str(len(data)),
                                         "Upload-Metadata": "sha256 " + base64.b64encode(sha.encode()).decode()})
    upload_path = r.headers["Location"]
    host, port = urlparse(server.url).hostname, urlparse(server.url).port
    head = (f"PATCH {upload_path} HTTP/1.1\r\nHost: {host}:{port}\r\nTus-Resumable: 1.0.0\r\n"
            f"Authorization: Bearer {api.token}\r\nX-Docflow-Workstation: {api.workstation_id}\r\n"
            f"Content-Type: application/offset+octet-stream\r\nUpload-Offset: 0\r\n"
            f"Content-Length: {len(data)}\r\n\r\n").encode()
    with socket.create_connection((host, port)) as s:
        s.sendall(head + data[:250_000])                   # then the link dies mid-body
    offset = 0
    for _ in range(50):                                   # the server notices the disconnect
        offset = int(api.request("HEAD", upload_path, headers=TUS).headers["Upload-Offset"])
        if offset:
            break
        __import__("time").sleep(0.1)
    assert 0 < offset <= 250_000
    uploader = Sha256Uploader(file_stream=io.BytesIO(data), client=_tus(server, api), url=server.url + upload_path,
                              chunk_size=200_000, upload_checksum=True, metadata=_meta(sha))
    assert uploader.offset == offset
    uploader.upload()
    assert api.get(f"/v1/files/{sha}").content == data


def test_wrong_offset_and_bad_checksum_are_refused(server, as_user, payload):
    api = as_user("clerk")
    _, data, sha = payload
    loc = api.post("/v1/uploads", headers={**TUS, "Upload-Length": str(len(data)),
                                           "Upload-Metadata": "sha256 " + base64.b64encode(sha.encode()).decode()}
                   ).headers["Location"]
    patch = {**TUS, "Content-Type": "application/offset+octet-stream"}
    r = api.request("PATCH", loc, data=data[:1000], headers={**patch, "Upload-Offset": "5"})
    assert r.status_code == 409 and r.json()["error"]["code"] == "offset_mismatch"
    wrong = base64.b64encode(hashlib.sha256(b"other").digest()).decode()
    r = api.request("PATCH", loc, data=data[:1000], headers={**patch, "Upload-Offset": "0",
                                                             "Upload-Checksum": f"sha256 {wrong}"})
    assert r.status_code == 460 and r.json()["error"]["code"] == "checksum_mismatch"
    r = api.request("PATCH", loc, data=data[:1000], headers={**patch, "Upload-Offset": "0",
                                                             "Upload-Checksum": "md5 AAAA"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "checksum_algorithm_unsupported"
    r = api.request("PATCH", loc, data=data[:1000], headers={**TUS, "Upload-Offset": "0",
                                                             "Content-Type": "application/json"})
    assert r.status_code == 415
    r = api.request("PATCH", loc, data=data + b"extra", headers={**patch, "Upload-Offset": "0"})
    assert r.status_code == 413
    r = api.request("PATCH", loc, data=data[:10], headers={"Content-Type": "application/offset+octet-stream",
                                                           "Upload-Offset": "0"})
    assert r.status_code == 412                             # no Tus-Resumable
    assert api.request("HEAD", loc, headers=TUS).headers["Upload-Offset"] == "0"   # nothing stored
    # termination
    assert api.request("DELETE", loc, headers=TUS).status_code == 204
    assert api.request("HEAD", loc, headers=TUS).status_code == 404


def _create(api, data: bytes, sha: str, body: bytes | None = None, **headers):
    extra = {"Content-Type": "application/offset+octet-stream"} if body is not None else {}
    return api.post("/v1/uploads", data=body, headers={
        **TUS, "Upload-Length": str(len(data)), "Upload-Metadata": "sha256 " + base64.b64encode(sha.encode()).decode(),
        **extra, **headers})


def test_creation_with_upload_stores_the_first_bytes_and_a_cut_creation_is_handed_back(server, as_user, payload):
    api = as_user("clerk")
    _, data, sha = payload
    # The first 300 000 bytes ride with the POST: one request, no PATCH yet.
    r = _create(api, data, sha, body=data[:300_000])
    assert r.status_code == 201 and r.headers["Upload-Offset"] == "300000", r.text
    loc = r.headers["Location"]
    assert api.request("HEAD", loc, headers=TUS).headers["Upload-Offset"] == "300000"
    # A creation without body (the client lost the first answer) hands the same upload back at its offset.
    again = _create(api, data, sha)
    assert again.status_code == 201 and again.headers["Location"] == loc
    assert again.headers["Upload-Offset"] == "300000"
    # Another workstation's creation of the same file gets an upload of its own.
    assert _create(as_user("clerk", ws=2), data, sha).headers["Location"] != loc
    r = api.request("PATCH", loc, data=data[300_000:], headers={
        **TUS, "Content-Type": "application/offset+octet-stream", "Upload-Offset": "300000"})
    assert r.status_code == 204 and r.headers["Upload-Offset"] == str(len(data))
    assert api.get(f"/v1/files/{sha}").content == data
    # A small file whole in the POST is complete at once; a known file's body is ignored.
    small = os.urandom(5_000)
    small_sha = hashlib.sha256(small).hexdigest()
    r = _create(api, small, small_sha, body=small)
    assert r.status_code == 201 and r.headers["Upload-Offset"] == "5000"
    assert api.get(f"/v1/files/{small_sha}").content == small
    r = _create(api, small, small_sha, body=small)
    assert r.status_code == 201 and r.headers["Upload-Offset"] == "5000"


def test_creation_with_upload_refusals_store_nothing(server, as_user):
    api = as_user("clerk")
    data = os.urandom(20_000)
    sha = hashlib.sha256(data).hexdigest()
    r = _create(api, data, sha, body=data[:100], **{"Content-Type": "application/json"})
    assert r.status_code == 415
    wrong = base64.b64encode(hashlib.sha256(b"other").digest()).decode()
    r = _create(api, data, sha, body=data[:1000], **{"Upload-Checksum": f"sha256 {wrong}"})
    assert r.status_code == 460 and r.json()["error"]["code"] == "checksum_mismatch"
    loc = r.headers["Location"]
    assert api.request("HEAD", loc, headers=TUS).headers["Upload-Offset"] == "0"   # the chunk was discarded
    r = _create(api, data, sha, body=data + b"extra")
    assert r.status_code == 413
    ok = base64.b64encode(hashlib.sha256(data[:1000]).digest()).decode()
    r = _create(api, data, sha, body=data[:1000], **{"Upload-Checksum": f"sha256 {ok}"})
    assert r.status_code == 201 and r.headers["Upload-Offset"] == "1000"


def test_whole_file_in_the_creation_is_one_transaction_and_checked_like_any(server, as_user):
    """A creation carrying the whole file (the desk's scan) is stored in one write transaction;
    a wrong declared hash or Upload-Checksum is refused as on the general path, nothing kept."""
    api = as_user("clerk")
    data = os.urandom(100_000)
    sha = hashlib.sha256(data).hexdigest()
    writes = route_metric(server, "docflow_db_write_transactions_total", "POST", "/v1/uploads")
    r = _create(api, data, sha, body=data)
    assert r.status_code == 201 and r.headers["Upload-Offset"] == "100000", r.text
    assert route_metric(server, "docflow_db_write_transactions_total", "POST", "/v1/uploads") == writes + 1
    head = api.request("HEAD", r.headers["Location"], headers=TUS)
    assert head.status_code == 200 and head.headers["Upload-Offset"] == "100000"
    assert api.get(f"/v1/files/{sha}").content == data
    liar = hashlib.sha256(b"not these bytes").hexdigest()
    r = _create(api, data, liar, body=data)
    assert r.status_code == 460 and r.json()["error"]["code"] == "sha256_mismatch"
    assert api.request("HEAD", f"/v1/files/{liar}").status_code == 404
    other = os.urandom(50_000)
    wrong = base64.b64encode(hashlib.sha256(b"other").digest()).decode()
    r = _create(api, other, hashlib.sha256(other).hexdigest(), body=other, **{"Upload-Checksum": f"sha256 {wrong}"})
    assert r.status_code == 460 and r.json()["error"]["code"] == "checksum_mismatch"
    assert api.request("HEAD", r.headers["Location"], headers=TUS).headers["Upload-Offset"] == "0"


def test_whole_file_hash_must_match_declared_sha256(server, as_user, tmp_path):
    api = as_user("clerk")
    data = os.urandom(50_000)
    liar = hashlib.sha256(b"something else").hexdigest()
    path = tmp_path / "x.bin"
    path.write_bytes(data)
    up = Sha256Uploader(file_stream=io.BytesIO(data), client=_tus(server, api), chunk_size=100_000, metadata=_meta(liar),
                        retries=0)
    with pytest.raises(Exception) as exc:
        up.upload()
    assert "460" in str(exc.value) or getattr(exc.value, "status_code", None) == 460
    assert api.request("HEAD", urlparse(up.url).path, headers=TUS).status_code == 404   # upload discarded
    assert api.request("HEAD", f"/v1/files/{liar}").status_code == 404


@pytest.mark.parametrize("name", ["../../etc/passwd", "a/b.pdf", "..\\x.pdf", "C:evil.pdf", "ok\x00.pdf"])
def test_path_like_file_names_refused(server, as_user, name):
    api = as_user("clerk")
    sha = hashlib.sha256(b"x").hexdigest()
    meta = f"sha256 {base64.b64encode(sha.encode()).decode()},filename {base64.b64encode(name.encode()).decode()}"
    r = api.post("/v1/uploads", headers={**TUS, "Upload-Length": "1", "Upload-Metadata": meta})
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_file_name"


@pytest.mark.parametrize("headers,status,code", [
    ({"Upload-Length": "10"}, 400, "invalid_upload_metadata"),                          # no sha256
    ({"Upload-Length": "10", "Upload-Metadata": "sha256 !!!"}, 400, "invalid_upload_metadata"),
    ({"Upload-Length": "-1", "Upload-Metadata": "sha256 YQ=="}, 400, "invalid_request"),
    ({"Upload-Length": str(10 ** 12), "Upload-Metadata":
      "sha256 " + base64.b64encode(b"a" * 64).decode()}, 413, "file_too_large"),
])
def test_creation_refusals(server, as_user, headers, status, code):
    r = as_user("clerk").post("/v1/uploads", headers={**TUS, **headers})
    assert r.status_code == status and r.json()["error"]["code"] == code
    assert r.headers["Tus-Resumable"] == "1.0.0"


def test_tuspy_reports_refusal_without_token(server, payload):
    _, data, sha = payload
    client = tus_client.TusClient(server.url + "/v1/uploads")
    with pytest.raises(TusCommunicationError):
        Sha256Uploader(file_stream=io.BytesIO(data), client=client, metadata=_meta(sha)).upload()


def test_idle_incomplete_uploads_expire_and_finished_ones_stay(tmp_path):
    """tus expiration on a server started with a 3-second expiry (the default is 7 days). Stray
    temporary files of whole-file uploads (a process killed while writing one) are swept at
    start and at every sweep once older than the expiry (an hour at most); fresh ones stay."""
    uploads_dir = tmp_path / "data" / "files" / "uploads"
    uploads_dir.mkdir(parents=True)
    strays = [uploads_dir / f"{n}.whole" for n in ("before-start", "while-running")]
    strays[0].write_bytes(b"left by a killed process")
    os.utime(strays[0], (time.time() - 3600, time.time() - 3600))
    srv = start_server(tmp_path, extra_args=["--upload-expiry", "3"], data_dir=tmp_path / "data")
    try:
        strays[1].write_bytes(b"left by a killed worker")
        os.utime(strays[1], (time.time() - 60, time.time() - 60))
        api = ApiClient(srv.url).login("clerk")
        data, small = os.urandom(300_000), os.urandom(5_000)
        sha, small_sha = hashlib.sha256(data).hexdigest(), hashlib.sha256(small).hexdigest()

        def create(blob_sha: str, size: int) -> requests.Response:
            return api.post("/v1/uploads", headers={**TUS, "Upload-Length": str(size),
                                                    "Upload-Metadata": "sha256 " + base64.b64encode(blob_sha.encode()).decode()})

        patch = {**TUS, "Content-Type": "application/offset+octet-stream"}
        r = create(sha, len(data))
        loc = r.headers["Location"]
        expires = parsedate_to_datetime(r.headers["Upload-Expires"]).timestamp()
        assert time.time() + 1 < expires < time.time() + 5
        r = api.request("PATCH", loc, data=data[:100_000], headers={**patch, "Upload-Offset": "0"})
        assert r.status_code == 204 and "Upload-Expires" in r.headers
        assert "Upload-Expires" in api.request("HEAD", loc, headers=TUS).headers
        partial = srv.data_dir / "files" / "uploads" / f"{loc.rsplit('/', 1)[1]}.part"
        assert partial.stat().st_size == 100_000

        done = create(small_sha, len(small)).headers["Location"]
        r = api.request("PATCH", done, data=small, headers={**patch, "Upload-Offset": "0"})
        assert r.status_code == 204 and "Upload-Expires" not in r.headers   # complete: never expires

        time.sleep(5)                                         # past the expiry and a sweep (every 1.5 s)
        assert not strays[0].exists() and not strays[1].exists()
        assert api.request("HEAD", loc, headers=TUS).status_code == 404
        r = api.request("PATCH", loc, data=data[100_000:], headers={**patch, "Upload-Offset": "100000"})
        assert r.status_code == 404
        assert not partial.exists()
        assert api.get(f"/v1/files/{small_sha}").content == small    # the finished file stays
        # The client starts again from zero, as the protocol says.
        again = create(sha, len(data)).headers["Location"]
        r = api.request("PATCH", again, data=data, headers={**patch, "Upload-Offset": "0"})
        assert r.status_code == 204 and r.headers["Upload-Offset"] == str(len(data))
        assert api.get(f"/v1/files/{sha}").content == data
    finally:
        srv.stop()
    storage = DiskBlobStorage(tmp_path / "other")   # a file being written (fresh) is left alone
    fresh, old = storage.upload_dir / "fresh.whole", storage.upload_dir / "old.whole"
    fresh.write_bytes(b"being written")
    old.write_bytes(b"left")
    os.utime(old, (time.time() - 120, time.time() - 120))
    assert storage.sweep_strays(60) == 1 and fresh.exists() and not old.exists()


def test_a_whole_file_creation_answers_alike_through_the_fast_path_and_the_application(server):
    """A desk's first request goes through the application (its token is not cached yet), later
    whole-file creations through fastpath.UploadFastPath: both answer with the same status and
    headers. A whole body cut mid-way, or hashing to another file, still goes the general way with
    the bytes that came: the cut creation's bytes are kept and handed back to its creator."""
    api = ApiClient(server.url).login("clerk", workstation_id="ws-a-1")
    answers = []
    for _ in range(2):
        data = os.urandom(30_000)
        r = _create(api, data, hashlib.sha256(data).hexdigest(), body=data)
        assert r.status_code == 201 and api.get(f"/v1/files/{hashlib.sha256(data).hexdigest()}").content == data
        answers.append({k.lower(): v for k, v in r.headers.items() if k.lower() not in ("date", "location")})
        assert r.headers["Location"].startswith("/v1/uploads/") and r.content == b""
    assert answers[0] == answers[1] and answers[1]["upload-offset"] == "30000"
    liar = hashlib.sha256(b"not these bytes").hexdigest()
    assert _create(api, data, liar, body=data).status_code == 460

    data = os.urandom(200_000)
    sha = hashlib.sha256(data).hexdigest()
    host, port = urlparse(server.url).hostname, urlparse(server.url).port
    head = (f"POST /v1/uploads HTTP/1.1\r\nHost: {host}:{port}\r\nTus-Resumable: 1.0.0\r\n"
            f"Authorization: Bearer {api.token}\r\nX-Docflow-Workstation: {api.workstation_id}\r\n"
            f"Content-Type: application/offset+octet-stream\r\nUpload-Length: {len(data)}\r\n"
            f"Upload-Metadata: sha256 {base64.b64encode(sha.encode()).decode()}\r\n"
            f"Content-Length: {len(data)}\r\n\r\n").encode()
    with socket.create_connection((host, port), timeout=10) as s:
        s.sendall(head + data[:120_000])                   # then the link dies mid-body
    deadline = time.monotonic() + 10
    while (again := _create(api, data, sha)).headers.get("Upload-Offset") == "0" and time.monotonic() < deadline:
        time.sleep(0.1)                                    # until the server has noticed the cut
    assert again.status_code == 201 and 0 < int(again.headers["Upload-Offset"]) <= 120_000, again.headers


def test_head_of_an_upload_or_a_file_answers_alike_through_the_fast_path_and_the_application(server, as_user):
    """HEAD of an upload (a desk resuming) and of a file: a fresh token's first request goes through
    the application, the next through fastpath.HeadFastPath; both answer with the same headers, and
    each runs one SQL statement. Unknown ids, another institution's upload and a wrong Tus-Resumable get the application's errors."""
    owner = ApiClient(server.url).login("clerk", workstation_id="ws-a-1")
    data = os.urandom(3_000)
    sha = hashlib.sha256(data).hexdigest()
    partial = _create(owner, data, sha, body=data[:1_000]).headers["Location"]
    whole = os.urandom(2_000)
    whole_sha = hashlib.sha256(whole).hexdigest()
    assert _create(owner, whole, whole_sha, body=whole).status_code == 201
    for path, headers in ((partial, TUS), (f"/v1/files/{whole_sha}", {})):
        api = ApiClient(server.url).login("clerk", workstation_id="ws-a-1")
        first, second = (api.request("HEAD", path, headers=headers) for _ in range(2))
        assert first.status_code == second.status_code == 200
        assert ({k: v for k, v in first.headers.items() if k.lower() != "date"}
                == {k: v for k, v in second.headers.items() if k.lower() != "date"})
    assert second.headers["Content-Length"] == "2000" and second.headers["ETag"] == f'"{whole_sha}"'
    assert first.headers["Accept-Ranges"] == "bytes"
    statements = {route: route_metric(server, "docflow_db_statements_total", "HEAD", route)
                  for route in ("/v1/uploads/{upload_id}", "/v1/files/{sha256}")}
    resumed = owner.request("HEAD", partial, headers=TUS)
    assert owner.request("HEAD", f"/v1/files/{whole_sha}").status_code == 200
    # One statement each (a file's HEAD took two ORM gets before).
    assert {route: route_metric(server, "docflow_db_statements_total", "HEAD", route) - before
            for route, before in statements.items()} == {"/v1/uploads/{upload_id}": 1, "/v1/files/{sha256}": 1}
    assert resumed.headers["Upload-Offset"] == "1000" and resumed.headers["Upload-Length"] == "3000"
    assert "Upload-Expires" in resumed.headers and resumed.headers["Tus-Resumable"] == "1.0.0"
    unknown = owner.request("HEAD", "/v1/uploads/" + "0" * 32, headers=TUS)
    assert unknown.status_code == 404 and unknown.headers["Tus-Resumable"] == "1.0.0"
    assert owner.request("HEAD", partial, headers={"Tus-Resumable": "0.2.2"}).status_code == 412
    assert owner.request("HEAD", f"/v1/files/{sha}").status_code == 404      # not complete: no file yet
    stranger = as_user("clerk", "b")
    assert stranger.request("HEAD", partial, headers=TUS).status_code == 404
    assert stranger.request("HEAD", f"/v1/files/{whole_sha}").status_code == 404


def test_upload_ids_are_22_plain_characters_and_32_hex_digit_ones_stay_valid(server, as_user):
    """An upload's id is in every creation's ``Location`` and every ``PATCH``'s request line: 22
    characters of [0-9A-Za-z] (131 bits), not 32 hex digits (128 bits), through the application (a
    creation that leaves a part) and the fast path (a whole small file). Ids made before stay
    valid: an upload named by 32 hex digits is found and resumed."""
    from sqlalchemy import create_engine, text

    from circulation_server.security import UPLOAD_ID_RE

    api = as_user("clerk")
    data = os.urandom(40_000)
    sha = hashlib.sha256(data).hexdigest()
    part = _create(api, data, sha, body=data[:10_000])
    small = os.urandom(3_000)
    whole = _create(api, small, hashlib.sha256(small).hexdigest(), body=small)
    for r in (part, whole):
        assert r.status_code == 201, r.text
        prefix, upload_id = r.headers["Location"].rsplit("/", 1)
        assert prefix == "/v1/uploads" and len(upload_id) == 22 and upload_id.isalnum(), r.headers["Location"]
    # The part's upload renamed to an id of before (its row and its partial file): found and resumed.
    new = part.headers["Location"].rsplit("/", 1)[1]
    old = os.urandom(16).hex()
    assert UPLOAD_ID_RE.match(old)
    engine = create_engine(server.db_url or f"sqlite:///{server.data_dir / 'server.sqlite3'}")
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE uploads SET id = :old WHERE id = :new"), {"old": old, "new": new})
    finally:
        engine.dispose()
    partials = [p for p in server.data_dir.rglob(f"*{new}*") if p.is_file()]
    assert len(partials) == 1, partials
    partials[0].rename(partials[0].with_name(partials[0].name.replace(new, old)))
    loc = f"/v1/uploads/{old}"
    assert api.request("HEAD", loc, headers=TUS).headers["Upload-Offset"] == "10000"
    r = api.request("PATCH", loc, data=data[10_000:], headers={
        **TUS, "Content-Type": "application/offset+octet-stream", "Upload-Offset": "10000"})
    assert r.status_code == 204 and r.headers["Upload-Offset"] == str(len(data)), r.text
    assert api.get(f"/v1/files/{sha}").content == data
