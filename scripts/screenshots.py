"""Take the user guide's screenshots from the real program: ``make screenshots``.

Runs the real window (under Xvfb: ``xvfb-run -a -s "-screen 0 1366x768x24"``) on demo profiles
against the reference server started with ``docflow-server --demo`` behind TLS (a throw-away CA),
a private Secret Service for the login token, and the test PKI for the signature. The office's day
is played through the window -- log in, import the post, register a letter, synchronise, write a
resolution, sign a reply with a visible stamp, complete the signature -- in Azerbaijani, Russian and
English, and each screen is saved into ``docs/guide/<lang>/images/``. Nothing is faked: what the
pictures show is what the program shows.
"""
from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LETTERS = {
    "az": [("Su təchizatının bərpası haqqında", "Səhiyyə Nazirliyi", "SN-12/4411"),
           ("Məktəb binasının təmiri barədə sorğu", "Təhsil Nazirliyi", "TN-3/208"),
           ("Vətəndaş müraciəti: küçə işıqlandırması", "Məmmədov Əli Həsən oğlu", "")],
    "ru": [("О восстановлении водоснабжения", "Министерство здравоохранения", "МЗ-12/4411"),
           ("Запрос о ремонте здания школы", "Министерство образования", "МО-3/208"),
           ("Обращение гражданина: уличное освещение", "Мамедов Али", "")],
    "en": [("Restoring the water supply", "Ministry of Health", "MH-12/4411"),
           ("Request to repair the school building", "Ministry of Education", "ME-3/208"),
           ("Citizen's appeal: street lighting", "Ali Mammadov", "")],
}
RESOLUTION = {"az": "Araşdırıb 5 iş günü ərzində cavab layihəsini hazırlayın.",
              "ru": "Изучить и в течение 5 рабочих дней подготовить проект ответа.",
              "en": "Look into it and draft the reply within 5 working days."}
REPLY = {"az": "Su təchizatı üzrə cavab məktubu", "ru": "Ответ по водоснабжению", "en": "Reply on the water supply"}


def letter_pdf(subject: str, sender: str, body_lines: int = 14) -> bytes:
    """A letter as a scanner gives it: one A4 page image with real (Unicode) text."""
    import img2pdf
    from PIL import Image, ImageDraw, ImageFont

    font_path = next((p for p in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                                  "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf") if Path(p).exists()), None)
    big = ImageFont.truetype(font_path, 40) if font_path else ImageFont.load_default()
    small = ImageFont.truetype(font_path, 28) if font_path else ImageFont.load_default()
    img = Image.new("L", (1240, 1754), 255)
    d = ImageDraw.Draw(img)
    d.text((120, 110), sender, font=big, fill=0)
    d.line((120, 175, 1120, 175), fill=0, width=3)
    d.text((120, 260), subject, font=big, fill=0)
    for i in range(body_lines):
        d.text((120, 380 + i * 52), ("Lorem ipsum dolor sit amet, consectetur adipiscing elit " * 2)[: 48 + (i * 7) % 20],
               font=small, fill=40)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return img2pdf.convert(buf.getvalue(), layout_fun=img2pdf.get_layout_fun((img2pdf.mm_to_pt(210), img2pdf.mm_to_pt(297))))


class Shots:
    """Scripted dialogs that also take the pictures (the window's DialogService)."""

    def __init__(self, app, out: Path):
        from ui.dialogs import DialogService

        class Service(DialogService):
            actions: list = []
            shots = self

            def run(self, dialog):  # noqa: ANN001
                action = self.actions.pop(0)
                dialog.show()
                self.shots.settle()
                name = action(dialog)
                self.shots.settle()
                if name:
                    self.shots.save(dialog, name)
                if name is False:
                    dialog.reject()
                    return False
                dialog.accept()
                self.shots.settle()
                return True

            def info(self, parent, title, text):  # noqa: ANN001
                print(f"  info: {title}: {text}")

            def error(self, parent, title, text, details=""):  # noqa: ANN001
                raise SystemExit(f"the window showed an error: {title}: {text}\n{details}")

        self.app, self.out = app, out
        self.service = Service()
        self.ui = None

    def settle(self, seconds: float = 0.3) -> None:
        end = time.monotonic() + 60
        while time.monotonic() < end:
            self.app.processEvents()
            if self.ui is None or not self.ui.tasks.busy():
                break
            time.sleep(0.02)
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.02)

    def save(self, widget, name: str) -> None:  # noqa: ANN001
        self.out.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(self.out / f"{name}.png"))
        print(f"  {self.out.relative_to(ROOT)}/{name}.png")


def select(window, doc_id: str, shots: Shots, queue: str = "all") -> None:  # noqa: ANN001
    for i in range(window.queues.count()):
        if window.queues.item(i).data(0x0100) == queue:
            window.queues.setCurrentRow(i)
    shots.settle()
    window.refresh(keep=doc_id)
    shots.settle()


def open_desk(root: Path, server_url: str, ca_pem: Path, ws: str, user: str, lang: str, shots: Shots, keyring_backend,
              login_shot: bool = False):  # noqa: ANN001
    from desktop_app.services.context import AppContext
    from desktop_app.sync.credentials import CredentialStore
    from desktop_app.sync.engine import SyncEngine
    from ui.context import UiContext
    from ui.main_window import MainWindow

    ctx = AppContext.open(root)
    ctx.settings.set("language", lang)
    ctx.__dict__["sync"] = SyncEngine(ctx, CredentialStore(keyring_backend))
    ui = UiContext.create(ctx, shots.service)
    shots.ui = ui
    w = MainWindow(ui)
    w.show()
    w.resize(1366, 728)  # the office laptop's screen less its panel (Xvfb has no window manager to maximise)
    shots.settle(0.5)

    def fill_login(dlg):  # noqa: ANN001, ANN202
        dlg.server.setText(server_url)
        dlg.workstation.setText(ws)
        dlg.ca_bundle.setText(str(ca_pem))
        dlg.username.setText(user)
        dlg.password.setText(f"demo-{user}")
        return "login" if login_shot else None

    shots.service.actions.append(fill_login)
    w.sync_feature.login()
    shots.settle(1.0)
    return ctx, ui, w


def day(lang: str, work: Path, server, ca, pki, keyring_backend, app) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    from desktop_app.signing import SignOptions  # noqa: F401 - the signing stack, loaded before the window needs it
    from ui import i18n as ui_i18n

    out = ROOT / "docs" / "guide" / lang / "images"
    shots = Shots(app, out)
    installed = ui_i18n.install(QApplication.instance(), lang)
    try:
        # ---- the secretary's desk: an empty inbox, the login, the morning post, a registration
        ctx, ui, w = open_desk(work / f"{lang}-clerk", server.url, ca.ca_pem, "ws-a-1", "clerk", lang, shots,
                               keyring_backend, login_shot=True)
        letters = LETTERS[lang]
        paths = []
        for i, (subject, sender, _their) in enumerate(letters):
            p = work / f"{lang}-letter{i}.pdf"
            p.write_bytes(letter_pdf(subject, sender))
            paths.append(str(p))
        w.import_paths(paths)
        shots.settle(1.0)
        rows = {r.subject: r.id for r in ctx.documents.list_documents(__import__(
            "desktop_app.services.types", fromlist=["DocumentQuery"]).DocumentQuery(queue="all", limit=50)).rows}
        ids = [rows[Path(p).stem] for p in paths]
        for i, (subject, sender, their) in enumerate(letters):
            select(w, ids[i], shots)

            def fill(dlg, subject=subject, sender=sender, their=their, first=(i == 0)):  # noqa: ANN001, ANN202
                dlg.subject.setText(subject)
                dlg.correspondent.setText(sender)
                dlg.corr_number.setText(their)
                if their:
                    dlg.has_corr_date.setChecked(True)
                return "register" if first else None

            shots.service.actions.append(fill)
            w.window_actions.register_selected()
            shots.settle()
        w.sync_feature.sync_now()
        shots.settle(2.0)
        select(w, ids[0], shots, "inbox")
        w.detail.tabs.setCurrentIndex(0)
        shots.settle(1.0)
        shots.save(w, "main")
        ui.close()
        w.close()
        ctx.close()

        # ---- the head's desk: the letters arrive, a resolution, a signed reply
        ctx, ui, w = open_desk(work / f"{lang}-head", server.url, ca.ca_pem, "ws-a-2", "head", lang, shots, keyring_backend)
        bundle = work / "roots.pem"
        bundle.write_bytes(pki.trust_roots_pem())
        ctx.settings.set("trust_bundle", str(bundle))
        ctx.settings.set("tsa_url", pki.tsa_url)
        w.sync_feature.sync_now()
        shots.settle(2.0)
        for i in range(w.queues.count()):  # the inbox as the head finds it in the morning
            if w.queues.item(i).data(0x0100) == "inbox":
                w.queues.setCurrentRow(i)
        shots.settle()
        select(w, ids[0], shots, "inbox")

        def resolution(dlg):  # noqa: ANN001, ANN202
            staff = w.ctx.routing.staff()
            executor = next((m for m in staff if "executor" in m.roles), staff[0])
            dlg.choose_executor(executor.id)
            dlg.days.setValue(5)
            dlg.text.setPlainText(RESOLUTION[lang])
            return "resolution"

        shots.service.actions.append(resolution)
        w.routing.write_resolution()
        shots.settle(1.0)
        select(w, ids[0], shots)
        w.detail.tabs.setCurrentIndex(w.detail.tabs.indexOf(w.routing.route_panel))
        shots.settle(1.0)
        shots.save(w, "route")

        reply = work / f"{lang}-reply.pdf"
        reply.write_bytes(letter_pdf(REPLY[lang], "Nümunə Bələdiyyəsi A"))
        row = ctx.documents.import_files([str(reply)], kind="outgoing").imported[0]
        shots.settle()
        select(w, row.id, shots)
        p12 = work / "head.p12"
        from tests.signing.conftest import P12_PASSPHRASE

        p12.write_bytes(pki.pkcs12("signer-ec", P12_PASSPHRASE.encode()))

        def sign(dlg):  # noqa: ANN001, ANN202
            dlg.use_file.setChecked(True)
            dlg.p12_path.setText(str(p12))
            dlg.passphrase.setText(P12_PASSPHRASE)
            dlg.stamp.setChecked(True)
            dlg.position.setCurrentIndex(dlg.position.findData("bottom-right"))
            return "sign"

        shots.service.actions.append(sign)
        w.signing.sign_selected()
        shots.settle(3.0)
        select(w, row.id, shots)
        w.signing.panel.upgrade_now()  # online: timestamp and validation data now
        shots.settle(3.0)
        select(w, row.id, shots)
        w.detail.tabs.setCurrentIndex(w.detail.tabs.indexOf(w.signing.panel))
        shots.settle(2.0)
        shots.save(w, "signatures")
        w.detail.tabs.setCurrentIndex(0)
        w.notify.dock.show()
        w.notify.dock.raise_()
        w.notify.refresh_view()
        shots.settle(1.0)
        shots.save(w, "activity")

        shots.service.actions.append(lambda dlg: "sync-details")
        w.sync_feature.show_details()
        shots.settle()
        from ui.settings_dialog import SettingsDialog

        def settings(dlg):  # noqa: ANN001, ANN202
            dlg.language.setCurrentIndex(dlg.language.findData(lang))
            return "settings"

        shots.service.actions.append(settings)
        shots.service.run(SettingsDialog(ctx.settings, w))
        ui.close()
        w.close()
        ctx.close()

        # ---- a fresh desk: what an empty inbox says
        from desktop_app.services.context import AppContext
        from tests.qt_helpers import ScriptedDialogs
        from ui.context import UiContext
        from ui.main_window import MainWindow

        ctx = AppContext.open(work / f"{lang}-fresh")
        ui = UiContext.create(ctx, ScriptedDialogs())
        shots.ui = ui
        w = MainWindow(ui)
        w.show()
        w.resize(1366, 728)
        shots.settle(1.0)
        shots.save(w, "empty")
        ui.close()
        w.close()
        ctx.close()
    finally:
        ui_i18n.uninstall(QApplication.instance(), installed)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", action="append", choices=["az", "ru", "en"], help="only these languages")
    args = ap.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        print("screenshots: run under Xvfb: xvfb-run -a -s '-screen 0 1366x768x24' ...", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    from tests.signing.testpki import TestPKI
    from tests.tools import secretservice
    from tests.tools.testca import make_test_ca
    from tests.tools.tls_server import start_tls_server

    with tempfile.TemporaryDirectory(prefix="docflow-screens-") as tmp:
        work = Path(tmp)
        secrets = secretservice.SecretServiceSession.start()
        secrets.apply()
        pki = TestPKI()
        pki.start()
        servers = []
        try:
            from keyring.backends.SecretService import Keyring
            from PySide6.QtWidgets import QApplication

            from ui import i18n as ui_i18n

            ui_i18n.prepare_process_locale((args.lang or ["az"])[0])
            app = QApplication(sys.argv[:1])
            ca = make_test_ca(work / "pki")
            for lang in args.lang or ["az", "ru", "en"]:
                print(f"{lang}:")
                server = start_tls_server(work / f"server-{lang}", ca)  # docflow-server serve --demo, behind TLS
                servers.append(server)
                day(lang, work / lang, server, ca, pki, Keyring(), app)
        finally:
            for s in servers:
                s.stop()
            pki.stop()
            secrets.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
