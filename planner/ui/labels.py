"""Words shown for stored codes: roles, acupuncture styles, audit actions, sex, course and
session statuses, and the intake's regions, sides, causes, treatments tried, consents and
duration classes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

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


def sex_labels() -> dict[Sex, str]:
    return {
        Sex.FEMALE: _tr("Female"),
        Sex.MALE: _tr("Male"),
        Sex.INTERSEX: _tr("Intersex"),
        Sex.UNDISCLOSED: _tr("Not disclosed"),
    }


def course_status_labels() -> dict[CourseStatus, str]:
    return {
        CourseStatus.PLANNED: _tr("Planned"),
        CourseStatus.ACTIVE: _tr("Active"),
        CourseStatus.COMPLETED: _tr("Completed"),
        CourseStatus.EXTENDED: _tr("Extended"),
        CourseStatus.DISCHARGED: _tr("Discharged"),
        CourseStatus.REFERRED: _tr("Referred"),
    }


def session_status_labels() -> dict[SessionStatus, str]:
    return {
        SessionStatus.SCHEDULED: _tr("Scheduled"),
        SessionStatus.DRAFT: _tr("Draft"),
        SessionStatus.SIGNED: _tr("Signed"),
        SessionStatus.CANCELLED: _tr("Cancelled"),
    }


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
    return {
        PainRegion.LOWER_BACK: _tr("Lower back"),
        PainRegion.UPPER_BACK: _tr("Upper back"),
        PainRegion.NECK: _tr("Neck"),
        PainRegion.SCIATICA: _tr("Sciatica (down the leg)"),
    }


def side_labels() -> dict[BodySide, str]:
    return {BodySide.LEFT: _tr("Left"), BodySide.RIGHT: _tr("Right"), BodySide.BOTH: _tr("Both")}


def cause_labels() -> dict[Cause, str]:
    return {
        Cause.MUSCLE_STRAIN: _tr("Muscle strain"),
        Cause.LIGAMENT_SPRAIN: _tr("Ligament sprain"),
        Cause.HERNIATED_DISC: _tr("Herniated (slipped) disc"),
        Cause.DEGENERATIVE_DISC_DISEASE: _tr("Degenerative disc disease"),
        Cause.SPINAL_STENOSIS: _tr("Spinal stenosis"),
        Cause.SPONDYLOLISTHESIS: _tr("Spondylolisthesis"),
        Cause.SPONDYLOSIS: _tr("Spondylosis"),
        Cause.FACET_SYNDROME: _tr("Facet joint syndrome"),
        Cause.OSTEOARTHRITIS: _tr("Osteoarthritis"),
        Cause.POOR_POSTURE: _tr("Poor posture"),
        Cause.PROLONGED_SITTING: _tr("Prolonged sitting"),
        Cause.OTHER: _tr("Other…"),
    }


def treatment_labels() -> dict[PriorTreatment, str]:
    return {
        PriorTreatment.PHYSIOTHERAPY: _tr("Physiotherapy"),
        PriorTreatment.MASSAGE: _tr("Massage"),
        PriorTreatment.CHIROPRACTIC: _tr("Chiropractic"),
        PriorTreatment.STRETCHING_EXERCISE: _tr("Stretching / exercise"),
        PriorTreatment.ICE_HEAT: _tr("Ice or heat"),
        PriorTreatment.PAIN_MEDICATION: _tr("Pain medication"),
        PriorTreatment.SPINAL_MANIPULATION: _tr("Spinal manipulation"),
        PriorTreatment.INJECTIONS: _tr("Injections"),
        PriorTreatment.SURGERY: _tr("Surgery"),
        PriorTreatment.ACUPUNCTURE: _tr("Acupuncture before"),
    }


def consent_labels() -> dict[ConsentScope, str]:
    return {
        ConsentScope.NEEDLING: _tr("Needling"),
        ConsentScope.ELECTROACUPUNCTURE: _tr("Electroacupuncture"),
        ConsentScope.CUPPING: _tr("Cupping"),
        ConsentScope.MOXIBUSTION: _tr("Moxibustion"),
    }


def duration_labels() -> dict[DurationClass, str]:
    return {
        DurationClass.ACUTE: _tr("Acute (< 6 weeks)"),
        DurationClass.SUBACUTE: _tr("Subacute (6–12 weeks)"),
        DurationClass.CHRONIC: _tr("Chronic (≥ 12 weeks)"),
    }
