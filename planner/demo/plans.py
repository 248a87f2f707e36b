"""When a patient's courses run: the plan of each course, laid out backwards from today.

Also the small records the row builders pass along: who the patient is clinically
(:class:`PatientContext`), a course's prescription, and what sessions need of a course.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field

from planner.demo.clinical import (
    CLOSED,
    COURSE_STATUSES,
    DISCHARGE_REASONS,
    EARLIER_STATUSES,
    LAST_STATUSES,
    POSITIVE_FLAGS,
)
from planner.demo.dice import Dice, weighted
from planner.demo.texts import EXTENSION_REASONS
from planner.domain.clinical import age_on
from planner.domain.vocab import (
    AcupunctureStyle,
    Condition,
    CourseStatus,
    CuppingType,
    DischargeReason,
    EAFrequencyMode,
    MoxaType,
    PainRegion,
    RedFlag,
    Sex,
    Technique,
)


@dataclass(slots=True)
class CoursePlan:
    """When a course runs and how many of its sessions exist and are signed."""

    status: CourseStatus
    original_sessions: int
    planned_sessions: int  # raised when the course is extended
    given: int  # signed sessions (all before the demo's today)
    booked: int  # session rows: signed plus scheduled
    start: dt.date  # set again when the timeline places the course
    intake_date: dt.date
    per_week: float = 1.0
    offsets: list[int] = field(default_factory=lambda: [0])  # days from start to each session
    discharge_reason: DischargeReason | None = None
    red_flag: tuple[RedFlag, str] | None = None  # the flag found at intake, and refer to
    extension_reason: str = ""

    @property
    def mid_review_at(self) -> int:
        return max(2, self.original_sessions // 2)

    @property
    def end(self) -> dt.date | None:
        if self.status not in CLOSED:
            return None
        return self.start + dt.timedelta(days=self.offsets[self.given - 1] if self.given else 0)


@dataclass(slots=True)
class PatientContext:
    """What a patient's courses share: who, which regions, which techniques suit them."""

    patient_id: int
    sex: Sex
    born: dt.date
    insured: bool
    regions: tuple[PainRegion, ...]
    sciatica_side: str | None
    style: AcupunctureStyle
    conditions: tuple[Condition, ...]
    techniques: tuple[Technique, ...]

    def may_be_pregnant(self, day: dt.date) -> bool:
        return self.sex is Sex.FEMALE and age_on(self.born, day) < 55


PointRow = tuple[str, str, int, str, str]  # code, side, needles, depth, stimulation


@dataclass(slots=True)
class Prescription:
    """A course's plan: its points (shaped as session point rows) and adjuncts."""

    points: list[PointRow]
    ashi: PointRow
    electro_pairs: list[tuple[str, str]]
    electro_setting: tuple[EAFrequencyMode, str]
    cupping: tuple[CuppingType, list[str]] | None
    moxa: tuple[MoxaType, list[str]] | None
    retention: int
    # Points at which de qi is sought (drawn with the plan rows; Ashi points: always).
    de_qi: dict[str, bool] = field(default_factory=dict)
    ashi_region: str | None = None  # where an added Ashi point lies (AshiRegion value)


@dataclass(frozen=True, slots=True)
class CourseMade:
    """What a course's sessions need to know about it."""

    id: int
    created: dt.datetime
    prescription: Prescription


TODAY_DONE = 4
"""Running courses whose latest session was given (and signed) this morning."""
TODAY_NEXT = 11
"""Running courses whose next session is booked today (in treatment, waiting, to come)."""


class Timeline:
    """Plans a patient's courses: statuses, session counts and dates around ``today``.

    Sessions fall on weekdays (the clinic opens Monday to Friday), and the first running
    courses are laid out so that the demo's today is a full day (:data:`TODAY_DONE`,
    :data:`TODAY_NEXT`).
    """

    def __init__(self, dice: Dice, today: dt.date) -> None:
        self.dice = dice
        self.today = today
        self._today_done = 0
        self._today_next = 0
        self._flagged = False  # a patient referred for a red flag at intake, in every demo
        self._last, self._last_weights = weighted(LAST_STATUSES)
        self._earlier, self._earlier_weights = weighted(EARLIER_STATUSES)

    def plan_courses(self, index: int) -> list[CoursePlan]:
        """The patient's courses, oldest first, laid out backwards from today."""
        dice = self.dice
        count = dice.weighted((1, 2, 3), (25, 75, 100))
        if index < len(COURSE_STATUSES):
            last = COURSE_STATUSES[index]  # every status appears in every demo
        elif self._today_done + self._today_next < TODAY_DONE + TODAY_NEXT:
            last = CourseStatus.ACTIVE  # today's appointments first
        else:
            last = dice.weighted(self._last, self._last_weights)
        plans = [self._course_plan(last)]
        for _ in range(count - 1):
            status = dice.weighted(self._earlier, self._earlier_weights)
            plans.append(self._course_plan(status))
        self._place_last(plans[0])
        for later, earlier in itertools.pairwise(plans):
            last_day = later.intake_date - dt.timedelta(days=dice.between(21, 270))
            self._place_closed(earlier, last_day)
        plans.reverse()
        for plan in plans:
            self._on_weekdays(plan)
        return plans

    def _on_weekdays(self, plan: CoursePlan) -> None:
        """Each session off a weekend by a day or two, the course's order and its side of
        today kept (signed before today, scheduled from today on); today stays."""
        today = self.today
        previous: dt.date | None = None
        days = []
        for index, offset in enumerate(plan.offsets):
            day = plan.start + dt.timedelta(days=offset)
            if day != today and day.isoweekday() > 5:
                moves = (-1, 2) if day.isoweekday() == 6 else (1, -2)
                signed = index < plan.given
                for move in moves:
                    moved = day + dt.timedelta(days=move)
                    if (moved < today if signed else moved >= today) and (
                        previous is None or moved > previous
                    ):
                        day = moved
                        break
            days.append(day)
            previous = day
        same_day = plan.intake_date == plan.start  # assessed and treated in one visit
        plan.start = days[0]
        plan.offsets = [(day - plan.start).days for day in days]
        plan.intake_date = plan.start if same_day else min(plan.intake_date, plan.start)

    def _course_plan(self, status: CourseStatus) -> CoursePlan:
        """How many sessions a course of this status has planned, booked and signed."""
        dice = self.dice
        original = dice.weighted((4, 5, 6), (20, 50, 100))
        today = self.today
        plan = CoursePlan(
            status,
            original,
            original,
            given=original,
            booked=original,
            start=today,
            intake_date=today,
        )
        if status is CourseStatus.PLANNED:
            plan.given, plan.booked = 0, original if dice.random() < 0.7 else 0
        elif status is CourseStatus.ACTIVE:
            plan.given = dice.between(1, original - 1)
        elif status is CourseStatus.EXTENDED:
            plan.planned_sessions = plan.booked = original + dice.between(2, 4)
            plan.given = dice.between(original, plan.planned_sessions - 1)
            plan.extension_reason = dice.pick(EXTENSION_REASONS)
        elif status is CourseStatus.DISCHARGED:
            reason = dice.weighted(DISCHARGE_REASONS, (50, 80, 100))
            low = {DischargeReason.GOALS_MET: original - 2, DischargeReason.PLATEAU: 3}
            high = original - (reason is DischargeReason.PATIENT_CHOICE)
            plan.given = plan.booked = dice.between(low.get(reason, 2), high)
            plan.discharge_reason = reason
        elif status is CourseStatus.REFERRED:
            if dice.random() < 0.4 or not self._flagged:  # every demo has one red flag
                plan.red_flag = dice.pick(POSITIVE_FLAGS)
                self._flagged = True
            plan.given = plan.booked = 0 if plan.red_flag else dice.between(2, 4)
        plan.per_week = 2.0 if dice.random() < 0.3 else 1.0
        plan.offsets = self._offsets(plan.booked, plan.per_week)
        return plan

    def _offsets(self, count: int, per_week: float) -> list[int]:
        dice = self.dice
        offsets = [0]
        for number in range(1, max(count, 1)):
            step = 7 if per_week == 1.0 else 3 + number % 2
            if dice.random() < 0.15:
                step += dice.between(1, 3)  # rescheduled
            offsets.append(offsets[-1] + step)
        return offsets

    def _place_last(self, plan: CoursePlan) -> None:
        """The latest course: closed before today, running through today, or to come."""
        dice, today = self.dice, self.today
        if plan.status is CourseStatus.PLANNED:  # assessed already, first session to come
            plan.intake_date = today - dt.timedelta(days=dice.between(0, 14))
            plan.start = today + dt.timedelta(days=dice.between(2, 21))
        elif plan.status in CLOSED:
            self._place_closed(plan, today - dt.timedelta(days=dice.between(3, 330)))
        else:  # active or extended: signed sessions before today, the rest from today on
            done = plan.offsets[plan.given - 1]
            gap = plan.offsets[plan.given] - done
            if self._today_done < TODAY_DONE:  # given this morning
                self._today_done += 1
                since = 0
            elif self._today_next < TODAY_NEXT:  # booked today
                self._today_next += 1
                since = gap
            else:
                since = dice.between(1, gap)
            plan.start = today - dt.timedelta(days=done + since)
            plan.intake_date = plan.start - dt.timedelta(days=self._intake_lead())

    def _place_closed(self, plan: CoursePlan, last_day: dt.date) -> None:
        span = plan.offsets[plan.given - 1] if plan.given else 0
        plan.start = last_day - dt.timedelta(days=span)
        plan.intake_date = plan.start - dt.timedelta(
            days=0 if plan.red_flag else self._intake_lead()
        )

    def _intake_lead(self) -> int:
        return 0 if self.dice.random() < 0.55 else self.dice.between(1, 10)
