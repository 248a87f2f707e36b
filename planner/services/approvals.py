"""Who may act now: the refusal (AccessDenied and how it reads) and the action the guard
last allowed, which the audit trail's re-check inside the action's transaction goes by.

:class:`planner.services.guard.Guard` notes each action it allows (:func:`note_approved`)
and forgets it when it refuses one; :meth:`planner.services.audit.AuditTrail.record`
takes it (:func:`take_approval`) for the first checked row of a transaction on the same
database. Nothing here touches the database.
"""

from __future__ import annotations

import time
import weakref
from contextvars import ContextVar

from planner.domain.access import Action
from planner.domain.errors import PlannerError
from planner.domain.i18n import QT_TRANSLATE_NOOP, translate
from planner.services.actor import Actor

_WHAT = {
    Action.VIEW_CLINICAL: QT_TRANSLATE_NOOP("access", "open clinical records"),
    Action.EDIT_INTAKE: QT_TRANSLATE_NOOP("access", "edit intakes"),
    Action.EDIT_PLAN: QT_TRANSLATE_NOOP("access", "plan treatment"),
    Action.RECORD_SESSION: QT_TRANSLATE_NOOP("access", "record sessions"),
    Action.SIGN_SESSION: QT_TRANSLATE_NOOP("access", "sign sessions"),
    Action.AMEND_SESSION: QT_TRANSLATE_NOOP("access", "amend signed sessions"),
    Action.OVERRIDE_SAFETY: QT_TRANSLATE_NOOP("access", "override safety findings"),
    Action.EXPORT_CLINICAL_REPORT: QT_TRANSLATE_NOOP("access", "export clinical reports"),
    Action.PRINT_TAKE_HOME: QT_TRANSLATE_NOOP("access", "print unsigned take-home sheets"),
    Action.PRINT_SIGNED_TAKE_HOME: QT_TRANSLATE_NOOP("access", "print take-home sheets"),
    Action.PRINT_RECEIPT: QT_TRANSLATE_NOOP("access", "print receipts"),
    Action.VIEW_SCHEDULE: QT_TRANSLATE_NOOP("access", "see the schedule"),
    Action.MANAGE_USERS: QT_TRANSLATE_NOOP("access", "manage user accounts"),
    Action.EDIT_CLINIC_SETTINGS: QT_TRANSLATE_NOOP("access", "change clinic settings"),
    Action.VIEW_AUDIT: QT_TRANSLATE_NOOP("access", "read the audit trail"),
    Action.BACKUP_RESTORE: QT_TRANSLATE_NOOP("access", "back up or restore the database"),
}

ROLE = "role"  # the roles held at sign-in never allowed it
DISABLED = "account_disabled"
DEMOTED = "roles_changed"


class AccessDenied(PlannerError):
    """The signed-in user's roles do not allow this action; nothing was done."""


def access_denied(actor: Actor, reason: str, action: Action | None) -> AccessDenied:
    """The one-line refusal for ``reason`` (:data:`ROLE`, :data:`DISABLED`, :data:`DEMOTED`)."""
    if reason == DISABLED:
        return AccessDenied(
            translate(
                "access", "Your account ({username}) has been disabled; nothing was done."
            ).format(username=actor.username),
            hint=translate("access", "Ask an administrator."),
        )
    if action is None:
        what = translate("access", "do this")
    elif action in _WHAT:
        what = translate("access", _WHAT[action])
    else:
        what = action.value.replace("_", " ")
    if reason == DEMOTED:
        return AccessDenied(
            translate(
                "access",
                "Your account ({username}) is no longer allowed to {what}; nothing was done.",
            ).format(username=actor.username, what=what),
            hint=translate("access", "An administrator changed your roles; sign out and in again."),
        )
    return AccessDenied(
        translate("access", "Your account ({username}) is not allowed to {what}.").format(
            username=actor.username, what=what
        ),
        hint=translate("access", "Ask a colleague with the right role, or an administrator."),
    )


# The action the guard last allowed in this thread, for whom, when and on which database
# (its engine, weakly): what the next transaction's audit rows are checked against
# (planner.services.guard.Guard.require sets it; the first checked row of a transaction
# on that database takes it, and it goes stale soon, so it never outlives the action it
# was checked for). An allowed action that writes no checked row (a read) leaves it
# behind: the engine keeps it from being taken by another database's transaction (seen:
# a test's read approval refusing the next test's row of a user with the same id).
_APPROVED: ContextVar[tuple[int, Action, float, weakref.ref[object] | None] | None] = ContextVar(
    "acuplanner_approved", default=None
)
APPROVAL_SECONDS = 60.0


def note_approved(user_id: int, action: Action, engine: object | None = None) -> None:
    """The guard allowed ``action`` to account ``user_id`` (this thread's next save on
    the database of ``engine``; on any database when None)."""
    where = None if engine is None else weakref.ref(engine)
    _APPROVED.set((user_id, action, time.monotonic(), where))


def forget_approval() -> None:
    """No action is allowed in this thread now (the guard refused one)."""
    _APPROVED.set(None)


def take_approval(user_id: int, bind: object) -> Action | None:
    approved = _APPROVED.get()
    if approved is None:
        return None
    _APPROVED.set(None)
    found, action, at, where = approved
    fresh = time.monotonic() - at < APPROVAL_SECONDS
    same_database = where is None or where() is bind
    return action if found == user_id and fresh and same_database else None
