"""The take-home sheet lists the patient's next appointments from the appointment book:
date and time, length, practitioner and room, "time to be confirmed" for one with no
time, at most four, none of a cancelled one; read back from the PDF with pypdf, on
SQLite and PostgreSQL, for the practitioner and for reception."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from planner.domain.vocab import AppointmentKind, AppointmentState
from planner.export.appointments import long_date as _long
from planner.export.model import TakeHomeSheet
from planner.services.document_request import DocumentKind, DocumentRequest
from planner.storage.models import Appointment, ClinicRoom
from tests.helpers.document_clinic import DocumentClinic
from tests.unit.export.pdf_reading import contains, text

pytestmark = pytest.mark.both_engines


def _sheet(clinic: DocumentClinic, reception: bool = False) -> tuple[TakeHomeSheet, str]:
    request = DocumentRequest(DocumentKind.TAKE_HOME, clinic.patient, session_id=clinic.signed[1])
    prepared = clinic.documents(clinic.reza if reception else None).prepare(request)
    assert isinstance(prepared.content, TakeHomeSheet)
    return prepared.content, text(prepared.render())


def _timed(clinic: DocumentClinic) -> None:
    """The first appointment after session 2 gets 10:30 for 30 minutes in Room 1."""
    with clinic.db.write() as session:
        room = ClinicRoom(name="Room 1")
        session.add(room)
        session.flush()
        rows = session.scalars(
            select(Appointment)
            .where(Appointment.patient_id == clinic.patient)
            .where(Appointment.state == AppointmentState.BOOKED)
            .order_by(Appointment.day)
        ).all()
        first = rows[0]
        first.starts_at = dt.datetime.combine(first.day, dt.time(10, 30))
        first.ends_at = first.starts_at + dt.timedelta(minutes=30)
        first.length_minutes = 30
        first.room_id = room.id


@pytest.mark.parametrize("reception", [False, True])
def test_next_appointments_with_time_practitioner_and_room(
    document_clinic: DocumentClinic, reception: bool
) -> None:
    _timed(document_clinic)
    sheet, found = _sheet(document_clinic, reception)
    first = sheet.next_appointments[0]
    assert (first.time, first.length_minutes, first.room) == (dt.time(10, 30), 30, "Room 1")
    assert first.practitioner == "Ada Okafor"
    assert contains(found, "Your next appointments")
    assert contains(found, f"{_long(first.day)} at 10:30, 30 minutes, with Ada Okafor, Room 1"), (
        found
    )
    second = sheet.next_appointments[1]
    assert second.time is None
    assert contains(found, f"{_long(second.day)}, time to be confirmed, with Ada Okafor")
    assert not contains(found, f"{_long(second.day)} at")  # never an invented time


def test_at_most_four_and_never_a_cancelled_one(document_clinic: DocumentClinic) -> None:
    with document_clinic.db.write() as session:
        rows = session.scalars(
            select(Appointment)
            .where(Appointment.patient_id == document_clinic.patient)
            .where(Appointment.state == AppointmentState.BOOKED)
            .order_by(Appointment.day)
        ).all()
        last = rows[-1].day
        rows[0].state = AppointmentState.CANCELLED
        cancelled = rows[0].day
        for weeks in (1, 2, 3, 4):  # first visits booked later on, with no session yet
            session.add(
                Appointment(
                    patient_id=document_clinic.patient,
                    practitioner_id=document_clinic.ada.user_id,
                    kind=AppointmentKind.FOLLOW_UP,
                    state=AppointmentState.BOOKED,
                    day=last + dt.timedelta(weeks=weeks),
                    length_minutes=30,
                )
            )
    sheet, found = _sheet(document_clinic)
    days = [a.day for a in sheet.next_appointments]
    assert len(days) == 4 and days == sorted(days)
    assert cancelled not in days
    assert not contains(found, _long(cancelled))


def test_nothing_when_none_is_booked(document_clinic: DocumentClinic) -> None:
    with document_clinic.db.write() as session:
        for row in session.scalars(
            select(Appointment).where(Appointment.patient_id == document_clinic.patient)
        ):
            if row.state == AppointmentState.BOOKED:
                row.state = AppointmentState.CANCELLED
    sheet, found = _sheet(document_clinic)
    assert sheet.next_appointments == ()
    assert not contains(found, "Your next appointment")
