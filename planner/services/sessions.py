"""Session records: open today's session, save drafts, sign, amend; fees and payments.

API for the session screen (role checked first; changes audited in their transaction;
``ConflictError`` names who saved first):

``SessionService(db, actor, audit=None, today=date.today, clock=utc_now)``

* ``open_today(course_id, prefill="auto") -> SessionRecordView`` — resumes the course's
  draft if there is one; otherwise takes the next scheduled session, dates it today and
  prefills it from the last session given ("auto"/"last") or from the plan ("plan").
  Past the planned number it raises ``ExtensionNeeded`` (extend the course first, see
  ``CourseService.extend``); a closed course is refused. Once a session of the course
  dated today is signed (and no draft is under way) it returns that session, signed and
  read only (``status`` SIGNED), and starts nothing: a second session the same day would
  date the next one today and move every later booked session a week. [practitioner]
* ``get(session_id) -> SessionRecordView`` — opens a session (audited). [practitioner]
* ``save_draft(session_id, draft, expected_version, acknowledged=frozenset(),
  overrides=None, *, save_id=None) -> SessionRecordView`` — a draft may be incomplete but
  every value must be allowed (``SessionInvalid.problems`` names fields: ``pain_before``,
  ``treatment.points[0].side``, ``adverse_events[1].action_taken`` …). Drafts are in the
  database, so they survive closing the app. The safety engine reruns on the treatment
  with the health check's answers added; acknowledgements/overrides given here are
  stored for this session (overrides audited). ``save_id`` (a UUID made once per save)
  makes a retry after a lost connection safe: a save already kept is not repeated. [practitioner]
* ``check(session_id, draft, acknowledged=frozenset(), overrides=None) -> SafetyCheck`` —
  run on every change of the health check or the treatment: the safety engine on the
  draft with today's answers added and the resolutions already stored (points not in
  the catalog left out). Not stored, not audited. [practitioner]
* ``sign(session_id, expected_version) -> SessionRecordView`` — the final checks (pain
  before, complete treatment, needles out = needles in) and every safety finding
  acknowledged or overridden (``SafetyUnresolved``), then signed through
  ``SignOff``: read-only from then on. [practitioner]
* ``save_and_sign(session_id, draft, expected_version, acknowledged=frozenset(),
  overrides=None, *, save_id=None) -> SessionRecordView`` — the screen's Sign: the draft
  saved and signed in ONE transaction, with the checks and audit rows of ``save_draft``
  then ``sign``; a refusal (``SessionInvalid``, ``SafetyUnresolved``, ``ConflictError``
  …) leaves nothing saved; a retry with the same ``save_id`` of a sign already kept
  returns the signed session. [practitioner]
* ``amend(session_id, text)`` / ``amendments(session_id)`` — through ``SignOff``.
* ``record_fee(session_id, fee_cents, expected_version) -> int`` — the fee of a session
  not yet signed; returns the new version. [reception, practitioner]
* ``record_payment(session_id, amount_cents, method, paid_on) -> PaymentView`` — also
  after signing (payments are their own rows). [reception, practitioner]

``SessionRecordView`` has the label ("Session 3 of 6"), whether it is a review point,
the draft, ``changes`` (what differs from the previous session, "repeat last"), the
safety check, and sign-off details.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import replace

from sqlalchemy.orm import Session

from planner.clock import utc_now
from planner.domain.access import Action
from planner.domain.courses import check_can_record
from planner.domain.courses_safety import (
    FindingKey,
    SafetyCheck,
    SafetyUnresolved,
    clean_overrides,
    safety_check,
)
from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.domain.sessions import (
    SessionDraft,
    SessionInvalid,
    facts_after_check,
    session_from_plan,
    session_from_previous,
    validate_session,
)
from planner.domain.validation import Problems
from planner.domain.vocab import CourseStatus, SessionStatus
from planner.services.actor import Actor
from planner.services.audit import AuditAction, AuditTrail
from planner.services.course_schedule import shift_later, signed_today
from planner.services.course_support import (
    before_course,
    before_session,
    facts_now,
    not_started,
    require_version,
    screenable,
    store_resolutions,
    touch,
)
from planner.services.save_retry import already_kept, save_key
from planner.services.session_desk import SessionDesk
from planner.services.session_views import SessionRecordView, record_view
from planner.services.signoff import AmendmentView, SignOff
from planner.storage.database import Database
from planner.storage.models import Course, TreatmentSession
from planner.storage.queries.courses import (
    Resolutions,
    consents_now,
    load_course,
    resolutions,
)
from planner.storage.queries.plans import plan_of
from planner.storage.queries.sessions import (
    add_scheduled,
    apply_session,
    course_sessions,
    latest_given_date,
    load_session,
    session_draft_of,
    signed_state,
)

PREFILL_AUTO, PREFILL_LAST, PREFILL_PLAN = "auto", "last", "plan"


class SessionService(SessionDesk):
    def __init__(
        self,
        db: Database,
        actor: Actor,
        audit: AuditTrail | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        super().__init__(db, actor, audit, today, clock)
        self._signoff = SignOff(db, actor, self._audit, clock=clock)

    # --- the practitioner's record -------------------------------------------------------

    def open_today(self, course_id: int, prefill: str = PREFILL_AUTO) -> SessionRecordView:
        with self._action(
            Action.RECORD_SESSION,
            record=(Course, course_id),  # a refusal names its patient (found in it)
            object_type="course",
            object_id=course_id,
        ) as checked:
            db_session = checked.db_session
            course = load_course(db_session, course_id)
            sessions = course_sessions(db_session, course.id)
            record = next((s for s in sessions if s.status == SessionStatus.DRAFT), None)
            if record is None:  # today's already signed: that one again, read only
                record = signed_today(sessions, self._today())
            action = AuditAction.OPEN_RECORD
            if record is None:
                record = next((s for s in sessions if s.status == SessionStatus.SCHEDULED), None)
                number = record.number if record else len(sessions) + 1
                check_can_record(number, course.planned_sessions, CourseStatus(course.status))
                if record is None:  # fewer rows than planned (older data): add the next one
                    [record] = add_scheduled(db_session, course, number, [self._today()], None)
                if self._today() < course.start_date:
                    raise not_started(course.start_date)
                draft = self._prefill(course, sessions, prefill)
                shift_later(sessions, record.number, self._today(), course.sessions_per_week)
                record.status = SessionStatus.DRAFT
                record.practitioner_id = self._actor.user_id
                apply_session(record, draft)
                touch(record, self._actor, self._clock)
                if course.status == CourseStatus.PLANNED:
                    course.status = CourseStatus.ACTIVE
                    touch(course, self._actor, self._clock)
                action = AuditAction.UPDATE
            db_session.flush()
            self._audit.record(
                db_session,
                self._actor,
                action,
                patient_id=record.patient_id,
                object_type="session",
                object_id=record.id,
                detail={"fields": ["status", "session_date"]}
                if action == AuditAction.UPDATE
                else {"scope": "clinical"},
            )
            return self._view(db_session, course, record)

    def get(self, session_id: int) -> SessionRecordView:
        self._require(Action.VIEW_CLINICAL, session_id)
        with self._db.write() as db_session:
            record = load_session(db_session, session_id)
            self._audit.record(
                db_session,
                self._actor,
                AuditAction.OPEN_RECORD,
                patient_id=record.patient_id,
                object_type="session",
                object_id=record.id,
                detail={"scope": "clinical"},
            )
            return self._view(db_session, load_course(db_session, record.course_id), record)

    def save_draft(
        self,
        session_id: int,
        draft: SessionDraft,
        expected_version: int,
        acknowledged: frozenset[FindingKey] = frozenset(),
        overrides: Mapping[FindingKey, str] | None = None,
        *,
        save_id: str | None = None,
    ) -> SessionRecordView:
        """``save_id``: a UUID the caller makes once per save and repeats on a retry
        (after ``SaveOutcomeUnknown``); a save already kept is then not applied again."""
        patient_id = self._require(Action.RECORD_SESSION, session_id)
        if overrides:  # checked before the transaction: a refusal is audited in its own
            self._require(Action.OVERRIDE_SAFETY, session_id)
        reasons = clean_overrides(overrides or {})
        save_id = save_key(save_id)
        with self._db.read() as db_session:
            consents = consents_now(db_session, patient_id)
        clean = validate_session(draft, self._today(), consents)
        with self._db.write() as db_session:
            record = load_session(db_session, session_id)
            if record.version != expected_version and already_kept(db_session, record, save_id):
                return self._view(db_session, load_course(db_session, record.course_id), record)
            require_version(db_session, record, expected_version, "session")
            if record.status != SessionStatus.DRAFT:
                raise PlannerError(
                    translate("sessions", "Only a session being recorded can be saved as a draft.")
                )
            course = load_course(db_session, record.course_id)
            _check_date(db_session, clean, course, record.number)
            before = resolutions(db_session, course.id, record.id)
            check = self._safety(db_session, course, clean, before, acknowledged, reasons)
            self._store(db_session, record, course, clean, check, before, save_id)
            return self._view(db_session, course, record)

    def check(
        self,
        session_id: int,
        draft: SessionDraft,
        acknowledged: frozenset[FindingKey] = frozenset(),
        overrides: Mapping[FindingKey, str] | None = None,
    ) -> SafetyCheck:
        """The safety engine on a draft as typed (run on every change of the health check
        or the treatment), with the resolutions already stored; not stored, not audited."""
        with self._session_action(Action.VIEW_CLINICAL, session_id, write=False) as checked:
            db_session = checked.db_session
            record = load_session(db_session, session_id)
            course = load_course(db_session, record.course_id)
            before = resolutions(db_session, course.id, record.id)
            return self._safety(db_session, course, draft, before, acknowledged, overrides)

    def sign(self, session_id: int, expected_version: int) -> SessionRecordView:
        patient_id = self._require(Action.SIGN_SESSION, session_id)
        with self._db.read() as db_session:
            record = load_session(db_session, session_id)
            require_version(db_session, record, expected_version, "session")
            course = load_course(db_session, record.course_id)
            consents = consents_now(db_session, patient_id)
            stored = session_draft_of(record)
            validate_session(stored, self._today(), consents, final=True)
            check = self._safety(
                db_session, course, stored, resolutions(db_session, course.id, record.id)
            )
            if not check.resolved:
                raise SafetyUnresolved(check)
            view = self._view(db_session, course, record, draft=stored, safety=check)
        self._signoff.sign(session_id, expected_version)
        # Signing changes only these (SignOff refuses a session changed meanwhile), so the
        # view read above is completed with them instead of being read and checked again.
        with self._db.read() as db_session:
            version, signed_at, signer = signed_state(db_session, session_id)
        return replace(
            view,
            status=SessionStatus.SIGNED,
            version=version,
            signed_at=signed_at,
            signed_by=signer,
        )

    def save_and_sign(
        self,
        session_id: int,
        draft: SessionDraft,
        expected_version: int,
        acknowledged: frozenset[FindingKey] = frozenset(),
        overrides: Mapping[FindingKey, str] | None = None,
        *,
        save_id: str | None = None,
    ) -> SessionRecordView:
        """The session screen's Sign: what was typed is saved and signed in one
        transaction, with the checks of :meth:`save_draft` then :meth:`sign` and the same
        audit rows (``update``, any ``safety_override``, ``sign``). Any refusal leaves
        nothing saved. ``save_id`` makes a retry safe: a sign already kept is not
        repeated (its signed view is returned)."""
        actions = [Action.RECORD_SESSION]
        if overrides:
            actions.append(Action.OVERRIDE_SAFETY)
        self._require_all(session_id, (*actions, Action.SIGN_SESSION))
        reasons = clean_overrides(overrides or {})
        save_id = save_key(save_id)
        with self._db.write() as db_session:
            record = load_session(db_session, session_id)
            course = load_course(db_session, record.course_id)
            if (
                record.version != expected_version
                and record.status == SessionStatus.SIGNED
                and already_kept(db_session, record, save_id)
            ):
                return self._view(db_session, course, record)
            require_version(db_session, record, expected_version, "session")
            if record.status == SessionStatus.SIGNED:
                raise PlannerError(translate("sessions", "This session is already signed."))
            if record.status != SessionStatus.DRAFT:
                raise PlannerError(
                    translate("sessions", "Only a session being recorded can be signed.")
                )
            consents = consents_now(db_session, record.patient_id)
            clean = validate_session(draft, self._today(), consents, final=True)
            _check_date(db_session, clean, course, record.number)
            before = resolutions(db_session, course.id, record.id)
            check = self._safety(db_session, course, clean, before, acknowledged, reasons)
            if not check.resolved:
                raise SafetyUnresolved(check)
            self._store(db_session, record, course, clean, check, before, save_id)
            self._signoff.mark_signed(db_session, record)
            signer = self._actor.full_name or self._actor.username
            return self._view(db_session, course, record, safety=check, signed_by=signer)

    def _store(
        self,
        db_session: Session,
        record: TreatmentSession,
        course: Course,
        clean: SessionDraft,
        check: SafetyCheck,
        before: Resolutions,
        save_id: str | None,
    ) -> None:
        """Write the checked draft into the record, with its audit row (the fields that
        changed, and the save id that makes a retry safe) and the safety resolutions."""
        changed = _changed(session_draft_of(record), clean)
        apply_session(record, clean)
        self._audit.changed(
            db_session,
            self._actor,
            record,
            AuditAction.UPDATE,
            object_type="session",
            detail={"fields": changed, **({"save_id": save_id} if save_id else {})},
            at=self._clock(),
        )
        store_resolutions(
            db_session,
            check=check,
            before=before,
            course=course,
            session_id=record.id,
            actor=self._actor,
            audit=self._audit,
        )

    def amend(self, session_id: int, text: str) -> AmendmentView:
        return self._signoff.amend(session_id, text)

    def amendments(self, session_id: int) -> list[AmendmentView]:
        return self._signoff.amendments(session_id)

    # --- helpers -------------------------------------------------------------------------

    def _require_all(self, session_id: int, actions: tuple[Action, ...]) -> None:
        """The role checks of one action that needs several rights; a refusal is audited
        (naming the patient, so the record is read only then)."""
        if all(self._can(action) for action in actions):
            return
        for action in actions:
            self._require(action, session_id)

    def _prefill(self, course: Course, sessions: list[TreatmentSession], how: str) -> SessionDraft:
        today = self._today()
        given = [s for s in sessions if s.status == SessionStatus.SIGNED]
        if how != PREFILL_PLAN and given:
            return session_from_previous(session_draft_of(given[-1]), today)
        return session_from_plan(plan_of(course), today)

    def _safety(
        self,
        db_session: Session,
        course: Course,
        draft: SessionDraft,
        before: tuple[frozenset[FindingKey], dict[FindingKey, str]],
        acknowledged: frozenset[FindingKey] = frozenset(),
        overrides: Mapping[FindingKey, str] | None = None,
    ) -> SafetyCheck:
        facts = facts_after_check(
            facts_now(db_session, course.patient_id, self._today()), draft.check
        )
        return safety_check(
            facts,
            screenable(draft.treatment),
            before[0] | acknowledged,
            {**before[1], **(overrides or {})},
        )

    def _view(
        self,
        db_session: Session,
        course: Course,
        record: TreatmentSession,
        *,
        draft: SessionDraft | None = None,
        safety: SafetyCheck | None = None,
        signed_by: str | None = None,
    ) -> SessionRecordView:
        """What the screen shows; ``draft``, ``safety`` and ``signed_by`` when the caller
        has just read or made them in this transaction (they are not read again)."""
        draft = session_draft_of(record) if draft is None else draft
        if safety is None:
            before = resolutions(db_session, course.id, record.id)
            safety = self._safety(db_session, course, draft, before)
        return record_view(db_session, course, record, draft, safety, signed_by)


def _check_date(db_session: Session, draft: SessionDraft, course: Course, number: int) -> None:
    """A session is dated within its course, not before a session already given."""
    day = draft.session_date
    latest = latest_given_date(db_session, course.id, number)
    problems = Problems()
    if day is not None and day < course.start_date:
        problems.add("session_date", before_course(course.start_date))
    elif day is not None and latest is not None and day < latest:
        problems.add("session_date", before_session(number - 1, latest))
    if problems:
        raise SessionInvalid(problems)


def _changed(before: SessionDraft, after: SessionDraft) -> list[str]:
    names = (
        "session_date",
        "start_time",
        "duration_minutes",
        "pain_before",
        "check",
        "treatment",
        "needles_in",
        "needles_out",
        "response",
        "pain_after",
        "adverse_events",
        "notes",
        "fee_cents",
    )
    return [n for n in names if getattr(before, n) != getattr(after, n)]
