"""The signature-completion job: the ONE schedule on which waiting signatures are completed.

:class:`SignatureUpgrader` (``ctx.signing.background()``) runs ``SigningService.upgrade_due`` on
its own thread; see its docstring for when. The schedule itself is
:data:`desktop_app.retry.SIGNATURE_COMPLETION`, stored per signature as ``next_attempt_at``.
"""
from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from desktop_app.db.models import Signature, utcnow
from desktop_app.services.types import UpgradeRun
from desktop_app.signing.states import PENDING_STATES
from desktop_app.worker import BackgroundWorker

if TYPE_CHECKING:
    from desktop_app.services.signing import SigningService

log = logging.getLogger(__name__)


class SignatureUpgrader(BackgroundWorker):
    """The background job that completes waiting signatures by itself -- the ONE schedule.

    Each signature's own next-try time (``Signature.next_attempt_at``, on
    :data:`desktop_app.retry.SIGNATURE_COMPLETION`) decides when it is tried; the job sleeps until
    the earliest one. The sync engine's status (``SyncStatusChanged``, published many times a
    second during transfers) does not override it: only when the link comes back (offline →
    online) are the signatures whose last try failed *while the desk was offline* tried once at
    once -- a timestamp authority that was down while the desk was online keeps its backoff and is
    not hammered. :meth:`trigger` (a person: "Complete now") tries every waiting one.
    """

    def __init__(self, service: "SigningService", *, idle_seconds: float = 900.0, timeout: float = 10.0):
        super().__init__(service.ctx.events)
        self.service = service
        self.idle_seconds = idle_seconds
        self.timeout = timeout
        self.last_run: UpgradeRun | None = None
        self.runs = 0
        self._lock = threading.Lock()
        self._online = False    # as the sync engine last said
        self._force = False     # a person asked: every waiting signature now
        self._missed: set[str] = set()    # documents whose last try failed while the desk was offline
        self._due_now: set[str] = set()   # ... tried once now that the link is back

    thread_name = "docflow-signature-upgrade"

    def trigger(self) -> None:
        """A person asks to complete every waiting signature now."""
        with self._lock:
            self._force = True
        super().trigger()

    def _on_event(self, event: Any) -> None:
        status = getattr(event, "status", None)
        if status is None or not hasattr(status, "online"):
            return
        with self._lock:
            back = bool(status.online) and not self._online
            self._online = bool(status.online)
            if back and self._missed:
                self._due_now |= self._missed
                self._missed = set()
            wake = back and bool(self._due_now)
        if wake:
            self._wake.set()

    def _seconds_to_next_due(self) -> float:
        with self.service.ctx.db.read() as s:
            nxt = s.execute(
                select(func.min(Signature.next_attempt_at)).where(
                    Signature.upgrade_state.in_(PENDING_STATES), Signature.revoked.is_(False)
                )
            ).scalar()
        if nxt is None:
            return self.idle_seconds
        return max(0.0, min(self.idle_seconds, (nxt - utcnow()).total_seconds()))

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            with self._lock:
                force, self._force = self._force, False
                also, self._due_now = self._due_now, set()
                online = self._online
            try:
                self.last_run = self.service.upgrade_due(force=force, also=also, timeout=self.timeout)
                self.runs += 1
                waiting = {r.document_id for r in self.last_run.results if r.state in PENDING_STATES}
                tried = {r.document_id for r in self.last_run.results}
                with self._lock:
                    self._missed = (self._missed - tried) | (set() if online else waiting)
                wait = self._seconds_to_next_due()
            except Exception:  # noqa: BLE001 - e.g. the profile is closing; try again later
                log.exception("signature completion run failed; retrying in a minute")
                wait = 60.0
            self._wake.wait(timeout=max(wait, 1.0))
