"""Entry point of the desktop app: ``docflow-app [--profile DIR] [--lang az|ru|en]``."""
from __future__ import annotations

import argparse
import os
import sys


def has_display() -> bool:
    """False on a Linux/BSD machine with no X11/Wayland screen and no explicit Qt platform."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM"))


def main(argv: list[str] | None = None) -> int:
    from desktop_app.i18n import translate

    parser = argparse.ArgumentParser(prog="docflow-app")
    parser.add_argument("--profile", help=translate("App", "profile folder (default: the user's data folder)"))
    parser.add_argument("--lang", choices=["az", "ru", "en"], help=translate("App", "interface language"))
    parser.add_argument("--quit-after", type=float, default=0, help=argparse.SUPPRESS)  # smoke tests
    args = parser.parse_args(argv)
    if not has_display():
        print(translate("App", "docflow-app: no display found (DISPLAY/WAYLAND_DISPLAY are not set); "
                               "to run without a screen use: QT_QPA_PLATFORM=offscreen make run"), file=sys.stderr)
        return 2

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.errors import DocflowError
    from desktop_app.services.context import AppContext
    from ui import i18n as ui_i18n
    from ui.context import UiContext
    from ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Docflow")
    app.setOrganizationName("Docflow")
    try:
        ctx = AppContext.open(args.profile)
    except (DocflowError, OSError) as exc:
        print(f"docflow-app: {exc}", file=sys.stderr)
        return 2
    ui_i18n.install(app, ui_i18n.pick_language(args.lang or ctx.settings.get("language") or ""))
    ui = UiContext.create(ctx)
    window = MainWindow(ui)
    window.show()
    # Signatures made offline complete themselves (B-B -> B-LT) in the background; started after
    # the window is up so that loading the signing stack never delays start-up.
    QTimer.singleShot(1500, lambda: ui.tasks.run(lambda _t: ctx.signing.background().start()))
    if args.quit_after:
        QTimer.singleShot(int(args.quit_after * 1000), window.close)
    rc = app.exec()
    if "signing" in vars(ctx):
        ctx.signing.background().stop()
    ctx.close()
    return rc


if __name__ == "__main__":
    sys.exit(main())
