"""Rules for conditions and medicines in the history (reference §4, §5).

Medicines are read from the medication lines (:mod:`planner.domain.medications`, WHO ATC
classes) as well as from the ticked conditions: an immunosuppressant counts as a weakened
immune system, a diabetes medicine as diabetes, and so on, because patients often list the
drug and not the illness.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from planner.domain.catalog import PointRegion, SafetyFlag
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.medications import blood_thinners_in, risk_medicines_in
from planner.domain.medicine_list import MedicineClass, RiskMedicine
from planner.domain.safety.base import PATIENT, Case, Finding, Rule, block, warn
from planner.domain.safety.facts import PatientFacts
from planner.domain.text import Phrase
from planner.domain.vocab import Condition, Technique

# Gabapentin and pregabalin (ATC N03AX12, N03AX16) are mostly prescribed for nerve pain
# such as sciatica (NICE CG173 neuropathic pain), so on their own they do not suggest
# epilepsy.
NERVE_PAIN_ANTIEPILEPTICS = frozenset({"gabapentin", "pregabalin"})


@lru_cache(maxsize=256)  # one screening runs several rules on the same lines
def _risk_medicines(lines: tuple[str, ...]) -> tuple[RiskMedicine, ...]:
    return tuple(risk_medicines_in(lines))


def _medicines(case: Case, medicine_class: MedicineClass) -> tuple[str, ...]:
    """The generic names of the patient's current medicines of this class, in order."""
    return tuple(
        m.generic
        for m in _risk_medicines(case.patient.medications)
        if m.medicine_class is medicine_class
    )


# --- Bleeding risk: reference §5 (needling), §4 (cupping) ----------------------------------


def _severe_bleeding_disorder(case: Case) -> Iterator[Finding]:
    # §5: severe bleeding disorder (haemophilia) or very low platelets - absolute or strong
    # (WHO 1999 Guidelines on Basic Training and Safety, Section II 2, lists bleeding
    # disorders); §4: bleeding disorders and thrombocytopenia for all cupping.
    if not case.has(Condition.BLEEDING_DISORDER):
        return
    if case.needling is not None:
        yield block(
            "bleeding.severe_disorder_needling",
            case.needling.value,
            QT_TRANSLATE_NOOP(
                "safety",
                "A severe bleeding disorder or low platelets: needling can cause "
                "bleeding into deep tissue.",
            ),
            QT_TRANSLATE_NOOP(
                "safety",
                "Do not needle without specialist advice first (haematologist or the "
                "treating doctor); record that advice as the reason if you go ahead.",
            ),
        )
    if case.uses(Technique.CUPPING):
        yield block(
            "bleeding.severe_disorder_cupping",
            Technique.CUPPING.value,
            QT_TRANSLATE_NOOP(
                "safety",
                "A severe bleeding disorder or low platelets: cups cause bruising and "
                "bleeding under the skin.",
            ),
            QT_TRANSLATE_NOOP(
                "safety", "Do not use cupping without specialist advice first; never wet cupping."
            ),
        )


def _bleeding(case: Case) -> Iterator[Finding]:
    causes = _bleeding_causes(case.patient)
    needling = case.needling
    if causes:
        cause = " and ".join(causes)
        if needling is not None:
            yield warn(
                "bleeding.needling",
                needling.value,
                Phrase(QT_TRANSLATE_NOOP("safety", "Bleeding risk ({cause})."), cause=cause),
                QT_TRANSLATE_NOOP(
                    "safety",
                    "Use fewer, finer needles; avoid deep needling and points over large "
                    "vessels; press each site after removal.",
                ),
            )
        if case.uses(Technique.CUPPING) and not case.has(Condition.BLEEDING_DISORDER):
            if case.wet_cupping:
                yield block(
                    "bleeding.wet_cupping",
                    Technique.CUPPING.value,
                    Phrase(
                        QT_TRANSLATE_NOOP(
                            "safety",
                            "Wet cupping draws blood and is not used with a bleeding risk "
                            "({cause}).",
                        ),
                        cause=cause,
                    ),
                    QT_TRANSLATE_NOOP("safety", "Do not use wet cupping."),
                )
            else:
                yield warn(
                    "bleeding.dry_cupping",
                    Technique.CUPPING.value,
                    Phrase(
                        QT_TRANSLATE_NOOP(
                            "safety", "Cupping can bruise more with a bleeding risk ({cause})."
                        ),
                        cause=cause,
                    ),
                    QT_TRANSLATE_NOOP(
                        "safety",
                        "Use light suction for a short time, never wet cupping; check the skin.",
                    ),
                )
    if not causes and not case.has(Condition.BLEEDING_DISORDER):
        return
    for point in case.points:
        if point.has(SafetyFlag.VESSEL) or point.has(SafetyFlag.BLOODLETTING):
            yield warn(
                "bleeding.vessel_point",
                point.code,
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "safety", "{code} ({english}) lies over a large blood vessel."
                    ),
                    code=point.code,
                    english=point.english,
                ),
                QT_TRANSLATE_NOOP(
                    "safety",
                    "Choose another point or needle very shallow, and press after removal.",
                ),
            )


def _bleeding_causes(patient: PatientFacts) -> tuple[str, ...]:
    """The milder bleeding risks (§5 relative): blood thinners and easy bruising. A severe
    bleeding disorder is screened on its own (:func:`_severe_bleeding_disorder`)."""
    causes: list[str] = []
    drugs = blood_thinners_in(patient.medications)
    if drugs:
        causes.append(", ".join(drug.generic for drug in drugs))
    elif Condition.ANTICOAGULANT_THERAPY in patient.conditions:
        causes.append(QT_TRANSLATE_NOOP("safety", "blood-thinning medicine"))
    if Condition.BRUISES_EASILY in patient.conditions:
        causes.append(QT_TRANSLATE_NOOP("safety", "bruises easily"))
    return tuple(causes)


# --- Other conditions: reference §4, §5 ----------------------------------------------------


def _immunocompromise(case: Case) -> Iterator[Finding]:
    # §5 immunocompromise (transplant, biologics, chemotherapy): relative. An
    # immunosuppressant in the medication list (ATC L04A) counts the same.
    drugs = _medicines(case, MedicineClass.IMMUNOSUPPRESSANT)
    if not drugs and not case.has(Condition.IMMUNOCOMPROMISED):
        return
    cause = f" ({', '.join(drugs)})" if drugs else ""
    if case.needling is not None:  # §5: relative
        yield warn(
            "immunocompromised.needling",
            case.needling.value,
            Phrase(
                QT_TRANSLATE_NOOP(
                    "safety",
                    "A weakened immune system{cause} raises the risk of infection at needle sites.",
                ),
                cause=cause,
            ),
            QT_TRANSLATE_NOOP(
                "safety", "Use strict clean technique; no press or indwelling needles."
            ),
        )
    if case.wet_cupping:  # §4: wet cupping broken skin
        yield block(
            "immunocompromised.wet_cupping",
            Technique.CUPPING.value,
            Phrase(
                QT_TRANSLATE_NOOP(
                    "safety",
                    "Wet cupping breaks the skin and is not used with a weakened immune "
                    "system{cause}.",
                ),
                cause=cause,
            ),
            QT_TRANSLATE_NOOP("safety", "Do not use wet cupping; dry cupping only, if at all."),
        )


def _corticosteroids(case: Case) -> Iterator[Finding]:
    # §5 "high-dose steroids" (infection), §4 fragile skin with long-term corticosteroids
    # (cupping bruises and tears it), §6 fracture after minor strain with long-term
    # corticosteroids. Creams, inhalers and drops are left out by the medication reader;
    # whether tablets are long-term cannot be read, so any systemic steroid is asked about.
    drugs = _medicines(case, MedicineClass.CORTICOSTEROID)
    if not drugs:
        return
    cause = ", ".join(drugs)
    if case.needling is not None:
        yield warn(
            "corticosteroid.needling",
            case.needling.value,
            Phrase(
                QT_TRANSLATE_NOOP(
                    "safety",
                    "Steroid medicine ({cause}): taken for months it thins skin and bone and "
                    "raises the risk of infection.",
                ),
                cause=cause,
            ),
            QT_TRANSLATE_NOOP(
                "safety",
                "Ask how long and at what dose; use strict clean technique and gentle "
                "stimulation; after even a minor strain think of a fracture and refer.",
            ),
        )
    if case.uses(Technique.CUPPING):
        yield warn(
            "corticosteroid.cupping",
            Technique.CUPPING.value,
            Phrase(
                QT_TRANSLATE_NOOP(
                    "safety",
                    "Steroid medicine ({cause}): long-term use leaves thin skin that bruises "
                    "and tears under cups.",
                ),
                cause=cause,
            ),
            QT_TRANSLATE_NOOP(
                "safety",
                "Use light suction for a short time, no sliding or wet cupping; check the skin.",
            ),
        )


def _has_diabetes(case: Case) -> str:
    """Why the patient counts as diabetic ("" when not): the condition, or a diabetes
    medicine (ATC A10) in the medication list."""
    if case.has(Condition.DIABETES):
        return Phrase(QT_TRANSLATE_NOOP("safety", "diabetes"))
    drugs = _medicines(case, MedicineClass.DIABETES)
    said = QT_TRANSLATE_NOOP("safety", "diabetes medicine: {medicines}")
    return Phrase(said, medicines=", ".join(drugs)) if drugs else ""


def _moxa_burns(case: Case) -> Iterator[Finding]:
    # §4: reduced sensation (e.g. diabetic neuropathy) means heat is not felt -> burns.
    if not case.uses(Technique.MOXIBUSTION):
        return
    diabetes = _has_diabetes(case)
    if diabetes or case.has(Condition.REDUCED_SENSATION):
        why = diabetes or Phrase(QT_TRANSLATE_NOOP("safety", "reduced sensation"))
        yield warn(
            "moxibustion.burn_risk",
            Technique.MOXIBUSTION.value,
            Phrase(
                QT_TRANSLATE_NOOP(
                    "safety",
                    "The patient may not feel heat properly ({why}), so moxibustion can burn.",
                ),
                why=why,
            ),
            QT_TRANSLATE_NOOP(
                "safety", "Use indirect moxa only, keep it further away, and check the skin often."
            ),
        )


def _diabetes(case: Case) -> Iterator[Finding]:
    # §4: wet cupping (broken skin) with diabetes: infection and poor healing.
    diabetes = _has_diabetes(case)
    if case.wet_cupping and diabetes:
        yield warn(
            "diabetes.wet_cupping",
            Technique.CUPPING.value,
            Phrase(
                QT_TRANSLATE_NOOP(
                    "safety",
                    "With diabetes ({diabetes}) the small cuts of wet cupping heal slowly "
                    "and can become infected.",
                ),
                diabetes=diabetes,
            ),
            QT_TRANSLATE_NOOP(
                "safety",
                "Prefer dry cupping; if wet cupping is used, keep strict clean technique "
                "and check the skin at the next visit.",
            ),
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
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "safety",
                        "{code} ({english}) is on the foot, and the patient has reduced "
                        "sensation (neuropathy).",
                    ),
                    code=point.code,
                    english=point.english,
                ),
                QT_TRANSLATE_NOOP(
                    "safety",
                    "Prefer points elsewhere; if the foot is needled, use strict clean "
                    "technique and check the skin of the feet afterwards.",
                ),
            )


def _antiepileptic(case: Case) -> Iterator[Finding]:
    # §3: epilepsy is a caution for electroacupuncture (uncontrolled: absolute). When
    # epilepsy is ticked, ea.epilepsy already blocks; an antiepileptic (ATC N03A) in the
    # medication list without it may be for epilepsy, migraine, mood or pain: ask.
    if not case.uses(Technique.ELECTROACUPUNCTURE) or case.has(Condition.EPILEPSY):
        return
    drugs = [
        d
        for d in _medicines(case, MedicineClass.ANTIEPILEPTIC)
        if d not in NERVE_PAIN_ANTIEPILEPTICS
    ]
    if drugs:
        yield warn(
            "ea.antiepileptic",
            Technique.ELECTROACUPUNCTURE.value,
            Phrase(
                QT_TRANSLATE_NOOP(
                    "safety",
                    "An antiepileptic medicine ({medicines}) is listed: is it for epilepsy?",
                ),
                medicines=", ".join(drugs),
            ),
            QT_TRANSLATE_NOOP(
                "safety",
                "Ask what it is for. If for epilepsy, do not use electroacupuncture "
                "(tick epilepsy in the history); otherwise use low intensity and watch "
                "the patient.",
            ),
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
            QT_TRANSLATE_NOOP(
                "safety", "Needles are not put through broken, infected or inflamed skin."
            ),
            QT_TRANSLATE_NOOP(
                "safety", "Do not needle the affected skin; choose points away from it."
            ),
        )
    if case.uses(Technique.MOXIBUSTION):
        yield warn(
            "moxibustion.skin_lesion",
            Technique.MOXIBUSTION.value,
            QT_TRANSLATE_NOOP(
                "safety", "Moxibustion is not used over broken, infected or inflamed skin."
            ),
            QT_TRANSLATE_NOOP("safety", "Keep moxa away from the affected skin."),
        )
    if case.uses(Technique.CUPPING):
        yield warn(
            "cupping.skin_lesion",
            Technique.CUPPING.value,
            QT_TRANSLATE_NOOP(
                "safety", "Cupping is not used over broken, infected or inflamed skin."
            ),
            QT_TRANSLATE_NOOP("safety", "Keep cups away from the affected skin."),
        )


def _fainting(case: Case) -> Iterator[Finding]:
    if case.needling is None:
        return
    if case.has(Condition.NEEDLE_PHOBIA) or case.has(Condition.VASOVAGAL_HISTORY):  # §5
        yield warn(
            "needling.fainting_risk",
            PATIENT,
            QT_TRANSLATE_NOOP(
                "safety",
                "Needle fear or a history of fainting makes a faint during needling more likely.",
            ),
            QT_TRANSLATE_NOOP(
                "safety",
                "Treat lying down with few needles and gentle stimulation; stay with the patient.",
            ),
        )


def _other_needling_cautions(case: Case) -> Iterator[Finding]:
    needling = case.needling
    if needling is None:
        return
    if case.has(Condition.METAL_ALLERGY):  # §5: relative [U]
        yield warn(
            "needling.metal_allergy",
            needling.value,
            QT_TRANSLATE_NOOP(
                "safety", "Metal (nickel) allergy: some needles may irritate the skin."
            ),
            QT_TRANSLATE_NOOP("safety", "Consider needles of another material and watch the skin."),
        )
    if case.has(Condition.LYMPHOEDEMA):  # §5: relative
        yield warn(
            "needling.lymphoedema",
            needling.value,
            QT_TRANSLATE_NOOP("safety", "Needling a limb with lymphoedema can lead to infection."),
            QT_TRANSLATE_NOOP("safety", "Do not needle the affected limb."),
        )


RULES: tuple[Rule, ...] = (
    _severe_bleeding_disorder,
    _bleeding,
    _immunocompromise,
    _corticosteroids,
    _moxa_burns,
    _diabetes,
    _antiepileptic,
    _skin_lesion,
    _fainting,
    _other_needling_cautions,
)
