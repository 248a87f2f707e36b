"""Course chart series, the improvement marker, review prompts and clinic counts."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from planner.domain.progress import (
    ChartPoint,
    ClinicFilter,
    CourseFacts,
    Presentation,
    PromptKind,
    SessionScore,
    clinic_stats,
    course_chart,
    improvement,
    matches,
    next_overdue,
    review_prompts,
)
from planner.domain.vocab import CourseStatus, DurationClass, PainRegion, SessionStatus

START = dt.date(2026, 9, 7)
TODAY = dt.date(2026, 11, 2)
S, D, C = SessionStatus.SIGNED, SessionStatus.DRAFT, SessionStatus.SCHEDULED


def sessions(*pains: tuple[int | None, int | None], planned: int = 6) -> tuple[SessionScore, ...]:
    """Held sessions with (before, after) pain, then scheduled ones up to ``planned``."""
    rows = [
        SessionScore(n, START + dt.timedelta(weeks=n - 1), S, before, after)
        for n, (before, after) in enumerate(pains, start=1)
    ]
    rows += [
        SessionScore(n, START + dt.timedelta(weeks=n - 1), C)
        for n in range(len(pains) + 1, planned + 1)
    ]
    return tuple(rows)


def course(*pains: tuple[int | None, int | None], **changes: object) -> CourseFacts:
    facts = CourseFacts(
        course_id=1,
        patient_id=10,
        status=CourseStatus.ACTIVE,
        planned_sessions=6,
        mid_review_at=3,
        start_date=START,
        goal_target_pain=2,
        intake_pain=7,
        sessions=sessions(*pains),
    )
    return replace(facts, **changes)  # type: ignore[arg-type]


# --- chart ----------------------------------------------------------------------------------


def test_chart_series_done_against_planned_and_the_marker() -> None:
    facts = course(
        (7, 5), (5, 3), (4, None), (None, 2), peg=((3, 4.33), (0, 6.67)), reviews_at=(3,)
    )
    chart = course_chart(facts)
    assert chart.pain_before == (
        ChartPoint(0, 7),
        ChartPoint(1, 7),
        ChartPoint(2, 5),
        ChartPoint(3, 4),
    )
    assert chart.pain_after == (ChartPoint(1, 5), ChartPoint(2, 3), ChartPoint(4, 2))
    assert chart.peg == (ChartPoint(0, 6.67), ChartPoint(3, 4.33))
    assert chart.goal == 2
    assert chart.baseline == ChartPoint(0, 7)
    assert (chart.done, chart.planned) == (4, 6)
    assert chart.upcoming == (
        (5, START + dt.timedelta(weeks=4)),
        (6, START + dt.timedelta(weeks=5)),
    )
    assert chart.held_dates[0] == (1, START)
    assert chart.last_session == 6
    milestone = chart.milestone
    assert milestone is not None  # "meaningful improvement since session 2: 7 → 5"
    assert (milestone.baseline_session, milestone.session) == (0, 2)
    assert (milestone.change.baseline, milestone.change.latest) == (7, 5)


def test_without_the_intake_score_the_first_session_is_the_baseline() -> None:
    facts = course((8, 6), (7, 5), (5, 4), intake_pain=None)
    chart = course_chart(facts)
    assert chart.baseline == ChartPoint(1, 8)
    assert chart.milestone is not None and chart.milestone.session == 3
    empty = course_chart(course(intake_pain=None))
    assert empty.baseline is None and empty.milestone is None and empty.done == 0
    assert not chart.closed
    assert course_chart(replace(facts, status=CourseStatus.REFERRED)).closed


def test_a_course_extended_past_its_plan_draws_to_its_last_session() -> None:
    held = sessions(*[(6, 5)] * 8, planned=8)
    facts = course(sessions=held, planned_sessions=6)
    assert course_chart(facts).last_session == 8


def test_draft_sessions_count_as_held_cancelled_ones_do_not() -> None:
    rows = (
        SessionScore(1, START, S, 7, 6),
        SessionScore(2, START, SessionStatus.CANCELLED, 2, 2),
        SessionScore(3, START, D, 4, None),
    )
    facts = course(sessions=rows)
    assert [s.number for s in facts.held] == [1, 3]
    assert improvement(facts) is not None


# --- review prompts -------------------------------------------------------------------------


def kinds(facts: CourseFacts) -> list[PromptKind]:
    return [prompt.kind for prompt in review_prompts(facts)]


def test_mid_course_review_when_its_session_is_reached() -> None:
    assert kinds(course((7, 5), (6, 4))) == []
    facts = course((7, 5), (6, 4), (4, 3))
    prompts = review_prompts(facts)
    assert [p.kind for p in prompts] == [PromptKind.MID]
    prompt = prompts[0]
    assert (prompt.at_session, prompt.done, prompt.planned) == (3, 3, 6)
    assert (prompt.baseline, prompt.latest) == (7, 4)
    assert prompt.milestone is not None
    assert kinds(replace(facts, reviews_at=(3,))) == []


def test_no_meaningful_improvement_by_session_4_asks_for_a_review() -> None:
    facts = course((7, 6), (7, 6), (6, 5), (6, 5), reviews_at=(3,))
    prompts = review_prompts(facts)
    assert [p.kind for p in prompts] == [PromptKind.NO_IMPROVEMENT]
    assert (prompts[0].baseline, prompts[0].latest, prompts[0].milestone) == (7, 6, None)
    assert kinds(replace(facts, reviews_at=(3, 4))) == []
    improved = course((7, 6), (7, 6), (6, 5), (5, 4), reviews_at=(3,))
    assert kinds(improved) == []
    # never recorded pain: improvement cannot be shown, so the review is asked for
    unknown = course((None, None), (None, None), (None, None), (None, None), intake_pain=None)
    prompt = review_prompts(replace(unknown, reviews_at=(3,)))[0]
    assert (prompt.kind, prompt.baseline, prompt.latest) == (PromptKind.NO_IMPROVEMENT, None, None)


def test_final_review_covers_a_missed_mid_review_and_stops_once_closed() -> None:
    facts = course(*[(7, 5), (6, 4), (5, 4), (4, 3), (4, 3), (3, 2)])
    assert kinds(facts) == [PromptKind.FINAL]
    assert kinds(replace(facts, reviews_at=(6,))) == []
    both = course(*[(7, 7)] * 6)
    assert kinds(both) == [PromptKind.NO_IMPROVEMENT, PromptKind.FINAL]
    assert kinds(replace(facts, status=CourseStatus.DISCHARGED)) == []


def test_a_mid_review_at_the_last_session_is_the_final_one() -> None:
    facts = course(
        (7, 5),
        (5, 3),
        planned_sessions=2,
        mid_review_at=2,
        sessions=sessions((7, 5), (5, 3), planned=2),
    )
    assert kinds(facts) == [PromptKind.FINAL]


# --- the clinic -----------------------------------------------------------------------------

LOW_BACK = Presentation(frozenset({PainRegion.LOWER_BACK}), DurationClass.CHRONIC)
NECK = Presentation(frozenset({PainRegion.NECK, PainRegion.UPPER_BACK}), DurationClass.ACUTE)


def clinic() -> list[CourseFacts]:
    started = START
    return [
        # open, on track, mid review due
        course((7, 5), (5, 4), (4, 3), course_id=1, presentation=LOW_BACK),
        # open, next session (3) was due 2026-09-21 and not held: overdue
        course((7, 6), (7, 6), course_id=2, patient_id=11, presentation=NECK),
        # closed and improved
        course(
            *[(7, 5), (5, 3), (4, 3), (3, 2)],
            course_id=3,
            patient_id=12,
            status=CourseStatus.DISCHARGED,
            end_date=started + dt.timedelta(weeks=4),
            sessions=sessions((7, 5), (5, 3), (4, 3), (3, 2), planned=4),
            presentation=LOW_BACK,
        ),
        # closed without improvement, long ago
        course(
            course_id=4,
            patient_id=13,
            status=CourseStatus.REFERRED,
            start_date=dt.date(2025, 1, 6),
            end_date=dt.date(2025, 2, 3),
            sessions=sessions((6, 6), (6, 6), planned=2),
            presentation=NECK,
        ),
        # closed with no end date recorded (older data): dated by its start
        course(course_id=5, patient_id=14, status=CourseStatus.COMPLETED, sessions=()),
    ]


def test_clinic_counts_without_filters() -> None:
    stats = clinic_stats(clinic(), ClinicFilter(), TODAY)
    assert stats.courses == 5
    assert stats.active == (1, 2)
    assert [(d.course_id, d.prompt.kind) for d in stats.due_review] == [(1, PromptKind.MID)]
    assert [(o.course_id, o.session, o.days) for o in stats.overdue] == [(2, 3, 42), (1, 4, 35)]
    assert (stats.completed, stats.improved) == (3, 1)
    assert stats.improved_share == 1 / 3


def test_clinic_filters_by_dates_and_presentation() -> None:
    courses = clinic()
    recent = clinic_stats(courses, ClinicFilter(start=dt.date(2026, 1, 1)), TODAY)
    assert (recent.courses, recent.completed, recent.improved) == (4, 2, 1)
    old = clinic_stats(courses, ClinicFilter(end=dt.date(2025, 12, 31)), TODAY)
    assert (old.courses, old.active, old.completed, old.improved_share) == (1, (), 1, 0.0)
    back = clinic_stats(courses, ClinicFilter(region=PainRegion.LOWER_BACK), TODAY)
    assert (back.courses, back.improved_share) == (2, 1.0)
    acute = clinic_stats(courses, ClinicFilter(duration=DurationClass.ACUTE), TODAY)
    assert acute.active == (2,)
    none = clinic_stats(courses, ClinicFilter(region=PainRegion.SCIATICA), TODAY)
    assert (none.courses, none.improved_share) == (0, None)


def test_matching_uses_today_for_open_courses() -> None:
    facts = course()
    assert matches(facts, ClinicFilter(start=TODAY, end=TODAY), TODAY)
    assert not matches(facts, ClinicFilter(end=START - dt.timedelta(days=1)), TODAY)


def test_overdue_only_for_a_booked_session_in_the_past() -> None:
    assert next_overdue(course(sessions=()), TODAY) is None
    facts = course((7, 5))
    assert next_overdue(facts, START) is None  # session 2 is next week
    found = next_overdue(facts, START + dt.timedelta(weeks=1, days=2))
    assert found is not None and (found.session, found.days) == (2, 2)
    closed = replace(facts, status=CourseStatus.COMPLETED)
    assert next_overdue(closed, TODAY) is None
