"""What the first-run setup service returns (``desktop_app.services.setup``)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LocalAccount:
    """A user this profile made for itself before the first login, and the work done as them."""

    id: str
    username: str
    display_name: str
    documents: int  # documents whose records name this user
    ops_waiting: int  # changes not yet sent that name this user


@dataclass(frozen=True)
class ServerAccount:
    """A person on the server's staff list (a choice for the carry-over)."""

    id: str
    username: str
    display_name: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class CarryOver:
    """What mapping one local user to a server account changed."""

    local_username: str
    server_username: str
    documents: tuple[str, ...]
    ops_rewritten: int


@dataclass(frozen=True)
class SetupState:
    """Where the first-run setup stands (what the wizard and the menus show)."""

    done: bool  # the wizard was finished or skipped
    server_configured: bool
    logged_in_once: bool  # a staff list came from the server
    carry_over_needed: bool  # local work waits for the person to name their server account


__all__ = ["LocalAccount", "ServerAccount", "CarryOver", "SetupState"]
