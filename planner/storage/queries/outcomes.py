"""Outcome score rows (``outcome_score``): the scores saved before a session or at a
course's review or discharge, cleared and added again on each save, and read back.

Measures stored: pain now (``nrs_now``), the PEG's first item (``nrs_average``) and the
PEG-3 mean (``peg``). Nothing here checks roles, opens transactions or audits:
planner.services.outcomes calls these inside its transactions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import Select, delete, select
from sqlalchemy.orm import Session

from planner.domain.vocab import OutcomeMeasure
from planner.storage.models import OutcomeScore

MEASURES = (OutcomeMeasure.NRS_NOW, OutcomeMeasure.NRS_AVERAGE, OutcomeMeasure.PEG)
_MEASURE_VALUES = [m.value for m in MEASURES]
Scores = dict[OutcomeMeasure, float]


def clear_session_scores(db_session: Session, session_id: int) -> None:
    db_session.execute(
        delete(OutcomeScore).where(
            OutcomeScore.session_id == session_id,
            OutcomeScore.measure.in_(_MEASURE_VALUES),
        )
    )


def clear_course_scores(db_session: Session, course_id: int, day: dt.date) -> None:
    db_session.execute(
        delete(OutcomeScore).where(
            OutcomeScore.course_id == course_id,
            OutcomeScore.recorded_on == day,
            OutcomeScore.measure.in_(_MEASURE_VALUES),
        )
    )


def add_scores(
    db_session: Session,
    values: Mapping[OutcomeMeasure, float | None],
    patient_id: int,
    day: dt.date,
    *,
    session_id: int | None = None,
    course_id: int | None = None,
) -> None:
    """One row per measure given (None: not taken), in the order of ``MEASURES``."""
    for measure in MEASURES:
        value = values.get(measure)
        if value is not None:
            db_session.add(
                OutcomeScore(
                    patient_id=patient_id,
                    session_id=session_id,
                    course_id=course_id,
                    measure=measure.value,
                    value=float(value),
                    recorded_on=day,
                )
            )


def session_scores(db_session: Session, session_id: int) -> Scores:
    """The scores saved before a session (the last saved of each measure)."""
    return _scores(
        db_session,
        select(OutcomeScore.measure, OutcomeScore.value).where(
            OutcomeScore.session_id == session_id
        ),
    )


def course_scores(db_session: Session, course_id: int, day: dt.date) -> Scores:
    """The scores saved for a course on ``day`` (the last saved of each measure)."""
    return _scores(
        db_session,
        select(OutcomeScore.measure, OutcomeScore.value).where(
            OutcomeScore.course_id == course_id, OutcomeScore.recorded_on == day
        ),
    )


def _scores(db_session: Session, query: Select[str, float]) -> Scores:
    found: Scores = {}
    for measure, value in db_session.execute(
        query.where(OutcomeScore.measure.in_(_MEASURE_VALUES)).order_by(OutcomeScore.id)
    ):
        found[OutcomeMeasure(measure)] = value
    return found
