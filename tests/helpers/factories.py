"""Small builders of fictional records for tests (never real people)."""

from __future__ import annotations

import datetime as dt
import uuid
from itertools import count

from sqlalchemy import select

from planner.domain.vocab import CourseStatus, Role, SessionStatus
from planner.services.actor import Actor
from planner.storage.database import Database
from planner.storage.models import Course, Patient, SessionPoint, TreatmentSession, User, UserRole

_charts = count(1000)

PRACTITIONER = frozenset({Role.PRACTITIONER})
RECEPTION = frozenset({Role.RECEPTION})
ADMIN = frozenset({Role.ADMIN})


def add_user(db: Database, username: str, roles: frozenset[Role], full_name: str = "") -> Actor:
    with db.write() as session:
        user = User(
            username=username,
            password_hash="$argon2id$not-a-real-hash",
            full_name=full_name,
            roles=[UserRole(role=r.value) for r in roles],
        )
        session.add(user)
        session.flush()
        return Actor(user.id, username, roles, full_name, "test-host")


def chose_own_password(db: Database, *usernames: str) -> None:
    """These accounts' people have chosen their own passwords since an administrator set
    them: no "Choose a new password" at their next sign-in."""
    with db.write() as session:
        for user in session.scalars(select(User).where(User.username.in_(usernames))):
            user.password_must_change = False


def add_patient(db: Database, given: str = "Zoë", family: str = "O'Brien-Łukasz") -> int:
    with db.write() as session:
        patient = Patient(
            chart_number=next(_charts),
            given_name=given,
            family_name=family,
            date_of_birth=dt.date(1985, 6, 15),
            sex="female",
            phone="+44 7700 900123",
        )
        session.add(patient)
        session.flush()
        return patient.id


def add_course_with_session(
    db: Database, patient_id: int, *, needles_in: int = 6, needles_out: int = 6
) -> tuple[int, int]:
    """A course of 6 with session 1 drafted; returns (course id, session id)."""
    with db.write() as session:
        course = Course(
            patient_id=patient_id,
            status=CourseStatus.ACTIVE,
            planned_sessions=6,
            start_date=dt.date(2026, 11, 2),
        )
        session.add(course)
        session.flush()
        record = TreatmentSession(
            course_id=course.id,
            patient_id=patient_id,
            number=1,
            status=SessionStatus.DRAFT,
            client_uuid=str(uuid.uuid4()),
            session_date=dt.date(2026, 11, 2),
            pain_before=7,
            pain_after=5,
            needles_in=needles_in,
            needles_out=needles_out,
            points=[SessionPoint(point_code="BL23", side="B", needles=2)],
        )
        session.add(record)
        session.flush()
        return course.id, record.id
