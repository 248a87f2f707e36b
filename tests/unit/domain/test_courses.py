"""Course rules: length, frequency, proposed dates, extensions, review points and decisions."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from planner.domain.courses import (
    CourseDraft,
    CourseInvalid,
    ExtensionNeeded,
    ReviewDraft,
    ReviewOutcome,
    ReviewPoint,
    check_can_record,
    check_dates,
    default_mid_review,
    more_dates,
    pain_change,
    proposed_dates,
    review_due,
    review_outcome,
    session_label,
    validate_course,
    validate_extension,
    validate_review,
)
from planner.domain.errors import PlannerError
from planner.domain.vocab import CourseStatus, DischargeReason, ReviewDecision

TODAY = dt.date(2026, 11, 2)  # a Monday


def test_label_and_default_mid_review() -> None:
    assert session_label(3, 6) == "Session 3 of 6"
    assert [default_mid_review(n) for n in (1, 2, 3, 4, 6, 12)] == [1, 1, 2, 3, 3, 3]


@pytest.mark.parametrize(
    ("per_week", "gaps"),
    [(1.0, [7, 7, 7]), (2.0, [4, 3, 4]), (3.0, [2, 3, 2]), (0.5, [14, 14, 14])],
)
def test_proposed_dates_follow_the_frequency(per_week: float, gaps: list[int]) -> None:
    dates = proposed_dates(TODAY, per_week, 4)
    assert dates[0] == TODAY
    assert [(b - a).days for a, b in itertools.pairwise(dates)] == gaps


def test_more_dates_continue_after_the_last() -> None:
    dates = proposed_dates(TODAY, 1.0, 2)
    assert more_dates(dates, TODAY, 1.0, 2) == (
        TODAY + dt.timedelta(days=14),
        TODAY + dt.timedelta(days=21),
    )
    assert more_dates((), TODAY, 1.0, 1) == (TODAY,)


def test_a_default_course_gets_six_weekly_dates() -> None:
    course = validate_course(CourseDraft(start_date=TODAY, goals="  walk the dog  "), TODAY)
    assert course.planned_sessions == 6 and course.goals == "walk the dog"
    assert course.proposed_dates[-1] == TODAY + dt.timedelta(weeks=5)


def test_edited_dates_are_kept_when_in_order() -> None:
    dates = (TODAY, TODAY + dt.timedelta(days=2))
    course = validate_course(
        CourseDraft(start_date=TODAY, planned_sessions=2, mid_review_at=1, proposed_dates=dates),
        TODAY,
    )
    assert course.proposed_dates == dates


def _problems(draft: CourseDraft) -> dict[str, str]:
    with pytest.raises(CourseInvalid) as caught:
        validate_course(draft, TODAY)
    return caught.value.problems


def test_more_than_six_sessions_need_a_reason() -> None:
    problems = _problems(CourseDraft(start_date=TODAY, planned_sessions=8))
    assert "sessions_reason" in problems
    course = validate_course(
        CourseDraft(start_date=TODAY, planned_sessions=8, sessions_reason="Chronic, 10 years"),
        TODAY,
    )
    assert len(course.proposed_dates) == 8


def test_each_field_is_named() -> None:
    problems = _problems(
        CourseDraft(
            start_date=None,
            planned_sessions=13,
            sessions_per_week=1.5,
            mid_review_at=0,
            goal_target_pain=11,
            goals="\u202e",
        )
    )
    assert set(problems) == {
        "start_date",
        "planned_sessions",
        "sessions_per_week",
        "mid_review_at",
        "goal_target_pain",
        "goals",
    }
    far = TODAY + dt.timedelta(days=400)
    assert "start_date" in _problems(CourseDraft(start_date=far))
    # An invalid reason is reported once, under its own field.
    bad_reason = _problems(
        CourseDraft(start_date=TODAY, planned_sessions=8, sessions_reason="x" * 1001)
    )
    assert "at most" in bad_reason["sessions_reason"]


def test_dates_must_fit_the_course() -> None:
    start = TODAY
    with pytest.raises(CourseInvalid, match="one for each"):
        check_dates((start,), start, 2)
    with pytest.raises(CourseInvalid, match="before the course starts"):
        check_dates((start - dt.timedelta(days=1),), start, 1)
    with pytest.raises(CourseInvalid, match="comes before session 1"):
        check_dates((start + dt.timedelta(days=3), start + dt.timedelta(days=1)), start, 2)
    check_dates((start, start), start, 2)  # two on one day is allowed


def test_extensions_need_a_reason_and_stay_within_24() -> None:
    assert validate_extension(6, 2, " Still improving ") == (8, "Still improving")
    with pytest.raises(CourseInvalid) as caught:
        validate_extension(6, 0, "")
    assert set(caught.value.problems) == {"reason", "extend_by"}
    with pytest.raises(CourseInvalid, match="from 1 to 2"):
        validate_extension(22, 3, "more")
    with pytest.raises(CourseInvalid, match="already has 24"):
        validate_extension(24, 1, "more")


def test_recording_past_the_plan_asks_for_an_extension() -> None:
    check_can_record(6, 6, CourseStatus.ACTIVE)
    with pytest.raises(ExtensionNeeded) as caught:
        check_can_record(7, 6, CourseStatus.ACTIVE)
    assert (caught.value.number, caught.value.planned) == (7, 6)
    assert "Extend the course" in caught.value.user_text()
    with pytest.raises(PlannerError, match="closed"):
        check_can_record(2, 6, CourseStatus.DISCHARGED)


def test_review_points() -> None:
    assert review_due(3, 6, 3) == ReviewPoint.MID
    assert review_due(6, 6, 3) == ReviewPoint.FINAL
    assert review_due(4, 6, 3) is None


def test_review_decisions_and_what_they_do() -> None:
    extend = validate_review(
        ReviewDraft(ReviewDecision.EXTEND, extend_by=2, refer_to="ignored", reason="slow"), 6
    )
    assert extend.extend_by == 2 and extend.refer_to == ""
    assert review_outcome(extend, 6, CourseStatus.ACTIVE) == ReviewOutcome(
        CourseStatus.EXTENDED, 8, False
    )
    discharge = validate_review(
        ReviewDraft(
            ReviewDecision.DISCHARGE, extend_by=3, discharge_reason=DischargeReason.GOALS_MET
        ),
        6,
    )
    assert discharge.extend_by is None
    assert review_outcome(discharge, 6, CourseStatus.ACTIVE).closes
    refer = validate_review(
        ReviewDraft(ReviewDecision.REFER, refer_to=" GP ", reason="No change", note="n"), 6
    )
    assert refer.refer_to == "GP"
    assert review_outcome(refer, 6, CourseStatus.ACTIVE).status == CourseStatus.REFERRED
    keep = validate_review(ReviewDraft(ReviewDecision.CONTINUE), 6)
    assert review_outcome(keep, 6, CourseStatus.ACTIVE) == ReviewOutcome(
        CourseStatus.ACTIVE, 6, False
    )


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (ReviewDraft(), "decision"),
        (ReviewDraft(ReviewDecision.EXTEND), "extend_by"),
        (ReviewDraft(ReviewDecision.EXTEND, extend_by=30), "extend_by"),
        (ReviewDraft(ReviewDecision.DISCHARGE), "discharge_reason"),
        (ReviewDraft(ReviewDecision.REFER, reason="why"), "refer_to"),
        (ReviewDraft(ReviewDecision.REFER, refer_to="GP"), "reason"),
        (ReviewDraft(ReviewDecision.REFER, refer_to="x" * 201, reason="why"), "refer_to"),
        (ReviewDraft(ReviewDecision.REFER, refer_to="GP", reason="\x00"), "reason"),
    ],
)
def test_review_problems_name_the_field(draft: ReviewDraft, field: str) -> None:
    with pytest.raises(CourseInvalid) as caught:
        validate_review(draft, 6)
    assert field in caught.value.problems


def test_extend_review_on_a_full_course() -> None:
    with pytest.raises(CourseInvalid, match="from 1 to 0"):
        validate_review(ReviewDraft(ReviewDecision.EXTEND, extend_by=1), 24)


def test_pain_change_uses_meaningful_improvement() -> None:
    assert pain_change(None, 3) is None and pain_change(7, None) is None
    found = pain_change(7, 4)
    assert found is not None and found.meaningful and found.points == 3
    small = pain_change(7, 6)
    assert small is not None and not small.meaningful
