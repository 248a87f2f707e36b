"""Rules about the patient as a whole: red flags (reference §6), age, consent (§5).

Red flags: each flag answered yes refers (the inflammatory pattern only warns: routine
referral, treatment may continue). A flag a doctor has cleared (``PatientFacts.clearances``)
warns instead, naming who cleared it and when. A cancer history with a neurological sign
is suspected metastatic spinal cord compression, an emergency (NICE NG234).

Unanswered questions (``red_flags_unanswered``) block: "unanswered" is not "no". The
practitioner asks them, or overrides the block with a written reason. Overrides are
stored per course (rule and subject), so the reason given at the course's first plan
covers its later plans and sessions, which show the finding as overridden instead of
asking again; a new course asks again.

Age (reference §6 age thresholds; NICE CKS): under 20 is itself a red flag; under 18 a
parent's or guardian's consent is needed; new back pain after 50 warns (and its
malignancy questions must be answered); over 70 warns of fracture risk, and of fragile
skin with cupping.
"""

from __future__ import annotations

from collections.abc import Iterator

from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.red_flags import (
    FRACTURE_RISK_OVER,
    GUARDIAN_BELOW,
    NEUROLOGICAL_SIGNS,
    NEW_ONSET_OVER,
    RED_FLAGS,
    RedFlagInfo,
    derived_flags,
    needs_referral,
)
from planner.domain.safety.base import PATIENT, Case, Finding, Rule, block, refer, warn
from planner.domain.techniques import consent_needed
from planner.domain.text import Phrase
from planner.domain.vocab import Condition, RedFlag, Technique

# --- Red flags: reference §6 -------------------------------------------------------------


def _flags(case: Case) -> frozenset[RedFlag]:
    """The flags answered yes, young age from the age itself, and immunosuppression from a
    weakened immune system (reference §6: an infection red flag)."""
    immune = case.has(Condition.IMMUNOCOMPROMISED)
    return case.patient.red_flags | derived_flags(case.patient.age, immune)


def _red_flags(case: Case) -> Iterator[Finding]:
    flags = _flags(case)
    for flag in RedFlag:  # vocabulary order: cauda equina first
        if flag not in flags:
            continue
        info = RED_FLAGS[flag]
        cleared = case.patient.clearance(flag)
        if cleared is not None:
            yield warn(
                f"red_flag_cleared.{flag.value}",
                PATIENT,
                Phrase(
                    QT_TRANSLATE_NOOP("safety", "{message} Red flag {describe}."),
                    message=Phrase(info.message, context="red_flags"),
                    describe=cleared.describe(),
                ),
                QT_TRANSLATE_NOOP(
                    "safety",
                    "Treatment may go ahead on this clearance; refer again if the symptoms "
                    "change or new ones appear.",
                ),
            )
        elif needs_referral(flag):
            yield refer(f"red_flag.{flag.value}", PATIENT, *_said(info))
        else:
            yield warn(f"red_flag.{flag.value}", PATIENT, *_said(info))


def _cord_compression(case: Case) -> Iterator[Finding]:
    """NICE NG234: cancer history with neurological signs not cleared: an emergency."""
    flags = _flags(case)
    signs = [f for f in flags & NEUROLOGICAL_SIGNS if case.patient.clearance(f) is None]
    if RedFlag.CANCER_HISTORY in flags and signs:
        yield refer(
            "red_flag.metastatic_cord_compression",
            PATIENT,
            QT_TRANSLATE_NOOP(
                "safety",
                "A history of cancer together with neurological signs can mean "
                "metastatic spinal cord compression (NICE NG234).",
            ),
            RED_FLAGS[RedFlag.SADDLE_ANAESTHESIA].action,
        )


def _unanswered(case: Case) -> Iterator[Finding]:
    open_questions = [f for f in RedFlag if f in case.patient.red_flags_unanswered]
    if open_questions:
        names = "; ".join(RED_FLAGS[f].short for f in open_questions)
        yield block(
            "red_flags.unanswered",
            PATIENT,
            Phrase(
                QT_TRANSLATE_NOOP(
                    "safety",
                    "Red-flag questions not answered ({count}): {names}. An unanswered "
                    "question is not a no.",
                ),
                count=len(open_questions),
                names=names,
            ),
            QT_TRANSLATE_NOOP(
                "safety",
                "Ask them and record the answers in the intake, or write why treatment "
                "goes ahead without them (recorded once for the course).",
            ),
        )


# --- Age: reference §6 age thresholds, NICE CKS, ACP/APS 2007 ----------------------------


def _age(case: Case) -> Iterator[Finding]:
    facts = case.patient
    if facts.age < GUARDIAN_BELOW and not facts.guardian_consent:
        yield block(
            "consent.guardian",
            PATIENT,
            Phrase(
                QT_TRANSLATE_NOOP(
                    "safety",
                    "The patient is {age}: a parent or guardian must consent to treatment.",
                ),
                age=facts.age,
            ),
            QT_TRANSLATE_NOOP(
                "safety", "Record the parent's or guardian's consent in the intake before treating."
            ),
        )
    if facts.age > NEW_ONSET_OVER and facts.new_onset:
        yield warn(
            "age.new_onset_over_50",
            PATIENT,
            QT_TRANSLATE_NOOP(
                "safety",
                "New pain after the age of 50 can be a first sign of cancer (ACP/APS "
                "2007; NICE CKS).",
            ),
            QT_TRANSLATE_NOOP(
                "safety",
                "Keep the cancer questions (history, weight loss, night pain, thoracic "
                "pain) in mind at each visit; refer if the pain does not improve within "
                "4 to 6 weeks.",
            ),
        )
    if facts.age > FRACTURE_RISK_OVER:
        yield warn(
            "age.fracture_risk",
            PATIENT,
            Phrase(
                QT_TRANSLATE_NOOP(
                    "safety",
                    "At {age}, bones may be fragile: a minor strain can fracture a vertebra "
                    "(NICE CKS).",
                ),
                age=facts.age,
            ),
            QT_TRANSLATE_NOOP(
                "safety",
                "No forceful pressure or manipulation on the spine; refer if pain is "
                "sudden, severe or central.",
            ),
        )
        if case.uses(Technique.CUPPING):
            yield warn(
                "age.fragile_skin",
                Technique.CUPPING.value,
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "safety", "At {age}, skin is thin and bruises or tears easily under cups."
                    ),
                    age=facts.age,
                ),
                QT_TRANSLATE_NOOP(
                    "safety",
                    "Light suction, short times, no sliding or wet cupping; check the skin often.",
                ),
            )


# --- Consent: reference §5 (no consent = absolute) ----------------------------------------


def _consent(case: Case) -> Iterator[Finding]:
    consents = case.plan.consents
    if consents is None:
        return
    for technique in sorted(case.plan.techniques):
        scope = consent_needed(technique)
        if scope not in consents:
            yield block(
                "consent.missing",
                technique.value,
                Phrase(
                    QT_TRANSLATE_NOOP("safety", "The patient has not consented to {technique}."),
                    technique=scope.value.replace("_", " "),
                ),
                QT_TRANSLATE_NOOP(
                    "safety",
                    "Record the patient's consent before planning this technique, or leave it out.",
                ),
            )


RULES: tuple[Rule, ...] = (
    _red_flags,
    _cord_compression,
    _unanswered,
    _age,
    _consent,
)


def _said(info: RedFlagInfo) -> tuple[Phrase, Phrase]:
    """A red flag's message and action, shown on screen in the red-flag wording."""
    return Phrase(info.message, context="red_flags"), Phrase(info.action, context="red_flags")
