"""The appointment book through its service, on SQLite and PostgreSQL: a course's
sessions booked with times, first visits, moves, cancellations, no-shows, check-in, the
free-slot finder, who may do what, and two desks booking the same time."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from planner.domain.appointments import PartOfDay
from planner.domain.courses import CourseInvalid
from planner.domain.errors import ConflictError, PlannerError, ValidationError
from planner.domain.vocab import (
    AppointmentKind,
    AppointmentState,
    CancelledBy,
    SessionStatus,
)
from planner.services.appointment_booking import SlotTaken
from planner.services.appointment_views import AppointmentDraft
from planner.services.approvals import AccessDenied
from planner.storage.database import Database
from planner.storage.models import Appointment, AuditEvent, TreatmentSession
from tests.helpers.book_clinic import TODAY, BookClinic, at, build

pytestmark = pytest.mark.both_engines


@pytest.fixture
def clinic(db: Database) -> BookClinic:
    return build(db)


def _draft(
    clinic: BookClinic, hhmm: str, day: dt.date = TODAY, **changes: object
) -> AppointmentDraft:
    values: dict[str, object] = {
        "patient_id": clinic.other_patient,
        "practitioner_id": clinic.ada.user_id,
        "starts_at": at(day, hhmm),
        "kind": AppointmentKind.FIRST_VISIT,
    }
    values.update(changes)
    return AppointmentDraft(**values)  # type: ignore[arg-type]


def test_a_new_course_is_in_the_book_with_no_time_until_reception_books_it(
    clinic: BookClinic,
) -> None:
    book = clinic.book()
    course_rows = book.patient_appointments(clinic.patient)
    assert len(course_rows) == 6
    assert all(a.state == AppointmentState.BOOKED and not a.has_time for a in course_rows)
    assert sorted(a.session_number or 0 for a in course_rows) == [1, 2, 3, 4, 5, 6]
    proposals = book.propose_course(clinic.course, preferred_minute=10 * 60)
    assert [p.number for p in proposals] == [1, 2, 3, 4, 5, 6]
    times = [p.starts_at for p in proposals]
    assert all(t is not None and t.hour == 10 for t in times)
    booked = book.book_course(clinic.course, tuple((p.session_id, p.starts_at) for p in proposals))  # type: ignore[misc]
    assert [a.session_label for a in booked][:2] == ["Session 1 of 6", "Session 2 of 6"]
    assert all(a.has_time and a.length_minutes == 30 for a in booked)
    assert book.propose_course(clinic.course) == ()  # nothing left to book
    with clinic.db.read() as s:
        dates = {r.number: r.session_date for r in s.scalars(select(TreatmentSession))}
    assert all(dates[a.session_number or 0] == a.day for a in booked)


def test_two_bookings_of_one_practitioner_or_room_cannot_overlap(clinic: BookClinic) -> None:
    book = clinic.book()
    first = book.book(_draft(clinic, "09:00"))
    assert first.length_minutes == 45 and first.ends_at == at(TODAY, "09:45")
    with pytest.raises(
        SlotTaken, match="practitioner already has an appointment from 09:00 to 09:45"
    ):
        book.book(_draft(clinic, "09:30", kind=AppointmentKind.FOLLOW_UP))
    # another practitioner at the same time is fine; back to back is fine
    book.book(_draft(clinic, "09:15", practitioner_id=clinic.ben.user_id))
    book.book(_draft(clinic, "09:45", kind=AppointmentKind.FOLLOW_UP))


def test_bad_input_names_the_field(clinic: BookClinic) -> None:
    book = clinic.book()
    cases = {
        "length_minutes": _draft(clinic, "09:00", length_minutes=2),
        "starts_at": _draft(clinic, "07:30"),  # before opening
        "patient_id": _draft(clinic, "09:00", patient_id=999_999),
        "practitioner_id": _draft(clinic, "09:00", practitioner_id=clinic.reza.user_id),
        "room_id": _draft(clinic, "09:00", room_id=424242),
    }
    for field, draft in cases.items():
        with pytest.raises(ValidationError) as caught:
            book.book(draft)
        assert caught.value.field == field, field
    with pytest.raises(ValidationError, match="closed on Saturdays"):
        book.book(_draft(clinic, "10:00", day=dt.date(2026, 11, 7)))
    with pytest.raises(ValidationError, match="in the past"):
        book.book(_draft(clinic, "10:00", day=TODAY - dt.timedelta(days=1)))
    with pytest.raises(ValidationError, match="Reason"):
        first = book.book(_draft(clinic, "11:00"))
        book.cancel(first.id, CancelledBy.PATIENT, "  ", first.version)


def test_moving_a_course_booking_moves_its_session_within_the_course(clinic: BookClinic) -> None:
    book = clinic.book()
    proposals = book.propose_course(clinic.course, preferred_minute=9 * 60)
    booked = book.book_course(clinic.course, tuple((p.session_id, p.starts_at) for p in proposals))  # type: ignore[misc]
    second = booked[1]
    moved = book.move(second.id, at(second.day + dt.timedelta(days=1), "14:00"), second.version)
    assert moved.starts_at == at(second.day + dt.timedelta(days=1), "14:00")
    assert moved.session_number == 2
    with clinic.db.read() as s:
        record = s.get(TreatmentSession, second.session_id)
        assert record is not None and record.session_date == moved.day
    with pytest.raises(CourseInvalid):  # after session 3: move that one first
        book.move(moved.id, at(booked[3].day, "16:00"), moved.version)
    with pytest.raises(ConflictError):
        book.move(second.id, at(second.day, "15:00"), second.version)  # stale version


def test_cancel_and_no_show_keep_the_course_numbers_and_free_the_time(clinic: BookClinic) -> None:
    book = clinic.book()
    proposals = book.propose_course(clinic.course, preferred_minute=9 * 60)
    booked = book.book_course(clinic.course, tuple((p.session_id, p.starts_at) for p in proposals))  # type: ignore[misc]
    first = booked[0]  # today 09:00; the clock says 07:00 UTC: two hours' notice -> late
    cancelled = book.cancel(first.id, CancelledBy.PATIENT, "Car broke down", first.version)
    assert cancelled.state == AppointmentState.CANCELLED and cancelled.late
    assert cancelled.cancel_reason == "Car broke down"
    # the time is free again; session 1 is still session 1, scheduled and unbooked
    again = book.book(
        _draft(
            clinic,
            "09:00",
            patient_id=clinic.patient,
            kind=AppointmentKind.FOLLOW_UP,
            session_id=first.session_id,
        )
    )
    assert again.session_number == 1 and again.state == AppointmentState.BOOKED
    missed = book.no_show(again.id, again.version)
    assert missed.state == AppointmentState.NO_SHOW
    with pytest.raises(PlannerError, match="still to come"):
        later = booked[1]
        book.no_show(later.id, later.version)
    early = book.cancel(
        booked[2].id, CancelledBy.CLINIC, "Practitioner on a course", booked[2].version
    )
    assert not early.late
    with clinic.db.read() as s:
        statuses = [
            r.status for r in s.scalars(select(TreatmentSession).order_by(TreatmentSession.number))
        ]
        assert statuses == [SessionStatus.SCHEDULED] * 6
        assert s.scalar(select(func.count()).select_from(Appointment)) == 7


def test_check_in_today_then_the_session_opened_and_the_book_follows(clinic: BookClinic) -> None:
    book = clinic.book()
    proposals = book.propose_course(clinic.course, preferred_minute=9 * 60)
    booked = book.book_course(clinic.course, tuple((p.session_id, p.starts_at) for p in proposals))  # type: ignore[misc]
    with pytest.raises(PlannerError, match="today"):
        book.check_in(booked[1].id, booked[1].version)
    arrived = book.check_in(booked[0].id, booked[0].version)
    assert arrived.state == AppointmentState.CHECKED_IN and arrived.checked_in_at is not None
    (today,) = book.days(TODAY, practitioner_id=clinic.ada.user_id)
    assert [a.state for a in today.appointments] == [AppointmentState.CHECKED_IN]
    clinic.sessions().open_today(clinic.course)
    assert book.get(arrived.id).state == AppointmentState.IN_TREATMENT


def test_free_slots_skip_what_is_booked(clinic: BookClinic) -> None:
    book = clinic.book()
    book.book(_draft(clinic, "09:00"))  # 09:00-09:45
    slots = book.free_slots(clinic.ada.user_id, TODAY, 30, days=1)
    assert at(TODAY, "08:15") in slots and at(TODAY, "09:45") in slots
    assert at(TODAY, "08:45") not in slots and at(TODAY, "09:30") not in slots
    tuesday_afternoon = book.free_slots(
        clinic.ada.user_id, TODAY, 30, days=14, part=PartOfDay.AFTERNOON, weekday=2
    )
    assert tuesday_afternoon[0] == at(dt.date(2026, 11, 3), "12:00")
    assert {s.isoweekday() for s in tuesday_afternoon} == {2}


def test_roles_reception_and_practitioners_book_admins_do_not(clinic: BookClinic) -> None:
    clinic.book(clinic.ada).book(_draft(clinic, "09:00"))
    with pytest.raises(AccessDenied):
        clinic.book(clinic.root).days(TODAY)
    with pytest.raises(AccessDenied):
        clinic.book(clinic.root).book(_draft(clinic, "10:00"))
    with clinic.db.read() as s:
        kinds = s.scalars(select(AuditEvent.object_type).where(AuditEvent.action == "create"))
        assert "appointment" in set(kinds)


def test_the_database_itself_refuses_an_overlap_on_postgresql(
    clinic: BookClinic, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two desks checked the slot free at the same moment: the second commit is refused
    by the exclusion constraint and the user hears the time was just taken."""
    if backend != "postgresql":
        pytest.skip("SQLite takes one writer at a time: the service's check is enough")
    book = clinic.book()
    book.book(_draft(clinic, "09:00"))
    import planner.services.appointment_booking as booking

    monkeypatch.setattr(booking.q, "clash", lambda *a, **k: None)  # the other desk's view
    with pytest.raises(SlotTaken, match="a moment ago at another desk"):
        book.book(_draft(clinic, "09:30", kind=AppointmentKind.FOLLOW_UP))
    with pytest.raises(IntegrityError), clinic.db.write() as s:
        s.add(
            Appointment(
                patient_id=clinic.patient,
                practitioner_id=clinic.ada.user_id,
                kind="follow_up",
                state="booked",
                day=TODAY,
                starts_at=at(TODAY, "09:10"),
                ends_at=at(TODAY, "09:20"),
                length_minutes=10,
                late=False,
            )
        )


def test_the_books_reads_see_what_the_same_transaction_just_changed(clinic: BookClinic) -> None:
    """The book's queries run as Core on the session's connection; like Session.execute
    they flush first, so a service reading back what it just wrote never reads it stale."""
    from planner.storage.models import Clinic
    from planner.storage.queries import appointments as q

    booked = clinic.book().book(_draft(clinic, "09:00"))
    with clinic.db.write() as s:
        appointment = s.get(Appointment, booked.id)
        assert appointment is not None
        appointment.starts_at = at(TODAY, "11:00")
        appointment.ends_at = at(TODAY, "11:45")
        s.add(Clinic(name="Test clinic", opens_at_minute=7 * 60))
        row = q.book_row(s, booked.id)
        assert row is not None and row.starts_at == at(TODAY, "11:00")
        rows = q.book_rows(s, TODAY, TODAY, practitioner_id=clinic.ada.user_id)
        assert (rows[0].id, rows[0].starts_at) == (booked.id, at(TODAY, "11:00"))
        assert q.clinic_hours(s).opens == 7 * 60
        s.rollback()
