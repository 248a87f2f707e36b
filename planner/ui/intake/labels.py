"""Words a practitioner reads for the stored codes the intake uses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.domain.vocab import (
    AcupunctureStyle,
    BodySide,
    Cause,
    ConsentScope,
    DurationClass,
    PainRegion,
    PriorTreatment,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("intake", text)


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


def duration_labels() -> dict[DurationClass, str]:
    return {
        DurationClass.ACUTE: _tr("Acute (< 6 weeks)"),
        DurationClass.SUBACUTE: _tr("Subacute (6–12 weeks)"),
        DurationClass.CHRONIC: _tr("Chronic (≥ 12 weeks)"),
    }
