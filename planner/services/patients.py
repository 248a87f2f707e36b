"""Finding patients and reading a patient's overview (the queries are
:mod:`planner.storage.queries.patient_search` and :mod:`planner.storage.queries.patients`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated

from planner.domain.access import Action
from planner.domain.vocab import CourseStatus, SessionStatus
from planner.services.actor import Actor
from planner.services.audit import AuditAction, AuditTrail
from planner.services.boundary import CheckedService
from planner.services.conversions import PositiveInt
from planner.services.guard import Guard
from planner.storage.database import Database
from planner.storage.models import Patient
from planner.storage.queries.patient_search import count_matching, find_ids, is_match
from planner.storage.queries.patients import courses_of, list_rows, sessions_of

SearchText = Annotated[str, "what was typed in a search box: anything, even a NUL"]
"""The type of a search query at the service boundary, which would refuse a NUL in a plain
``str`` parameter; a search for what cannot be stored finds nobody instead."""


@dataclass(frozen=True, slots=True)
class PatientRow:
    """What the patient list shows for one patient."""

    id: int
    chart_number: int
    family_name: str
    given_name: str
    preferred_name: str
    date_of_birth: dt.date
    phone: str
    archived: bool


@dataclass(frozen=True, slots=True)
class SessionSummary:
    id: int
    number: int
    planned_sessions: int
    session_date: dt.date
    status: str
    pain_before: int | None
    pain_after: int | None


@dataclass(frozen=True, slots=True)
class CourseSummary:
    id: int
    status: str
    planned_sessions: int
    start_date: dt.date
    end_date: dt.date | None
    sessions: tuple[SessionSummary, ...]


@dataclass(frozen=True, slots=True)
class PatientOverview:
    id: int
    chart_number: int
    given_name: str
    family_name: str
    preferred_name: str
    date_of_birth: dt.date
    sex: str
    phone: str
    email: str
    address: str
    emergency_contact_name: str
    emergency_contact_phone: str
    referring_physician_name: str
    referring_physician_clinic: str
    archived: bool
    clinical_visible: bool
    courses: tuple[CourseSummary, ...]


OPEN_COURSES = frozenset({CourseStatus.PLANNED, CourseStatus.ACTIVE, CourseStatus.EXTENDED})
HELD_SESSIONS = frozenset({SessionStatus.DRAFT, SessionStatus.SIGNED})


@dataclass(frozen=True, slots=True)
class AtAGlance:
    """The top of a patient's overview: the course under way, the last and next session."""

    current_course: CourseSummary | None
    last_session: SessionSummary | None  # held (draft or signed), today or earlier
    next_session: SessionSummary | None  # scheduled, today or later


def at_a_glance(overview: PatientOverview, today: dt.date) -> AtAGlance:
    """What the overview shows first; schedule facts only (no clinical content)."""
    current = next((c for c in overview.courses if c.status in OPEN_COURSES), None)
    sessions = [s for course in overview.courses for s in course.sessions]
    held = [s for s in sessions if s.status in HELD_SESSIONS and s.session_date <= today]
    booked = [
        s for s in sessions if s.status == SessionStatus.SCHEDULED and s.session_date >= today
    ]
    return AtAGlance(
        current_course=current,
        last_session=max(held, key=lambda s: (s.session_date, s.id), default=None),
        next_session=min(booked, key=lambda s: (s.session_date, s.id), default=None),
    )


def format_chart_number(number: int) -> str:
    return f"{number:06d}"


def age_on(born: dt.date, day: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


class PatientDirectory(CheckedService):
    """The patient list and overview, for one signed-in user.

    Search by name, phone, date of birth or chart number. Opening a patient is audited;
    users without clinical access (reception) get the overview without clinical content.
    """

    def __init__(self, db: Database, actor: Actor, audit: AuditTrail | None = None) -> None:
        self._db = db
        self._actor = actor
        self._audit = audit or AuditTrail()
        self._guard = Guard(db, self._audit)

    def search_ids(
        self,
        query: SearchText = "",
        *,
        include_archived: bool = False,
        limit: PositiveInt | None = None,
        after: int | None = None,
    ) -> list[int]:
        """Ids of matching patients in list order (family name, then given name).

        A page at a time: at most ``limit`` ids, those after the patient ``after`` in
        list order (keyset paging: each page costs the same wherever it is). The list
        order's covering indexes (ix_patient_list_order for names, ix_patient_search_order
        for numbers) or the trigram index answers, its ids sorted from ix_patient_id_order
        (planner.storage.queries.patient_search).
        """
        with self._guard.action(self._actor, Action.VIEW_PATIENT_LIST, write=False) as checked:
            connection = checked.db_session.connection()  # Core: no ORM loading per keystroke
            return find_ids(
                connection, query, include_archived=include_archived, limit=limit, after=after
            )

    def count(self, query: SearchText = "", *, include_archived: bool = False) -> int:
        """How many patients match (everyone, without a query)."""
        with self._guard.action(self._actor, Action.VIEW_PATIENT_LIST, write=False) as checked:
            connection = checked.db_session.connection()
            return count_matching(connection, query, include_archived=include_archived)

    def matches(
        self, query: SearchText, patient_id: int, *, include_archived: bool = False
    ) -> bool:
        """Whether this patient is among those the query finds."""
        with self._guard.action(self._actor, Action.VIEW_PATIENT_LIST, write=False) as checked:
            return is_match(
                checked.db_session.connection(),
                query,
                patient_id,
                include_archived=include_archived,
            )

    def rows(self, ids: Sequence[int]) -> dict[int, PatientRow]:
        """The list rows for these ids (fetched in batches; missing ids are left out)."""
        with self._guard.action(self._actor, Action.VIEW_PATIENT_LIST, write=False) as checked:
            connection = checked.db_session.connection()  # Core rows: no ORM loading
            return {row[0]: PatientRow(*row) for row in list_rows(connection, ids)}

    def overview(self, patient_id: int) -> PatientOverview | None:
        """Open a patient (audited). Pain scores only for users with clinical access."""
        with self._guard.action(
            self._actor, Action.VIEW_DEMOGRAPHICS, patient_id=patient_id, object_type="patient"
        ) as checked:
            clinical = checked.allows(Action.VIEW_CLINICAL)
            db_session = checked.db_session
            patient = db_session.get(Patient, patient_id)
            if patient is None:
                return None
            self._audit.record(
                db_session,
                self._actor,
                AuditAction.OPEN_RECORD,
                patient_id=patient_id,
                object_type="patient",
                object_id=patient_id,
                detail={"scope": "clinical" if clinical else "demographics"},
            )
            courses = courses_of(db_session, patient_id)
            sessions = sessions_of(db_session, patient_id)
            by_course: dict[int, list[SessionSummary]] = {}
            planned = {course.id: course.planned_sessions for course in courses}
            for item in sessions:
                by_course.setdefault(item.course_id, []).append(
                    SessionSummary(
                        id=item.id,
                        number=item.number,
                        planned_sessions=planned.get(item.course_id, 0),
                        session_date=item.session_date,
                        status=item.status,
                        pain_before=item.pain_before if clinical else None,
                        pain_after=item.pain_after if clinical else None,
                    )
                )
            return PatientOverview(
                id=patient.id,
                chart_number=patient.chart_number,
                given_name=patient.given_name,
                family_name=patient.family_name,
                preferred_name=patient.preferred_name,
                date_of_birth=patient.date_of_birth,
                sex=patient.sex,
                phone=patient.phone,
                email=patient.email,
                address=patient.address,
                emergency_contact_name=patient.emergency_contact_name,
                emergency_contact_phone=patient.emergency_contact_phone,
                referring_physician_name=patient.referring_physician_name,
                referring_physician_clinic=patient.referring_physician_clinic,
                archived=patient.archived,
                clinical_visible=clinical,
                courses=tuple(
                    CourseSummary(
                        id=course.id,
                        status=course.status,
                        planned_sessions=course.planned_sessions,
                        start_date=course.start_date,
                        end_date=course.end_date,
                        sessions=tuple(by_course.get(course.id, ())),
                    )
                    for course in courses
                ),
            )
