"""Courses, plans and sessions through the services, on SQLite (plain ORM code; the
engine-specific parts are tested in test_storage, test_save_and_sign and the search tests)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import pytest
from sqlalchemy import func, select

from planner.domain.courses import CourseDraft, CourseInvalid, ExtensionNeeded, ReviewDraft
from planner.domain.courses_safety import SafetyUnresolved, key_of
from planner.domain.errors import ConflictError, PlannerError, ValidationError
from planner.domain.intake import IntakeDraft
from planner.domain.plans import ElectroPair, Plan, PlanInvalid, PointChoice
from planner.domain.sessions import (
    AdverseEventEntry,
    HealthCheck,
    NeedleResponse,
    SessionInvalid,
)
from planner.domain.vocab import (
    AdverseEventKind,
    AdverseSeverity,
    Condition,
    ConsentScope,
    CourseStatus,
    DischargeReason,
    PaymentMethod,
    PointSide,
    RedFlag,
    ReviewDecision,
    SessionStatus,
    Technique,
)
from planner.services.actor import Actor
from planner.services.audit import AuditFilter, AuditTrail
from planner.services.courses import CourseService
from planner.services.guard import AccessDenied
from planner.services.intake import IntakeService
from planner.services.plan_templates import PlanTemplateService
from planner.services.plans import PlanService
from planner.services.sessions import SessionService
from planner.storage.database import Database
from planner.storage.guards import SignedRecordError
from planner.storage.models import AuditEvent, SafetyOverride, TreatmentSession
from tests.helpers.factories import PRACTITIONER, RECEPTION, add_patient, add_user
from tests.screened import SCREENED

TODAY = dt.date(2026, 11, 2)
B, L, M = PointSide.BILATERAL, PointSide.LEFT, PointSide.MIDLINE
T = Technique
NEEDLING_PLAN = Plan(
    techniques=frozenset({T.LOCAL_NEEDLING, T.DISTAL_NEEDLING}),
    points=(PointChoice("BL23", B), PointChoice("GV3", M), PointChoice("BL40", B)),
)
EA_PLAN = replace(
    NEEDLING_PLAN,
    techniques=NEEDLING_PLAN.techniques | {T.ELECTROACUPUNCTURE},
    points=(*NEEDLING_PLAN.points, PointChoice("BL25", B)),
    electro=(ElectroPair("BL23", "BL25"),),
)


@dataclass
class Clinic:
    db: Database
    ada: Actor  # practitioner
    ben: Actor  # a second practitioner
    reza: Actor  # reception
    patient: int

    def courses(self, actor: Actor | None = None, today: dt.date = TODAY) -> CourseService:
        return CourseService(self.db, actor or self.ada, today=lambda: today)

    def plans(self, actor: Actor | None = None) -> PlanService:
        templates = PlanTemplateService(self.db, actor or self.ada)
        return PlanService(self.db, actor or self.ada, today=lambda: TODAY, templates=templates)

    def sessions(self, actor: Actor | None = None, today: dt.date = TODAY) -> SessionService:
        return SessionService(self.db, actor or self.ada, today=lambda: today)


def _intake(db: Database, actor: Actor, patient: int, **facts: object) -> None:
    service = IntakeService(db, actor, today=lambda: TODAY)
    draft = IntakeDraft(
        intake_date=TODAY,
        complaint="Low back ache after gardening",
        nrs_now=7,
        goals_in_own_words="Garden again",
        goal_target_pain=2,
        red_flags=SCREENED,
        **facts,  # type: ignore[arg-type]
    )
    service.save(patient, draft)


def _consent(db: Database, actor: Actor, patient: int, *scopes: ConsentScope) -> None:
    service = IntakeService(db, actor, today=lambda: TODAY)
    for scope in scopes:
        service.record_consent(patient, scope, True, TODAY)


@pytest.fixture
def staff_clinic(db: Database) -> Clinic:
    ada = add_user(db, "ada", PRACTITIONER, "Ada Lovelace")
    ben = add_user(db, "ben", PRACTITIONER, "Ben Okri")
    reza = add_user(db, "reza", RECEPTION, "Reza Front")
    patient = add_patient(db)
    _intake(db, ada, patient)
    _consent(db, ada, patient, *ConsentScope)
    return Clinic(db, ada, ben, reza, patient)


def _audit_count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def _start(staff_clinic: Clinic, **changes: object) -> int:
    service = staff_clinic.courses()
    draft = replace(service.new_course(staff_clinic.patient), **changes)  # type: ignore[arg-type]
    return service.start(staff_clinic.patient, draft).id


def test_start_course_from_the_intake_with_scheduled_sessions(staff_clinic: Clinic) -> None:
    service = staff_clinic.courses()
    draft = service.new_course(staff_clinic.patient)
    assert draft.goals == "Garden again" and draft.goal_target_pain == 2
    view = service.start(staff_clinic.patient, replace(draft, sessions_per_week=2.0))
    assert view.status == CourseStatus.PLANNED and view.planned_sessions == 6
    assert [s.label for s in view.sessions][:2] == ["Session 1 of 6", "Session 2 of 6"]
    assert [s.session_date - TODAY for s in view.sessions][:3] == [
        dt.timedelta(0),
        dt.timedelta(days=4),
        dt.timedelta(days=7),
    ]
    assert view.sessions[2].review == "mid" and view.sessions[5].review == "final"
    assert all(s.status == SessionStatus.SCHEDULED for s in view.sessions)
    assert view.pain.baseline == 7 and view.pain.change is None
    with pytest.raises(CourseInvalid) as caught:
        service.start(staff_clinic.patient, replace(draft, planned_sessions=8))
    assert "sessions_reason" in caught.value.problems
    eight = service.start(
        staff_clinic.patient, replace(draft, planned_sessions=8, sessions_reason="x")
    )
    assert len(eight.sessions) == 8 and eight.sessions_reason == "x"
    assert len(service.courses(staff_clinic.patient)) == 2


def test_a_course_needs_an_intake(staff_clinic: Clinic) -> None:
    other = add_patient(staff_clinic.db, "Kai", "Nguyen")
    with pytest.raises(PlannerError, match="no intake"):
        staff_clinic.courses().start(other, CourseDraft(start_date=TODAY))


def test_pacemaker_blocks_electroacupuncture_until_an_audited_override(db: Database) -> None:
    ada = add_user(db, "ada", PRACTITIONER, "Ada Lovelace")
    patient = add_patient(db)
    _intake(db, ada, patient, conditions={Condition.IMPLANTED_DEVICE: True})
    _consent(db, ada, patient, *ConsentScope)
    staff_clinic = Clinic(db, ada, ada, ada, patient)
    course_id = _start(staff_clinic)
    plans = staff_clinic.plans()
    view = plans.plan(course_id)
    check = plans.check(course_id, EA_PLAN)
    assert [f.rule for f in check.needs_override] == ["ea.implanted_device"]
    with pytest.raises(SafetyUnresolved) as caught:
        plans.save(course_id, EA_PLAN, view.course_version)
    assert caught.value.check.needs_override
    key = key_of(check.needs_override[0])
    with pytest.raises(PlanInvalid, match="at least 10"):
        plans.save(course_id, EA_PLAN, view.course_version, overrides={key: "ok"})
    before = _audit_count(db)
    saved = plans.save(
        course_id,
        EA_PLAN,
        view.course_version,
        overrides={key: "Cardiologist's letter: device is EA-safe at low intensity."},
    )
    assert saved.safety.resolved and saved.course_version > view.course_version
    assert _audit_count(db) == before + 2  # the plan's update and the override
    rows = AuditTrail().query(db, AuditFilter(patient_id=patient, action="safety_override"))
    assert len(rows) == 1 and rows[0].detail["rule"] == "ea.implanted_device"
    assert "Cardiologist" not in str(rows[0].detail)  # reasons are clinical text
    # Saved again unchanged: the stored override still applies, nothing new is audited.
    again = plans.save(course_id, EA_PLAN, saved.course_version)
    assert again.safety.resolved
    assert plans.plan(course_id).plan.electro[0].point_b == "BL25"
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(SafetyOverride)) == 1


def test_warnings_need_acknowledgement(db: Database) -> None:
    ada = add_user(db, "ada", PRACTITIONER)
    patient = add_patient(db)
    _intake(db, ada, patient, conditions={Condition.NEEDLE_PHOBIA: True})
    _consent(db, ada, patient, ConsentScope.NEEDLING)
    staff_clinic = Clinic(db, ada, ada, ada, patient)
    course_id = _start(staff_clinic)
    plans = staff_clinic.plans()
    version = plans.plan(course_id).course_version
    with pytest.raises(SafetyUnresolved, match="not acknowledged"):
        plans.save(course_id, NEEDLING_PLAN, version)
    warning = plans.check(course_id, NEEDLING_PLAN).unacknowledged[0]
    saved = plans.save(course_id, NEEDLING_PLAN, version, acknowledged=frozenset({key_of(warning)}))
    assert saved.safety.resolved and saved.plan.needles == 2 + 1 + 2


def test_only_consented_techniques_can_be_planned(db: Database) -> None:
    ada = add_user(db, "ada", PRACTITIONER)
    patient = add_patient(db)
    _intake(db, ada, patient, sciatica_side=None)
    _consent(db, ada, patient, ConsentScope.NEEDLING)
    staff_clinic = Clinic(db, ada, ada, ada, patient)
    course_id = _start(staff_clinic)
    plans = staff_clinic.plans()
    version = plans.plan(course_id).course_version
    with pytest.raises(PlanInvalid) as caught:
        plans.save(course_id, EA_PLAN, version)
    assert "electroacupuncture" in caught.value.problems["techniques"]
    start = plans.from_template(course_id, "protocol:chronic_low_back_pain")
    assert start.left_out == (T.ELECTROACUPUNCTURE, T.MOXIBUSTION)
    assert not start.plan.electro and start.plan.moxibustion is None
    assert any(d.subject == "BL23" and d.kind == "added" for d in start.changes)
    saved = plans.save(course_id, start.plan, version)
    assert saved.plan.protocol == "chronic_low_back_pain"
    assert {p.code: p.side for p in saved.plan.points}["GV3"] == M


def test_plan_templates_and_repeat_last(staff_clinic: Clinic) -> None:
    from planner.services.plan_templates import PlanTemplateService

    templates = PlanTemplateService(staff_clinic.db, staff_clinic.ada)
    assert templates.templates()[0].kind == "protocol"
    mine = templates.save("Ada's lumbar", NEEDLING_PLAN, "Gentle first session")
    with pytest.raises(ValidationError, match="already used"):
        templates.save("ada's LUMBAR", NEEDLING_PLAN)
    assert mine.ref in [t.ref for t in templates.templates()]
    course_id = _start(staff_clinic)
    plans = staff_clinic.plans()
    start = plans.from_template(course_id, mine.ref)
    assert start.plan.points == NEEDLING_PLAN.points and not start.left_out
    saved = plans.save(course_id, start.plan, plans.plan(course_id).course_version)
    sessions = staff_clinic.sessions()
    first = sessions.open_today(course_id)
    assert [p.code for p in first.draft.treatment.points] == ["BL23", "GV3", "BL40"]
    draft = replace(
        first.draft,
        pain_before=7,
        treatment=replace(first.draft.treatment, points=first.draft.treatment.points[:2]),
        needles_in=None,  # counted again from the points
        needles_out=3,
    )
    first = sessions.save_draft(first.id, draft, first.version)
    assert [d.text for d in first.changes] == ["BL40 removed", "needles: 5 → 3"]
    sessions.sign(first.id, first.version)
    last = plans.repeat_last(course_id)
    assert last.source == "last_session" and last.changes[0].text == "BL40 removed"
    assert mine.version is not None
    templates.archive(int(mine.ref.split(":")[1]), mine.version)
    assert mine.ref not in [t.ref for t in templates.templates()]
    assert saved.plan.needles == 5


def test_sciatica_protocol_takes_the_affected_side(db: Database) -> None:
    ada = add_user(db, "ada", PRACTITIONER)
    patient = add_patient(db)
    from planner.domain.vocab import BodySide, PainRegion

    _intake(
        db,
        ada,
        patient,
        pain_regions=frozenset({PainRegion.SCIATICA}),
        sciatica_side=BodySide.LEFT,
    )
    _consent(db, ada, patient, *ConsentScope)
    staff_clinic = Clinic(db, ada, ada, ada, patient)
    start = staff_clinic.plans().from_template(_start(staff_clinic), "protocol:sciatica")
    assert {p.side for p in start.plan.points} == {L}
    assert start.plan.electro[0].hertz == "2"


def _planned(staff_clinic: Clinic, plan: Plan = NEEDLING_PLAN, **course: object) -> int:
    course_id = _start(staff_clinic, **course)
    plans = staff_clinic.plans()
    plans.save(course_id, plan, plans.plan(course_id).course_version)
    return course_id


def _give(staff_clinic: Clinic, course_id: int, pain: int = 6, day: dt.date = TODAY) -> int:
    """One session given and signed on ``day`` (one a day: a second the same day is not
    started, see test_today_once_signed_is_not_started_again)."""
    sessions = staff_clinic.sessions(today=day)
    record = sessions.open_today(course_id)
    draft = replace(record.draft, pain_before=pain, needles_out=record.draft.needles_in_count)
    saved = sessions.save_draft(record.id, draft, record.version)
    return sessions.sign(saved.id, saved.version).id


def test_draft_round_trip_survives_a_new_service(staff_clinic: Clinic) -> None:
    course_id = _planned(staff_clinic)
    opened = staff_clinic.sessions().open_today(course_id)
    assert opened.label == "Session 1 of 6" and opened.status == SessionStatus.DRAFT
    draft = replace(
        opened.draft,
        start_time=dt.time(9, 30),
        duration_minutes=45,
        pain_before=7,
        pain_after=4,
        check=HealthCheck(new_medications=("ibuprofen 400 mg",), changes="New desk at work"),
        needles_in=6,
        needles_out=5,
        response=frozenset({NeedleResponse.DE_QI, NeedleResponse.RELAXATION}),
        adverse_events=(
            AdverseEventEntry(
                AdverseEventKind.BRUISING, AdverseSeverity.MILD, "Pressed 1 min", "BL40 left"
            ),
        ),
        notes="Zoë felt much looser — «très bien» ✓",
        fee_cents=6500,
    )
    saved = staff_clinic.sessions().save_draft(opened.id, draft, opened.version)
    # A restart: a new database object and new services read the same draft back.
    from planner.storage.database import open_database

    again, _ = open_database(str(staff_clinic.db.url.render_as_string(hide_password=False)))
    try:
        loaded = SessionService(again, staff_clinic.ada, today=lambda: TODAY).get(saved.id)
    finally:
        again.dispose()
    assert loaded.draft == replace(draft, treatment=saved.draft.treatment)
    assert loaded.draft.treatment.points == saved.draft.treatment.points
    resumed = staff_clinic.sessions().open_today(course_id)
    assert resumed.id == saved.id and resumed.version == saved.version
    with pytest.raises(SessionInvalid) as caught:
        staff_clinic.sessions().save_draft(saved.id, replace(draft, pain_after=12), saved.version)
    assert "pain_after" in caught.value.problems


def test_new_history_reruns_safety_and_signing_needs_it_resolved(staff_clinic: Clinic) -> None:
    course_id = _planned(staff_clinic, EA_PLAN)
    sessions = staff_clinic.sessions()
    record = sessions.open_today(course_id)
    assert record.safety.resolved
    draft = replace(
        record.draft,
        pain_before=6,
        needles_out=record.draft.needles_in_count,
        check=HealthCheck(new_conditions=frozenset({Condition.IMPLANTED_DEVICE})),
    )
    saved = sessions.save_draft(record.id, draft, record.version)
    assert [f.rule for f in saved.safety.needs_override] == ["ea.implanted_device"]
    with pytest.raises(SafetyUnresolved):
        sessions.sign(saved.id, saved.version)
    no_ea = replace(
        draft,
        treatment=replace(
            draft.treatment,
            techniques=draft.treatment.techniques - {T.ELECTROACUPUNCTURE},
            electro=(),
        ),
    )
    saved = sessions.save_draft(saved.id, no_ea, saved.version)
    assert saved.safety.resolved
    red = replace(no_ea, check=HealthCheck(new_red_flags=frozenset({RedFlag.FEVER})))
    saved = sessions.save_draft(saved.id, red, saved.version)
    refer = saved.safety.needs_override[0]
    saved = sessions.save_draft(
        saved.id, red, saved.version, overrides={key_of(refer): "Fever resolved, GP saw her today."}
    )
    signed = sessions.sign(saved.id, saved.version)
    assert signed.status == SessionStatus.SIGNED and signed.signed_by == "Ada Lovelace"


def test_sign_makes_the_session_read_only_and_amendments_keep_it(staff_clinic: Clinic) -> None:
    course_id = _planned(staff_clinic)
    sessions = staff_clinic.sessions()
    record = sessions.open_today(course_id)
    with pytest.raises(SessionInvalid) as caught:
        sessions.sign(record.id, record.version)
    assert {"pain_before", "needles_out"} <= set(caught.value.problems)
    draft = replace(record.draft, pain_before=5, needles_out=record.draft.needles_in_count)
    saved = sessions.save_draft(record.id, draft, record.version)
    signed = sessions.sign(saved.id, saved.version)
    with pytest.raises(PlannerError, match="being recorded"):
        sessions.save_draft(signed.id, draft, signed.version)
    with pytest.raises(SignedRecordError), staff_clinic.db.write() as session:
        row = session.get(TreatmentSession, signed.id)
        assert row is not None
        row.notes = "sneaky"
    sessions.amend(signed.id, "Pain before was 6, not 5.")
    assert [a.text for a in sessions.amendments(signed.id)] == ["Pain before was 6, not 5."]
    assert sessions.get(signed.id).draft.pain_before == 5
    nxt = staff_clinic.sessions(today=TODAY + dt.timedelta(days=3)).open_today(course_id)
    assert nxt.number == 2 and nxt.draft.treatment.points == signed.draft.treatment.points


def test_today_once_signed_is_not_started_again(staff_clinic: Clinic) -> None:
    """Once today's session is signed, opening today's session again returns it, signed
    and read only: it used to start session 2 as a draft dated today and move every later
    booked session a week, silently (the treatment room's F9 did it)."""
    course_id = _planned(staff_clinic)
    booked = [s.session_date for s in staff_clinic.courses().get(course_id).sessions]
    signed = _give(staff_clinic, course_id)
    before = _audit_count(staff_clinic.db)
    again = staff_clinic.sessions().open_today(course_id)
    assert (again.id, again.number, again.status) == (signed, 1, SessionStatus.SIGNED)
    assert again.signed_at is not None
    assert _audit_count(staff_clinic.db) == before + 1  # the opening, as a read
    view = staff_clinic.courses().get(course_id)
    assert [s.status for s in view.sessions][:2] == [SessionStatus.SIGNED, SessionStatus.SCHEDULED]
    assert [s.session_date for s in view.sessions] == booked  # nothing moved
    with pytest.raises(PlannerError, match="being recorded"):
        staff_clinic.sessions().save_draft(again.id, again.draft, again.version)
    nxt = staff_clinic.sessions(today=booked[1]).open_today(course_id)  # another day: the next
    assert (nxt.number, nxt.status) == (2, SessionStatus.DRAFT)


def test_recording_past_the_plan_asks_to_extend_with_a_reason(staff_clinic: Clinic) -> None:
    course_id = _planned(staff_clinic, planned_sessions=2, mid_review_at=1)
    _give(staff_clinic, course_id)
    _give(staff_clinic, course_id, pain=4, day=TODAY + dt.timedelta(days=3))
    with pytest.raises(ExtensionNeeded) as caught:
        staff_clinic.sessions(today=TODAY + dt.timedelta(days=7)).open_today(course_id)
    assert (caught.value.number, caught.value.planned) == (3, 2)
    courses = staff_clinic.courses()
    version = courses.get(course_id).version
    with pytest.raises(CourseInvalid) as invalid:
        courses.extend(course_id, 2, " ", version)
    assert "reason" in invalid.value.problems
    before = _audit_count(staff_clinic.db)
    view = courses.extend(course_id, 2, "Improving; two more to consolidate.", version)
    assert _audit_count(staff_clinic.db) == before + 1
    assert view.planned_sessions == 4 and view.status == CourseStatus.EXTENDED
    assert [s.label for s in view.sessions][-1] == "Session 4 of 4"
    assert view.reviews[-1].decision == ReviewDecision.EXTEND
    assert view.reviews[-1].at_session == 2 and view.reviews[-1].pain_latest == 4
    assert (
        staff_clinic.sessions(today=TODAY + dt.timedelta(days=7)).open_today(course_id).label
        == "Session 3 of 4"
    )


def test_reviews_store_the_decision_and_pain_change(staff_clinic: Clinic) -> None:
    course_id = _planned(staff_clinic)
    for day, pain in enumerate((7, 6, 4)):
        _give(staff_clinic, course_id, pain, TODAY + dt.timedelta(days=day))
    courses = staff_clinic.courses()
    view = courses.get(course_id)
    assert view.pain.change is not None and view.pain.change.meaningful
    with pytest.raises(CourseInvalid) as caught:
        courses.record_review(course_id, ReviewDraft(ReviewDecision.REFER), view.version)
    assert {"refer_to", "reason"} <= set(caught.value.problems)
    view = courses.record_review(
        course_id, ReviewDraft(ReviewDecision.CONTINUE, note="On track"), view.version
    )
    assert view.reviews[-1].at_session == 3 and view.reviews[-1].pain_start == 7
    view = courses.record_review(
        course_id,
        ReviewDraft(ReviewDecision.DISCHARGE, discharge_reason=DischargeReason.GOALS_MET),
        view.version,
    )
    assert view.status == CourseStatus.DISCHARGED and view.end_date == TODAY
    assert [s.number for s in view.sessions] == [1, 2, 3]  # the rest were not begun
    with pytest.raises(PlannerError, match="closed"):
        staff_clinic.sessions(today=TODAY + dt.timedelta(days=7)).open_today(course_id)
    with pytest.raises(PlannerError, match="closed"):
        courses.record_review(course_id, ReviewDraft(ReviewDecision.CONTINUE), view.version)


def test_two_practitioners_editing_one_course_conflict_naming_who(staff_clinic: Clinic) -> None:
    course_id = _start(staff_clinic)
    mine, theirs = staff_clinic.plans(staff_clinic.ada), staff_clinic.plans(staff_clinic.ben)
    version = mine.plan(course_id).course_version
    theirs.save(course_id, NEEDLING_PLAN, version)
    with pytest.raises(ConflictError, match="Ben Okri changed this course"):
        mine.save(course_id, EA_PLAN, version)
    assert mine.plan(course_id).plan.needles == NEEDLING_PLAN.needles
    course = staff_clinic.courses().get(course_id)
    draft = CourseDraft(start_date=TODAY, goals="Walk to work")
    staff_clinic.courses(staff_clinic.ben).update(course_id, draft, course.version)
    with pytest.raises(ConflictError, match="Ben Okri"):
        staff_clinic.courses().update(course_id, draft, course.version)


def test_editing_the_course_and_its_dates(staff_clinic: Clinic) -> None:
    course_id = _planned(staff_clinic)
    _give(staff_clinic, course_id)
    courses = staff_clinic.courses()
    view = courses.get(course_id)
    moved = [s.session_date for s in view.sessions]
    moved[1] += dt.timedelta(days=1)
    draft = CourseDraft(
        start_date=TODAY,
        planned_sessions=5,
        proposed_dates=tuple(moved[:5]),
        goals="Walk to work",
        mid_review_at=3,
    )
    view = courses.update(course_id, draft, view.version)
    assert len(view.sessions) == 5 and view.sessions[1].session_date == moved[1]
    assert view.goals == "Walk to work"
    _give(staff_clinic, course_id, day=moved[1])
    view = courses.get(course_id)
    with pytest.raises(CourseInvalid, match="at least 2"):
        courses.update(course_id, replace(draft, planned_sessions=1, mid_review_at=1), view.version)


def test_reception_schedules_and_takes_fees_but_reads_nothing_clinical(
    staff_clinic: Clinic,
) -> None:
    course_id = _planned(staff_clinic)
    first = _give(staff_clinic, course_id)
    desk_courses, desk_sessions = (
        staff_clinic.courses(staff_clinic.reza),
        staff_clinic.sessions(staff_clinic.reza),
    )
    refused_before = len(AuditTrail().query(staff_clinic.db, AuditFilter(action="refused")))
    for attempt in (
        lambda: desk_courses.get(course_id),
        lambda: desk_courses.new_course(staff_clinic.patient),
        lambda: desk_courses.start(staff_clinic.patient, CourseDraft(start_date=TODAY)),
        lambda: staff_clinic.plans(staff_clinic.reza).plan(course_id),
        lambda: desk_sessions.get(first),
        lambda: desk_sessions.open_today(course_id),
        lambda: desk_courses.extend(course_id, 1, "x", 1),
    ):
        with pytest.raises(AccessDenied):
            attempt()
    refused = AuditTrail().query(staff_clinic.db, AuditFilter(action="refused"))
    assert len(refused) == refused_before + 7
    schedule = desk_courses.schedule(course_id)
    assert schedule.sessions[0].status == SessionStatus.SIGNED
    second = schedule.sessions[1]
    moved = desk_courses.reschedule(
        second.id, second.session_date + dt.timedelta(days=1), second.version
    )
    assert moved.session_date == second.session_date + dt.timedelta(days=1)
    with pytest.raises(CourseInvalid, match="before the course starts"):
        desk_courses.reschedule(second.id, TODAY - dt.timedelta(days=1), moved.version)
    with pytest.raises(PlannerError, match="not begun"):
        desk_courses.reschedule(first, TODAY, schedule.sessions[0].version)
    version = desk_sessions.record_fee(second.id, 5500, moved.version)
    with pytest.raises(ConflictError, match="Reza Front"):
        desk_sessions.record_fee(second.id, 5000, moved.version)
    assert version == moved.version + 1
    with pytest.raises(PlannerError, match="signed"):
        desk_sessions.record_fee(first, 100, schedule.sessions[0].version)
    desk_sessions.record_payment(first, 6000, PaymentMethod.CARD, TODAY)  # after signing
    with pytest.raises(ValidationError):
        desk_sessions.record_payment(first, 0, PaymentMethod.CASH, TODAY)
    with pytest.raises(ValidationError):
        desk_sessions.record_payment(first, 10, PaymentMethod.CASH, TODAY + dt.timedelta(days=1))
    paid = desk_courses.schedule(course_id).sessions
    assert paid[0].paid_cents == 6000 and paid[1].fee_cents == 5500


def test_every_action_writes_exactly_one_audit_row(staff_clinic: Clinic) -> None:
    db = staff_clinic.db
    courses, plans, sessions = staff_clinic.courses(), staff_clinic.plans(), staff_clinic.sessions()

    def one(action):  # type: ignore[no-untyped-def]
        before = _audit_count(db)
        result = action()
        assert _audit_count(db) == before + 1, action
        return result

    course = one(lambda: courses.start(staff_clinic.patient, CourseDraft(start_date=TODAY)))
    course = one(lambda: courses.get(course.id))
    view = one(lambda: plans.plan(course.id))
    view = one(lambda: plans.save(course.id, NEEDLING_PLAN, view.course_version))
    record = one(lambda: sessions.open_today(course.id))
    record = one(lambda: sessions.get(record.id))
    draft = replace(record.draft, pain_before=5, needles_out=record.draft.needles_in_count)
    record = one(lambda: sessions.save_draft(record.id, draft, record.version))
    record = one(lambda: sessions.sign(record.id, record.version))
    one(lambda: sessions.amend(record.id, "Typo in notes."))
    one(lambda: sessions.record_payment(record.id, 100, PaymentMethod.CASH, TODAY))
    slot = courses.schedule(course.id).sessions[1]
    slot = one(lambda: courses.reschedule(slot.id, slot.session_date, slot.version))
    one(lambda: sessions.record_fee(slot.id, 5000, slot.version))
    course = courses.courses(staff_clinic.patient)[0]
    course = one(lambda: courses.extend(course.id, 1, "One more", course.version))
    course = one(
        lambda: courses.record_review(course.id, ReviewDraft(ReviewDecision.ADJUST), course.version)
    )
    course = one(
        lambda: courses.update(
            course.id,
            CourseDraft(
                start_date=TODAY, planned_sessions=7, sessions_reason="x", proposed_dates=()
            ),
            course.version,
        )
    )
    before = _audit_count(db)
    with pytest.raises(AccessDenied):
        staff_clinic.sessions(staff_clinic.reza).get(record.id)
    assert _audit_count(db) == before + 1  # the refusal
    from planner.storage.checks import check_database

    assert check_database(db) == []  # numbering, dates and codes stay consistent


def test_dates_stay_in_order_when_a_session_is_late(staff_clinic: Clinic) -> None:
    course_id = _planned(staff_clinic)
    late = TODAY + dt.timedelta(days=10)  # session 1 given after session 2's planned date
    with pytest.raises(PlannerError, match="starts on"):
        staff_clinic.sessions(today=TODAY - dt.timedelta(days=1)).open_today(course_id)
    first = staff_clinic.sessions(today=late).open_today(course_id)
    schedule = staff_clinic.courses().schedule(course_id).sessions
    assert schedule[0].session_date == late
    assert schedule[1].session_date == late + dt.timedelta(days=7)
    assert schedule[2].session_date == late + dt.timedelta(days=14)
    early = replace(first.draft, session_date=TODAY - dt.timedelta(days=1))
    with pytest.raises(SessionInvalid, match="before the course starts"):
        staff_clinic.sessions(today=late).save_draft(first.id, early, first.version)
    desk = staff_clinic.courses(staff_clinic.reza)
    second = schedule[1]
    with pytest.raises(CourseInvalid, match="before session 1"):
        desk.reschedule(second.id, late - dt.timedelta(days=1), second.version)
    with pytest.raises(CourseInvalid, match="move that one first"):
        desk.reschedule(second.id, schedule[2].session_date + dt.timedelta(days=1), second.version)


def test_closing_keeps_a_paid_session_as_cancelled(staff_clinic: Clinic) -> None:
    course_id = _planned(staff_clinic)
    _give(staff_clinic, course_id)
    courses = staff_clinic.courses()
    slots = courses.schedule(course_id).sessions
    staff_clinic.sessions(staff_clinic.reza).record_payment(
        slots[2].id, 5000, PaymentMethod.CASH, TODAY
    )
    view = courses.record_review(
        course_id,
        ReviewDraft(ReviewDecision.REFER, refer_to="GP", reason="New numbness in both legs"),
        courses.get(course_id).version,
    )
    assert view.status == CourseStatus.REFERRED
    assert [(s.number, s.status) for s in view.sessions] == [
        (1, SessionStatus.SIGNED),
        (2, SessionStatus.CANCELLED),
        (3, SessionStatus.CANCELLED),
    ]
    assert all(s.session_date <= TODAY for s in view.sessions)
    other = _planned(staff_clinic)
    last = courses.schedule(other).sessions[-1]
    staff_clinic.sessions(staff_clinic.reza).record_payment(
        last.id, 5000, PaymentMethod.CASH, TODAY
    )
    with pytest.raises(CourseInvalid, match="already paid"):
        courses.update(
            other, CourseDraft(start_date=TODAY, planned_sessions=5), courses.get(other).version
        )
    from planner.storage.checks import check_database

    assert check_database(staff_clinic.db) == []


def test_ashi_regions_and_lead_sides_are_kept_in_plan_session_and_template(
    staff_clinic: Clinic,
) -> None:
    """Issue 17 items 2, 3: stored in the plan rows, the session rows and template JSON."""
    from planner.domain.safety import AshiRegion
    from planner.services.plan_templates import PlanTemplateService
    from planner.storage.queries.plans import plan_from_json, plan_to_json

    plan = replace(
        EA_PLAN,
        points=(
            *EA_PLAN.points,
            PointChoice("Ashi", L, ashi_region=AshiRegion.LUMBOSACRAL),
            PointChoice("Ashi", PointSide.RIGHT, ashi_region=AshiRegion.BUTTOCK),
        ),
        electro=(ElectroPair("BL23", "BL23", side_a=L, side_b=PointSide.RIGHT),),
    )
    course_id = _planned(staff_clinic, plan)
    stored = staff_clinic.plans().plan(course_id).plan
    regions = [AshiRegion.LUMBOSACRAL, AshiRegion.BUTTOCK]
    assert [p.ashi_region for p in stored.points][-3:] == [None, *regions]
    assert (stored.electro[0].side_a, stored.electro[0].side_b) == (L, PointSide.RIGHT)
    record = staff_clinic.sessions().open_today(course_id)
    saved = staff_clinic.sessions().save_draft(
        record.id, replace(record.draft, pain_before=5), record.version
    )
    given = staff_clinic.sessions().get(saved.id).draft.treatment
    assert given.points == stored.points and given.electro == stored.electro
    mine = PlanTemplateService(staff_clinic.db, staff_clinic.ada).save("Ashi kept", plan)
    start = staff_clinic.plans().from_template(course_id, mine.ref)
    assert [p.ashi_region for p in start.plan.points][-2:] == regions
    older = plan_to_json(plan)
    for point in older["points"]:
        del point["ashi_region"]  # stored before issue 17: no region, no sides
    del older["electro"][0]["side_a"], older["electro"][0]["side_b"]
    read = plan_from_json(older)
    assert {p.ashi_region for p in read.points} == {None}
    assert (read.electro[0].side_a, read.electro[0].side_b) == (None, None)
