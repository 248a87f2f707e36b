"""The appointment book over each person's own PostgreSQL login: the database's grants
let reception book, move a course's session, check in and cancel (nothing clinical read),
let admins read the book for the end of day but not change it."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.errors import PlannerError
from planner.domain.vocab import AppointmentKind, AppointmentState, CancelledBy
from planner.services.appointment_views import AppointmentDraft
from planner.services.appointments import AppointmentService
from tests.helpers.document_clinic import TODAY
from tests.integration.test_pg_logins_server import Clinic as PgClinic
from tests.integration.test_pg_logins_server import pg_clinic  # noqa: F401 (the fixture)

NOW = dt.datetime.combine(TODAY, dt.time(7, 0), tzinfo=dt.UTC)


def _book(clinic: PgClinic, username: str) -> AppointmentService:
    actor = getattr(clinic.people, username)
    return AppointmentService(clinic.open(username), actor, today=lambda: TODAY, clock=lambda: NOW)


def test_reception_runs_the_book_over_its_own_login(pg_clinic: PgClinic) -> None:  # noqa: F811
    people = pg_clinic.people
    desk = _book(pg_clinic, "reza")
    first = desk.book(
        AppointmentDraft(
            people.other,
            people.ada.user_id,
            dt.datetime.combine(TODAY, dt.time(15, 0)),
            AppointmentKind.FIRST_VISIT,
        )
    )
    arrived = desk.check_in(first.id, first.version)
    assert arrived.state == AppointmentState.CHECKED_IN
    proposals = desk.propose_course(people.course, preferred_minute=10 * 60)
    assert proposals, "the course's scheduled sessions wait for a time"
    booked = desk.book_course(
        people.course, tuple((p.session_id, p.starts_at) for p in proposals if p.starts_at)
    )
    later = booked[-1]
    moved = desk.move(later.id, later.starts_at + dt.timedelta(days=1), later.version)  # type: ignore[operator]
    assert moved.day == later.day + dt.timedelta(days=1)
    called_off = desk.cancel(moved.id, CancelledBy.PATIENT, "Away for work", moved.version)
    assert called_off.state == AppointmentState.CANCELLED
    (today,) = desk.days(TODAY)
    assert any(a.id == first.id for a in today.appointments)


def test_admins_read_the_book_but_cannot_change_it(pg_clinic: PgClinic) -> None:  # noqa: F811
    people = pg_clinic.people
    desk = _book(pg_clinic, "reza")
    visit = desk.book(
        AppointmentDraft(
            people.other, people.ada.user_id, dt.datetime.combine(TODAY, dt.time(16, 0))
        )
    )
    admin = _book(pg_clinic, "sam")
    with pytest.raises(PlannerError):
        admin.check_in(visit.id, visit.version)
