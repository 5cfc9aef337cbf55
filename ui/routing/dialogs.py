"""Routing dialogs: resolution, route builder, dispatch, and the reason for a decline/return.

Every dialog is opened through ``ui.dialogs.run(dlg)`` so tests can script it; each offers
small methods (``choose_executor``, ``load_plan``, ``choose``…) that the tests and the
widgets themselves use.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView, QCalendarWidget, QCheckBox, QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QSpinBox, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from desktop_app.locale import today as local_today
from desktop_app import labels
from desktop_app import locale as loc
from desktop_app.errors import DocflowError
from desktop_app.routing import steps as K
from desktop_app.routing.calendar import WorkCalendar
from desktop_app.routing.templates import StepSpec, TemplateInfo
from desktop_app.services.types import InstitutionEntry, ResolutionInput, StaffMember
from docflow_protocol import LIMITS, Role
from ui.widgets import wrapping_list

ROLE_PREFIX = "role:"


def _staff_combo(staff: Sequence[StaffMember], with_roles: bool = False) -> QComboBox:
    """An editable, type-to-filter picker over the cached staff list (data: user id or role:<r>)."""
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for p in loc.sorted_texts(staff, key=lambda m: m.display_name):
        box.addItem(f"{p.display_name} ({labels.roles(p.roles)})", p.id)
    if with_roles:
        for role in (Role.HEAD.value, Role.CLERK.value, Role.EXECUTOR.value, Role.ADMIN.value):
            box.addItem(QCoreApplication.translate("Routing", "Anyone with the role: {role}").replace("{role}", labels.role(role)), ROLE_PREFIX + role)
    comp = box.completer()
    comp.setFilterMode(Qt.MatchFlag.MatchContains)
    comp.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    box.setCurrentIndex(-1)
    return box


def _select_data(box: QComboBox, value: str) -> bool:
    i = box.findData(value)
    if i >= 0:
        box.setCurrentIndex(i)
    return i >= 0


class ResolutionDialog(QDialog):
    """Executor picker over the cached staff list, co-executors, deadline calendar, control, text."""

    def __init__(self, subject: str, staff: Sequence[StaffMember], calendar: WorkCalendar, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("resolutionDialog")
        self.setWindowTitle(self.tr("Resolution — {subject}").replace("{subject}", subject))
        self._cal = calendar
        self.executor = _staff_combo(staff)
        self.executor.setObjectName("executor")
        self.co_executors = wrapping_list(QListWidget())
        self.co_executors.setObjectName("coExecutors")
        for p in loc.sorted_texts(staff, key=lambda m: m.display_name):
            item = QListWidgetItem(p.display_name)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.co_executors.addItem(item)
        self.co_executors.setMaximumHeight(110)
        self.days = QSpinBox()
        self.days.setObjectName("days")
        self.days.setRange(0, 365)
        self.days.setSuffix(self.tr(" working days"))
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("deadline")
        self.calendar.setGridVisible(True)
        self.calendar.setMinimumDate(QDate.currentDate())
        self.calendar.setLocale(self.locale())  # month and day names in the person's language
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self._mark_days_off()
        self.deadline_label = QLabel()
        self.deadline_label.setObjectName("deadlineLabel")
        self.control = QCheckBox(self.tr("Under deadline &control"))
        self.control.setObjectName("control")
        self.control.setChecked(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("text")
        self.text.setPlaceholderText(self.tr("Instruction for the executor…"))
        form = QFormLayout()
        form.addRow(self.tr("&Executor:"), self.executor)
        form.addRow(self.tr("C&o-executors:"), self.co_executors)
        form.addRow(self.tr("&Working days to do it:"), self.days)
        form.addRow(self.tr("Or pick the &date:"), self.calendar)
        form.addRow("", self.deadline_label)
        form.addRow("", self.control)
        form.addRow(self.tr("&Text:"), self.text)
        self.missing = QLabel()  # why OK is greyed: the head saw it disabled and no reason
        self.missing.setObjectName("resolutionMissing")
        self.missing.setWordWrap(True)
        form.addRow("", self.missing)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self.days.valueChanged.connect(self._days_changed)
        self.calendar.selectionChanged.connect(self._update)
        self.executor.currentIndexChanged.connect(self._update)
        self.executor.editTextChanged.connect(self._update)  # a typed name that is nobody on the list
        self.text.textChanged.connect(self._update)
        self.days.setValue(5)
        self._days_changed(5)

    def _mark_days_off(self) -> None:
        fmt = QTextCharFormat()
        fmt.setForeground(QBrush(QColor("#b00020")))
        start = local_today()
        for i in range(400):
            d = start + dt.timedelta(days=i)
            if not self._cal.is_working_day(d):
                self.calendar.setDateTextFormat(QDate(d.year, d.month, d.day), fmt)

    def _days_changed(self, n: int) -> None:
        d = self._cal.add_working_days(local_today(), n)
        self.calendar.setSelectedDate(QDate(d.year, d.month, d.day))
        self._update()

    def _update(self) -> None:
        d = self.deadline()
        self.deadline_label.setText(self.tr("Due {date}").replace("{date}", loc.format_date_weekday(d)))
        chosen = self.executor.currentData() is not None and self.executor.currentText() == \
            self.executor.itemText(self.executor.currentIndex())
        missing = [] if chosen else [self.tr("Choose the executor from the staff list.")]
        if not self.text.toPlainText().strip():
            missing.append(self.tr("Write the instruction for the executor."))
        self.missing.setText(" ".join(missing))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing)

    # ------------------------------------------------------------ for tests and callers
    def choose_executor(self, user_id: str) -> bool:
        return _select_data(self.executor, user_id)

    def choose_co_executors(self, user_ids: Sequence[str]) -> None:
        for i in range(self.co_executors.count()):
            item = self.co_executors.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in user_ids else Qt.CheckState.Unchecked)

    def deadline(self) -> dt.date:
        return self._cal.next_working_day(self.calendar.selectedDate().toPython())

    def value(self) -> ResolutionInput:
        executor = self.executor.currentData()
        co = tuple(self.co_executors.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.co_executors.count())
                   if self.co_executors.item(i).checkState() == Qt.CheckState.Checked
                   and self.co_executors.item(i).data(Qt.ItemDataRole.UserRole) != executor)
        return ResolutionInput(self.text.toPlainText().strip(), executor, co, self.deadline(), None, self.control.isChecked())


class RouteBuilderDialog(QDialog):
    """Stages of parallel steps, started from a template and edited: kind, assignee, allowance."""

    COL_KIND, COL_ASSIGNEE, COL_DAYS, COL_LABEL = 0, 1, 2, 3

    def __init__(self, subject: str, templates: Sequence[TemplateInfo], staff: Sequence[StaffMember],
                 expand: Callable[[str], list[list[StepSpec]]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("routeBuilder")
        self.setWindowTitle(self.tr("Route — {subject}").replace("{subject}", subject))
        self.resize(760, 460)
        self._staff = list(staff)
        self._expand = expand
        self.template = QComboBox()
        self.template.setObjectName("template")
        for t in templates:
            self.template.addItem(labels.builtin_text(t.name), t.name)
        apply_btn = QPushButton(self.tr("Use &template"))
        apply_btn.setObjectName("applyTemplate")
        apply_btn.clicked.connect(self.apply_template)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Template:")))
        top.addWidget(self.template, 1)
        top.addWidget(apply_btn)
        self.tree = QTreeWidget()
        self.tree.setObjectName("stages")
        self.tree.setAccessibleName(self.tr("Stages of the route"))
        self.tree.setHeaderLabels([self.tr("Step"), self.tr("Assignee"), self.tr("Working days"), self.tr("Label")])
        self.tree.setColumnWidth(0, 170)
        self.tree.setColumnWidth(1, 260)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        btns = QHBoxLayout()
        for text, slot, name in ((self.tr("Add &stage"), lambda: self.add_stage(), "addStage"),
                                 (self.tr("Add &parallel step"), lambda: self.add_step(), "addStep"),
                                 (self.tr("&Remove"), self.remove_selected, "remove")):
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(slot)
            btns.addWidget(b)
        btns.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.tree, 1)
        lay.addLayout(btns)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self._renumber()

    # ------------------------------------------------------------ building
    def choose_template(self, name: str) -> bool:
        return _select_data(self.template, name)

    def apply_template(self) -> None:
        name = self.template.currentData()
        if not name:
            return
        try:
            self.load_plan(self._expand(name))
        except DocflowError as exc:  # shown in the dialog, the plan stays as it was
            self.error.setText(str(exc))

    def load_plan(self, stages: Sequence[Sequence[StepSpec]]) -> None:
        self.tree.clear()
        for stage in stages:
            item = self.add_stage(with_step=False)
            for spec in stage:
                assignee = spec.assignee_user_id or (ROLE_PREFIX + spec.assignee_role if spec.assignee_role else "")
                self.add_step(item, spec.kind, assignee, spec.duration_days, spec.label)
        self._renumber()

    def add_stage(self, with_step: bool = True) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        item.setExpanded(True)
        if with_step:
            self.add_step(item)
        self._renumber()
        self.tree.setCurrentItem(item)
        return item

    def add_step(self, stage: QTreeWidgetItem | None = None, kind: str = K.ENDORSE, assignee: str = "",
                 days: int | None = 1, label: str = "") -> QTreeWidgetItem:
        """Add a parallel step to ``stage`` (the selected stage, or a new one)."""
        if stage is None:
            cur = self.tree.currentItem()
            stage = (cur.parent() or cur) if cur else self.add_stage(with_step=False)
        child = QTreeWidgetItem(stage)
        kind_box = QComboBox()
        kind_box.setAccessibleName(self.tr("Step"))
        for k in K.KINDS:
            kind_box.addItem(K.kind_label(k), k)
        _select_data(kind_box, kind)
        who = _staff_combo(self._staff, with_roles=True)
        who.setAccessibleName(self.tr("Assignee"))
        if assignee:
            _select_data(who, assignee)
        spin = QSpinBox()
        spin.setRange(0, LIMITS.max_step_days)
        spin.setSpecialValueText(self.tr("no deadline"))
        spin.setMinimum(-1)
        spin.setValue(-1 if days is None else days)
        spin.setAccessibleName(self.tr("Working days"))
        edit = QLineEdit(labels.builtin_text(label))
        edit.setAccessibleName(self.tr("Label"))
        edit.setMaxLength(LIMITS.max_step_label_chars)  # what travels to every desk: nothing typed is cut on the way
        self.tree.setItemWidget(child, self.COL_KIND, kind_box)
        self.tree.setItemWidget(child, self.COL_ASSIGNEE, who)
        self.tree.setItemWidget(child, self.COL_DAYS, spin)
        self.tree.setItemWidget(child, self.COL_LABEL, edit)
        stage.setExpanded(True)
        self._renumber()
        return child

    def remove_selected(self) -> None:
        cur = self.tree.currentItem()
        if cur is None:
            return
        parent = cur.parent()
        if parent is None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(cur))
        else:
            parent.removeChild(cur)
            if parent.childCount() == 0:
                self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(parent))
        self._renumber()

    def _renumber(self) -> None:
        for i in range(self.tree.topLevelItemCount()):
            st = self.tree.topLevelItem(i)
            n = st.childCount()
            st.setText(0, self.tr("Stage {n}").replace("{n}", str(i + 1)) + (
                self.tr(" — {k} in parallel").replace("{k}", str(n)) if n > 1 else ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.tree.topLevelItemCount() > 0)

    def step_item(self, stage: int, pos: int) -> QTreeWidgetItem:
        return self.tree.topLevelItem(stage).child(pos)

    def set_assignee(self, stage: int, pos: int, assignee: str) -> bool:
        return _select_data(self.tree.itemWidget(self.step_item(stage, pos), self.COL_ASSIGNEE), assignee)

    def plan(self) -> list[list[StepSpec]]:
        """The stages as StepSpecs (steps without an assignee are left out, the service reports empty stages)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            st = self.tree.topLevelItem(i)
            stage = []
            for j in range(st.childCount()):
                ch = st.child(j)
                kind = self.tree.itemWidget(ch, self.COL_KIND).currentData()
                who = self.tree.itemWidget(ch, self.COL_ASSIGNEE).currentData() or ""
                days = self.tree.itemWidget(ch, self.COL_DAYS).value()
                label = self.tree.itemWidget(ch, self.COL_LABEL).text().strip()
                user, role = (None, who[len(ROLE_PREFIX):]) if who.startswith(ROLE_PREFIX) else (who or None, None)
                stage.append(StepSpec(kind, user, role, None, None if days < 0 else days, label))
            if stage:
                out.append(stage)
        return out

    def accept(self) -> None:
        missing = [s for st in self.plan() for s in st if not (s.assignee_user_id or s.assignee_role)]
        if missing:
            self.error.setText(self.tr("Every step needs an assignee."))
            return
        super().accept()


class DispatchDialog(QDialog):
    """Recipient institutions from the directory cached offline, and a covering note."""

    def __init__(self, subject: str, institutions: Sequence[InstitutionEntry], parent: QWidget | None = None,
                 addressee: str = ""):
        """``addressee``: the letter's correspondent; the institution of that name comes ticked (the clerk
        had typed it on the letter and at registration)."""
        super().__init__(parent)
        self.setObjectName("dispatchDialog")
        self.setWindowTitle(self.tr("Dispatch — {subject}").replace("{subject}", subject))
        self.filter = QLineEdit()
        self.filter.setObjectName("filter")
        self.filter.setPlaceholderText(self.tr("Filter by name or registry code…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter"))
        self.list = wrapping_list(QListWidget())
        self.list.setObjectName("recipients")
        self.list.setAccessibleName(self.tr("Recipients"))
        for inst in loc.sorted_texts(institutions, key=lambda i: i.name):
            item = QListWidgetItem(f"{inst.name} — {inst.registry_code}")
            item.setData(Qt.ItemDataRole.UserRole, inst.registry_code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setAccessibleName(self.tr("Note:"))
        self.note.setMaximumHeight(80)
        self.count = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Send"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.filter)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.count)
        lay.addWidget(QLabel(self.tr("Note:")))
        lay.addWidget(self.note)
        lay.addWidget(self.buttons)
        self.filter.textChanged.connect(self._filter)
        self.list.itemChanged.connect(lambda _i: self._update())
        if not institutions:
            self.count.setText(self.tr("The institution directory is empty: synchronise once to load it."))
        from desktop_app.search import fold

        named = [i.registry_code for i in institutions if addressee.strip() and fold(i.name) == fold(addressee.strip())]
        self.choose(named)
        self._update()

    def _filter(self, text: str) -> None:
        from desktop_app.search import fold

        t = fold(text)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(t) and t not in fold(item.text()))

    def _update(self) -> None:
        n = len(self.codes())
        if self.list.count():
            self.count.setText(self.tr("{n} recipient(s) chosen").replace("{n}", str(n)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(n > 0)

    def choose(self, codes: Sequence[str]) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in codes else Qt.CheckState.Unchecked)

    def codes(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def value(self) -> tuple[list[str], str]:
        return self.codes(), self.note.toPlainText().strip()


class ReasonDialog(QDialog):
    """Asks why a step is declined or returned (the reason is required), or what was done when an
    assignment is marked done (``required=False``: the report may be left empty)."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None, required: bool = True,
                 max_chars: int = LIMITS.max_text_chars):
        """``max_chars``: the most the protocol carries; more is refused here, with how much over,
        rather than cut short behind the person's back."""
        super().__init__(parent)
        self.required, self.max_chars = required, max_chars
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.text = QPlainTextEdit()
        self.text.setObjectName("reason")
        self.text.setAccessibleName(prompt)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)  # a long question in az/ru made the dialog wider than a laptop's screen
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 64))
        self.too_long = QLabel()
        self.too_long.setObjectName("reasonTooLong")
        self.too_long.setStyleSheet("color: #b00020")
        lay.addWidget(self.prompt)
        lay.addWidget(self.text)
        lay.addWidget(self.too_long)
        lay.addWidget(self.buttons)
        self.text.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        text = self.text.toPlainText().strip()
        over = len(text) - self.max_chars
        self.too_long.setText(self.tr("{n} characters too many: it may be at most {max} characters long.").replace("{n}", loc.format_number(over))
                              .replace("{max}", loc.format_number(self.max_chars)) if over > 0 else "")
        self.too_long.setVisible(over > 0)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled((not self.required or bool(text)) and over <= 0)

    def value(self) -> str:
        return self.text.toPlainText().strip()


class HolidaysDialog(QDialog):
    """Days off: the country's official calendar (on or off), and the institution's own list on top --
    one ``YYYY-MM-DD`` (one day) or ``MM-DD`` (every year) per line."""

    def __init__(self, entries: Sequence[str], parent: QWidget | None = None, preset: str = "AZ"):
        super().__init__(parent)
        from desktop_app import i18n
        from desktop_app.routing.calendar import preset_names

        self.setObjectName("holidaysDialog")
        self.setWindowTitle(self.tr("Holidays"))
        self.use_preset = QCheckBox(self.tr("&Official holidays and transferred working days of Azerbaijan"))
        self.use_preset.setObjectName("usePreset")
        self.use_preset.setChecked(bool(preset))
        self.official = wrapping_list(QListWidget())
        self.official.setObjectName("officialDays")
        self.official.setAccessibleName(self.tr("Official days off this year"))
        lang = {"az": "az", "en": "en_US"}.get(i18n.current_language())
        year = local_today().year
        for day, name in preset_names("AZ", year, lang or "en_US"):
            text = loc.format_date_weekday(day) + (f" — {name}" if lang else "")
            self.official.addItem(text)
        self.official.setMaximumHeight(150)
        self.use_preset.toggled.connect(self.official.setEnabled)
        self.official.setEnabled(self.use_preset.isChecked())
        from desktop_app.routing.calendar import display_entry

        self.text = QPlainTextEdit("\n".join(display_entry(e) for e in entries))
        self.text.setObjectName("holidays")
        self.text.setAccessibleName(self.tr("The institution's own days off"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.use_preset)
        lay.addWidget(QLabel(self.tr("Official days off in {year}:").replace("{year}", str(year))))
        lay.addWidget(self.official)
        own = QLabel(self.tr("The institution's own &days off besides these, one per line: 20.03.2027 (that day) or 01.01 (every year)."))
        own.setWordWrap(True)
        own.setBuddy(self.text)
        lay.addWidget(own)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.resize(560, 520)

    def entries(self) -> list[str]:
        return [line.strip() for line in self.text.toPlainText().splitlines() if line.strip()]

    def preset(self) -> str:
        return "AZ" if self.use_preset.isChecked() else ""

    def accept(self) -> None:
        try:
            WorkCalendar.from_settings(self.entries())
        except DocflowError as exc:  # the core's sentence names the bad line
            self.error.setText(str(exc))
            return
        super().accept()
