"""Docflow's icons: the application icon and the tray's sync-state variants (drawn, no extra files)."""
from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"

#: Colour of the tray's status dot per sync state (see ui/sync_state.py).
STATE_COLOURS = {
    "offline": "#8a8a8a",
    "connecting": "#d39e00",
    "sending": "#1f6fd1",
    "receiving": "#1f6fd1",
    "up_to_date": "#2ea043",
    "needs_attention": "#c62828",
    "not_configured": "#8a8a8a",
}


@functools.lru_cache(maxsize=1)
def app_icon() -> QIcon:
    icon = QIcon(str(ICONS / "docflow.png"))
    return icon if not icon.isNull() else QIcon()


@functools.lru_cache(maxsize=16)
def state_icon(state: str) -> QIcon:
    """The application icon with a coloured dot (and a mark for attention) in its corner."""
    base = QPixmap(str(ICONS / "docflow.png"))
    if base.isNull():
        base = QPixmap(64, 64)
        base.fill(QColor("#1f5ea8"))
    pix = base.scaled(64, 64, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    dot = QRectF(34, 34, 28, 28)
    p.setPen(QPen(QColor("white"), 3))
    p.setBrush(QColor(STATE_COLOURS.get(state, "#8a8a8a")))
    p.drawEllipse(dot)
    if state == "needs_attention":
        p.setPen(QPen(QColor("white"), 4))
        p.drawLine(48, 40, 48, 50)
        p.drawPoint(48, 56)
    p.end()
    return QIcon(pix)
