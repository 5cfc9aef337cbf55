"""Entry point of the desktop app: ``docflow-app [--profile DIR] [--lang az|ru|en] [--verbose] [--self-test] [FILE...]``."""
from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

log = logging.getLogger("docflow.app")


def has_display() -> bool:
    """False on a Linux/BSD machine with no X11/Wayland screen and no explicit Qt platform."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM"))


def _qt_message_handler(mode, context, message) -> None:  # noqa: ANN001
    """Qt's own warnings go to our log (they used to vanish on a user's machine)."""
    from PySide6.QtCore import QtMsgType

    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(mode, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


def start_signature_completion(ctx) -> bool:  # noqa: ANN001 - AppContext
    """Start the background completion of signatures if any waits (a cheap query first)."""
    from sqlalchemy import func, select

    from desktop_app.db.models import Signature
    from desktop_app.signing.states import WAITING_STATES

    with ctx.db.read() as s:
        waiting = s.execute(select(func.count()).select_from(Signature)
                            .where(Signature.upgrade_state.in_(WAITING_STATES))).scalar_one()
    if not waiting:
        return False
    ctx.signing.background().start()
    return True


def main(argv: list[str] | None = None) -> int:
    from desktop_app.i18n import translate

    parser = argparse.ArgumentParser(prog="docflow-app")
    parser.add_argument("--profile", help=translate("App", "profile folder (default: the user's data folder)"))
    parser.add_argument("--lang", choices=["az", "ru", "en"], help=translate("App", "interface language"))
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help=translate("App", "PDF or image files to import (\"Open with Docflow\")"))
    parser.add_argument("--verbose", action="store_true",
                        help=translate("App", "log everything (DEBUG) to the profile's logs/docflow.log and to the terminal"))
    parser.add_argument("--quit-after", type=float, default=0, help=argparse.SUPPRESS)  # smoke tests
    parser.add_argument("--startup-mark", action="store_true", help=argparse.SUPPRESS)  # bench/cold_start.py
    parser.add_argument("--bench-report", default="", help=argparse.SUPPRESS)  # bench/startup.py
    parser.add_argument("--bench-scan", type=int, default=0, help=argparse.SUPPRESS)
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

    from desktop_app import logs
    from desktop_app.config import Profile

    try:
        log_file = logs.setup(Profile.at(args.profile).logs_dir, verbose=args.verbose)
    except OSError as exc:
        print(f"docflow-app: {exc}", file=sys.stderr)
        return 2
    try:
        return _run(args, log_file)
    finally:
        logs.shutdown()


def _run(args: argparse.Namespace, log_file) -> int:  # noqa: ANN001 - Path
    import time

    started = time.perf_counter()
    # The core (SQLAlchemy, the models) before Qt: once PySide6 is loaded, its import hook reads the
    # source of every module imported after it (~0.2 s of start-up for these alone).
    from desktop_app.errors import DocflowError
    from desktop_app.services.context import AppContext

    from PySide6.QtCore import QTimer, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from ui import i18n as ui_i18n
    from ui import theme, updates
    from ui.context import UiContext
    from ui.icons import app_icon
    from ui.main_window import MainWindow
    from ui.tasks import keep_out_of_full_collections

    from desktop_app.config import Profile, Settings

    qInstallMessageHandler(_qt_message_handler)
    early = args.lang or Settings(Profile.at(args.profile).settings_path).get("language") or ""
    ui_i18n.prepare_process_locale(ui_i18n.pick_language(early) if early else "")
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Docflow")
    app.setOrganizationName("Docflow")
    app.setDesktopFileName("docflow")
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(True)
    log.info("starting: profile=%s log=%s", args.profile or "(default)", log_file)
    try:
        ctx = AppContext.open(args.profile)
    except (DocflowError, OSError) as exc:
        log.error("profile could not be opened: %s", exc, exc_info=True)
        print(f"docflow-app: {exc}", file=sys.stderr)
        return 2
    app.docflow_translators = ui_i18n.install(app, ui_i18n.pick_language(args.lang or ctx.settings.get("language") or ""))
    theme.apply(app, bool(ctx.settings.get("high_contrast", False)))
    ui = UiContext.create(ctx)
    if ctx.setup.first_run() and not (args.quit_after or args.bench_report):  # not in timed/scripted runs
        # A new profile: the wizard first (every step skippable; Tools ▸ First-run setup later), so the
        # window is then built in the language chosen on its first page.
        from ui.setup.wizard import SetupWizard

        SetupWizard(ui, None, first_run=True).exec()
    window = MainWindow(ui)  # starts sync by itself when the wizard logged in
    window.show()
    log.info("window shown after %.2f s", time.perf_counter() - started)
    updates.install(window).start()  # asks the circulation server about newer versions (never downloads)
    if args.files:  # "Open with Docflow" on a file: it becomes a new document, shown once imported
        files = [str(Path(f).resolve()) for f in args.files]
        QTimer.singleShot(0, lambda: window.import_paths(files))
    # Signatures made offline complete themselves (B-B -> B-LT) in the background. The signing stack
    # (pyHanko, ~60 MB) is loaded only when a signature waits for it -- or when the person signs
    # (ui/signing starts the job then) -- never just for having the window open.
    QTimer.singleShot(1500, lambda: ui.tasks.run(lambda _t: start_signature_completion(ctx), label="",
                                                 on_failure=lambda exc: log.warning("signature completion not started: %s", exc)))
    # What start-up loaded stays for good: keep it out of the garbage collector's full passes, which
    # hold the GIL (and so the window) for as long as they walk every object.
    QTimer.singleShot(2000, keep_out_of_full_collections)
    if args.startup_mark:  # the first turn of the event loop: the window is up and answering
        QTimer.singleShot(0, lambda: print("docflow-app: window shown", flush=True))
    if args.quit_after:  # scripted runs: quit then, once the work in hand (a file opened with the app) is done
        deadline = time.monotonic() + args.quit_after + 60

        def quit_when_idle() -> None:
            if ui.tasks.busy() and time.monotonic() < deadline:
                QTimer.singleShot(200, quit_when_idle)
            else:
                window.quit()

        QTimer.singleShot(int(args.quit_after * 1000), quit_when_idle)
    if args.bench_report:
        from ui.bench_probe import BenchProbe

        window.bench = BenchProbe(window, args.bench_report, args.bench_scan)
    rc = app.exec()
    if "signing" in vars(ctx):
        ctx.signing.background().stop()
    ctx.close()
    log.info("closed (exit %d)", rc)
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
