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
Plans: planner.services.plans; sessions: planner.services.sessions.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain.access import Action
from planner.domain.courses import (
    CLOSED,
    CourseDraft,
    CourseInvalid,
    ReviewDraft,
    more_dates,
    pain_change,
    review_due,
    review_outcome,
    session_label,
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
from planner.domain.outcomes import Change
from planner.domain.safety import Finding, PatientFacts, PlannedTreatment, Severity, screen
from planner.domain.validation import Problems
from planner.domain.vocab import CourseStatus, DischargeReason, ReviewDecision, SessionStatus
from planner.services.audit import AuditAction
from planner.services.course_support import (
    facts_now,
    latest_intake,
    load_course,
    require_version,
    resolutions,
    store_resolutions,
    touch,
)
from planner.services.guard import GuardedService
from planner.storage.models import (
    Course,
    CourseReview,
    Intake,
    Patient,
    SessionPayment,
    TreatmentSession,
)

_EDITABLE = ("goals", "goal_target_pain", "mid_review_at", "sessions_per_week", "sessions_reason")


@dataclass(frozen=True, slots=True)
class SessionSlot:
    id: int
    number: int
    label: str  # "Session 3 of 6"
    session_date: dt.date
    status: SessionStatus
    version: int
    review: str | None  # "mid", "final" or None


@dataclass(frozen=True, slots=True)
class ReviewView:
    id: int
    at_session: int
    decision: ReviewDecision
    extend_by: int | None
    discharge_reason: DischargeReason | None
    refer_to: str
    reason: str
    note: str
    pain_start: int | None
    pain_latest: int | None
    decided_at: dt.datetime


@dataclass(frozen=True, slots=True)
class PainProgress:
    baseline: int | None  # intake's pain now, else the first session's pain before
    latest: int | None  # the latest session's pain before treatment
    change: Change | None


@dataclass(frozen=True, slots=True)
class CourseView:
    id: int
    patient_id: int
    intake_id: int | None
    version: int
    status: CourseStatus
    planned_sessions: int
    sessions_per_week: float
    start_date: dt.date
    end_date: dt.date | None
    goals: str
    goal_target_pain: int | None
    mid_review_at: int
    sessions_reason: str
    sessions: tuple[SessionSlot, ...]
    reviews: tuple[ReviewView, ...]
    pain: PainProgress

    @property
    def closed(self) -> bool:
        return self.status in CLOSED


@dataclass(frozen=True, slots=True)
class StartSafety:
    """What stops a course from starting: the latest intake's ``refer`` findings."""

    findings: tuple[Finding, ...]
    may_override: bool  # the user's roles allow ``override_safety``


def refer_findings(findings: list[Finding]) -> tuple[Finding, ...]:
    return tuple(f for f in findings if f.severity == Severity.REFER)


@dataclass(frozen=True, slots=True)
class ScheduledSession:
    id: int
    number: int
    label: str
    session_date: dt.date
    status: SessionStatus
    version: int
    fee_cents: int | None
    paid_cents: int


@dataclass(frozen=True, slots=True)
class ScheduleView:
    course_id: int
    patient_id: int
    planned_sessions: int
    sessions: tuple[ScheduledSession, ...]


class CourseService(GuardedService):
    # --- starting and reading -------------------------------------------------------------

    def new_course(self, patient_id: int) -> CourseDraft:
        self._require(Action.VIEW_CLINICAL, patient_id=patient_id)
        with self._db.read() as db_session:
            intake = latest_intake(db_session, patient_id)
        goals = intake.goals_in_own_words if intake else ""
        if intake and intake.goal_activities:
            goals = f"{goals}\n{intake.goal_activities}".strip()
        return CourseDraft(
            start_date=self._today(),
            goals=goals,
            goal_target_pain=intake.goal_target_pain if intake else None,
        )

    def start_safety(self, patient_id: int) -> StartSafety:
        self._require(Action.VIEW_CLINICAL, patient_id=patient_id)
        with self._db.read() as db_session:
            facts = facts_now(db_session, patient_id, self._today())
        return StartSafety(
            refer_findings(screen(facts, PlannedTreatment(frozenset()))),
            self._can(Action.OVERRIDE_SAFETY),
        )

    def start(
        self,
        patient_id: int,
        draft: CourseDraft,
        overrides: Mapping[FindingKey, str] | None = None,
    ) -> CourseView:
        self._require(Action.EDIT_PLAN, patient_id=patient_id)
        if overrides:  # checked before the transaction: the refusal is audited on its own
            self._require(Action.OVERRIDE_SAFETY, patient_id=patient_id)
        reasons = clean_overrides(overrides or {})
        clean = validate_course(draft, self._today())
        with self._db.write() as db_session:
            if db_session.get(Patient, patient_id) is None:
                raise PlannerError(f"There is no patient {patient_id}.")
            intake = latest_intake(db_session, patient_id)
            if intake is None:
                raise PlannerError(
                    "This patient has no intake yet.",
                    hint="Take the intake first; a course starts from it.",
                )
            check = _start_check(facts_now(db_session, patient_id, self._today()), reasons)
            if check.needs_override:
                raise SafetyUnresolved(check)
            assert clean.start_date is not None
            course = Course(
                patient_id=patient_id,
                intake_id=intake.id,
                practitioner_id=self._actor.user_id,
                status=CourseStatus.PLANNED,
                planned_sessions=clean.planned_sessions,
                sessions_reason=clean.sessions_reason,
                sessions_per_week=clean.sessions_per_week,
                start_date=clean.start_date,
                goals=clean.goals,
                goal_target_pain=clean.goal_target_pain,
                mid_review_at=clean.mid_review_at,
                acupuncture_style=intake.acupuncture_style,
                updated_by_id=self._actor.user_id,
            )
            db_session.add(course)
            db_session.flush()
            self._schedule(db_session, course, 1, clean.proposed_dates)
            self._audit.record(
                db_session,
                self._actor,
                AuditAction.CREATE,
                patient_id=patient_id,
                object_type="course",
                object_id=course.id,
                detail={"planned_sessions": course.planned_sessions, "intake_id": intake.id},
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
            return self._view(db_session, course)

    def get(self, course_id: int) -> CourseView:
        with self._db.read() as db_session:
            patient_id = load_course(db_session, course_id).patient_id
        self._require(Action.VIEW_CLINICAL, patient_id=patient_id, object_id=course_id)
        with self._db.write() as db_session:
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
            return self._view(db_session, course)

    def courses(self, patient_id: int) -> list[CourseView]:
        self._require(Action.VIEW_CLINICAL, patient_id=patient_id)
        with self._db.read() as db_session:
            rows = db_session.scalars(
                select(Course)
                .where(Course.patient_id == patient_id)
                .order_by(Course.start_date.desc(), Course.id.desc())
            ).all()
            return [self._view(db_session, course) for course in rows]

    # --- editing --------------------------------------------------------------------------

    def update(self, course_id: int, draft: CourseDraft, expected_version: int) -> CourseView:
        with self._db.read() as db_session:
            patient_id = load_course(db_session, course_id).patient_id
        self._require(Action.EDIT_PLAN, patient_id=patient_id, object_id=course_id)
        with self._db.write() as db_session:
            course = load_course(db_session, course_id)
            require_version(db_session, course, expected_version, "course")
            sessions = _sessions(db_session, course.id)
            begun = max(
                (s.number for s in sessions if s.status != SessionStatus.SCHEDULED), default=0
            )
            if draft.planned_sessions < begun:
                problems = Problems()
                problems.add(
                    "planned_sessions",
                    f"Planned sessions: at least {begun}, the sessions already begun.",
                )
                raise CourseInvalid(problems)
            start = draft.start_date if not begun else course.start_date
            clean = validate_course(_keep_dates(draft, start, sessions, begun), self._today())
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
            moved = self._reschedule_all(db_session, course, sessions, clean.proposed_dates, begun)
            if moved:
                changed.append("proposed_dates")
            touch(course, self._actor, self._clock)
            self._changed(db_session, course, changed)
            return self._view(db_session, course)

    def schedule(self, course_id: int) -> ScheduleView:
        with self._db.read() as db_session:
            patient_id = load_course(db_session, course_id).patient_id
        self._require(Action.VIEW_SCHEDULE, patient_id=patient_id, object_id=course_id)
        with self._db.read() as db_session:
            course = load_course(db_session, course_id)
            sessions = _sessions(db_session, course.id)
            paid: dict[int, int] = {}
            for payment in db_session.scalars(
                select(SessionPayment).where(
                    SessionPayment.session_id.in_([s.id for s in sessions])
                )
            ):
                paid[payment.session_id] = paid.get(payment.session_id, 0) + payment.amount_cents
            return ScheduleView(
                course.id,
                course.patient_id,
                course.planned_sessions,
                tuple(
                    ScheduledSession(
                        s.id,
                        s.number,
                        session_label(s.number, course.planned_sessions),
                        s.session_date,
                        SessionStatus(s.status),
                        s.version,
                        s.fee_cents,
                        (s.paid_cents or 0) + paid.get(s.id, 0),
                    )
                    for s in sessions
                ),
            )

    def reschedule(self, session_id: int, day: dt.date, expected_version: int) -> ScheduledSession:
        with self._db.read() as db_session:
            found = db_session.get(TreatmentSession, session_id)
            patient_id = found.patient_id if found else None
        self._require(
            Action.SCHEDULE_SESSION,
            patient_id=patient_id,
            object_type="session",
            object_id=session_id,
        )
        with self._db.write() as db_session:
            record = db_session.get(TreatmentSession, session_id)
            if record is None:
                raise PlannerError(f"There is no session {session_id}.")
            require_version(db_session, record, expected_version, "session")
            if record.status != SessionStatus.SCHEDULED:
                raise PlannerError("Only a session that has not begun can be moved to another day.")
            course = load_course(db_session, record.course_id)
            _check_move(record, day, course, _sessions(db_session, course.id))
            record.session_date = day
            touch(record, self._actor, self._clock)
            db_session.flush()
            self._audit.record(
                db_session,
                self._actor,
                AuditAction.UPDATE,
                patient_id=record.patient_id,
                object_type="session",
                object_id=record.id,
                detail={"fields": ["session_date"]},
            )
            return ScheduledSession(
                record.id,
                record.number,
                session_label(record.number, course.planned_sessions),
                record.session_date,
                SessionStatus(record.status),
                record.version,
                record.fee_cents,
                record.paid_cents or 0,
            )

    def extend(self, course_id: int, extra: int, reason: str, expected_version: int) -> CourseView:
        with self._db.read() as db_session:
            patient_id = load_course(db_session, course_id).patient_id
        self._require(Action.EDIT_PLAN, patient_id=patient_id, object_id=course_id)
        with self._db.write() as db_session:
            course = load_course(db_session, course_id)
            require_version(db_session, course, expected_version, "course")
            if course.status in CLOSED:
                raise PlannerError("This course is closed; start a new course instead.")
            planned, text = validate_extension(course.planned_sessions, extra, reason)
            self._refuse_unresolved_referral(db_session, course)
            last = self._last_number(db_session, course.id)
            review = self._add_review(
                db_session,
                course,
                ReviewDraft(ReviewDecision.EXTEND, extend_by=extra, reason=text),
                at_session=last,
            )
            self._grow(db_session, course, planned)
            course.status = CourseStatus.EXTENDED
            course.extension_reason = text
            touch(course, self._actor, self._clock)
            db_session.flush()
            self._audit.record(
                db_session,
                self._actor,
                AuditAction.UPDATE,
                patient_id=course.patient_id,
                object_type="course",
                object_id=course.id,
                detail={
                    "fields": ["planned_sessions", "status"],
                    "extend_by": extra,
                    "review_id": review.id,
                },
            )
            return self._view(db_session, course)

    def record_review(
        self, course_id: int, review: ReviewDraft, expected_version: int
    ) -> CourseView:
        with self._db.read() as db_session:
            patient_id = load_course(db_session, course_id).patient_id
        self._require(Action.EDIT_PLAN, patient_id=patient_id, object_id=course_id)
        with self._db.write() as db_session:
            course = load_course(db_session, course_id)
            require_version(db_session, course, expected_version, "course")
            if course.status in CLOSED:
                raise PlannerError("This course is closed already.")
            clean = validate_review(review, course.planned_sessions)
            row = self._add_review(
                db_session, course, clean, self._last_number(db_session, course.id)
            )
            outcome = review_outcome(clean, course.planned_sessions, CourseStatus(course.status))
            if outcome.planned_sessions > course.planned_sessions:
                self._refuse_unresolved_referral(db_session, course)
            if outcome.planned_sessions != course.planned_sessions:
                self._grow(db_session, course, outcome.planned_sessions)
            course.status = outcome.status
            if outcome.closes:
                course.end_date = self._today()
                self._close_schedule(db_session, course)
            touch(course, self._actor, self._clock)
            db_session.flush()
            self._audit.record(
                db_session,
                self._actor,
                AuditAction.UPDATE,
                patient_id=course.patient_id,
                object_type="course",
                object_id=course.id,
                detail={"review_id": row.id, "decision": str(clean.decision)},
            )
            return self._view(db_session, course)

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

    def _refuse_unresolved_referral(self, db_session: Session, course: Course) -> None:
        """More sessions are not booked while the latest intake says "Refer before
        treating" and the course holds no override for it (given at the start or in the
        plan editor); nothing is changed."""
        overrides = resolutions(db_session, course.id)[1]
        check = _start_check(facts_now(db_session, course.patient_id, self._today()), overrides)
        if check.needs_override:
            why = "; ".join(f.message for f in check.needs_override)
            raise PlannerError(
                f"Refer before treating: the latest intake has a red flag ({why}) and this "
                "course holds no override for it, so no sessions were added.",
                hint="Refer the patient, or record the override with a reason in the plan "
                "editor (Plan…) first.",
            )

    def _changed(self, db_session: Session, course: Course, changed: list[str]) -> None:
        db_session.flush()
        self._audit.record(
            db_session,
            self._actor,
            AuditAction.UPDATE,
            patient_id=course.patient_id,
            object_type="course",
            object_id=course.id,
            detail={"fields": changed},
        )

    def _schedule(
        self, db_session: Session, course: Course, first: int, dates: tuple[dt.date, ...]
    ) -> None:
        for number, day in enumerate(dates, start=first):
            db_session.add(
                TreatmentSession(
                    course_id=course.id,
                    patient_id=course.patient_id,
                    number=number,
                    status=SessionStatus.SCHEDULED,
                    client_uuid=str(uuid.uuid4()),
                    session_date=day,
                    updated_by_id=self._actor.user_id,
                )
            )
        db_session.flush()

    def _grow(self, db_session: Session, course: Course, planned: int) -> None:
        """Scheduled sessions for the numbers added to the course."""
        sessions = _sessions(db_session, course.id)
        dates = tuple(s.session_date for s in sessions)
        extra = planned - len(sessions)
        anchor = max(self._today(), course.start_date)
        new = more_dates(dates, anchor, course.sessions_per_week, extra) if extra > 0 else ()
        self._schedule(db_session, course, len(sessions) + 1, new)
        course.planned_sessions = planned

    def _reschedule_all(
        self,
        db_session: Session,
        course: Course,
        sessions: list[TreatmentSession],
        dates: tuple[dt.date, ...],
        begun: int,
    ) -> bool:
        moved = False
        by_number = {s.number: s for s in sessions}
        for number, day in enumerate(dates, start=1):
            record = by_number.get(number)
            if record is None:
                self._schedule(db_session, course, number, (day,))
                moved = True
            elif number > begun and record.session_date != day:
                record.session_date = day
                touch(record, self._actor, self._clock)
                moved = True
        for record in sessions:
            if record.number > len(dates):  # fewer planned: unbegun sessions go
                if db_session.scalar(
                    select(SessionPayment.id).where(SessionPayment.session_id == record.id)
                ):
                    problems = Problems()
                    problems.add(
                        "planned_sessions",
                        f"Planned sessions: session {record.number} is already paid for.",
                    )
                    raise CourseInvalid(problems)
                db_session.delete(record)
                moved = True
        return moved

    def _close_schedule(self, db_session: Session, course: Course) -> None:
        """Sessions not begun are removed when a course closes; one already paid for is
        kept as cancelled on the closing day (with those before it, so numbers stay 1..n)."""
        waiting = [
            s for s in _sessions(db_session, course.id) if s.status == SessionStatus.SCHEDULED
        ]
        paid = set(
            db_session.scalars(
                select(SessionPayment.session_id).where(
                    SessionPayment.session_id.in_([s.id for s in waiting])
                )
            )
        )
        keep_to = max((s.number for s in waiting if s.id in paid), default=0)
        for item in waiting:
            if item.number <= keep_to:
                item.status = SessionStatus.CANCELLED
                item.session_date = min(item.session_date, self._today())
                touch(item, self._actor, self._clock)
            else:
                db_session.delete(item)

    def _last_number(self, db_session: Session, course_id: int) -> int:
        begun = [
            s.number
            for s in _sessions(db_session, course_id)
            if s.status != SessionStatus.SCHEDULED
        ]
        return max(begun, default=0)

    def _add_review(
        self, db_session: Session, course: Course, review: ReviewDraft, at_session: int
    ) -> CourseReview:
        pain = _pain(db_session, course)
        row = CourseReview(
            course_id=course.id,
            intake_id=course.intake_id,
            at_session=at_session,
            decision=str(review.decision),
            extend_by=review.extend_by,
            discharge_reason=str(review.discharge_reason) if review.discharge_reason else None,
            refer_to=review.refer_to,
            reason=review.reason,
            note=review.note,
            pain_start=pain.baseline,
            pain_latest=pain.latest,
            decided_by_id=self._actor.user_id,
        )
        row.created_at = row.updated_at = self._clock()
        db_session.add(row)
        db_session.flush()
        return row

    def _view(self, db_session: Session, course: Course) -> CourseView:
        planned = course.planned_sessions
        slots = tuple(
            SessionSlot(
                s.id,
                s.number,
                session_label(s.number, planned),
                s.session_date,
                SessionStatus(s.status),
                s.version,
                review_due(s.number, planned, course.mid_review_at),
            )
            for s in _sessions(db_session, course.id)
        )
        reviews = db_session.scalars(
            select(CourseReview)
            .where(CourseReview.course_id == course.id)
            .order_by(CourseReview.created_at, CourseReview.id)
        )
        return CourseView(
            id=course.id,
            patient_id=course.patient_id,
            intake_id=course.intake_id,
            version=course.version,
            status=CourseStatus(course.status),
            planned_sessions=planned,
            sessions_per_week=course.sessions_per_week,
            start_date=course.start_date,
            end_date=course.end_date,
            goals=course.goals,
            goal_target_pain=course.goal_target_pain,
            mid_review_at=course.mid_review_at,
            sessions_reason=course.sessions_reason,
            sessions=slots,
            reviews=tuple(
                ReviewView(
                    r.id,
                    r.at_session,
                    ReviewDecision(r.decision),
                    r.extend_by,
                    DischargeReason(r.discharge_reason) if r.discharge_reason else None,
                    r.refer_to,
                    r.reason,
                    r.note,
                    r.pain_start,
                    r.pain_latest,
                    r.created_at,
                )
                for r in reviews
            ),
            pain=_pain(db_session, course),
        )


def _start_check(facts: PatientFacts, reasons: Mapping[FindingKey, str]) -> SafetyCheck:
    """The refer findings at the start of a course, with the override reasons given."""
    findings = refer_findings(screen(facts, PlannedTreatment(frozenset())))
    current = {key_of(f) for f in findings}
    return SafetyCheck(
        findings=findings, overrides={k: v for k, v in reasons.items() if k in current}
    )


def _sessions(db_session: Session, course_id: int) -> list[TreatmentSession]:
    return list(
        db_session.scalars(
            select(TreatmentSession)
            .where(TreatmentSession.course_id == course_id)
            .order_by(TreatmentSession.number)
        )
    )


def _check_move(
    record: TreatmentSession, day: dt.date, course: Course, sessions: list[TreatmentSession]
) -> None:
    """A scheduled session moves within the course and stays between its neighbours."""
    before = [s.session_date for s in sessions if s.number < record.number]
    after = [s.session_date for s in sessions if s.number > record.number]
    problems = Problems()
    if day < course.start_date:
        problems.add("session_date", f"Date: before the course starts ({course.start_date}).")
    elif before and day < max(before):
        problems.add("session_date", f"Date: before session {record.number - 1} ({max(before)}).")
    elif after and day > min(after):
        problems.add(
            "session_date",
            f"Date: after session {record.number + 1} ({min(after)}); move that one first.",
        )
    if problems:
        raise CourseInvalid(problems)


def _keep_dates(
    draft: CourseDraft,
    start: dt.date | None,
    sessions: list[TreatmentSession],
    begun: int,
) -> CourseDraft:
    """Dates of sessions already begun cannot move; an edit supplies the rest."""
    dates = list(draft.proposed_dates)
    for record in sessions:
        if record.number <= begun and record.number <= len(dates):
            dates[record.number - 1] = record.session_date
    return replace(draft, start_date=start, proposed_dates=tuple(dates))


def _pain(db_session: Session, course: Course) -> PainProgress:
    baseline = None
    if course.intake_id is not None:
        baseline = db_session.scalar(select(Intake.nrs_now).where(Intake.id == course.intake_id))
    scores = [
        s.pain_before
        for s in _sessions(db_session, course.id)
        if s.pain_before is not None and s.status in (SessionStatus.DRAFT, SessionStatus.SIGNED)
    ]
    if baseline is None and scores:
        baseline = scores[0]
    latest = scores[-1] if scores else None
    return PainProgress(baseline, latest, pain_change(baseline, latest))
