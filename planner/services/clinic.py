"""The clinic record: name, contact details, idle-lock time, the tax number and
registering body printed on receipts and invoices, and patient counts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select

from planner.domain.access import IDLE_LOCK_DEFAULT_MINUTES, IDLE_LOCK_RANGE, Action
from planner.domain.errors import ConflictError, ValidationError
from planner.domain.validation import Problems, clean_text
from planner.services.actor import Actor
from planner.services.audit import AuditAction, AuditTrail
from planner.services.boundary import CheckedService
from planner.services.guard import Guard
from planner.storage.database import Database
from planner.storage.models import Clinic, Patient

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
    "name": "Clinic name",
    "address": "Address",
    "phone": "Phone",
    "email": "Email",
    "tax_number": "Tax number",
    "registering_body": "Registering body",
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
                    "Someone else changed the clinic settings after you opened them; "
                    "nothing was saved.",
                    hint="Close the settings, open them again and make your change again.",
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


def _validated(wanted: ClinicSettings) -> dict[str, str | int]:
    """The values to store, or a ValidationError naming the first field that is wrong."""
    name = wanted.name.strip()
    if not name:
        raise ValidationError("name", "Clinic name: enter the clinic's name.")
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
            _CAPTIONS[field],
            value,
            max_length=_MAX_LENGTHS[field],
            multiline=field == "address",
        )
        for field, value in given.items()
    }
    for field, message in problems.by_field.items():
        raise ValidationError(field, message)
    if texts["email"] and not _EMAIL_SHAPE.match(texts["email"]):
        raise ValidationError("email", "Email: this does not look like an e-mail address.")
    minutes = wanted.idle_lock_minutes
    if minutes not in IDLE_LOCK_RANGE:
        raise ValidationError(
            "idle_lock_minutes",
            f"Lock after: {IDLE_LOCK_RANGE.start} to {IDLE_LOCK_RANGE.stop - 1} minutes.",
        )
    return {**texts, "idle_lock_minutes": minutes}


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
    )
