"""Help in the main window: the user guide (F1), the keyboard shortcuts, and About.

The guide is ``docs/guide/<lang>/index.md`` with screenshots made by ``make screenshots``; it is
shown inside Docflow (a Markdown browser, links between its pages work, no web browser needed),
in the person's language, falling back to English.
"""
from __future__ import annotations

import html
import importlib.metadata as md
import logging
import platform
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
    QStyle, QTextBrowser, QVBoxLayout, QWidget,
)

from desktop_app import i18n
from ui import icons
from ui.widgets import plain_headers

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
#: Where the guide may be: a copy beside the code (bundles), then the source tree's docs/.
GUIDE_DIRS = (ROOT / "resources" / "guide", ROOT / "docs" / "guide")
#: Libraries whose licences About lists (what a bundle ships besides Python and Qt).
COMPONENTS = ("PySide6", "SQLAlchemy", "alembic", "keyring", "pypdf", "requests", "platformdirs", "pyHanko",
              "pyhanko-certvalidator", "Pillow", "numpy", "opencv-python-headless", "pytesseract", "img2pdf", "pikepdf",
              "holidays")



def guide_page(language: str | None = None) -> Path | None:
    """The guide's first page in ``language`` (default: the UI's), else in English; None if absent."""
    for lang in (language or i18n.current_language(), "en"):
        for base in GUIDE_DIRS:
            page = base / lang / "index.md"
            if page.is_file():
                return page
    return None


def version() -> str:
    try:
        return md.version("docflow")
    except md.PackageNotFoundError:
        return "0.0"


def licence_of(dist: str) -> str:
    """A component's licence as its package declares it (short form)."""
    try:
        meta = md.metadata(dist)
    except md.PackageNotFoundError:
        return ""
    lic = (meta.get("License-Expression") or meta.get("License") or "").strip()
    if not lic or len(lic) > 60:
        classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
        lic = ", ".join(classifiers) or (lic.splitlines()[0][:60] if lic else "")
    return lic


class GuideBrowser(QTextBrowser):
    """The guide's pages. A screenshot wider than the pane is drawn at the pane's width: the pictures
    are of a whole 1366-pixel screen, and at their own size the reader scrolled sideways through each."""

    def loadResource(self, kind: int, name: QUrl):  # noqa: ANN201, N802 - Qt's name; an image or what Qt gives
        res = super().loadResource(kind, name)
        if kind != QTextDocument.ResourceType.ImageResource.value or res is None:
            return res
        img = res if isinstance(res, QImage) else QImage.fromData(res)
        room = (self.viewport().width() - 2 * int(self.document().documentMargin()) - 4  # the vertical scroll bar comes
                - self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent))       # with the pictures
        if img.isNull() or room <= 0 or img.width() <= room:
            return res
        return img.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)


class GuideDialog(QDialog):
    """The user guide, with its screenshots; Back/Forward move between its pages."""

    def __init__(self, page: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(QCoreApplication.translate("Help", "Docflow user guide"))
        self.browser = GuideBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setAccessibleName(QCoreApplication.translate("Help", "User guide"))
        self.browser.setOpenExternalLinks(True)
        back = QPushButton(QCoreApplication.translate("Help", "&Back"))
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        home = QPushButton(QCoreApplication.translate("Help", "&Contents"))
        home.clicked.connect(self.browser.home)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addWidget(home)
        row.addStretch(1)
        row.addWidget(buttons)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser, 1)
        lay.addLayout(row)
        self.resize(900, 640)
        lay.activate()  # the pane has its width before the pages (and their pictures) are laid out in it
        self.browser.setSource(QUrl.fromLocalFile(str(page)), QTextDocument.ResourceType.MarkdownResource)


class ShortcutsDialog(QDialog):
    """Every action of the window with its shortcut (generated, so it is never out of date)."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(QCoreApplication.translate("Help", "Keyboard shortcuts"))
        rows = sorted({(a.text().replace("&", ""), a.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
                       for a in actions if not a.shortcut().isEmpty() and a.text()})
        self.table = plain_headers(QTableWidget(len(rows), 2))
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(QCoreApplication.translate("Help", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("Help", "Action"), QCoreApplication.translate("Help", "Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (text, keys) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(text.rstrip("…")))
            self.table.setItem(r, 1, QTableWidgetItem(keys))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)
        self.resize(520, 560)


class AboutDialog(QDialog):
    """Version, the profile in use, and the licences of Docflow and what it is built on."""

    def __init__(self, profile_dir: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(QCoreApplication.translate("Help", "About Docflow"))
        icon = QLabel()
        icon.setPixmap(icons.app_icon().pixmap(64, 64))
        tagline = QCoreApplication.translate("Help", "Document circulation for offices that are offline most of the time.")
        licence = QCoreApplication.translate("Help", "Licence: MIT. Qt {qt} (LGPL v3), Python {py}.").replace(
            "{qt}", qVersion()).replace("{py}", platform.python_version())
        folder = QCoreApplication.translate("Help", "Profile folder: {path}").replace("{path}", profile_dir)
        head = QLabel(f"<h2>Docflow {html.escape(version())}</h2><p>{html.escape(tagline)}</p>"
                      f"<p>{html.escape(licence)}</p><p>{html.escape(folder)}</p>")
        head.setWordWrap(True)
        head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(head, 1)
        self.licences = plain_headers(QTableWidget(0, 3))
        self.licences.setObjectName("licences")
        self.licences.setAccessibleName(QCoreApplication.translate("Help", "Components and their licences"))
        self.licences.setHorizontalHeaderLabels([QCoreApplication.translate("Help", "Component"), QCoreApplication.translate("Help", "Version"), QCoreApplication.translate("Help", "Licence")])
        self.licences.verticalHeader().setVisible(False)
        self.licences.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for dist in COMPONENTS:
            try:
                ver = md.version(dist)
            except md.PackageNotFoundError:
                continue
            r = self.licences.rowCount()
            self.licences.insertRow(r)
            for c, text in enumerate((dist, ver, licence_of(dist) or QCoreApplication.translate("Help", "see the package"))):
                self.licences.setItem(r, c, QTableWidgetItem(text))
        self.licences.resizeColumnsToContents()
        self.licences.horizontalHeader().setStretchLastSection(True)
        about_qt = QPushButton(QCoreApplication.translate("Help", "About &Qt"))
        about_qt.clicked.connect(lambda: QMessageBox.aboutQt(self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(about_qt)
        row.addStretch(1)
        row.addWidget(buttons)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.licences, 1)
        lay.addLayout(row)
        self.resize(620, 520)


class HelpFeature:
    def __init__(self, window):  # noqa: ANN001 - MainWindow
        self.window = window
        self.ui = window.ui
        self.menu = window.menuBar().addMenu(QCoreApplication.translate("Help", "&Help"))
        self.act_guide = self._action("actGuide", QCoreApplication.translate("Help", "User &guide"), QKeySequence.StandardKey.HelpContents, self.open_guide)
        self.act_shortcuts = self._action("actShortcuts", QCoreApplication.translate("Help", "&Keyboard shortcuts"), QKeySequence("Ctrl+F1"),
                                          self.show_shortcuts)
        self.act_log = self._action("actOpenLog", QCoreApplication.translate("Help", "Show the &log folder"), None, self.show_log_folder)
        self.menu.addSeparator()
        self.act_about = self._action("actAbout", QCoreApplication.translate("Help", "&About Docflow"), None, self.about)

    def _action(self, name: str, text: str, shortcut, slot) -> QAction:  # noqa: ANN001
        act = QAction(text, self.window)
        act.setObjectName(name)
        if shortcut is not None:
            act.setShortcut(shortcut)
        act.triggered.connect(slot)
        self.window.addAction(act)
        self.menu.addAction(act)
        return act

    def open_guide(self) -> None:
        page = guide_page()
        if page is None:
            self.ui.dialogs.error(self.window, QCoreApplication.translate("Help", "User guide"), QCoreApplication.translate("Help", "The user guide is not installed with this copy of Docflow."))
            return
        dlg = GuideDialog(page, self.window)
        self.ui.dialogs.run(dlg)

    def show_shortcuts(self) -> None:
        acts = [a for a in self.window.findChildren(QAction)]
        self.ui.dialogs.run(ShortcutsDialog(acts, self.window))

    def show_log_folder(self) -> None:
        from PySide6.QtGui import QDesktopServices

        folder = self.window.ctx.profile.logs_dir
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.ui.dialogs.info(self.window, QCoreApplication.translate("Help", "Log"), QCoreApplication.translate("Help", "The log is in {path}").replace("{path}", str(folder)))

    def about(self) -> None:
        self.ui.dialogs.run(AboutDialog(str(self.window.ctx.profile.root), self.window))


def install(window) -> HelpFeature:  # noqa: ANN001
    window.help = HelpFeature(window)
    return window.help

