"""Is the course working? A course's pain chart, its review prompts, and clinic counts.

Plain data in (:class:`CourseFacts`, built by ``planner.services.progress``), plain data
out. Rules (reference §7 and the course-planning numbers):

* The chart: pain before and after each session held (NRS 0–10), PEG-3 where collected,
  the goal line (the course's target pain), sessions done against those planned, and the
  dates of the sessions still to come.
* Meaningful improvement (:func:`planner.domain.outcomes.change`): pain now down by 2
  points or 30 % from the baseline — the intake's pain now, or the first session's pain
  before treatment when the intake has none. The chart marks the first session where it
  was reached ("meaningful improvement since session 2: 7 → 4").
* Review prompts on an open course: the mid-course review once its session is reached,
  the final review once the last planned session is, and — since most patients who
  improve do so within 4–6 sessions — a review when no meaningful improvement has been
  reached by session 4. A review recorded at or after that session answers a prompt.
* Clinic counts: open courses, those due a review, those overdue for their next session,
  and the share of closed courses that reached meaningful improvement, for courses that
  ran during a date range and match a presentation (pain region, duration class).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from planner.domain.courses import CLOSED
from planner.domain.outcomes import Milestone, first_meaningful_improvement
from planner.domain.vocab import (
    CourseStatus,
    DurationClass,
    OutcomeMeasure,
    PainRegion,
    SessionStatus,
)

NO_IMPROVEMENT_BY = 4  # sessions: most patients who improve do so within 4–6
HELD = frozenset({SessionStatus.DRAFT, SessionStatus.SIGNED})
BASELINE = 0  # the chart's x for the intake, before session 1


@dataclass(frozen=True, slots=True)
class SessionScore:
    number: int
    session_date: dt.date
    status: SessionStatus
    pain_before: int | None = None
    pain_after: int | None = None


@dataclass(frozen=True, slots=True)
class Presentation:
    """What the course treats, from its intake: pain regions and duration class."""

    regions: frozenset[PainRegion] = frozenset()
    duration: DurationClass | None = None


@dataclass(frozen=True)
class CourseFacts:
    """One course as the progress rules need it."""

    course_id: int
    patient_id: int
    status: CourseStatus
    planned_sessions: int
    mid_review_at: int
    start_date: dt.date
    end_date: dt.date | None = None
    goal_target_pain: int | None = None
    intake_pain: int | None = None  # the intake's pain now (the baseline when known)
    sessions: tuple[SessionScore, ...] = ()
    peg: tuple[tuple[int, float], ...] = ()  # (session number, 0 = intake; PEG-3 score)
    reviews_at: tuple[int, ...] = ()  # sessions at which reviews were recorded
    presentation: Presentation = Presentation()

    @property
    def closed(self) -> bool:
        return self.status in CLOSED

    @property
    def held(self) -> tuple[SessionScore, ...]:
        return tuple(s for s in sorted(self.sessions, key=_number) if s.status in HELD)


def _number(score: SessionScore) -> int:
    return score.number


# --- The chart ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChartPoint:
    session: int  # 0: the intake
    value: float


@dataclass(frozen=True)
class CourseChart:
    """What the course chart draws; x is the session number (0 for the intake)."""

    pain_before: tuple[ChartPoint, ...]
    pain_after: tuple[ChartPoint, ...]
    peg: tuple[ChartPoint, ...]
    goal: int | None
    baseline: ChartPoint | None
    done: int  # sessions held
    planned: int
    upcoming: tuple[tuple[int, dt.date], ...]  # sessions still to come, with their dates
    held_dates: tuple[tuple[int, dt.date], ...]
    milestone: Milestone | None
    closed: bool = False  # the course has ended (completed, discharged or referred)

    @property
    def last_session(self) -> int:
        """The x axis runs to this session: the planned number or the last one held."""
        numbers = [self.planned, self.done, *(n for n, _ in self.upcoming)]
        return max(numbers)


def pain_scores(facts: CourseFacts) -> tuple[ChartPoint, ...]:
    """The course's pain-now series for the improvement rule: the intake (x = 0) when
    known, then each held session's pain before treatment."""
    points = [ChartPoint(BASELINE, facts.intake_pain)] if facts.intake_pain is not None else []
    points += [ChartPoint(s.number, s.pain_before) for s in facts.held if s.pain_before is not None]
    return tuple(points)


def improvement(facts: CourseFacts) -> Milestone | None:
    """The first session at which pain was meaningfully lower than the baseline."""
    scores = [(point.session, point.value) for point in pain_scores(facts)]
    return first_meaningful_improvement(scores, OutcomeMeasure.NRS_NOW)


def course_chart(facts: CourseFacts) -> CourseChart:
    held = facts.held
    before = pain_scores(facts)
    return CourseChart(
        pain_before=before,
        pain_after=tuple(
            ChartPoint(s.number, s.pain_after) for s in held if s.pain_after is not None
        ),
        peg=tuple(ChartPoint(n, v) for n, v in sorted(facts.peg)),
        goal=facts.goal_target_pain,
        baseline=before[0] if before else None,
        done=len(held),
        planned=facts.planned_sessions,
        upcoming=tuple(
            (s.number, s.session_date)
            for s in sorted(facts.sessions, key=_number)
            if s.status == SessionStatus.SCHEDULED
        ),
        held_dates=tuple((s.number, s.session_date) for s in held),
        milestone=improvement(facts),
        closed=facts.closed,
    )


# --- Review prompts -----------------------------------------------------------------------


class PromptKind(StrEnum):
    NO_IMPROVEMENT = "no_improvement"
    FINAL = "final"
    MID = "mid"


@dataclass(frozen=True, slots=True)
class ReviewPrompt:
    """A review the course is due, with the figures to show beside it."""

    kind: PromptKind
    at_session: int  # the session that made it due
    done: int
    planned: int
    baseline: float | None
    latest: float | None
    milestone: Milestone | None


def review_prompts(facts: CourseFacts) -> tuple[ReviewPrompt, ...]:
    """The reviews an open course is due, most pressing first (none once closed).

    A review recorded at or after the prompting session answers it; the final review
    covers a mid-course review not made.
    """
    if facts.closed:
        return ()
    done = len(facts.held)
    last_reviewed = max(facts.reviews_at, default=0)
    scores = pain_scores(facts)
    milestone = improvement(facts)
    baseline = scores[0].value if scores else None
    latest = scores[-1].value if len(scores) > 1 else None

    def prompt(kind: PromptKind, at: int) -> ReviewPrompt:
        return ReviewPrompt(kind, at, done, facts.planned_sessions, baseline, latest, milestone)

    due: list[ReviewPrompt] = []
    if done >= NO_IMPROVEMENT_BY and milestone is None and last_reviewed < NO_IMPROVEMENT_BY:
        due.append(prompt(PromptKind.NO_IMPROVEMENT, NO_IMPROVEMENT_BY))
    if done >= facts.planned_sessions and last_reviewed < facts.planned_sessions:
        due.append(prompt(PromptKind.FINAL, facts.planned_sessions))
    elif (
        facts.mid_review_at < facts.planned_sessions
        and done >= facts.mid_review_at
        and last_reviewed < facts.mid_review_at
    ):
        due.append(prompt(PromptKind.MID, facts.mid_review_at))
    return tuple(due)


# --- The clinic ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClinicFilter:
    """Courses that ran (at least partly) between ``start`` and ``end``, inclusive, and
    match the presentation; None: no limit."""

    start: dt.date | None = None
    end: dt.date | None = None
    region: PainRegion | None = None
    duration: DurationClass | None = None


@dataclass(frozen=True, slots=True)
class Overdue:
    course_id: int
    patient_id: int
    session: int
    due: dt.date
    days: int


@dataclass(frozen=True, slots=True)
class DueReview:
    course_id: int
    patient_id: int
    prompt: ReviewPrompt


@dataclass(frozen=True)
class ClinicStats:
    courses: int  # matching the filter
    active: tuple[int, ...]  # open course ids
    due_review: tuple[DueReview, ...]
    overdue: tuple[Overdue, ...]
    completed: int  # closed courses
    improved: int  # closed courses that reached meaningful improvement

    @property
    def improved_share(self) -> float | None:
        return self.improved / self.completed if self.completed else None


def matches(facts: CourseFacts, where: ClinicFilter, today: dt.date) -> bool:
    finish = facts.end_date or (today if not facts.closed else facts.start_date)
    if where.start is not None and finish < where.start:
        return False
    if where.end is not None and facts.start_date > where.end:
        return False
    if where.region is not None and where.region not in facts.presentation.regions:
        return False
    return where.duration is None or facts.presentation.duration == where.duration


def next_overdue(facts: CourseFacts, today: dt.date) -> Overdue | None:
    """An open course whose next booked session is in the past and not held."""
    waiting = sorted(
        (s for s in facts.sessions if s.status == SessionStatus.SCHEDULED), key=_number
    )
    if facts.closed or not waiting or waiting[0].session_date >= today:
        return None
    first = waiting[0]
    days = (today - first.session_date).days
    return Overdue(facts.course_id, facts.patient_id, first.number, first.session_date, days)


def clinic_stats(
    courses: Iterable[CourseFacts], where: ClinicFilter, today: dt.date
) -> ClinicStats:
    chosen = [facts for facts in courses if matches(facts, where, today)]
    open_courses = [facts for facts in chosen if not facts.closed]
    closed = [facts for facts in chosen if facts.closed]
    due = [
        DueReview(facts.course_id, facts.patient_id, prompts[0])
        for facts in open_courses
        if (prompts := review_prompts(facts))
    ]
    overdue = [found for facts in open_courses if (found := next_overdue(facts, today))]
    return ClinicStats(
        courses=len(chosen),
        active=tuple(facts.course_id for facts in open_courses),
        due_review=tuple(due),
        overdue=tuple(sorted(overdue, key=lambda o: (-o.days, o.course_id))),
        completed=len(closed),
        improved=sum(1 for facts in closed if improvement(facts) is not None),
    )
