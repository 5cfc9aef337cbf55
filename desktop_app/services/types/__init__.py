"""Everything the services return (frozen dataclasses, plain values): the UI and the CLI see only
these, never ORM rows. One module per area, all importable from here::

    from desktop_app.services.types import DocumentDetail, RouteTimeline, SyncStatus

``activity``, ``documents`` (and ``to_plain``, ``CurrentUser``), ``routing``, ``signing``, ``sync``, ``updates``; ``intake``'s
are imported on first use (they carry intake's option types, whose modules load OpenCV).
"""
from __future__ import annotations

from typing import Any

from desktop_app.services.types.activity import *  # noqa: F401,F403
from desktop_app.services.types.activity import __all__ as _activity
from desktop_app.services.types.documents import *  # noqa: F401,F403
from desktop_app.services.types.documents import __all__ as _documents
from desktop_app.services.types.routing import *  # noqa: F401,F403
from desktop_app.services.types.routing import __all__ as _routing
from desktop_app.services.types.signing import *  # noqa: F401,F403
from desktop_app.services.types.signing import __all__ as _signing
from desktop_app.services.types.sync import *  # noqa: F401,F403
from desktop_app.services.types.sync import __all__ as _sync
from desktop_app.services.types.updates import *  # noqa: F401,F403
from desktop_app.services.types.updates import __all__ as _updates

_INTAKE = ("IntakeSettings", "ScannedDocument", "OcrOutcome")

__all__ = [*_activity, *_documents, *_routing, *_signing, *_sync, *_updates, *_INTAKE]


def __getattr__(name: str) -> Any:
    if name in _INTAKE:
        from desktop_app.services.types import intake

        return getattr(intake, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
