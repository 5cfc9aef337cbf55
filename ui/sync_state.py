"""One sync state for every indicator (tray icon, status bar, notifications): the adapter.

The sync engine publishes ``SyncStatusChanged(SyncStatus)`` with its one explicit state
(``SyncStatus.state``, a ``SyncState``: offline / connecting / sending / receiving / up to date /
needs attention; ``desktop_app/services/types/sync.py``). Every widget reads :func:`state_of` and
:func:`state_text` from here: a desk with no server is "not configured", otherwise the engine's
state is what shows (a status made by hand, with no state, is read from its other fields).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.services.types import SyncState

# The engine's states by their values (one list: SyncState), plus the window's own "no server yet".
OFFLINE, CONNECTING, SENDING, RECEIVING, UP_TO_DATE, NEEDS_ATTENTION = (
    SyncState.OFFLINE.value, SyncState.CONNECTING.value, SyncState.SENDING.value, SyncState.RECEIVING.value,
    SyncState.UP_TO_DATE.value, SyncState.NEEDS_ATTENTION.value)
NOT_CONFIGURED = "not_configured"
STATES = (OFFLINE, CONNECTING, SENDING, RECEIVING, UP_TO_DATE, NEEDS_ATTENTION, NOT_CONFIGURED)


def state_of(st) -> str:  # noqa: ANN001 - SyncStatus (or, after issue 13, anything with .state)
    """The single state of a status snapshot."""
    if not st.configured:
        return NOT_CONFIGURED
    explicit = getattr(st, "state", None)
    if explicit is not None:  # the engine's own SyncState (issue 13)
        return str(getattr(explicit, "value", explicit))
    if not st.logged_in or st.conflicts:
        return NEEDS_ATTENTION
    cur = st.current
    if cur is not None:
        return SENDING if cur.direction == "up" else RECEIVING
    if st.running and not st.online:
        return CONNECTING
    if st.running and st.ops_waiting:
        return SENDING
    # Running with nothing to send and nothing moving: the engine is waiting for news (long poll).
    if not st.online:
        return OFFLINE
    return UP_TO_DATE if not st.ops_waiting else SENDING


def state_label(state: str) -> str:
    """The state in words: the engine's own words (``desktop_app.sync.status.state_words``, which
    ``docflow status`` prints too), or "no server set"."""
    if state == NOT_CONFIGURED:
        return QCoreApplication.translate("SyncState", "no server set")
    from desktop_app.sync.status import state_words

    return state_words(state)


def state_phrase(st) -> str:  # noqa: ANN001 - SyncStatus
    """The state in words as every indicator shows it: *sending N of M* while operations go up."""
    state = state_of(st)
    if state == SENDING and getattr(st, "to_send", 0):
        return QCoreApplication.translate("SyncState", "sending {done} of {total}").replace(
            "{done}", str(st.sent)).replace("{total}", str(st.to_send))
    return state_label(state)


def state_text(st) -> str:  # noqa: ANN001 - SyncStatus
    """A sentence for the tray's tooltip: the state and what is waiting."""
    state = state_of(st)
    parts = [QCoreApplication.translate("SyncState", "Docflow: {state}").replace("{state}", state_phrase(st))]
    if state == NOT_CONFIGURED:
        parts.append(QCoreApplication.translate("SyncState", "log in to a circulation server to exchange documents"))
    elif not st.logged_in:
        parts.append(QCoreApplication.translate("SyncState", "log in again (Sync → Log in)"))
    if st.ops_waiting:
        parts.append(QCoreApplication.translate("SyncState", "{n} change(s) waiting to be sent").replace("{n}", str(st.ops_waiting)))
    if getattr(st, "ops_others", 0):
        parts.append(QCoreApplication.translate("SyncState", "{n} change(s) of another person waiting for their login").replace(
            "{n}", str(st.ops_others)))
    if st.conflicts:
        parts.append(QCoreApplication.translate("SyncState", "{n} conflict(s) to settle").replace("{n}", str(st.conflicts)))
    return " · ".join(parts)
