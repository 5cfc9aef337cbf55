"""Who acts at this desk: switching the person explicitly (a shared desk of a small office), and
logging out (the session ends, the token is forgotten, the next person logs in).

Switching is a login of the other person's server account: the server decides who they are and what
roles they have. Before the login, the current person's waiting changes are sent with their own
token -- the server checks every operation against the roles of whoever sends it, so a head's
resolution must not travel under the clerk's name. If they cannot be sent now, nothing switches.
"""
from __future__ import annotations

import logging

from sqlalchemy import func, select

from desktop_app import audit
from desktop_app.db.models import OutboxOp
from desktop_app.errors import ForbiddenTransition, InvalidInput
from desktop_app.i18n import translate
from desktop_app.services.types import CurrentUser
from desktop_app.sync.client import SyncError

log = logging.getLogger(__name__)


class SessionService:
    def __init__(self, ctx):  # noqa: ANN001 - AppContext
        self.ctx = ctx

    def switch_user(self, username: str, password: str) -> CurrentUser:
        """Log ``username`` in at this desk and make them the current user (the window follows the
        published change). Raises a :class:`DocflowError` naming the reason when it cannot."""
        username = username.strip()
        if not username or not password:
            raise InvalidInput(translate("Session", "Enter the user name and password of the person who takes over."))
        engine = self.ctx.sync
        before = self.ctx.user
        if not engine.status().configured:
            raise ForbiddenTransition(translate("Session", "Switching the user needs the circulation server: log in to the "
                                                           "server first (Sync ▸ Log in to the server)."))
        if before.username != username:
            try:
                engine.sync_now()  # the current person's work leaves under their own name
            except SyncError as exc:
                log.info("sync before switching the user failed: %s", exc.code)
            waiting = engine.status().ops_waiting
            if waiting:
                raise ForbiddenTransition(translate(
                    "Session", "{n} change(s) made by {user} could not be sent to the server yet. Send them first (Sync now), "
                               "then switch the user.").format(n=waiting, user=before.display_name))
        engine.login(username, password)
        after = self.ctx.switch_user(username)
        with self.ctx.db.write() as s:
            audit.append(s, after.username, "session.switch", None, before=before.username, after=after.username)
        return after

    def log_out(self) -> int:
        """End the current person's session at this desk: nobody works here until someone logs in.

        The desk is nobody's at once (``ctx.log_out_user``: no name on screen, no change can be
        recorded). What the person changed is sent under their own name when it can be (their last
        sync), the server is told (when it can be reached) and the token is forgotten in the OS
        keyring. Nothing waiting is lost: each change stays in the queue as its author's
        (``outbox_op.author_id``) and leaves with *their* next login at this desk -- never under
        the next person's token (``sync/push.py``). The next person's login waits until this has
        ended (``Connection.session_lock``). Returns how many of the person's changes still wait."""
        engine = self.ctx.sync
        user = self.ctx.user
        if user.nobody:
            raise ForbiddenTransition(translate("Session", "Nobody is logged in at this desk."))
        if not engine.status().configured:  # nobody could log in again: the desk would be locked
            raise ForbiddenTransition(translate("Session", "This desk is not logged in to a circulation server: there is no "
                                                           "session to end."))
        with engine.connection.session_lock:
            self.ctx.log_out_user()
            if engine.connection.has_token():
                try:
                    engine.sync_now()  # the person's work leaves under their own name while it can
                except SyncError as exc:
                    log.info("sync before logging out failed: %s", exc.code)
            engine.logout()
            self.ctx.settings.set("server_username", "")  # the login form does not offer the last person's name
        with self.ctx.db.read() as s:
            waiting = s.execute(select(func.count()).select_from(OutboxOp).where(
                OutboxOp.state == OutboxOp.PENDING, OutboxOp.author_id == user.id)).scalar() or 0
        with self.ctx.db.write() as s:
            audit.append(s, user.username, "session.logout", None, waiting=waiting)
        return waiting
