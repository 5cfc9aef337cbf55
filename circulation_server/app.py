"""Build the FastAPI application from settings (no globals: services live on app.state)."""
from __future__ import annotations

import asyncio
import inspect
import logging
import os
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Optional

from fastapi import FastAPI

from circulation_server.config import Settings
from circulation_server.db import Database
from circulation_server.deps import TokenCache
from circulation_server.errors import install_handlers
from circulation_server.gather import FeedGather
from circulation_server.edge import Edge
from circulation_server.notifier import ChangeNotifier, PgNotifyBridge
from circulation_server.observability import Metrics, count_statements
from circulation_server.routers import auth, changes, directory, fileplan, files, numbers, operations, ops, releases, uploads
from circulation_server.security import DbThrottle, PasswordCheckGate, Throttle
from circulation_server.storage import BlobStorage, DiskBlobStorage
from circulation_server.workers import EDGE_THREADS, Workers, limit_framework_threads
from docflow_protocol import PROTOCOL_VERSION

log = logging.getLogger("circulation_server")


@dataclass
class Services:
    """The application context handed to every request through app.state.

    Nothing in it is state another server process needs: feeds are locked in the database, upload
    locks and login counts live there, long-poll wake-ups cross processes through PostgreSQL.
    """

    settings: Settings
    db: Database
    storage: BlobStorage
    throttle: Throttle
    password_gate: PasswordCheckGate
    tokens: TokenCache
    notifier: ChangeNotifier = field(default_factory=ChangeNotifier)
    metrics: Metrics = field(default_factory=Metrics)
    #: Feed pages being read right now in this process, shared by the requests that want the same
    #: page at once (routers/changes.py): a cache of nothing but reads in flight.
    feed_reads: dict = field(default_factory=dict)
    #: Per institution, (the wake-up event current when a read of its feed began, the head that
    #: read found): lets a long-poll at the head wait without a read (routers/changes.py).
    feed_heads: dict = field(default_factory=dict)
    #: The threads the hot paths hand their blocking work to (workers.py).
    workers: Workers = field(default_factory=lambda: Workers(EDGE_THREADS))
    #: How long a woken long-poll gathers more changes (gather.py); set by ``build_services``.
    feed_gather: Optional[FeedGather] = None


def build_services(settings: Settings, migrate: bool = True) -> Services:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    db = Database(settings.database_url, settings.sqlite_synchronous)
    if migrate:
        db.migrate()
    throttle = DbThrottle(db, window=settings.login_window_seconds, base=settings.login_block_base_seconds,
                          cap=settings.login_block_max_seconds)
    gate = PasswordCheckGate(settings.max_password_checks, slots_dir=settings.password_slots_dir or None)
    services = Services(settings=settings, db=db, storage=DiskBlobStorage(settings.data_dir / "files"),
                        throttle=throttle, password_gate=gate,
                        tokens=TokenCache(settings.token_cache_seconds, db.tokens_marker))
    services.feed_gather = FeedGather(settings.feed_gather_seconds, settings.feed_gather_max_seconds)
    db.after_commit.append(services.notifier.notify)
    db.after_revoke.append(services.tokens.clear)
    count_statements(db.engine)
    return services


#: Environment variable carrying the settings (JSON) from ``serve --workers N`` to its workers.
SETTINGS_ENV = "DOCFLOW_SERVER_SETTINGS"


def app_from_environment() -> FastAPI:
    """The application of one worker process of ``docflow-server serve --workers N``.

    The parent process has migrated the database; it hands the settings over in the environment
    (``DOCFLOW_SERVER_SETTINGS``), as uvicorn starts each worker as a fresh interpreter.
    """
    from circulation_server.observability import configure_logging
    from circulation_server.serving import HeaderTimeoutProtocol

    settings = Settings.from_json(os.environ[SETTINGS_ENV])
    configure_logging(settings.log_level, settings.log_format)
    HeaderTimeoutProtocol.header_timeout = settings.header_timeout_seconds  # this process's protocol class
    return create_app(build_services(settings, migrate=False))


#: Age after which a temporary file of a whole-file upload is taken for a stray (its writer died):
#: an hour, or the upload expiry when that is shorter. A live one lives for milliseconds.
STRAY_SECONDS = 3600.0


async def _sweep_uploads(services: Services) -> None:
    """Remove expired incomplete uploads now and then (hourly; sooner when the expiry is shorter),
    and forget stale failed-login counts; remove stray temporary files of whole-file uploads at
    start and at every sweep."""
    from starlette.concurrency import run_in_threadpool

    interval = max(1.0, min(3600.0, services.settings.upload_expiry_seconds / 2))
    stray_age = min(STRAY_SECONDS, float(services.settings.upload_expiry_seconds))
    while True:
        try:
            strays = await run_in_threadpool(services.storage.sweep_strays, stray_age)
        except Exception:  # noqa: BLE001 - retried at the next sweep; uploads keep working meanwhile
            log.exception("sweeping stray upload files failed")
        else:
            if strays:
                log.info("removed %d stray temporary upload file(s) older than %.0f s", strays, stray_age)
        await asyncio.sleep(interval)
        try:
            removed = await run_in_threadpool(uploads.expire_uploads, services)
        except Exception:  # noqa: BLE001 - a failed sweep is retried at the next one; the server keeps serving
            log.exception("upload expiry sweep failed")
            continue
        if removed:
            log.info("removed %d expired incomplete upload(s)", removed)
        try:
            await run_in_threadpool(services.throttle.prune)
        except Exception:  # noqa: BLE001 - retried at the next sweep; logins keep working meanwhile
            log.exception("pruning the login throttle table failed")


def without_native_telemetry() -> dict:
    """FastAPI's own OpenTelemetry off (FastAPI 0.16x has it on by default: every request asked the
    global tracer, meter and logger providers whether one is configured -- ~1 % of the server's CPU
    in the day's mix). The server has its own metrics (``/metrics``) and emits no OpenTelemetry.
    An older FastAPI has no such option, nor the cost."""
    if "telemetry" not in inspect.signature(FastAPI.__init__).parameters:
        return {}
    return {"telemetry": {"tracing": False, "metrics": False, "logs": False, "operation_spans": False}}


def create_app(services: Services) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI):
        notifier = services.notifier
        notifier.bind(asyncio.get_running_loop())
        limit_framework_threads()
        if not services.db.is_sqlite:
            notifier.bridge = PgNotifyBridge.for_engine(services.db.engine, notifier.wake_all,
                                                        services.tokens.clear)
            notifier.bridge.start()
        sweeper = asyncio.create_task(_sweep_uploads(services))
        yield
        sweeper.cancel()
        if notifier.bridge is not None:
            await asyncio.get_running_loop().run_in_executor(None, notifier.bridge.stop)
            notifier.bridge = None
        services.metrics.process_exited()
        services.db.dispose()

    docs = services.settings.api_docs
    app = FastAPI(
        title="Docflow circulation server",
        version=PROTOCOL_VERSION,
        description="Reference implementation of the Docflow circulation protocol v1 (docs/protocol.md).",
        lifespan=lifespan,
        # The API description pages are a setting (--api-docs; on with --demo), off by default.
        docs_url="/docs" if docs else None,
        redoc_url="/redoc" if docs else None,
        openapi_url="/openapi.json" if docs else None,
        **without_native_telemetry(),
    )
    app.state.services = services
    install_handlers(app)
    for module in (directory, auth, ops, changes, uploads, files, numbers, fileplan, releases, operations):
        app.include_router(module.router)
    # The one middleware: metrics, request ids, gzip, Tus-Resumable, body timeouts, the JSON edge and
    # the fast paths in one pass (edge.py), inside the framework's error handling.
    app.add_middleware(Edge, services=services, metrics=services.metrics, routes=app.router.routes)
    return app


def openapi_for_docs() -> dict:
    """The OpenAPI document, independent of settings (used to write docs/openapi.json)."""
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        services = build_services(Settings(data_dir=Path(tmp)), migrate=False)
        try:
            return create_app(services).openapi()
        finally:
            services.db.dispose()
