"""Words shown for stored codes: roles, acupuncture styles, audit actions, sex, course and
session statuses, and the intake's regions, sides, causes, treatments tried, consents and
duration classes. The words come from the catalogue (planner/domain/wording.py),
translated here in its context, "wording"; audit actions are not clinical vocabulary and
keep their words here."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any, TypeVar

from planner.domain import wording
from planner.domain.i18n import translate
from planner.domain.vocab import (
    AcupunctureStyle,
    BodySide,
    Cause,
    ConsentScope,
    CourseStatus,
    DurationClass,
    PainRegion,
    PriorTreatment,
    Role,
    SessionStatus,
    Sex,
)
from planner.services.audit import AuditAction

E = TypeVar("E", bound=StrEnum)


def translated(words: Mapping[E, str]) -> dict[E, str]:
    """The catalogue's words for an enum (planner/domain/wording.py), each through Qt's
    translation in the catalogue's context, "wording", where lupdate found them."""
    return {member: translate("wording", text) for member, text in words.items()}


def role_labels() -> dict[Role, str]:
    """Lower case: roles are listed inside a line (``admin, practitioner``)."""
    return translated(wording.phrases(Role))


def roles_text(roles: Iterable[Role]) -> str:
    """``admin, practitioner`` — in a fixed order, whatever order they came in."""
    labels = role_labels()
    return ", ".join(labels[role] for role in Role if role in set(roles))


def style_labels() -> dict[AcupunctureStyle, str]:
    return translated(wording.labels(AcupunctureStyle))


def sex_labels() -> dict[Sex, str]:
    return translated(wording.labels(Sex))


def course_status_labels() -> dict[CourseStatus, str]:
    return translated(wording.labels(CourseStatus))


def session_status_labels() -> dict[SessionStatus, str]:
    return translated(wording.labels(SessionStatus))


def label_of(labels: Mapping[Any, str], value: str) -> str:
    """The label for a stored code, or the code itself when it is not (yet) known."""
    return labels.get(value, value)


def audit_action_names() -> list[str]:
    """Every action name the trail stores, in the order :class:`AuditAction` lists them."""
    return [value for name, value in vars(AuditAction).items() if name.isupper()]


def audit_action_labels() -> dict[str, str]:
    return {
        AuditAction.SIGN_IN: translate("labels", "Signed in"),
        AuditAction.SIGN_IN_FAILED: translate("labels", "Sign-in failed"),
        AuditAction.SIGN_OUT: translate("labels", "Signed out"),
        AuditAction.LOCK: translate("labels", "Locked"),
        AuditAction.UNLOCK: translate("labels", "Unlocked"),
        AuditAction.UNLOCK_FAILED: translate("labels", "Unlock failed"),
        AuditAction.OPEN_RECORD: translate("labels", "Opened record"),
        AuditAction.CREATE: translate("labels", "Created"),
        AuditAction.UPDATE: translate("labels", "Changed"),
        AuditAction.ARCHIVE: translate("labels", "Archived"),
        AuditAction.SIGN: translate("labels", "Signed session"),
        AuditAction.AMEND: translate("labels", "Amended"),
        AuditAction.EXPORT: translate("labels", "Exported"),
        AuditAction.PRINT: translate("labels", "Printed"),
        AuditAction.USER_ADMIN: translate("labels", "User administration"),
        AuditAction.REFUSED: translate("labels", "Refused"),
        AuditAction.SAFETY_OVERRIDE: translate("labels", "Safety override"),
        AuditAction.SETTINGS: translate("labels", "Clinic settings"),
        AuditAction.RESTORE: translate("labels", "Database restored"),
    }


# --- the intake ---------------------------------------------------------------------------


def region_labels() -> dict[PainRegion, str]:
    return translated(wording.labels(PainRegion))


def side_labels() -> dict[BodySide, str]:
    return translated(wording.labels(BodySide))


def cause_labels() -> dict[Cause, str]:
    """ "Other…": choosing it opens a line to say what."""
    return {**translated(wording.labels(Cause)), Cause.OTHER: translate("labels", "Other…")}


def treatment_labels() -> dict[PriorTreatment, str]:
    return translated(wording.labels(PriorTreatment))


def consent_labels() -> dict[ConsentScope, str]:
    return translated(wording.labels(ConsentScope))


def duration_labels() -> dict[DurationClass, str]:
    return translated(wording.labels(DurationClass))
