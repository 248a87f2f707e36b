"""Demo intakes: the complaint, pain, history, medication, red-flag screen and scores."""

from __future__ import annotations

import datetime as dt

from planner.demo.clinical import (
    CAUSES,
    CAUSES_BY_DURATION,
    CONDITIONS,
    NO_MARKS,
    PRIOR_TREATMENTS,
    REGION_NAMES,
    SCREENING_FLAGS,
)
from planner.demo.dice import Dice, weighted
from planner.demo.plans import CoursePlan, PatientContext
from planner.demo.rows import Batch, Keys, Row, timestamp
from planner.demo.staff import Staff
from planner.demo.texts import (
    AGGRAVATING,
    COMPLAINTS,
    CONDITION_MEDICATIONS,
    GOAL_ACTIVITIES,
    GOALS,
    MEDICATIONS,
    ONSET_TEXT,
    OTHER_ALLERGIES,
    OTHER_CAUSES,
    PATTERNS,
    PRIOR_OUTCOMES,
    PULSES,
    RELIEVING,
    SLEEP_IMPACT,
    TONGUES,
    WORK_IMPACT,
)
from planner.domain.clinical import duration_class
from planner.domain.outcomes import peg_score
from planner.domain.vocab import (
    AcupunctureStyle,
    Cause,
    Condition,
    DurationClass,
    OutcomeMeasure,
    RedFlag,
)
from planner.storage.models import (
    Allergy,
    HistoryCondition,
    Intake,
    Medication,
    OutcomeScore,
    PriorTreatmentRecord,
    RedFlagAnswer,
)


class IntakeMaker:
    """Builds an intake row and the rows that hang off it."""

    def __init__(self, dice: Dice, keys: Keys, staff: Staff) -> None:
        self.dice = dice
        self.keys = keys
        self.staff = staff
        self._causes = {duration: weighted(pairs) for duration, pairs in CAUSES_BY_DURATION.items()}

    def intake(
        self, batch: Batch, context: PatientContext, plan: CoursePlan, previous: int | None
    ) -> Row:
        dice = self.dice
        intake_id = self.keys.next(Intake)
        onset, duration = self._onset(plan.intake_date)
        if intake_id <= len(CAUSES):  # every cause appears in every demo
            cause = CAUSES[intake_id - 1]
        else:
            cause = dice.weighted(*self._causes[duration])
        worst = dice.between(5, 10)
        now = dice.between(max(2, worst - 4), worst)
        average = dice.between(max(1, now - 2), now)
        peg = dice.random() < 0.4
        stamp = timestamp(plan.intake_date, 120 + dice.below(480))
        tcm = context.style is AcupunctureStyle.TCM
        flag = plan.red_flag
        row: Row = {
            "id": intake_id,
            "patient_id": context.patient_id,
            "previous_intake_id": previous,
            "intake_date": plan.intake_date,
            "complaint": self._complaint(context),
            "pain_regions": REGION_NAMES[context.regions],
            "sciatica_side": context.sciatica_side,
            "body_marks": NO_MARKS,
            "onset_date": onset,
            "onset_description": ONSET_TEXT[cause],
            "duration_class": str(duration),
            "cause": str(cause),
            "cause_other": dice.pick(OTHER_CAUSES) if cause is Cause.OTHER else "",
            "aggravating": ", ".join(dice.sample(AGGRAVATING, 2)),
            "relieving": dice.pick(RELIEVING),
            "sleep_impact": dice.pick(SLEEP_IMPACT),
            "work_impact": dice.pick(WORK_IMPACT),
            "nrs_now": now,
            "nrs_worst": worst,
            "nrs_average": average,
            "peg_pain": average if peg else None,
            "peg_enjoyment": dice.between(0, 10) if peg else None,
            "peg_activity": dice.between(0, 10) if peg else None,
            "goals_in_own_words": dice.pick(GOALS),
            "goal_target_pain": max(1, now - 3),
            "goal_activities": ", ".join(dice.sample(GOAL_ACTIVITIES, 2)),
            "pregnant": False if context.may_be_pregnant(plan.intake_date) else None,
            "gestation_weeks": None,
            "other_conditions": "",
            "answer_notes": {},
            "acupuncture_style": str(context.style),
            "tongue": dice.pick(TONGUES) if tcm else "",
            "pulse": dice.pick(PULSES) if tcm else "",
            "pattern": dice.pick(PATTERNS) if tcm else "",
            "red_flag_advice": f"Referred before treatment: {flag[1]}." if flag else "",
            "practitioner_id": self.staff.practitioner,
            "version": 1,
            "updated_by_id": self.staff.practitioner,
            "created_at": stamp,
            "updated_at": stamp,
        }
        batch.rows(Intake).append(row)
        self._history(batch, context, intake_id, flag[0] if flag else None)
        self._outcomes(batch, context, row)
        return row

    def _onset(self, intake_date: dt.date) -> tuple[dt.date, DurationClass]:
        """When the episode began (3 in 10 acute, 2 subacute, 5 chronic) and its class."""
        roll = self.dice.random()
        days = (
            self.dice.between(2, 41)
            if roll < 0.3
            else self.dice.between(42, 83)
            if roll < 0.5
            else self.dice.between(84, 3650)
        )
        onset = intake_date - dt.timedelta(days=days)
        return onset, duration_class(onset, intake_date)

    def _complaint(self, context: PatientContext) -> str:
        parts = [
            COMPLAINTS[region].format(side=context.sciatica_side or "left")
            for region in context.regions
        ]
        text = " with ".join(parts)
        return text[0].upper() + text[1:] + "."

    def _history(
        self, batch: Batch, context: PatientContext, intake_id: int, flag: RedFlag | None
    ) -> None:
        dice = self.dice
        notes = {condition: note for condition, _, note in CONDITIONS}
        medications = dice.sample(MEDICATIONS, dice.pick((0, 0, 1, 1, 2, 3)))
        for condition in context.conditions:
            batch.rows(HistoryCondition).append(
                {
                    "id": self.keys.next(HistoryCondition),
                    "intake_id": intake_id,
                    "condition": str(condition),
                    "present": True,
                    "note": notes[condition],
                }
            )
            if condition in CONDITION_MEDICATIONS:
                medications.append(CONDITION_MEDICATIONS[condition])
        for medication in medications:
            batch.rows(Medication).append(
                {"id": self.keys.next(Medication), "intake_id": intake_id, "text": medication}
            )
        self._allergies(batch, context, intake_id)
        self._red_flags(batch, intake_id, flag)
        for kind in dice.sample(PRIOR_TREATMENTS, dice.pick((0, 1, 1, 2))):
            batch.rows(PriorTreatmentRecord).append(
                {
                    "id": self.keys.next(PriorTreatmentRecord),
                    "intake_id": intake_id,
                    "kind": str(kind),
                    "outcome": dice.pick(PRIOR_OUTCOMES),
                }
            )

    def _allergies(self, batch: Batch, context: PatientContext, intake_id: int) -> None:
        rows = batch.rows(Allergy)
        if Condition.METAL_ALLERGY in context.conditions:
            rows.append(
                {
                    "id": self.keys.next(Allergy),
                    "intake_id": intake_id,
                    "text": "Nickel",
                    "is_metal": True,
                }
            )
        if self.dice.random() < 0.05:
            allergy = self.dice.pick(OTHER_ALLERGIES)
            rows.append(
                {
                    "id": self.keys.next(Allergy),
                    "intake_id": intake_id,
                    "text": allergy,
                    "is_metal": False,
                }
            )

    def _red_flags(self, batch: Batch, intake_id: int, flag: RedFlag | None) -> None:
        """The cauda equina screen on every intake, plus the positive flag if any."""
        rows = batch.rows(RedFlagAnswer)
        asked = (
            [*SCREENING_FLAGS, flag] if flag and flag not in SCREENING_FLAGS else SCREENING_FLAGS
        )
        for item in asked:
            rows.append(
                {
                    "id": self.keys.next(RedFlagAnswer),
                    "intake_id": intake_id,
                    "flag": str(item),
                    "answer": item is flag,
                }
            )

    def _outcomes(self, batch: Batch, context: PatientContext, intake: Row) -> None:
        """The intake's pain as outcome scores: NRS now, and PEG when it was asked."""
        rows = batch.rows(OutcomeScore)
        day, stamp = intake["intake_date"], intake["created_at"]
        scores = [(OutcomeMeasure.NRS_NOW, float(intake["nrs_now"]))]
        if intake["peg_pain"] is not None:
            items = (intake["peg_pain"], intake["peg_enjoyment"], intake["peg_activity"])
            scores.append((OutcomeMeasure.PEG, peg_score(*items)))
        for measure, value in scores:
            rows.append(
                {
                    "id": self.keys.next(OutcomeScore),
                    "patient_id": context.patient_id,
                    "intake_id": intake["id"],
                    "session_id": None,
                    "course_id": None,
                    "measure": str(measure),
                    "value": value,
                    "recorded_on": day,
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
