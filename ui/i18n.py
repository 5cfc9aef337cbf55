"""Loads the compiled translations (.qm) for the chosen or the system language."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop_app import i18n

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def pick_language(setting: str) -> str:
    """The language from settings, else the system locale's, else English."""
    if setting in i18n.SUPPORTED_LANGUAGES:
        return setting
    sys_lang = QLocale.system().name().split("_")[0]
    return sys_lang if sys_lang in i18n.SUPPORTED_LANGUAGES else "en"


def install(app: QApplication, language: str) -> list[QTranslator]:
    """Install Docflow's and Qt's own translators for ``language``; the core follows too."""
    i18n.set_language(language)
    installed = []
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"docflow_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
