"""The main window's layout kept between sessions: its size and position, the splitter between the
queues, the list and the document, and the docks (setting ``window``); on a first start, or when
the saved place is off this screen, a size that fits the screen.

``MainWindow.__init__`` calls :func:`restore` once its features are installed (their docks
exist); ``MainWindow.closeEvent`` calls :func:`save`.
"""
from __future__ import annotations

import base64

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget

#: The size the window asks for on a screen with room for it; smaller screens get their available area.
PREFERRED_SIZE = QSize(1280, 800)


def restore(window) -> None:  # noqa: ANN001 - MainWindow
    """The saved size, position, splitters and docks; else a size that fits this screen."""
    saved = window.ctx.settings.get("window") or {}
    geometry = _bytes(saved.get("geometry"))
    state = _bytes(saved.get("state"))
    splitter = _bytes(saved.get("splitter"))
    if geometry is None or not window.restoreGeometry(geometry) or not _fits_screen(window):
        fit_screen(window)
    if state is not None:
        window.restoreState(state)
    # The document pane is never narrower than its tabs' words (ru needs ~480 px), however the splitter
    # is dragged or was saved: a narrower pane hid "Маршрут" and "Файлы" behind the tab bar's arrows.
    tabs = window.detail.tabs.tabBar().sizeHint().width() + 24
    window.detail.setMinimumWidth(tabs)
    if splitter is None or not window.splitter.restoreState(splitter):
        width = max(window.width(), 900)  # queues, list, document: the list gets the most room (its subject stretches)
        # The queues get what their words need (with room for a 4-digit count), not a fixed share:
        # in ru the rest is what the list's subject column lives on.
        words = max((window.queues.fontMetrics().horizontalAdvance(window.queues.item(i).text() + " (9999)")
                     for i in range(window.queues.count())), default=0)
        queues = max(window.queues.minimumWidth(), min(int(width * 0.13), words + 2 * window.queues.frameWidth() + 12))
        detail = max(int(width * 0.30), tabs)
        window.splitter.setSizes([queues, width - queues - detail, detail])
    if state is None:
        # The docks start low: the document list and its pages are what a person works with.
        docks = [d for d in window.findChildren(QDockWidget) if not d.isFloating()]
        if docks:
            window.resizeDocks(docks, [190] * len(docks), Qt.Orientation.Vertical)


def fit_screen(window) -> None:  # noqa: ANN001 - MainWindow
    """Size and centre the window on its screen (maximised when the screen is smaller than :data:`PREFERRED_SIZE`)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    avail = screen.availableGeometry() if screen is not None else None
    if avail is None or avail.isEmpty():
        window.resize(PREFERRED_SIZE)
        return
    # The frame (title bar, borders) is not part of the size we set: leave room for it.
    frame_w, frame_h = 16, 40
    w = min(PREFERRED_SIZE.width(), avail.width() - frame_w)
    h = min(PREFERRED_SIZE.height(), avail.height() - frame_h)
    window.resize(w, h)
    window.move(avail.x() + max(0, (avail.width() - w - frame_w) // 2), avail.y() + max(0, (avail.height() - h - frame_h) // 2))
    if w < PREFERRED_SIZE.width() or h < PREFERRED_SIZE.height():
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def save(window) -> None:  # noqa: ANN001 - MainWindow
    """Keep the window's geometry, docks and splitter in the settings (``window``)."""
    window.ctx.settings.set("window", {
        "geometry": base64.b64encode(bytes(window.saveGeometry().data())).decode("ascii"),
        "state": base64.b64encode(bytes(window.saveState().data())).decode("ascii"),
        "splitter": base64.b64encode(bytes(window.splitter.saveState().data())).decode("ascii"),
    })


def _fits_screen(window) -> bool:  # noqa: ANN001 - MainWindow
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return True
    return screen.availableGeometry().contains(window.frameGeometry().adjusted(8, 8, -8, -8))


def _bytes(value: object) -> QByteArray | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return QByteArray(base64.b64decode(value))
    except ValueError:
        return None
