"""The clinic record: name, contact details, idle-lock time, the tax number and
registering body printed on receipts and invoices, the appointment book's settings
(lengths, hours, days open, late-cancellation notice), the insurer codes printed on
receipts, the treatment rooms (added, renamed, retired and brought back; never deleted) and patient
counts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from planner.domain.access import IDLE_LOCK_DEFAULT_MINUTES, IDLE_LOCK_RANGE, Action
from planner.domain.errors import ConflictError, ValidationError
from planner.domain.i18n import QT_TRANSLATE_NOOP, translate
from planner.domain.insurance import DEFAULT_DIAGNOSIS_CODE
from planner.domain.validation import Problems, clean_text
from planner.services.actor import Actor
from planner.services.audit import AuditAction, AuditTrail
from planner.services.boundary import CheckedService
from planner.services.clinic_views import (
    BookSettings,
    RoomView,
    book_values,
    room_name,
    weekdays_of,
)
from planner.services.guard import Guard
from planner.storage.database import Database
from planner.storage.models import Clinic, ClinicRoom, Patient

_EMAIL_SHAPE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Column lengths of planner.storage.models.Clinic.
_MAX_LENGTHS = {
    "name": 200,
    "phone": 40,
    "email": 200,
    "address": 2000,
    "tax_number": 40,
    "registering_body": 200,
}
_CAPTIONS = {
    "name": QT_TRANSLATE_NOOP("clinic_settings", "Clinic name"),
    "address": QT_TRANSLATE_NOOP("clinic_settings", "Address"),
    "phone": QT_TRANSLATE_NOOP("clinic_settings", "Phone"),
    "email": QT_TRANSLATE_NOOP("clinic_settings", "Email"),
    "tax_number": QT_TRANSLATE_NOOP("clinic_settings", "Tax number"),
    "registering_body": QT_TRANSLATE_NOOP("clinic_settings", "Registering body"),
}


@dataclass(frozen=True, slots=True)
class ClinicInfo:
    name: str
    is_demo: bool
    patients: int


@dataclass(frozen=True, slots=True)
class ClinicSettings:
    """What an administrator edits about the clinic; ``version`` guards a stale save."""

    name: str
    address: str
    phone: str
    email: str
    idle_lock_minutes: int
    version: int | None = None  # None: the clinic row does not exist yet
    # Printed on receipts and invoices: the clinic's tax or VAT number, and the body its
    # practitioners are registered with (their numbers are on their user accounts).
    tax_number: str = ""
    registering_body: str = ""
    # The appointment book: default lengths (10-240 minutes), opening hours (minutes after
    # midnight, clinic-local; closing after opening), days open (ISO weekdays, at least
    # one) and the notice a cancellation needs not to be late (0-168 hours).
    first_visit_minutes: int = 45
    follow_up_minutes: int = 30
    opens_at_minute: int = 480
    closes_at_minute: int = 1080
    open_weekdays: frozenset[int] = frozenset({1, 2, 3, 4, 5})
    late_cancel_hours: int = 24
    # Insurer codes on receipts (off by default) and the diagnosis code they print.
    insurer_codes: bool = False
    diagnosis_code: str = DEFAULT_DIAGNOSIS_CODE


class ClinicService(CheckedService):
    def __init__(self, db: Database, audit: AuditTrail | None = None) -> None:
        self._db = db
        self._audit = audit or AuditTrail()
        self._guard = Guard(db, self._audit)

    def info(self) -> ClinicInfo:
        with self._db.read() as db_session:
            clinic = db_session.scalars(select(Clinic).order_by(Clinic.id).limit(1)).first()
            count = db_session.scalar(select(func.count()).select_from(Patient)) or 0
        if clinic is None:
            return ClinicInfo(name="", is_demo=False, patients=count)
        return ClinicInfo(name=clinic.name, is_demo=clinic.is_demo, patients=count)

    def settings(self) -> ClinicSettings:
        """The clinic's settings (every signed-in user needs the name and idle-lock time)."""
        with self._db.read() as db_session:
            clinic = db_session.scalars(select(Clinic).order_by(Clinic.id).limit(1)).first()
            if clinic is None:
                return ClinicSettings("", "", "", "", IDLE_LOCK_DEFAULT_MINUTES)
            return _settings(clinic)

    def book_settings(self) -> BookSettings:
        """What the appointment book needs (any signed-in role: nothing clinical)."""
        with self._db.read() as db_session:
            clinic = db_session.scalars(select(Clinic).order_by(Clinic.id).limit(1)).first()
            rooms = tuple(
                (room.id, room.name)
                for room in db_session.scalars(
                    select(ClinicRoom).where(ClinicRoom.active).order_by(ClinicRoom.name)
                )
            )
        if clinic is None:
            return BookSettings(rooms=rooms)
        return BookSettings(
            first_visit_minutes=clinic.first_visit_minutes,
            follow_up_minutes=clinic.follow_up_minutes,
            opens_at_minute=clinic.opens_at_minute,
            closes_at_minute=clinic.closes_at_minute,
            open_weekdays=weekdays_of(clinic.open_weekdays),
            late_cancel_hours=clinic.late_cancel_hours,
            rooms=rooms,
        )

    def rooms(self) -> tuple[RoomView, ...]:
        """Every treatment room, active first, by name (nothing clinical: any role)."""
        with self._db.read() as db_session:
            found = db_session.scalars(
                select(ClinicRoom).order_by(ClinicRoom.active.desc(), ClinicRoom.name)
            )
            return tuple(_room(room) for room in found)

    def add_room(self, actor: Actor, name: str) -> RoomView:
        """A new active treatment room (administrators; audited as a settings change)."""
        with self._guard.action(
            actor, Action.EDIT_CLINIC_SETTINGS, object_type="clinic_room"
        ) as checked:
            wanted = room_name(name)
            _name_free(checked.db_session, wanted, None)
            room = ClinicRoom(name=wanted, active=True)
            checked.db_session.add(room)
            return self._saved(checked.db_session, actor, room, ["name", "active"])

    def rename_room(self, actor: Actor, room_id: int, name: str) -> RoomView:
        """Give a room another name (administrators; audited as a settings change)."""
        with self._guard.action(
            actor, Action.EDIT_CLINIC_SETTINGS, object_type="clinic_room", object_id=room_id
        ) as checked:
            room = _stored_room(checked.db_session, room_id)
            wanted = room_name(name)
            if wanted == room.name:
                return _room(room)
            _name_free(checked.db_session, wanted, room.id)
            room.name = wanted
            return self._saved(checked.db_session, actor, room, ["name"])

    def retire_room(self, actor: Actor, room_id: int) -> RoomView:
        """No more bookings in this room; its past appointments keep naming it
        (administrators; audited as a settings change)."""
        return self._set_active(actor, room_id, active=False)

    def reactivate_room(self, actor: Actor, room_id: int) -> RoomView:
        """A retired room in use again (retired by mistake, or back after building work):
        it can be booked again (administrators; audited as a settings change)."""
        return self._set_active(actor, room_id, active=True)

    def _set_active(self, actor: Actor, room_id: int, *, active: bool) -> RoomView:
        with self._guard.action(
            actor, Action.EDIT_CLINIC_SETTINGS, object_type="clinic_room", object_id=room_id
        ) as checked:
            room = _stored_room(checked.db_session, room_id)
            if room.active == active:
                return _room(room)  # nothing to do
            room.active = active
            return self._saved(checked.db_session, actor, room, ["active"])

    def _saved(
        self, db_session: Session, actor: Actor, room: ClinicRoom, fields: list[str]
    ) -> RoomView:
        try:
            self._audit.changed(
                db_session,
                actor,
                room,
                AuditAction.SETTINGS,
                object_type="clinic_room",
                detail={"fields": fields},
                patient_id=None,
            )
        except IntegrityError as error:  # another workstation took the name just now
            raise ValidationError(
                "name",
                translate("clinic_settings", "Room name: another room is called {name}.").format(
                    name=room.name
                ),
            ) from error
        return _room(room)

    def update_settings(self, actor: Actor, wanted: ClinicSettings) -> ClinicSettings:
        """Save ``wanted`` (audited with the names of the changed fields, never values).

        ``wanted.version`` is the version the user started from: when someone else saved
        the settings since, nothing is written and a ConflictError says so.
        """
        self._guard.require(actor, Action.EDIT_CLINIC_SETTINGS, object_type="clinic")
        values = _validated(wanted)
        with self._db.write() as db_session:
            clinic = db_session.scalars(select(Clinic).order_by(Clinic.id).limit(1)).first()
            if clinic is None:
                clinic = Clinic(name=values["name"])
                db_session.add(clinic)
                db_session.flush()
            elif wanted.version is not None and clinic.version != wanted.version:
                raise ConflictError(
                    translate(
                        "clinic_settings",
                        "Someone else changed the clinic settings after you opened them; nothing "
                        "was saved.",
                    ),
                    hint=translate(
                        "clinic_settings",
                        "Close the settings, open them again and make your change again.",
                    ),
                )
            changed = [name for name, value in values.items() if getattr(clinic, name) != value]
            if not changed:
                return _settings(clinic)
            for name in changed:
                setattr(clinic, name, values[name])
            clinic.updated_by_id = actor.user_id
            db_session.flush()
            self._audit.record(
                db_session,
                actor,
                AuditAction.SETTINGS,
                object_type="clinic",
                object_id=clinic.id,
                detail={"fields": changed},
            )
            return _settings(clinic)


def _stored_room(db_session: Session, room_id: int) -> ClinicRoom:
    room = db_session.get(ClinicRoom, room_id)
    if room is None:
        raise ValidationError(
            "room_id", translate("clinic_settings", "Room: that treatment room no longer exists.")
        )
    return room


def _name_free(db_session: Session, name: str, room_id: int | None) -> None:
    """A ValidationError when another room (retired ones too) has this name, in any case."""
    found = db_session.scalars(
        select(ClinicRoom.name).where(
            func.lower(ClinicRoom.name) == name.lower(), ClinicRoom.id != (room_id or 0)
        )
    ).first()
    if found is not None:
        raise ValidationError(
            "name",
            translate("clinic_settings", "Room name: another room is called {found}.").format(
                found=found
            ),
        )


def _room(room: ClinicRoom) -> RoomView:
    return RoomView(id=room.id, name=room.name, active=room.active, version=room.version)


def _validated(wanted: ClinicSettings) -> dict[str, str | int | bool]:
    """The values to store, or a ValidationError naming the first field that is wrong."""
    name = wanted.name.strip()
    if not name:
        raise ValidationError(
            "name", translate("clinic_settings", "Clinic name: enter the clinic's name.")
        )
    given = {
        "name": name,
        "address": wanted.address,
        "phone": wanted.phone,
        "email": wanted.email,
        "tax_number": wanted.tax_number,
        "registering_body": wanted.registering_body,
    }
    problems = Problems()  # lengths, and no control or invisible characters (NUL, U+202E …)
    texts = {
        field: clean_text(
            problems,
            field,
            translate("clinic_settings", _CAPTIONS[field]),
            value,
            max_length=_MAX_LENGTHS[field],
            multiline=field == "address",
        )
        for field, value in given.items()
    }
    for field, message in problems.by_field.items():
        raise ValidationError(field, message)
    if texts["email"] and not _EMAIL_SHAPE.match(texts["email"]):
        raise ValidationError(
            "email",
            translate("clinic_settings", "Email: this does not look like an e-mail address."),
        )
    minutes = wanted.idle_lock_minutes
    if minutes not in IDLE_LOCK_RANGE:
        raise ValidationError(
            "idle_lock_minutes",
            translate("clinic_settings", "Lock after: {first} to {last} minutes.").format(
                first=IDLE_LOCK_RANGE.start, last=IDLE_LOCK_RANGE.stop - 1
            ),
        )
    book = book_values(
        first_visit_minutes=wanted.first_visit_minutes,
        follow_up_minutes=wanted.follow_up_minutes,
        opens_at_minute=wanted.opens_at_minute,
        closes_at_minute=wanted.closes_at_minute,
        open_weekdays=wanted.open_weekdays,
        late_cancel_hours=wanted.late_cancel_hours,
        diagnosis_code=wanted.diagnosis_code,
    )
    return {
        **texts,
        "idle_lock_minutes": minutes,
        **book,
        "insurer_codes": bool(wanted.insurer_codes),
    }


def _settings(clinic: Clinic) -> ClinicSettings:
    return ClinicSettings(
        name=clinic.name,
        address=clinic.address,
        phone=clinic.phone,
        email=clinic.email,
        idle_lock_minutes=clinic.idle_lock_minutes,
        version=clinic.version,
        tax_number=clinic.tax_number,
        registering_body=clinic.registering_body,
        first_visit_minutes=clinic.first_visit_minutes,
        follow_up_minutes=clinic.follow_up_minutes,
        opens_at_minute=clinic.opens_at_minute,
        closes_at_minute=clinic.closes_at_minute,
        open_weekdays=weekdays_of(clinic.open_weekdays),
        late_cancel_hours=clinic.late_cancel_hours,
        insurer_codes=clinic.insurer_codes,
        diagnosis_code=clinic.diagnosis_code,
    )
