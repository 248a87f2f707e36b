"""Starting a course from the patient's current intake, without a window.

The form opens with the service's defaults (today, 6 sessions once a week, mid-course
review at session 3, goals and target pain from the intake) and one proposed date per
session (:meth:`StartCoursePresenter.dates_for`), which the practitioner may edit.
More than 6 sessions needs a reason. Every refusal names its field and keeps the form.

When the latest intake holds a ``refer`` finding (a red flag: "Refer before treating"),
:attr:`StartCoursePresenter.safety` carries it; the dialog shows it and the course starts
only with an explicit override — ticked, with a written reason of at least
:data:`~planner.domain.courses_safety.OVERRIDE_REASON_MIN` characters, by a role allowed
to override. The service stores the reason with who and when (``safety_override`` rows,
audited), so the overview and the plan show the override beside the finding.

With the templates at hand (``templates``), the form also offers a plan template, the
one written for the TCM pattern of the latest intake chosen already
(:attr:`StartCoursePresenter.suggestion`); once the course has started,
:attr:`StartCoursePresenter.chosen_template` says which one the plan should start from
("" for none).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from planner.domain.courses import (
    DEFAULT_FREQUENCY,
    DEFAULT_SESSIONS,
    USUAL_MAX_SESSIONS,
    CourseDraft,
    CourseInvalid,
    default_mid_review,
    proposed_dates,
)
from planner.domain.courses_safety import (
    OVERRIDE_REASON_MIN,
    FindingKey,
    SafetyUnresolved,
    key_of,
)
from planner.domain.errors import PlannerError
from planner.domain.i18n import QT_TRANSLATE_NOOP, translate
from planner.domain.plans import PlanInvalid
from planner.services.course_views import CourseView, StartSafety
from planner.services.plan_templates import Suggestion, TemplateView
from planner.ui.course.labels import session_text
from planner.ui.course.records import DONE, CourseRecords, Outcome, Result, iso

# Problems shown under the form, translated where they are raised (context "start_course").
BAD_START = QT_TRANSLATE_NOOP("start_course", "Start date: a real date as YYYY-MM-DD.")
OVERRIDE_FIELD = "override"
NOT_OVERRIDDEN = QT_TRANSLATE_NOOP(
    "start_course",
    "Refer before treating: tick the override and say why you start the course anyway, "
    "or refer the patient first.",
)
SHORT_REASON = QT_TRANSLATE_NOOP(
    "start_course", "Override reason: say why (at least {n} characters)."
)
NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "start_course", "Refer before treating: your role may not override this; a practitioner can."
)


class StartTemplates(Protocol):
    """What the form needs from :class:`~planner.services.plan_templates.PlanTemplateService`."""

    def templates(self) -> list[TemplateView]: ...

    def suggested(self, patient_id: int) -> Suggestion: ...


@dataclass(frozen=True)
class CourseForm:
    start_date: str = ""
    planned_sessions: int = DEFAULT_SESSIONS
    sessions_reason: str = ""
    sessions_per_week: float = DEFAULT_FREQUENCY
    dates: tuple[str, ...] = ()
    mid_review_at: int = 3
    goals: str = ""
    goal_target_pain: int | None = None
    override: bool = False  # "start despite the finding" ticked
    override_reason: str = ""
    template: str = ""  # the plan template's ref ("protocol:cold_damp"), "" for none


def _parse(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


class StartCoursePresenter:
    def __init__(
        self,
        courses: CourseRecords,
        patient_id: int,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        templates: StartTemplates | None = None,
    ) -> None:
        self._courses = courses
        self._templates = templates
        self.patient_id = patient_id
        self._today = today
        self.course: CourseView | None = None
        self.safety = StartSafety((), False)
        self.templates: list[TemplateView] = []
        self.suggestion = Suggestion("", "")
        self.chosen_template = ""  # after the start: the template the plan starts from

    def open(self) -> tuple[CourseForm, Result]:
        try:
            draft = self._courses.new_course(self.patient_id)
            self.safety = self._courses.start_safety(self.patient_id)
            if self._templates is not None:
                self.templates = self._templates.templates()
                self.suggestion = self._templates.suggested(self.patient_id)
        except PlannerError as error:
            return CourseForm(), Result.failed(error)
        start = draft.start_date or self._today()
        form = CourseForm(
            start_date=start.isoformat(),
            planned_sessions=draft.planned_sessions,
            sessions_reason=draft.sessions_reason,
            sessions_per_week=draft.sessions_per_week,
            mid_review_at=draft.mid_review_at,
            goals=draft.goals,
            goal_target_pain=draft.goal_target_pain,
            template=self.suggestion.ref,
        )
        return self.with_dates(form), DONE

    @staticmethod
    def needs_reason(planned: int) -> bool:
        return planned > USUAL_MAX_SESSIONS

    @staticmethod
    def labels(planned: int) -> list[str]:
        return [session_text(n, planned) for n in range(1, planned + 1)]

    def with_dates(self, form: CourseForm) -> CourseForm:
        """The form with one proposed date per session from its start and frequency (the
        dates typed so far are replaced); unchanged when the start is not a date yet."""
        start = _parse(form.start_date)
        if start is None or form.planned_sessions < 1:
            return form
        dates = proposed_dates(start, form.sessions_per_week, form.planned_sessions)
        return CourseForm(**{**form.__dict__, "dates": tuple(iso(day) for day in dates)})

    @staticmethod
    def default_mid_review(planned: int) -> int:
        return default_mid_review(planned)

    def start(self, form: CourseForm) -> Result:
        problems: dict[str, str] = {}
        start = _parse(form.start_date)
        if start is None:
            problems["start_date"] = translate("start_course", BAD_START)
        dates: list[dt.date] = []
        for number, text in enumerate(form.dates, start=1):
            day = _parse(text)
            if day is None:
                problems.setdefault(
                    "proposed_dates",
                    translate(
                        "start_course", "Dates: session {number} is not a date as YYYY-MM-DD."
                    ).format(number=number),
                )
            else:
                dates.append(day)
        overrides = self._overrides(form, problems)
        if problems:
            return Result.invalid(problems)
        draft = CourseDraft(
            start_date=start,
            planned_sessions=form.planned_sessions,
            sessions_reason=form.sessions_reason
            if self.needs_reason(form.planned_sessions)
            else "",
            sessions_per_week=form.sessions_per_week,
            proposed_dates=tuple(dates),
            mid_review_at=form.mid_review_at,
            goals=form.goals,
            goal_target_pain=form.goal_target_pain,
        )
        try:
            self.course = self._courses.start(self.patient_id, draft, overrides or None)
        except CourseInvalid as invalid:
            return Result.invalid(invalid.problems)
        except PlanInvalid as invalid:  # an override reason the service refused
            return Result.invalid({OVERRIDE_FIELD: next(iter(invalid.problems.values()))})
        except SafetyUnresolved as unresolved:  # a red flag answered since the dialog opened
            self.safety = StartSafety(unresolved.check.findings, self.safety.may_override)
            return Result.invalid({OVERRIDE_FIELD: translate("start_course", NOT_OVERRIDDEN)})
        except PlannerError as error:
            return Result.failed(error)
        known = {view.ref for view in self.templates}
        self.chosen_template = form.template if form.template in known else ""
        return Result(Outcome.DONE)

    def _overrides(self, form: CourseForm, problems: dict[str, str]) -> dict[FindingKey, str]:
        """One override reason for every refer finding, or the problem at the override."""
        findings = self.safety.findings
        if not findings:
            return {}
        if not self.safety.may_override:
            problems[OVERRIDE_FIELD] = translate("start_course", NOT_ALLOWED)
            return {}
        reason = form.override_reason.strip()
        if not form.override:
            problems[OVERRIDE_FIELD] = translate("start_course", NOT_OVERRIDDEN)
        elif len(reason) < OVERRIDE_REASON_MIN:
            problems[OVERRIDE_FIELD] = translate("start_course", SHORT_REASON).format(
                n=OVERRIDE_REASON_MIN
            )
        return {key_of(f): reason for f in findings}
