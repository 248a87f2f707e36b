"""Words shown for stored codes: roles, acupuncture styles, audit actions, sex, course and
session statuses, and the intake's regions, sides, causes, treatments tried, consents and
duration classes. The words come from the catalogue (planner/domain/wording.py),
translated here; audit actions are not clinical vocabulary and keep their words here."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication

from planner.domain import wording
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def translated(words: Mapping[E, str]) -> dict[E, str]:
    """The catalogue's words for an enum, each through Qt's translation."""
    return {member: _tr(text) for member, text in words.items()}


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
        AuditAction.SIGN_IN: _tr("Signed in"),
        AuditAction.SIGN_IN_FAILED: _tr("Sign-in failed"),
        AuditAction.SIGN_OUT: _tr("Signed out"),
        AuditAction.LOCK: _tr("Locked"),
        AuditAction.UNLOCK: _tr("Unlocked"),
        AuditAction.UNLOCK_FAILED: _tr("Unlock failed"),
        AuditAction.OPEN_RECORD: _tr("Opened record"),
        AuditAction.CREATE: _tr("Created"),
        AuditAction.UPDATE: _tr("Changed"),
        AuditAction.ARCHIVE: _tr("Archived"),
        AuditAction.SIGN: _tr("Signed session"),
        AuditAction.AMEND: _tr("Amended"),
        AuditAction.EXPORT: _tr("Exported"),
        AuditAction.PRINT: _tr("Printed"),
        AuditAction.USER_ADMIN: _tr("User administration"),
        AuditAction.REFUSED: _tr("Refused"),
        AuditAction.SAFETY_OVERRIDE: _tr("Safety override"),
        AuditAction.SETTINGS: _tr("Clinic settings"),
        AuditAction.RESTORE: _tr("Database restored"),
    }


# --- the intake ---------------------------------------------------------------------------


def region_labels() -> dict[PainRegion, str]:
    return translated(wording.labels(PainRegion))


def side_labels() -> dict[BodySide, str]:
    return translated(wording.labels(BodySide))


def cause_labels() -> dict[Cause, str]:
    """ "Other…": choosing it opens a line to say what."""
    return {**translated(wording.labels(Cause)), Cause.OTHER: _tr("Other…")}


def treatment_labels() -> dict[PriorTreatment, str]:
    return translated(wording.labels(PriorTreatment))


def consent_labels() -> dict[ConsentScope, str]:
    return translated(wording.labels(ConsentScope))


def duration_labels() -> dict[DurationClass, str]:
    return translated(wording.labels(DurationClass))
