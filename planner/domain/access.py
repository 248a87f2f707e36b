"""Who may do what: roles, actions and the policy the services enforce.

The services are the guard (every public method checks the signed-in user's roles
before doing anything); the screens only hide what a role cannot use. A user can hold
several roles; an action is allowed when any of them allows it.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from planner.domain.i18n import translate
from planner.domain.vocab import Role


class Action(StrEnum):
    # Demographics and the front desk
    VIEW_PATIENT_LIST = "view_patient_list"
    VIEW_DEMOGRAPHICS = "view_demographics"
    EDIT_DEMOGRAPHICS = "edit_demographics"  # register, edit contact details, archive
    SCHEDULE_SESSION = "schedule_session"
    VIEW_SCHEDULE = "view_schedule"  # session numbers, dates, status and fees; nothing clinical
    RECORD_PAYMENT = "record_payment"
    PRINT_RECEIPT = "print_receipt"
    PRINT_SIGNED_TAKE_HOME = "print_signed_take_home"
    # End of day: the day sheet and the takings (chart numbers, times, amounts; nothing
    # clinical). Admins too: they close the books in many clinics.
    VIEW_DAY_REPORTS = "view_day_reports"
    # Clinical work
    VIEW_CLINICAL = "view_clinical"  # intake, history, plan, notes, session details
    EDIT_INTAKE = "edit_intake"
    EDIT_PLAN = "edit_plan"
    RECORD_SESSION = "record_session"
    SIGN_SESSION = "sign_session"
    AMEND_SESSION = "amend_session"
    OVERRIDE_SAFETY = "override_safety"
    EXPORT_CLINICAL_REPORT = "export_clinical_report"
    PRINT_TAKE_HOME = "print_take_home"  # any take-home sheet, signed or draft
    # Administration
    MANAGE_USERS = "manage_users"
    EDIT_CLINIC_SETTINGS = "edit_clinic_settings"
    VIEW_AUDIT = "view_audit"
    BACKUP_RESTORE = "backup_restore"


_FRONT_DESK = frozenset(
    {
        Action.VIEW_PATIENT_LIST,
        Action.VIEW_DEMOGRAPHICS,
        Action.EDIT_DEMOGRAPHICS,
        Action.SCHEDULE_SESSION,
        Action.VIEW_SCHEDULE,
        Action.RECORD_PAYMENT,
        Action.PRINT_RECEIPT,
        Action.PRINT_SIGNED_TAKE_HOME,
        Action.VIEW_DAY_REPORTS,
    }
)
_CLINICAL = frozenset(
    {
        Action.VIEW_CLINICAL,
        Action.EDIT_INTAKE,
        Action.EDIT_PLAN,
        Action.RECORD_SESSION,
        Action.SIGN_SESSION,
        Action.AMEND_SESSION,
        Action.OVERRIDE_SAFETY,
        Action.EXPORT_CLINICAL_REPORT,
        Action.PRINT_TAKE_HOME,
    }
)
_ADMIN = frozenset(
    {
        Action.VIEW_PATIENT_LIST,  # to find a patient's audit trail
        Action.MANAGE_USERS,
        Action.EDIT_CLINIC_SETTINGS,
        Action.VIEW_AUDIT,
        Action.BACKUP_RESTORE,
        Action.VIEW_DAY_REPORTS,
    }
)

PERMISSIONS: dict[Role, frozenset[Action]] = {
    # A practitioner does all clinical work for any patient of the clinic, and what
    # the front desk does for the patients they see.
    Role.PRACTITIONER: _CLINICAL | _FRONT_DESK,
    # Reception never reads intake, history, notes or session details.
    Role.RECEPTION: _FRONT_DESK,
    # Admin: users, settings, audit; clinical access only when also a practitioner.
    Role.ADMIN: _ADMIN,
}


# Actions that save something: a failure while checking who may do them says nothing was saved.
SAVES = frozenset(
    {
        Action.EDIT_DEMOGRAPHICS,
        Action.SCHEDULE_SESSION,
        Action.RECORD_PAYMENT,
        Action.EDIT_INTAKE,
        Action.EDIT_PLAN,
        Action.RECORD_SESSION,
        Action.SIGN_SESSION,
        Action.AMEND_SESSION,
        Action.OVERRIDE_SAFETY,
        Action.MANAGE_USERS,
        Action.EDIT_CLINIC_SETTINGS,
    }
)


def allowed(roles: Iterable[Role], action: Action) -> bool:
    return any(action in PERMISSIONS[role] for role in roles)


# --- Passwords and sign-in (reliability plan S2; OWASP) -----------------------------------

PASSWORD_MIN_LENGTH = 10
FREE_ATTEMPTS = 5  # failed sign-ins before waiting starts
MAX_WAIT_SECONDS = 300


def password_problem(password: str, username: str = "") -> str | None:
    """Why a new password is not acceptable, or None when it is."""
    if len(password) < PASSWORD_MIN_LENGTH:
        return translate(
            "passwords", "Password: use at least {password_min_length} characters."
        ).format(password_min_length=PASSWORD_MIN_LENGTH)
    if password.strip() != password:
        return translate("passwords", "Password: do not start or end it with a space.")
    if username and password.casefold() == username.casefold():
        return translate("passwords", "Password: it must not be the same as the user name.")
    if len(set(password)) < 4:
        return translate("passwords", "Password: use more different characters.")
    return None


def sign_in_wait_seconds(failures: int) -> int:
    """How long to wait before the next attempt after this many failures in a row.

    The first five attempts are free; after that the wait doubles each time (2, 4, 8 …
    seconds), up to five minutes.
    """
    extra = failures - FREE_ATTEMPTS
    if extra < 0:
        return 0
    return min(2 << extra, MAX_WAIT_SECONDS)  # 2 ** (extra + 1)


# --- Idle lock ------------------------------------------------------------------------------

IDLE_LOCK_DEFAULT_MINUTES = 5
IDLE_LOCK_RANGE = range(1, 31)


def idle_minutes(value: int) -> int:
    """An idle-lock time clamped to the allowed 1–30 minutes."""
    return max(IDLE_LOCK_RANGE.start, min(value, IDLE_LOCK_RANGE.stop - 1))
