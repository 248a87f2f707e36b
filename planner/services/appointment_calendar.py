"""A patient's next appointments as an .ics calendar file for their phone (reception and
practitioners: Action.VIEW_SCHEDULE).

:meth:`CalendarService.ics` reads, in one transaction, the patient's appointments still
booked from today (:func:`planner.storage.queries.appointments.upcoming`) and the
clinic's name, address, phone and notice period, makes the file
(:func:`planner.export.calendar_ics.calendar_ics`: floating clinic-local times, a stable
UID per appointment with no name in it) and audits it as an export with counts only (no
names, no dates). Appointments with no time recorded are left out and counted, so the
screen can say "1 appointment without a time was left out". :func:`save_calendar_file`
writes the file by the same path rules as every document (atomic, owner-only, never over
the database, a folder, device or link; an existing file replaced only with ``replace``
and only when it is an earlier calendar file).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from planner import files
from planner.domain.access import Action
from planner.domain.errors import PlannerError
from planner.domain.i18n import QT_TRANSLATE_NOOP, translate
from planner.export.calendar_ics import (
    CalendarAppointment,
    CalendarClinic,
    CalendarFile,
    calendar_ics,
    left_out_text,
)
from planner.services.audit import AuditAction
from planner.services.guard import GuardedService
from planner.storage.engine import sqlite_path
from planner.storage.models import Clinic
from planner.storage.queries import appointments as book
from planner.storage.queries.payments import patient_exists

__all__ = ["ICS_KINDS", "CalendarFile", "CalendarService", "left_out_text", "save_calendar_file"]

ICS_KINDS = (b"BEGIN:VCALENDAR",)  # an earlier calendar file may be replaced
MAX_APPOINTMENTS = 52  # a year of weekly visits is more than any course books ahead
SUGGESTED_NAME = "appointments.ics"


class CalendarService(GuardedService):
    @property
    def protected_paths(self) -> tuple[Path, ...]:
        """The open database's files, which no calendar file may be written over."""
        return files.database_files(sqlite_path(self._db.url))

    def ics(self, patient_id: int) -> CalendarFile:
        """The patient's next appointments (booked or checked in, from today) as an .ics
        file: its bytes, how many events and how many were left out for having no time."""
        with self._action(
            Action.VIEW_SCHEDULE, patient_id=patient_id, object_type="calendar"
        ) as checked:
            db_session = checked.db_session
            if not patient_exists(db_session, patient_id):
                raise PlannerError(
                    translate("appointments", "There is no patient {patient_id}.").format(
                        patient_id=patient_id
                    )
                )
            rows = book.upcoming(db_session, patient_id, self._today(), limit=MAX_APPOINTMENTS)
            row = db_session.scalars(select(Clinic).order_by(Clinic.id).limit(1)).first()
            clinic = (
                CalendarClinic(row.name, row.address, row.phone, row.late_cancel_hours)
                if row is not None
                else CalendarClinic("")
            )
            made = calendar_ics(
                clinic,
                (
                    CalendarAppointment(
                        r.id, r.day, r.starts_at, r.length_minutes, r.practitioner_name, r.room_name
                    )
                    for r in rows
                ),
                stamp=self._clock(),
            )
            self._audit.record(
                db_session,
                self._actor,
                AuditAction.EXPORT,
                patient_id=patient_id,
                object_type="calendar",
                detail={"format": "ics", "events": made.count, "left_out": made.left_out},
            )
            return made


def save_calendar_file(
    target: Path | str,
    data: bytes,
    *,
    protected: tuple[Path, ...] = (),
    replace: bool = False,
) -> Path:
    """Write the calendar file ``data`` to ``target`` (see the module's note); the path."""
    return files.write_atomic(
        target,
        data,
        protected=protected,
        replace=replace,
        kinds=ICS_KINDS,
        what=QT_TRANSLATE_NOOP("files", "calendar file"),
    )
