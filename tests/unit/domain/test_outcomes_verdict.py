"""Improvement judged on the course's latest score against its baseline (issue 16)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from planner.domain.outcomes import MEANINGFUL_RULE, course_verdict
from planner.domain.progress import (
    ChartPoint,
    ClinicFilter,
    CourseFacts,
    PromptKind,
    SessionScore,
    average_scores,
    clinic_stats,
    course_chart,
    judged_scores,
    pain_scores,
    review_prompts,
    verdict,
)
from planner.domain.vocab import CourseStatus, OutcomeMeasure, SessionStatus

M = OutcomeMeasure
START = dt.date(2026, 9, 7)
TODAY = dt.date(2026, 11, 2)


def test_the_latest_score_decides_not_the_best_dip() -> None:
    dip = course_verdict([(0, 7), (1, 5), (2, 7), (3, 8), (4, 8), (5, 8)])
    assert dip is not None
    assert (dip.baseline, dip.latest, dip.baseline_at, dip.latest_at) == (7, 8, 0, 5)
    assert not dip.meaningful and not dip.sustained
    assert dip.measure == M.NRS_NOW


def test_sustained_needs_the_score_before_the_latest_to_be_meaningful_too() -> None:
    lasting = course_verdict([(2, 4), (0, 7), (1, 5)])  # order does not matter
    assert lasting is not None and lasting.meaningful and lasting.sustained
    one_good_day = course_verdict([(0, 7), (1, 6), (2, 4)])
    assert one_good_day is not None and one_good_day.meaningful
    assert not one_good_day.sustained
    two = course_verdict([(0, 7), (1, 4)])
    assert two is not None and two.meaningful and not two.sustained


def test_peg_uses_its_own_threshold_and_fewer_than_two_scores_give_none() -> None:
    peg = course_verdict([(0, 6.0), (3, 5.0)], M.PEG)
    assert peg is not None and peg.meaningful  # 1 point on the PEG
    assert course_verdict([(0, 6.0), (3, 5.0)]) is not None
    assert not course_verdict([(0, 6.0), (3, 5.0)]).meaningful  # type: ignore[union-attr]
    assert course_verdict([(0, 7)]) is None
    assert course_verdict([]) is None
    assert "2 points or 30 %" in MEANINGFUL_RULE


def sessions(*befores: int | None, planned: int = 6) -> tuple[SessionScore, ...]:
    held = [
        SessionScore(n, START + dt.timedelta(weeks=n - 1), SessionStatus.SIGNED, before, None)
        for n, before in enumerate(befores, start=1)
    ]
    booked = [
        SessionScore(n, START + dt.timedelta(weeks=n - 1), SessionStatus.SCHEDULED)
        for n in range(len(befores) + 1, planned + 1)
    ]
    return tuple(held + booked)


def course(*befores: int | None, **changes: object) -> CourseFacts:
    facts = CourseFacts(
        course_id=1,
        patient_id=10,
        status=CourseStatus.ACTIVE,
        planned_sessions=6,
        mid_review_at=6,
        start_date=START,
        intake_pain=7,
        sessions=sessions(*befores),
    )
    return replace(facts, **changes)  # type: ignore[arg-type]


def test_a_dip_then_worse_raises_the_session_4_review() -> None:
    facts = course(5, 7, 8, 8)
    prompts = review_prompts(facts)
    assert [p.kind for p in prompts] == [PromptKind.NO_IMPROVEMENT]
    assert (prompts[0].baseline, prompts[0].latest) == (7, 8)
    assert prompts[0].milestone is not None  # the dip is still marked on the chart
    assert prompts[0].verdict is not None and not prompts[0].verdict.meaningful
    better = course(6, 6, 5, 4)
    assert review_prompts(better) == ()


def test_clinic_counts_a_course_improved_only_when_its_latest_score_is() -> None:
    end = START + dt.timedelta(weeks=6)
    closed = {"status": CourseStatus.DISCHARGED, "end_date": end}
    dip = course(5, 7, 8, 8, 8, course_id=1, **closed)
    kept = course(6, 5, 4, 4, 4, course_id=2, **closed)
    stats = clinic_stats([dip, kept], ClinicFilter(), TODAY)
    assert (stats.completed, stats.improved) == (2, 1)


def test_recorded_pain_now_replaces_pain_before_and_counts_before_a_session_held() -> None:
    # Scores taken before session 5, not yet signed off: the patient was asked, so the
    # chart, the verdict and the prompts all see them (as the chart shows the PEG).
    facts = course(6, 6, pain_now=((2, 4.0), (5, 1.0), (0, 8.0)))
    assert pain_scores(facts) == (
        ChartPoint(0, 8.0),
        ChartPoint(1, 6),
        ChartPoint(2, 4.0),
        ChartPoint(5, 1.0),
    )


def test_average_pain_is_judged_when_recorded_up_to_the_latest_score() -> None:
    facts = course(6, 6, 6, 6, average=((0, 8.0), (2, 6.0), (4, 5.0)))
    assert average_scores(facts) == (ChartPoint(0, 8.0), ChartPoint(2, 6.0), ChartPoint(4, 5.0))
    measure, points = judged_scores(facts)
    assert measure == M.NRS_AVERAGE and points[-1] == ChartPoint(4, 5.0)
    judged = verdict(facts)
    assert judged is not None and judged.meaningful  # 8 -> 5 on average pain
    ahead = course(6, 6, 6, 6, average=((0, 8.0), (6, 9.0)))  # asked before session 6
    assert judged_scores(ahead) == (M.NRS_AVERAGE, (ChartPoint(0, 8.0), ChartPoint(6, 9.0)))
    chart = course_chart(facts)
    assert chart.verdict == judged and chart.average == average_scores(facts)
    assert review_prompts(facts) == ()
    stale = course(6, 6, 6, 6, average=((0, 8.0), (2, 5.0)))
    assert judged_scores(stale)[0] == M.NRS_NOW  # pain now is more recent
    no_now = course(intake_pain=None, sessions=(), average=((0, 8.0),))
    assert judged_scores(no_now) == (M.NRS_NOW, ())
    assert verdict(no_now) is None
    only_average = course(None, None, intake_pain=None, average=((0, 8.0), (2, 4.0)))
    assert judged_scores(only_average)[0] == M.NRS_AVERAGE
