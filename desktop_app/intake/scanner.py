"""One scanner interface for every platform: options, profiles, devices, results.

A backend (SANE on Linux, TWAIN/WIA on Windows) implements :class:`ScannerBackend`. A scan is
a *batch*: from the flatbed it is one page; from a feeder it runs until the feeder is empty
(or ``max_pages``). Pages arrive one by one through the progress callback; a cancel request
(``threading.Event``) stops after the page in flight. When the device fails part-way, the
pages already scanned are returned in :class:`ScanResult` together with a message.
"""
from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any

from desktop_app.i18n import translate
from desktop_app.errors import IntakeError, ScannerUnavailable  # noqa: F401 - re-exported
from desktop_app.intake.pages import PageImage


class ScanMode(str, Enum):
    BW = "bw"          # black and white (line art, 1 bit)
    GREY = "grey"      # 8-bit grey
    COLOUR = "colour"  # 24-bit colour


class ScanSource(str, Enum):
    FLATBED = "flatbed"
    ADF = "adf"                # document feeder, front side
    ADF_DUPLEX = "adf-duplex"  # document feeder, both sides


# Paper sizes in millimetres (width, height). "max" = the device's whole scan area.
PAGE_SIZES: dict[str, tuple[float, float] | None] = {
    "A4": (210.0, 297.0),
    "A5": (148.0, 210.0),
    "A3": (297.0, 420.0),
    "Letter": (215.9, 279.4),
    "Legal": (215.9, 355.6),
    "max": None,
}


@dataclass(frozen=True)
class ScanOptions:
    """Per-scan settings, independent of the backend."""

    mode: ScanMode = ScanMode.GREY
    resolution: int = 300
    source: ScanSource = ScanSource.FLATBED
    page_size: str = "A4"
    max_pages: int | None = None  # None: flatbed -> 1, feeder -> until empty

    def __post_init__(self) -> None:
        object.__setattr__(self, "mode", ScanMode(self.mode))
        object.__setattr__(self, "source", ScanSource(self.source))
        if self.page_size not in PAGE_SIZES:
            raise IntakeError(translate("Scan", "Unknown page size: {size}").format(size=self.page_size))
        if not 50 <= int(self.resolution) <= 1200:
            raise IntakeError(translate("Scan", "The resolution must be between 50 and 1200 dpi (not {dpi}).").format(
                dpi=self.resolution))
        if self.max_pages is not None and self.max_pages < 1:
            raise IntakeError(translate("Scan", "The page limit must be at least 1."))

    @property
    def is_feeder(self) -> bool:
        return self.source in (ScanSource.ADF, ScanSource.ADF_DUPLEX)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["mode"], d["source"] = self.mode.value, self.source.value
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ScanOptions":
        known = {"mode", "resolution", "source", "page_size", "max_pages"}
        return cls(**{k: v for k, v in d.items() if k in known})


@dataclass(frozen=True)
class ScanProfile:
    """A named set of options the clerk picks from ("Letters B/W 300 dpi duplex")."""

    name: str
    options: ScanOptions = field(default_factory=ScanOptions)
    device_id: str | None = None  # None: whatever device is chosen in the dialog

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "device_id": self.device_id, "options": self.options.to_dict()}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ScanProfile":
        try:
            return cls(str(d["name"]), ScanOptions.from_dict(dict(d.get("options") or {})), d.get("device_id"))
        except (KeyError, TypeError, ValueError) as exc:
            raise IntakeError(translate("Scan", "A saved scan profile is not valid ({reason}).").format(reason=exc)) from exc


_SOURCE_FALLBACKS = {  # a feeder batch stays in the feeder (blank backs are dropped by clean-up)
    ScanSource.ADF_DUPLEX: (ScanSource.ADF_DUPLEX, ScanSource.ADF, ScanSource.FLATBED),
    ScanSource.ADF: (ScanSource.ADF, ScanSource.ADF_DUPLEX, ScanSource.FLATBED),
    ScanSource.FLATBED: (ScanSource.FLATBED, ScanSource.ADF, ScanSource.ADF_DUPLEX),
}


def nearest_source(wanted: ScanSource, offered: frozenset[ScanSource]) -> ScanSource:
    """``wanted`` if the device offers it, else the nearest source it has."""
    return next((s for s in _SOURCE_FALLBACKS[wanted] if s in offered), wanted)


def default_profiles() -> list[ScanProfile]:
    return [
        ScanProfile(translate("Scan", "Letters B/W 300 dpi duplex"),
                    ScanOptions(ScanMode.BW, 300, ScanSource.ADF_DUPLEX)),
        ScanProfile(translate("Scan", "Letters B/W 300 dpi feeder"), ScanOptions(ScanMode.BW, 300, ScanSource.ADF)),
        ScanProfile(translate("Scan", "Grey 200 dpi flatbed"), ScanOptions(ScanMode.GREY, 200, ScanSource.FLATBED)),
        ScanProfile(translate("Scan", "Colour 200 dpi flatbed"), ScanOptions(ScanMode.COLOUR, 200, ScanSource.FLATBED)),
    ]


def profiles_to_settings(profiles: list[ScanProfile]) -> list[dict[str, Any]]:
    """Plain JSON-able list for the settings file."""
    return [p.to_dict() for p in profiles]


def profiles_from_settings(value: Any) -> list[ScanProfile]:
    """Profiles stored in settings; the defaults when none are stored."""
    if not value:
        return default_profiles()
    return [ScanProfile.from_dict(d) for d in value]


@dataclass(frozen=True)
class ScannerDevice:
    id: str
    vendor: str
    model: str
    kind: str
    backend: str

    @property
    def label(self) -> str:
        return f"{self.vendor} {self.model} ({self.id})"


@dataclass(frozen=True)
class ScanProgress:
    """Reported after each page arrives."""

    pages_done: int
    page: PageImage
    text: str


@dataclass
class ScanResult:
    """What a batch produced. ``error`` is set when the device failed; ``pages`` are still good."""

    pages: list[PageImage] = field(default_factory=list)
    cancelled: bool = False
    error: str | None = None
    scanned: int = 0          # pages that arrived (also those not kept)
    keep: bool = True         # False: pages go to the progress callback only, ``pages`` stays empty

    @property
    def ok(self) -> bool:
        return self.error is None

    def add(self, page: PageImage) -> int:
        """Count a page that arrived (and keep it unless the caller takes them as they come); the
        page number."""
        self.scanned += 1
        if self.keep:
            self.pages.append(page)
        return self.scanned


ProgressCallback = Callable[[ScanProgress], None]


class ScannerBackend(ABC):
    """A way of talking to scanners on this platform."""

    name: str = "abstract"

    @abstractmethod
    def availability(self) -> tuple[bool, str]:
        """(usable, reason) -- reason is a sentence for the user when not usable."""

    @abstractmethod
    def list_devices(self) -> list[ScannerDevice]:
        """Devices this backend can see now (may take a few seconds for network scanners)."""

    @abstractmethod
    def scan(self, device_id: str, options: ScanOptions, *, cancel: threading.Event | None = None,
             progress: ProgressCallback | None = None, keep_pages: bool = True) -> ScanResult:
        """Scan one batch. Device failures are reported in the result, never by losing pages.

        ``keep_pages=False``: each page is only handed to ``progress`` (which spools it), so a long
        batch is not held in memory until it ends (8.7 MB a grey A4 page at 300 dpi)."""

    def sources(self, device_id: str) -> frozenset[ScanSource]:
        """The paper sources the device offers (all of them where the backend cannot tell)."""
        return frozenset(ScanSource)

    def require_available(self) -> None:
        ok, reason = self.availability()
        if not ok:
            raise ScannerUnavailable(reason)


def platform_backends() -> list[ScannerBackend]:
    """The backends for this platform, best first (unavailable ones included, they say why)."""
    import sys

    from desktop_app.intake.sane import SaneBackend
    from desktop_app.intake.windows import TwainBackend, WiaBackend

    if sys.platform == "win32":
        return [WiaBackend(), TwainBackend()]
    return [SaneBackend()]
