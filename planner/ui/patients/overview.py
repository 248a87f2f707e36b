"""The right-hand panel: one patient at a glance, read-only.

It renders a :class:`planner.services.patients.PatientOverview` handed to it (and, for
practitioners, a :class:`planner.ui.patients.clinical.ClinicalSummary`) and holds no
database access of its own. From the top: who the patient is, with the window's patient
actions beside the name; the red "Refer before treating" banner (which keeps the finding
and, where a course goes ahead under a recorded override, says who, when and why); at a
glance the current
course and the last and next session; safety reminders and intakes; the details; every
course with its sessions. With no patient opened it shows a placeholder that says how to
open one. For practitioners (:meth:`PatientOverviewWidget.set_course_actions`) the courses
offer "Start a course…", and each open course "Plan…", "Today's session…" and "Review…";
held sessions are links that open them. Reception's overview arrives without pain scores
and without a clinical summary, so those parts are left out; a user whose roles do not
open records at all sees a note instead, and (as an auditor) a button to see who opened
the record.

Nothing is cut off at 125-200 % scaling on a small screen: the button rows wrap
(:class:`~planner.ui.widgets.layouts.FlowLayout`) and the page scrolls sideways too when
a part (a course's session table) is still wider than the panel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner import formats
from planner.domain.patients import full_name
from planner.services.intake import SafetySummary
from planner.services.patients import (
    CourseSummary,
    PatientOverview,
    age_on,
    at_a_glance,
    format_chart_number,
)
from planner.services.progress import CourseProgress
from planner.ui.intake.safety_widgets import SafetyBanner
from planner.ui.labels import label_of, sex_labels
from planner.ui.names import short_name
from planner.ui.patients.clinical import ClinicalSummary
from planner.ui.patients.course_boxes import CourseBox
from planner.ui.patients.overview_sections import EMPTY, ClinicalSection, GlanceSection, join
from planner.ui.progress.section import ProgressSection
from planner.ui.style import set_hint
from planner.ui.widgets.headings import Section, align_captions, heading, value_form, value_label
from planner.ui.widgets.layouts import FlowLayout, scrolling

_UNSET = object()

SESSIONS_SHOWN_FOR = 2
"""The newest courses listed with their sessions; older ones show theirs on request, so
a long history opens as fast as a short one (issue 9)."""


class PatientOverviewWidget(QWidget):
    """One patient at a glance: safety, course, sessions, details."""

    audit_requested = Signal(int)
    """The user asked who opened this patient's record (the patient's id)."""
    intake_requested = Signal(int, int)
    """The user chose one of the patient's intakes (patient id, intake id)."""
    course_requested = Signal(str, int)
    """A course screen was asked for: ("plan", "session" or "review", course id)."""
    session_requested = Signal(int, int)
    """A held session was chosen (course id, session id)."""
    start_course_requested = Signal()
    """"Start a course…" was pressed."""
    chart_requested = Signal(int)
    """The larger, printable chart of a course was asked for (course id)."""

    def __init__(
        self, today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._current: PatientOverview | None = None
        self._patient_id: int | None = None
        self._clinical: ClinicalSummary | None = None
        self._privacy = False
        self._course_actions = False
        self._stack = QStackedWidget()
        self.placeholder = QLabel(
            self.tr(
                "No patient selected.\n\nFind a patient in the list — type part of a name, "
                "a phone number, a date of birth or a chart number — and press Enter."
            )
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        set_hint(self.placeholder)  # secondary text, read as text (not as disabled)
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
        column.setSpacing(14)
        self.name_label = heading("", 1.6)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = value_label()
        self.audit_button = QPushButton(self.tr("Who opened this record?"))
        self.audit_button.setVisible(False)
        self.audit_button.clicked.connect(self._on_audit_button_clicked)
        self._actions_row = FlowLayout(spacing=6)  # wraps on a narrow panel
        self._actions_row.add_widget(self.audit_button)
        header = QVBoxLayout()
        header.setSpacing(4)
        header.addWidget(self.name_label)
        header.addWidget(self.subtitle_label)
        header.addSpacing(4)
        header.addLayout(self._actions_row)
        column.addLayout(header)

        self.banner = SafetyBanner()
        self._banner_safety: object = _UNSET  # a SafetySummary, None, or unset
        column.addWidget(self.banner)
        self.glance = GlanceSection()
        column.addWidget(self.glance)
        self.clinical_section = ClinicalSection()
        self.clinical_section.setVisible(False)
        self.clinical_section.intake_requested.connect(self._on_clinical_intake_requested)
        column.addWidget(self.clinical_section)
        self.progress_section = ProgressSection()  # practitioners: chart and review card
        self.progress_section.review_requested.connect(self._on_progress_review_requested)
        self.progress_section.chart_requested.connect(self.chart_requested)
        column.addWidget(self.progress_section)

        details = Section(self.tr("Details"))
        form = value_form()
        details.body.addLayout(form)
        self.fields: dict[str, QLabel] = {}
        for key, caption in self._field_captions():
            self.fields[key] = value_label()
            form.addRow(caption, self.fields[key])
        column.addWidget(details)

        align_captions(self.glance.form, self.clinical_section.form, form)

        courses = Section(self.tr("Courses"))
        self._courses_holder = QVBoxLayout()
        self._courses_holder.setSpacing(8)
        self._start_button = QPushButton(self.tr("Start a course…"))
        self._start_button.setToolTip(self.tr("A new course from the latest intake"))
        self._start_button.clicked.connect(self.start_course_requested)
        self._start_button.setVisible(False)
        self._courses_holder.addWidget(self._start_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._no_courses_label = QLabel(self.tr("No courses yet."))
        set_hint(self._no_courses_label)
        self._no_courses_label.setVisible(False)
        self._courses_holder.addWidget(self._no_courses_label)
        self._course_boxes: list[CourseBox] = []
        courses.body.addLayout(self._courses_holder)
        column.addWidget(courses)
        self._courses_section = courses
        column.addStretch(1)

        scroll = scrolling(page)  # a horizontal scroll bar when too narrow: never cut
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

    @property
    def patient_id(self) -> int | None:
        """The patient shown (also on the no-access page); None with the placeholder."""
        return self._patient_id

    @property
    def overview(self) -> PatientOverview | None:
        return self._current

    def add_actions(self, actions: list[QAction]) -> None:
        """Buttons for the window's patient actions, under the patient's name (before
        "Who opened this record?"), wrapping onto more lines when the panel is narrow."""
        audit = self._actions_row.takeAt(self._actions_row.count() - 1)
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self._actions_row.add_widget(button)
        if audit is not None:
            self._actions_row.addItem(audit)
        before: QWidget = self._scroll  # Tab reaches them first in the panel, as they are read
        for index in range(self._actions_row.count()):
            item = self._actions_row.itemAt(index)
            button = item.widget() if item is not None else None
            if button is not None:
                QWidget.setTabOrder(before, button)
                before = button

    def set_course_actions(self, available: bool) -> None:
        """Offer the course screens from the course boxes (practitioners)."""
        self._course_actions = available

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
        self._clinical = None
        self.progress_section.show_progress(None)
        self._show_banner(None)
        self._stack.setCurrentIndex(0)

    def show_no_access(self, patient_id: int) -> None:
        """The user's roles do not open records: say so, and offer the audit trail."""
        self._current = None
        self._clinical = None
        self.progress_section.show_progress(None)
        self._patient_id = patient_id
        self._stack.setCurrentIndex(2)

    def show_overview(
        self, overview: PatientOverview | None, clinical: ClinicalSummary | None = None
    ) -> None:
        """The patient; ``clinical`` (practitioners) adds the banner, reminders and intakes."""
        if overview is None:
            self.show_placeholder()
            return
        keep_scroll = overview.id == self._patient_id and self._stack.currentIndex() == 1
        if overview.id != self._patient_id:  # never another patient's chart, even briefly
            self.progress_section.show_progress(None)
        self._current = overview
        self._patient_id = overview.id
        self.show_clinical(clinical)
        today = self._today()
        self.glance.show_glance(at_a_glance(overview, today), today)
        age = age_on(overview.date_of_birth, today)
        chart = format_chart_number(overview.chart_number)
        self._show_names(overview)
        archived = self.tr("Archived") if overview.archived else ""
        self.subtitle_label.setText(
            join(self.tr("Chart no. {chart}").format(chart=chart), self._age_text(age), archived)
        )
        values = {
            "preferred_name": overview.preferred_name,
            "chart_number": chart,
            "date_of_birth": f"{formats.date_text(overview.date_of_birth)} ({self._age_text(age)})",
            "sex": self._sex_text(overview.sex),
            "phone": overview.phone,
            "email": overview.email,
            "address": overview.address,
            "emergency_contact": join(
                overview.emergency_contact_name, overview.emergency_contact_phone
            ),
            "referring_physician": join(
                overview.referring_physician_name, overview.referring_physician_clinic
            ),
        }
        for key, value in values.items():
            self.fields[key].setText(value.strip() or EMPTY)
        self._show_courses(
            overview.courses,
            today=today,
            clinical=overview.clinical_visible,
            another_patient=not keep_scroll,
        )
        self._stack.setCurrentIndex(1)
        if not keep_scroll:
            self._scroll.verticalScrollBar().setValue(0)

    @property
    def clinical(self) -> ClinicalSummary | None:
        return self._clinical

    @property
    def progress(self) -> CourseProgress | None:
        return self.progress_section.progress

    def show_progress(self, progress: CourseProgress | None) -> None:
        """The current course's chart and review card (practitioners); None hides them."""
        if progress is not None and progress.patient_id != self._patient_id:
            return  # about another patient than the one shown
        self.progress_section.show_progress(progress)

    def request_course(self, kind: str, course_id: int) -> None:
        """Ask for a course screen as the course boxes do ("plan", "session", "review")."""
        self.course_requested.emit(kind, course_id)

    def show_clinical(self, clinical: ClinicalSummary | None) -> None:
        """The clinical part alone (after an intake was saved); None hides it."""
        if clinical is not None and clinical.patient_id != self._patient_id:
            return  # about another patient than the one shown
        self._clinical = clinical
        self._show_banner(clinical.safety if clinical is not None else None)
        self.clinical_section.setVisible(clinical is not None)
        if clinical is not None:
            self.clinical_section.show_clinical(clinical)

    def _show_banner(self, safety: SafetySummary | None) -> None:
        if safety != self._banner_safety or self._banner_safety is _UNSET:
            self.banner.set_summary(safety)  # restyles the banner: only on a change (issue 9)
            self._banner_safety = safety

    @property
    def shown_name(self) -> str:
        """The patient's name as this panel shows it (``Zoë O.`` in privacy mode)."""
        return self.name_label.text() if self._current is not None else ""

    def _show_names(self, overview: PatientOverview) -> None:
        if self._privacy:
            name = short_name(overview.given_name, overview.family_name)
            self.name_label.setText(name)
            self.fields["name"].setText(name)
            return
        self.name_label.setText(full_name(overview.given_name, overview.family_name))
        self.fields["name"].setText(
            join(overview.family_name, overview.given_name, sep=", ") or EMPTY
        )

    def _on_progress_review_requested(self, course_id: int, _kind: str) -> None:
        self.course_requested.emit("review", course_id)  # the course screens' review dialog

    def _on_clinical_intake_requested(self, intake_id: int) -> None:
        if self._patient_id is not None:
            self.intake_requested.emit(self._patient_id, intake_id)

    def _on_audit_button_clicked(self) -> None:
        if self._patient_id is not None:
            self.audit_requested.emit(self._patient_id)

    # --- courses -----------------------------------------------------------------------------

    def _show_courses(
        self,
        courses: tuple[CourseSummary, ...],
        *,
        today: dt.date,
        clinical: bool,
        another_patient: bool,
    ) -> None:
        """Fill the course boxes kept from the last patient (more when needed)."""
        section = self._courses_section
        batch = another_patient and section.isVisible()
        if batch:  # one layout pass for every box shown or hidden, not one per widget
            section.setVisible(False)
        self._start_button.setVisible(self._course_actions and clinical)
        self._no_courses_label.setVisible(not courses)
        for number, course in enumerate(courses):
            if number == len(self._course_boxes):
                box = CourseBox()
                box.course_requested.connect(self.course_requested)
                box.link_activated.connect(self._on_session_link_activated)
                self._courses_holder.addWidget(box)
                self._course_boxes.append(box)
            box = self._course_boxes[number]
            box.show_course(
                course,
                today=today,
                clinical=clinical,
                actions=self._course_actions,
                sessions=number < SESSIONS_SHOWN_FOR,
            )
            box.setVisible(True)
        for box in self._course_boxes[len(courses) :]:
            box.clear()
        if batch:
            section.setVisible(True)

    def _on_session_link_activated(self, link: str) -> None:
        kind, course, session = (link.split(":") + ["", ""])[:3]
        if kind == "session" and course.isdigit() and session.isdigit():
            self.session_requested.emit(int(course), int(session))

    # --- labels for stored codes ---------------------------------------------------------------

    def _age_text(self, age: int) -> str:
        return self.tr("age {age}").format(age=age)

    def _sex_text(self, value: str) -> str:
        return label_of(sex_labels(), value)
