"""What follows from a stored intake: its red flags, the safety engine's facts, the badges.

:func:`red_flags_of` names the red flags an intake raises (answered yes, or following from
the age, the immune-system answer or sciatica in both legs); :func:`unanswered_red_flags`
the questions it left open (a screen not done is not a screen passed).
:func:`patient_facts` is what the safety engine reads; :func:`referral_flags` the flags
that stop treatment now; :func:`safety_badges` the short reminders on the patient
overview. The intake itself and its checks are :mod:`planner.domain.intake`.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.i18n import QT_TRANSLATE_NOOP, translate
from planner.domain.intake import IntakeDraft
from planner.domain.medications import blood_thinners_in
from planner.domain.red_flags import ASKED, derived_flags, is_emergency, needs_referral
from planner.domain.safety import PatientFacts
from planner.domain.vocab import BodySide, Condition, DurationClass, PainRegion, RedFlag


def red_flags_of(draft: IntakeDraft, age: int) -> frozenset[RedFlag]:
    """The red flags an intake raises: those answered yes, those that follow from the age
    and the immune-system answer, and bilateral sciatica when sciatica is recorded in
    both legs and the question was not answered No."""
    flags = set(draft.red_flags_present)
    flags |= derived_flags(age, draft.conditions.get(Condition.IMMUNOCOMPROMISED) is True)
    both = PainRegion.SCIATICA in draft.pain_regions and draft.sciatica_side == BodySide.BOTH
    if both and draft.red_flags.get(RedFlag.BILATERAL_SCIATICA) is not False:
        flags.add(RedFlag.BILATERAL_SCIATICA)
    return frozenset(flags)


def unanswered_red_flags(draft: IntakeDraft, age: int) -> frozenset[RedFlag]:
    """The red-flag questions the intake left open.

    Every question left open counts, also when none was answered: a screen not done is
    not a screen passed ("unanswered" is not "no"). Back pain new (under 12 weeks) after
    50 needs the malignancy questions (ACP/APS 2007), which are among those asked.
    """
    open_questions = set(ASKED) - set(draft.red_flags)
    return frozenset(open_questions - red_flags_of(draft, age))


def patient_facts(draft: IntakeDraft, age: int) -> PatientFacts:
    """What the safety engine needs from an intake."""
    conditions = set(draft.conditions_present)
    if blood_thinners_in(draft.medications):
        conditions.add(Condition.ANTICOAGULANT_THERAPY)
    flags = red_flags_of(draft, age)
    return PatientFacts(
        age=age,
        pregnant=bool(draft.pregnant),
        gestation_weeks=draft.gestation_weeks if draft.pregnant else None,
        conditions=frozenset(conditions),
        medications=draft.medications,
        red_flags=flags,
        red_flags_unanswered=unanswered_red_flags(draft, age),
        clearances=tuple(
            (flag, clearance)
            for flag, clearance in sorted(draft.red_flag_clearances.items())
            if flag in flags
        ),
        new_onset=draft.duration in (DurationClass.ACUTE, DurationClass.SUBACUTE),
        guardian_consent=bool(draft.guardian_consent.strip()),
    )


def referral_flags(facts: PatientFacts) -> frozenset[RedFlag]:
    """The flags that stop treatment now: not routine, not cleared by a doctor."""
    return frozenset(
        flag for flag in facts.red_flags if needs_referral(flag) and facts.clearance(flag) is None
    )


@dataclass(frozen=True, slots=True)
class Badge:
    """A short safety reminder on the patient overview."""

    text: str
    level: str  # "refer", "block" or "warn", as the safety engine's severities


def safety_badges(facts: PatientFacts) -> list[Badge]:
    """Plain reminders from an intake's facts, most serious first."""
    badges: list[Badge] = []
    referral = referral_flags(facts)
    if referral:
        cancer = facts.red_flags & {RedFlag.CANCER_HISTORY}  # with a sign: NICE NG234
        urgency = (
            translate("safety_badges", "emergency, same day")
            if is_emergency(set(referral | cancer))
            else translate("safety_badges", "urgent")
        )
        badges.append(
            Badge(
                translate("safety_badges", "Red flags — refer before treating ({urgency})").format(
                    urgency=urgency
                ),
                "refer",
            )
        )
    if RedFlag.INFLAMMATORY_BACK_PAIN in facts.red_flags - referral and not facts.clearance(
        RedFlag.INFLAMMATORY_BACK_PAIN
    ):
        badges.append(
            Badge(
                translate(
                    "safety_badges",
                    "Inflammatory back pain pattern — refer routinely; treatment may continue",
                ),
                "warn",
            )
        )
    has = facts.conditions.__contains__
    if has(Condition.IMPLANTED_DEVICE):
        badges.append(
            Badge(translate("safety_badges", "Implanted device — no electroacupuncture"), "block")
        )
    if has(Condition.EPILEPSY):
        badges.append(
            Badge(translate("safety_badges", "Epilepsy — no electroacupuncture"), "block")
        )
    if facts.pregnant:
        said = translate(
            "safety_badges", "Pregnant — avoid LI4, SP6, lumbosacral points; no electroacupuncture"
        )
        if facts.gestation_weeks is not None:
            said = translate(
                "safety_badges",
                "Pregnant {weeks} wk — avoid LI4, SP6, lumbosacral points; no electroacupuncture",
            ).format(weeks=facts.gestation_weeks)
        badges.append(Badge(said, "warn"))
    drugs = blood_thinners_in(facts.medications)
    if drugs:
        names = ", ".join(d.generic for d in drugs)
        badges.append(
            Badge(
                translate(
                    "safety_badges",
                    "Blood thinner ({names}) — caution with needling and cupping; no wet cupping",
                ).format(names=names),
                "warn",
            )
        )
    elif has(Condition.ANTICOAGULANT_THERAPY):
        badges.append(
            Badge(
                translate(
                    "safety_badges",
                    "Blood thinner — caution with needling and cupping; no wet cupping",
                ),
                "warn",
            )
        )
    for condition, text in _CONDITION_BADGES:
        if has(condition):
            badges.append(Badge(translate("safety_badges", text), "warn"))
    return badges


_CONDITION_BADGES = (
    (
        Condition.BLEEDING_DISORDER,
        QT_TRANSLATE_NOOP("safety_badges", "Bleeding disorder — specialist advice before needling"),
    ),
    (
        Condition.BRUISES_EASILY,
        QT_TRANSLATE_NOOP("safety_badges", "Bruises easily — fine needles, press after removal"),
    ),
    (
        Condition.IMMUNOCOMPROMISED,
        QT_TRANSLATE_NOOP("safety_badges", "Immunocompromised — strict asepsis; no wet cupping"),
    ),
    (
        Condition.HEART_DISEASE,
        QT_TRANSLATE_NOOP(
            "safety_badges", "Heart disease — electroacupuncture away from the chest"
        ),
    ),
    (Condition.DIABETES, QT_TRANSLATE_NOOP("safety_badges", "Diabetes — moxibustion burn risk")),
    (
        Condition.REDUCED_SENSATION,
        QT_TRANSLATE_NOOP(
            "safety_badges", "Reduced sensation — moxa and electroacupuncture with care"
        ),
    ),
    (
        Condition.NEEDLE_PHOBIA,
        QT_TRANSLATE_NOOP("safety_badges", "Needle phobia — treat lying down, few needles"),
    ),
    (
        Condition.VASOVAGAL_HISTORY,
        QT_TRANSLATE_NOOP("safety_badges", "Has fainted before — treat lying down, few needles"),
    ),
    (
        Condition.METAL_ALLERGY,
        QT_TRANSLATE_NOOP("safety_badges", "Metal allergy — consider other needles"),
    ),
    (
        Condition.LYMPHOEDEMA,
        QT_TRANSLATE_NOOP("safety_badges", "Lymphoedema — do not needle the affected limb"),
    ),
    (
        Condition.METAL_HARDWARE,
        QT_TRANSLATE_NOOP(
            "safety_badges", "Metal implant — keep electroacupuncture current away from it"
        ),
    ),
    (
        Condition.SKIN_LESION_AT_SITE,
        QT_TRANSLATE_NOOP("safety_badges", "Skin lesion — no cupping over it"),
    ),
)
