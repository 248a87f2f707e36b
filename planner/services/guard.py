"""The role check every service method makes before doing anything."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

from planner.domain.access import Action
from planner.domain.errors import PlannerError
from planner.services.actor import Actor
from planner.services.audit import AuditAction, AuditTrail
from planner.services.boundary import CheckedService
from planner.storage.base import utc_now
from planner.storage.database import Database


class PatientOwned(Protocol):
    patient_id: int


_WHAT = {
    Action.VIEW_CLINICAL: "open clinical records",
    Action.EDIT_INTAKE: "edit intakes",
    Action.EDIT_PLAN: "plan treatment",
    Action.RECORD_SESSION: "record sessions",
    Action.SIGN_SESSION: "sign sessions",
    Action.AMEND_SESSION: "amend signed sessions",
    Action.OVERRIDE_SAFETY: "override safety findings",
    Action.EXPORT_CLINICAL_REPORT: "export clinical reports",
    Action.PRINT_TAKE_HOME: "print unsigned take-home sheets",
    Action.PRINT_SIGNED_TAKE_HOME: "print take-home sheets",
    Action.PRINT_RECEIPT: "print receipts",
    Action.VIEW_SCHEDULE: "see the schedule",
    Action.MANAGE_USERS: "manage user accounts",
    Action.EDIT_CLINIC_SETTINGS: "change clinic settings",
    Action.VIEW_AUDIT: "read the audit trail",
    Action.BACKUP_RESTORE: "back up or restore the database",
}


class AccessDenied(PlannerError):
    """The signed-in user's roles do not allow this action; nothing was done."""


class Guard:
    """Checks an actor's roles; a refusal is audited (in its own transaction) and raised."""

    def __init__(self, db: Database, audit: AuditTrail) -> None:
        self._db = db
        self._audit = audit

    def require(
        self,
        actor: Actor,
        action: Action,
        *,
        patient_id: int | None = None,
        object_type: str = "",
        object_id: int | None = None,
    ) -> None:
        if actor.can(action):
            return
        with self._db.write() as session:
            self._audit.record(
                session,
                actor,
                AuditAction.REFUSED,
                patient_id=patient_id,
                object_type=object_type,
                object_id=object_id,
                detail={"action": action.value},
            )
        what = _WHAT.get(action, action.value.replace("_", " "))
        raise AccessDenied(
            f"Your account ({actor.username}) is not allowed to {what}.",
            hint="Ask a colleague with the right role, or an administrator.",
        )


class GuardedService(CheckedService):
    """What every service for one signed-in user holds: the database, the user, the audit
    trail with its role check, and the clocks (injected in tests)."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        audit: AuditTrail | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self._db = db
        self._actor = actor
        self._audit = audit or AuditTrail(clock)
        self._guard = Guard(db, self._audit)
        self._today = today
        self._clock = clock

    def _require_record(
        self,
        action: Action,
        model: type[PatientOwned],
        record_id: int,
        *,
        object_type: str,
        missing: str,
    ) -> int:
        """The role check for one stored record of a patient's; its patient's id. A record
        that does not exist is refused after the check (so refusals are audited first)."""
        with self._db.read() as session:
            found = session.get(model, record_id)
            patient_id = found.patient_id if found else None
        self._guard.require(
            self._actor, action, patient_id=patient_id, object_type=object_type, object_id=record_id
        )
        if patient_id is None:
            raise PlannerError(missing)
        return patient_id
