"""Room timers from a clock handed in, and needle reconciliation."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.errors import PlannerError, ValidationError
from planner.domain.plans import Cupping, ElectroPair, Moxibustion, Plan, PointChoice
from planner.domain.room import (
    ALL_AREAS,
    MismatchChoice,
    NeedleCount,
    SearchArea,
    TimerError,
    TimerKind,
    TimerState,
    acknowledge,
    alerting,
    check_minutes,
    clock_text,
    count_needles,
    elapsed,
    ends_at,
    is_live,
    mark_searched,
    mismatch_choices,
    pause,
    planned_timers,
    remaining,
    resume,
    settle_unaccounted,
    start_timer,
    state,
    stop,
    unaccounted_event,
)
from planner.domain.vocab import (
    AdverseEventKind,
    AdverseSeverity,
    CuppingType,
    MoxaType,
    PointSide,
    Technique,
)

T0 = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)


def at(seconds: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


# --- timers ---------------------------------------------------------------------------------


def test_a_timer_counts_down_ends_and_alerts_until_acknowledged() -> None:
    timer = start_timer(TimerKind.RETENTION, 25, T0)
    assert timer.duration == dt.timedelta(minutes=25)
    assert state(timer, at(0)) == TimerState.RUNNING
    assert remaining(timer, at(60)) == dt.timedelta(minutes=24)
    assert ends_at(timer) == at(25 * 60)
    assert not alerting(timer, at(25 * 60 - 1))
    assert state(timer, at(25 * 60)) == TimerState.ENDED
    assert alerting(timer, at(25 * 60 + 90))
    assert remaining(timer, at(25 * 60 + 90)) == dt.timedelta(seconds=-90)
    seen = acknowledge(timer, at(25 * 60 + 90))
    assert not alerting(seen, at(26 * 60))
    assert state(seen, at(26 * 60)) == TimerState.ENDED
    assert is_live(seen)
    done = stop(seen, at(27 * 60))
    assert state(done, at(40 * 60)) == TimerState.STOPPED
    assert not is_live(done)
    assert elapsed(done, at(40 * 60)) == dt.timedelta(minutes=27)
    assert ends_at(done) is None


def test_pausing_freezes_the_time_and_resuming_moves_the_end() -> None:
    timer = start_timer(TimerKind.ELECTRO, 30, T0)
    paused = pause(timer, at(600))
    assert state(paused, at(900)) == TimerState.PAUSED
    assert remaining(paused, at(900)) == dt.timedelta(minutes=20)
    assert ends_at(paused) is None
    running = resume(paused, at(900))
    assert running.paused_seconds == 300
    assert remaining(running, at(960)) == dt.timedelta(minutes=19)
    assert ends_at(running) == at(30 * 60 + 300)
    # stopping while paused stops at the pause
    again = pause(running, at(1200))
    stopped = stop(again, at(1500))
    assert elapsed(stopped, at(9999)) == dt.timedelta(seconds=900)
    # a clock behind the start never gives negative time
    assert elapsed(timer, at(-5)) == dt.timedelta(0)
    # resuming with a clock behind the pause adds no pause time
    assert resume(paused, at(500)).paused_seconds == 0


def test_timer_refusals() -> None:
    timer = start_timer(TimerKind.CUPPING, 10, T0)
    with pytest.raises(TimerError, match="running"):
        pause(pause(timer, at(1)), at(2))
    with pytest.raises(TimerError, match="paused"):
        resume(timer, at(1))
    with pytest.raises(TimerError, match="acknowledge"):
        acknowledge(timer, at(1))
    stopped = stop(timer, at(5))
    with pytest.raises(TimerError, match="already"):
        stop(stopped, at(6))
    with pytest.raises(TimerError, match="paused"):
        resume(stopped, at(6))
    with pytest.raises(TimerError, match="running"):
        pause(timer, at(11 * 60))  # ended


@pytest.mark.parametrize(
    ("kind", "good", "bad"),
    [
        (TimerKind.RETENTION, (1, 60), (0, 61)),
        (TimerKind.ELECTRO, (1, 60), (0, 61)),
        (TimerKind.CUPPING, (1, 30), (0, 31)),
        (TimerKind.MOXIBUSTION, (1, 60), (0, 61)),
    ],
)
def test_minutes_within_what_a_plan_allows(
    kind: TimerKind, good: tuple[int, int], bad: tuple[int, int]
) -> None:
    for minutes in good:
        assert check_minutes(kind, minutes) == minutes
    for minutes in bad:
        with pytest.raises(ValidationError) as refused:
            check_minutes(kind, minutes)
        assert refused.value.field == "minutes"
        assert f"from {good[0]} to {good[1]}" in refused.value.message


def test_minutes_must_be_whole_numbers() -> None:
    for value in (True, 2.5, "20"):
        with pytest.raises(ValidationError):
            check_minutes(TimerKind.RETENTION, value)  # type: ignore[arg-type]


def test_clock_text() -> None:
    assert clock_text(dt.timedelta(minutes=25)) == "25:00"
    assert clock_text(dt.timedelta(seconds=0.2)) == "00:01"
    assert clock_text(dt.timedelta(0)) == "00:00"
    assert clock_text(dt.timedelta(seconds=-90.5)) == "+01:30"
    assert clock_text(dt.timedelta(hours=1, seconds=5)) == "1:00:05"
    assert clock_text(dt.timedelta(hours=-2)) == "+2:00:00"


def test_planned_timers_follow_the_treatment() -> None:
    assert planned_timers(Plan()) == ()
    needling = Plan(
        techniques=frozenset({Technique.LOCAL_NEEDLING}),
        points=(PointChoice("BL23", PointSide.BILATERAL),),
        retention_minutes=20,
    )
    assert planned_timers(needling) == ((TimerKind.RETENTION, 20),)
    full = Plan(
        techniques=frozenset(
            {Technique.ELECTROACUPUNCTURE, Technique.CUPPING, Technique.MOXIBUSTION}
        ),
        points=(PointChoice("BL23", PointSide.BILATERAL), PointChoice("BL25", PointSide.LEFT)),
        electro=(ElectroPair("BL23", "BL25", minutes=15), ElectroPair("BL23", "BL25", minutes=30)),
        cupping=Cupping(CuppingType.DRY, ("BL23",), 45),  # above the limit: clamped
        moxibustion=Moxibustion(MoxaType.STICK, ("BL23",), 10),
        retention_minutes=0,  # below the limit: clamped
    )
    assert planned_timers(full) == (
        (TimerKind.RETENTION, 1),
        (TimerKind.ELECTRO, 30),
        (TimerKind.CUPPING, 30),
        (TimerKind.MOXIBUSTION, 10),
    )
    ea_no_pairs = Plan(techniques=frozenset({Technique.ELECTROACUPUNCTURE}))
    assert planned_timers(ea_no_pairs) == ((TimerKind.RETENTION, 25), (TimerKind.ELECTRO, 25))


# --- needles --------------------------------------------------------------------------------


def test_counting_needles_out_until_every_one_is_accounted_for() -> None:
    count = NeedleCount(needles_in=10)
    assert not count.balanced
    assert count.missing == 10
    assert mismatch_choices(count) == (MismatchChoice.RECOUNT, MismatchChoice.SEARCH)
    count = count_needles(count, needles_out=10)
    assert count.balanced
    assert mismatch_choices(count) == ()
    count = count_needles(count, needles_in=12)  # two more went in
    assert count.missing == 2
    assert count_needles(count) == count


def test_more_out_than_in_can_only_be_a_recount() -> None:
    count = count_needles(NeedleCount(needles_in=4), needles_out=5)
    assert count.missing == -1
    assert mismatch_choices(count) == (MismatchChoice.RECOUNT,)
    with pytest.raises(PlannerError, match="nothing to search"):
        mark_searched(count, ALL_AREAS)
    with pytest.raises(PlannerError, match="no needle to record"):
        unaccounted_event(count, "told the patient")


@pytest.mark.parametrize(
    ("needles_in", "needles_out", "field"),
    [
        (-1, 0, "needles_in"),
        (201, 0, "needles_in"),
        (3, -1, "needles_out"),
        (3, True, "needles_out"),
    ],
)
def test_counts_are_whole_numbers_in_range(needles_in: int, needles_out: int, field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        count_needles(NeedleCount(), needles_in, needles_out)
    assert refused.value.field == field
    assert "0 to 200" in refused.value.message


def test_a_missing_needle_is_searched_for_then_recorded_never_overridden() -> None:
    count = count_needles(NeedleCount(needles_in=8), needles_out=7)
    with pytest.raises(ValidationError) as refused:
        unaccounted_event(count, "Patient told")
    assert refused.value.field == "searched"
    count = mark_searched(count, frozenset({SearchArea.BODY, SearchArea.CLOTHES}))
    assert not count.search_done
    assert MismatchChoice.RECORD_EVENT not in mismatch_choices(count)
    count = mark_searched(count, ALL_AREAS)
    assert count.search_done
    assert mismatch_choices(count) == (
        MismatchChoice.RECOUNT,
        MismatchChoice.SEARCH,
        MismatchChoice.RECORD_EVENT,
    )
    for blank in ("", "   "):
        with pytest.raises(ValidationError) as refused:
            unaccounted_event(count, blank)
        assert refused.value.field == "action_taken"
    with pytest.raises(ValidationError, match="control character"):
        unaccounted_event(count, "bad\u202etext")
    event = unaccounted_event(count, "  Patient told; couch cover bagged as sharps.  ")
    assert event.kind == AdverseEventKind.NEEDLE_UNACCOUNTED
    assert event.severity == AdverseSeverity.MODERATE
    assert event.action_taken == "Patient told; couch cover bagged as sharps."
    assert event.description.startswith("1 needle of 8 not found")
    settled = settle_unaccounted(count)
    assert settled.balanced
    assert settled.unaccounted == 1
    assert settled.accounted == 8
    # the needle turns up after all: the unaccounted count drops, the count still balances
    found = count_needles(settled, needles_out=8)
    assert found.unaccounted == 0
    assert found.balanced
    assert found.searched == frozenset()


def test_two_missing_needles_are_described_in_the_plural() -> None:
    count = mark_searched(count_needles(NeedleCount(needles_in=6), needles_out=4), ALL_AREAS)
    assert unaccounted_event(count, "searched twice").description.startswith("2 needles of 6")
    kept = count_needles(count, needles_in=7)  # still missing: the search stays ticked
    assert kept.searched == ALL_AREAS
