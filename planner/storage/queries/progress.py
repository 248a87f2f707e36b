"""The queries behind the progress screens: every course a query selects gathered as the
progress rules need it (``CourseFacts``: sessions and their pain scores, reviews, the
intake's pain and presentation, outcome scores placed on the chart's x), in a few queries
however many courses; the course selections the progress service makes; patients' names.

Nothing here checks roles, opens transactions or audits: planner.services.progress calls
these inside its transactions.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from planner.domain.progress import HELD, CourseFacts, Presentation, SessionScore
from planner.domain.vocab import (
    CourseStatus,
    DurationClass,
    OutcomeMeasure,
    PainRegion,
    SessionStatus,
)
from planner.storage.models import (
    Course,
    CourseReview,
    Intake,
    OutcomeScore,
    Patient,
    TreatmentSession,
)

if TYPE_CHECKING:
    from planner.storage.base import AnySelect

_OPEN = (CourseStatus.PLANNED, CourseStatus.ACTIVE, CourseStatus.EXTENDED)


def courses_by_id(course_id: int) -> AnySelect:
    """The selection of one course."""
    return select(Course).where(Course.id == course_id)


def courses_between(start: dt.date | None, end: dt.date | None) -> AnySelect:
    """The courses that ran at some time from ``start`` to ``end`` (either open-ended):
    open courses run until today; closed ones until their end."""
    query = select(Course)
    if end is not None:
        query = query.where(Course.start_date <= end)
    if start is not None:
        query = query.where(
            or_(
                Course.status.in_(_OPEN),
                Course.end_date >= start,
                and_(Course.end_date.is_(None), Course.start_date >= start),
            )
        )
    return query


class CourseDate(NamedTuple):
    id: int
    status: str
    start_date: dt.date


def course_dates(db_session: Session, patient_id: int) -> list[CourseDate]:
    """The patient's courses: id, status and start date of each."""
    return [
        CourseDate(*row)
        for row in db_session.execute(
            select(Course.id, Course.status, Course.start_date).where(
                Course.patient_id == patient_id
            )
        )
    ]


def patient_names(db_session: Session, patient_ids: set[int]) -> dict[int, tuple[str, str]]:
    """Given and family name by patient id."""
    return {
        pid: (given, family)
        for pid, given, family in db_session.execute(
            select(Patient.id, Patient.given_name, Patient.family_name).where(
                Patient.id.in_(patient_ids)
            )
        )
    }


def course_facts(db_session: Session, courses: AnySelect, *, peg: bool) -> list[CourseFacts]:
    """Every course the query selects, as the progress rules need it (a few queries in all,
    however many courses)."""
    ids = courses.with_only_columns(Course.id).scalar_subquery()
    rows = db_session.execute(
        courses.with_only_columns(
            Course.id,
            Course.patient_id,
            Course.status,
            Course.planned_sessions,
            Course.mid_review_at,
            Course.start_date,
            Course.end_date,
            Course.goal_target_pain,
            Course.intake_id,
        ).order_by(Course.id)
    ).all()
    if not rows:
        return []
    sessions: dict[int, list[SessionScore]] = defaultdict(list)
    session_numbers: dict[int, tuple[int, int]] = {}
    for sid, cid, number, day, status, before, after in db_session.execute(
        select(
            TreatmentSession.id,
            TreatmentSession.course_id,
            TreatmentSession.number,
            TreatmentSession.session_date,
            TreatmentSession.status,
            TreatmentSession.pain_before,
            TreatmentSession.pain_after,
        ).where(TreatmentSession.course_id.in_(ids))
    ):
        sessions[cid].append(SessionScore(number, day, SessionStatus(status), before, after, sid))
        session_numbers[sid] = (cid, number)
    reviews: dict[int, list[int]] = defaultdict(list)
    for cid, at in db_session.execute(
        select(CourseReview.course_id, CourseReview.at_session).where(
            CourseReview.course_id.in_(ids)
        )
    ):
        reviews[cid].append(at)
    intake_ids = {row.intake_id for row in rows if row.intake_id is not None}
    intakes = {
        iid: (nrs, regions, duration, peg_pain if peg_pain is not None else average)
        for iid, nrs, regions, duration, peg_pain, average in db_session.execute(
            select(
                Intake.id,
                Intake.nrs_now,
                Intake.pain_regions,
                Intake.duration_class,
                Intake.peg_pain,
                Intake.nrs_average,
            ).where(Intake.id.in_(intake_ids))
        )
    }
    scores = _scores(db_session, rows, sessions, session_numbers)
    facts = []
    for row in rows:
        nrs, regions, duration, average = intakes.get(row.intake_id, (None, [], None, None))
        found = scores.get(row.id, {})
        averages = found.get(OutcomeMeasure.NRS_AVERAGE, {})
        if average is not None:
            averages = {**averages, 0: float(average)}  # the PEG item, else average pain
        facts.append(
            CourseFacts(
                course_id=row.id,
                patient_id=row.patient_id,
                status=CourseStatus(row.status),
                planned_sessions=row.planned_sessions,
                mid_review_at=row.mid_review_at,
                start_date=row.start_date,
                end_date=row.end_date,
                goal_target_pain=row.goal_target_pain,
                intake_pain=nrs,
                sessions=tuple(sorted(sessions[row.id], key=lambda s: s.number)),
                peg=tuple(sorted(found.get(OutcomeMeasure.PEG, {}).items())) if peg else (),
                pain_now=tuple(sorted(found.get(OutcomeMeasure.NRS_NOW, {}).items())),
                average=tuple(sorted(averages.items())),
                reviews_at=tuple(sorted(reviews[row.id])),
                presentation=Presentation(
                    frozenset(PainRegion(r) for r in regions or [] if r in _REGIONS),
                    DurationClass(duration) if duration in _DURATIONS else None,
                ),
            )
        )
    return facts


_REGIONS = {r.value for r in PainRegion}
_DURATIONS = {d.value for d in DurationClass}


_SCORED = (OutcomeMeasure.NRS_NOW.value, OutcomeMeasure.NRS_AVERAGE.value, OutcomeMeasure.PEG.value)
Scores = dict[int, dict[OutcomeMeasure, dict[int, float]]]  # course -> measure -> x -> value


def _scores(
    db_session: Session,
    rows: Any,
    sessions: dict[int, list[SessionScore]],
    session_numbers: dict[int, tuple[int, int]],
) -> Scores:
    """Outcome scores by course, measure and x: the course's intake at 0, a session's at its
    number, a review's or discharge's at the last session held by its date (replacing
    that session's own score: it is the later one). One query for all the courses."""
    by_intake = {row.intake_id: row.id for row in rows if row.intake_id is not None}
    course_ids = [row.id for row in rows]
    found: Scores = defaultdict(lambda: defaultdict(dict))
    later: list[tuple[int, OutcomeMeasure, dt.date, float]] = []
    for intake_id, session_id, course_id, measure, value, day in db_session.execute(
        select(
            OutcomeScore.intake_id,
            OutcomeScore.session_id,
            OutcomeScore.course_id,
            OutcomeScore.measure,
            OutcomeScore.value,
            OutcomeScore.recorded_on,
        )
        .where(
            OutcomeScore.measure.in_(_SCORED),
            or_(
                OutcomeScore.intake_id.in_(list(by_intake)),
                OutcomeScore.session_id.in_(list(session_numbers)),
                OutcomeScore.course_id.in_(course_ids),
            ),
        )
        .order_by(OutcomeScore.recorded_on, OutcomeScore.id)
    ):
        kind = OutcomeMeasure(measure)
        if session_id is not None:
            if session_id in session_numbers:
                owner, number = session_numbers[session_id]
                found[owner][kind][number] = value
        elif course_id is not None:
            later.append((course_id, kind, day, value))
        elif intake_id in by_intake:
            found[by_intake[intake_id]][kind][0] = value
    for course_id, kind, day, value in later:
        held = [s.number for s in sessions[course_id] if s.status in HELD and s.session_date <= day]
        if held:
            found[course_id][kind][max(held)] = value
    return found
