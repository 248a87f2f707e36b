"""Electroacupuncture rules (reference §3)."""

from __future__ import annotations

from collections.abc import Iterator

from planner.domain.catalog import ASHI, Acupoint, PointRegion, SafetyFlag
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.safety.base import Case, Finding, Rule, block, warn
from planner.domain.safety.treatment import AshiRegion, Lead
from planner.domain.text import Phrase
from planner.domain.vocab import Condition, PointSide, Technique

# Reference §3 (WHO 1999 Guidelines on Basic Training and Safety in Acupuncture; device
# manuals): the current must never cross the chest or the heart. A pair crosses it when
# its leads are on the left and the right and one of them is on the upper body (the neck,
# upper back and thorax, the arm and hand) - a path from a left arm or chest point to any
# right one runs through the chest. A midline needle does not cross; a lead whose side is
# not known is read as on the other side (the cautious reading).
_UPPER_BODY = frozenset({PointRegion.UPPER_BACK_NECK, PointRegion.HAND})
_SIDES = (PointSide.LEFT, PointSide.RIGHT)
# Reference §1 (V, S flags) and §3: GB20 and BL10 lie over the vertebral artery and close
# to the medulla; current and twitch there are avoided or kept gentle.
_VERTEBRAL_ARTERY = frozenset({"GB20", "BL10"})

# --- Electroacupuncture: reference §3 ----------------------------------------------------


def _electroacupuncture(case: Case) -> Iterator[Finding]:
    if not case.uses(Technique.ELECTROACUPUNCTURE):
        return
    ea = Technique.ELECTROACUPUNCTURE.value
    if case.has(Condition.IMPLANTED_DEVICE):  # §3: absolute per device manuals
        yield block(
            "ea.implanted_device",
            ea,
            QT_TRANSLATE_NOOP(
                "safety",
                "Electrical stimulation can interfere with a pacemaker, defibrillator or "
                "other implanted electrical device.",
            ),
            QT_TRANSLATE_NOOP("safety", "Do not use electroacupuncture; manual needling only."),
        )
    if case.has(Condition.EPILEPSY):  # §3: uncontrolled epilepsy absolute; cautious for all
        yield block(
            "ea.epilepsy",
            ea,
            QT_TRANSLATE_NOOP("safety", "Electroacupuncture is not used for people with epilepsy."),
            QT_TRANSLATE_NOOP(
                "safety",
                "Do not use electroacupuncture; use manual needling and have a seizure plan.",
            ),
        )
    if case.patient.pregnant:  # §3, §2: EA avoided in pregnancy
        yield block(
            "ea.pregnancy",
            ea,
            QT_TRANSLATE_NOOP("safety", "Electroacupuncture is avoided in pregnancy."),
            QT_TRANSLATE_NOOP("safety", "Do not use electroacupuncture during pregnancy."),
        )
    if case.has(Condition.HEART_DISEASE):  # §3: serious cardiac disease / arrhythmia
        yield warn(
            "ea.heart_disease",
            ea,
            QT_TRANSLATE_NOOP(
                "safety", "Heart disease: electrical current must never cross the chest."
            ),
            QT_TRANSLATE_NOOP(
                "safety",
                "Pair electrodes on the same side and segment, away from the chest; use "
                "low intensity and watch the patient.",
            ),
        )
    if case.has(Condition.REDUCED_SENSATION):  # §3: patient must be able to report
        yield warn(
            "ea.reduced_sensation",
            ea,
            QT_TRANSLATE_NOOP(
                "safety",
                "With reduced sensation the patient may not feel when the current is too strong.",
            ),
            QT_TRANSLATE_NOOP(
                "safety",
                "Avoid numb areas, keep intensity low and check the skin and the patient often.",
            ),
        )

    if case.has(Condition.METAL_HARDWARE):  # §3: metal implants in the current path
        yield warn(
            "ea.metal_hardware",
            ea,
            QT_TRANSLATE_NOOP(
                "safety",
                "Metal implants (plates, screws, rods, joint replacements): current "
                "passing near metal concentrates in it and can heat or irritate the "
                "tissue around it.",
            ),
            QT_TRANSLATE_NOOP(
                "safety",
                "Keep both needles of every pair away from the implant and never pass "
                "current across it; needle by hand near it.",
            ),
        )


def _upper_body(point: Acupoint, lead: Lead) -> bool:
    # An Ashi point on a limb may be on the arm: the cautious reading.
    arm = lead.code == ASHI and lead.ashi_region == AshiRegion.LIMB
    return arm or point.region in _UPPER_BODY or point.has(SafetyFlag.THORAX)


def _opposite_sides(a: Lead, b: Lead) -> bool:
    if PointSide.MIDLINE in (a.side, b.side):
        return False
    if a.side not in _SIDES or b.side not in _SIDES:
        return True  # a side not known: may be the other side
    return a.side != b.side


def _pairs(case: Case) -> Iterator[Finding]:
    if not case.uses(Technique.ELECTROACUPUNCTURE):
        return
    for a, b in case.plan.ea_pairs:
        point_a, point_b = case.point_at(a), case.point_at(b)
        crossing = _opposite_sides(a, b) and (_upper_body(point_a, a) or _upper_body(point_b, b))
        if crossing:  # §3: "no left-to-right thoracic pairs"; never across the heart
            yield block(
                "ea.across_chest",
                f"{a.label}/{b.label}",
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "safety",
                        "The current between {label} and {label2} would cross the chest (one "
                        "lead on the left, one on the right, on the upper body), through the "
                        "heart.",
                    ),
                    label=a.label,
                    label2=b.label,
                ),
                QT_TRANSLATE_NOOP(
                    "safety",
                    "Do not connect these two needles; pair points on the same side and "
                    "segment, away from the chest.",
                ),
            )
        for point in (point_a, point_b):
            yield from _lead_point(point)


def _lead_point(point: Acupoint) -> Iterator[Finding]:
    name = f"{point.code} ({point.english})"
    if point.has(SafetyFlag.THORAX):  # §3: T-flag needles the twitch could drive deeper
        yield warn(
            "ea.thorax_point",
            point.code,
            Phrase(
                QT_TRANSLATE_NOOP(
                    "safety",
                    "{name} lies over the lung: the muscle twitch of electroacupuncture and "
                    "the pull of the lead can drive the needle deeper (pneumothorax).",
                ),
                name=name,
            ),
            QT_TRANSLATE_NOOP(
                "safety",
                "Prefer another point for the lead; if used, keep the needle shallow and "
                "oblique, tape the lead so it does not pull, and keep the intensity low.",
            ),
        )
    if point.code in _VERTEBRAL_ARTERY:  # §1 V, S; §3
        yield warn(
            "ea.vertebral_artery",
            point.code,
            Phrase(
                QT_TRANSLATE_NOOP(
                    "safety",
                    "{name} lies over the vertebral artery, close to the medulla: current "
                    "and twitch act near both.",
                ),
                name=name,
            ),
            QT_TRANSLATE_NOOP(
                "safety",
                "Prefer another point for the lead; if used, keep the needle shallow and "
                "angled away from the centre of the skull, at low intensity.",
            ),
        )
    elif point.has(SafetyFlag.SPINAL):  # §1 S, §3: pairs across the cord avoided
        yield warn(
            "ea.spinal_point",
            point.code,
            Phrase(
                QT_TRANSLATE_NOOP(
                    "safety",
                    "{name} lies over the spinal canal: the current acts close to the spinal cord.",
                ),
                name=name,
            ),
            QT_TRANSLATE_NOOP(
                "safety",
                "Prefer a paraspinal point for the lead; if used, keep the needle "
                "shallow and the intensity low.",
            ),
        )
    if point.has(SafetyFlag.NERVE):  # §1 N: withdraw on an electric-shock sensation
        yield warn(
            "ea.nerve_point",
            point.code,
            Phrase(
                QT_TRANSLATE_NOOP(
                    "safety",
                    "{name} lies over a major nerve: current there can be sharp and the "
                    "twitch can push the needle onto the nerve.",
                ),
                name=name,
            ),
            QT_TRANSLATE_NOOP(
                "safety",
                "Start at the lowest intensity and raise it slowly; stop and withdraw a "
                "little on an electric-shock sensation along the limb.",
            ),
        )


RULES: tuple[Rule, ...] = (_electroacupuncture, _pairs)
