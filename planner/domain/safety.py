"""Safety screening: a patient's facts and a planned treatment in, findings out.

Each finding has a severity — ``refer`` (stop and refer), ``block`` (this technique or
point must not be used) or ``warn`` (a caution to acknowledge) — a stable rule id, a
subject (``patient``, a technique id or a point code), a plain-language message and the
advised action. Every rule names its source in the clinical reference next to it.
Where the reference is uncertain the rule takes the cautious reading; a healthy adult
with ordinary lumbar and distal points gets no findings at all (no alarm fatigue).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from planner.domain.catalog import (
    Acupoint,
    Catalog,
    PointRegion,
    PregnancyStatus,
    SafetyFlag,
    load_catalog,
)
from planner.domain.medications import blood_thinners_in
from planner.domain.red_flags import RED_FLAGS
from planner.domain.techniques import consent_needed
from planner.domain.vocab import Condition, ConsentScope, CuppingType, RedFlag, Technique

PATIENT = "patient"
# Reference §2 (corrected 2026-12-07): WHO 1999 §2.1 contraindicates the lumbosacral
# region in the first trimester and avoids it after the third month, so the lumbosacral
# points are flagged at any gestation, and when the gestation is unknown.
# WHO 1999 §2.1 also avoids points that give a strong sensation after the third month
# (reference §2). The cautious reading starts at week 12; an unknown gestation counts as
# past it. Which points: those the texts needle with strong stimulation for back pain -
# GV26 (Deadman: very painful; used with strong stimulation for acute sprain) and
# EX-UE7 Yaotongxue (strong stimulation while the patient moves the back).
STRONG_SENSATION_FROM_WEEK = 12
_STRONG_SENSATION_POINTS = frozenset({"GV26", "EX-UE7"})
_LUMBOSACRAL_REGIONS = frozenset({PointRegion.LOWER_BACK, PointRegion.SACRAL_BUTTOCK})
# Cupping and moxa sites named in words (reference §2, §4: abdomen and lumbosacral area).
# A site that names neither a risky nor a clearly distant area is read as risky.
_RISKY_AREA_WORDS = (
    "abdom", "belly", "stomach", "navel", "umbil", "pelvi", "groin",
    "lumb", "sacr", "low back", "lower back", "loin", "waist", "kidney", "buttock",
    "glute", "hip", "coccy", "tailbone",
)  # fmt: skip
_DISTANT_AREA_WORDS = (
    "neck", "shoulder", "upper back", "thora", "scapul", "arm", "thigh", "calf",
    "leg", "knee", "hand", "foot", "feet",
)  # fmt: skip


class Severity(StrEnum):
    REFER = "refer"
    BLOCK = "block"
    WARN = "warn"


_ORDER = {Severity.REFER: 0, Severity.BLOCK: 1, Severity.WARN: 2}


@dataclass(frozen=True, slots=True)
class Finding:
    severity: Severity
    rule: str
    subject: str
    message: str
    action: str

    def as_dict(self) -> dict[str, str]:
        return {
            "severity": self.severity.value,
            "rule": self.rule,
            "subject": self.subject,
            "message": self.message,
            "action": self.action,
        }


@dataclass(frozen=True)
class PatientFacts:
    age: int
    pregnant: bool = False
    gestation_weeks: int | None = None
    conditions: frozenset[Condition] = frozenset()
    medications: tuple[str, ...] = ()
    red_flags: frozenset[RedFlag] = frozenset()


@dataclass(frozen=True)
class PlannedTreatment:
    techniques: frozenset[Technique]
    points: tuple[str, ...] = ()  # canonical point codes
    cupping_type: CuppingType | None = None
    # Scopes the patient has consented to; None when consent is checked elsewhere.
    consents: frozenset[ConsentScope] | None = None
    # Where cups and moxa go (point codes or named areas); empty when not known.
    cupping_sites: tuple[str, ...] = ()
    moxa_sites: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Case:
    patient: PatientFacts
    plan: PlannedTreatment
    points: tuple[Acupoint, ...]
    bleeding_causes: tuple[str, ...] = field(default=())
    # Cupping / moxa sites over the abdomen or lumbosacral area (reference §2, §4).
    risky_cupping_sites: tuple[str, ...] = field(default=())
    risky_moxa_sites: tuple[str, ...] = field(default=())

    def has(self, condition: Condition) -> bool:
        return condition in self.patient.conditions

    def uses(self, technique: Technique) -> bool:
        return technique in self.plan.techniques

    @property
    def needling(self) -> Technique | None:
        """The needling technique a finding about needling is attached to, if any."""
        for technique in (
            Technique.LOCAL_NEEDLING,
            Technique.DISTAL_NEEDLING,
            Technique.ELECTROACUPUNCTURE,
        ):
            if technique in self.plan.techniques:
                return technique
        return None

    @property
    def wet_cupping(self) -> bool:
        return self.uses(Technique.CUPPING) and self.plan.cupping_type == CuppingType.WET


Rule = Callable[[_Case], Iterator[Finding]]


def _refer(rule: str, subject: str, message: str, action: str) -> Finding:
    return Finding(Severity.REFER, rule, subject, message, action)


def _block(rule: str, subject: str, message: str, action: str) -> Finding:
    return Finding(Severity.BLOCK, rule, subject, message, action)


def _warn(rule: str, subject: str, message: str, action: str) -> Finding:
    return Finding(Severity.WARN, rule, subject, message, action)


# --- Red flags: reference §6 -------------------------------------------------------------


def _red_flags(case: _Case) -> Iterator[Finding]:
    for flag in RedFlag:  # vocabulary order: cauda equina first
        if flag in case.patient.red_flags:
            info = RED_FLAGS[flag]
            yield _refer(f"red_flag.{flag.value}", PATIENT, info.message, info.action)


# --- Consent: reference §5 (no consent = absolute) ----------------------------------------


def _consent(case: _Case) -> Iterator[Finding]:
    consents = case.plan.consents
    if consents is None:
        return
    for technique in sorted(case.plan.techniques):
        scope = consent_needed(technique)
        if scope not in consents:
            yield _block(
                "consent.missing",
                technique.value,
                f"The patient has not consented to {scope.value.replace('_', ' ')}.",
                "Record the patient's consent before planning this technique, or leave it out.",
            )


# --- Electroacupuncture: reference §3 ----------------------------------------------------


def _electroacupuncture(case: _Case) -> Iterator[Finding]:
    if not case.uses(Technique.ELECTROACUPUNCTURE):
        return
    ea = Technique.ELECTROACUPUNCTURE.value
    if case.has(Condition.IMPLANTED_DEVICE):  # §3: absolute per device manuals
        yield _block(
            "ea.implanted_device",
            ea,
            "Electrical stimulation can interfere with a pacemaker, defibrillator or other "
            "implanted electrical device.",
            "Do not use electroacupuncture; manual needling only.",
        )
    if case.has(Condition.EPILEPSY):  # §3: uncontrolled epilepsy absolute; cautious for all
        yield _block(
            "ea.epilepsy",
            ea,
            "Electroacupuncture is not used for people with epilepsy.",
            "Do not use electroacupuncture; use manual needling and have a seizure plan.",
        )
    if case.patient.pregnant:  # §3, §2: EA avoided in pregnancy
        yield _block(
            "ea.pregnancy",
            ea,
            "Electroacupuncture is avoided in pregnancy.",
            "Do not use electroacupuncture during pregnancy.",
        )
    if case.has(Condition.HEART_DISEASE):  # §3: serious cardiac disease / arrhythmia
        yield _warn(
            "ea.heart_disease",
            ea,
            "Heart disease: electrical current must never cross the chest.",
            "Pair electrodes on the same side and segment, away from the chest; "
            "use low intensity and watch the patient.",
        )
    if case.has(Condition.REDUCED_SENSATION):  # §3: patient must be able to report
        yield _warn(
            "ea.reduced_sensation",
            ea,
            "With reduced sensation the patient may not feel when the current is too strong.",
            "Avoid numb areas, keep intensity low and check the skin and the patient often.",
        )


# --- Pregnancy: reference §2 (WHO 1999; classical lists, cautious reading) ----------------


def _pregnancy(case: _Case) -> Iterator[Finding]:
    if not case.patient.pregnant:
        return
    weeks = case.patient.gestation_weeks
    past_third_month = weeks is None or weeks >= STRONG_SENSATION_FROM_WEEK
    first_trimester = weeks is None or weeks < STRONG_SENSATION_FROM_WEEK
    for point in case.points:
        if point.pregnancy == PregnancyStatus.FORBIDDEN:
            # §2: classically forbidden (LI4, SP6, BL60, BL67, GB21, BL31-34); a "do not"
            # that needs a written reason to override.
            yield _block(
                "pregnancy.forbidden_point",
                point.code,
                f"{point.code} ({point.english}) is classically forbidden in pregnancy.",
                "Do not use this point in pregnancy; choose another point, or record "
                "the reason for using it.",
            )
        elif point.pregnancy == PregnancyStatus.AFTER_FIRST_TRIMESTER and first_trimester:
            # §2, WHO 1999 §2.1: "contraindicated ... during the first trimester": a "do not"
            # while the gestation is under 12 weeks or not known (the cautious reading).
            yield _block(
                "pregnancy.lumbosacral_point",
                point.code,
                f"{point.code} ({point.english}) lies in the lumbosacral area, which is "
                "contraindicated in the first trimester of pregnancy (or when the week is "
                "not known).",
                "Do not use this point; prefer distal points (see the pregnancy-safe "
                "protocol), or record the reason for using it.",
            )
        elif point.pregnancy == PregnancyStatus.AFTER_FIRST_TRIMESTER:
            # §2, WHO 1999 §2.1: after the third month the lumbosacral region is avoided.
            yield _warn(
                "pregnancy.lumbosacral_point",
                point.code,
                f"{point.code} ({point.english}) lies in the lumbosacral area, which is avoided "
                "throughout pregnancy.",
                "Prefer distal points (see the pregnancy-safe protocol).",
            )
        elif point.code in _STRONG_SENSATION_POINTS and past_third_month:
            yield _warn(
                "pregnancy.strong_sensation_point",
                point.code,
                f"{point.code} ({point.english}) gives a strong sensation, which is avoided "
                "after the third month of pregnancy.",
                "Choose a gentler point, or needle it lightly without strong stimulation.",
            )
    for technique, what, sites, risky in (
        (Technique.MOXIBUSTION, "Moxibustion", case.plan.moxa_sites, case.risky_moxa_sites),
        (Technique.CUPPING, "Cupping", case.plan.cupping_sites, case.risky_cupping_sites),
    ):
        if not case.uses(technique) or (sites and not risky):
            continue
        # §2, §3, §4: EA, moxa and cupping over the abdomen or lumbosacral area: a "do not".
        where = f" ({', '.join(risky)})" if risky else ""
        yield _block(
            f"pregnancy.{technique.value}",
            technique.value,
            f"{what} over the abdomen or lower back{where} is not used in pregnancy.",
            f"Do not use {what.lower()} over the abdomen or lumbosacral area; move it "
            "elsewhere, or record the reason.",
        )


def _risky_sites(sites: tuple[str, ...], catalog: Catalog) -> tuple[str, ...]:
    """The sites that are, or may be, over the abdomen or lumbosacral area (§2, §4)."""
    return tuple(site for site in sites if _maybe_abdomen_or_lumbosacral(site, catalog))


def _maybe_abdomen_or_lumbosacral(site: str, catalog: Catalog) -> bool:
    point = catalog.get(site)
    if point is not None:  # an Ashi point may lie anywhere: the cautious reading
        return (
            point.code == "Ashi"
            or point.region in _LUMBOSACRAL_REGIONS
            or point.pregnancy == PregnancyStatus.AFTER_FIRST_TRIMESTER
        )
    text = site.casefold()
    if any(word in text for word in _RISKY_AREA_WORDS):
        return True
    return not any(word in text for word in _DISTANT_AREA_WORDS)


# --- Bleeding risk: reference §5 (needling), §4 (cupping) ----------------------------------


def _bleeding(case: _Case) -> Iterator[Finding]:
    if not case.bleeding_causes:
        return
    cause = " and ".join(case.bleeding_causes)
    needling = case.needling
    if needling is not None:
        yield _warn(
            "bleeding.needling",
            needling.value,
            f"Bleeding risk ({cause}).",
            "Use fewer, finer needles; avoid deep needling and points over large vessels; "
            "press each site after removal.",
        )
    if case.uses(Technique.CUPPING):
        if case.wet_cupping:
            yield _block(
                "bleeding.wet_cupping",
                Technique.CUPPING.value,
                f"Wet cupping draws blood and is not used with a bleeding risk ({cause}).",
                "Do not use wet cupping.",
            )
        else:
            yield _warn(
                "bleeding.dry_cupping",
                Technique.CUPPING.value,
                f"Cupping can bruise more with a bleeding risk ({cause}).",
                "Use light suction for a short time, never wet cupping; check the skin.",
            )
    for point in case.points:
        if point.has(SafetyFlag.VESSEL) or point.has(SafetyFlag.BLOODLETTING):
            yield _warn(
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


def _immunocompromise(case: _Case) -> Iterator[Finding]:
    if not case.has(Condition.IMMUNOCOMPROMISED):
        return
    if case.needling is not None:  # §5: relative
        yield _warn(
            "immunocompromised.needling",
            case.needling.value,
            "A weakened immune system raises the risk of infection at needle sites.",
            "Use strict clean technique; no press or indwelling needles.",
        )
    if case.wet_cupping:  # §4: wet cupping broken skin
        yield _block(
            "immunocompromised.wet_cupping",
            Technique.CUPPING.value,
            "Wet cupping breaks the skin and is not used with a weakened immune system.",
            "Do not use wet cupping; dry cupping only, if at all.",
        )


def _moxa_burns(case: _Case) -> Iterator[Finding]:
    # §4: reduced sensation (e.g. diabetic neuropathy) means heat is not felt -> burns.
    if not case.uses(Technique.MOXIBUSTION):
        return
    if case.has(Condition.DIABETES) or case.has(Condition.REDUCED_SENSATION):
        yield _warn(
            "moxibustion.burn_risk",
            Technique.MOXIBUSTION.value,
            "The patient may not feel heat properly (diabetes or reduced sensation), "
            "so moxibustion can burn.",
            "Use indirect moxa only, keep it further away, and check the skin often.",
        )


def _diabetes(case: _Case) -> Iterator[Finding]:
    # §4: wet cupping (broken skin) with diabetes: infection and poor healing.
    if case.wet_cupping and case.has(Condition.DIABETES):
        yield _warn(
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
            yield _warn(
                "needling.neuropathic_foot",
                point.code,
                f"{point.code} ({point.english}) is on the foot, and the patient has reduced "
                "sensation (neuropathy).",
                "Prefer points elsewhere; if the foot is needled, use strict clean technique "
                "and check the skin of the feet afterwards.",
            )


def _skin_lesion(case: _Case) -> Iterator[Finding]:
    # §5: local infection or open lesion is absolute for that site (needling); §4: broken,
    # infected or inflamed skin for cupping and moxibustion. The facts do not say where
    # the lesion is, so every planned technique that touches the skin is reminded.
    if not case.has(Condition.SKIN_LESION_AT_SITE):
        return
    if case.needling is not None:
        yield _warn(
            "needling.skin_lesion",
            case.needling.value,
            "Needles are not put through broken, infected or inflamed skin.",
            "Do not needle the affected skin; choose points away from it.",
        )
    if case.uses(Technique.MOXIBUSTION):
        yield _warn(
            "moxibustion.skin_lesion",
            Technique.MOXIBUSTION.value,
            "Moxibustion is not used over broken, infected or inflamed skin.",
            "Keep moxa away from the affected skin.",
        )
    if case.uses(Technique.CUPPING):
        yield _warn(
            "cupping.skin_lesion",
            Technique.CUPPING.value,
            "Cupping is not used over broken, infected or inflamed skin.",
            "Keep cups away from the affected skin.",
        )


def _fainting(case: _Case) -> Iterator[Finding]:
    if case.needling is None:
        return
    if case.has(Condition.NEEDLE_PHOBIA) or case.has(Condition.VASOVAGAL_HISTORY):  # §5
        yield _warn(
            "needling.fainting_risk",
            PATIENT,
            "Needle fear or a history of fainting makes a faint during needling more likely.",
            "Treat lying down with few needles and gentle stimulation; stay with the patient.",
        )


def _other_needling_cautions(case: _Case) -> Iterator[Finding]:
    needling = case.needling
    if needling is None:
        return
    if case.has(Condition.METAL_ALLERGY):  # §5: relative [U]
        yield _warn(
            "needling.metal_allergy",
            needling.value,
            "Metal (nickel) allergy: some needles may irritate the skin.",
            "Consider needles of another material and watch the skin.",
        )
    if case.has(Condition.LYMPHOEDEMA):  # §5: relative
        yield _warn(
            "needling.lymphoedema",
            needling.value,
            "Needling a limb with lymphoedema can lead to infection.",
            "Do not needle the affected limb.",
        )


def _thorax_points(case: _Case) -> Iterator[Finding]:
    for point in case.points:  # §1 T flag, §9: pneumothorax the most reported serious event
        if point.has(SafetyFlag.THORAX):
            yield _warn(
                "point.pneumothorax_risk",
                point.code,
                f"{point.code} ({point.english}) lies over the lung (risk of pneumothorax).",
                "Needle shallow or oblique only, never deep; warn the patient about "
                "breathlessness or chest pain afterwards.",
            )


RULES: tuple[Rule, ...] = (
    _red_flags,
    _consent,
    _electroacupuncture,
    _pregnancy,
    _bleeding,
    _immunocompromise,
    _moxa_burns,
    _diabetes,
    _skin_lesion,
    _fainting,
    _other_needling_cautions,
    _thorax_points,
)


def screen(
    patient: PatientFacts, plan: PlannedTreatment, catalog: Catalog | None = None
) -> list[Finding]:
    """All findings for this patient and plan, most severe first.

    Unknown point codes are the caller's error: :func:`planner.domain.catalog` validates
    them before a plan is built.
    """
    catalog = catalog or load_catalog()
    points = tuple(catalog[code] for code in dict.fromkeys(plan.points))
    case = _Case(
        patient,
        plan,
        points,
        _bleeding_causes(patient),
        _risky_sites(plan.cupping_sites, catalog) if patient.pregnant else (),
        _risky_sites(plan.moxa_sites, catalog) if patient.pregnant else (),
    )
    findings = [finding for rule in RULES for finding in rule(case)]
    return sorted(findings, key=lambda finding: _ORDER[finding.severity])


def worst(findings: list[Finding]) -> Severity | None:
    return min((f.severity for f in findings), key=_ORDER.__getitem__, default=None)
