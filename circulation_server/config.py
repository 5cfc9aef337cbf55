"""Server settings (one frozen object built at start-up and passed down)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from pathlib import Path

from docflow_protocol import LIMITS


@dataclass(frozen=True)
class Settings:
    """Everything the server needs to run; no module-level globals."""

    data_dir: Path
    db_url: str = ""                      # empty -> SQLite file in data_dir
    host: str = "127.0.0.1"
    port: int = 8765
    token_ttl_seconds: int = LIMITS.token_ttl_seconds
    # How long a token looked up may be answered from memory (deps.TokenCache; revocations empty
    # the cache of every process at once, this bounds it when their notice is lost). 0: no cache.
    token_cache_seconds: float = 60.0
    # A long-poll woken by a change waits this long before it reads, so the rest of a burst of
    # changes (the other pushes of the institution's desks) comes in the same page instead of one
    # wake-up, one feed read and one request per desk each. 0: answer at once.
    feed_gather_seconds: float = 0.15
    # ... growing to this as the process gets busy (gather.py: at most one answer per desk per this
    # long, however many changes its institution makes meanwhile). Equal to the above: fixed.
    feed_gather_max_seconds: float = 1.0
    max_json_body: int = LIMITS.max_json_body
    max_file_size: int = LIMITS.max_file_size
    upload_expiry_seconds: int = LIMITS.upload_expiry_seconds
    sqlite_synchronous: str = "FULL"
    # Half-sent requests: a request head must be complete this long after its first byte (or
    # after the connection opened); a body may pause at most this long between two chunks.
    header_timeout_seconds: float = 20.0
    body_timeout_seconds: float = 60.0
    # /docs, /redoc and /openapi.json: off unless asked (``--api-docs``) or in ``--demo``.
    api_docs: bool = False
    # Reverse proxies whose X-Forwarded-For is believed (comma-separated IPs); empty: none.
    forwarded_allow_ips: str = ""
    # Login throttling (docs/protocol.md §3.1). After ``login_account_failures`` wrong passwords
    # for one user name (``login_address_failures`` from one address) within the window, each
    # further failure blocks that account (address) for twice as long as the one before, from
    # ``login_block_base_seconds`` up to ``login_block_max_seconds``: 429 with Retry-After.
    login_account_failures: int = 5
    login_address_failures: int = 30
    login_window_seconds: int = 60 * 60
    login_block_base_seconds: int = 2
    login_block_max_seconds: int = 15 * 60
    # Password checks (argon2id, ~19 MiB each) running at once on this host; more wait.
    max_password_checks: int = 2
    # Tests only: a file holding the server's "today" (an ISO date) for the calendar rules (the year
    # a number block is leased for); empty: the real date in UTC.
    clock_file: str = ""
    # Worker processes of ``serve`` (PostgreSQL only for more than one). With several, the
    # parent makes a private directory for the host-wide password-check slots.
    workers: int = 1
    password_slots_dir: str = ""
    # Port of a metrics listener of its own (``GET /metrics``, on ``host``), answered by a thread
    # (one process) or by the parent of the workers, however busy they are; 0: none.
    metrics_port: int = 0
    metrics_host: str = ""   # empty: ``host``
    # Logs: "text" lines or "json" lines (one object per line), at this level.
    log_format: str = "text"
    log_level: str = "warning"
    extra: dict = field(default_factory=dict)

    def today(self):  # -> datetime.date
        """The server's calendar date (UTC), or the one in ``clock_file`` when tests set one."""
        import datetime as dt

        if self.clock_file:
            return dt.date.fromisoformat(Path(self.clock_file).read_text().strip()[:10])
        return dt.datetime.now(dt.timezone.utc).date()

    @property
    def database_url(self) -> str:
        if self.db_url:
            return self.db_url
        return f"sqlite:///{(self.data_dir / 'server.sqlite3').as_posix()}"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def to_json(self) -> str:
        """The settings as JSON (handed to worker processes through the environment)."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["data_dir"] = str(self.data_dir)
        return json.dumps(data)

    @classmethod
    def from_json(cls, text: str) -> "Settings":
        data = json.loads(text)
        data["data_dir"] = Path(data["data_dir"])
        return cls(**data)
