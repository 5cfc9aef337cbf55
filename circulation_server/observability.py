"""Operations view of the server: Prometheus metrics, per-request SQL statement counts, access
log lines, and structured (JSON) logs.

* ``GET /metrics`` (Prometheus text format): requests by route and status, their duration, the SQL
  statements they ran, ops decided by type and outcome, long-polls waiting, upload bytes, logins.
  With several worker processes every worker writes its numbers to files in a shared directory
  (``PROMETHEUS_MULTIPROC_DIR``, made by ``docflow-server serve --workers N``) and any of them
  answers for all (prometheus_client's multiprocess mode).
* Each request counts the SQL statements it causes (an engine event, on every thread the request
  uses): ``docflow_db_statements_total{route=...}``, and ``db_statements`` in its access-log line.
  Tests use it to prove that a feed page costs the same few queries whatever it holds. Committed
  write transactions are counted the same way (``docflow_db_write_transactions_total``,
  ``db_writes``): a push is one, however many ops it holds.
* ``--log-format json`` writes one JSON object per line (time, level, logger, message, process,
  and for access lines method, route, status, duration, request id). No header values, bodies or
  query strings are logged, so no token or password can reach a log.
"""
from __future__ import annotations

import contextvars
import datetime as dt
import json
import logging
import os
from typing import Optional

from prometheus_client import (
    CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest, multiprocess, start_http_server,
)
from sqlalchemy import event
from starlette.routing import Match
from starlette.types import Scope

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
access_log = logging.getLogger("circulation_server.access")


class Tally:
    """Statements and write transactions run on behalf of one request (shared by the threads
    that serve it)."""

    __slots__ = ("statements", "writes")

    def __init__(self) -> None:
        self.statements = 0
        self.writes = 0


#: The tally of the request being answered (set by ``edge.Edge``; worker threads get it with the context).
REQUEST_TALLY: contextvars.ContextVar[Optional[Tally]] = contextvars.ContextVar("docflow_request_tally", default=None)


class Metrics:
    """The server's metrics, in a registry of their own (one per application context)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter("docflow_http_requests", "HTTP requests answered.",
                                ["method", "route", "status"], registry=r)
        self.duration = Histogram("docflow_http_request_duration_seconds", "Time to answer a request.",
                                  ["method", "route"], registry=r,
                                  buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60))
        self.statements = Counter("docflow_db_statements", "SQL statements run while answering requests.",
                                  ["method", "route"], registry=r)
        self.writes = Counter("docflow_db_write_transactions", "Write transactions committed while answering "
                              "requests.", ["method", "route"], registry=r)
        self.ops = Counter("docflow_ops", "Operations decided (replays not counted).", ["type", "status"],
                           registry=r)
        self.long_polls = Gauge("docflow_long_polls_waiting", "Change-feed requests waiting for a change.",
                                registry=r, multiprocess_mode="livesum")
        self.feed_reads_skipped = Counter("docflow_feed_reads_skipped", "Long-polls at their feed's head that "
                                          "waited without reading it (nothing heard of since the last read).",
                                          registry=r)
        self.feed_tail_answers = Counter("docflow_feed_tail_answers", "Long-polls answered from the changes "
                                         "their commits announced, without reading the feed (feed_tail.py).",
                                         registry=r)
        self.own_wakes = Counter("docflow_feed_own_wakes", "Long-polls that went on waiting, unanswered, when "
                                 "only their own desk's push had changed the feed.", registry=r)
        self.upload_bytes = Counter("docflow_upload_bytes", "File bytes received by tus PATCH.", registry=r)
        self.logins = Counter("docflow_logins", "Login attempts by outcome.", ["outcome"], registry=r)

    def labelled(self, method: str, route: str, status: int) -> tuple:
        """The children of one request's labels: (requests, duration, statements, writes)."""
        return (self.requests.labels(method, route, str(status)), self.duration.labels(method, route),
                self.statements.labels(method, route), self.writes.labels(method, route))

    @staticmethod
    def multiprocess() -> bool:
        return bool(os.environ.get(MULTIPROC_ENV))

    def render(self) -> tuple[bytes, str]:
        """The text exposition of every metric (of all worker processes in multiprocess mode)."""
        if self.multiprocess():
            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)
            return generate_latest(registry), CONTENT_TYPE_LATEST
        return generate_latest(self.registry), CONTENT_TYPE_LATEST

    @staticmethod
    def process_exited() -> None:
        """Drop this process's live gauges (call when a worker shuts down)."""
        if Metrics.multiprocess():
            multiprocess.mark_process_dead(os.getpid())


def start_metrics_listener(host: str, port: int, registry: Optional[CollectorRegistry] = None) -> None:
    """Answer ``GET /metrics`` on ``host:port`` from a daemon thread of this process (prometheus_client's
    own small HTTP server), not from the event loop that serves the API: a worker whose loop is
    saturated takes seconds to reach a request, a thread gets the interpreter within its switch
    interval (5 ms). ``registry``: this process's metrics; None in the workers' parent (multiprocess
    mode: the numbers of every worker, from their files)."""
    if registry is None:
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    start_http_server(port, addr=host, registry=registry)


def count_statements(engine) -> None:
    """Count every SQL statement the engine runs against the request that caused it."""

    @event.listens_for(engine, "before_cursor_execute")
    def _count(_conn, _cursor, _statement, _params, _context, _executemany):  # noqa: ANN001
        tally = REQUEST_TALLY.get()
        if tally is not None:
            tally.statements += 1


def count_write_transaction() -> None:
    """Count a committed write transaction against the request that caused it (``Database.write``)."""
    tally = REQUEST_TALLY.get()
    if tally is not None:
        tally.writes += 1


def route_of(scope: Scope, routes) -> str:
    """The path template of the route that answered (``/v1/uploads/{upload_id}``), never the raw
    path: labels stay few, and ids stay out of the metrics."""
    route = scope.get("route")
    if route is None:  # the edge answered, or the request went nowhere: match here
        route = next((r for r in routes if r.matches(scope)[0] == Match.FULL), None)
    return getattr(route, "path", None) or "unmatched"


def log_access(scope: Scope, method: str, route: str, status: int, elapsed: float, tally: Tally) -> None:
    """The request's access-log line (INFO, logger ``circulation_server.access``), when logged."""
    if access_log.isEnabledFor(logging.INFO):
        rid = next((v for k, v in scope["headers"] if k == b"x-request-id"), b"")
        access_log.info("%s %s %d", method, route, status, extra={
            "method": method, "route": route, "status": status,
            "duration_ms": round(elapsed * 1000, 1), "db_statements": tally.statements,
            "db_writes": tally.writes,
            "request_id": rid[:128].decode("latin-1") or None})


_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC, ISO 8601), level, logger, message, pid, and the
    ``extra`` fields of the record (e.g. an access line's method, route, status)."""

    def format(self, record: logging.LogRecord) -> str:
        out = {"time": dt.datetime.fromtimestamp(record.created, dt.timezone.utc).isoformat(timespec="milliseconds")
                       .replace("+00:00", "Z"),
               "level": record.levelname, "logger": record.name, "message": record.getMessage(),
               "pid": record.process}
        out.update({k: v for k, v in vars(record).items() if k not in _STANDARD and not k.startswith("_")})
        if record.exc_info:
            out["exception"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False, default=str)


def configure_logging(level: str = "warning", fmt: str = "text") -> None:
    """Root logging for the server: plain text lines, or JSON lines (``fmt="json"``), on stderr."""
    handler = logging.StreamHandler()
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
