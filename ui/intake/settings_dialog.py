"""Scanning and OCR settings: OCR languages, clean-up, compression, scan folder."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QSpinBox,
    QVBoxLayout,
)

from desktop_app.intake.cleanup import CleanupOptions
from desktop_app.services.intake import IntakeSettings

LANGUAGES = (("aze", "Azərbaycanca (latın)"), ("aze_cyrl", "Азәрбајҹанҹа (кирил)"), ("rus", "Русский"), ("eng", "English"))


class IntakeSettingsDialog(QDialog):
    def __init__(self, current: IntakeSettings, installed: set[str], parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scanning and OCR settings"))
        self.setObjectName("intakeSettings")
        self._current = current

        ocr_box = QGroupBox(self.tr("Text recognition (OCR)"))
        ocr_layout = QVBoxLayout(ocr_box)
        self.ocr_enabled = QCheckBox(self.tr("Recognise the text of scans and imported files (in the background)"), objectName="ocrEnabled")
        self.ocr_enabled.setChecked(current.ocr_enabled)
        ocr_layout.addWidget(self.ocr_enabled)
        self.languages: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        for code, label in LANGUAGES:
            box = QCheckBox(label if code in installed else self.tr("{lang} (not installed)").replace("{lang}", label))
            box.setObjectName(f"lang_{code}")
            box.setChecked(code in current.ocr_languages)
            self.languages[code] = box
            row.addWidget(box)
        ocr_layout.addLayout(row)

        c = current.cleanup
        clean_box = QGroupBox(self.tr("Page clean-up"))
        form = QFormLayout(clean_box)
        self.deskew = QCheckBox(self.tr("Straighten skewed pages"), objectName="deskew")
        self.deskew.setChecked(c.deskew)
        self.rotate = QCheckBox(self.tr("Turn pages upright"), objectName="autoRotate")
        self.rotate.setChecked(c.auto_rotate)
        self.remove_blank = QCheckBox(self.tr("Remove blank pages"), objectName="removeBlank")
        self.remove_blank.setChecked(c.remove_blank)
        self.blank_threshold = QDoubleSpinBox(objectName="blankThreshold")
        self.blank_threshold.setDecimals(3)
        self.blank_threshold.setRange(0.0, 5.0)
        self.blank_threshold.setSingleStep(0.005)
        self.blank_threshold.setSuffix(" %")
        self.blank_threshold.setValue(c.blank_threshold * 100)
        self.crop = QCheckBox(self.tr("Crop to the content"), objectName="crop")
        self.crop.setChecked(c.crop)
        form.addRow(self.deskew)
        form.addRow(self.rotate)
        form.addRow(self.remove_blank)
        form.addRow(self.tr("A page is blank below this much ink"), self.blank_threshold)
        form.addRow(self.crop)

        p = current.pdf
        pdf_box = QGroupBox(self.tr("Compression"))
        pform = QFormLayout(pdf_box)
        self.jpeg_quality = QSpinBox(objectName="jpegQuality")
        self.jpeg_quality.setRange(5, 95)
        self.jpeg_quality.setValue(p.jpeg_quality)
        self.max_dpi = QSpinBox(objectName="maxJpegDpi")
        self.max_dpi.setRange(0, 1200)
        self.max_dpi.setSingleStep(50)
        self.max_dpi.setSpecialValueText(self.tr("keep the scan resolution"))
        self.max_dpi.setValue(p.max_jpeg_dpi or 0)
        pform.addRow(self.tr("JPEG quality for grey and colour pages"), self.jpeg_quality)
        pform.addRow(self.tr("Reduce grey and colour pages to (dpi)"), self.max_dpi)
        self.keep_colour = QCheckBox(self.tr("Keep stamps, signatures and pictures in colour on text pages"), objectName="keepColour")
        self.keep_colour.setChecked(p.keep_colour)
        pform.addRow(self.keep_colour)

        sp = current.split
        split_box = QGroupBox(self.tr("Batches"))
        sform = QFormLayout(split_box)
        self.split_separator = QCheckBox(self.tr("Start a new document at each separator sheet"), objectName="splitSeparator")
        self.split_separator.setChecked(sp.separator_sheets)
        self.split_blank = QCheckBox(self.tr("Start a new document at each blank page"), objectName="splitBlank")
        self.split_blank.setChecked(sp.blank_pages)
        self.code_field = QComboBox(objectName="codeField")
        for value, label in (("summary", self.tr("the summary")), ("subject", self.tr("the subject")), ("", self.tr("nowhere"))):
            self.code_field.addItem(label, value)
        self.code_field.setCurrentIndex(max(0, self.code_field.findData(current.code_field if sp.read_codes else "")))
        sform.addRow(self.split_separator)
        sform.addRow(self.split_blank)
        sform.addRow(self.tr("A QR code or barcode on the first page goes into"), self.code_field)

        originals_box = QGroupBox(self.tr("Copier and camera originals"))
        oform = QFormLayout(originals_box)
        self.keep_days = QSpinBox(objectName="keepOriginalsDays")
        self.keep_days.setRange(0, 3650)
        self.keep_days.setSuffix(self.tr(" days"))
        self.keep_days.setValue(current.keep_originals_days)
        self.upload_originals = QCheckBox(self.tr("Upload the originals too (the institution's rule)"), objectName="uploadOriginals")
        self.upload_originals.setChecked(current.upload_originals)
        oform.addRow(self.tr("Keep them on this computer for"), self.keep_days)
        oform.addRow(self.upload_originals)

        self.watch_folder = QLineEdit(current.watch_folder, objectName="watchFolder")
        folder_form = QFormLayout()
        folder_form.addRow(self.tr("Scan folder to watch"), self.watch_folder)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (ocr_box, clean_box, pdf_box, split_box, originals_box):
            layout.addWidget(w)
        layout.addLayout(folder_form)
        layout.addWidget(buttons)

    def value(self) -> IntakeSettings:
        c = self._current
        cleanup: CleanupOptions = replace(c.cleanup, deskew=self.deskew.isChecked(), auto_rotate=self.rotate.isChecked(),
                                          remove_blank=self.remove_blank.isChecked(),
                                          blank_threshold=self.blank_threshold.value() / 100, crop=self.crop.isChecked())
        pdf = replace(c.pdf, jpeg_quality=self.jpeg_quality.value(), max_jpeg_dpi=self.max_dpi.value() or None,
                      keep_colour=self.keep_colour.isChecked())
        langs = tuple(code for code, box in self.languages.items() if box.isChecked())
        code_field = self.code_field.currentData()
        split = replace(c.split, separator_sheets=self.split_separator.isChecked(), blank_pages=self.split_blank.isChecked(),
                        read_codes=bool(code_field))
        return replace(c, ocr_languages=langs, ocr_enabled=self.ocr_enabled.isChecked(), cleanup=cleanup, pdf=pdf,
                       watch_folder=self.watch_folder.text().strip(), split=split, code_field=code_field or c.code_field,
                       keep_originals_days=self.keep_days.value(), upload_originals=self.upload_originals.isChecked())
