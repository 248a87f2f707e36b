"""An intake row and its draft, both ways: :func:`draft_of_intake` reads the
:class:`~planner.domain.intake.IntakeDraft` a stored intake holds (the intake, course and
session services read it), :func:`apply_draft` writes a draft into the row and its history
rows, and :func:`changed_fields` names what a save changed (for the audit row).

Red-flag clearances (who, date, note) and the guardian's consent are stored in the
intake's JSON ``answer_notes`` column, beside the notes kept for contradicted answers
(keys :data:`CLEARANCES_KEY` and :data:`GUARDIAN_KEY`; an intake stored without them reads
as none recorded). Nothing here checks roles, audits or commits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import fields

from planner.domain.catalog import View
from planner.domain.intake import BodyMark, IntakeDraft, TriedBefore
from planner.domain.red_flags import Clearance
from planner.domain.vocab import BodySide, Cause, Condition, PainRegion, PriorTreatment, RedFlag
from planner.storage.models import (
    Allergy,
    HistoryCondition,
    Intake,
    Medication,
    PriorTreatmentRecord,
    RedFlagAnswer,
)

# Scalar fields stored as they are on the Intake row.
_PLAIN = (
    "intake_date", "complaint", "onset_date", "onset_description", "cause_other", "aggravating",
    "relieving", "sleep_impact", "work_impact", "nrs_now", "nrs_worst", "nrs_average", "peg_pain",
    "peg_enjoyment", "peg_activity", "goals_in_own_words", "goal_target_pain", "goal_activities",
    "other_conditions", "pregnant", "gestation_weeks", "red_flag_advice", "acupuncture_style",
    "tongue", "pulse", "pattern",
)  # fmt: skip
CLEARANCES_KEY = "red_flag_clearances"  # in answer_notes: {flag: {"by", "on", "note"}}
GUARDIAN_KEY = "guardian_consent"  # in answer_notes: who consented, and when (text)


def _clearances_of(stored: object) -> dict[RedFlag, Clearance]:
    """Clearances as stored; an entry that cannot be read is left out (none recorded)."""
    found: dict[RedFlag, Clearance] = {}
    if not isinstance(stored, dict):
        return found
    for key, entry in stored.items():
        if key not in set(RedFlag) or not isinstance(entry, dict):
            continue
        try:
            on = dt.date.fromisoformat(str(entry.get("on")))
        except ValueError:
            continue
        found[RedFlag(key)] = Clearance(str(entry.get("by", "")), on, str(entry.get("note", "")))
    return found


def draft_of_intake(intake: Intake) -> IntakeDraft:
    """The draft a stored intake holds (the course and session services read it too)."""
    values = {name: getattr(intake, name) for name in _PLAIN}
    notes = intake.answer_notes or {}
    return IntakeDraft(
        **values,
        pain_regions=frozenset(PainRegion(r) for r in intake.pain_regions),
        sciatica_side=BodySide(intake.sciatica_side) if intake.sciatica_side else None,
        body_marks=tuple(
            BodyMark(View(m["view"]), float(m["x"]), float(m["y"]), str(m["kind"]))
            for m in intake.body_marks
        ),
        cause=Cause(intake.cause) if intake.cause else None,
        tried=tuple(
            TriedBefore(PriorTreatment(t.kind), t.outcome) for t in intake.prior_treatments
        ),
        conditions={Condition(c.condition): c.present for c in intake.conditions},
        medications=tuple(m.text for m in intake.medications),
        allergies=tuple(a.text for a in intake.allergies),
        red_flags={RedFlag(r.flag): r.answer for r in intake.red_flags},
        answer_notes={
            Condition(key): str(note) for key, note in notes.items() if key in set(Condition)
        },
        red_flag_clearances=_clearances_of(notes.get(CLEARANCES_KEY)),
        guardian_consent=str(notes.get(GUARDIAN_KEY) or ""),
    )


def apply_draft(intake: Intake, draft: IntakeDraft) -> None:
    for name in _PLAIN:
        setattr(intake, name, getattr(draft, name))
    intake.pain_regions = sorted(r.value for r in draft.pain_regions)
    intake.sciatica_side = draft.sciatica_side.value if draft.sciatica_side else None
    intake.body_marks = [
        {"view": m.view.value, "x": m.x, "y": m.y, "kind": m.kind} for m in draft.body_marks
    ]
    intake.cause = draft.cause.value if draft.cause else None
    intake.duration_class = draft.duration.value if draft.duration else None
    intake.prior_treatments = [
        PriorTreatmentRecord(kind=t.kind.value, outcome=t.outcome) for t in draft.tried
    ]
    intake.conditions = [
        HistoryCondition(condition=c.value, present=yes)
        for c, yes in sorted(draft.conditions.items())
    ]
    intake.medications = [Medication(text=line) for line in draft.medications]
    metal = draft.conditions.get(Condition.METAL_ALLERGY, False)
    intake.allergies = [Allergy(text=line, is_metal=metal) for line in draft.allergies]
    intake.red_flags = [
        RedFlagAnswer(flag=f.value, answer=yes) for f, yes in sorted(draft.red_flags.items())
    ]
    notes: dict[str, object] = {c.value: note for c, note in sorted(draft.answer_notes.items())}
    if draft.red_flag_clearances:
        notes[CLEARANCES_KEY] = {
            flag.value: {"by": c.by, "on": c.on.isoformat(), "note": c.note}
            for flag, c in sorted(draft.red_flag_clearances.items())
        }
    if draft.guardian_consent:
        notes[GUARDIAN_KEY] = draft.guardian_consent
    intake.answer_notes = notes


def changed_fields(before: IntakeDraft, after: IntakeDraft) -> list[str]:
    return [
        f.name for f in fields(IntakeDraft) if getattr(before, f.name) != getattr(after, f.name)
    ]
