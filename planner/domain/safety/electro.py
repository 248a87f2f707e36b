"""Electroacupuncture rules (reference §3)."""

from __future__ import annotations

from collections.abc import Iterator

from planner.domain.safety.base import Case, Finding, Rule, block, warn
from planner.domain.vocab import Condition, Technique

# --- Electroacupuncture: reference §3 ----------------------------------------------------


def _electroacupuncture(case: Case) -> Iterator[Finding]:
    if not case.uses(Technique.ELECTROACUPUNCTURE):
        return
    ea = Technique.ELECTROACUPUNCTURE.value
    if case.has(Condition.IMPLANTED_DEVICE):  # §3: absolute per device manuals
        yield block(
            "ea.implanted_device",
            ea,
            "Electrical stimulation can interfere with a pacemaker, defibrillator or other "
            "implanted electrical device.",
            "Do not use electroacupuncture; manual needling only.",
        )
    if case.has(Condition.EPILEPSY):  # §3: uncontrolled epilepsy absolute; cautious for all
        yield block(
            "ea.epilepsy",
            ea,
            "Electroacupuncture is not used for people with epilepsy.",
            "Do not use electroacupuncture; use manual needling and have a seizure plan.",
        )
    if case.patient.pregnant:  # §3, §2: EA avoided in pregnancy
        yield block(
            "ea.pregnancy",
            ea,
            "Electroacupuncture is avoided in pregnancy.",
            "Do not use electroacupuncture during pregnancy.",
        )
    if case.has(Condition.HEART_DISEASE):  # §3: serious cardiac disease / arrhythmia
        yield warn(
            "ea.heart_disease",
            ea,
            "Heart disease: electrical current must never cross the chest.",
            "Pair electrodes on the same side and segment, away from the chest; "
            "use low intensity and watch the patient.",
        )
    if case.has(Condition.REDUCED_SENSATION):  # §3: patient must be able to report
        yield warn(
            "ea.reduced_sensation",
            ea,
            "With reduced sensation the patient may not feel when the current is too strong.",
            "Avoid numb areas, keep intensity low and check the skin and the patient often.",
        )


RULES: tuple[Rule, ...] = (_electroacupuncture,)
