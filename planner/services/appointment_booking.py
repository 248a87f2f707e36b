"""Booking inside the appointment service's write transaction: placing a booking
(checked against the clinic's hours, the practitioner, the room and what is already
booked), finding a course's unbooked sessions and moving a session's date with its
booking. Used by planner.services.appointments only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from planner import formats
from planner.domain.appointments import Hours, Span, check_fits
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.i18n import translate
from planner.domain.vocab import AppointmentKind, AppointmentState, SessionStatus
from planner.services.actor import Actor
from planner.services.appointment_views import AppointmentDraft
from planner.services.audit import AuditAction, AuditTrail
from planner.services.course_schedule import check_move
from planner.storage.models import (
    Appointment,
    ClinicRoom,
    Course,
    Patient,
    TreatmentSession,
    User,
)
from planner.storage.queries import appointments as q
from planner.storage.queries.courses import load_course
from planner.storage.queries.sessions import course_sessions

BOOKABLE = (AppointmentState.BOOKED,)


class SlotTaken(PlannerError):
    """The time was taken by another booking (possibly a moment ago, at another desk)."""


@dataclass
class Booker:
    """One write transaction's booking steps for the signed-in user. ``quiet``: the caller
    audits the whole action once (a course's six bookings are one row, not twelve). What
    does not change within the transaction (the clinic's hours, the people checked, a
    course's sessions) is read once."""

    actor: Actor
    audit: AuditTrail
    clock: Callable[[], dt.datetime]
    today: dt.date
    quiet: bool = False
    moved: list[int] = field(default_factory=list)  # sessions whose date moved
    _hours: Hours | None = None
    _checked: set[tuple[int, int | None]] = field(default_factory=set)
    _patients: set[int] = field(default_factory=set)
    _courses: dict[int, tuple[Course, list[TreatmentSession]]] = field(default_factory=dict)

    def hours(self, db: Session) -> Hours:
        if self._hours is None:
            self._hours = q.clinic_hours(db)
        return self._hours

    def place(self, db: Session, draft: AppointmentDraft) -> Appointment:
        if draft.patient_id not in self._patients:
            patient = db.get(Patient, draft.patient_id)
            if patient is None or patient.archived:
                raise ValidationError(
                    "patient_id", translate("booking_rules", "Patient: not found, or archived.")
                )
            self._patients.add(draft.patient_id)
        kind = AppointmentKind(draft.kind)
        hours = self.hours(db)
        default = hours.first_visit_minutes if kind == AppointmentKind.FIRST_VISIT else None
        length = draft.length_minutes or default or hours.follow_up_minutes
        self.check_people(db, draft.practitioner_id, draft.room_id)
        if draft.starts_at.date() < self.today:
            raise ValidationError(
                "starts_at", translate("booking_rules", "Date: in the past; book today or later.")
            )
        existing = None
        if draft.session_id is not None:
            existing = self.bookable_session(db, draft.patient_id, draft.session_id)
            length = draft.length_minutes or (existing.length_minutes if existing else length)
        span = self.fits(
            db,
            draft.starts_at,
            length,
            draft.practitioner_id,
            draft.room_id,
            exclude_id=existing.id if existing else None,
        )
        if draft.session_id is not None:
            self.move_session(db, draft.session_id, span[0].date())
        row = existing or Appointment(
            patient_id=draft.patient_id,
            session_id=draft.session_id,
            kind=kind,
            state=AppointmentState.BOOKED,
            late=False,
        )
        row.practitioner_id, row.room_id, row.length_minutes = (
            draft.practitioner_id,
            draft.room_id,
            length,
        )
        row.day, row.starts_at, row.ends_at = span[0].date(), span[0], span[1]
        if self.quiet:
            row.updated_by_id = self.actor.user_id
            if existing is None:
                db.add(row)
        elif existing is None:
            row.updated_by_id = self.actor.user_id
            db.add(row)
            self.audit.changed(
                db, self.actor, row, AuditAction.CREATE, object_type="appointment",
                detail={"session_id": draft.session_id},
            )  # fmt: skip
        else:
            self.audit.changed(
                db, self.actor, row, AuditAction.UPDATE, object_type="appointment",
                detail={"fields": ["starts_at", "practitioner_id", "room_id"]}, at=self.clock(),
            )  # fmt: skip
        return row

    def bookable_session(self, db: Session, patient_id: int, session_id: int) -> Appointment | None:
        """The session's live appointment with no time (booked now), or None (a new one)."""
        record = db.get(TreatmentSession, session_id)
        if record is None or record.patient_id != patient_id:
            raise ValidationError(
                "session_id", translate("booking_rules", "Session: not one of this patient's.")
            )
        if record.status != SessionStatus.SCHEDULED:
            raise ValidationError(
                "session_id", translate("booking_rules", "Session: already begun, or cancelled.")
            )
        live = q.live_for_session(db, session_id)
        if live is not None and (live.starts_at is not None or live.state not in BOOKABLE):
            raise ValidationError(
                "session_id",
                translate(
                    "booking_rules", "Session: {number} is booked already; move that booking."
                ).format(number=record.number),
            )
        return live

    def unbooked(
        self, db: Session, course_id: int
    ) -> list[tuple[TreatmentSession, Appointment | None]]:
        """The course's scheduled sessions with no booked time, by number."""
        found = []
        for record in course_sessions(db, course_id):
            if record.status != SessionStatus.SCHEDULED:
                continue
            live = q.live_for_session(db, record.id)
            if live is None or (live.starts_at is None and live.state in BOOKABLE):
                found.append((record, live))
        return found

    def check_people(self, db: Session, practitioner_id: int, room_id: int | None) -> None:
        if (practitioner_id, room_id) in self._checked:
            return
        person = db.get(User, practitioner_id)
        if (
            person is None
            or not person.active
            or "practitioner" not in {r.role for r in person.roles}
        ):
            raise ValidationError(
                "practitioner_id",
                translate("booking_rules", "Practitioner: not an active practitioner."),
            )
        if room_id is not None:
            room = db.get(ClinicRoom, room_id)
            if room is None or not room.active:
                raise ValidationError(
                    "room_id", translate("booking_rules", "Room: not one of the clinic's rooms.")
                )
        self._checked.add((practitioner_id, room_id))

    def fits(
        self,
        db: Session,
        starts_at: dt.datetime,
        length: int,
        practitioner_id: int,
        room_id: int | None,
        *,
        exclude_id: int | None,
    ) -> Span:
        if starts_at.tzinfo is not None:
            raise ValidationError(
                "starts_at",
                translate("booking_rules", "Time: a clinic wall-clock time (no time zone)."),
            )
        span = check_fits(self.hours(db), starts_at, length)
        taken = q.clash(
            db, span, practitioner_id=practitioner_id, room_id=room_id, exclude_id=exclude_id
        )
        if taken is not None:
            who, (start, end) = taken
            if who == "practitioner":
                message = translate(
                    "booking_rules",
                    "The practitioner already has an appointment from {start} to {end} on {day}.",
                )
            else:
                message = translate(
                    "booking_rules",
                    "The room already has an appointment from {start} to {end} on {day}.",
                )
            raise SlotTaken(
                message.format(
                    start=formats.time_text(start),
                    end=formats.time_text(end),
                    day=formats.weekday_date(start.date()),
                ),
                hint=translate(
                    "booking_rules", "Choose another time; the book shows what is free."
                ),
            )
        return span

    def course(self, db: Session, course_id: int) -> tuple[Course, list[TreatmentSession]]:
        """The course and its sessions (read once: later reads find them in the session)."""
        if course_id not in self._courses:
            course = load_course(db, course_id)
            self._courses[course_id] = (course, course_sessions(db, course.id))
        return self._courses[course_id]

    def move_session(self, db: Session, session_id: int, day: dt.date) -> None:
        record = db.get(TreatmentSession, session_id)
        if record is None or record.session_date == day:
            return
        course, sessions = self.course(db, record.course_id)
        check_move(record, day, course, sessions)
        record.session_date = day
        self.moved.append(record.id)
        if self.quiet:
            record.updated_at, record.updated_by_id = self.clock(), self.actor.user_id
            return
        self.audit.changed(
            db, self.actor, record, AuditAction.UPDATE, object_type="session",
            detail={"fields": ["session_date"], "by": "appointment"}, at=self.clock(),
        )  # fmt: skip


def booked_meanwhile() -> SlotTaken:
    """Another desk booked the time between the check and the save (PostgreSQL's
    exclusion constraint caught it)."""
    return SlotTaken(
        translate(
            "appointments",
            "That time was booked a moment ago at another desk; nothing was saved.",
        ),
        hint=translate("appointments", "The book has been reloaded: choose another time."),
    )
