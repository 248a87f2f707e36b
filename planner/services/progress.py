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

The queries that gather a course's facts: planner.storage.queries.progress.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner.domain.access import Action
from planner.domain.courses import CLOSED
from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.domain.progress import (
    ClinicFilter,
    ClinicStats,
    CourseChart,
    CourseFacts,
    ReviewPrompt,
    clinic_stats,
    course_chart,
    review_prompts,
)
from planner.domain.vocab import CourseStatus
from planner.services.audit import AuditAction
from planner.services.guard import GuardedService
from planner.storage.models import Course
from planner.storage.queries.progress import (
    course_dates,
    course_facts,
    courses_between,
    courses_by_id,
    patient_names,
)


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
        with self._action(
            Action.VIEW_CLINICAL,
            record=(Course, course_id),
            object_type="course",
            object_id=course_id,
        ) as checked:
            patient_id = checked.patient_id
            if patient_id is None:
                raise PlannerError(
                    translate("progress_service", "There is no course {course_id}.").format(
                        course_id=course_id
                    )
                )
            db_session = checked.db_session
            self._audit.record(
                db_session,
                self._actor,
                AuditAction.OPEN_RECORD,
                patient_id=patient_id,
                object_type="course",
                object_id=course_id,
                detail={"scope": "progress"},
            )
            return _progress(course_facts(db_session, courses_by_id(course_id), peg=True)[0])

    def current(self, patient_id: int) -> CourseProgress | None:
        with self._action(
            Action.VIEW_CLINICAL, write=False, patient_id=patient_id, object_type="patient"
        ) as checked:
            db_session = checked.db_session  # the course first, then its facts alone (issue 9)
            courses = course_dates(db_session, patient_id)
            if not courses:
                return None
            open_courses = [c for c in courses if CourseStatus(c.status) not in CLOSED]
            newest = max(open_courses or courses, key=lambda c: (c.start_date, c.id))
            facts = course_facts(db_session, courses_by_id(newest.id), peg=True)
        return _progress(facts[0]) if facts else None

    def clinic(self, where: ClinicFilter | None = None) -> ClinicView:
        where = where or ClinicFilter()
        with self._action(Action.VIEW_CLINICAL, object_type="clinic_progress") as checked:
            today = self._today()
            query = courses_between(where.start, where.end)
            db_session = checked.db_session
            facts = course_facts(db_session, query, peg=False)
            stats = clinic_stats(facts, where, today)
            named = {d.patient_id for d in stats.due_review} | {o.patient_id for o in stats.overdue}
            names = {
                pid: PatientName(given, family)
                for pid, (given, family) in patient_names(db_session, named).items()
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
