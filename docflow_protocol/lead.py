"""The feed page's lead file (docs/protocol.md §6.1): which file a page's first download asks.

A desk asks ``GET /v1/changes/lead-file`` right behind the feed page, from the same cursor, before
it has read the page; the server answers the file this rule picks from the same page, and the desk,
once the page is in, picks it too and takes the answer as that file's download (the answer names
the file: a pick that differs -- a change committed between the two reads -- is seen, not taken).

The rule keeps to files the asking desk cannot hold yet and would fetch whole: the files of the
documents *created* in the page that no change of the page by the asking workstation touched
(their every file came from elsewhere after the cursor; none of them can be a delta's base here).
The smallest of them (then the lowest SHA-256) as the document's last state in the page names it.
"""
from __future__ import annotations

from typing import Any, Iterable

from docflow_protocol.constants import ChangeKind
from docflow_protocol.ops import OpType


def lead_file(changes: Iterable[dict[str, Any]], workstation_id: str | None) -> tuple[str, int] | None:
    """``(sha256, size)`` of the page's lead file, or None. ``changes``: the page's changes, each as
    the feed sends it (``kind``, ``doc_id``, ``op_type``, ``actor``, ``document``)."""
    created: set[str] = set()
    touched: set[str] = set()
    last: dict[str, dict[str, Any]] = {}
    for ch in changes:
        if ch.get("kind") != ChangeKind.DOCUMENT.value:
            continue
        doc = ch.get("doc_id")
        if not isinstance(doc, str):
            continue
        actor = ch.get("actor")
        if not isinstance(actor, dict) or actor.get("workstation_id") == workstation_id:
            touched.add(doc)
        if ch.get("op_type") == OpType.DOCUMENT_CREATE.value:
            created.add(doc)
        if isinstance(ch.get("document"), dict):
            last[doc] = ch["document"]
    picks = []
    for doc in created - touched:
        for f in (last.get(doc) or {}).get("files") or []:
            if isinstance(f, dict) and isinstance(f.get("sha256"), str) and isinstance(f.get("size"), int):
                picks.append((f["size"], f["sha256"]))
    if not picks:
        return None
    size, sha = min(picks)
    return sha, size
