"""The booking dialogs of the appointment book: a new booking and moving one (here),
cancelling (planner/ui/book/dialog_cancel.py), the free-slot finder and a course's times
(planner/ui/book/dialog_finder.py, dialog_course.py). Each is a QDialog tests drive with
qtbot, and an ``ask_...`` function that runs it modally and returns what was done (None
when closed). A problem is shown at its field (red line, focus) with everything typed
kept; a time just taken shows the message and the practitioner's next free times that
day as buttons that fill the time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.i18n import translate
from planner.domain.vocab import AppointmentKind
from planner.domain.wording import labels
from planner.services.appointment_views import AppointmentDraft, AppointmentView, BookContext
from planner.services.appointments import AppointmentService
from planner.ui.book.dialog_cancel import CancelDialog, ask_cancel
from planner.ui.book.dialog_course import CourseTimesDialog, ask_course_times
from planner.ui.book.dialog_finder import ChosenSlot, FreeSlotDialog, ask_free_slot
from planner.ui.book.dialog_parts import (
    FreeTimes,
    QuarterTimeEdit,
    combine,
    date_edit,
    from_qdate,
    length_spin,
    minute_time,
    plain_button,
    practitioner_combo,
    room_combo,
    to_qdate,
)
from planner.ui.book.dialog_presenter import BookingPresenter, Outcome, appointment_text
from planner.ui.forms import FieldErrors
from planner.ui.labels import translated
from planner.ui.problem import Problem
from planner.ui.widgets.message_bar import MessageBar

__all__ = [
    "CancelDialog",
    "ChosenSlot",
    "CourseTimesDialog",
    "FreeSlotDialog",
    "MoveDialog",
    "NewBookingDialog",
    "ask_cancel",
    "ask_course_times",
    "ask_free_slot",
    "ask_move",
    "ask_new_booking",
]

FindPatient = Callable[[str], list[tuple[int, str]]]
SEARCH_DELAY_MS = 300  # typing pauses this long: search


class _TimeDialog(QDialog):
    """What booking and moving share: practitioner, date, time, length, room, the
    message bar and the next free times."""

    def __init__(self, presenter: BookingPresenter, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.result_view: AppointmentView | None = None
        self.moving_id: int | None = None  # moving an appointment: its own time is free
        self.errors = FieldErrors()
        self.message = MessageBar()
        self.free = FreeTimes()
        self.free.chosen.connect(self._on_free_chosen)
        self.free_button = plain_button(self.tr("Show &free times"))
        self.free_button.clicked.connect(self._on_free_button_clicked)

    def _time_fields(
        self,
        start: dt.datetime,
        today: dt.date,
        practitioner_id: int | None,
        room_id: int | None,
        length: int,
    ) -> None:
        context = self.presenter.context
        self.length_spin = length_spin(length)
        self.practitioner_combo = practitioner_combo(context, practitioner_id)
        self.date_edit = date_edit(start.date(), today)
        self.time_edit = QuarterTimeEdit()
        self.time_edit.setTime(minute_time(start.hour * 60 + start.minute))
        self.room_combo = room_combo(context, room_id, self.tr("No room"))
        for changed in (self.date_edit.dateChanged, self.practitioner_combo.currentIndexChanged):
            changed.connect(self._on_day_or_practitioner_changed)

    def _add_time_rows(self, form: QFormLayout) -> None:
        self.errors.add_row(
            form, "practitioner_id", self.tr("&Practitioner"), self.practitioner_combo
        )
        self.errors.add_row(form, "date", self.tr("&Date"), self.date_edit)
        self.errors.add_row(form, "time", self.tr("&Time"), self.time_edit)

    def _layout(self, form: QFormLayout, action: str) -> None:
        self.action_button = plain_button(action)
        self.action_button.clicked.connect(self._on_action_button_clicked)
        self.close_button = plain_button(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.free_button)
        buttons.addStretch(1)
        buttons.addWidget(self.action_button)
        buttons.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addWidget(self.message)
        column.addLayout(form)
        column.addWidget(self.free)
        column.addLayout(buttons)

    # --- what the fields hold ---------------------------------------------------------

    def practitioner_id(self) -> int | None:
        value = self.practitioner_combo.currentData()
        return int(value) if value is not None else None

    def room_id(self) -> int | None:
        value = self.room_combo.currentData()
        return int(value) if value is not None else None

    def starts_at(self) -> dt.datetime:
        return combine(self.date_edit.date(), self.time_edit.time())

    def _length(self) -> int:
        return int(self.length_spin.value())

    # --- showing what happened ----------------------------------------------------------

    def show_outcome(self, outcome: Outcome) -> None:
        if outcome.view is not None:
            self.result_view = outcome.view
            self.accept()
            return
        self.show_problem(outcome.problem or Problem(""))
        self.free.set_times((), "")
        if outcome.free:
            self.free.set_times(outcome.free, self.tr("Free that day:"))
        elif outcome.problem is not None and outcome.problem.field is None:
            self.free.set_times((), self.tr("Nothing else is free that day."))

    def show_problem(self, problem: Problem) -> None:
        shown = self.errors.show(problem)
        self.message.show_message("" if shown else problem.message)

    def _on_free_chosen(self, moment: dt.datetime) -> None:
        self.date_edit.setDate(to_qdate(moment.date()))
        self.time_edit.setTime(minute_time(moment.hour * 60 + moment.minute))
        self.time_edit.setFocus()

    def _on_day_or_practitioner_changed(self) -> None:
        self.free.set_times((), "")  # another day's or practitioner's: no longer true

    def _on_free_button_clicked(self) -> None:
        who = self.practitioner_id()
        if who is None:
            self.show_problem(
                Problem(self.tr("Practitioner: choose who will treat."), "practitioner_id")
            )
            return
        day = from_qdate(self.date_edit.date())
        times = self.presenter.free_times(
            who, day, self._length(), self.room_id(), moving_id=self.moving_id
        )
        caption = self.tr("Free that day:") if times else self.tr("Nothing is free that day.")
        self.free.set_times(times, caption)

    def _on_action_button_clicked(self) -> None:
        raise NotImplementedError


class NewBookingDialog(_TimeDialog):
    """A new booking: the patient (searched by name or chart number), the course
    session it books when the patient has one, who, when, what kind, how long, where."""

    def __init__(
        self,
        presenter: BookingPresenter,
        today: dt.date,
        find_patient: FindPatient,
        *,
        start: dt.datetime | None = None,
        practitioner_id: int | None = None,
        patient: tuple[int, str] | None = None,
        session_choices: Sequence[tuple[int, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(presenter, parent)
        self.setWindowTitle(self.tr("New booking"))
        self._find_patient = find_patient
        self._fixed_sessions = session_choices is not None
        hours = presenter.hours
        start = start or dt.datetime.combine(today, dt.time()) + dt.timedelta(minutes=hours.opens)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Name or chart number, then Enter"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_button = plain_button(self.tr("F&ind"))
        self.patient_combo = QComboBox()
        self.patient_combo.setMinimumContentsLength(24)
        search_row = QWidget()
        row = QHBoxLayout(search_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.search_button)
        self.session_combo = QComboBox()
        self.kind_combo = QComboBox()
        for kind, text in translated(_kind_words()).items():
            self.kind_combo.addItem(text, kind.value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(AppointmentKind.FIRST_VISIT.value))
        self._time_fields(start, today, practitioner_id, None, hours.first_visit_minutes)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        form = QFormLayout()
        self.errors.add_row(
            form, "search", self.tr("&Find patient"), search_row, focus=self.search_edit
        )
        self.errors.add_row(form, "patient_id", self.tr("Pat&ient"), self.patient_combo)
        self._session_label = self.errors.add_row(
            form, "session_id", self.tr("&Books session"), self.session_combo
        )
        self._add_time_rows(form)
        self.errors.add_row(form, "kind", self.tr("&Kind"), self.kind_combo)
        self.errors.add_row(form, "length_minutes", self.tr("&Length"), self.length_spin)
        self.errors.add_row(form, "room_id", self.tr("&Room"), self.room_combo)
        self._layout(form, self.tr("&Book"))
        self.search_edit.returnPressed.connect(self.search)
        self.search_edit.textEdited.connect(lambda _text: self._search_timer.start())
        self._search_timer.timeout.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.patient_combo.currentIndexChanged.connect(self._on_patient_combo_changed)
        self.session_combo.currentIndexChanged.connect(self._on_session_combo_changed)
        if patient is not None:
            self.patient_combo.addItem(patient[1], patient[0])
        self._set_sessions(session_choices or ())
        if patient is None:
            self.search_edit.setFocus()
        else:
            self._on_patient_combo_changed()

    def search(self) -> None:
        """The patients found for what is typed, in the patient box."""
        self._search_timer.stop()
        text = self.search_edit.text().strip()
        if not text:
            return
        found = self._find_patient(text)
        self.patient_combo.blockSignals(True)
        self.patient_combo.clear()
        for patient_id, label in found:
            self.patient_combo.addItem(label, patient_id)
        self.patient_combo.blockSignals(False)
        if not found:
            self.errors.show(Problem(self.tr("Patient: nobody found for what is typed."), "search"))
            return
        self.errors.clear()
        self._on_patient_combo_changed()

    def patient_id(self) -> int | None:
        value = self.patient_combo.currentData()
        return int(value) if value is not None else None

    def session_id(self) -> int | None:
        value = self.session_combo.currentData()
        return int(value) if value is not None else None

    def kind(self) -> AppointmentKind:
        return AppointmentKind(self.kind_combo.currentData())

    def draft(self) -> AppointmentDraft | Problem:
        patient_id = self.patient_id()
        if patient_id is None:
            return Problem(self.tr("Patient: search and choose who is booked."), "patient_id")
        practitioner = self.practitioner_id()
        if practitioner is None:
            return Problem(
                self.tr("Practitioner: the clinic has no active practitioner."), "practitioner_id"
            )
        return AppointmentDraft(
            patient_id=patient_id,
            practitioner_id=practitioner,
            starts_at=self.starts_at(),
            kind=self.kind(),
            length_minutes=self._length(),
            room_id=self.room_id(),
            session_id=self.session_id(),
        )

    def _on_action_button_clicked(self) -> None:
        draft = self.draft()
        if isinstance(draft, Problem):
            self.show_problem(draft)
            return
        self.show_outcome(self.presenter.book(draft))

    def _set_sessions(self, choices: Sequence[tuple[int, str]]) -> None:
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        self.session_combo.addItem(self.tr("None (not a course session)"), None)
        for session_id, label in choices:
            self.session_combo.addItem(label, session_id)
        self.session_combo.blockSignals(False)
        self.session_combo.setVisible(bool(choices))
        self._session_label.setVisible(bool(choices))

    def _on_patient_combo_changed(self) -> None:
        patient_id = self.patient_id()
        if not self._fixed_sessions:
            self._set_sessions(self.presenter.session_choices(patient_id) if patient_id else ())

    def _on_session_combo_changed(self) -> None:
        if self.session_id() is not None:
            self.kind_combo.setCurrentIndex(
                self.kind_combo.findData(AppointmentKind.FOLLOW_UP.value)
            )

    def _on_kind_combo_changed(self) -> None:
        self.length_spin.setValue(self.presenter.default_length(self.kind()))


class MoveDialog(_TimeDialog):
    """Another date, time, practitioner, room or length for a booking not yet begun."""

    def __init__(
        self,
        presenter: BookingPresenter,
        view: AppointmentView,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(presenter, parent)
        self.view = view
        self.moving_id = view.id
        self.setWindowTitle(self.tr("Move appointment"))
        opening = dt.datetime.combine(view.day, dt.time()) + dt.timedelta(
            minutes=presenter.hours.opens
        )
        start = view.starts_at or opening
        self._time_fields(start, today, view.practitioner_id, view.room_id, view.length_minutes)
        form = QFormLayout()
        form.addRow(self.tr("Now"), _plain_label(appointment_text(view, self.tr("time not set"))))
        self._add_time_rows(form)
        self.errors.add_row(form, "length_minutes", self.tr("&Length"), self.length_spin)
        self.errors.add_row(form, "room_id", self.tr("&Room"), self.room_combo)
        self._layout(form, self.tr("&Move"))
        self._on_free_button_clicked()  # the next free times that day, at once
        self.date_edit.setFocus()

    def _on_action_button_clicked(self) -> None:
        practitioner = self.practitioner_id()
        if practitioner is None:
            self.show_problem(
                Problem(self.tr("Practitioner: choose who will treat."), "practitioner_id")
            )
            return
        outcome = self.presenter.move(
            self.view, self.starts_at(), practitioner, self.room_id(), self._length()
        )
        self.show_outcome(outcome)


def _plain_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("move_now")
    return label


def _kind_words() -> dict[AppointmentKind, str]:
    return labels(AppointmentKind)


def ask_new_booking(
    parent: QWidget | None,
    service: AppointmentService,
    context: BookContext,
    today: dt.date,
    *,
    find_patient: FindPatient,
    start: dt.datetime | None = None,
    practitioner_id: int | None = None,
    patient_id: int | None = None,
    patient_label: str = "",
    session_choices: Sequence[tuple[int, str]] | None = None,
) -> AppointmentView | None:
    """Book an appointment; the booking made, or None. ``find_patient(text)`` gives
    ``(id, "Name - chart 1234")`` pairs; ``patient_id`` (with ``patient_label``) books
    that patient; ``session_choices`` ``(session id, "Session 3 of 6")`` limit the course
    sessions offered (None: the patient's sessions waiting for a time)."""
    patient = (
        (patient_id, patient_label or translate("book", "Patient {id}").format(id=patient_id))
        if patient_id
        else None
    )
    dialog = NewBookingDialog(
        BookingPresenter(service, context),
        today,
        find_patient,
        start=start,
        practitioner_id=practitioner_id,
        patient=patient,
        session_choices=session_choices,
        parent=parent,
    )
    return dialog.result_view if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_move(
    parent: QWidget | None,
    service: AppointmentService,
    context: BookContext,
    view: AppointmentView,
    today: dt.date,
) -> AppointmentView | None:
    """Move a booking; the booking as moved, or None."""
    dialog = MoveDialog(BookingPresenter(service, context), view, today, parent)
    return dialog.result_view if dialog.exec() == QDialog.DialogCode.Accepted else None
