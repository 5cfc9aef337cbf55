"""``docflow-server check``: is the server's data consistent? (read-only; exit 1 on any problem)

Checks, each problem reported as one line:

* **integrity** -- SQLite ``PRAGMA integrity_check`` and ``foreign_key_check``; on both back-ends
  every row's references resolve (documents, ops and changes to institutions, blob access to
  blobs, dispatches to documents).
* **blobs** -- every file a document, a signature or a blob row names is stored, has the recorded
  size and hashes to its name.
* **versions** -- each document's version equals the number of its applied ops (plus the one
  version an incoming dispatched copy starts with), its state says the same version, and its
  newest change in the feed carries it.
* **ids** -- every client-made id (documents, ops, signatures, resolutions, route steps,
  dispatches) is a canonical UUID.
* **feed** -- every change body is strict JSON (no NaN/Infinity, which would break the page for
  every desk of the institution).
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Text, cast, func, select, text

from circulation_server.models import (
    Blob, BlobAccess, Change, Dispatch, Document, Institution, IssuedNumber, Op, Upload,
)
from docflow_protocol import ChangeKind, OpStatus, is_canonical_uuid, is_sha256_hex


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, area: str, message: str) -> None:
        self.problems.append(f"{area}: {message}")

    def summary(self) -> str:
        seen = ", ".join(f"{n} {what}" for what, n in sorted(self.counts.items()))
        verdict = "OK" if self.ok else f"{len(self.problems)} problem(s)"
        return f"docflow-server check: {verdict} ({seen})"


def _no_constants(name: str):
    raise ValueError(f"{name} in stored JSON")


def _file_hash(path) -> tuple[str, int]:
    h, size = hashlib.sha256(), 0
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1024 * 1024), b""):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def _integrity(s, report: CheckReport) -> None:
    if s.bind.dialect.name == "sqlite":
        result = [r[0] for r in s.execute(text("PRAGMA integrity_check")).all()]
        if result != ["ok"]:
            report.add("integrity", "; ".join(result)[:2000])
        for row in s.execute(text("PRAGMA foreign_key_check")).all():
            report.add("integrity", f"table {row[0]} row {row[1]} references a missing {row[2]} row")
    institutions = set(s.scalars(select(Institution.id)))
    for model in (Document, Op, Change):
        for (inst,) in s.execute(select(model.institution_id).distinct()):
            if inst not in institutions:
                report.add("integrity", f"{model.__tablename__} name an unknown institution {inst!r}")
    blobs = set(s.scalars(select(Blob.sha256)))
    for sha, inst in s.execute(select(BlobAccess.sha256, BlobAccess.institution_id)):
        if sha not in blobs:
            report.add("integrity", f"blob_access names file {sha} without a blob row")
    for d in s.scalars(select(Dispatch)):
        if s.get(Document, d.incoming_doc_id) is None or s.get(Document, d.sender_doc_id) is None:
            report.add("integrity", f"dispatch {d.dispatch_id} names a missing document")


def _referenced_files(s) -> dict[str, str]:
    """sha256 -> where it is named (first place found)."""
    refs: dict[str, str] = {}
    for sha in s.scalars(select(Blob.sha256)):
        refs.setdefault(sha, "blobs table")
    for doc_id, state in s.execute(select(Document.id, Document.state)):
        for f in state.get("files") or []:
            refs.setdefault(f.get("sha256"), f"files of document {doc_id}")
        for sig in state.get("signatures") or []:
            for sha in [sig.get("sha256"), *(h.get("sha256") for h in sig.get("history") or [])]:
                refs.setdefault(sha, f"signature {sig.get('signature_id')} of document {doc_id}")
    for up in s.scalars(select(Upload).where(Upload.completed.is_(True))):
        refs.setdefault(up.sha256, f"completed upload {up.id}")
    return refs


def _blobs(s, storage, report: CheckReport) -> None:
    sizes = dict(s.execute(select(Blob.sha256, Blob.size)).all())
    for sha, where in sorted(_referenced_files(s).items(), key=lambda kv: str(kv[0])):
        report.counts["files"] += 1
        if not is_sha256_hex(sha):
            report.add("blobs", f"{where} names a file by {str(sha)[:80]!r}, not a sha256")
            continue
        if sha not in sizes:
            report.add("blobs", f"{where} names file {sha}, which has no blob row")
        path = storage.path(sha)
        if not path.is_file():
            report.add("blobs", f"{where} names file {sha}, which is not stored")
            continue
        actual, size = _file_hash(path)
        if actual != sha:
            report.add("blobs", f"stored file {sha} hashes to {actual}")
        if sha in sizes and size != sizes[sha]:
            report.add("blobs", f"stored file {sha} has {size} bytes, its row says {sizes[sha]}")


def _versions(s, report: CheckReport) -> None:
    applied = dict(s.execute(select(Op.doc_id, func.count()).where(Op.status == OpStatus.APPLIED.value)
                             .group_by(Op.doc_id)).all())
    incoming = set(s.scalars(select(Dispatch.incoming_doc_id)))
    newest = dict(s.execute(select(Change.doc_id, func.max(Change.seq)).where(Change.kind == ChangeKind.DOCUMENT.value)
                            .group_by(Change.doc_id)).all())
    for doc in s.scalars(select(Document)):
        report.counts["documents"] += 1
        expected = applied.get(doc.id, 0) + (1 if doc.id in incoming else 0)
        if doc.version != expected:
            report.add("versions", f"document {doc.id} is at version {doc.version} after {expected} applied op(s)")
        if doc.state.get("version") != doc.version:
            report.add("versions", f"document {doc.id} state says version {doc.state.get('version')}, "
                                   f"the row {doc.version}")
        seq = newest.get(doc.id)
        change = s.get(Change, seq) if seq is not None else None
        if change is None or change.body.get("version") != doc.version:
            report.add("versions", f"document {doc.id}: the newest change in the feed does not carry version "
                                   f"{doc.version}")


def _ids(s, report: CheckReport) -> None:
    def need(value, what: str) -> None:
        report.counts["ids"] += 1
        if not is_canonical_uuid(value):
            report.add("ids", f"{what} {str(value)[:80]!r} is not a canonical UUID")

    for (op_id, doc_id) in s.execute(select(Op.op_id, Op.doc_id)):
        need(op_id, "op id")
        need(doc_id, f"document id of op {op_id}")
    for (doc_id,) in s.execute(select(Change.doc_id).distinct()):
        need(doc_id, "document id in the feed")
    for (doc_id, op_id) in s.execute(select(IssuedNumber.doc_id, IssuedNumber.op_id)):
        need(doc_id, "document id of an issued number")
        need(op_id, "op id of an issued number")
    for d in s.scalars(select(Dispatch)):
        need(d.dispatch_id, "dispatch id")
        need(d.incoming_doc_id, "incoming document id")
    for doc_id, state in s.execute(select(Document.id, Document.state)):
        need(doc_id, "document id")
        for sig in state.get("signatures") or []:
            need(sig.get("signature_id"), f"signature id in document {doc_id}")
        for res in state.get("resolutions") or []:
            need(res.get("resolution_id"), f"resolution id in document {doc_id}")
        for step in (state.get("route") or {}).get("steps") or []:
            need(step.get("step_id"), f"route step id in document {doc_id}")


def _feed(s, report: CheckReport) -> None:
    for seq, raw in s.execute(select(Change.seq, cast(Change.body, Text))):
        report.counts["changes"] += 1
        try:
            json.loads(raw, parse_constant=_no_constants)
        except ValueError as exc:
            report.add("feed", f"change {seq} is not strict JSON ({exc})")


def _schema_problem(engine) -> str | None:
    from alembic.config import Config
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from circulation_server.db import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    expected = set(ScriptDirectory.from_config(cfg).get_heads())
    with engine.connect() as conn:
        current = set(MigrationContext.configure(conn).get_current_heads())
    if current != expected:
        return (f"the database is at revision {sorted(current) or '(none)'}, not {sorted(expected)}: "
                "not a docflow-server database, or not migrated yet (start the server once)")
    return None


def run_check(services) -> CheckReport:
    """Run every check on the server's database and file store (nothing is changed)."""
    report = CheckReport()
    problem = _schema_problem(services.db.engine)
    if problem:
        report.add("schema", problem)
        return report
    with services.db.read() as s:
        _integrity(s, report)
        _blobs(s, services.storage, report)
        _versions(s, report)
        _ids(s, report)
        _feed(s, report)
    return report
