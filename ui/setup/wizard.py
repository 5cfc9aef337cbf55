"""The first-run wizard: language, the server (or offline), carrying over work done before the first
login, what the server told about the office, the scanner (test scan), the signing identity (PIN
test that signs nothing). Every page can be skipped ("Skip this step") and the wizard opened again
from Tools ▸ First-run setup. Work runs through ``ui.tasks``; the pages call ``ctx.setup``,
``ctx.sync`` and ``ctx.intake`` only.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication, QButtonGroup, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QRadioButton,
    QVBoxLayout, QWidget, QWizard,
)

from desktop_app import labels
from desktop_app.errors import SyncError
from desktop_app.sync.address import check_server_url, is_test_server
from docflow_protocol import SIGNING_ROLES
from ui.setup.devices import ScannerPage, SigningPage
from ui.setup.page import P_CARRY, P_DONE, P_LANGUAGE, P_OFFICE, P_SCANNER, P_SERVER, P_SIGNING, SetupPage, note
from ui.widgets import wrapping_list

log = logging.getLogger(__name__)

__all__ = ["P_CARRY", "P_DONE", "P_LANGUAGE", "P_OFFICE", "P_SCANNER", "P_SERVER", "P_SIGNING", "ScannerPage",
           "SetupWizard", "SigningPage"]

LANGUAGES = (("", None), ("az", "Azərbaycan dili"), ("ru", "Русский"), ("en", "English"))


class LanguagePage(SetupPage):
    def __init__(self, wizard: "SetupWizard"):
        super().__init__(wizard)
        self.setObjectName("setupLanguage")
        self.language = QComboBox()
        self.language.setObjectName("setupLanguageChoice")
        for code, name in LANGUAGES:
            self.language.addItem(name or "", code)
        i = self.language.findData(self.ui.ctx.settings.get("language") or "")
        self.language.setCurrentIndex(max(0, i))
        self.intro = note("setupLanguageIntro")
        self.form = QFormLayout()
        self.form_label = QLabel()
        self.form_label.setBuddy(self.language)
        self.form.addRow(self.form_label, self.language)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(self.form)
        lay.addWidget(self.status)
        lay.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Docflow"))
        self.setSubTitle(self.tr("A few steps to set up this computer. Skip any of them: each one is also in the menus."))
        self.intro.setText(self.tr("Choose the language of the program."))
        self.form_label.setText(self.tr("&Language"))
        self.language.setItemText(0, self.tr("System language"))
        self.language.setAccessibleName(self.tr("Language"))

    def validatePage(self) -> bool:
        if self.wiz.skipping:
            return True
        lang = self.language.currentData()
        if lang != (self.ui.ctx.settings.get("language") or ""):
            self.ui.ctx.settings.set("language", lang)
            self.wiz.language_changed(lang)
        return True


class ServerPage(SetupPage):
    def __init__(self, wizard: "SetupWizard"):
        super().__init__(wizard)
        self.setObjectName("setupServer")
        s = self.ui.ctx.settings
        self.connect_now, self.offline = QRadioButton(), QRadioButton()
        self.connect_now.setObjectName("setupConnectNow")
        self.offline.setObjectName("setupWorkOffline")
        group = QButtonGroup(self)
        group.addButton(self.connect_now)
        group.addButton(self.offline)
        self.connect_now.setChecked(True)
        self.server = QLineEdit(s.get("server_url") or "")
        self.workstation = QLineEdit(s.get("server_workstation_id") or "")
        self.ca_bundle = QLineEdit(s.get("server_ca_bundle") or "")
        self.username = QLineEdit(s.get("server_username") or "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for name, w in (("setupServerAddress", self.server), ("setupWorkstation", self.workstation),
                        ("setupCaBundle", self.ca_bundle), ("setupUsername", self.username),
                        ("setupPassword", self.password)):
            w.setObjectName(name)
            w.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 40))
        self.test_note = note("setupTestServerNote")
        self.test_note.setStyleSheet("color: #8a5300")
        self.server.textChanged.connect(self._changed)
        self.connect_now.toggled.connect(self._changed)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.row_labels = [QLabel() for _ in range(5)]
        for lbl, w in zip(self.row_labels, (self.server, self.workstation, self.ca_bundle, self.username, self.password)):
            lbl.setBuddy(w)
            self.form.addRow(lbl, w)
        lay = QVBoxLayout(self)
        lay.addWidget(self.connect_now)
        lay.addLayout(self.form)
        lay.addWidget(self.test_note)
        lay.addWidget(self.offline)
        lay.addWidget(self.status)
        lay.addStretch(1)
        self.logged_in = bool(s.get("server_username")) and self.ui.ctx.setup.state().server_configured
        self._changed()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The circulation server"))
        self.setSubTitle(self.tr("Your institution, its people, journals, roles and signature settings come from the server."))
        self.connect_now.setText(self.tr("&Connect to the server now"))
        self.offline.setText(self.tr("Work &offline for now (connect later: Sync ▸ Log in to the server)"))
        for lbl, text in zip(self.row_labels, (self.tr("Server &address"), self.tr("&Workstation id"),
                                               self.tr("&CA bundle"), self.tr("&User name"), self.tr("&Password"))):
            lbl.setText(text)
        self.ca_bundle.setPlaceholderText(self.tr("Institution CA bundle (PEM), optional"))
        self.server.setPlaceholderText(self.tr("https://… (your administrator has it)"))
        self.test_note.setText(self.tr("Test server on this computer: the connection is not encrypted. "
                                       "Use it only to try Docflow out."))

    def _changed(self) -> None:
        on = self.connect_now.isChecked()
        for w in (self.server, self.workstation, self.ca_bundle, self.username, self.password):
            w.setEnabled(on)
        self.test_note.setVisible(on and is_test_server(self.server.text()))

    def validatePage(self) -> bool:
        if self.wiz.skipping or self.offline.isChecked():
            return True
        if self.logged_in and not self.password.text():
            return True  # already logged in (the wizard opened again)
        if self.busy:
            return False
        try:
            check_server_url(self.server.text())
        except SyncError as exc:
            self.status.setStyleSheet("color: #b00020")
            self.status.setText(str(exc))
            return False
        if not self.workstation.text().strip() or not self.username.text().strip() or not self.password.text():
            self.status.setStyleSheet("color: #b00020")
            self.status.setText(self.tr("Enter the workstation id, your user name and password "
                                        "(your administrator has them)."))
            return False
        engine, setup = self.ui.ctx.sync, self.ui.ctx.setup
        server, ws, ca = self.server.text().strip(), self.workstation.text().strip(), self.ca_bundle.text().strip()
        user, password = self.username.text().strip(), self.password.text()
        self.password.clear()

        def work():  # noqa: ANN202
            engine.configure(server, ws, ca_bundle=ca)
            info = engine.login(user, password)
            return info, setup.carry_over_needed()

        def done(result) -> None:  # noqa: ANN001
            info, needed = result
            self.logged_in = True
            self.wiz.carry_over_needed = needed
            text = self.tr("Logged in as {name}.").format(name=info["user"].get("full_name") or user)
            if info.get("session_only"):
                from ui.sync import session_only_notice

                text += " " + session_only_notice()
            self.show_ok(text)
            self.wiz.logged_in = True
            self.wiz.next()

        self.run(work, done, self.tr("Logging in"))
        return False

    def nextId(self) -> int:
        if self.wiz.logged_in and self.wiz.carry_over_needed:
            return P_CARRY
        return P_OFFICE


class CarryOverPage(SetupPage):
    def __init__(self, wizard: "SetupWizard"):
        super().__init__(wizard)
        self.setObjectName("setupCarryOver")
        self.intro = note("setupCarryIntro")
        self.local = wrapping_list(QListWidget())
        self.local.setObjectName("setupLocalWork")
        self.account = QComboBox()
        self.account.setObjectName("setupAccount")
        self.account_label = QLabel()
        self.account_label.setBuddy(self.account)
        row = QHBoxLayout()
        row.addWidget(self.account_label)
        row.addWidget(self.account, 1)
        self.warning = note("setupRoleWarning")  # roles the work needs that the chosen account lacks
        self.warning.setStyleSheet("color: #8a5300")
        self.warning.hide()
        self.account.currentIndexChanged.connect(lambda _i: self._warn())
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.local)
        lay.addLayout(row)
        lay.addWidget(self.warning)
        lay.addWidget(self.status)
        self.accounts: list = []
        self.locals: list = []
        self.gaps: dict = {}  # server account id -> RoleGap list (read with the local work)
        self.done = False

    def retranslate(self) -> None:
        self.setTitle(self.tr("Work done before the first login"))
        self.setSubTitle(self.tr("It was done on this computer before the server knew you. Say once whose it is; "
                                 "it is then sent under that account, and the history records the change."))
        self.intro.setText(self.tr("Local work:"))
        self.account_label.setText(self.tr("&It was my work, as"))
        self.local.setAccessibleName(self.tr("Local work"))
        self.account.setAccessibleName(self.tr("Server account"))

    def initializePage(self) -> None:
        setup = self.ui.ctx.setup

        def show(result) -> None:  # noqa: ANN001
            self.locals, self.accounts, default, self.gaps = result
            self.local.clear()
            for a in self.locals:
                self.local.addItem(self.tr("{name}: {docs} documents, {ops} changes waiting to be sent").format(
                    name=a.display_name or a.username, docs=a.documents, ops=a.ops_waiting))
            self.account.clear()
            for acc in self.accounts:
                roles = ", ".join(labels.role(r) for r in acc.roles)
                self.account.addItem(f"{acc.display_name} ({acc.username}) — {roles}", acc.id)
            target = next(iter(default.values()), None)
            if target is not None:
                self.account.setCurrentIndex(max(0, self.account.findData(target)))
            self._warn()
            self.status.setText("")

        def read():  # noqa: ANN202 - what each choice of account would leave the server to refuse, said before
            mine, accounts = setup.local_accounts(), setup.server_accounts()
            gaps = {acc.id: setup.role_gaps({a.id: acc.id for a in mine}) for acc in accounts}
            return mine, accounts, setup.default_mapping(), gaps

        self.run(read, show, self.tr("Reading the local work"))

    def _warn(self) -> None:
        gaps = self.gaps.get(self.account.currentData()) or []
        self.warning.setText("\n".join(g.message for g in gaps))
        self.warning.setVisible(bool(gaps))

    def validatePage(self) -> bool:
        if self.wiz.skipping or self.done or not self.locals:
            return True
        if self.busy:
            return False
        target = self.account.currentData()
        mapping = {a.id: target for a in self.locals}
        setup = self.ui.ctx.setup

        def done(results) -> None:  # noqa: ANN001
            self.done = True
            n = sum(len(r.documents) for r in results)
            self.show_ok(self.tr("{n} documents carried over; they are sent with the next synchronisation.").format(n=n))
            self.wiz.next()

        self.run(lambda: setup.carry_over(mapping, initiator=self.wiz), done, self.tr("Carrying the work over"))
        return False


class OfficePage(SetupPage):
    def __init__(self, wizard: "SetupWizard"):
        super().__init__(wizard)
        self.setObjectName("setupOffice")
        self.summary = note("setupOfficeSummary")
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.status)
        lay.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your office"))
        self.setSubTitle(self.tr("What the server told this computer. An administrator changes it on the server."))

    def initializePage(self) -> None:
        def show(o) -> None:  # noqa: ANN001
            lines = [self.tr("Institution: {name}").format(name=o.institution + (f" ({o.registry_code})" if o.registry_code else ""))]
            if o.from_server:
                lines.append(self.tr("You: {name} — {roles}").format(
                    name=o.display_name, roles=", ".join(labels.role(r) for r in o.roles)))
                lines.append(self.tr("People on the staff list: {n}").format(n=o.staff))
            else:
                lines.append(self.tr("Working offline: the people, roles and journals come with the first login. "
                                     "Until then everything is done as a local user and carried over then."))
            lines.append(self.tr("Journals: {list}").format(list=", ".join(o.journals) or "—"))
            lines.append(self.tr("Signature trust roots: {state}").format(
                state=self.tr("set") if o.trust_configured else self.tr("not set yet")))
            lines.append(self.tr("Timestamp service: {url}").format(url=o.tsa_url or self.tr("not set yet")))
            self.summary.setText("\n".join(lines))
            self.status.setText("")

        self.run(self.ui.ctx.setup.office, show, self.tr("Reading the office's settings"))

class DonePage(SetupPage):
    def __init__(self, wizard: "SetupWizard"):
        super().__init__(wizard)
        self.setObjectName("setupDone")
        self.text = note("setupDoneText")
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name; the person may have logged in meanwhile
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ready"))
        self.setSubTitle(self.tr("Every step can be done again later."))
        lines = [
            self.tr("Tools ▸ First-run setup: this wizard again."),
            self.tr("Tools ▸ Settings: language, time zone, signature settings."),
            self.tr("Sync ▸ Log in to the server: connect or change the account."),
        ]
        if not self.wiz.signs():
            lines.append(self.tr("Signing was left out: your roles do not sign documents. Should that change, "
                                 "signing can be set up later: the signature settings in Tools ▸ Settings, the token "
                                 "or key file in this wizard."))
        self.text.setText("\n".join(lines))


class SetupWizard(QWizard):
    """The wizard; ``finished_setup`` is emitted when it closes (finished, skipped or cancelled)."""

    finished_setup = Signal(bool)  # logged in during the wizard

    def __init__(self, ui, parent: QWidget | None = None, *, first_run: bool = False):  # noqa: ANN001 - UiContext
        super().__init__(parent)
        self.ui = ui
        self.first_run = first_run
        self.skipping = False
        self.logged_in = False
        self.carry_over_needed = ui.ctx.setup.carry_over_needed()
        self.setObjectName("setupWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.customButtonClicked.connect(self._custom)
        self.pages = {P_LANGUAGE: LanguagePage(self), P_SERVER: ServerPage(self), P_CARRY: CarryOverPage(self),
                      P_OFFICE: OfficePage(self), P_SCANNER: ScannerPage(self), P_SIGNING: SigningPage(self),
                      P_DONE: DonePage(self)}
        for pid, page in self.pages.items():
            self.setPage(pid, page)
        if self.carry_over_needed:
            self.setStartId(P_CARRY)  # opened again because local work waits for its owner
        self.currentIdChanged.connect(lambda _i: self._buttons())
        self.retranslate()
        self.resize(760, 540)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("First-run setup"))
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Skip this step"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        for page in self.pages.values():
            page.retranslate()
        self._buttons()

    def language_changed(self, lang: str) -> None:
        """The first page chose a language: on the first run, the whole program follows at once."""
        if self.first_run:
            from ui import i18n as ui_i18n

            app = QApplication.instance()
            for t in getattr(app, "docflow_translators", []):  # ui/app.py keeps the ones it installed
                app.removeTranslator(t)
            app.docflow_translators = ui_i18n.install(app, ui_i18n.pick_language(lang))
            self.retranslate()

    def signs(self) -> bool:
        """Whether the person at this desk (logged in, or the local user) may sign (docflow_protocol.SIGNING_ROLES)."""
        return any(self.ui.ctx.user.has_role(r) for r in SIGNING_ROLES)

    def _buttons(self) -> None:
        self.button(QWizard.WizardButton.CustomButton1).setVisible(self.currentId() not in (P_DONE, -1))

    def _custom(self, which) -> None:  # noqa: ANN001 - int or WizardButton, by PySide version
        if int(getattr(which, "value", which)) == QWizard.WizardButton.CustomButton1.value:
            self.skip()

    def skip(self) -> None:
        """Leave this step undone and go on."""
        self.skipping = True
        try:
            self.next()
        finally:
            self.skipping = False

    def done(self, result: int) -> None:
        self.ui.ctx.setup.mark_done()  # finished or not: it does not come back by itself (the menu has it)
        super().done(result)
        self.finished_setup.emit(self.logged_in)
