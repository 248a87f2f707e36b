"""The right-hand panel: one patient's demographics and courses, read-only.

It renders a :class:`planner.services.patients.PatientOverview` handed to it and holds
no database access of its own. With no patient opened it shows a placeholder that says
how to open one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.vocab import CourseStatus, SessionStatus, Sex
from planner.services.patients import (
    CourseSummary,
    PatientOverview,
    SessionSummary,
    age_on,
    format_chart_number,
)

_EMPTY = "—"


def _value_label(text: str = "") -> QLabel:
    """A label for data typed by people: plain text (never HTML), selectable, wrapping."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def _heading(text: str, scale: float = 1.15) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def _join(*parts: str, sep: str = " · ") -> str:
    return sep.join(part.strip() for part in parts if part and part.strip())


class PatientOverviewWidget(QWidget):
    """Demographics and the list of courses with their sessions."""

    def __init__(
        self, today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._stack = QStackedWidget()
        self.placeholder = QLabel(
            self.tr(
                "No patient selected.\n\nFind a patient in the list — type part of a name, "
                "a phone number, a date of birth or a chart number — and press Enter."
            )
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)  # drawn in the palette's muted colour
        self.placeholder.setMargin(24)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self._build_content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

    def _build_content(self) -> QScrollArea:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(16, 12, 16, 16)
        column.setSpacing(10)
        self.name_label = _heading("", 1.6)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = _value_label()
        column.addWidget(self.name_label)
        column.addWidget(self.subtitle_label)

        column.addWidget(_heading(self.tr("Details")))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.fields: dict[str, QLabel] = {}
        for key, caption in self._field_captions():
            self.fields[key] = _value_label()
            form.addRow(caption, self.fields[key])
        column.addLayout(form)

        column.addWidget(_heading(self.tr("Courses")))
        self._courses_holder = QVBoxLayout()
        self._courses_holder.setSpacing(8)
        column.addLayout(self._courses_holder)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        self._scroll = scroll
        return scroll

    def _field_captions(self) -> list[tuple[str, str]]:
        return [
            ("name", self.tr("Name")),
            ("preferred_name", self.tr("Preferred name")),
            ("chart_number", self.tr("Chart no.")),
            ("date_of_birth", self.tr("Date of birth")),
            ("sex", self.tr("Sex")),
            ("phone", self.tr("Phone")),
            ("email", self.tr("Email")),
            ("address", self.tr("Address")),
            ("emergency_contact", self.tr("Emergency contact")),
            ("referring_physician", self.tr("Referring physician")),
        ]

    # --- what the window calls -----------------------------------------------------------------

    @property
    def showing_placeholder(self) -> bool:
        return self._stack.currentIndex() == 0

    def show_placeholder(self) -> None:
        self._stack.setCurrentIndex(0)

    def show_overview(self, overview: PatientOverview | None) -> None:
        if overview is None:
            self.show_placeholder()
            return
        age = age_on(overview.date_of_birth, self._today())
        chart = format_chart_number(overview.chart_number)
        self.name_label.setText(_join(overview.given_name, overview.family_name, sep=" "))
        archived = self.tr("Archived") if overview.archived else ""
        self.subtitle_label.setText(
            _join(self.tr("Chart no. {chart}").format(chart=chart), self._age_text(age), archived)
        )
        values = {
            "name": f"{overview.family_name}, {overview.given_name}",
            "preferred_name": overview.preferred_name,
            "chart_number": chart,
            "date_of_birth": f"{overview.date_of_birth.isoformat()} ({self._age_text(age)})",
            "sex": self._sex_text(overview.sex),
            "phone": overview.phone,
            "email": overview.email,
            "address": overview.address,
            "emergency_contact": _join(
                overview.emergency_contact_name, overview.emergency_contact_phone
            ),
            "referring_physician": _join(
                overview.referring_physician_name, overview.referring_physician_clinic
            ),
        }
        for key, value in values.items():
            self.fields[key].setText(value.strip() or _EMPTY)
        self._show_courses(overview.courses)
        self._stack.setCurrentIndex(1)
        self._scroll.verticalScrollBar().setValue(0)

    # --- courses -----------------------------------------------------------------------------

    def _show_courses(self, courses: tuple[CourseSummary, ...]) -> None:
        while (item := self._courses_holder.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        if not courses:
            empty = QLabel(self.tr("No courses yet."))
            empty.setEnabled(False)
            self._courses_holder.addWidget(empty)
        for course in courses:
            self._courses_holder.addWidget(self._course_box(course))

    def _course_box(self, course: CourseSummary) -> QGroupBox:
        dates = self.tr("started {start}").format(start=course.start_date.isoformat())
        if course.end_date is not None:
            dates = self.tr("{start} to {end}").format(
                start=course.start_date.isoformat(), end=course.end_date.isoformat()
            )
        planned = self.tr("{n} sessions planned").format(n=course.planned_sessions)
        box = QGroupBox(_join(self._course_status_text(course.status), dates, planned))
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(18)
        if not course.sessions:
            empty = QLabel(self.tr("No sessions yet."))
            empty.setEnabled(False)
            grid.addWidget(empty, 0, 0)
            return box
        headers = (
            self.tr("Session"),
            self.tr("Date"),
            self.tr("Status"),
            self.tr("Pain before → after"),
        )
        for column, text in enumerate(headers):
            header = QLabel(text)
            header.setEnabled(False)
            grid.addWidget(header, 0, column)
        for row, summary in enumerate(course.sessions, start=1):
            for column, text in enumerate(self._session_cells(summary)):
                grid.addWidget(_value_label(text), row, column)
        grid.setColumnStretch(3, 1)
        return box

    def _session_cells(self, item: SessionSummary) -> tuple[str, str, str, str]:
        number = self.tr("Session {number} of {planned}").format(
            number=item.number, planned=item.planned_sessions
        )
        pain = f"{_pain(item.pain_before)} → {_pain(item.pain_after)}"
        if item.pain_before is None and item.pain_after is None:
            pain = _EMPTY
        return number, item.session_date.isoformat(), self._session_status_text(item.status), pain

    # --- labels for stored codes ---------------------------------------------------------------

    def _age_text(self, age: int) -> str:
        return self.tr("age {age}").format(age=age)

    def _sex_text(self, value: str) -> str:
        labels: dict[str, str] = {
            Sex.FEMALE: self.tr("Female"),
            Sex.MALE: self.tr("Male"),
            Sex.INTERSEX: self.tr("Intersex"),
            Sex.UNDISCLOSED: self.tr("Not disclosed"),
        }
        return labels.get(value, value)

    def _course_status_text(self, value: str) -> str:
        labels: dict[str, str] = {
            CourseStatus.PLANNED: self.tr("Planned"),
            CourseStatus.ACTIVE: self.tr("Active"),
            CourseStatus.COMPLETED: self.tr("Completed"),
            CourseStatus.EXTENDED: self.tr("Extended"),
            CourseStatus.DISCHARGED: self.tr("Discharged"),
            CourseStatus.REFERRED: self.tr("Referred"),
        }
        return labels.get(value, value)

    def _session_status_text(self, value: str) -> str:
        labels: dict[str, str] = {
            SessionStatus.SCHEDULED: self.tr("Scheduled"),
            SessionStatus.DRAFT: self.tr("Draft"),
            SessionStatus.SIGNED: self.tr("Signed"),
            SessionStatus.CANCELLED: self.tr("Cancelled"),
        }
        return labels.get(value, value)


def _pain(value: int | None) -> str:
    return _EMPTY if value is None else str(value)
