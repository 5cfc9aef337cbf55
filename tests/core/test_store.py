"""Blob store, audit chain, state machine and the boundary rules of the core."""
import hashlib
import os
import re
import subprocess
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app import states
from desktop_app.blobs import IN_HAND_SECONDS, BlobStore
from desktop_app.errors import ForbiddenTransition, InvalidInput
from tests.helpers import make_pdf, write

ROOT = Path(__file__).resolve().parents[2]


def test_core_has_no_qt_import():
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "desktop_app").rglob("*.py")
                 if re.search(r"^\s*(from|import)\s+PySide6", p.read_text("utf-8"), re.M)]
    assert offenders == []


def test_blob_store_is_content_addressed_and_refuses_paths(tmp_path):
    store = BlobStore(tmp_path / "b")
    sha = store.put_bytes(b"abc")
    assert sha == hashlib.sha256(b"abc").hexdigest()
    assert store.read(sha) == b"abc" and store.path(sha).parent.name == sha[:2]
    assert store.put_bytes(b"abc") == sha  # idempotent
    for bad in ("../../etc/passwd", "a" * 63, "A" * 64, sha + "/x"):
        with pytest.raises(InvalidInput):
            store.path(bad)
    assert list(store.tmp.iterdir()) == []


def test_store_check_removes_orphans_and_reports_missing(ctx, tmp_path):
    res = ctx.documents.import_files([write(tmp_path / "a.pdf", make_pdf("A"))])
    doc = ctx.documents.get_document(res.imported[0].id)
    orphan = ctx.blobs.put_bytes(b"orphan bytes")
    (ctx.blobs.tmp / "in-half").write_bytes(b"partial")
    hour_ago = time.time() - IN_HAND_SECONDS - 60  # a crash's leftovers
    for left in (ctx.blobs.tmp / "in-half", ctx.blobs.path(orphan)):
        os.utime(left, (hour_ago, hour_ago))
    # work in hand: a file an import has just staged, a blob put before the row that names it commits
    staged, fresh = ctx.blobs.tmp / "in-now", ctx.blobs.put_bytes(b"being imported")
    staged.write_bytes(b"being imported")
    rep = ctx.admin.check_store()
    assert rep.orphans_removed == 1 and rep.temp_files_removed == 1 and rep.missing == ()
    assert not ctx.blobs.has(orphan) and ctx.blobs.has(doc.files[0].sha256)
    assert staged.exists() and ctx.blobs.has(fresh)  # the .deb test's import failed on it when the check took it
    ctx.blobs.delete(doc.files[0].sha256)
    assert ctx.admin.check_store().missing == (doc.files[0].sha256,)


def test_audit_chain_detects_tampering(ctx, tmp_path):
    paths = [write(tmp_path / f"{i}.pdf", make_pdf(f"doc {i}")) for i in range(3)]
    ctx.documents.import_files(paths)
    rep = ctx.admin.verify_audit()
    assert rep.ok and rep.events == 3
    with ctx.db.write() as s:
        s.execute(text("UPDATE audit_event SET actor='mallory' WHERE seq=2"))
    rep = ctx.admin.verify_audit()
    assert not rep.ok and rep.first_broken_seq == 2 and "changed" in rep.reason


def test_audit_chain_detects_deleted_event(ctx, tmp_path):
    ctx.documents.import_files([write(tmp_path / f"{i}.pdf", make_pdf(f"d{i}")) for i in range(3)])
    with ctx.db.write() as s:
        s.execute(text("DELETE FROM audit_event WHERE seq=2"))
    rep = ctx.admin.verify_audit()
    assert not rep.ok and rep.first_broken_seq == 3


@pytest.mark.parametrize("current,new", [(c, n) for c in states.STATUSES for n in states.STATUSES])
def test_state_machine_matrix(current, new):
    if new in states.ALLOWED[current]:
        states.check_transition(current, new)
    else:
        with pytest.raises(ForbiddenTransition):
            states.check_transition(current, new)


def test_forbidden_transition_changes_nothing(ctx, tmp_path):
    row = ctx.documents.import_files([write(tmp_path / "a.pdf", make_pdf("A"))]).imported[0]
    ctx.documents.set_status(row.id, states.ARCHIVED)
    before = ctx.admin.verify_audit().events
    with pytest.raises(ForbiddenTransition, match="Archived"):
        ctx.documents.set_status(row.id, states.REGISTERED)
    assert ctx.documents.get_document(row.id).status == states.ARCHIVED
    assert ctx.admin.verify_audit().events == before


def test_settings_and_profile_default_under_user_data(tmp_path, monkeypatch):
    from desktop_app.config import Profile, default_profile_dir

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert str(default_profile_dir()).startswith(str(tmp_path / "xdg"))
    assert Profile.at(None).root == default_profile_dir()


def test_core_strings_are_extractable_by_lupdate(tmp_path):
    """The core's translate("Ctx", "...") calls are what pyside6-lupdate extracts."""
    lupdate = ROOT / ".venv" / "bin" / "pyside6-lupdate"
    if not lupdate.exists():
        import shutil
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    out = tmp_path / "x.ts"
    subprocess.run([str(lupdate), str(ROOT / "desktop_app" / "intake" / "validate.py"), "-ts", str(out)],
                   check=True, capture_output=True)
    assert "the file is empty (0 bytes)" in out.read_text("utf-8")
