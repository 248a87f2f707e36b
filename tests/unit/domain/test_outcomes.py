"""Scoring and the meaningful-improvement rule, with their edge cases."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.clinical import age_on, duration_class
from planner.domain.errors import ValidationError
from planner.domain.outcomes import (
    change,
    first_meaningful_improvement,
    licensed_total,
    nrs,
    peg_score,
)
from planner.domain.vocab import DurationClass, OutcomeMeasure

M = OutcomeMeasure


@pytest.mark.parametrize("value", [0, 5, 10])
def test_nrs_accepts_whole_numbers_0_to_10(value: int) -> None:
    assert nrs(value) == value


@pytest.mark.parametrize("value", [-1, 11, 2.5, "7", True, None])
def test_nrs_refuses_anything_else_naming_the_field(value: object) -> None:
    with pytest.raises(ValidationError) as error:
        nrs(value, "Pain now")
    assert error.value.field == "Pain now"
    assert "Pain now" in error.value.message


def test_peg_is_the_mean_of_three_items() -> None:
    assert peg_score(6, 7, 8) == 7.0
    assert peg_score(1, 2, 2) == 1.67
    with pytest.raises(ValidationError, match="PEG enjoyment"):
        peg_score(5, 11, 5)


@pytest.mark.parametrize(
    ("baseline", "latest", "meaningful"),
    [
        (10, 8, True),  # 2 points
        (8, 7, False),  # 1 point, 12.5 %
        (3, 2, True),  # 1 point but 33 %
        (5, 4, False),  # 1 point, 20 %
        (10, 7.1, True),  # 2.9 points
        (0, 0, False),  # nothing to improve
        (4, 5, False),  # worse
        (6, 6, False),  # unchanged
        (1, 0, True),  # 100 %
    ],
)
def test_nrs_meaningful_improvement(baseline: float, latest: float, meaningful: bool) -> None:
    assert change(baseline, latest).meaningful is meaningful


@pytest.mark.parametrize(
    ("baseline", "latest", "meaningful"),
    [(6, 5, True), (6, 5.5, False), (3, 2.1, True), (8, 7.33, False), (2, 2.5, False)],
)
def test_peg_meaningful_improvement(baseline: float, latest: float, meaningful: bool) -> None:
    assert change(baseline, latest, M.PEG).meaningful is meaningful


def test_change_reports_points_and_fraction() -> None:
    result = change(8, 5)
    assert (result.points, result.fraction) == (3, 0.375)
    assert change(0, 0).fraction is None


def test_first_meaningful_improvement_across_a_course() -> None:
    milestone = first_meaningful_improvement([(1, 7), (2, 7), (3, 6), (4, 4), (5, 3)])
    assert milestone is not None
    assert (milestone.baseline_session, milestone.session) == (1, 4)
    assert milestone.change.points == 3
    assert first_meaningful_improvement([(2, 7), (1, 7)]) is None
    assert first_meaningful_improvement([(1, 7)]) is None
    assert first_meaningful_improvement([]) is None
    peg = first_meaningful_improvement([(1, 6.0), (2, 5.0)], M.PEG)
    assert peg is not None and peg.session == 2


@pytest.mark.parametrize(
    ("measure", "value", "ok"),
    [
        (M.ODI, 0, True),
        (M.ODI, 100, True),
        (M.ODI, 101, False),
        (M.RMDQ, 24, True),
        (M.RMDQ, 25, False),
        (M.STARTBACK, 9, True),
        (M.STARTBACK, -1, False),
        (M.PROMIS_PI, 55.3, True),
        (M.PROMIS_PI, 95, False),
    ],
)
def test_licensed_instruments_are_recorded_as_totals_in_range(measure, value, ok: bool) -> None:
    if ok:
        assert licensed_total(measure, value) == value
    else:
        with pytest.raises(ValidationError, match=measure.value):
            licensed_total(measure, value)


def test_free_measures_are_not_recorded_as_licensed_totals() -> None:
    with pytest.raises(ValidationError, match="not recorded as a total"):
        licensed_total(M.NRS_NOW, 5)


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (0, DurationClass.ACUTE),
        (41, DurationClass.ACUTE),
        (42, DurationClass.SUBACUTE),
        (83, DurationClass.SUBACUTE),
        (84, DurationClass.CHRONIC),
        (400, DurationClass.CHRONIC),
    ],
)
def test_duration_class(days: int, expected: DurationClass) -> None:
    onset = dt.date(2026, 1, 10)
    assert duration_class(onset, onset + dt.timedelta(days=days)) == expected


def test_age_on_birthdays() -> None:
    born = dt.date(1980, 2, 29)
    assert age_on(born, dt.date(2026, 2, 28)) == 45
    assert age_on(born, dt.date(2026, 3, 1)) == 46
