"""Parts of the patient overview: "At a glance" (course, last and next session) and the
clinical section (safety badges and intakes, practitioners only), plus the small text
helpers the overview shares (its headings and value labels are the shared ones of
:mod:`planner.ui.widgets.headings`). They render plain data handed to them; no database
access.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from planner import formats
from planner.domain.i18n import translate
from planner.services.patients import (
    HELD_SESSIONS,
    AtAGlance,
    CourseSummary,
    SessionSummary,
)
from planner.ui.forms import error_label
from planner.ui.intake.safety_widgets import SafetyBadges
from planner.ui.labels import course_status_labels, label_of, session_status_labels
from planner.ui.patients.clinical import ClinicalSummary
from planner.ui.style import set_error_colour
from planner.ui.widgets.headings import Section, value_form, value_label

EMPTY = "—"
_UNSET = object()


def join(*parts: str, sep: str = " · ") -> str:
    return sep.join(part.strip() for part in parts if part and part.strip())


class GlanceSection(Section):
    """The course under way (or none), the last session held and the next one booked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("At a glance"), parent)
        self.form = form = value_form()
        self.body.addLayout(form)
        self.course_label = value_label()
        self.last_label = value_label()
        self.next_label = value_label()
        form.addRow(self.tr("Current course"), self.course_label)
        form.addRow(self.tr("Last session"), self.last_label)
        form.addRow(self.tr("Next session"), self.next_label)

    def show_glance(self, glance: AtAGlance, today: dt.date) -> None:
        course = glance.current_course
        self.course_label.setText(
            self._course_text(course, today) if course is not None else self.tr("None under way")
        )
        last, upcoming = glance.last_session, glance.next_session
        self.last_label.setText(
            self._session_text(last, today, status=True) if last else self.tr("None yet")
        )
        self.next_label.setText(
            self._session_text(upcoming, today, status=False)
            if upcoming
            else self.tr("None booked")
        )

    def _course_text(self, course: CourseSummary, today: dt.date) -> str:
        held = sum(1 for s in course.sessions if s.status in HELD_SESSIONS)
        planned = course.planned_sessions  # a plain name: lupdate reads it as the count
        start = formats.date_text(course.start_date)
        return join(
            label_of(course_status_labels(), course.status),
            self.tr("starts {date}").format(date=start)
            if course.start_date > today
            else self.tr("started {date}").format(date=start),
            translate("GlanceSection", "{held} of %n session(s) held", None, planned).format(
                held=held
            ),
        )

    def _session_text(self, item: SessionSummary, today: dt.date, *, status: bool) -> str:
        day = formats.date_text(item.session_date)
        if item.session_date == today:
            day = self.tr("today ({date})").format(date=day)
        number = self.tr("session {number} of {planned}").format(
            number=item.number, planned=item.planned_sessions
        )
        state = label_of(session_status_labels(), item.status).lower() if status else ""
        return join(day, number, state)


class ClinicalSection(Section):
    """Safety reminders from the latest intake, and every intake, newest first (links)."""

    intake_requested = Signal(int)
    """The user chose an intake to open (its id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Safety and intakes"), parent)
        self.badges = SafetyBadges()
        self.badges.empty_label.setWordWrap(True)  # a narrow panel wraps it, never cuts it
        self.problem_label = error_label()
        set_error_colour(self.problem_label)  # the red the theme needs
        self.intakes_label = QLabel()
        self.intakes_label.setTextFormat(Qt.TextFormat.RichText)  # dates and links only
        self.intakes_label.setWordWrap(True)
        self.intakes_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.intakes_label.linkActivated.connect(self._on_intakes_label_link_activated)
        self._dates: list[str] = []
        self._safety: object = _UNSET  # a SafetySummary, None, or unset
        self.form = form = value_form()
        form.addRow(self.tr("Reminders"), self.badges)
        form.addRow(self.tr("Intakes"), self.intakes_label)
        self.body.addWidget(self.problem_label)
        self.body.addLayout(form)

    @property
    def intake_dates(self) -> list[str]:
        """The intake dates listed, newest first (for tests and screen readers)."""
        return list(self._dates)

    def show_clinical(self, summary: ClinicalSummary) -> None:
        if self._safety is _UNSET or summary.safety != self._safety:
            self.badges.set_summary(summary.safety)  # rebuilds the chips: only on a change
            self._safety = summary.safety
        self.problem_label.setText(
            self.tr("The safety summary could not be read: {why}").format(why=summary.problem)
        )
        self.problem_label.setVisible(bool(summary.problem))
        self._dates = [formats.date_text(day) for _id, day in summary.intakes]
        if not summary.intakes:
            self.intakes_label.setText(html.escape(self.tr("None yet")))
            return
        links = []
        for index, (intake_id, day) in enumerate(summary.intakes):
            text = formats.date_text(day)
            if index == 0:
                text = self.tr("{date} (latest)").format(date=text)
            links.append(f'<a href="intake:{intake_id}">{html.escape(text)}</a>')
        self.intakes_label.setText(" · ".join(links))
        self.intakes_label.setToolTip(
            self.tr("Open an intake: the latest to edit, earlier ones to read")
        )

    def _on_intakes_label_link_activated(self, link: str) -> None:
        kind, _, value = link.partition(":")
        if kind == "intake" and value.isdigit():
            self.intake_requested.emit(int(value))
