"""The book's side panel and the hooks behind its buttons: the selected appointment's
details with Open session (a practitioner's, for today's session of its course),
Open patient, Check in, Move..., Cancel..., Did not attend, Take payment...
and Receipt... (each enabled only when its state allows), or, for an empty slot, where it
is and New booking.... The dialogs are not here: the screen is given them as
:class:`BookActions`, so the window wires them and tests pass recorders.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.domain.vocab import AppointmentState
from planner.services.appointment_views import AppointmentView
from planner.ui.book import looks


def _nothing(*_args: object) -> None:
    return None


def _no(*_args: object) -> bool:
    return False


@dataclass(frozen=True)
class BookActions:
    """What the screen's buttons open (dialogs written elsewhere). A hook that returns
    True changed the book, which is then read again."""

    new_booking: Callable[[dt.datetime | None, int | None], bool] = _no
    move: Callable[[AppointmentView], bool] = _no
    cancel: Callable[[AppointmentView], bool] = _no
    find_slot: Callable[[int | None], bool] = _no
    take_payment: Callable[[int], None] = _nothing
    receipt: Callable[[AppointmentView], None] = _nothing
    open_patient: Callable[[int], None] = _nothing
    open_session: Callable[[AppointmentView], None] = _nothing  # today's, of its course


class AppointmentPanel(QFrame):
    """The selected appointment (or empty slot) and what can be done with it; a
    double-click on the patient's name opens the patient (``patient_opened``)."""

    patient_opened = Signal()

    def __init__(self, parent: QWidget | None = None, *, clinical: bool = False) -> None:
        super().__init__(parent)
        self.clinical = clinical  # the user records sessions: Open session is offered
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Selected appointment"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.installEventFilter(self)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.open_session_button = self._button(self.tr("Open &session"))
        self.open_session_button.setToolTip(self.tr("Today's session of the patient's course"))
        self.open_patient_button = self._button(self.tr("Open &patient"))
        self.check_in_button = self._button(self.tr("&Check in"))
        self.move_button = self._button(self.tr("&Move..."))
        self.cancel_button = self._button(self.tr("Cance&l..."))
        self.no_show_button = self._button(self.tr("Did &not attend"))
        self.payment_button = self._button(self.tr("Take pa&yment..."))
        self.receipt_button = self._button(self.tr("Rece&ipt..."))
        self.book_here_button = self._button(self.tr("New &booking here..."))
        # An appointment's buttons, shown or hidden together (one change of layout when
        # the selection goes from an appointment to a free time, not eight)
        self.appointment_buttons = QWidget()
        column = QVBoxLayout(self.appointment_buttons)
        column.setContentsMargins(0, 0, 0, 0)
        for button in self.buttons()[:-1]:
            column.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(self.appointment_buttons)
        layout.addWidget(self.book_here_button)
        layout.addStretch(1)
        self.show_nothing()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        double = event.type() == QEvent.Type.MouseButtonDblClick
        if watched is self.heading and double and self.open_patient_button.isEnabled():
            self.patient_opened.emit()
            return True
        return super().eventFilter(watched, event)

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.setAccessibleName(text.replace("&", ""))
        return button

    def buttons(self) -> list[QPushButton]:
        return [
            self.open_session_button,
            self.open_patient_button,
            self.check_in_button,
            self.move_button,
            self.cancel_button,
            self.no_show_button,
            self.payment_button,
            self.receipt_button,
            self.book_here_button,
        ]

    def show_nothing(self) -> None:
        self.heading.setText(self.tr("Nothing selected"))
        self.heading.setToolTip("")
        self.details.setText(self.tr("Choose an appointment or a free time in the book."))
        _show(self.appointment_buttons, False)
        _show(self.book_here_button, True)
        for button in self.buttons():
            button.setEnabled(False)

    def show_slot(self, text: str, bookable: bool) -> None:
        self.heading.setText(self.tr("Free time"))
        self.heading.setToolTip("")
        self.details.setText(text)
        _show(self.appointment_buttons, False)
        _show(self.book_here_button, True)
        self.book_here_button.setEnabled(bookable)

    def show_appointment(
        self, view: AppointmentView, *, check_in: bool, miss: bool, session: bool = False
    ) -> None:
        self.heading.setText(looks.patient_text(view))
        self.heading.setToolTip(self.tr("Double-click to open the patient"))
        self.details.setText(looks.full_text(view))
        not_begun = view.state in (AppointmentState.BOOKED, AppointmentState.CHECKED_IN)
        enabled = {
            self.open_session_button: session,
            self.open_patient_button: True,
            self.check_in_button: check_in,
            self.move_button: view.state == AppointmentState.BOOKED,
            self.cancel_button: not_begun,
            self.no_show_button: miss,
            self.payment_button: True,
            self.receipt_button: view.state != AppointmentState.CANCELLED,
            self.book_here_button: not view.is_live and view.has_time,
        }
        _show(self.appointment_buttons, True)
        _show(self.open_session_button, self.clinical and session)
        _show(self.book_here_button, enabled[self.book_here_button])
        for button, on in enabled.items():
            button.setEnabled(on)

    def first_enabled(self) -> QPushButton | None:
        """Where Enter on an appointment takes the keyboard: its first possible action."""
        if self.clinical and self.open_session_button.isEnabled():
            return self.open_session_button  # a practitioner's first: the session
        order = [*self.buttons()[2:], self.open_patient_button]
        return next((b for b in order if b.isVisibleTo(self) and b.isEnabled()), None)


def _show(widget: QWidget, shown: bool) -> None:
    """Shown or hidden, touched only when that changes (each change lays the panel out)."""
    if widget.isHidden() == shown:
        widget.setVisible(shown)
