"""The patient's next appointments as an .ics file through CalendarService, on SQLite and
PostgreSQL: reception and practitioners may make it, an admin may not; the times are the
book's; appointments without a time are counted; the export is audited without names;
the file is written by the document path rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select

from planner.domain.errors import PlannerError
from planner.files import UnsafeOutputPath
from planner.services.actor import Actor
from planner.services.appointment_calendar import CalendarService, save_calendar_file
from planner.services.approvals import AccessDenied
from planner.storage.database import Database
from planner.storage.models import AuditEvent
from tests.helpers.book_clinic import NOW, TODAY, BookClinic, at, build

pytestmark = pytest.mark.both_engines


@pytest.fixture
def clinic(db: Database) -> BookClinic:
    found = build(db)
    book = found.book()
    proposals = book.propose_course(found.course, preferred_minute=10 * 60)
    # sessions 1 and 2 get their times; 3 to 6 stay "time not set"
    chosen = tuple((p.session_id, p.starts_at) for p in proposals[:2] if p.starts_at)
    book.book_course(found.course, chosen)
    return found


def _service(clinic: BookClinic, actor: Actor | None = None) -> CalendarService:
    return CalendarService(clinic.db, actor or clinic.reza, today=lambda: TODAY, clock=lambda: NOW)


def test_reception_gets_the_timed_appointments_and_the_count_left_out(
    clinic: BookClinic,
) -> None:
    made = _service(clinic).ics(clinic.patient)
    assert (made.count, made.left_out) == (2, 4)
    events = list(Calendar.from_ical(made.data).walk("VEVENT"))
    timed = [a for a in clinic.book().upcoming(clinic.patient) if a.has_time]
    assert [e.decoded("dtstart") for e in events] == [a.starts_at for a in timed]
    assert events[0].decoded("dtstart").time() == at(TODAY, "10:00").time()
    assert events[0].decoded("dtend") - events[0].decoded("dtstart") == dt.timedelta(minutes=30)
    assert "With Ada Lovelace" in str(events[0]["description"])
    text = made.data.decode("utf-8")
    assert "Zo" not in text and "Brien" not in text and "ukasz" not in text  # no name at all
    assert made.data.count(b"BEGIN:VEVENT") == 2


def test_a_practitioner_may_an_admin_may_not(clinic: BookClinic) -> None:
    assert _service(clinic, clinic.ada).ics(clinic.patient).count == 2
    with pytest.raises(AccessDenied):
        _service(clinic, clinic.root).ics(clinic.patient)


def test_audited_as_an_export_with_counts_and_no_names(clinic: BookClinic) -> None:
    _service(clinic).ics(clinic.patient)
    with clinic.db.read() as session:
        row = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.object_type == "calendar")
            .order_by(AuditEvent.id.desc())
        ).first()
        assert row is not None
        assert (row.action, row.patient_id, row.user_id) == (
            "export",
            clinic.patient,
            clinic.reza.user_id,
        )
        assert row.detail == {"format": "ics", "events": 2, "left_out": 4}


def test_a_patient_with_nothing_booked_and_a_missing_patient(clinic: BookClinic) -> None:
    made = _service(clinic).ics(clinic.other_patient)
    assert (made.count, made.left_out) == (0, 0)
    assert list(Calendar.from_ical(made.data).walk("VEVENT")) == []
    with pytest.raises(PlannerError, match="no patient"):
        _service(clinic).ics(999_999)


def test_saved_by_the_path_rules(clinic: BookClinic, tmp_path: Path) -> None:
    made = _service(clinic).ics(clinic.patient)
    target = tmp_path / "appointments.ics"
    assert save_calendar_file(target, made.data) == target
    assert target.read_bytes() == made.data
    assert target.stat().st_mode & 0o077 == 0
    with pytest.raises(UnsafeOutputPath):
        save_calendar_file(target, made.data)  # exists: replaced only when asked
    save_calendar_file(target, made.data, replace=True)
    other = tmp_path / "notes.txt"
    other.write_text("not a calendar")
    with pytest.raises(UnsafeOutputPath):
        save_calendar_file(other, made.data, replace=True)
    assert other.read_text() == "not a calendar"
