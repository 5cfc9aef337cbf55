"""The scan dialog: device, profile and options; a page strip to reorder, rotate, delete and re-scan."""
from __future__ import annotations

import threading
from dataclasses import replace

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QProgressBar, QPushButton, QSpinBox, QVBoxLayout,
)

from desktop_app.intake.pages import Compression, PageImage
from desktop_app.intake.scanner import (
    PAGE_SIZES, ScanMode, ScanOptions, ScanProfile, ScanResult, ScanSource, nearest_source,
)
from desktop_app.intake.spool import PageSpool, SpooledPage
from ui.relay import Relay

THUMB = 120
PAGE_ROLE = Qt.ItemDataRole.UserRole


def thumbnail(page: PageImage, size: int = THUMB) -> QImage:
    """A small picture of the page (a QImage: made on the scanning thread, shown on the GUI thread)."""
    img = page.image.copy()
    img.thumbnail((size, size))
    img = img.convert("RGB")
    data = img.tobytes()
    return QImage(data, img.width, img.height, 3 * img.width, QImage.Format.Format_RGB888).copy()


class _PageRelay(Relay):
    page_arrived = Signal(object)  # posted from the scanning thread, emitted on the GUI thread


class ScanDialog(QDialog):
    """Collects pages from the scanner; ``pages()`` and ``subject()`` are read after it is accepted."""

    def __init__(self, ui, parent=None):  # noqa: ANN001 - UiContext
        super().__init__(parent)
        self.ui = ui
        self.svc = ui.ctx.intake
        self.setWindowTitle(self.tr("Scan"))
        self.setObjectName("scanDialog")
        self._cancel: threading.Event | None = None
        # Pages wait on disk, not in memory (thumbnails only); the caller closes the spool once the
        # pages are saved (IntakeFeature), or the dialog does when it is cancelled.
        self.spool = PageSpool()
        self._replace_row: int | None = None
        self.last_result: ScanResult | None = None

        self.device = QComboBox(objectName="device")
        self.profile = QComboBox(objectName="profile")
        self.mode = QComboBox(objectName="mode")
        for mode, label in ((ScanMode.BW, self.tr("Black and white")), (ScanMode.GREY, self.tr("Grey")),
                            (ScanMode.COLOUR, self.tr("Colour"))):
            self.mode.addItem(label, mode)
        self.resolution = QSpinBox(objectName="resolution")
        self.resolution.setRange(50, 1200)
        self.resolution.setSingleStep(50)
        self.resolution.setSuffix(" dpi")
        self.source = QComboBox(objectName="source")
        for source, label in ((ScanSource.FLATBED, self.tr("Flatbed")), (ScanSource.ADF, self.tr("Feeder")),
                              (ScanSource.ADF_DUPLEX, self.tr("Feeder, both sides"))):
            self.source.addItem(label, source)
        self.page_size = QComboBox(objectName="pageSize")
        for name in PAGE_SIZES:
            self.page_size.addItem(self.tr("Whole scan area") if name == "max" else name, name)
        self.subject_edit = QLineEdit(objectName="subject")
        self.profile_name = QLineEdit(objectName="profileName")
        self.profile_name.setPlaceholderText(self.tr("Name for these settings"))
        self.profile_name.setAccessibleName(self.tr("Name for these settings"))
        self.btn_save_profile = QPushButton(self.tr("Save as profile"), objectName="saveProfile")
        self.btn_save_profile.clicked.connect(self.save_profile)
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_name)
        profile_row.addWidget(self.btn_save_profile)

        form = QFormLayout()
        form.addRow(self.tr("Scanner"), self.device)
        form.addRow(self.tr("Profile"), self.profile)
        form.addRow(self.tr("Mode"), self.mode)
        form.addRow(self.tr("Resolution"), self.resolution)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Page size"), self.page_size)
        form.addRow(self.tr("New profile"), profile_row)
        form.addRow(self.tr("Subject"), self.subject_edit)

        self.strip = QListWidget(objectName="pageStrip")
        self.strip.setViewMode(QListWidget.ViewMode.IconMode)
        self.strip.setIconSize(QSize(THUMB, THUMB))
        self.strip.setMovement(QListWidget.Movement.Snap)
        self.strip.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.strip.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.strip.setMinimumHeight(THUMB + 40)
        self.strip.setAccessibleName(self.tr("Scanned pages"))

        self.btn_scan = QPushButton(self.tr("Scan"), objectName="scanButton")
        self.btn_cancel = QPushButton(self.tr("Stop scanning"), objectName="stopButton")
        self.btn_left = QPushButton(self.tr("Rotate left"), objectName="rotateLeft")
        self.btn_right = QPushButton(self.tr("Rotate right"), objectName="rotateRight")
        self.btn_delete = QPushButton(self.tr("Delete page"), objectName="deletePage")
        self.btn_rescan = QPushButton(self.tr("Re-scan page"), objectName="rescanPage")
        self.btn_cancel.setEnabled(False)
        # How the selected pages are stored: the automatic plan, or the person's choice.
        self.page_kind = QComboBox(objectName="pageKind")
        for kind, label in ((Compression.AUTO, self.tr("Store: automatic")), (Compression.G4, self.tr("Store as text (black and white)")),
                            (Compression.JPEG, self.tr("Store as a picture"))):
            self.page_kind.addItem(label, kind)
        self.page_kind.activated.connect(lambda _i: self.set_kind_selected(self.page_kind.currentData()))
        tools = QHBoxLayout()
        for b in (self.btn_scan, self.btn_cancel, self.btn_left, self.btn_right, self.btn_delete, self.btn_rescan, self.page_kind):
            tools.addWidget(b)
        self.progress = QProgressBar(objectName="scanProgress")
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.status = QLabel(objectName="scanStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(tools)
        layout.addWidget(self.strip)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self._relay = _PageRelay(self)
        self.page_arrived = self._relay.page_arrived
        self.page_arrived.connect(self._add_page)
        self.btn_scan.clicked.connect(lambda: self.start_scan())
        self.btn_cancel.clicked.connect(self.stop_scan)
        self.btn_left.clicked.connect(lambda: self.rotate_selected(270))
        self.btn_right.clicked.connect(lambda: self.rotate_selected(90))
        self.btn_delete.clicked.connect(self.delete_selected)
        self.btn_rescan.clicked.connect(self.rescan_selected)
        self.profile.currentIndexChanged.connect(self._apply_profile)
        self.device.currentIndexChanged.connect(lambda _i: self._load_sources())
        self.strip.model().rowsInserted.connect(self._update_buttons)
        self.strip.model().rowsRemoved.connect(self._update_buttons)

        self.profiles = self.svc.profiles()
        for p in self.profiles:
            self.profile.addItem(p.name)
        self._apply_profile(0)
        self._update_buttons()
        self.load_devices()

    # ----------------------------------------------------------------- devices
    def load_devices(self) -> None:
        self.status.setText(self.tr("Looking for scanners…"))
        self.ui.tasks.run(lambda task: self.svc.devices(), on_success=self._devices_loaded,
                          on_failure=lambda exc: self.status.setText(str(exc)), label=self.tr("Looking for scanners"))

    def _devices_loaded(self, found) -> None:  # noqa: ANN001
        devices, problems = found
        self.device.clear()
        for d in devices:
            self.device.addItem(d.label, d.id)
        if devices:
            self.status.setText("")
        else:
            self.status.setText(" ".join(problems) or self.tr("No scanner was found. Check that it is connected and switched on."))
        self._update_buttons()

    def _load_sources(self) -> None:
        """Offer only the paper sources the chosen scanner has (opening it can take a second)."""
        device_id = self.device.currentData()
        self._set_offered(frozenset(ScanSource))
        if device_id:
            self.ui.tasks.run(lambda task: self.svc.device_sources(device_id),
                              on_success=lambda offered: self._set_offered(offered, device_id),
                              on_failure=lambda exc: self.status.setText(str(exc)),
                              label=self.tr("Reading the scanner's settings"))

    def _set_offered(self, offered: frozenset[ScanSource], device_id: str | None = None) -> None:
        if device_id is not None and device_id != self.device.currentData():
            return  # the person chose another scanner meanwhile
        model = self.source.model()
        for i in range(self.source.count()):
            model.item(i).setEnabled(self.source.itemData(i) in offered)
        self._fit_source()

    def _fit_source(self) -> None:
        """Move off a source the scanner lacks (a profile made for another scanner) and say so."""
        wanted = self.source.currentData()
        offered = frozenset(self.source.itemData(i) for i in range(self.source.count())
                            if self.source.model().item(i).isEnabled())
        chosen = nearest_source(wanted, offered)
        if chosen != wanted:
            was = self.source.currentText()
            self.source.setCurrentIndex(self.source.findData(chosen))
            self.status.setText(self.tr("This scanner has no “{wanted}”; it will scan from “{chosen}”.").format(
                wanted=was, chosen=self.source.currentText()))

    def _apply_profile(self, index: int) -> None:
        if not 0 <= index < len(self.profiles):
            return
        o = self.profiles[index].options
        if self.profiles[index].device_id and self.device.findData(self.profiles[index].device_id) >= 0:
            self.device.setCurrentIndex(self.device.findData(self.profiles[index].device_id))
        self.mode.setCurrentIndex(self.mode.findData(o.mode))
        self.resolution.setValue(o.resolution)
        self.source.setCurrentIndex(self.source.findData(o.source))
        self.page_size.setCurrentIndex(self.page_size.findData(o.page_size))
        self._fit_source()

    def save_profile(self) -> None:
        """Store the current options under the typed name (replacing a profile of that name)."""
        name = self.profile_name.text().strip()
        if not name:
            return
        profile = ScanProfile(name, self.options(), self.device.currentData())
        self.profiles = [p for p in self.profiles if p.name != name] + [profile]
        self.svc.save_profiles(self.profiles)
        self.profile.blockSignals(True)
        self.profile.clear()
        for p in self.profiles:
            self.profile.addItem(p.name)
        self.profile.setCurrentIndex(len(self.profiles) - 1)
        self.profile.blockSignals(False)
        self.profile_name.clear()
        self.status.setText(self.tr("Profile saved."))

    def options(self) -> ScanOptions:
        return ScanOptions(self.mode.currentData(), self.resolution.value(), self.source.currentData(),
                           self.page_size.currentData())

    # ------------------------------------------------------------------ scanning
    def scanning(self) -> bool:
        return self._cancel is not None

    def start_scan(self, replace_row: int | None = None) -> None:
        device_id = self.device.currentData()
        if not device_id or self.scanning():
            return
        opts = self.options()
        if replace_row is not None:
            opts = ScanOptions(opts.mode, opts.resolution, opts.source, opts.page_size, max_pages=1)
        self._replace_row = replace_row
        cancel = self._cancel = threading.Event()
        self.progress.setVisible(True)
        self.status.setText(self.tr("Scanning…"))
        self._update_buttons()
        svc = self.svc

        def work(task):  # noqa: ANN001, ANN202
            def on_page(p):  # noqa: ANN001, ANN202
                task.progress(p.pages_done, 0, p.text)
                self._relay.post("page_arrived", (spool.add(p.page), thumbnail(p.page)))
            # Spooled as they come; the backend does not hold them all until the batch ends.
            return svc.scan(device_id, opts, cancel=cancel, progress=on_page, keep_pages=False)
        spool = self.spool

        self.ui.tasks.run(work, on_success=self._scan_done, on_failure=self._scan_failed, label=self.tr("Scanning"))

    def stop_scan(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _add_page(self, arrived) -> None:  # noqa: ANN001 - (SpooledPage, thumbnail QPixmap)
        page, thumb = arrived
        if self._replace_row is not None and 0 <= self._replace_row < self.strip.count():
            item = self.strip.item(self._replace_row)
            self._set_page(item, page, thumb)
            self._replace_row = None
            return
        item = QListWidgetItem()
        self._set_page(item, page, thumb)
        self.strip.addItem(item)
        self.status.setText(self.tr("{n} page(s) scanned").replace("{n}", str(self.strip.count())))

    def _set_page(self, item: QListWidgetItem, page: SpooledPage, thumb: QImage | None = None) -> None:
        item.setData(PAGE_ROLE, page)
        item.setIcon(QIcon(QPixmap.fromImage(thumb if thumb is not None else thumbnail(page.load()))))
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)

    def _finish_scan(self) -> None:
        self._cancel = None
        self._replace_row = None
        self.progress.setVisible(False)
        self._update_buttons()

    def _scan_done(self, result: ScanResult) -> None:
        self.last_result = result
        self._finish_scan()
        if result.error:
            self.status.setText(result.error)  # pages already scanned stay in the strip
        elif result.cancelled:
            self.status.setText(self.tr("Scanning stopped; {n} page(s) kept.").replace("{n}", str(self.strip.count())))
        else:
            self.status.setText(self.tr("{n} page(s) ready. Check them, then save.").replace("{n}", str(self.strip.count())))

    def _scan_failed(self, exc: BaseException) -> None:
        self._finish_scan()
        self.status.setText(str(exc))

    # ----------------------------------------------------------------- page strip
    def rows(self) -> list[int]:
        return sorted(self.strip.row(i) for i in self.strip.selectedItems())

    def rotate_selected(self, degrees: int) -> None:
        for row in self.rows():
            item = self.strip.item(row)
            self._set_page(item, item.data(PAGE_ROLE).rotated(degrees))

    def set_kind_selected(self, kind: Compression) -> None:
        """Store the selected pages as text (G4), as a picture (JPEG) or as the automatic plan decides."""
        for row in self.rows():
            item = self.strip.item(row)
            item.setData(PAGE_ROLE, replace(item.data(PAGE_ROLE), compression=Compression(kind)))

    def delete_selected(self) -> None:
        for row in reversed(self.rows()):
            self.strip.takeItem(row)

    def rescan_selected(self) -> None:
        rows = self.rows()
        if len(rows) == 1:
            self.start_scan(replace_row=rows[0])

    def pages(self) -> list[SpooledPage]:
        """The pages in strip order (on disk; each loads as a PageImage when called)."""
        return [self.strip.item(i).data(PAGE_ROLE) for i in range(self.strip.count())]

    def subject(self) -> str | None:
        return self.subject_edit.text().strip() or None

    def _update_buttons(self, *_a) -> None:  # noqa: ANN002
        busy = self.scanning()
        has_pages = self.strip.count() > 0
        self.btn_scan.setEnabled(not busy and self.device.count() > 0)
        self.btn_cancel.setEnabled(busy)
        for b in (self.btn_left, self.btn_right, self.btn_delete, self.page_kind):
            b.setEnabled(has_pages and not busy)
        self.btn_rescan.setEnabled(has_pages and not busy and self.device.count() > 0)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(has_pages and not busy)

    def reject(self) -> None:
        self.stop_scan()
        if self._cancel is None:
            self.spool.close()
        super().reject()
