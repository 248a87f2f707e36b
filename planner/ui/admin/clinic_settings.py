"""Admin → Clinic settings: name, address, phone, e-mail, the idle-lock time, and the tax
number and registering body printed on receipts and invoices."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.access import IDLE_LOCK_DEFAULT_MINUTES, IDLE_LOCK_RANGE
from planner.ui.admin.clinic_settings_presenter import ClinicSettingsPresenter
from planner.ui.forms import FieldErrors
from planner.ui.problem import Problem
from planner.ui.prompts import Prompts


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
        self.body_box.setPlaceholderText(
            self.tr("e.g. the acupuncture council the practitioners are registered with")
        )
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
        idle_hint.setEnabled(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, caption, widget in (
            ("name", self.tr("Clinic &name"), self.name_box),
            ("address", self.tr("&Address"), self.address_box),
            ("phone", self.tr("&Phone"), self.phone_box),
            ("email", self.tr("&Email"), self.email_box),
            ("tax_number", self.tr("&Tax number"), self.tax_box),
            ("registering_body", self.tr("&Registering body"), self.body_box),
            ("idle_lock_minutes", self.tr("&Lock after"), self.idle_box),
        ):
            widget.setAccessibleName(caption.replace("&", ""))
            form.addRow(caption, self.errors.wrap(name, widget))
        form.addRow("", idle_hint)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._load()

    def _load(self) -> None:
        loaded = self._presenter.load()
        if isinstance(loaded, Problem):
            self.save_button.setEnabled(False)
            self._prompts.error(self, self.tr("Clinic settings"), loaded.message)
            return
        self.name_box.setText(loaded.name)
        self.address_box.setPlainText(loaded.address)
        self.phone_box.setText(loaded.phone)
        self.email_box.setText(loaded.email)
        self.tax_box.setText(loaded.tax_number)
        self.body_box.setText(loaded.registering_body)
        self.idle_box.setValue(loaded.idle_lock_minutes)
        self.name_box.setFocus(Qt.FocusReason.OtherFocusReason)

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
        )
        if isinstance(result, Problem):
            if not self.errors.show(result):
                self._prompts.error(self, self.tr("Clinic settings"), result.message)
            return
        self.settings_saved.emit(result)
        self.accept()
