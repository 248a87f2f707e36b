"""Cancelling an appointment: who cancelled (the patient or the clinic), why (a common
reason picked, or typed), and, before anything is saved, whether it will count as a late
cancellation (the patient giving less notice than the clinic asks). Part of the booking
dialogs (planner/ui/book/dialogs.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.appointments import Hours
from planner.domain.i18n import QT_TRANSLATE_NOOP, translate
from planner.domain.vocab import CancelledBy
from planner.services.appointment_views import AppointmentView, BookContext
from planner.services.appointments import AppointmentService
from planner.ui.book.dialog_parts import plain_button
from planner.ui.book.dialog_presenter import BookingPresenter, appointment_text
from planner.ui.forms import FieldErrors
from planner.ui.problem import Problem
from planner.ui.style import WARNING_STYLE
from planner.ui.widgets.message_bar import MessageBar

COMMON_REASONS = (  # translated where listed, in the dialog's context
    QT_TRANSLATE_NOOP("CancelDialog", "Unwell"),
    QT_TRANSLATE_NOOP("CancelDialog", "Work"),
    QT_TRANSLATE_NOOP("CancelDialog", "Transport"),
    QT_TRANSLATE_NOOP("CancelDialog", "Practitioner unavailable"),
    QT_TRANSLATE_NOOP("CancelDialog", "Other"),
)


class CancelDialog(QDialog):
    """Who cancelled and why; Cancel appointment saves it."""

    def __init__(
        self,
        presenter: BookingPresenter,
        view: AppointmentView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.view = view
        self.result_view: AppointmentView | None = None
        self.setWindowTitle(self.tr("Cancel appointment"))
        self.setMinimumWidth(440)
        self.errors = FieldErrors()
        self.message = MessageBar()
        self.what_label = QLabel(appointment_text(view, self.tr("time not set")))
        self.what_label.setWordWrap(True)
        self.patient_radio = QRadioButton(self.tr("The &patient"))
        self.clinic_radio = QRadioButton(self.tr("The c&linic"))
        self.patient_radio.setChecked(True)
        self.by_group = QButtonGroup(self)
        self.by_group.addButton(self.patient_radio)
        self.by_group.addButton(self.clinic_radio)
        by_row = QWidget()
        row = QHBoxLayout(by_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.patient_radio)
        row.addWidget(self.clinic_radio)
        row.addStretch(1)
        self.reason_combo = QComboBox()
        self.reason_combo.setEditable(True)
        self.reason_combo.addItem("")
        for reason in COMMON_REASONS:
            self.reason_combo.addItem(translate("CancelDialog", reason))
        self.reason_combo.setCurrentIndex(0)
        self.late_label = QLabel()
        self.late_label.setStyleSheet(WARNING_STYLE)
        self.late_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Appointment"), self.what_label)
        self.errors.add_row(form, "by", self.tr("Cancelled by"), by_row, focus=self.patient_radio)
        self.errors.add_row(form, "reason", self.tr("&Reason"), self.reason_combo)
        self.cancel_button = plain_button(self.tr("&Cancel appointment"))
        self.keep_button = plain_button(self.tr("&Keep it"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.keep_button)
        column = QVBoxLayout(self)
        column.addWidget(self.message)
        column.addLayout(form)
        column.addWidget(self.late_label)
        column.addLayout(buttons)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.keep_button.clicked.connect(self.reject)
        self.patient_radio.toggled.connect(self._show_late)
        self._show_late()
        self.reason_combo.setFocus()

    def by(self) -> CancelledBy:
        return CancelledBy.PATIENT if self.patient_radio.isChecked() else CancelledBy.CLINIC

    def reason(self) -> str:
        return self.reason_combo.currentText()

    def will_be_late(self) -> bool:
        return self.presenter.will_be_late(self.view, self.by())

    def _show_late(self) -> None:
        late = self.will_be_late()
        hours = self.presenter.hours.late_cancel_hours
        self.late_label.setText(
            self.tr("Late cancellation (less than {n} hours' notice)").format(n=hours)
            if late
            else ""
        )
        self.late_label.setVisible(late)

    def _on_cancel_button_clicked(self) -> None:
        self._show_late()  # the clock moved on
        outcome = self.presenter.cancel(self.view, self.by(), self.reason())
        if outcome.view is not None:
            self.result_view = outcome.view
            self.accept()
            return
        problem = outcome.problem or Problem("")
        self.message.show_message("" if self.errors.show(problem) else problem.message)


def ask_cancel(
    parent: QWidget | None,
    service: AppointmentService,
    view: AppointmentView,
    late_hours: int,
    *,
    now: dt.datetime | None = None,
    context: BookContext | None = None,
) -> AppointmentView | None:
    """Cancel a booking; the booking as cancelled, or None. ``now`` is the clinic-local
    time (the computer's clock when None); ``context`` gives the opening time that an
    appointment with no time counts from (08:00 when None)."""
    hours = replace(context.hours if context is not None else Hours(), late_cancel_hours=late_hours)
    presenter = BookingPresenter(service, BookContext(hours, (), ()), now)
    dialog = CancelDialog(presenter, view, parent)
    return dialog.result_view if dialog.exec() == QDialog.DialogCode.Accepted else None
