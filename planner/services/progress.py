"""Progress: a course's pain chart and review prompts, and the clinic's counts.

API for the progress screens (practitioners; role checked first, refusals audited):

``ProgressService(db, actor, audit=None, today=date.today)``

* ``course(course_id) -> CourseProgress`` — the chart data (pain before and after, PEG
  where collected, goal line, done against planned with dates), the first session with
  meaningful improvement, and the reviews due. Audited as an opened record.
* ``current(patient_id) -> CourseProgress | None`` — the same for the patient's course
  under way (else the latest), for the overview's review card; not audited on its own
  (opening the patient's overview is).
* ``clinic(where=ClinicFilter()) -> ClinicView`` — open courses, due a review, overdue for
  their next session, and the share of closed courses that reached meaningful
  improvement, filtered by date range and presentation; one audit row.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from planner.domain.access import Action
from planner.domain.courses import CLOSED
from planner.domain.errors import PlannerError
from planner.domain.progress import (
    HELD,
    ClinicFilter,
    ClinicStats,
    CourseChart,
    CourseFacts,
    Presentation,
    ReviewPrompt,
    SessionScore,
    clinic_stats,
    course_chart,
    review_prompts,
)
from planner.domain.vocab import (
    CourseStatus,
    DurationClass,
    OutcomeMeasure,
    PainRegion,
    SessionStatus,
)
from planner.services.audit import AuditAction
from planner.services.guard import GuardedService
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


@dataclass(frozen=True)
class CourseProgress:
    course_id: int
    patient_id: int
    facts: CourseFacts
    chart: CourseChart
    prompts: tuple[ReviewPrompt, ...]


@dataclass(frozen=True, slots=True)
class PatientName:
    given_name: str
    family_name: str


@dataclass(frozen=True)
class ClinicView:
    where: ClinicFilter
    today: dt.date
    stats: ClinicStats
    names: dict[int, PatientName]  # patients named in the lists, by id

    def name(self, patient_id: int) -> PatientName:
        return self.names.get(patient_id, PatientName("", ""))


class ProgressService(GuardedService):
    def course(self, course_id: int) -> CourseProgress:
        with self._db.read() as db_session:
            found = db_session.get(Course, course_id)
            patient_id = found.patient_id if found else None
        self._guard.require(
            self._actor,
            Action.VIEW_CLINICAL,
            patient_id=patient_id,
            object_type="course",
            object_id=course_id,
        )
        if patient_id is None:
            raise PlannerError(f"There is no course {course_id}.")
        with self._db.write() as db_session:
            self._audit.record(
                db_session,
                self._actor,
                AuditAction.OPEN_RECORD,
                patient_id=patient_id,
                object_type="course",
                object_id=course_id,
                detail={"scope": "progress"},
            )
            facts = _facts(db_session, select(Course).where(Course.id == course_id), peg=True)
            return _progress(facts[0])

    def current(self, patient_id: int) -> CourseProgress | None:
        self._guard.require(
            self._actor, Action.VIEW_CLINICAL, patient_id=patient_id, object_type="patient"
        )
        with self._db.read() as db_session:  # the course first, then its facts alone (issue 9)
            courses = db_session.execute(
                select(Course.id, Course.status, Course.start_date).where(
                    Course.patient_id == patient_id
                )
            ).all()
            if not courses:
                return None
            open_courses = [c for c in courses if CourseStatus(c.status) not in CLOSED]
            newest = max(open_courses or courses, key=lambda c: (c.start_date, c.id))
            facts = _facts(db_session, select(Course).where(Course.id == newest.id), peg=True)
        return _progress(facts[0]) if facts else None

    def clinic(self, where: ClinicFilter | None = None) -> ClinicView:
        where = where or ClinicFilter()
        self._guard.require(self._actor, Action.VIEW_CLINICAL, object_type="clinic_progress")
        today = self._today()
        query = select(Course)
        if where.end is not None:
            query = query.where(Course.start_date <= where.end)
        if where.start is not None:  # open courses run until today; closed until their end
            query = query.where(
                or_(
                    Course.status.in_(_OPEN),
                    Course.end_date >= where.start,
                    and_(Course.end_date.is_(None), Course.start_date >= where.start),
                )
            )
        with self._db.write() as db_session:
            facts = _facts(db_session, query, peg=False)
            stats = clinic_stats(facts, where, today)
            named = {d.patient_id for d in stats.due_review} | {o.patient_id for o in stats.overdue}
            names = {
                pid: PatientName(given, family)
                for pid, given, family in db_session.execute(
                    select(Patient.id, Patient.given_name, Patient.family_name).where(
                        Patient.id.in_(named)
                    )
                )
            }
            self._audit.record(
                db_session,
                self._actor,
                AuditAction.OPEN_RECORD,
                object_type="clinic_progress",
                detail={
                    "scope": "clinic_progress",
                    "courses": stats.courses,
                    "patients_listed": len(names),
                },
            )
        return ClinicView(where, today, stats, names)


def _progress(facts: CourseFacts) -> CourseProgress:
    return CourseProgress(
        facts.course_id, facts.patient_id, facts, course_chart(facts), review_prompts(facts)
    )


def _facts(db_session: Session, courses: AnySelect, *, peg: bool) -> list[CourseFacts]:
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
