"""The right-hand panel: one patient's demographics and courses, read-only.

It renders a :class:`planner.services.patients.PatientOverview` handed to it and holds
no database access of its own. With no patient opened it shows a placeholder that says
how to open one. Without clinical access (reception) the overview arrives without pain
scores and the column is left out; a user whose roles do not open records at all sees
a note instead, and (as an auditor) a button to see who opened the record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
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
from planner.ui.patients.table_model import short_name

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

    audit_requested = Signal(int)
    """The user asked who opened this patient's record (the patient's id)."""

    def __init__(
        self, today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._current: PatientOverview | None = None
        self._patient_id: int | None = None
        self._privacy = False
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
        self._stack.addWidget(self._build_no_access())
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
        self.audit_button = QPushButton(self.tr("Who opened this record?"))
        self.audit_button.setVisible(False)
        self.audit_button.clicked.connect(self._on_audit_button_clicked)
        header = QHBoxLayout()
        header.addWidget(self.name_label, 1)
        header.addWidget(self.audit_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(header)
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

    def _build_no_access(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(24, 24, 24, 24)
        self.no_access_label = QLabel(self.tr("Your role does not open patient records."))
        self.no_access_label.setWordWrap(True)
        self.no_access_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_access_audit_button = QPushButton(self.tr("Who opened this record?"))
        self.no_access_audit_button.clicked.connect(self._on_audit_button_clicked)
        column.addStretch(1)
        column.addWidget(self.no_access_label)
        column.addWidget(self.no_access_audit_button, 0, Qt.AlignmentFlag.AlignCenter)
        column.addStretch(2)
        return page

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

    @property
    def showing_no_access(self) -> bool:
        return self._stack.currentIndex() == 2

    def set_audit_available(self, available: bool) -> None:
        """Offer "Who opened this record?" (for users who may read the audit trail)."""
        self.audit_button.setVisible(available)
        self.no_access_audit_button.setVisible(available)

    def set_privacy(self, on: bool) -> None:
        """Name the patient as ``Zoë O.`` (a screen the patient can see)."""
        self._privacy = on
        if self._current is not None:
            self._show_names(self._current)

    def show_placeholder(self) -> None:
        self._current = self._patient_id = None
        self._stack.setCurrentIndex(0)

    def show_no_access(self, patient_id: int) -> None:
        """The user's roles do not open records: say so, and offer the audit trail."""
        self._current = None
        self._patient_id = patient_id
        self._stack.setCurrentIndex(2)

    def show_overview(self, overview: PatientOverview | None) -> None:
        if overview is None:
            self.show_placeholder()
            return
        self._current = overview
        self._patient_id = overview.id
        age = age_on(overview.date_of_birth, self._today())
        chart = format_chart_number(overview.chart_number)
        self._show_names(overview)
        archived = self.tr("Archived") if overview.archived else ""
        self.subtitle_label.setText(
            _join(self.tr("Chart no. {chart}").format(chart=chart), self._age_text(age), archived)
        )
        values = {
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
        self._show_courses(overview.courses, clinical=overview.clinical_visible)
        self._stack.setCurrentIndex(1)
        self._scroll.verticalScrollBar().setValue(0)

    def _show_names(self, overview: PatientOverview) -> None:
        if self._privacy:
            name = short_name(overview.given_name, overview.family_name)
            self.name_label.setText(name)
            self.fields["name"].setText(name)
            return
        self.name_label.setText(_join(overview.given_name, overview.family_name, sep=" "))
        self.fields["name"].setText(
            _join(overview.family_name, overview.given_name, sep=", ") or _EMPTY
        )

    def _on_audit_button_clicked(self) -> None:
        if self._patient_id is not None:
            self.audit_requested.emit(self._patient_id)

    # --- courses -----------------------------------------------------------------------------

    def _show_courses(self, courses: tuple[CourseSummary, ...], *, clinical: bool) -> None:
        while (item := self._courses_holder.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        if not courses:
            empty = QLabel(self.tr("No courses yet."))
            empty.setEnabled(False)
            self._courses_holder.addWidget(empty)
        for course in courses:
            self._courses_holder.addWidget(self._course_box(course, clinical=clinical))

    def _course_box(self, course: CourseSummary, *, clinical: bool) -> QGroupBox:
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
        headers = [self.tr("Session"), self.tr("Date"), self.tr("Status")]
        if clinical:  # reception sees the schedule, never pain scores
            headers.append(self.tr("Pain before → after"))
        for column, text in enumerate(headers):
            header = QLabel(text)
            header.setEnabled(False)
            grid.addWidget(header, 0, column)
        for row, summary in enumerate(course.sessions, start=1):
            for column, text in enumerate(self._session_cells(summary, clinical=clinical)):
                grid.addWidget(_value_label(text), row, column)
        grid.setColumnStretch(len(headers) - 1, 1)
        return box

    def _session_cells(self, item: SessionSummary, *, clinical: bool) -> list[str]:
        number = self.tr("Session {number} of {planned}").format(
            number=item.number, planned=item.planned_sessions
        )
        cells = [number, item.session_date.isoformat(), self._session_status_text(item.status)]
        if clinical:
            pain = f"{_pain(item.pain_before)} → {_pain(item.pain_after)}"
            if item.pain_before is None and item.pain_after is None:
                pain = _EMPTY
            cells.append(pain)
        return cells

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
