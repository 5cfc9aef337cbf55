"""One word, one place: the words both sides of the protocol share are spelled only in docflow_protocol.

The client (``desktop_app/``, ``ui/``) and the server (``circulation_server/``) import them. This
test reads every string literal of both sides (docstrings and migrations aside -- a migration is
history) and fails on a shared word spelled by hand:

* everywhere, in any position: op types, error codes, roles, document kinds, signature levels,
  registration channels and card fields, and the step states that have no local meaning;
* in the modules that speak the protocol (the server, ``desktop_app/sync/``,
  ``desktop_app/routing/remote.py``), as values: every other protocol word -- statuses, step and
  route states and actions, file roles, registration modes, change kinds, op statuses, document
  fields, confidentiality levels. (As a key -- ``state["archived"]``, ``{"document": ...}`` -- such a
  word names a field of a JSON object, which this test does not police.)

Where a local word is spelled like a protocol word (the client's own document status ``draft``,
its step action ``approve``), it is defined once in the local module listed in ``LOCAL_WORDS``.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

import docflow_protocol as P
from docflow_protocol import states as PS

REPO = Path(__file__).resolve().parents[2]
CLIENT = ("desktop_app", "ui")
SERVER = ("circulation_server",)
#: Modules whose every string is read as a protocol word if it spells one.
SPEAKERS = ("circulation_server/", "desktop_app/sync/", "desktop_app/routing/remote.py")


def _values(*groups) -> set[str]:  # noqa: ANN002
    out: set[str] = set()
    for g in groups:
        out.update(m.value if hasattr(m, "value") else m for m in g)
    return out


#: Spelled only in docflow_protocol, on either side.
STRICT = _values(P.OpType, P.ErrorCode, P.Role, P.DocumentKind, P.SignatureLevel, P.REGISTRATION_CHANNELS,
                 P.CARD_FIELD_NAMES, (PS.StepState.APPROVED, PS.StepState.ACKNOWLEDGED))
#: Spelled only in docflow_protocol by the modules that speak the protocol.
SPOKEN = STRICT | _values(P.DocumentStatus, P.FileRole, P.StepKind, P.StepAction, P.RegistrationMode, P.ReceiptStatus,
                          P.OpStatus, P.ChangeKind, PS.StepState, PS.RouteState, PS.DispatchStatus,
                          P.DOCUMENT_FIELDS, P.CONFIDENTIALITY_LEVELS)

#: Local vocabularies spelled like protocol words: (module, words it may define).
LOCAL_WORDS: dict[str, set[str]] = {
    # Alembic's name for the newest revision ("upgrade to head"), not the role
    "circulation_server/db.py": {"head"},
    "desktop_app/db/engine.py": {"head"},
    # the correspondent table's name
    "desktop_app/db/models.py": {"correspondent", "approved"},  # DisposalAct.APPROVED: a disposal act's own state
    # the card's field names, each with its label for a person (the one such table on the client)
    "desktop_app/card.py": {"correspondent", "corr_number", "corr_date", "pages", "sheets", "attachments_count",
                            "attachments_description", "channel"},
    # a sample letter's letterhead ("head"), and an intake's audit details (its page count)
    "desktop_app/intake/samples.py": {"head"},
    "desktop_app/services/intake.py": {"pages"},
    # the OpenType font's "head" table
    "desktop_app/signing/sign.py": {"head"},
    # the Outgoing queue's id (outgoing documents not yet sent)
    "desktop_app/services/queries.py": {"outgoing"},
    "ui/main_window.py": {"outgoing"},
    "ui/empty_hint.py": {"outgoing"},  # the empty Outgoing queue's hint (moved out of ui/main_window.py)
    # column ids of the document list (DocumentRow's correspondent and page count), not the card's fields
    "ui/models.py": {"correspondent", "pages"},
}


def _called(call: ast.Call) -> str:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""


def _literals(path: Path):  # noqa: ANN202 - yields (line, text, used as a key)
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    docstrings, keys, texts = set(), set(), set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
        if isinstance(node, ast.Dict):
            keys.update(id(k) for k in node.keys if k is not None)
        elif isinstance(node, ast.Subscript):
            keys.add(id(node.slice))
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args
              and node.func.attr in ("get", "pop", "setdefault")):  # a key
            keys.add(id(node.args[0]))
        if isinstance(node, ast.Call) and _called(node) in ("translate", "tr", "setObjectName"):
            texts.update(id(a) for a in node.args)  # words for a person (in English) or a widget's name
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings | texts:
            yield node.lineno, node.value, id(node) in keys


def _sources():  # noqa: ANN202
    for top in CLIENT + SERVER:
        for path in sorted((REPO / top).rglob("*.py")):
            rel = path.relative_to(REPO).as_posix()
            if "/migrations/" not in rel:
                yield rel, path


def test_the_word_lists_are_not_empty():
    assert {"registration.register", "version_conflict", "clerk", "incoming", "B-LT", "courier", "sheets"} <= STRICT
    assert {"draft", "pending", "rejected", "returned", "reject", "return", "derived", "receipt"} <= SPOKEN


def test_neither_side_spells_a_protocol_word_itself():
    found = []
    for rel, path in _sources():
        speaker = rel.startswith(SPEAKERS)
        allowed = LOCAL_WORDS.get(rel, set())
        for line, text, key in _literals(path):
            if text in allowed:
                continue
            if text in STRICT or (speaker and not key and text in SPOKEN):
                found.append(f"{rel}:{line} {text!r}")
    assert not found, "spell these with the docflow_protocol constants:\n" + "\n".join(found)


@pytest.mark.parametrize("rel", sorted(LOCAL_WORDS))
def test_local_vocabularies_exist(rel):
    assert (REPO / rel).is_file(), rel
