"""The high-contrast theme (Settings → High contrast): black on white, strong focus and selection.

Applied as a palette plus a small style sheet (``resources/styles/high_contrast.qss``) so every
widget -- Qt's own dialogs included -- follows it. Switching back restores the style's palette.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

STYLES = Path(__file__).resolve().parent.parent / "resources" / "styles"


def high_contrast_palette() -> QPalette:
    p = QPalette()
    black, white = QColor("#000000"), QColor("#ffffff")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, white)
        p.setColor(group, QPalette.ColorRole.WindowText, black)
        p.setColor(group, QPalette.ColorRole.Base, white)
        p.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#f0f0f0"))
        p.setColor(group, QPalette.ColorRole.Text, black)
        p.setColor(group, QPalette.ColorRole.Button, white)
        p.setColor(group, QPalette.ColorRole.ButtonText, black)
        p.setColor(group, QPalette.ColorRole.Highlight, QColor("#00307a"))
        p.setColor(group, QPalette.ColorRole.HighlightedText, white)
        p.setColor(group, QPalette.ColorRole.ToolTipBase, QColor("#ffffe0"))
        p.setColor(group, QPalette.ColorRole.ToolTipText, black)
        p.setColor(group, QPalette.ColorRole.Link, QColor("#0000c0"))
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#404040"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#606060"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#606060"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#606060"))
    return p


def apply(app: QApplication, high_contrast: bool) -> None:
    """Switch the whole application to (or back from) the high-contrast theme."""
    if high_contrast:
        app.setPalette(high_contrast_palette())
        try:
            app.setStyleSheet((STYLES / "high_contrast.qss").read_text("utf-8"))
        except OSError:
            log.warning("high-contrast style sheet missing", exc_info=True)
    else:
        app.setStyleSheet("")
        app.setPalette(app.style().standardPalette())
