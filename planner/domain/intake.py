"""A back-pain intake as the practitioner takes it, and its checks.

The form is kept as typed (:class:`IntakeDraft`); :func:`validate_intake` returns the
version to store or names every field at fault. What follows from a stored intake (the
facts the safety engine reads, the badges the overview shows) is
:mod:`planner.domain.intake_facts`.

An answer the medication list contradicts (:func:`contradictions`: "Do you take blood
thinners? No" beside "Eliquis 5 mg twice daily") stops the save until the practitioner
changes the answer or confirms it with a note (``answer_notes``). Whether to ask about
pregnancy at all follows :func:`pregnancy_question_applies`.

Red flags (issue 17): a question left open is *unanswered*, not "no"
(:func:`planner.domain.intake_facts.unanswered_red_flags`, which the safety engine blocks
on); sciatica recorded in both legs must not contradict the bilateral-sciatica answer; a
doctor's clearance of a flag answered yes (``red_flag_clearances``) is recorded once and
then the flag warns instead of stopping treatment; under 18 the parent's or guardian's
consent is recorded (``guardian_consent``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from planner.domain.catalog import View
from planner.domain.clinical import age_on, duration_class
from planner.domain.errors import PlannerError
from planner.domain.i18n import QT_TRANSLATE_NOOP, translate
from planner.domain.intake_questions import CONDITION_QUESTIONS as CONDITION_QUESTIONS
from planner.domain.medications import blood_thinners_in
from planner.domain.medicine_list import BloodThinnerKind
from planner.domain.red_flags import (
    DERIVED,
    Clearance,
)
from planner.domain.validation import Problems, clean_text
from planner.domain.vocab import (
    BodySide,
    Cause,
    Condition,
    DurationClass,
    PainRegion,
    PriorTreatment,
    RedFlag,
)

MARK_PAIN = "pain"
MARK_RADIATING = "radiating"
MAX_GESTATION_WEEKS = 45
ANSWER_NOTE_MIN = 10
PREGNANCY_AGES = range(10, 60)
"""Ages (in whole years) at which "Pregnant now?" is asked; see
:func:`pregnancy_question_applies`."""
_SHORT, _LONG = 200, 4000


@dataclass(frozen=True, slots=True)
class BodyMark:
    """A place marked on the body outline: where it hurts, or where pain spreads to."""

    view: View
    x: float
    y: float
    kind: str = MARK_PAIN


@dataclass(frozen=True, slots=True)
class TriedBefore:
    kind: PriorTreatment
    outcome: str = ""


@dataclass(frozen=True)
class IntakeDraft:
    intake_date: dt.date | None = None
    # Presenting complaint
    complaint: str = ""
    pain_regions: frozenset[PainRegion] = frozenset()
    sciatica_side: BodySide | None = None
    body_marks: tuple[BodyMark, ...] = ()
    onset_date: dt.date | None = None
    onset_description: str = ""
    cause: Cause | None = None
    cause_other: str = ""
    aggravating: str = ""
    relieving: str = ""
    sleep_impact: str = ""
    work_impact: str = ""
    # Pain
    nrs_now: int | None = None
    nrs_worst: int | None = None
    nrs_average: int | None = None
    peg_pain: int | None = None
    peg_enjoyment: int | None = None
    peg_activity: int | None = None
    # What has been tried, and goals
    tried: tuple[TriedBefore, ...] = ()
    goals_in_own_words: str = ""
    goal_target_pain: int | None = None
    goal_activities: str = ""
    # History and safety checklist: each question answered yes (True) or no (False)
    conditions: dict[Condition, bool] = field(default_factory=dict)
    medications: tuple[str, ...] = ()
    allergies: tuple[str, ...] = ()
    other_conditions: str = ""
    pregnant: bool | None = None
    gestation_weeks: int | None = None
    # Answers kept although the medication list contradicts them: the practitioner's note
    answer_notes: dict[Condition, str] = field(default_factory=dict)
    # Red-flag screen: a question not in the dict was not answered (not the same as no)
    red_flags: dict[RedFlag, bool] = field(default_factory=dict)
    red_flag_advice: str = ""
    # A doctor's clearance of a flag answered yes, recorded once (who, when, note)
    red_flag_clearances: dict[RedFlag, Clearance] = field(default_factory=dict)
    # Under 18: who gave the parent's or guardian's consent, and when ("" = not recorded)
    guardian_consent: str = ""
    # Style and optional TCM findings
    acupuncture_style: str = ""
    tongue: str = ""
    pulse: str = ""
    pattern: str = ""

    @property
    def duration(self) -> DurationClass | None:
        if self.onset_date is None or self.intake_date is None:
            return None
        return duration_class(self.onset_date, self.intake_date)

    @property
    def red_flags_present(self) -> frozenset[RedFlag]:
        return frozenset(flag for flag, yes in self.red_flags.items() if yes)

    @property
    def conditions_present(self) -> frozenset[Condition]:
        return frozenset(c for c, yes in self.conditions.items() if yes)


def condition_field(condition: Condition) -> str:
    """The field name problems with a history question are shown at."""
    return f"condition_{condition.value}"


def red_flag_field(flag: RedFlag) -> str:
    """The field name problems with a red-flag answer are shown at."""
    return f"red_flag_{flag.value}"


def clearance_field(flag: RedFlag) -> str:
    """The field name problems with a red flag's clearance are shown at."""
    return f"clearance_{flag.value}"


@dataclass(frozen=True, slots=True)
class Contradiction:
    """A history answer the medication list contradicts."""

    condition: Condition
    found: tuple[str, ...]  # what the list names (generic names)

    @property
    def field(self) -> str:
        return condition_field(self.condition)

    @property
    def message(self) -> str:
        names = ", ".join(self.found)
        return translate(
            "intake_rules",
            "Blood thinners: answered No, but the medication list names {names}. "
            "Change the answer to Yes, or keep No and say why in a note (at least "
            "{answer_note_min} characters).",
        ).format(names=names, answer_note_min=ANSWER_NOTE_MIN)


def contradictions(
    conditions: Mapping[Condition, bool], medications: Sequence[str]
) -> tuple[Contradiction, ...]:
    """Answers of No that the medication list contradicts, where the domain recognises it.

    Today that is the blood-thinner question (reference §4, §5: anticoagulants and
    antiplatelets alike); a question left unanswered is not contradicted (the safety
    engine counts the medicine anyway).
    """
    found: list[Contradiction] = []
    drugs = blood_thinners_in(medications)
    if drugs and conditions.get(Condition.ANTICOAGULANT_THERAPY) is False:
        kinds = {BloodThinnerKind.ANTICOAGULANT, BloodThinnerKind.ANTIPLATELET}
        names = tuple(d.generic for d in drugs if d.kind in kinds)
        found.append(Contradiction(Condition.ANTICOAGULANT_THERAPY, names))
    return tuple(found)


def pregnancy_question_applies(date_of_birth: dt.date | None, sex: str | None, on: dt.date) -> bool:
    """Whether "Pregnant now?" is asked of this patient, from the record as it stands.

    The conservative rule: it is asked unless the record rules pregnancy out — sex
    recorded as male, or a date of birth that gives an age on ``on`` outside
    :data:`PREGNANCY_AGES` (under 10, or 60 and over). Sex female, intersex, undisclosed
    or not recorded, and a missing (or future) date of birth: asked. The screen still
    shows an answer already stored, and offers the question on request.
    """
    if sex == "male":
        return False
    if date_of_birth is None or date_of_birth > on:
        return True
    return age_on(date_of_birth, on) in PREGNANCY_AGES


class IntakeInvalid(PlannerError):
    def __init__(self, problems: Problems) -> None:
        super().__init__(next(iter(problems.by_field.values())))
        self.problems = problems.by_field


_TEXTS = {
    "complaint": (QT_TRANSLATE_NOOP("intake_rules", "Presenting complaint"), _LONG),
    "onset_description": (QT_TRANSLATE_NOOP("intake_rules", "How it started"), _LONG),
    "cause_other": (QT_TRANSLATE_NOOP("intake_rules", "Other cause"), _SHORT),
    "aggravating": (QT_TRANSLATE_NOOP("intake_rules", "What makes it worse"), _LONG),
    "relieving": (QT_TRANSLATE_NOOP("intake_rules", "What makes it better"), _LONG),
    "sleep_impact": (QT_TRANSLATE_NOOP("intake_rules", "Effect on sleep"), _LONG),
    "work_impact": (QT_TRANSLATE_NOOP("intake_rules", "Effect on work"), _LONG),
    "goals_in_own_words": (
        QT_TRANSLATE_NOOP("intake_rules", "Goals in the patient's words"),
        _LONG,
    ),
    "goal_activities": (QT_TRANSLATE_NOOP("intake_rules", "Activities to return to"), _LONG),
    "other_conditions": (QT_TRANSLATE_NOOP("intake_rules", "Other conditions"), _LONG),
    "red_flag_advice": (QT_TRANSLATE_NOOP("intake_rules", "Advice given"), _LONG),
    "guardian_consent": (
        QT_TRANSLATE_NOOP("intake_rules", "Parent's or guardian's consent"),
        _SHORT,
    ),
    "acupuncture_style": (QT_TRANSLATE_NOOP("intake_rules", "Style of acupuncture"), 40),
    "tongue": (QT_TRANSLATE_NOOP("intake_rules", "Tongue"), _LONG),
    "pulse": (QT_TRANSLATE_NOOP("intake_rules", "Pulse"), _LONG),
    "pattern": (QT_TRANSLATE_NOOP("intake_rules", "Pattern"), _LONG),
}
_SCORES = {
    "nrs_now": QT_TRANSLATE_NOOP("intake_rules", "Pain now"),
    "nrs_worst": QT_TRANSLATE_NOOP("intake_rules", "Worst pain this week"),
    "nrs_average": QT_TRANSLATE_NOOP("intake_rules", "Average pain this week"),
    "peg_pain": QT_TRANSLATE_NOOP("intake_rules", "PEG: average pain"),
    "peg_enjoyment": QT_TRANSLATE_NOOP("intake_rules", "PEG: enjoyment of life"),
    "peg_activity": QT_TRANSLATE_NOOP("intake_rules", "PEG: general activity"),
    "goal_target_pain": QT_TRANSLATE_NOOP("intake_rules", "Target pain"),
}


def validate_intake(draft: IntakeDraft, today: dt.date) -> IntakeDraft:
    """The intake as it will be stored, or IntakeInvalid naming every field at fault."""
    problems = Problems()
    texts = {
        name: clean_text(problems, name, shown, getattr(draft, name), max_length=n, multiline=True)
        for name, shown, n in (
            (k, translate("intake_rules", v[0]), v[1]) for k, v in _TEXTS.items()
        )
    }
    _check_dates(problems, draft, today)
    for name, label in _SCORES.items():
        value = getattr(draft, name)
        if value is not None and not 0 <= value <= 10:
            said = translate("intake_rules", "{label}: a whole number from 0 to 10.")
            problems.add(name, said.format(label=translate("intake_rules", label)))
    peg = [draft.peg_pain, draft.peg_enjoyment, draft.peg_activity]
    if any(v is not None for v in peg) and any(v is None for v in peg):
        problems.add(
            "peg_pain", translate("intake_rules", "PEG: answer all three questions, or none.")
        )
    if PainRegion.SCIATICA in draft.pain_regions and draft.sciatica_side is None:
        problems.add(
            "sciatica_side", translate("intake_rules", "Sciatica: which leg — left, right or both?")
        )
    if (
        draft.cause == Cause.OTHER
        and not texts["cause_other"]
        and "cause_other" not in problems.by_field
    ):
        problems.add("cause_other", translate("intake_rules", "Other cause: say what it is."))
    _check_pregnancy(problems, draft)
    _check_both_legs(problems, draft)
    clearances = _check_clearances(problems, draft, today)
    notes = _check_contradictions(problems, draft)
    for mark in draft.body_marks:
        if not (0 <= mark.x <= 1 and 0 <= mark.y <= 1) or mark.kind not in (
            MARK_PAIN,
            MARK_RADIATING,
        ):
            problems.add(
                "body_marks",
                translate("intake_rules", "Body outline: a mark lies outside the drawing."),
            )
    lists = {
        "medications": _clean_lines(
            problems, "medications", translate("intake_rules", "Medications"), draft.medications
        ),
        "allergies": _clean_lines(
            problems, "allergies", translate("intake_rules", "Allergies"), draft.allergies
        ),
    }
    tried = tuple(
        TriedBefore(
            item.kind,
            clean_text(
                problems,
                "tried",
                translate("intake_rules", "How it went"),
                item.outcome,
                max_length=_SHORT,
            ),
        )
        for item in draft.tried
    )
    if problems:
        raise IntakeInvalid(problems)
    values: dict[str, Any] = {**texts, **lists, "red_flag_clearances": clearances}
    return replace(draft, **values, tried=tried, answer_notes=notes)


def _check_both_legs(problems: Problems, draft: IntakeDraft) -> None:
    """Sciatica recorded in both legs contradicts "symptoms down both legs?" answered No
    (BASS 2018: bilateral sciatica is a cauda equina sign). Left open, the flag is raised
    (:func:`planner.domain.intake_facts.patient_facts`)."""
    both = PainRegion.SCIATICA in draft.pain_regions and draft.sciatica_side == BodySide.BOTH
    if both and draft.red_flags.get(RedFlag.BILATERAL_SCIATICA) is False:
        problems.add(
            red_flag_field(RedFlag.BILATERAL_SCIATICA),
            translate(
                "intake_rules",
                "Both legs: sciatica is recorded in both legs, but this is answered No. "
                "Change the answer to Yes, or correct the side of the sciatica.",
            ),
        )


def _check_clearances(
    problems: Problems, draft: IntakeDraft, today: dt.date
) -> dict[RedFlag, Clearance]:
    """The clearances to keep; a problem at each one that is incomplete, in the future or
    for a flag not answered yes (young age and immunosuppression follow from other
    answers: they can be cleared whenever recorded)."""
    kept: dict[RedFlag, Clearance] = {}
    for flag in RedFlag:
        clearance = draft.red_flag_clearances.get(flag)
        if clearance is None:
            continue
        name = clearance_field(flag)
        by = clean_text(
            problems, name, translate("intake_rules", "Cleared by"), clearance.by, max_length=_SHORT
        )
        note = clean_text(
            problems,
            name,
            translate("intake_rules", "Clearance note"),
            clearance.note,
            max_length=_SHORT,
        )
        if name in problems.by_field:
            continue
        if flag not in DERIVED and draft.red_flags.get(flag) is not True:
            problems.add(
                name, translate("intake_rules", "Clearance: only for a red flag answered Yes.")
            )
        elif not by:
            problems.add(
                name,
                translate(
                    "intake_rules",
                    "Clearance: say who cleared the patient (for example Dr A. Jones).",
                ),
            )
        elif clearance.on > today:
            problems.add(
                name, translate("intake_rules", "Clearance date: cannot be in the future.")
            )
        else:
            kept[flag] = Clearance(by, clearance.on, note)
    return kept


def _check_contradictions(problems: Problems, draft: IntakeDraft) -> dict[Condition, str]:
    """The notes kept (only for answers still contradicted); a problem for each
    contradiction without a note long enough."""
    notes: dict[Condition, str] = {}
    for found in contradictions(draft.conditions, draft.medications):
        name = found.field
        note = clean_text(
            problems,
            name,
            translate("intake_rules", "Note"),
            draft.answer_notes.get(found.condition, ""),
            max_length=_SHORT,
        )
        if name in problems.by_field:
            continue
        if len(note) < ANSWER_NOTE_MIN:
            problems.add(name, found.message)
        else:
            notes[found.condition] = note
    return notes


def _check_dates(problems: Problems, draft: IntakeDraft, today: dt.date) -> None:
    if draft.intake_date is None:
        problems.add("intake_date", translate("intake_rules", "Intake date: required."))
    elif draft.intake_date > today:
        problems.add(
            "intake_date", translate("intake_rules", "Intake date: cannot be in the future.")
        )
    if draft.onset_date is not None:
        if draft.onset_date > today:
            problems.add("onset_date", translate("intake_rules", "Onset: cannot be in the future."))
        elif draft.intake_date is not None and draft.onset_date > draft.intake_date:
            problems.add(
                "onset_date", translate("intake_rules", "Onset: cannot be after the intake date.")
            )


def _check_pregnancy(problems: Problems, draft: IntakeDraft) -> None:
    weeks = draft.gestation_weeks
    if weeks is None:
        return
    if not draft.pregnant:
        problems.add(
            "gestation_weeks",
            translate("intake_rules", "Weeks pregnant: only when the patient is pregnant."),
        )
    elif not 0 <= weeks <= MAX_GESTATION_WEEKS:
        problems.add(
            "gestation_weeks",
            translate("intake_rules", "Weeks pregnant: from 0 to {max_gestation_weeks}.").format(
                max_gestation_weeks=MAX_GESTATION_WEEKS
            ),
        )


def _clean_lines(
    problems: Problems, name: str, label: str, lines: tuple[str, ...]
) -> tuple[str, ...]:
    kept = (clean_text(problems, name, label, line, max_length=_SHORT) for line in lines)
    return tuple(line for line in kept if line)
