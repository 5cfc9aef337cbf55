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
class RoleGap:
    """Work done as a local user that the chosen server account's roles do not allow: the server would
    refuse it. Shown BEFORE the carry-over (wizard and ``docflow setup carry-over``)."""

    local_username: str
    server_username: str
    server_display_name: str
    needed_roles: tuple[str, ...]  # any one of them would do
    changes: tuple[tuple[str, int], ...]  # (op type, how many waiting)
    message: str  # the warning, in a sentence


@dataclass(frozen=True)
class SetupState:
    """Where the first-run setup stands (what the wizard and the menus show)."""

    done: bool  # the wizard was finished or skipped
    server_configured: bool
    logged_in_once: bool  # a staff list came from the server
    carry_over_needed: bool  # local work waits for the person to name their server account



@dataclass(frozen=True)
class OfficeSummary:
    """What this desk knows about its institution (from the server after a login)."""

    institution: str
    registry_code: str
    from_server: bool
    username: str
    display_name: str
    roles: tuple[str, ...]
    staff: int
    journals: tuple[str, ...]  # "IN — Incoming", ...
    trust_configured: bool
    tsa_url: str


@dataclass(frozen=True)
class ScanCheck:
    """The result of a test scan (nothing is kept)."""

    pages: int
    width_px: int
    height_px: int
    dpi: int


@dataclass(frozen=True)
class IdentityCheck:
    """A signing identity opened with its PIN or passphrase -- nothing signed."""

    subject: str
    issuer: str
    valid_from: str
    valid_to: str
    expired: bool


__all__ = ["LocalAccount", "ServerAccount", "CarryOver", "RoleGap", "SetupState", "OfficeSummary", "ScanCheck", "IdentityCheck"]
