"""The role check every service method makes before doing anything.

The check reads the signed-in user's account again each time: a user an administrator
disabled, or whose roles were reduced, at another workstation loses the rights at their
next action rather than at sign-out. Only rights held both at sign-in and now count (a
role added later needs a new sign-in). The command line acting for clinic IT (no
account, ``user_id`` None) is checked against its own roles.

The check reads the account in its own short transaction, before the action's. An
administrator's change landing in between is caught when the action writes its audit
row: :meth:`planner.services.audit.AuditTrail.record` reads the account again inside the
action's transaction (locked on PostgreSQL) and refuses, with the same AccessDenied, when
it is disabled or no longer allows the action this guard allowed (:func:`note_approved`);
the whole transaction then rolls back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

from sqlalchemy import select

from planner.clock import utc_now
from planner.domain.access import SAVES, Action, allowed
from planner.domain.errors import PlannerError
from planner.domain.vocab import Role
from planner.services.actor import Actor
from planner.services.audit import (
    DEMOTED,
    DISABLED,
    ROLE,
    AuditAction,
    AuditTrail,
    access_denied,
    forget_approval,
    note_approved,
)
from planner.services.audit import AccessDenied as AccessDenied  # where it always was
from planner.services.boundary import CheckedService
from planner.storage.database import Database
from planner.storage.models import User, UserRole


class PatientOwned(Protocol):
    patient_id: int


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
        """Nothing when ``actor`` may do ``action`` now; else an audited AccessDenied."""
        reason = self._refusal(actor, action)
        if reason is None:
            if actor.user_id is not None:
                note_approved(actor.user_id, action, self._db.engine)  # the audit re-checks
            return
        forget_approval()
        detail = {"action": action.value}
        if reason != ROLE:
            detail["reason"] = reason
        with self._db.write() as db_session:
            self._audit.record(
                db_session,
                actor,
                AuditAction.REFUSED,
                patient_id=patient_id,
                object_type=object_type,
                object_id=object_id,
                detail=detail,
            )
        raise access_denied(actor, reason, action)

    def allows(self, actor: Actor, action: Action) -> bool:
        """Whether ``actor`` may do ``action`` now (the account read again; not audited):
        for what a service shows or leaves out rather than refuses."""
        return self._refusal(actor, action) is None

    def _refusal(self, actor: Actor, action: Action) -> str | None:
        if not actor.can(action):
            return ROLE
        if actor.user_id is None:
            return None
        roles = current_roles(self._db, actor.user_id, saving=action in SAVES)
        if roles is None:
            return DISABLED
        return None if allowed(roles, action) else DEMOTED


def current_roles(db: Database, user_id: int, *, saving: bool = False) -> frozenset[Role] | None:
    """The roles of an active account as stored now; None when it is disabled or gone.

    Reads ``app_user.active`` and ``user_role.role`` only (columns every role may read
    on PostgreSQL), one short read-only transaction. ``saving``: the check is the first
    step of a save, so a failure of the database says that nothing was saved.
    """
    with db.read(saving=saving) as db_session:
        rows = db_session.execute(
            select(User.active, UserRole.role)
            .outerjoin(UserRole, UserRole.user_id == User.id)
            .where(User.id == user_id)
        ).all()
    if not rows or not rows[0][0]:
        return None
    return frozenset(Role(role) for _active, role in rows if role is not None)


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

    def _can(self, action: Action) -> bool:
        """Whether the signed-in user may do ``action`` now (see :meth:`Guard.allows`)."""
        return self._guard.allows(self._actor, action)

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
        with self._db.read() as db_session:
            found = db_session.get(model, record_id)
            patient_id = found.patient_id if found else None
        self._guard.require(
            self._actor, action, patient_id=patient_id, object_type=object_type, object_id=record_id
        )
        if patient_id is None:
            raise PlannerError(missing)
        return patient_id
