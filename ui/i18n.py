"""The person's language for the whole window: Docflow's words, Qt's own words, and the locale.

``install(app, "az")`` loads ``docflow_az.qm`` (our strings), ``qtbase_az.qm`` (our translation of
the Qt strings Docflow shows: OK/Cancel, the file dialog, text-field menus -- Qt ships none for
Azerbaijani), and makes ``QLocale("az_AZ")`` the default, so calendars, month and day names,
numbers and the collation of ``QCollator`` follow the language. The core follows too.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop_app import i18n

log = logging.getLogger(__name__)

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
LOCALES = {"az": "az_Latn_AZ", "ru": "ru_RU", "en": "en_GB"}
#: Dates in forms and tables: the office's own pattern, whatever the computer's locale says.
DATE_FORMAT = "dd.MM.yyyy"


def pick_language(setting: str) -> str:
    """The language from settings, else the system locale's, else English."""
    if setting in i18n.SUPPORTED_LANGUAGES:
        return setting
    sys_lang = QLocale.system().name().split("_")[0]
    return sys_lang if sys_lang in i18n.SUPPORTED_LANGUAGES else "en"


#: POSIX locale names for the process (Qt's system locale: file-dialog dates, number fields).
POSIX_LOCALES = {"az": "az_AZ.UTF-8", "ru": "ru_RU.UTF-8", "en": "en_GB.UTF-8"}


def prepare_process_locale(language: str) -> None:
    """Before Qt starts: make the *system* locale Qt reads on Linux follow the chosen language too
    (Qt's own file dialog formats dates with it -- "27 11 2026" under the C locale)."""
    import os
    import sys

    if sys.platform.startswith("linux") and language in POSIX_LOCALES:
        for category in ("LC_TIME", "LC_NUMERIC", "LC_MESSAGES"):
            os.environ[category] = POSIX_LOCALES[language]
        os.environ.pop("LC_ALL", None)


def locale_for(language: str) -> QLocale:
    return QLocale(LOCALES.get(language, "en_GB"))


def install(app: QApplication, language: str) -> list[QTranslator]:
    """Install Docflow's and Qt's translators and the locale for ``language``; the core follows too."""
    i18n.set_language(language)
    QLocale.setDefault(locale_for(language))
    installed = []
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"docflow_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    elif language != "en":
        log.warning("no compiled translation docflow_%s.qm in %s", language, TRANSLATIONS)
    if language != "en":
        qt = QTranslator(app)
        # Ours first (complete for what Docflow shows), Qt's own catalogue as the fallback.
        if qt.load(str(TRANSLATIONS / f"qtbase_{language}.qm")) or qt.load(
                f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            installed.append(qt)
        else:
            log.warning("no translation of Qt's own strings for %s", language)
    return installed


def uninstall(app: QApplication, installed: list[QTranslator]) -> None:
    for tr in installed:
        app.removeTranslator(tr)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    i18n.set_language("en")
