"""Courses: start one from the current intake, edit it, its schedule, extensions, reviews.

API for the screens (every method checks the actor's role first; refusals raise
``AccessDenied``, are audited and change nothing; every change writes its audit row in
the same transaction; stale saves raise ``ConflictError`` naming who saved first):

``CourseService(db, actor, audit=None, today=date.today, clock=utc_now)``

* ``new_course(patient_id) -> CourseDraft`` — defaults for the "start course" form:
  today, 6 sessions weekly, mid review at 3, goals and target pain from the latest
  intake. [practitioner]
* ``start_safety(patient_id) -> StartSafety`` — the ``refer`` findings of the latest intake
  (red flags: "Refer before treating") that starting a course must not pass over in
  silence, and whether this user may override them. [practitioner]
* ``start(patient_id, draft, overrides=None) -> CourseView`` — creates the course from the
  latest intake and one *scheduled* session per proposed date. ``CourseInvalid.problems``
  names the fields (``planned_sessions``, ``sessions_reason`` …). While the intake holds a
  ``refer`` finding the start is refused (``SafetyUnresolved``) unless ``overrides`` gives
  a written reason for each (``override.<rule>.<subject>``, at least 10 characters; the
  role must allow ``override_safety``); the reasons are stored as course-level
  ``safety_override`` rows (who and when) and audited, like the plan editor's. [practitioner]
* ``get(course_id) -> CourseView`` — opens the course (audited). [practitioner]
* ``courses(patient_id) -> list[CourseView]`` — newest first. [practitioner]
* ``update(course_id, draft, expected_version) -> CourseView`` — goals, frequency, mid
  review, planned number (1–12, not below a session already begun) and the dates of the
  sessions still scheduled. [practitioner]
* ``schedule(course_id) -> ScheduleView`` — numbers, labels, dates, status, fee and paid
  amounts; nothing clinical. [reception, practitioner]
* ``reschedule(session_id, day, expected_version) -> ScheduledSession`` — move a scheduled
  session (not before the course starts, not out of order). [reception, practitioner]
* ``extend(course_id, extra, reason, expected_version) -> CourseView`` — more sessions
  with a reason (stored as an ``extend`` review, audited); needed before recording a
  session past the planned number (``ExtensionNeeded``). Like a review that extends, it
  is refused while the latest intake holds a ``refer`` finding the course has no
  override for. [practitioner]
* ``record_review(course_id, review, expected_version) -> CourseView`` — continue,
  adjust, extend(n), discharge(reason) or refer(to, why), with the pain change so far;
  discharge and refer close the course (end date today) and remove the sessions still
  scheduled (one already paid for stays, cancelled).

``CourseView.sessions`` carries "Session N of M" labels and which session is a review
point; ``CourseView.pain`` the change since the start (meaningful: ≥ 2 points or 30 %).
The views: planner.services.course_views; the schedule's rules:
planner.services.course_schedule. Plans: planner.services.plans; sessions:
planner.services.sessions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from contextlib import AbstractContextManager

from sqlalchemy.orm import Session

from planner.domain.access import Action
from planner.domain.courses import (
    CLOSED,
    CourseDraft,
    CourseInvalid,
    ReviewDraft,
    review_outcome,
    validate_course,
    validate_extension,
    validate_review,
)
from planner.domain.courses_safety import (
    FindingKey,
    SafetyCheck,
    SafetyUnresolved,
    clean_overrides,
    key_of,
)
from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.domain.safety import PatientFacts, PlannedTreatment, screen
from planner.domain.validation import Problems
from planner.domain.vocab import CourseStatus, ReviewDecision, SessionStatus
from planner.services.audit import AuditAction
from planner.services.course_schedule import (
    begun_number,
    book,
    check_move,
    close_schedule,
    grow,
    keep_dates,
    reschedule_all,
)
from planner.services.course_support import (
    facts_now,
    require_version,
    store_resolutions,
)
from planner.services.course_views import (
    CourseView,
    ScheduledSession,
    ScheduleView,
    StartSafety,
    course_view,
    pain_progress,
    refer_findings,
    schedule_view,
    scheduled_session,
)
from planner.services.guard import Checked, GuardedService
from planner.storage.models import Course, CourseReview, Patient, TreatmentSession
from planner.storage.queries.courses import (
    add_course,
    add_review,
    latest_intake,
    load_course,
    patient_courses,
    resolutions,
)
from planner.storage.queries.sessions import course_sessions, load_session

_EDITABLE = ("goals", "goal_target_pain", "mid_review_at", "sessions_per_week", "sessions_reason")


class CourseService(GuardedService):
    # --- starting and reading -------------------------------------------------------------

    def new_course(self, patient_id: int) -> CourseDraft:
        with self._patient_action(Action.VIEW_CLINICAL, patient_id) as checked:
            intake = latest_intake(checked.db_session, patient_id)
        goals = intake.goals_in_own_words if intake else ""
        if intake and intake.goal_activities:
            goals = f"{goals}\n{intake.goal_activities}".strip()
        return CourseDraft(
            start_date=self._today(),
            goals=goals,
            goal_target_pain=intake.goal_target_pain if intake else None,
        )

    def start_safety(self, patient_id: int) -> StartSafety:
        with self._patient_action(Action.VIEW_CLINICAL, patient_id) as checked:
            facts = facts_now(checked.db_session, patient_id, self._today())
            may_override = checked.allows(Action.OVERRIDE_SAFETY)
        return StartSafety(
            refer_findings(screen(facts, PlannedTreatment(frozenset()))), may_override
        )

    def start(
        self,
        patient_id: int,
        draft: CourseDraft,
        overrides: Mapping[FindingKey, str] | None = None,
    ) -> CourseView:
        if overrides:  # both checked before the transaction, in this order, as always
            self._require(Action.EDIT_PLAN, patient_id=patient_id)
            self._require(Action.OVERRIDE_SAFETY, patient_id=patient_id)
        with self._action(Action.EDIT_PLAN, patient_id=patient_id, object_type="course") as checked:
            reasons = clean_overrides(overrides or {})
            clean = validate_course(draft, self._today())
            db_session = checked.db_session
            if db_session.get(Patient, patient_id) is None:
                raise PlannerError(
                    translate("courses", "There is no patient {patient_id}.").format(
                        patient_id=patient_id
                    )
                )
            intake = latest_intake(db_session, patient_id)
            if intake is None:
                raise PlannerError(
                    translate("courses", "This patient has no intake yet."),
                    hint=translate("courses", "Take the intake first; a course starts from it."),
                )
            check = _start_check(facts_now(db_session, patient_id, self._today()), reasons)
            if check.needs_override:
                raise SafetyUnresolved(check)
            course = add_course(db_session, patient_id, intake, clean, self._actor.user_id)
            book(db_session, course, 1, clean.proposed_dates, self._actor)
            self._audit.changed(
                db_session,
                self._actor,
                course,
                AuditAction.CREATE,
                object_type="course",
                detail={"planned_sessions": course.planned_sessions, "intake_id": intake.id},
                touch=False,
            )
            store_resolutions(
                db_session,
                check=check,
                before=(frozenset(), {}),
                course=course,
                session_id=None,
                actor=self._actor,
                audit=self._audit,
            )
            return course_view(db_session, course)

    def get(self, course_id: int) -> CourseView:
        with self._course_action(Action.VIEW_CLINICAL, course_id) as checked:
            db_session = checked.db_session
            course = load_course(db_session, course_id)
            self._audit.record(
                db_session,
                self._actor,
                AuditAction.OPEN_RECORD,
                patient_id=course.patient_id,
                object_type="course",
                object_id=course.id,
                detail={"scope": "clinical"},
            )
            return course_view(db_session, course)

    def courses(self, patient_id: int) -> list[CourseView]:
        with self._patient_action(Action.VIEW_CLINICAL, patient_id) as checked:
            db_session = checked.db_session
            rows = patient_courses(db_session, patient_id)
            return [course_view(db_session, course) for course in rows]

    # --- editing --------------------------------------------------------------------------

    def update(self, course_id: int, draft: CourseDraft, expected_version: int) -> CourseView:
        with self._course_action(Action.EDIT_PLAN, course_id) as checked:
            db_session = checked.db_session
            course = load_course(db_session, course_id)
            require_version(db_session, course, expected_version, "course")
            sessions = course_sessions(db_session, course.id)
            begun = begun_number(sessions)
            if draft.planned_sessions < begun:
                problems = Problems()
                problems.add(
                    "planned_sessions",
                    translate(
                        "courses", "Planned sessions: at least {begun}, the sessions already begun."
                    ).format(begun=begun),
                )
                raise CourseInvalid(problems)
            start = draft.start_date if not begun else course.start_date
            clean = validate_course(keep_dates(draft, start, sessions, begun), self._today())
            changed = [name for name in _EDITABLE if getattr(course, name) != getattr(clean, name)]
            if course.planned_sessions != clean.planned_sessions:
                changed.append("planned_sessions")
            assert clean.start_date is not None
            if course.start_date != clean.start_date:
                changed.append("start_date")
            for name in _EDITABLE:
                setattr(course, name, getattr(clean, name))
            course.start_date = clean.start_date
            course.planned_sessions = clean.planned_sessions
            moved = reschedule_all(
                db_session,
                course,
                sessions,
                clean.proposed_dates,
                begun,
                self._actor,
                self._clock,
            )
            if moved:
                changed.append("proposed_dates")
            self._changed(db_session, course, {"fields": changed})
            return course_view(db_session, course)

    def schedule(self, course_id: int) -> ScheduleView:
        with self._course_action(Action.VIEW_SCHEDULE, course_id, write=False) as checked:
            db_session = checked.db_session
            return schedule_view(db_session, load_course(db_session, course_id))

    def reschedule(self, session_id: int, day: dt.date, expected_version: int) -> ScheduledSession:
        self._require_record(
            Action.SCHEDULE_SESSION,
            TreatmentSession,
            session_id,
            object_type="session",
            missing=translate("courses", "There is no session {session_id}.").format(
                session_id=session_id
            ),
        )
        with self._db.write() as db_session:
            record = load_session(db_session, session_id)
            require_version(db_session, record, expected_version, "session")
            if record.status != SessionStatus.SCHEDULED:
                raise PlannerError(
                    translate(
                        "courses", "Only a session that has not begun can be moved to another day."
                    )
                )
            course = load_course(db_session, record.course_id)
            check_move(record, day, course, course_sessions(db_session, course.id))
            record.session_date = day
            self._audit.changed(
                db_session,
                self._actor,
                record,
                AuditAction.UPDATE,
                object_type="session",
                detail={"fields": ["session_date"]},
                at=self._clock(),
            )
            return scheduled_session(record, course.planned_sessions, record.paid_cents or 0)

    def extend(self, course_id: int, extra: int, reason: str, expected_version: int) -> CourseView:
        with self._course_action(Action.EDIT_PLAN, course_id) as checked:
            db_session = checked.db_session
            course = load_course(db_session, course_id)
            require_version(db_session, course, expected_version, "course")
            if course.status in CLOSED:
                raise PlannerError(
                    translate("courses", "This course is closed; start a new course instead.")
                )
            planned, text = validate_extension(course.planned_sessions, extra, reason)
            self._refuse_unresolved_referral(db_session, course)
            last = begun_number(course_sessions(db_session, course.id))
            review = self._add_review(
                db_session,
                course,
                ReviewDraft(ReviewDecision.EXTEND, extend_by=extra, reason=text),
                at_session=last,
            )
            grow(db_session, course, planned, self._today(), self._actor)
            course.status = CourseStatus.EXTENDED
            course.extension_reason = text
            self._changed(
                db_session,
                course,
                {
                    "fields": ["planned_sessions", "status"],
                    "extend_by": extra,
                    "review_id": review.id,
                },
            )
            return course_view(db_session, course)

    def record_review(
        self, course_id: int, review: ReviewDraft, expected_version: int
    ) -> CourseView:
        with self._course_action(Action.EDIT_PLAN, course_id) as checked:
            db_session = checked.db_session
            course = load_course(db_session, course_id)
            require_version(db_session, course, expected_version, "course")
            if course.status in CLOSED:
                raise PlannerError(translate("courses", "This course is closed already."))
            clean = validate_review(review, course.planned_sessions)
            last = begun_number(course_sessions(db_session, course.id))
            row = self._add_review(db_session, course, clean, last)
            outcome = review_outcome(clean, course.planned_sessions, CourseStatus(course.status))
            if outcome.planned_sessions > course.planned_sessions:
                self._refuse_unresolved_referral(db_session, course)
            if outcome.planned_sessions != course.planned_sessions:
                grow(db_session, course, outcome.planned_sessions, self._today(), self._actor)
            course.status = outcome.status
            if outcome.closes:
                course.end_date = self._today()
                close_schedule(db_session, course, self._today(), self._actor, self._clock)
            self._changed(
                db_session, course, {"review_id": row.id, "decision": str(clean.decision)}
            )
            return course_view(db_session, course)

    # --- helpers --------------------------------------------------------------------------

    def _require(
        self,
        action: Action,
        *,
        patient_id: int | None,
        object_type: str = "course",
        object_id: int | None = None,
    ) -> None:
        self._guard.require(
            self._actor, action, patient_id=patient_id, object_type=object_type, object_id=object_id
        )

    def _patient_action(self, action: Action, patient_id: int) -> AbstractContextManager[Checked]:
        """The role check and a read of this patient's courses in one read transaction."""
        return self._action(action, write=False, patient_id=patient_id, object_type="course")

    def _course_action(
        self, action: Action, course_id: int, *, write: bool = True
    ) -> AbstractContextManager[Checked]:
        """The role check and the work on one course in one transaction; a refusal names
        the course's patient (found in it). A missing course: load_course says so."""
        return self._action(
            action,
            write=write,
            record=(Course, course_id),
            object_type="course",
            object_id=course_id,
        )

    def _refuse_unresolved_referral(self, db_session: Session, course: Course) -> None:
        """More sessions are not booked while the latest intake says "Refer before
        treating" and the course holds no override for it (given at the start or in the
        plan editor); nothing is changed."""
        overrides = resolutions(db_session, course.id)[1]
        check = _start_check(facts_now(db_session, course.patient_id, self._today()), overrides)
        if check.needs_override:
            why = "; ".join(f.message for f in check.needs_override)
            raise PlannerError(
                translate(
                    "courses",
                    "Refer before treating: the latest intake has a red flag ({why}) and "
                    "this course holds no override for it, so no sessions were added.",
                ).format(why=why),
                hint=translate(
                    "courses",
                    "Refer the patient, or record the override with a reason in the plan "
                    "editor (Plan…) first.",
                ),
            )

    def _changed(self, db_session: Session, course: Course, detail: dict[str, object]) -> None:
        """The course touched by the user, flushed and its ``update`` audit row written."""
        self._audit.changed(
            db_session,
            self._actor,
            course,
            AuditAction.UPDATE,
            object_type="course",
            detail=detail,
            at=self._clock(),
        )

    def _add_review(
        self, db_session: Session, course: Course, review: ReviewDraft, at_session: int
    ) -> CourseReview:
        pain = pain_progress(db_session, course)
        return add_review(
            db_session,
            course,
            review,
            at_session=at_session,
            pain=(pain.baseline, pain.latest),
            user_id=self._actor.user_id,
            at=self._clock(),
        )


def _start_check(facts: PatientFacts, reasons: Mapping[FindingKey, str]) -> SafetyCheck:
    """The refer findings at the start of a course, with the override reasons given."""
    findings = refer_findings(screen(facts, PlannedTreatment(frozenset())))
    current = {key_of(f) for f in findings}
    return SafetyCheck(
        findings=findings, overrides={k: v for k, v in reasons.items() if k in current}
    )
