"""Admin → Clinic settings, in two columns that fit a 1366×768 screen: on the left the
clinic (name, address, phone, e-mail, the tax number and registering body printed on
receipts and invoices, the idle-lock time) and its treatment rooms; on the right the
appointment book (first-visit and follow-up lengths, opening and closing time, the days
open, the late-cancellation notice) and the insurer codes printed on receipts (off by
default; the ICD-10-CM diagnosis code chosen from a short list)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.access import IDLE_LOCK_DEFAULT_MINUTES, IDLE_LOCK_RANGE
from planner.domain.i18n import QT_TRANSLATE_NOOP, translate
from planner.domain.insurance import DIAGNOSIS_CODES
from planner.services.clinic import ClinicSettings
from planner.services.clinic_views import LATE_CANCEL_HOURS, VISIT_MINUTES
from planner.ui.admin.clinic_settings_presenter import ClinicSettingsPresenter
from planner.ui.admin.clinic_settings_rooms import RoomsPanel
from planner.ui.forms import FieldErrors
from planner.ui.problem import Problem
from planner.ui.prompts import Prompts
from planner.ui.style import fit_to_screen, set_hint
from planner.ui.widgets.layouts import scrolling

WEEKDAY_NAMES = (  # ISO 1 to 7, translated where shown, in the dialog's context
    QT_TRANSLATE_NOOP("ClinicSettingsDialog", "Mon"),
    QT_TRANSLATE_NOOP("ClinicSettingsDialog", "Tue"),
    QT_TRANSLATE_NOOP("ClinicSettingsDialog", "Wed"),
    QT_TRANSLATE_NOOP("ClinicSettingsDialog", "Thu"),
    QT_TRANSLATE_NOOP("ClinicSettingsDialog", "Fri"),
    QT_TRANSLATE_NOOP("ClinicSettingsDialog", "Sat"),
    QT_TRANSLATE_NOOP("ClinicSettingsDialog", "Sun"),
)


def _minutes(edit: QTimeEdit) -> int:
    time = edit.time()
    return time.hour() * 60 + time.minute()


def _time(minutes: int) -> QTime:
    return QTime(minutes // 60 % 24, minutes % 60)


class ClinicSettingsDialog(QDialog):
    settings_saved = Signal(object)
    """The settings were saved: the new :class:`ClinicSettings`."""

    def __init__(
        self, presenter: ClinicSettingsPresenter, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self._prompts = prompts
        self.setWindowTitle(self.tr("Clinic settings — AcuPlanner"))
        self.setMinimumWidth(520)
        self.errors = FieldErrors()
        clinic = self._clinic_group()
        self.rooms = RoomsPanel(presenter, prompts)
        book = self._book_group()
        insurers = self._insurer_group()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(clinic)
        left.addWidget(self.rooms, 1)
        right = QVBoxLayout()
        right.addWidget(book)
        right.addWidget(insurers)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        page = QWidget()  # the settings scroll on a small or much scaled screen
        page.setLayout(columns)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(page), 1)
        layout.addWidget(buttons)  # Save and Cancel stay in view
        hint = page.sizeHint()
        fit_to_screen(self, hint.width() + 40, hint.height() + buttons.sizeHint().height() + 60)
        self._load()

    # --- building ---------------------------------------------------------------------

    def _form(self, rows: tuple[tuple[str, str, QWidget], ...]) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, caption, widget in rows:
            self.errors.add_row(form, name, caption, widget)
        return form

    def _clinic_group(self) -> QGroupBox:
        self.name_box = QLineEdit()
        self.name_box.setMaxLength(200)
        self.address_box = QPlainTextEdit()
        self.address_box.setTabChangesFocus(True)
        self.address_box.setFixedHeight(self.address_box.fontMetrics().lineSpacing() * 4 + 12)
        self.phone_box = QLineEdit()
        self.phone_box.setMaxLength(40)
        self.email_box = QLineEdit()
        self.email_box.setMaxLength(200)
        # No maximum length here: a value too long is named at its field by the service.
        self.tax_box = QLineEdit()
        self.tax_box.setPlaceholderText(self.tr("e.g. VAT number; printed on receipts"))
        self.body_box = QLineEdit()
        self.body_box.setPlaceholderText(self.tr("e.g. the council practitioners register with"))
        self.idle_box = QSpinBox()
        self.idle_box.setRange(IDLE_LOCK_RANGE.start, IDLE_LOCK_RANGE.stop - 1)
        self.idle_box.setValue(IDLE_LOCK_DEFAULT_MINUTES)
        self.idle_box.setSuffix(self.tr(" minutes"))
        idle_hint = QLabel(
            self.tr(
                "Every window locks after this long without keyboard or mouse input; "
                "Ctrl+L locks at once."
            )
        )
        idle_hint.setWordWrap(True)
        set_hint(idle_hint)  # secondary text, not disabled text
        form = self._form(
            (
                ("name", self.tr("Clinic &name"), self.name_box),
                ("address", self.tr("&Address"), self.address_box),
                ("phone", self.tr("&Phone"), self.phone_box),
                ("email", self.tr("&Email"), self.email_box),
                ("tax_number", self.tr("&Tax number"), self.tax_box),
                ("registering_body", self.tr("&Registering body"), self.body_box),
                ("idle_lock_minutes", self.tr("&Lock after"), self.idle_box),
            )
        )
        form.addRow("", idle_hint)
        group = QGroupBox(self.tr("Clinic"))
        group.setLayout(form)
        return group

    def _spin(self, allowed: range, suffix: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(allowed.start, allowed.stop - 1)
        box.setSuffix(suffix)
        return box

    def _book_group(self) -> QGroupBox:
        self.first_visit_box = self._spin(VISIT_MINUTES, self.tr(" minutes"))
        self.follow_up_box = self._spin(VISIT_MINUTES, self.tr(" minutes"))
        self.opens_box = QTimeEdit()
        self.closes_box = QTimeEdit()
        for edit in (self.opens_box, self.closes_box):
            edit.setDisplayFormat("HH:mm")
        self.day_boxes = [
            QCheckBox(translate("ClinicSettingsDialog", day)) for day in WEEKDAY_NAMES
        ]
        days = QWidget()
        row = QHBoxLayout(days)
        row.setContentsMargins(2, 2, 2, 2)
        for box in self.day_boxes:
            row.addWidget(box)
        row.addStretch(1)
        self.late_box = self._spin(LATE_CANCEL_HOURS, self.tr(" hours"))
        form = self._form(
            (
                ("first_visit_minutes", self.tr("&First visit"), self.first_visit_box),
                ("follow_up_minutes", self.tr("Follo&w-up"), self.follow_up_box),
                ("opens_at_minute", self.tr("&Opens at"), self.opens_box),
                ("closes_at_minute", self.tr("&Closes at"), self.closes_box),
            )
        )
        label = QLabel(self.tr("Open da&ys"))
        label.setBuddy(self.day_boxes[0])
        form.addRow(
            label, self.errors.wrap("open_weekdays", days, focus=self.day_boxes[0], frame=days)
        )
        self.errors.add_row(
            form, "late_cancel_hours", self.tr("Late-cancel not&ice"), self.late_box
        )
        hint = QLabel(self.tr("A cancellation with less notice than this counts as late."))
        hint.setWordWrap(True)
        set_hint(hint)
        form.addRow("", hint)
        group = QGroupBox(self.tr("Appointment book"))
        group.setLayout(form)
        return group

    def _insurer_group(self) -> QGroupBox:
        self.insurer_box = QCheckBox(self.tr("Print ins&urers' codes on receipts"))
        self.diagnosis_box = QComboBox()
        for code, description in DIAGNOSIS_CODES:
            self.diagnosis_box.addItem(f"{code} — {description}", code)
        self.insurer_box.toggled.connect(self.diagnosis_box.setEnabled)
        self.diagnosis_box.setEnabled(False)
        hint = QLabel(
            self.tr(
                "For US insurers: the ICD-10-CM diagnosis code and the CPT codes "
                "97810–97814 by 15-minute units, on every receipt and invoice."
            )
        )
        hint.setWordWrap(True)
        set_hint(hint)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.errors.wrap("insurer_codes", self.insurer_box))
        self.errors.add_row(form, "diagnosis_code", self.tr("Dia&gnosis"), self.diagnosis_box)
        form.addRow(hint)
        group = QGroupBox(self.tr("Receipts for insurers"))
        group.setLayout(form)
        return group

    # --- loading and saving -------------------------------------------------------------

    def _load(self) -> None:
        loaded = self._presenter.load()
        if isinstance(loaded, Problem):
            self.save_button.setEnabled(False)
            self._prompts.error(self, self.tr("Clinic settings"), loaded.message)
            return
        self._show(loaded)
        self.name_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, loaded: ClinicSettings) -> None:
        self.name_box.setText(loaded.name)
        self.address_box.setPlainText(loaded.address)
        self.phone_box.setText(loaded.phone)
        self.email_box.setText(loaded.email)
        self.tax_box.setText(loaded.tax_number)
        self.body_box.setText(loaded.registering_body)
        self.idle_box.setValue(loaded.idle_lock_minutes)
        self.first_visit_box.setValue(loaded.first_visit_minutes)
        self.follow_up_box.setValue(loaded.follow_up_minutes)
        self.opens_box.setTime(_time(loaded.opens_at_minute))
        self.closes_box.setTime(_time(loaded.closes_at_minute))
        for day, box in enumerate(self.day_boxes, start=1):
            box.setChecked(day in loaded.open_weekdays)
        self.late_box.setValue(loaded.late_cancel_hours)
        self.insurer_box.setChecked(loaded.insurer_codes)
        index = self.diagnosis_box.findData(loaded.diagnosis_code)
        self.diagnosis_box.setCurrentIndex(max(index, 0))

    def open_weekdays(self) -> frozenset[int]:
        return frozenset(day for day, box in enumerate(self.day_boxes, 1) if box.isChecked())

    def save(self) -> None:
        self.errors.clear()
        result = self._presenter.save(
            name=self.name_box.text(),
            address=self.address_box.toPlainText(),
            phone=self.phone_box.text(),
            email=self.email_box.text(),
            idle_lock_minutes=self.idle_box.value(),
            tax_number=self.tax_box.text(),
            registering_body=self.body_box.text(),
            first_visit_minutes=self.first_visit_box.value(),
            follow_up_minutes=self.follow_up_box.value(),
            opens_at_minute=_minutes(self.opens_box),
            closes_at_minute=_minutes(self.closes_box),
            open_weekdays=self.open_weekdays(),
            late_cancel_hours=self.late_box.value(),
            insurer_codes=self.insurer_box.isChecked(),
            diagnosis_code=self.diagnosis_box.currentData(),
        )
        if isinstance(result, Problem):
            if not self.errors.show(result):
                self._prompts.error(self, self.tr("Clinic settings"), result.message)
            return
        self.settings_saved.emit(result)
        self.accept()
