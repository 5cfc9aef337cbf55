"""Entry point of the desktop app: ``docflow-app [--profile DIR] [--lang az|ru|en] [--self-test] [FILE...]``."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


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
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help=translate("App", "PDF or image files to import (\"Open with Docflow\")"))
    parser.add_argument("--quit-after", type=float, default=0, help=argparse.SUPPRESS)  # smoke tests
    parser.add_argument("--startup-mark", action="store_true", help=argparse.SUPPRESS)  # bench/cold_start.py
    parser.add_argument("--self-test", action="store_true",
                        help=translate("App", "check this installation in a temporary profile, print a report "
                                              "and exit (0 ok, 1 a problem)"))
    parser.add_argument("--show", action="store_true",
                        help=translate("App", "with --self-test: show the report in a window"))
    parser.add_argument("--report", metavar="FILE", help=translate("App", "with --self-test: also write the report to FILE"))
    args = parser.parse_args(argv)
    if args.self_test:
        return _self_test(args)
    if not has_display():
        print(translate("App", "docflow-app: no display found (DISPLAY/WAYLAND_DISPLAY are not set); "
                               "to run without a screen use: QT_QPA_PLATFORM=offscreen make run"), file=sys.stderr)
        return 2

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.errors import DocflowError
    from desktop_app.services.context import AppContext
    from ui import i18n as ui_i18n
    from ui import updates
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
    updates.install(window).start()  # asks the circulation server about newer versions (never downloads)
    if args.files:  # "Open with Docflow" on a file: it becomes a new document, shown once imported
        files = [str(Path(f).resolve()) for f in args.files]
        QTimer.singleShot(0, lambda: window.import_paths(files))
    # Signatures made offline complete themselves (B-B -> B-LT) in the background; started after
    # the window is up so that loading the signing stack never delays start-up.
    QTimer.singleShot(1500, lambda: ui.tasks.run(lambda _t: ctx.signing.background().start()))
    if args.startup_mark:  # the first turn of the event loop: the window is up and answering
        QTimer.singleShot(0, lambda: print("docflow-app: window shown", flush=True))
    if args.quit_after:
        QTimer.singleShot(int(args.quit_after * 1000), window.close)
    rc = app.exec()
    if "signing" in vars(ctx):
        ctx.signing.background().stop()
    ctx.close()
    return rc


def _self_test(args: argparse.Namespace) -> int:
    from desktop_app import selftest

    # The windowed Windows program has no stdout: it shows the report unless it is to go to a file.
    show = args.show or (sys.stdout is None and not args.report)
    if not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen: everything but the screen is still checked
        show = False
    from PySide6.QtWidgets import QApplication

    from ui import i18n as ui_i18n
    from ui import selftest as ui_selftest

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Docflow")
    ui_i18n.install(app, selftest.pick_language(args.lang))
    return ui_selftest.run(app, show=show, report_file=args.report)


if __name__ == "__main__":
    sys.exit(main())
