"""The application context: built once at start-up and passed down (no module singletons)."""
from __future__ import annotations

import datetime as dt
import getpass
import os
import threading
import uuid
from collections.abc import Callable
from functools import cached_property
from pathlib import Path

from sqlalchemy import select

from desktop_app import i18n, locale
from desktop_app.blobs import BlobStore
from desktop_app.config import Profile, Settings
from desktop_app.db.engine import Database
from desktop_app.db.models import Institution, Journal, User
from desktop_app.events import USER, Change, EventBus
from desktop_app.keyring_store import SessionSecrets
from desktop_app.services.types import NOBODY, CurrentUser
from desktop_app.labels import LOCAL_INSTITUTION
from docflow_protocol import APPEAL_JOURNAL_KIND, DocumentKind, Role

ALL_ROLES = tuple(r.value for r in Role)  # a first-run user has them all, in this order
#: Settings key: the last person logged out and nobody logged in since (the desk is :data:`NOBODY`).
LOGGED_OUT = "logged_out"

DEFAULT_JOURNALS = (
    # code, kind, number format
    ("IN", DocumentKind.INCOMING.value, "IN-{seq:04d}/{year}"),
    ("OUT", DocumentKind.OUTGOING.value, "OUT-{seq:04d}/{year}"),
    ("INT", DocumentKind.INTERNAL.value, "INT-{seq:04d}/{year}"),
    ("APL", APPEAL_JOURNAL_KIND, "APL-{seq:04d}/{year}"),  # citizens' appeals (issue 17)
)


class service(cached_property):  # noqa: N801 - used as a decorator, like the cached_property it is
    """A service made on first use, once, even when two threads ask for it at once (the window's
    workers make the heavy ones -- sync, intake -- off the GUI thread, while the GUI thread may ask
    too). ``functools.cached_property`` stopped locking in Python 3.12; this locks per service, so
    making one service never waits for another."""

    _guard = threading.Lock()

    def __get__(self, instance, owner=None):  # noqa: ANN001, ANN204
        if instance is None:
            return self
        cache = instance.__dict__
        if self.attrname not in cache:
            with self._guard:
                lock = cache.setdefault(f"_{self.attrname}_lock", threading.RLock())
            with lock:
                if self.attrname not in cache:
                    cache[self.attrname] = self.func(instance)
        return cache[self.attrname]


class AppContext:
    """Everything a service needs: profile, settings, database, blobs, events, current user."""

    def __init__(self, profile: Profile, settings: Settings, db: Database, blobs: BlobStore, events: EventBus):
        self.profile = profile
        self.settings = settings
        self.db = db
        self.blobs = blobs
        self.events = events
        #: Secrets kept in memory for this run when there is no OS keyring (docs/sync.md, Security).
        self.session_secrets = SessionSecrets()
        #: The desk's calendar date (the year of a registration, of a number block, of the file plan);
        #: tests replace it to walk across a year's end.
        self.today: Callable[[], dt.date] = locale.today
        self.user = self._load_user()
        db.author = lambda: self.user.id  # the changes queued are the work of the person at the desk

    def reload_user(self) -> CurrentUser:
        """Read the current user again (their roles may have changed with a new staff list)."""
        self.user = self._load_user()
        return self.user

    @classmethod
    def open(cls, root: str | os.PathLike[str] | None = None, *, username: str | None = None) -> "AppContext":
        """Open (creating on first use) the profile at ``root``; migrations run here."""
        profile = Profile.at(root)
        profile.ensure()
        settings = Settings(profile.settings_path)
        if not settings.get("workstation_id"):
            settings.set("workstation_id", uuid.uuid4().hex)
        lang = settings.get("language") or ""
        if lang:
            i18n.set_language(lang)
        locale.set_time_zone(settings.get("time_zone"))
        db = Database(profile.db_path)
        db.migrate()
        _bootstrap(db, settings, username)
        if username:
            settings.set("current_user", username)
        return cls(profile, settings, db, BlobStore(profile.blobs_dir), EventBus())

    @property
    def workstation_id(self) -> str:
        return self.settings.get("workstation_id")

    def _load_user(self) -> CurrentUser:
        if self.settings.get(LOGGED_OUT):
            return NOBODY
        name = self.settings.get("current_user")
        with self.db.read() as s:
            u = s.execute(select(User).where(User.username == name)).scalar_one_or_none()
            if u is None:
                u = s.execute(select(User).order_by(User.username).limit(1)).scalar_one()
            return CurrentUser(u.id, u.username, u.display_name, frozenset(r for r in u.roles.split(",") if r), u.institution_id)

    def switch_user(self, username: str) -> CurrentUser:
        """Make ``username`` (an existing user of the profile) the current user; every view is told
        (a :class:`~desktop_app.events.Change` with the ``user`` aspect) when the person changed."""
        before = self.user
        self.settings.set("current_user", username)
        self.settings.set(LOGGED_OUT, False)
        self.user = self._load_user()
        if self.user != before:
            self.events.publish(Change(aspects=frozenset({USER})))
        return self.user

    def log_out_user(self) -> None:
        """Nobody works at this desk from now until someone logs in (File ▸ Log out): the desk shows
        no name, and no change can be recorded (``outbox.enqueue`` refuses it) -- what is done is
        always someone's, and leaves under their own login. Kept across a restart."""
        before = self.user
        self.settings.set(LOGGED_OUT, True)
        self.user = NOBODY
        if before != NOBODY:
            self.events.publish(Change(aspects=frozenset({USER})))

    @service
    def documents(self):  # noqa: ANN201 - lazy import keeps start-up light
        from desktop_app.services.documents import DocumentService

        return DocumentService(self)

    @service
    def routing(self):  # noqa: ANN201
        from desktop_app.services.routing import RoutingService

        return RoutingService(self)

    @service
    def appeals(self):  # noqa: ANN201
        from desktop_app.services.appeals import AppealService

        return AppealService(self)

    @service
    def control(self):  # noqa: ANN201
        from desktop_app.services.control import ControlService

        return ControlService(self)

    @service
    def admin(self):  # noqa: ANN201
        from desktop_app.services.admin import AdminService

        return AdminService(self)

    @service
    def signing(self):  # noqa: ANN201
        from desktop_app.services.signing import SigningService

        return SigningService(self)

    @service
    def intake(self):  # noqa: ANN201
        from desktop_app.services.intake import IntakeService

        return IntakeService(self)

    @service
    def activity(self):  # noqa: ANN201
        from desktop_app.services.activity import ActivityService

        return ActivityService(self)

    @service
    def sync(self):  # noqa: ANN201
        from desktop_app.sync.engine import SyncEngine

        return SyncEngine(self)

    @service
    def setup(self):  # noqa: ANN201
        from desktop_app.services.setup import SetupService

        return SetupService(self)

    @service
    def session(self):  # noqa: ANN201
        from desktop_app.services.session import SessionService

        return SessionService(self)

    @service
    def fileplan(self):  # noqa: ANN201
        from desktop_app.services.fileplan import FilePlanService
        return FilePlanService(self)

    @service
    def templates(self):  # noqa: ANN201
        from desktop_app.services.templates import TemplateService
        return TemplateService(self)

    @service
    def reports(self):  # noqa: ANN201
        from desktop_app.services.reports import ReportService
        return ReportService(self)

    @service
    def settings_admin(self):  # noqa: ANN201
        from desktop_app.services.settings import SettingsService

        return SettingsService(self)

    @service
    def updates(self):  # noqa: ANN201
        from desktop_app.services.updates import UpdateService

        return UpdateService(self)

    def close(self) -> None:
        if "sync" in self.__dict__:
            self.sync.stop()
        if "signing" in self.__dict__:
            self.signing.close()
        if "intake" in self.__dict__:
            self.intake.close()
        self.db.close()


def _bootstrap(db: Database, settings: Settings, username: str | None) -> None:
    """First run: the local institution, the OS user with every role, and the default journals."""
    with db.write() as s:
        inst = s.execute(select(Institution).where(Institution.is_own.is_(True))).scalar_one_or_none()
        if inst is None:
            inst = Institution(registry_code="LOCAL", name=LOCAL_INSTITUTION, is_own=True)
            s.add(inst)
            s.flush()
        name = username or settings.get("current_user") or _os_username()
        if settings.get("local_user_ids") is None and not settings.get("server_username"):
            # a profile that never logged in: every user it has is a local one (desktop_app/services/setup.py)
            settings.set("local_user_ids", list(s.execute(select(User.id)).scalars()))
        if s.execute(select(User).where(User.username == name)).scalar_one_or_none() is None:
            user = User(username=name, display_name=name, roles=",".join(ALL_ROLES), institution_id=inst.id)
            s.add(user)
            s.flush()
            if not settings.get("server_username"):  # made here, before any login: carried over on the first one
                settings.set("local_user_ids", [*(settings.get("local_user_ids") or []), user.id])
        if not settings.get("current_user"):
            settings.set("current_user", name)
        existing = set(s.execute(select(Journal.code)).scalars())
        for code, kind, fmt in DEFAULT_JOURNALS:
            if code not in existing:
                s.add(Journal(code=code, name=code, kind=kind, number_format=fmt))


def _os_username() -> str:
    try:
        return getpass.getuser() or "user"
    except Exception:  # noqa: BLE001 - no login name (e.g. a container): any stable name will do
        return "user"


def open_context(root: str | os.PathLike[str] | Path | None = None, **kw) -> AppContext:  # noqa: ANN003
    return AppContext.open(root, **kw)
