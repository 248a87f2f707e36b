"""Treatment-room mode: timers read from a clock, and needles counted in and out.

Timers (retention, electroacupuncture, cupping, moxibustion) are plain records of when
they started, how long they run and when they were paused or stopped; what they show
comes from a clock handed in, so the same timer reads right after a restart and tests
never wait. A timer that has run its time is *ended* and alerts until acknowledged.

Needles: the count in comes from the points given (adjustable), the count out is tapped
off as they come out. The session is signed only when every needle is accounted for.
A mismatch is never overridden silently; it offers (reference §9 safety practices):

* recount (the count out, or in, was wrong: correct it);
* search the body, clothes, couch and floor (a checklist);
* once all four are searched, record the adverse event "needle not accounted for" with
  the action taken; the missing needles then count as accounted for, by that record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from planner.domain.errors import PlannerError, ValidationError
from planner.domain.i18n import translate
from planner.domain.plans import (
    CUPPING_MINUTES_LIMITS,
    EA_MINUTES_LIMITS,
    MOXA_MINUTES_LIMITS,
    RETENTION_LIMITS,
    Plan,
)
from planner.domain.sessions import MAX_NEEDLES, AdverseEventEntry, default_severity
from planner.domain.techniques import NEEDLING
from planner.domain.validation import Problems, clean_text
from planner.domain.vocab import AdverseEventKind, Technique

ACTION_MAX = 2000


# --- Timers -------------------------------------------------------------------------------


class TimerKind(StrEnum):
    """What a room timer times; values as stored."""

    RETENTION = "retention"
    ELECTRO = "electro"
    CUPPING = "cupping"
    MOXIBUSTION = "moxibustion"


TIMER_MINUTES: dict[TimerKind, tuple[int, int]] = {
    TimerKind.RETENTION: RETENTION_LIMITS,
    TimerKind.ELECTRO: EA_MINUTES_LIMITS,
    TimerKind.CUPPING: CUPPING_MINUTES_LIMITS,
    TimerKind.MOXIBUSTION: MOXA_MINUTES_LIMITS,
}


class TimerState(StrEnum):
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"  # its time has run out; alerts until acknowledged or stopped
    STOPPED = "stopped"  # stopped by the practitioner (done, or taken off early)


class TimerError(PlannerError):
    """A timer cannot do that in its present state (say, resume one that runs)."""


@dataclass(frozen=True, slots=True)
class RoomTimer:
    """One timer as stored: UTC times, seconds spent paused before the current pause."""

    kind: TimerKind
    minutes: int
    started_at: dt.datetime
    paused_at: dt.datetime | None = None
    paused_seconds: float = 0.0
    stopped_at: dt.datetime | None = None
    acknowledged_at: dt.datetime | None = None
    id: int | None = None

    @property
    def duration(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.minutes)


def check_minutes(kind: TimerKind, minutes: int) -> int:
    """The minutes a timer of ``kind`` may run (as a plan allows), or a ValidationError."""
    low, high = TIMER_MINUTES[kind]
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not low <= minutes <= high:
        raise ValidationError(
            "minutes",
            translate("room_rules", "Minutes: a whole number from {low} to {high}.").format(
                low=low, high=high
            ),
        )
    return minutes


def start_timer(kind: TimerKind, minutes: int, now: dt.datetime) -> RoomTimer:
    return RoomTimer(kind, check_minutes(kind, minutes), now)


def elapsed(timer: RoomTimer, now: dt.datetime) -> dt.timedelta:
    """Running time so far, pauses left out; frozen at a pause or a stop."""
    end = timer.stopped_at or timer.paused_at or now
    paused = dt.timedelta(seconds=timer.paused_seconds)
    return max(end - timer.started_at - paused, dt.timedelta(0))


def remaining(timer: RoomTimer, now: dt.datetime) -> dt.timedelta:
    """Time left; negative once it has ended (how long ago)."""
    return timer.duration - elapsed(timer, now)


def state(timer: RoomTimer, now: dt.datetime) -> TimerState:
    if timer.stopped_at is not None:
        return TimerState.STOPPED
    if remaining(timer, now) <= dt.timedelta(0):
        return TimerState.ENDED
    if timer.paused_at is not None:
        return TimerState.PAUSED
    return TimerState.RUNNING


def ends_at(timer: RoomTimer) -> dt.datetime | None:
    """When a running timer ends (None while paused or stopped)."""
    if timer.stopped_at is not None or timer.paused_at is not None:
        return None
    return timer.started_at + dt.timedelta(seconds=timer.paused_seconds) + timer.duration


def alerting(timer: RoomTimer, now: dt.datetime) -> bool:
    """An ended timer alerts (seen and heard) until the practitioner acknowledges it."""
    return state(timer, now) == TimerState.ENDED and timer.acknowledged_at is None


def is_live(timer: RoomTimer) -> bool:
    """Not stopped: it still counts down, waits paused, or has ended unattended."""
    return timer.stopped_at is None


def pause(timer: RoomTimer, now: dt.datetime) -> RoomTimer:
    if state(timer, now) != TimerState.RUNNING:
        raise TimerError(translate("room_rules", "Only a running timer can be paused."))
    return replace(timer, paused_at=now)


def resume(timer: RoomTimer, now: dt.datetime) -> RoomTimer:
    if timer.paused_at is None or timer.stopped_at is not None:
        raise TimerError(translate("room_rules", "Only a paused timer can be resumed."))
    extra = max((now - timer.paused_at).total_seconds(), 0.0)
    return replace(timer, paused_at=None, paused_seconds=timer.paused_seconds + extra)


def stop(timer: RoomTimer, now: dt.datetime) -> RoomTimer:
    """Stop (done, or taken off early). A paused timer stops at its pause."""
    if timer.stopped_at is not None:
        raise TimerError(translate("room_rules", "This timer is stopped already."))
    if timer.paused_at is not None:
        timer = resume(timer, now)
    return replace(timer, stopped_at=now)


def acknowledge(timer: RoomTimer, now: dt.datetime) -> RoomTimer:
    """The practitioner has seen the alert (the timer stays ended until stopped)."""
    if not alerting(timer, now):
        raise TimerError(translate("room_rules", "This timer has no alert to acknowledge."))
    return replace(timer, acknowledged_at=now)


def clock_text(left: dt.timedelta) -> str:
    """``12:05`` left, or ``+01:30`` over time; whole seconds, counting up to the next one
    while running so 0:00 is shown only when time is up."""
    seconds = left.total_seconds()
    if seconds > 0:
        whole = int(-(-seconds // 1))  # ceil: 0.2 s left still shows 00:01
        sign = ""
    else:
        whole = int(-seconds)
        sign = "+" if whole else ""
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"


def planned_timers(treatment: Plan) -> tuple[tuple[TimerKind, int], ...]:
    """The timers a session's treatment asks for, with their minutes: retention when
    needles go in, EA (its longest pair), cupping and moxibustion where given."""
    timers: list[tuple[TimerKind, int]] = []
    if treatment.points or treatment.techniques & NEEDLING:
        timers.append((TimerKind.RETENTION, treatment.retention_minutes))
    if treatment.electro:
        timers.append((TimerKind.ELECTRO, max(pair.minutes for pair in treatment.electro)))
    elif Technique.ELECTROACUPUNCTURE in treatment.techniques:
        timers.append((TimerKind.ELECTRO, treatment.retention_minutes))
    if treatment.cupping is not None:
        timers.append((TimerKind.CUPPING, treatment.cupping.minutes))
    if treatment.moxibustion is not None:
        timers.append((TimerKind.MOXIBUSTION, treatment.moxibustion.minutes))
    return tuple(
        (kind, min(max(minutes, TIMER_MINUTES[kind][0]), TIMER_MINUTES[kind][1]))
        for kind, minutes in timers
    )


# --- Needles ------------------------------------------------------------------------------


class SearchArea(StrEnum):
    """Where to look for a needle not found (reference §9), in the order searched."""

    BODY = "body"
    CLOTHES = "clothes"
    COUCH = "couch"
    FLOOR = "floor"


ALL_AREAS = frozenset(SearchArea)


class MismatchChoice(StrEnum):
    RECOUNT = "recount"
    SEARCH = "search"
    RECORD_EVENT = "record_event"


@dataclass(frozen=True, slots=True)
class NeedleCount:
    """Needles put in, taken out, and recorded as not accounted for (by an adverse event)."""

    needles_in: int = 0
    needles_out: int = 0
    unaccounted: int = 0
    searched: frozenset[SearchArea] = frozenset()

    @property
    def accounted(self) -> int:
        return self.needles_out + self.unaccounted

    @property
    def missing(self) -> int:
        """Needles still to account for (negative: more out than went in)."""
        return self.needles_in - self.accounted

    @property
    def balanced(self) -> bool:
        return self.missing == 0

    @property
    def search_done(self) -> bool:
        return self.searched >= ALL_AREAS


def count_needles(
    current: NeedleCount, needles_in: int | None = None, needles_out: int | None = None
) -> NeedleCount:
    """The count with ``needles_in``/``needles_out`` changed (None: unchanged).

    A needle recorded as not accounted for that turns up later (more out) is taken off
    the unaccounted count; the adverse event stays on the record.
    """
    new_in = current.needles_in if needles_in is None else needles_in
    new_out = current.needles_out if needles_out is None else needles_out
    problems = Problems()
    for name, label, value in (
        ("needles_in", translate("room_rules", "Needles in"), new_in),
        ("needles_out", translate("room_rules", "Needles out"), new_out),
    ):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_NEEDLES:
            problems.add(
                name,
                translate("room_rules", "{label}: a whole number from 0 to {max_needles}.").format(
                    label=label, max_needles=MAX_NEEDLES
                ),
            )
    if problems:
        name, message = next(iter(problems.by_field.items()))
        raise ValidationError(name, message)
    unaccounted = max(0, min(current.unaccounted, new_in - new_out))
    searched = current.searched if new_in - new_out - unaccounted > 0 else frozenset()
    return NeedleCount(new_in, new_out, unaccounted, searched)


def mismatch_choices(count: NeedleCount) -> tuple[MismatchChoice, ...]:
    """What the practitioner may do about a mismatch (nothing when every needle is out).

    More out than in can only be a miscount. Fewer: recount, search, and — once the body,
    clothes, couch and floor have been searched — record the adverse event.
    """
    if count.balanced:
        return ()
    if count.missing < 0:
        return (MismatchChoice.RECOUNT,)
    choices = [MismatchChoice.RECOUNT, MismatchChoice.SEARCH]
    if count.search_done:
        choices.append(MismatchChoice.RECORD_EVENT)
    return tuple(choices)


def mark_searched(count: NeedleCount, areas: frozenset[SearchArea]) -> NeedleCount:
    if count.missing <= 0:
        raise PlannerError(
            translate(
                "room_rules", "Every needle is accounted for; there is nothing to search for."
            )
        )
    return replace(count, searched=frozenset(areas))


def unaccounted_event(count: NeedleCount, action_taken: str) -> AdverseEventEntry:
    """The adverse event "needle not accounted for", refused until the search is done and
    the action taken is written (a ValidationError names the field)."""
    if count.missing <= 0:
        raise PlannerError(
            translate("room_rules", "Every needle is accounted for; there is no needle to record.")
        )
    if not count.search_done:
        raise ValidationError(
            "searched",
            translate(
                "room_rules", "Search the body, clothes, couch and floor before recording this."
            ),
        )
    problems = Problems()
    action = clean_text(
        problems,
        "action_taken",
        translate("room_rules", "Action taken"),
        action_taken,
        max_length=ACTION_MAX,
        multiline=True,
    )
    if problems:
        raise ValidationError("action_taken", problems.by_field["action_taken"])
    if not action:
        raise ValidationError(
            "action_taken",
            translate(
                "room_rules",
                "Action taken: say what was done (who was told, what was checked or bagged).",
            ),
        )
    kind = AdverseEventKind.NEEDLE_UNACCOUNTED
    needles = "needle" if count.missing == 1 else "needles"
    return AdverseEventEntry(
        kind=kind,
        severity=default_severity(kind),
        action_taken=action,
        # Stored in the record and printed in documents: English, as the records are.
        description=(
            f"{count.missing} {needles} of {count.needles_in} not found after searching "
            "the body, clothes, couch and floor."
        ),
    )


def settle_unaccounted(count: NeedleCount) -> NeedleCount:
    """The count once the adverse event is recorded: the missing needles are accounted
    for by that record."""
    return replace(count, unaccounted=count.unaccounted + max(count.missing, 0))
