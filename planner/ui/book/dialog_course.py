"""A course's times: the service proposes a time for each session not yet booked, at the
course's rhythm on the practitioner's free slots; each row (session, planned date,
proposed time) can be changed, a session with no free slot found is left unticked until
a time is set, a preferred time of day proposes them all again, and Book these books the
ticked ones in one go (all or none). A refusal is shown at the row it is about. Part of
the booking dialogs (planner/ui/book/dialogs.py).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import formats
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.i18n import QT_TRANSLATE_NOOP, translate
from planner.services.appointment_views import AppointmentView, Proposal
from planner.services.appointments import AppointmentService
from planner.ui.book.dialog_parts import QuarterTimeEdit, plain_button, to_qdate
from planner.ui.style import ERROR_STYLE
from planner.ui.widgets.message_bar import MessageBar

# Headings, translated where the table is made (the dialog's context, as self.tr uses).
COLUMNS = (
    QT_TRANSLATE_NOOP("CourseTimesDialog", "Session"),
    QT_TRANSLATE_NOOP("CourseTimesDialog", "Planned"),
    QT_TRANSLATE_NOOP("CourseTimesDialog", "Time"),
    QT_TRANSLATE_NOOP("CourseTimesDialog", "Book"),
    QT_TRANSLATE_NOOP("CourseTimesDialog", "Problem"),
)


def _qdatetime(moment: dt.datetime) -> QDateTime:
    return QDateTime(to_qdate(moment.date()), QTime(moment.hour, moment.minute))


def _from_qdatetime(value: QDateTime) -> dt.datetime:
    day, time = value.date(), value.time()
    return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


class CourseTimesDialog(QDialog):
    def __init__(
        self,
        service: AppointmentService,
        course_id: int,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.course_id = course_id
        self.today = today
        self.result_views: tuple[AppointmentView, ...] | None = None
        self.proposals: tuple[Proposal, ...] = ()
        self.time_edits: list[QDateTimeEdit] = []
        self.book_boxes: list[QCheckBox] = []
        self.setWindowTitle(self.tr("Book the course's sessions"))
        self.message = MessageBar()
        self.preferred_edit = QuarterTimeEdit()
        self.preferred_edit.setTime(QTime(10, 0))
        self.preferred_edit.setAccessibleName(self.tr("Preferred time"))
        self.propose_button = plain_button(self.tr("&Propose again"))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("The course's sessions and their times"))
        self.table.setHorizontalHeaderLabels([translate("CourseTimesDialog", c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.book_button = plain_button(self.tr("&Book these"))
        self.close_button = plain_button(self.tr("Close"))
        preferred = QHBoxLayout()
        preferred.addWidget(QLabel(self.tr("Preferred time of day")))
        preferred.addWidget(self.preferred_edit)
        preferred.addWidget(self.propose_button)
        preferred.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.book_button)
        buttons.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addWidget(self.message)
        column.addLayout(preferred)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        self.propose_button.clicked.connect(self._on_propose_button_clicked)
        self.book_button.clicked.connect(self._on_book_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.resize(640, 360)
        self.propose(None)
        proposal: Proposal
        for proposal in self.proposals:  # the box says the time of day proposed
            if proposal.starts_at is not None:
                self.preferred_edit.setTime(
                    QTime(proposal.starts_at.hour, proposal.starts_at.minute)
                )
                break

    def preferred_minute(self) -> int:
        time = self.preferred_edit.time()
        return time.hour() * 60 + time.minute()

    def propose(self, preferred_minute: int | None) -> None:
        """Ask the service for times again and show them (what was typed is replaced)."""
        self.message.clear()
        try:
            self.proposals = self.service.propose_course(self.course_id, preferred_minute)
        except PlannerError as error:
            self.message.show_message(error.user_text())
            return
        self.table.setRowCount(0)
        self.time_edits, self.book_boxes = [], []
        for row, proposal in enumerate(self.proposals):
            self._add_row(row, proposal)
        self.table.resizeColumnsToContents()
        self.book_button.setEnabled(bool(self.proposals))
        if not self.proposals:
            self.message.show_message(self.tr("Every session of this course has a time already."))

    def _add_row(self, row: int, proposal: Proposal) -> None:
        self.table.insertRow(row)
        self.table.setItem(
            row, 0, QTableWidgetItem(self.tr("Session {n}").format(n=proposal.number))
        )
        self.table.setItem(
            row,
            1,
            QTableWidgetItem(formats.weekday_date(proposal.planned_day)),
        )
        start = proposal.starts_at or dt.datetime.combine(
            max(proposal.planned_day, self.today), dt.time()
        ) + dt.timedelta(minutes=self.preferred_minute())
        edit = QDateTimeEdit(_qdatetime(start))
        edit.setDisplayFormat("ddd d MMM yyyy HH:mm")
        edit.setCalendarPopup(True)
        edit.setAccessibleName(self.tr("Time of session {n}").format(n=proposal.number))
        box = QCheckBox()
        box.setChecked(proposal.starts_at is not None)
        box.setAccessibleName(self.tr("Book session {n}").format(n=proposal.number))
        edit.dateTimeChanged.connect(lambda _value, b=box: b.setChecked(True))
        self.table.setCellWidget(row, 2, edit)
        self.table.setCellWidget(row, 3, box)
        problem = QLabel("" if proposal.starts_at else self.tr("No free slot: set a time"))
        problem.setStyleSheet(ERROR_STYLE)
        self.table.setCellWidget(row, 4, problem)
        self.time_edits.append(edit)
        self.book_boxes.append(box)

    def row_problem(self, row: int) -> str:
        widget = self.table.cellWidget(row, 4)
        return widget.text() if isinstance(widget, QLabel) else ""

    def chosen(self) -> tuple[tuple[int, dt.datetime], ...]:
        return tuple(
            (p.session_id, _from_qdatetime(edit.dateTime()))
            for p, edit, box in zip(self.proposals, self.time_edits, self.book_boxes, strict=True)
            if box.isChecked()
        )

    def _on_propose_button_clicked(self) -> None:
        self.propose(self.preferred_minute())

    def _on_book_button_clicked(self) -> None:
        for row in range(self.table.rowCount()):
            self._set_row_problem(row, "")
        self.message.clear()
        times = self.chosen()
        if not times:
            self.message.show_message(self.tr("Tick at least one session to book."))
            return
        try:
            booked = self.service.book_course(self.course_id, times)
        except PlannerError as error:
            self._show_error(error, times)
            return
        self.result_views = booked
        self.accept()

    def _show_error(self, error: PlannerError, times: tuple[tuple[int, dt.datetime], ...]) -> None:
        """At the row the refusal names (its session, its date or its time), else above."""
        text = error.user_text()
        rows = [
            row
            for row, p in enumerate(self.proposals)
            if self.book_boxes[row].isChecked() and _names_row(error, text, p, dict(times))
        ]
        for row in rows[:1]:
            self._set_row_problem(row, error.message)
            self.time_edits[row].setFocus()
        if not rows:
            self.message.show_message(text)

    def _set_row_problem(self, row: int, text: str) -> None:
        widget = self.table.cellWidget(row, 4)
        if isinstance(widget, QLabel):
            widget.setText(text)


def _names_row(
    error: PlannerError, text: str, proposal: Proposal, times: dict[int, dt.datetime]
) -> bool:
    start = times.get(proposal.session_id)
    if start is None:
        return False
    if isinstance(error, ValidationError) and error.field == "session_id":
        return f" {proposal.session_id} " in f" {text} " or f" {proposal.number} " in text
    moment = f"{start:%a %d %b %Y}"
    clock = f"{start:%H:%M}"
    return (
        moment in text
        or (clock in text and "does not fit" in text)
        or (start.date().strftime("%A") in text)
    )


def ask_course_times(
    parent: QWidget | None,
    service: AppointmentService,
    course_id: int,
    today: dt.date,
) -> tuple[AppointmentView, ...] | None:
    """Book a course's sessions at proposed (or changed) times; the bookings, or None."""
    dialog = CourseTimesDialog(service, course_id, today, parent)
    return dialog.result_views if dialog.exec() == QDialog.DialogCode.Accepted else None
