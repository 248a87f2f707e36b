"""The role check every service method makes before doing anything."""

from __future__ import annotations

from planner.domain.access import Action
from planner.domain.errors import PlannerError
from planner.services.actor import Actor
from planner.services.audit import AuditAction, AuditTrail
from planner.storage.database import Database

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
