"""What the benchmark adds to a demo clinic, through the services where a clinic would.

* A patient with a 30-session history (five discharged courses of six signed
  sessions): the demo's busiest patient has about twenty.
* Patients whose first session is ready to record with a 20-point treatment, one per
  timed save (each save uses up one).
* At least 100,000 audit rows (the demo writes almost none): openings, updates and
  exports spread over the clinic's patients, hash-chained like the real trail.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, replace

from sqlalchemy import func, insert, select

from planner.domain.catalog import load_catalog
from planner.domain.courses import ReviewDraft
from planner.domain.courses_safety import FindingKey, SafetyCheck, key_of
from planner.domain.intake import IntakeDraft
from planner.domain.patients import PatientDraft
from planner.domain.plans import Plan, PointChoice
from planner.domain.vocab import (
    ConsentScope,
    DischargeReason,
    PointSide,
    ReviewDecision,
    Role,
    Technique,
)
from planner.services.actor import Actor
from planner.services.audit import AuditAction, row_hash
from planner.services.courses import CourseService
from planner.services.intake import IntakeService
from planner.services.plans import PlanService
from planner.services.registry import PatientRegistry
from planner.services.sessions import SessionService
from planner.storage.database import Database
from planner.storage.models import AuditEvent, Patient, User
from tests.screened import SCREENED

WORKSTATION = "bench-host"
HISTORY_SESSIONS = 30
SAVE_COURSES = 40
BOOK_COURSES = 31  # courses of six sessions with no time yet, one per timed booking
AUDIT_ROWS = 110_000
AUDIT_ROWS_SMALL = 2_000  # clinics under 5,000 patients (the harness's own test)
POINTS_PER_SESSION = 20


@dataclass
class Clock:
    """The benchmark's "today", moved on by hand while a history is recorded."""

    day: dt.date

    def __call__(self) -> dt.date:
        return self.day


def actor(db: Database, username: str) -> Actor:
    """The demo account ``username`` as the services see it after signing in."""
    with db.read() as session:
        user = session.scalars(select(User).where(User.username == username)).one()
        roles = frozenset(Role(r.role) for r in user.roles)
        return Actor(user.id, user.username, roles, user.full_name, WORKSTATION)


POINT_CODES = (
    "BL36",
    "BL40",
    "BL57",
    "BL58",
    "BL62",
    "EX-UE7",
    "GB30",
    "GB34",
    "GB39",
    "GB41",
    "KI3",
    "LR3",
    "SI3",
    "ST36",
    "BL23",
    "BL24",
    "BL25",
    "BL26",
    "BL52",
    "BL53",
)  # bilateral, none on the thorax or the spine; the rest of their warnings acknowledged


def twenty_points() -> tuple[PointChoice, ...]:
    catalog = load_catalog()
    assert all(catalog[code].bilateral for code in POINT_CODES)
    return tuple(PointChoice(code, PointSide.BILATERAL) for code in POINT_CODES)


def treatment() -> Plan:
    return Plan(techniques=frozenset({Technique.LOCAL_NEEDLING}), points=twenty_points())


def warnings(check: SafetyCheck) -> frozenset[FindingKey]:
    """Every warning acknowledged (the bench patients have no red flags to refer)."""
    assert not check.needs_override, check.needs_override
    return frozenset(key_of(f) for f in check.unacknowledged)


class BenchClinic:
    """Adds the benchmark's patients and rows to a freshly generated demo clinic."""

    def __init__(self, db: Database, today: dt.date) -> None:
        self.db = db
        self.today = today
        self.practitioner = actor(db, "practitioner")

    def new_patient(self, clock: Clock, family: str, given: str) -> int:
        """A registered patient with an intake and every consent (as of ``clock``)."""
        registry = PatientRegistry(self.db, self.practitioner, today=clock)
        record = registry.register(
            PatientDraft(
                given_name=given,
                family_name=family,
                date_of_birth=dt.date(1971, 5, 9),
                sex="female",
                phone="07700 900999",
            )
        )
        intakes = IntakeService(self.db, self.practitioner, today=clock)
        intakes.save(
            record.id,
            IntakeDraft(
                intake_date=clock(),
                complaint="Low back ache (bench)",
                nrs_now=6,
                red_flags=SCREENED,
            ),
        )
        for scope in ConsentScope:
            intakes.record_consent(record.id, scope, True, clock())
        return record.id

    def planned_course(self, clock: Clock, patient_id: int, plan: Plan) -> int:
        courses = CourseService(self.db, self.practitioner, today=clock)
        course_id = courses.start(patient_id, courses.new_course(patient_id)).id
        plans = PlanService(self.db, self.practitioner, today=clock)
        acknowledged = warnings(plans.check(course_id, plan))
        plans.save(course_id, plan, plans.plan(course_id).course_version, acknowledged)
        return course_id

    def history_patient(self) -> int:
        """A patient with five discharged courses of six signed sessions each."""
        clock = Clock(self.today - dt.timedelta(days=400))
        patient_id = self.new_patient(clock, "Benchmark-Longhistory", "Hana")
        plan = treatment()
        courses = CourseService(self.db, self.practitioner, today=clock)
        sessions = SessionService(self.db, self.practitioner, today=clock)
        for _ in range(HISTORY_SESSIONS // 6):
            course_id = self.planned_course(clock, patient_id, plan)
            for _ in range(6):
                record = sessions.open_today(course_id)
                draft = replace(
                    record.draft, pain_before=6, needles_out=record.draft.needles_in_count
                )
                acknowledged = warnings(sessions.check(record.id, draft))
                saved = sessions.save_draft(record.id, draft, record.version, acknowledged)
                sessions.sign(saved.id, saved.version)
                clock.day += dt.timedelta(days=7)
            version = courses.get(course_id).version
            courses.record_review(
                course_id,
                ReviewDraft(
                    decision=ReviewDecision.DISCHARGE, discharge_reason=DischargeReason.GOALS_MET
                ),
                version,
            )
            clock.day += dt.timedelta(days=21)
        return patient_id

    def courses_to_record(self, count: int = SAVE_COURSES) -> list[int]:
        """Courses whose first session is ready to be recorded today with 20 points."""
        clock = Clock(self.today)
        plan = treatment()
        return [
            self.planned_course(
                clock, self.new_patient(clock, f"Benchmark-Save{n:03d}", "Ida"), plan
            )
            for n in range(count)
        ]


def courses_to_book(clinic: BenchClinic, count: int = BOOK_COURSES) -> list[int]:
    """Courses of six sessions (the default) started today, their sessions not yet given
    a time: each is booked once by the course-booking figure."""
    clock = Clock(clinic.today)
    courses = CourseService(clinic.db, clinic.practitioner, today=clock)
    made = []
    for n in range(count):
        patient_id = clinic.new_patient(clock, f"Benchmark-Book{n:03d}", "Ines")
        made.append(courses.start(patient_id, courses.new_course(patient_id)).id)
    return made


def add_audit_rows(db: Database, rows: int, focus_patient: int, seed: int = 1) -> int:
    """Append ``rows`` hash-chained audit rows over the past three years; about one in
    400 is about ``focus_patient``. Returns how many rows the trail holds now."""
    rng = random.Random(seed)
    with db.read() as session:
        patients = session.scalar(select(func.max(Patient.id))) or 1
        users = list(session.scalars(select(User.id)))
        previous = session.scalar(select(AuditEvent.row_hash).order_by(AuditEvent.id.desc()))
    previous = previous or ""
    now = dt.datetime.now(dt.UTC)
    stamp = now - dt.timedelta(days=3 * 365)
    step = (now - stamp) / (rows + 1)
    actions = [
        (AuditAction.OPEN_RECORD, "patient", {"scope": "clinical"}),
        (AuditAction.UPDATE, "session", {"fields": ["notes", "pain_after"]}),
        (AuditAction.EXPORT, "document", {"kind": "take_home"}),
        (AuditAction.SIGN, "session", {}),
    ]
    batch: list[dict[str, object]] = []
    table = AuditEvent.__table__
    with db.write() as session:
        for _ in range(rows):
            stamp += step
            patient = focus_patient if rng.random() < 1 / 400 else rng.randint(1, patients)
            action, object_type, detail = rng.choice(actions)
            values: dict[str, object] = {
                "occurred_at": stamp,
                "user_id": rng.choice(users),
                "workstation": WORKSTATION,
                "patient_id": patient,
                "action": action,
                "object_type": object_type,
                "object_id": patient,
                "detail": detail,
            }
            values["prev_hash"] = previous
            values["row_hash"] = previous = row_hash(previous, AuditEvent(**values))
            batch.append(values)
            if len(batch) == 5000:
                session.execute(insert(table), batch)
                batch = []
        if batch:
            session.execute(insert(table), batch)
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)
