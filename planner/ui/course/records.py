"""What the course screens need from the services, and how a presenter reports back.

The protocols name only the methods the screens call (the real services are
:class:`planner.services.courses.CourseService`, :class:`~planner.services.plans.PlanService`,
:class:`~planner.services.plan_templates.PlanTemplateService` and
:class:`~planner.services.sessions.SessionService`), so presenters can be tested with the
real services on a small database or with stand-ins. :class:`Result` is what every
presenter action returns: the window shows it and never loses what was typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol

from planner.domain.courses import CourseDraft, ReviewDraft
from planner.domain.courses_safety import FindingKey, SafetyCheck
from planner.domain.errors import ConflictError, PlannerError
from planner.domain.plans import Plan
from planner.domain.sessions import SessionDraft
from planner.services.course_views import CourseView, StartSafety
from planner.services.plan_templates import Suggestion, TemplateView
from planner.services.plans import PlanStart, PlanView
from planner.services.session_views import SessionRecordView
from planner.services.signoff import AmendmentView
from planner.ui.problem import Problem


class Outcome(Enum):
    DONE = "done"  # saved, signed, started, applied
    INVALID = "invalid"  # problems at fields
    UNSAFE = "unsafe"  # safety findings still need an acknowledgement or a reason
    CONFLICT = "conflict"  # someone else saved first: nothing overwritten, Reload offered
    FAILED = "failed"  # refused, or the database could not be reached: a message
    CANCELLED = "cancelled"  # the user answered a question with Cancel: nothing done


@dataclass(frozen=True)
class Result:
    outcome: Outcome
    problems: Mapping[str, str] = field(default_factory=dict)
    message: str = ""

    @property
    def done(self) -> bool:
        return self.outcome is Outcome.DONE

    @classmethod
    def failed(cls, error: PlannerError) -> Result:
        """A refusal as the forms show it (:class:`~planner.ui.problem.Problem`): a value
        at its field, a conflict (naming who saved first) with Reload, anything else — no
        permission, the database or disk gone — as a message."""
        problem = Problem.of(error)
        if problem.field is not None:
            return cls(Outcome.INVALID, problems={problem.field: problem.message})
        outcome = Outcome.CONFLICT if isinstance(error, ConflictError) else Outcome.FAILED
        return cls(outcome, message=problem.message)

    @classmethod
    def invalid(cls, problems: Mapping[str, str]) -> Result:
        return cls(Outcome.INVALID, problems=dict(problems))


DONE = Result(Outcome.DONE)
CANCELLED = Result(Outcome.CANCELLED)


class CourseRecords(Protocol):
    def new_course(self, patient_id: int) -> CourseDraft: ...

    def start_safety(self, patient_id: int) -> StartSafety: ...

    def start(
        self,
        patient_id: int,
        draft: CourseDraft,
        overrides: Mapping[FindingKey, str] | None = None,
    ) -> CourseView: ...

    def get(self, course_id: int) -> CourseView: ...

    def extend(
        self, course_id: int, extra: int, reason: str, expected_version: int
    ) -> CourseView: ...

    def record_review(
        self, course_id: int, review: ReviewDraft, expected_version: int
    ) -> CourseView: ...


class PlanRecords(Protocol):
    def plan(self, course_id: int) -> PlanView: ...

    def check(
        self,
        course_id: int,
        plan: Plan,
        acknowledged: frozenset[FindingKey] = frozenset(),
        overrides: Mapping[FindingKey, str] | None = None,
    ) -> SafetyCheck: ...

    def save(
        self,
        course_id: int,
        plan: Plan,
        expected_version: int,
        acknowledged: frozenset[FindingKey] = frozenset(),
        overrides: Mapping[FindingKey, str] | None = None,
    ) -> PlanView: ...

    def from_template(self, course_id: int, ref: str) -> PlanStart: ...

    def repeat_last(self, course_id: int) -> PlanStart: ...


class TemplateRecords(Protocol):
    def templates(self) -> list[TemplateView]: ...

    def save(self, name: str, plan: Plan, description: str = "") -> TemplateView: ...

    def suggested(self, patient_id: int) -> Suggestion: ...


class SessionRecords(Protocol):
    def open_today(self, course_id: int, prefill: str = "auto") -> SessionRecordView: ...

    def get(self, session_id: int) -> SessionRecordView: ...

    def check(
        self,
        session_id: int,
        draft: SessionDraft,
        acknowledged: frozenset[FindingKey] = frozenset(),
        overrides: Mapping[FindingKey, str] | None = None,
    ) -> SafetyCheck: ...

    def save_draft(
        self,
        session_id: int,
        draft: SessionDraft,
        expected_version: int,
        acknowledged: frozenset[FindingKey] = frozenset(),
        overrides: Mapping[FindingKey, str] | None = None,
        *,
        save_id: str | None = None,
    ) -> SessionRecordView: ...

    def sign(self, session_id: int, expected_version: int) -> SessionRecordView: ...

    def save_and_sign(
        self,
        session_id: int,
        draft: SessionDraft,
        expected_version: int,
        acknowledged: frozenset[FindingKey] = frozenset(),
        overrides: Mapping[FindingKey, str] | None = None,
        *,
        save_id: str | None = None,
    ) -> SessionRecordView: ...

    def amend(self, session_id: int, text: str) -> AmendmentView: ...

    def amendments(self, session_id: int) -> list[AmendmentView]: ...


def iso(day: dt.date | None) -> str:
    return day.isoformat() if day is not None else ""
