"""Starting a course from the patient's current intake, without a window.

The form opens with the service's defaults (today, 6 sessions once a week, mid-course
review at session 3, goals and target pain from the intake) and one proposed date per
session (:meth:`StartCoursePresenter.dates_for`), which the practitioner may edit.
More than 6 sessions needs a reason. Every refusal names its field and keeps the form.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from planner.domain.courses import (
    DEFAULT_FREQUENCY,
    DEFAULT_SESSIONS,
    USUAL_MAX_SESSIONS,
    CourseDraft,
    CourseInvalid,
    default_mid_review,
    proposed_dates,
    session_label,
)
from planner.domain.errors import PlannerError
from planner.services.courses import CourseView
from planner.ui.course.records import DONE, CourseRecords, Outcome, Result, iso

BAD_START = "Start date: a real date as YYYY-MM-DD."


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
    ) -> None:
        self._courses = courses
        self.patient_id = patient_id
        self._today = today
        self.course: CourseView | None = None

    def open(self) -> tuple[CourseForm, Result]:
        try:
            draft = self._courses.new_course(self.patient_id)
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
        )
        return self.with_dates(form), DONE

    @staticmethod
    def needs_reason(planned: int) -> bool:
        return planned > USUAL_MAX_SESSIONS

    @staticmethod
    def labels(planned: int) -> list[str]:
        return [session_label(n, planned) for n in range(1, planned + 1)]

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
            problems["start_date"] = BAD_START
        dates: list[dt.date] = []
        for number, text in enumerate(form.dates, start=1):
            day = _parse(text)
            if day is None:
                problems.setdefault(
                    "proposed_dates",
                    f"Dates: session {number} is not a date as YYYY-MM-DD.",
                )
            else:
                dates.append(day)
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
            self.course = self._courses.start(self.patient_id, draft)
        except CourseInvalid as invalid:
            return Result.invalid(invalid.problems)
        except PlannerError as error:
            return Result.failed(error)
        return Result(Outcome.DONE)
