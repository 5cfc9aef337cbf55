"""What the update service returns."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UpdateCheck:
    """What the server said. ``state``: ``no-server`` (none configured), ``up-to-date``,
    ``available`` (``version``/``notes``/``download_url`` describe it) or ``failed`` (``message``)."""

    state: str
    current: str
    version: str = ""
    published: str = ""
    notes: str = ""
    download_url: str = ""
    message: str = ""

    @property
    def available(self) -> bool:
        return self.state == "available"


__all__ = ["UpdateCheck"]
