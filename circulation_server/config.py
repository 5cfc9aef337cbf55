"""Server settings (one frozen object built at start-up and passed down)."""
from __future__ import annotations

from dataclasses import dataclass, field
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
    max_json_body: int = LIMITS.max_json_body
    max_file_size: int = LIMITS.max_file_size
    upload_expiry_seconds: int = LIMITS.upload_expiry_seconds
    sqlite_synchronous: str = "FULL"
    extra: dict = field(default_factory=dict)

    @property
    def database_url(self) -> str:
        if self.db_url:
            return self.db_url
        return f"sqlite:///{(self.data_dir / 'server.sqlite3').as_posix()}"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")
