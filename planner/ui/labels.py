"""Words shown for stored codes: roles, acupuncture styles, audit actions."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from planner.domain.vocab import AcupunctureStyle, Role
from planner.services.audit import AuditAction


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def role_labels() -> dict[Role, str]:
    return {
        Role.PRACTITIONER: _tr("practitioner"),
        Role.RECEPTION: _tr("reception"),
        Role.ADMIN: _tr("admin"),
    }


def roles_text(roles: Iterable[Role]) -> str:
    """``admin, practitioner`` — in a fixed order, whatever order they came in."""
    labels = role_labels()
    return ", ".join(labels[role] for role in Role if role in set(roles))


def style_labels() -> dict[AcupunctureStyle, str]:
    return {
        AcupunctureStyle.TCM: _tr("Traditional Chinese (TCM)"),
        AcupunctureStyle.JAPANESE: _tr("Japanese"),
        AcupunctureStyle.KOREAN: _tr("Korean"),
        AcupunctureStyle.WESTERN_MEDICAL: _tr("Western medical"),
        AcupunctureStyle.FIVE_ELEMENT: _tr("Five Element"),
        AcupunctureStyle.AURICULAR: _tr("Auricular"),
        AcupunctureStyle.OTHER: _tr("Other"),
    }


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
    }
