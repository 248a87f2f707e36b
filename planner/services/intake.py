"""Intakes (practitioners only): take, re-assess, read; consents; the safety summary.

A re-assessment is a new dated intake copied from the previous one; earlier intakes stay
readable. Saving is one transaction: the intake, its history rows and its audit row.

The safety summary carries, beside each red flag, any override recorded for a course not
closed yet (:class:`OverrideNote`: who, when, why), so a screen that shows "Refer before
treating" also shows that the patient is being treated under an override.

Red-flag clearances (who, date, note) and the guardian's consent are stored with the
intake in its JSON ``answer_notes`` column (see :mod:`planner.services.intake_codec`,
which maps an intake row to its draft and back), so no schema change was needed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain.access import Action
from planner.domain.clinical import age_on
from planner.domain.courses import CLOSED
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.i18n import translate
from planner.domain.intake import (
    IntakeDraft,
    pregnancy_question_applies,
    validate_intake,
)
from planner.domain.intake_facts import Badge, patient_facts, referral_flags, safety_badges
from planner.domain.outcomes import peg_score
from planner.domain.red_flags import RED_FLAGS, is_emergency
from planner.domain.safety import Severity
from planner.domain.vocab import (
    ConsentScope,
    OutcomeMeasure,
    RedFlag,
)
from planner.services.audit import AuditAction
from planner.services.conflicts import conflict_error
from planner.services.guard import GuardedService
from planner.services.intake_codec import apply_draft, changed_fields, draft_of_intake
from planner.storage.models import (
    Consent,
    Course,
    Intake,
    OutcomeScore,
    Patient,
    SafetyOverride,
    User,
)


@dataclass(frozen=True, slots=True)
class IntakeRecord:
    id: int
    patient_id: int
    version: int
    previous_intake_id: int | None
    draft: IntakeDraft


@dataclass(frozen=True, slots=True)
class OverrideNote:
    """A recorded override of a ``refer`` finding: a course goes ahead despite it."""

    rule: str  # "red_flag.<flag>"
    message: str  # what the finding says
    reason: str  # why, as written
    by: str  # who: full name, else user name
    at: dt.datetime  # when (UTC)
    course_id: int
    course_start: dt.date


@dataclass(frozen=True, slots=True)
class SafetySummary:
    badges: tuple[Badge, ...]
    refer: bool  # any red flag answered yes
    emergency: bool  # a cauda-equina sign: same day
    red_flags: tuple[str, ...]  # plain messages for each red flag answered yes
    intake_date: dt.date | None
    overrides: tuple[OverrideNote, ...] = ()  # of the red flags above, courses not closed
    unanswered: tuple[str, ...] = ()  # red-flag questions the intake left open (short names)
    cleared: tuple[str, ...] = ()  # red flags a doctor has cleared: "what — cleared by …"


@dataclass(frozen=True, slots=True)
class ConsentView:
    scope: ConsentScope
    given: bool
    consent_date: dt.date
    taken_by_id: int | None


class IntakeService(GuardedService):
    def new_draft(self, patient_id: int) -> tuple[IntakeDraft, int | None]:
        """A draft for today: a copy of the latest intake (re-assessment) or a blank one.

        Returns the draft and the id of the intake it was copied from.
        """
        latest = self.latest(patient_id)
        if latest is None:
            return IntakeDraft(intake_date=self._today()), None
        return replace(latest.draft, intake_date=self._today()), latest.id

    def save(
        self,
        patient_id: int,
        draft: IntakeDraft,
        *,
        intake_id: int | None = None,
        expected_version: int | None = None,
        previous_intake_id: int | None = None,
    ) -> IntakeRecord:
        """Create (no ``intake_id``) or update an intake; refused saves change nothing."""
        with self._action(
            Action.EDIT_INTAKE, patient_id=patient_id, object_type="intake"
        ) as checked:
            clean = validate_intake(draft, self._today())
            db_session = checked.db_session
            if db_session.get(Patient, patient_id) is None:
                raise PlannerError(
                    translate("intake_service", "There is no patient {patient_id}.").format(
                        patient_id=patient_id
                    )
                )
            if intake_id is None:
                intake = Intake(
                    patient_id=patient_id,
                    previous_intake_id=previous_intake_id,
                    practitioner_id=self._actor.user_id,
                )
                db_session.add(intake)
                changed = changed_fields(IntakeDraft(), clean)
                action = AuditAction.CREATE
            else:
                intake = self._load(db_session, patient_id, intake_id)
                if intake.version != expected_version:
                    raise conflict_error(db_session, intake, "intake")
                changed = changed_fields(draft_of_intake(intake), clean)
                action = AuditAction.UPDATE
            apply_draft(intake, clean)
            intake.updated_by_id = self._actor.user_id
            db_session.flush()
            self._record_scores(db_session, intake, clean)
            self._audit.record(
                db_session,
                self._actor,
                action,
                patient_id=patient_id,
                object_type="intake",
                object_id=intake.id,
                detail={"fields": changed},
            )
            db_session.flush()
            return IntakeRecord(
                intake.id, patient_id, intake.version, intake.previous_intake_id, clean
            )

    def latest(self, patient_id: int) -> IntakeRecord | None:
        with self._action(
            Action.VIEW_CLINICAL, patient_id=patient_id, object_type="intake"
        ) as checked:
            db_session = checked.db_session
            intake = db_session.scalars(
                select(Intake)
                .where(Intake.patient_id == patient_id)
                .order_by(Intake.intake_date.desc(), Intake.id.desc())
                .limit(1)
            ).first()
            if intake is None:
                return None
            self._opened(db_session, intake)
            return IntakeRecord(
                intake.id,
                patient_id,
                intake.version,
                intake.previous_intake_id,
                draft_of_intake(intake),
            )

    def history(self, patient_id: int) -> list[tuple[int, dt.date]]:
        """(intake id, date) of every intake, newest first."""
        with self._action(
            Action.VIEW_CLINICAL, write=False, patient_id=patient_id, object_type="intake"
        ) as checked:
            db_session = checked.db_session
            rows = db_session.execute(
                select(Intake.id, Intake.intake_date)
                .where(Intake.patient_id == patient_id)
                .order_by(Intake.intake_date.desc(), Intake.id.desc())
            )
            return [(row.id, row.intake_date) for row in rows]

    def get(self, patient_id: int, intake_id: int) -> IntakeRecord:
        with self._action(
            Action.VIEW_CLINICAL, patient_id=patient_id, object_type="intake"
        ) as checked:
            db_session = checked.db_session
            intake = self._load(db_session, patient_id, intake_id)
            self._opened(db_session, intake)
            return IntakeRecord(
                intake.id,
                patient_id,
                intake.version,
                intake.previous_intake_id,
                draft_of_intake(intake),
            )

    def safety(self, patient_id: int) -> SafetySummary:
        """Badges and red-flag banner from the latest intake (practitioners only)."""
        record = self.latest(patient_id)
        with self._db.read() as db_session:
            born = db_session.scalar(select(Patient.date_of_birth).where(Patient.id == patient_id))
        if record is None or born is None:
            return SafetySummary((), False, False, (), None)
        facts = patient_facts(record.draft, age_on(born, self._today()))
        flags = [flag for flag in RedFlag if flag in referral_flags(facts)]
        rules = {f"red_flag.{flag.value}" for flag in flags}
        cancer = facts.red_flags & {RedFlag.CANCER_HISTORY}  # with a sign: NICE NG234
        cleared = [
            (flag, clearance)
            for flag in RedFlag
            if flag in facts.red_flags and (clearance := facts.clearance(flag)) is not None
        ]
        return SafetySummary(
            badges=tuple(safety_badges(facts)),
            refer=bool(flags),
            emergency=is_emergency(set(flags) | cancer) if flags else False,
            red_flags=tuple(RED_FLAGS[f].message for f in flags),
            intake_date=record.draft.intake_date,
            overrides=tuple(n for n in self._override_notes(patient_id) if n.rule in rules),
            unanswered=tuple(
                RED_FLAGS[f].short for f in RedFlag if f in facts.red_flags_unanswered
            ),
            cleared=tuple(f"{RED_FLAGS[f].short} — {c.describe()}" for f, c in cleared),
        )

    def patient_age(self, patient_id: int) -> int | None:
        """The patient's age today in whole years (None when the patient cannot be read):
        the intake shows the guardian's consent under 18 and the young-age flag under 20."""
        with self._action(
            Action.VIEW_CLINICAL, write=False, patient_id=patient_id, object_type="intake"
        ) as checked:
            db_session = checked.db_session
            patient = db_session.get(Patient, patient_id)
            if patient is None or patient.date_of_birth is None:
                return None
            return age_on(patient.date_of_birth, self._today())

    def pregnancy_applies(self, patient_id: int) -> bool:
        """Whether to ask "Pregnant now?" (:func:`pregnancy_question_applies` on the date of
        birth and sex as recorded today); asked when the patient cannot be read."""
        with self._action(
            Action.VIEW_CLINICAL, write=False, patient_id=patient_id, object_type="intake"
        ) as checked:
            db_session = checked.db_session
            patient = db_session.get(Patient, patient_id)
            if patient is None:
                return True
            return pregnancy_question_applies(patient.date_of_birth, patient.sex, self._today())

    def overrides(self, patient_id: int) -> tuple[OverrideNote, ...]:
        """Overrides of red flags recorded for the patient's courses not closed, the
        latest per finding (practitioners only)."""
        self._guard.require(
            self._actor, Action.VIEW_CLINICAL, patient_id=patient_id, object_type="intake"
        )
        return self._override_notes(patient_id)

    def _override_notes(self, patient_id: int) -> tuple[OverrideNote, ...]:
        notes: dict[str, OverrideNote] = {}
        with self._db.read() as db_session:
            rows = db_session.execute(
                select(SafetyOverride, User.full_name, User.username, Course.start_date)
                .join(Course, Course.id == SafetyOverride.course_id)
                .outerjoin(User, User.id == SafetyOverride.acknowledged_by_id)
                .where(
                    Course.patient_id == patient_id,
                    Course.status.not_in([str(status) for status in CLOSED]),
                    SafetyOverride.severity == Severity.REFER.value,
                )
                .order_by(SafetyOverride.id)
            )
            for row, full_name, username, start in rows:
                flag = row.rule.removeprefix("red_flag.")
                info = RED_FLAGS.get(RedFlag(flag)) if flag in set(RedFlag) else None
                notes[row.rule] = OverrideNote(
                    rule=row.rule,
                    message=info.message if info else row.rule,
                    reason=row.reason,
                    by=full_name or username or "",
                    at=row.created_at,
                    course_id=row.course_id,
                    course_start=start,
                )
        return tuple(notes.values())

    # --- consent -------------------------------------------------------------------------

    def record_consent(
        self, patient_id: int, scope: ConsentScope, given: bool, on: dt.date
    ) -> None:
        with self._action(
            Action.EDIT_INTAKE, patient_id=patient_id, object_type="consent"
        ) as checked:
            if on > self._today():
                raise ValidationError(
                    "consent_date",
                    translate("intake_service", "Consent date: cannot be in the future."),
                )
            db_session = checked.db_session
            if db_session.get(Patient, patient_id) is None:
                raise PlannerError(
                    translate("intake_service", "There is no patient {patient_id}.").format(
                        patient_id=patient_id
                    )
                )
            consent = Consent(
                patient_id=patient_id,
                scope=scope.value,
                given=given,
                consent_date=on,
                taken_by_id=self._actor.user_id,
            )
            db_session.add(consent)
            db_session.flush()
            self._audit.record(
                db_session,
                self._actor,
                AuditAction.CREATE,
                patient_id=patient_id,
                object_type="consent",
                object_id=consent.id,
                detail={"scope": scope.value, "given": given},
            )

    def consents(self, patient_id: int) -> dict[ConsentScope, ConsentView]:
        """The latest answer for each scope."""
        with self._action(
            Action.VIEW_CLINICAL, write=False, patient_id=patient_id, object_type="consent"
        ) as checked:
            db_session = checked.db_session
            rows = db_session.scalars(
                select(Consent)
                .where(Consent.patient_id == patient_id)
                .order_by(Consent.id)  # the answer recorded last, whatever its date
            )
            latest: dict[ConsentScope, ConsentView] = {}
            for row in rows:
                scope = ConsentScope(row.scope)
                latest[scope] = ConsentView(scope, row.given, row.consent_date, row.taken_by_id)
            return latest

    # --- helpers -------------------------------------------------------------------------

    def _record_scores(self, db_session: Session, intake: Intake, draft: IntakeDraft) -> None:
        for score in db_session.scalars(
            select(OutcomeScore).where(OutcomeScore.intake_id == intake.id)
        ):
            db_session.delete(score)
        day = draft.intake_date or self._today()
        values: dict[OutcomeMeasure, float | None] = {
            OutcomeMeasure.NRS_NOW: draft.nrs_now,
            OutcomeMeasure.NRS_WORST: draft.nrs_worst,
            OutcomeMeasure.NRS_AVERAGE: draft.nrs_average,
        }
        if (
            draft.peg_pain is not None
            and draft.peg_enjoyment is not None
            and draft.peg_activity is not None
        ):
            values[OutcomeMeasure.PEG] = peg_score(
                draft.peg_pain, draft.peg_enjoyment, draft.peg_activity
            )
        for measure, value in values.items():
            if value is not None:
                db_session.add(
                    OutcomeScore(
                        patient_id=intake.patient_id,
                        intake_id=intake.id,
                        measure=measure.value,
                        value=float(value),
                        recorded_on=day,
                    )
                )

    def _opened(self, db_session: Session, intake: Intake) -> None:
        self._audit.record(
            db_session,
            self._actor,
            AuditAction.OPEN_RECORD,
            patient_id=intake.patient_id,
            object_type="intake",
            object_id=intake.id,
            detail={"scope": "clinical"},
        )

    def _load(self, db_session: Session, patient_id: int, intake_id: int) -> Intake:
        intake = db_session.get(Intake, intake_id)
        if intake is None or intake.patient_id != patient_id:
            raise PlannerError(
                translate(
                    "intake_service", "There is no intake {intake_id} for this patient."
                ).format(intake_id=intake_id)
            )
        return intake
