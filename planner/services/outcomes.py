"""Outcome scores through a course: before each session, and at a review or discharge.

API for the outcome entry (practitioners; role checked first, refusals audited):

``OutcomeService(db, actor, audit=None, today=date.today)``

* ``record_for_session(session_id, entry) -> RecordedScores`` — pain now and the PEG-3
  items taken before a session (scheduled or held; not a cancelled one). Saving again
  replaces the session's scores.
* ``record_for_course(course_id, entry, on=None) -> RecordedScores`` — the same at the
  course's review or discharge (dated ``on``, today by default); saving again on the same
  day replaces that day's scores.
* ``for_session(session_id) -> SavedScores`` / ``for_course(course_id, on=None)`` — what
  was saved there (pain now, average pain and the PEG score), to show beside the entry.

What is stored (``outcome_score``): pain now as ``nrs_now``, the PEG's first item (average
pain in the past week) as ``nrs_average``, and the PEG-3 mean as ``peg``. Each save is one
transaction and one audit row naming the measures saved, never their values.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from planner.domain.access import Action
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.i18n import translate
from planner.domain.outcomes import nrs, peg_score
from planner.domain.vocab import OutcomeMeasure, SessionStatus
from planner.services.audit import AuditAction
from planner.services.guard import Checked, GuardedService
from planner.storage.models import Course, TreatmentSession
from planner.storage.queries.outcomes import (
    MEASURES,
    Scores,
    add_scores,
    clear_course_scores,
    clear_session_scores,
    course_scores,
    session_scores,
)


@dataclass(frozen=True, slots=True)
class OutcomeEntry:
    """What the practitioner typed: each 0–10; the three PEG items together or none."""

    pain_now: int | None = None
    peg_pain: int | None = None  # P: average pain in the past week
    peg_enjoyment: int | None = None  # E: interference with enjoyment of life
    peg_activity: int | None = None  # G: interference with general activity


@dataclass(frozen=True, slots=True)
class SavedScores:
    pain_now: float | None = None
    average: float | None = None  # the PEG's P item
    peg: float | None = None  # the PEG-3 mean

    @property
    def empty(self) -> bool:
        return self.pain_now is None and self.average is None and self.peg is None


@dataclass(frozen=True, slots=True)
class RecordedScores:
    patient_id: int
    scores: SavedScores
    recorded_on: dt.date


PEG_FIELDS = ("peg_pain", "peg_enjoyment", "peg_activity")


def checked(entry: OutcomeEntry) -> SavedScores:
    """The scores to store, or a ValidationError naming the first field at fault."""
    pain_now = None if entry.pain_now is None else nrs(entry.pain_now, "pain_now")
    items = {name: getattr(entry, name) for name in PEG_FIELDS}
    for name, value in items.items():
        if value is not None:
            nrs(value, name)
    given = [name for name, value in items.items() if value is not None]
    if given and len(given) < len(PEG_FIELDS):
        missing = next(name for name in PEG_FIELDS if items[name] is None)
        raise ValidationError(
            missing,
            translate("outcomes", "{missing}: enter all three PEG items, or none.").format(
                missing=missing
            ),
        )
    if pain_now is None and not given:
        raise ValidationError(
            "pain_now", translate("outcomes", "pain_now: enter pain now or the three PEG items.")
        )
    if not given:
        return SavedScores(pain_now=pain_now)
    pain, enjoyment, activity = (int(items[name]) for name in PEG_FIELDS)
    return SavedScores(pain_now, float(pain), peg_score(pain, enjoyment, activity))


class OutcomeService(GuardedService):
    def record_for_session(self, session_id: int, entry: OutcomeEntry) -> RecordedScores:
        with self._action(
            Action.RECORD_SESSION,
            record=(TreatmentSession, session_id),
            object_type="session",
            object_id=session_id,
        ) as allowed:
            patient_id = _found(
                allowed,
                translate("outcomes", "There is no session {session_id}.").format(
                    session_id=session_id
                ),
            )
            scores = checked(entry)
            db_session = allowed.db_session
            found = db_session.get(TreatmentSession, session_id)
            if found is None or SessionStatus(found.status) == SessionStatus.CANCELLED:
                raise PlannerError(
                    translate("outcomes", "Scores cannot be recorded for a cancelled session.")
                )
            clear_session_scores(db_session, session_id)
            day = min(found.session_date, self._today())
            add_scores(db_session, _values(scores), patient_id, day, session_id=session_id)
            self._audited(db_session, patient_id, "session", session_id, scores)
        return RecordedScores(patient_id, scores, day)

    def record_for_course(
        self, course_id: int, entry: OutcomeEntry, on: dt.date | None = None
    ) -> RecordedScores:
        with self._action(
            Action.RECORD_SESSION,
            record=(Course, course_id),
            object_type="course",
            object_id=course_id,
        ) as allowed:
            patient_id = _found(
                allowed,
                translate("outcomes", "There is no course {course_id}.").format(
                    course_id=course_id
                ),
            )
            scores = checked(entry)
            day = on or self._today()
            if day > self._today():
                raise ValidationError(
                    "on", translate("outcomes", "on: scores cannot be dated in the future.")
                )
            db_session = allowed.db_session
            course = db_session.get(Course, course_id)
            if course is not None and day < course.start_date:
                raise ValidationError(
                    "on", translate("outcomes", "on: the date is before the course started.")
                )
            clear_course_scores(db_session, course_id, day)
            add_scores(db_session, _values(scores), patient_id, day, course_id=course_id)
            self._audited(db_session, patient_id, "course", course_id, scores)
        return RecordedScores(patient_id, scores, day)

    def for_session(self, session_id: int) -> SavedScores:
        with self._action(
            Action.VIEW_CLINICAL,
            write=False,
            record=(TreatmentSession, session_id),
            object_type="session",
            object_id=session_id,
        ) as allowed:
            _found(
                allowed,
                translate("outcomes", "There is no session {session_id}.").format(
                    session_id=session_id
                ),
            )
            return _saved(session_scores(allowed.db_session, session_id))

    def for_course(self, course_id: int, on: dt.date | None = None) -> SavedScores:
        with self._action(
            Action.VIEW_CLINICAL,
            write=False,
            record=(Course, course_id),
            object_type="course",
            object_id=course_id,
        ) as allowed:
            _found(
                allowed,
                translate("outcomes", "There is no course {course_id}.").format(
                    course_id=course_id
                ),
            )
            return _saved(course_scores(allowed.db_session, course_id, on or self._today()))

    def _audited(
        self, db_session: Session, patient_id: int, scope: str, object_id: int, scores: SavedScores
    ) -> None:
        measures = [
            measure.value for measure, value in _values(scores).items() if value is not None
        ]
        self._audit.record(
            db_session,
            self._actor,
            AuditAction.CREATE,
            patient_id=patient_id,
            object_type="outcome_scores",
            object_id=object_id,
            detail={"scope": scope, "measures": measures},
        )


def _found(allowed: Checked, missing: str) -> int:
    """The checked record's patient; ``missing`` when there is no such record (said after
    the role check, so a refusal is audited first)."""
    if allowed.patient_id is None:
        raise PlannerError(missing)
    return allowed.patient_id


def _values(scores: SavedScores) -> dict[OutcomeMeasure, float | None]:
    return dict(zip(MEASURES, (scores.pain_now, scores.average, scores.peg), strict=True))


def _saved(found: Scores) -> SavedScores:
    return SavedScores(
        found.get(OutcomeMeasure.NRS_NOW),
        found.get(OutcomeMeasure.NRS_AVERAGE),
        found.get(OutcomeMeasure.PEG),
    )
