"""A small fictional clinic for the appointment book's tests: two practitioners, a
receptionist, an admin, two patients and a course of six sessions for the first
(planned weekly from Monday 2 November 2026, the tests' today), every service built with
the same fixed today and clock (07:00 UTC that Monday).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from planner.domain.intake import IntakeDraft
from planner.domain.vocab import ConsentScope
from planner.services.actor import Actor
from planner.services.appointments import AppointmentService
from planner.services.courses import CourseService
from planner.services.intake import IntakeService
from planner.services.sessions import SessionService
from planner.storage.database import Database
from tests.helpers.factories import ADMIN, PRACTITIONER, RECEPTION, add_patient, add_user
from tests.screened import SCREENED

TODAY = dt.date(2026, 11, 2)  # a Monday
NOW = dt.datetime(2026, 11, 2, 7, 0, tzinfo=dt.UTC)


def at(day: dt.date, hhmm: str) -> dt.datetime:
    hours, minutes = (int(p) for p in hhmm.split(":"))
    return dt.datetime.combine(day, dt.time(hours, minutes))


@dataclass
class BookClinic:
    db: Database
    ada: Actor  # practitioner (the course's)
    ben: Actor  # a second practitioner
    reza: Actor  # reception
    root: Actor  # admin
    patient: int
    other_patient: int
    course: int
    today: dt.date = TODAY
    now: dt.datetime = NOW

    def book(self, actor: Actor | None = None) -> AppointmentService:
        return AppointmentService(
            self.db, actor or self.reza, today=lambda: self.today, clock=lambda: self.now
        )

    def courses(self, actor: Actor | None = None) -> CourseService:
        return CourseService(self.db, actor or self.ada, today=lambda: self.today)

    def sessions(self, actor: Actor | None = None) -> SessionService:
        return SessionService(self.db, actor or self.ada, today=lambda: self.today)


def build(db: Database) -> BookClinic:
    ada = add_user(db, "ada", PRACTITIONER, "Ada Lovelace")
    ben = add_user(db, "ben", PRACTITIONER, "Ben Okri")
    reza = add_user(db, "reza", RECEPTION, "Reza Front")
    root = add_user(db, "root", ADMIN, "Ruth Admin")
    patient = add_patient(db)
    other = add_patient(db, "Tomasz", "Wiśniewski")
    intakes = IntakeService(db, ada, today=lambda: TODAY)
    intakes.save(
        patient,
        IntakeDraft(
            intake_date=TODAY,
            complaint="Low back ache after gardening",
            nrs_now=6,
            goals_in_own_words="Garden again",
            goal_target_pain=2,
            red_flags=SCREENED,
        ),
    )
    for scope in ConsentScope:
        intakes.record_consent(patient, scope, True, TODAY)
    courses = CourseService(db, ada, today=lambda: TODAY)
    draft = replace(courses.new_course(patient), sessions_per_week=1.0)
    course = courses.start(patient, draft).id
    return BookClinic(db, ada, ben, reza, root, patient, other, course)
