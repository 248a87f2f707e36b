"""A practitioner, a patient with a planned course and today's session drafted, and a clock
that moves only when told: what the room and progress screen tests start from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner.domain.courses import CourseDraft
from planner.domain.intake import IntakeDraft
from planner.domain.plans import Cupping, ElectroPair, Plan, PointChoice
from planner.domain.vocab import ConsentScope, CuppingType, PainRegion, PointSide, Technique
from planner.services.actor import Actor
from planner.services.courses import CourseService
from planner.services.intake import IntakeService
from planner.services.plans import PlanService
from planner.services.room import RoomService
from planner.services.sessions import SessionService
from planner.storage.database import Database
from tests.screened import SCREENED

TODAY = dt.date(2026, 11, 2)
T0 = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
B, M = PointSide.BILATERAL, PointSide.MIDLINE
PLAN = Plan(
    techniques=frozenset(
        {Technique.LOCAL_NEEDLING, Technique.ELECTROACUPUNCTURE, Technique.CUPPING}
    ),
    points=(
        PointChoice("BL23", B),
        PointChoice("BL25", B),
        PointChoice("GV3", M),
        PointChoice("BL40", B),
    ),
    electro=(ElectroPair("BL23", "BL25", minutes=20),),
    cupping=Cupping(CuppingType.DRY, ("BL23",), 10),
    retention_minutes=20,
)


class WallClock:
    """UTC now, moved by hand."""

    def __init__(self, start: dt.datetime = T0) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


class SoundRecorder:
    def __init__(self) -> None:
        self.played = 0

    def __call__(self) -> None:
        self.played += 1


@dataclass
class CourseUnderWay:
    course_id: int
    session_id: int


def course_with_todays_session(
    db: Database, actor: Actor, patient_id: int, plan: Plan = PLAN
) -> CourseUnderWay:
    intakes = IntakeService(db, actor, today=lambda: TODAY)
    intakes.save(
        patient_id,
        IntakeDraft(
            intake_date=TODAY,
            complaint="Low back ache after lifting",
            nrs_now=7,
            pain_regions=frozenset({PainRegion.LOWER_BACK}),
            red_flags=SCREENED,
        ),
    )
    for scope in ConsentScope:
        intakes.record_consent(patient_id, scope, True, TODAY)
    courses = CourseService(db, actor, today=lambda: TODAY)
    course_id = courses.start(patient_id, CourseDraft(start_date=TODAY)).id
    plans = PlanService(db, actor, today=lambda: TODAY)
    plans.save(course_id, plan, plans.plan(course_id).course_version)
    session = SessionService(db, actor, today=lambda: TODAY).open_today(course_id)
    return CourseUnderWay(course_id, session.id)


def room_service(db: Database, actor: Actor, clock: WallClock) -> RoomService:
    sessions = SessionService(db, actor, today=lambda: TODAY, clock=clock)
    return RoomService(db, actor, sessions, today=lambda: TODAY, clock=clock)
