"""Is the course working? A course's pain chart, its review prompts, and clinic counts.

Plain data in (:class:`CourseFacts`, built by ``planner.services.progress``), plain data
out. Rules (reference §7 and the course-planning numbers):

* The chart: pain before and after each session held (NRS 0–10), PEG-3 where collected,
  the goal line (the course's target pain), sessions done against those planned, and the
  dates of the sessions still to come.
* The course's verdict (:func:`planner.domain.outcomes.course_verdict`): its LATEST pain
  score against its baseline, never the best dip (7 → 5 → 7 → 8 is not improved), with
  the one threshold of :mod:`planner.domain.outcomes` (2 points or 30 %). The pain judged
  is the average pain in the past week (the PEG's first item) when it was recorded through
  the course; otherwise pain now — the outcome score recorded before the session, else the
  session's pain before treatment — from the intake's (or the first session's) baseline.
  The chart still marks the first session where the threshold was reached.
* Review prompts on an open course: the mid-course review once its session is reached,
  the final review once the last planned session is, and — since most patients who
  improve do so within 4–6 sessions — a review once session 4 is held while the latest
  score is not meaningfully better than the baseline. A review recorded at or after that
  session answers a prompt.
* Clinic counts: open courses, those due a review, those overdue for their next session,
  and the share of closed courses whose latest score is meaningfully better than their
  baseline, for courses that ran during a date range and match a presentation (pain
  region, duration class).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from planner.domain.courses import CLOSED
from planner.domain.outcomes import Milestone, Verdict, course_verdict, first_meaningful_improvement
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
    session_id: int | None = None  # the stored session (for recording its scores)


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
    # Outcome scores recorded through the course, as (session number, score); a score taken
    # at a review or discharge stands at the last session held by then (it replaces a
    # session's own score there). Pain now replaces the session's pain before treatment.
    pain_now: tuple[tuple[int, float], ...] = ()
    average: tuple[tuple[int, float], ...] = ()  # average pain, past week (PEG item P); 0: intake

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
    milestone: Milestone | None  # the first session that reached the threshold (a marker)
    closed: bool = False  # the course has ended (completed, discharged or referred)
    average: tuple[ChartPoint, ...] = ()  # average pain in the past week (PEG item P)
    verdict: Verdict | None = None  # the latest score against the baseline

    @property
    def last_session(self) -> int:
        """The x axis runs to this session: the planned number or the last one held."""
        numbers = [self.planned, self.done, *(n for n, _ in self.upcoming)]
        return max(numbers)


def pain_scores(facts: CourseFacts) -> tuple[ChartPoint, ...]:
    """The course's pain-now series: the intake (x = 0) when known, then each session's
    pain now — the outcome score recorded before it (also before a session not yet
    signed off: the patient was asked), else a held session's pain before treatment."""
    found: dict[int, float] = {}
    if facts.intake_pain is not None:
        found[BASELINE] = facts.intake_pain
    for s in facts.held:
        if s.pain_before is not None:
            found[s.number] = s.pain_before
    found.update(facts.pain_now)
    return tuple(ChartPoint(n, v) for n, v in sorted(found.items()))


def average_scores(facts: CourseFacts) -> tuple[ChartPoint, ...]:
    """Average pain in the past week (the PEG's P item), wherever it was recorded: the
    intake and before each session (the chart draws the PEG the same way)."""
    return tuple(ChartPoint(n, v) for n, v in sorted(dict(facts.average).items()))


def judged_scores(facts: CourseFacts) -> tuple[OutcomeMeasure, tuple[ChartPoint, ...]]:
    """The series improvement is judged on: average pain when it was recorded at the
    start and up to the latest pain score; else pain now."""
    now = pain_scores(facts)
    average = average_scores(facts)
    if len(average) >= 2 and (not now or average[-1].session >= now[-1].session):
        return OutcomeMeasure.NRS_AVERAGE, average
    return OutcomeMeasure.NRS_NOW, now


def verdict(facts: CourseFacts) -> Verdict | None:
    """The course's latest pain score against its baseline (None: fewer than two)."""
    measure, points = judged_scores(facts)
    return course_verdict([(p.session, p.value) for p in points], measure)


def improvement(facts: CourseFacts) -> Milestone | None:
    """The first session at which pain was meaningfully lower than the baseline (the
    chart's marker; whether the course improved is :func:`verdict`)."""
    measure, points = judged_scores(facts)
    return first_meaningful_improvement([(p.session, p.value) for p in points], measure)


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
        average=average_scores(facts),
        verdict=verdict(facts),
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
    verdict: Verdict | None = None  # the latest score against the baseline


def review_prompts(facts: CourseFacts) -> tuple[ReviewPrompt, ...]:
    """The reviews an open course is due, most pressing first (none once closed).

    A review recorded at or after the prompting session answers it; the final review
    covers a mid-course review not made.
    """
    if facts.closed:
        return ()
    done = len(facts.held)
    last_reviewed = max(facts.reviews_at, default=0)
    _measure, scores = judged_scores(facts)
    milestone = improvement(facts)
    judged = verdict(facts)
    baseline = scores[0].value if scores else None
    latest = scores[-1].value if len(scores) > 1 else None

    def prompt(kind: PromptKind, at: int) -> ReviewPrompt:
        return ReviewPrompt(
            kind, at, done, facts.planned_sessions, baseline, latest, milestone, judged
        )

    improved = judged is not None and judged.meaningful
    due: list[ReviewPrompt] = []
    if done >= NO_IMPROVEMENT_BY and not improved and last_reviewed < NO_IMPROVEMENT_BY:
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
    improved: int  # closed courses whose latest score is meaningfully below the baseline

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
        improved=sum(1 for facts in closed if (v := verdict(facts)) is not None and v.meaningful),
    )
