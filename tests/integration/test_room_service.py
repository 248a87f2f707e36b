"""The treatment room through its service (on SQLite: its code is plain ORM): counts and
timers saved as they happen, a restart finds the unfinished session, needles reconciled, never
overridden; role checks and one audit row per tap."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import pytest
from sqlalchemy import func, select

from planner.domain.courses import CourseDraft
from planner.domain.errors import ConflictError, PlannerError, ValidationError
from planner.domain.intake import IntakeDraft
from planner.domain.plans import Plan, PointChoice
from planner.domain.room import ALL_AREAS, SearchArea, TimerKind, TimerState, remaining, state
from planner.domain.sessions import SessionInvalid
from planner.domain.vocab import (
    AdverseEventKind,
    ConsentScope,
    PointSide,
    SessionStatus,
    Technique,
)
from planner.services.actor import Actor
from planner.services.courses import CourseService
from planner.services.guard import AccessDenied
from planner.services.intake import IntakeService
from planner.services.plans import PlanService
from planner.services.room import RoomService
from planner.services.sessions import SessionService
from planner.storage.database import Database, open_database
from planner.storage.models import AuditEvent, RoomSession
from tests.helpers.factories import PRACTITIONER, RECEPTION, add_patient, add_user
from tests.screened import SCREENED

TODAY = dt.date(2026, 11, 2)
T0 = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
B, M = PointSide.BILATERAL, PointSide.MIDLINE
PLAN = Plan(
    techniques=frozenset({Technique.LOCAL_NEEDLING, Technique.DISTAL_NEEDLING}),
    points=(PointChoice("BL23", B), PointChoice("GV3", M), PointChoice("BL40", B)),
    retention_minutes=20,
)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@dataclass
class Room:
    db: Database
    ada: Actor
    ben: Actor
    reza: Actor
    clock: Clock
    course_id: int
    session_id: int

    def service(self, actor: Actor | None = None, db: Database | None = None) -> RoomService:
        db, actor = db or self.db, actor or self.ada
        sessions = SessionService(db, actor, today=lambda: TODAY, clock=self.clock)
        return RoomService(db, actor, sessions, today=lambda: TODAY, clock=self.clock)

    def sessions(self) -> SessionService:
        return SessionService(self.db, self.ada, today=lambda: TODAY, clock=self.clock)


@pytest.fixture
def room(db: Database) -> Room:
    ada = add_user(db, "ada", PRACTITIONER, "Ada Lovelace")
    ben = add_user(db, "ben", PRACTITIONER, "Ben Okri")
    reza = add_user(db, "reza", RECEPTION, "Reza Front")
    patient = add_patient(db)
    intakes = IntakeService(db, ada, today=lambda: TODAY)
    intakes.save(
        patient,
        IntakeDraft(intake_date=TODAY, complaint="Low back ache", nrs_now=7, red_flags=SCREENED),
    )
    for scope in ConsentScope:
        intakes.record_consent(patient, scope, True, TODAY)
    courses = CourseService(db, ada, today=lambda: TODAY)
    course_id = courses.start(patient, CourseDraft(start_date=TODAY)).id
    plans = PlanService(db, ada, today=lambda: TODAY)
    plans.save(course_id, PLAN, plans.plan(course_id).course_version)
    clock = Clock()
    record = SessionService(db, ada, today=lambda: TODAY, clock=clock).open_today(course_id)
    return Room(db, ada, ben, reza, clock, course_id, record.id)


def _audit_rows(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def test_open_starts_the_room_with_the_needles_the_points_take(room: Room) -> None:
    before = _audit_rows(room.db)
    view = room.service().open(room.session_id)
    assert _audit_rows(room.db) == before + 1
    assert view.label == "Session 1 of 6"
    assert (view.given_name, view.family_name) == ("Zoë", "O'Brien-Łukasz")
    assert view.started_at == T0
    assert (view.count.needles_in, view.count.needles_out) == (5, 0)
    assert view.planned == ((TimerKind.RETENTION, 20),)
    assert [p.code for p in view.points] == ["BL23", "GV3", "BL40"]
    assert not view.finished and view.timers == ()
    room.clock.advance(minutes=5)
    again = room.service().open(room.session_id)
    assert again.id == view.id and again.started_at == T0 and again.version == view.version


def test_each_tap_is_saved_at_once_and_a_restart_finds_the_session(room: Room) -> None:
    service = room.service()
    view = service.open(room.session_id)
    rows = _audit_rows(room.db)
    view = service.set_needles(view.id, view.version, needles_in=6)  # one more went in
    view = service.start_timer(view.id, TimerKind.RETENTION, 20, view.version)
    room.clock.advance(minutes=3)
    view = service.set_needles(view.id, view.version, needles_out=1)
    assert _audit_rows(room.db) == rows + 3  # one row per tap
    with pytest.raises(ConflictError):
        service.set_needles(view.id, view.version - 1, needles_out=2)

    # The power goes: a new process opens the same database and asks what was left open.
    room.clock.advance(minutes=4)
    again, _ = open_database(room.db.url.render_as_string(hide_password=False))
    try:
        left = room.service(db=again).unfinished()
    finally:
        again.dispose()
    assert [r.id for r in left] == [view.id]
    found = left[0]
    assert (found.count.needles_in, found.count.needles_out) == (6, 1)
    (timer,) = found.timers
    assert timer.kind == TimerKind.RETENTION and timer.started_at == T0
    assert remaining(timer, room.clock()) == dt.timedelta(minutes=13)
    room.clock.advance(minutes=14)
    assert state(timer, room.clock()) == TimerState.ENDED
    # another practitioner's restart does not show it
    assert room.service(room.ben).unfinished() == []


def test_timers_start_pause_resume_end_acknowledge_and_stop(room: Room) -> None:
    service = room.service()
    view = service.open(room.session_id)
    view = service.start_timer(view.id, TimerKind.RETENTION, 20, view.version)
    with pytest.raises(PlannerError, match="running already"):
        service.start_timer(view.id, TimerKind.RETENTION, 20, view.version)
    with pytest.raises(ValidationError) as refused:
        service.start_timer(view.id, TimerKind.CUPPING, 45, view.version)
    assert refused.value.field == "minutes"
    timer_id = view.timers[0].id
    assert timer_id is not None
    room.clock.advance(minutes=5)
    view = service.pause_timer(view.id, timer_id, view.version)
    room.clock.advance(minutes=2)
    view = service.resume_timer(view.id, timer_id, view.version)
    assert view.timers[0].paused_seconds == 120
    with pytest.raises(PlannerError, match="no alert"):
        service.acknowledge_timer(view.id, timer_id, view.version)
    room.clock.advance(minutes=16)
    assert state(view.timers[0], room.clock()) == TimerState.ENDED
    view = service.acknowledge_timer(view.id, timer_id, view.version)
    assert view.timers[0].acknowledged_at == room.clock()
    view = service.stop_timer(view.id, timer_id, view.version)
    assert view.live_timers() == ()
    view = service.start_timer(view.id, TimerKind.RETENTION, 10, view.version)  # a second round
    assert len(view.timers) == 2
    with pytest.raises(PlannerError, match="not one of this room's"):
        service.stop_timer(view.id, 999_999, view.version)


def test_a_missing_needle_blocks_finishing_until_searched_and_recorded(room: Room) -> None:
    service = room.service()
    view = service.open(room.session_id)
    view = service.set_needles(view.id, view.version, needles_out=4)
    with pytest.raises(ValidationError) as refused:
        service.finish(view.id, view.version)
    assert refused.value.field == "needles_out"
    assert "Needles out (4) must equal needles in (5)" in refused.value.message
    with pytest.raises(ValidationError) as refused:
        service.record_unaccounted(view.id, "Patient told", view.version)
    assert refused.value.field == "searched"
    view = service.mark_searched(view.id, [SearchArea.BODY, SearchArea.COUCH], view.version)
    assert view.count.searched == {SearchArea.BODY, SearchArea.COUCH}
    view = service.mark_searched(view.id, ALL_AREAS, view.version)
    with pytest.raises(ValidationError) as refused:
        service.record_unaccounted(view.id, "  ", view.version)
    assert refused.value.field == "action_taken"
    view = service.record_unaccounted(
        view.id, "Patient told; couch cover bagged as sharps.", view.version
    )
    assert view.count.unaccounted == 1 and view.count.balanced
    record = room.sessions().get(room.session_id)
    (event,) = record.draft.adverse_events
    assert event.kind == AdverseEventKind.NEEDLE_UNACCOUNTED
    assert event.action_taken == "Patient told; couch cover bagged as sharps."
    assert "1 needle of 5 not found" in event.description

    view = service.start_timer(view.id, TimerKind.RETENTION, 20, view.version)
    room.clock.advance(minutes=21)
    view = service.finish(view.id, view.version)
    assert view.finished and view.live_timers() == ()
    record = room.sessions().get(room.session_id)
    assert (record.draft.needles_in, record.draft.needles_out) == (5, 5)
    assert record.draft.start_time is not None
    with pytest.raises(PlannerError, match="left the treatment room"):
        service.set_needles(view.id, view.version, needles_out=5)
    assert service.unfinished() == []
    # opened again, it resumes where it was
    reopened = service.open(room.session_id)
    assert not reopened.finished and reopened.count == view.count


def test_sign_from_the_room_needs_every_needle_and_the_session_complete(room: Room) -> None:
    service = room.service()
    view = service.open(room.session_id)
    view = service.set_needles(view.id, view.version, needles_out=5)
    with pytest.raises(SessionInvalid) as refused:  # pain before not recorded yet
        service.sign(view.id, view.version)
    assert "pain_before" in refused.value.problems
    view = service.get(view.id)
    assert view.finished  # the counts went into the session all the same
    sessions = room.sessions()
    record = sessions.get(room.session_id)
    sessions.save_draft(record.id, replace(record.draft, pain_before=6), record.version)
    view = service.open(room.session_id)
    signed = service.sign(view.id, view.version)
    assert signed.session_status == SessionStatus.SIGNED
    assert service.unfinished() == []
    with pytest.raises(PlannerError, match="Only a session being recorded"):
        service.open(room.session_id)
    with pytest.raises(ConflictError):
        service.sign(view.id, view.version - 1)


def test_reception_is_refused_audited_and_nothing_changes(room: Room) -> None:
    view = room.service().open(room.session_id)
    rows = _audit_rows(room.db)
    desk = room.service(room.reza)
    for attempt in (
        lambda: desk.open(room.session_id),
        lambda: desk.set_needles(view.id, view.version, needles_out=5),
        lambda: desk.start_timer(view.id, TimerKind.RETENTION, 20, view.version),
        lambda: desk.unfinished(),
        lambda: desk.finish(view.id, view.version),
        lambda: desk.sign(view.id, view.version),
    ):
        with pytest.raises(AccessDenied):
            attempt()
    assert _audit_rows(room.db) == rows + 6
    with room.db.read() as session:
        stored = session.get(RoomSession, view.id)
        assert stored is not None and stored.needles_out == 0 and stored.version == view.version


def test_unknown_ids_and_scheduled_sessions(room: Room) -> None:
    service = room.service()
    with pytest.raises(PlannerError, match="no session"):
        service.open(999_999)
    with pytest.raises(PlannerError, match="no treatment room session"):
        service.get(999_999)
    schedule = CourseService(room.db, room.ada, today=lambda: TODAY).schedule(room.course_id)
    later = schedule.sessions[1]
    assert later.status == SessionStatus.SCHEDULED
    with pytest.raises(PlannerError, match="Only a session being recorded"):
        service.open(later.id)


def test_a_tap_that_changes_nothing_writes_nothing(room: Room) -> None:
    service = room.service()
    view = service.open(room.session_id)
    rows = _audit_rows(room.db)
    same = service.set_needles(view.id, view.version, needles_out=0)
    assert same.version == view.version and _audit_rows(room.db) == rows
