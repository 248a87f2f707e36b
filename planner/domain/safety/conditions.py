"""Rules for conditions and medicines in the history (reference §4, §5)."""

from __future__ import annotations

from collections.abc import Iterator

from planner.domain.catalog import PointRegion, SafetyFlag
from planner.domain.medications import blood_thinners_in
from planner.domain.safety.base import PATIENT, Case, Finding, Rule, block, warn
from planner.domain.safety.facts import PatientFacts
from planner.domain.vocab import Condition, Technique

# --- Bleeding risk: reference §5 (needling), §4 (cupping) ----------------------------------


def _bleeding(case: Case) -> Iterator[Finding]:
    causes = _bleeding_causes(case.patient)
    if not causes:
        return
    cause = " and ".join(causes)
    needling = case.needling
    if needling is not None:
        yield warn(
            "bleeding.needling",
            needling.value,
            f"Bleeding risk ({cause}).",
            "Use fewer, finer needles; avoid deep needling and points over large vessels; "
            "press each site after removal.",
        )
    if case.uses(Technique.CUPPING):
        if case.wet_cupping:
            yield block(
                "bleeding.wet_cupping",
                Technique.CUPPING.value,
                f"Wet cupping draws blood and is not used with a bleeding risk ({cause}).",
                "Do not use wet cupping.",
            )
        else:
            yield warn(
                "bleeding.dry_cupping",
                Technique.CUPPING.value,
                f"Cupping can bruise more with a bleeding risk ({cause}).",
                "Use light suction for a short time, never wet cupping; check the skin.",
            )
    for point in case.points:
        if point.has(SafetyFlag.VESSEL) or point.has(SafetyFlag.BLOODLETTING):
            yield warn(
                "bleeding.vessel_point",
                point.code,
                f"{point.code} ({point.english}) lies over a large blood vessel.",
                "Choose another point or needle very shallow, and press after removal.",
            )


def _bleeding_causes(patient: PatientFacts) -> tuple[str, ...]:
    causes: list[str] = []
    if Condition.BLEEDING_DISORDER in patient.conditions:
        causes.append("bleeding disorder")
    drugs = blood_thinners_in(patient.medications)
    if drugs:
        causes.append(", ".join(drug.generic for drug in drugs))
    elif Condition.ANTICOAGULANT_THERAPY in patient.conditions:
        causes.append("blood-thinning medicine")
    return tuple(causes)


# --- Other conditions: reference §4, §5 ----------------------------------------------------


def _immunocompromise(case: Case) -> Iterator[Finding]:
    if not case.has(Condition.IMMUNOCOMPROMISED):
        return
    if case.needling is not None:  # §5: relative
        yield warn(
            "immunocompromised.needling",
            case.needling.value,
            "A weakened immune system raises the risk of infection at needle sites.",
            "Use strict clean technique; no press or indwelling needles.",
        )
    if case.wet_cupping:  # §4: wet cupping broken skin
        yield block(
            "immunocompromised.wet_cupping",
            Technique.CUPPING.value,
            "Wet cupping breaks the skin and is not used with a weakened immune system.",
            "Do not use wet cupping; dry cupping only, if at all.",
        )


def _moxa_burns(case: Case) -> Iterator[Finding]:
    # §4: reduced sensation (e.g. diabetic neuropathy) means heat is not felt -> burns.
    if not case.uses(Technique.MOXIBUSTION):
        return
    if case.has(Condition.DIABETES) or case.has(Condition.REDUCED_SENSATION):
        yield warn(
            "moxibustion.burn_risk",
            Technique.MOXIBUSTION.value,
            "The patient may not feel heat properly (diabetes or reduced sensation), "
            "so moxibustion can burn.",
            "Use indirect moxa only, keep it further away, and check the skin often.",
        )


def _diabetes(case: Case) -> Iterator[Finding]:
    # §4: wet cupping (broken skin) with diabetes: infection and poor healing.
    if case.wet_cupping and case.has(Condition.DIABETES):
        yield warn(
            "diabetes.wet_cupping",
            Technique.CUPPING.value,
            "With diabetes the small cuts of wet cupping heal slowly and can become infected.",
            "Prefer dry cupping; if wet cupping is used, keep strict clean technique and "
            "check the skin at the next visit.",
        )
    # §5: diabetes - neuropathic feet; §4: reduced sensation (diabetic or other
    # neuropathy). A foot that cannot feel is slow to show an infected needle site.
    if case.needling is None or not case.has(Condition.REDUCED_SENSATION):
        return
    for point in case.points:
        if point.region == PointRegion.FOOT:
            yield warn(
                "needling.neuropathic_foot",
                point.code,
                f"{point.code} ({point.english}) is on the foot, and the patient has reduced "
                "sensation (neuropathy).",
                "Prefer points elsewhere; if the foot is needled, use strict clean technique "
                "and check the skin of the feet afterwards.",
            )


def _skin_lesion(case: Case) -> Iterator[Finding]:
    # §5: local infection or open lesion is absolute for that site (needling); §4: broken,
    # infected or inflamed skin for cupping and moxibustion. The facts do not say where
    # the lesion is, so every planned technique that touches the skin is reminded.
    if not case.has(Condition.SKIN_LESION_AT_SITE):
        return
    if case.needling is not None:
        yield warn(
            "needling.skin_lesion",
            case.needling.value,
            "Needles are not put through broken, infected or inflamed skin.",
            "Do not needle the affected skin; choose points away from it.",
        )
    if case.uses(Technique.MOXIBUSTION):
        yield warn(
            "moxibustion.skin_lesion",
            Technique.MOXIBUSTION.value,
            "Moxibustion is not used over broken, infected or inflamed skin.",
            "Keep moxa away from the affected skin.",
        )
    if case.uses(Technique.CUPPING):
        yield warn(
            "cupping.skin_lesion",
            Technique.CUPPING.value,
            "Cupping is not used over broken, infected or inflamed skin.",
            "Keep cups away from the affected skin.",
        )


def _fainting(case: Case) -> Iterator[Finding]:
    if case.needling is None:
        return
    if case.has(Condition.NEEDLE_PHOBIA) or case.has(Condition.VASOVAGAL_HISTORY):  # §5
        yield warn(
            "needling.fainting_risk",
            PATIENT,
            "Needle fear or a history of fainting makes a faint during needling more likely.",
            "Treat lying down with few needles and gentle stimulation; stay with the patient.",
        )


def _other_needling_cautions(case: Case) -> Iterator[Finding]:
    needling = case.needling
    if needling is None:
        return
    if case.has(Condition.METAL_ALLERGY):  # §5: relative [U]
        yield warn(
            "needling.metal_allergy",
            needling.value,
            "Metal (nickel) allergy: some needles may irritate the skin.",
            "Consider needles of another material and watch the skin.",
        )
    if case.has(Condition.LYMPHOEDEMA):  # §5: relative
        yield warn(
            "needling.lymphoedema",
            needling.value,
            "Needling a limb with lymphoedema can lead to infection.",
            "Do not needle the affected limb.",
        )


RULES: tuple[Rule, ...] = (
    _bleeding,
    _immunocompromise,
    _moxa_burns,
    _diabetes,
    _skin_lesion,
    _fainting,
    _other_needling_cautions,
)
