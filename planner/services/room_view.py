"""What the treatment room shows, read from its rows: :class:`RoomView` (the session, the
needle count, the timers, the points) and the small helpers that load a room or a session,
turn its columns into the domain's :class:`NeedleCount` and :class:`RoomTimer` and write
them back. :mod:`planner.services.room` (the actions) calls them inside its transactions;
nothing here checks roles, audits or commits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from planner.domain import room as rules
from planner.domain.courses import session_label
from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.domain.plans import PointChoice
from planner.domain.room import NeedleCount, RoomTimer, SearchArea, TimerKind
from planner.domain.vocab import SessionStatus
from planner.storage.models import Patient, RoomSession, RoomTimerRecord, TreatmentSession
from planner.storage.queries.courses import load_course
from planner.storage.queries.sessions import session_draft_of


@dataclass(frozen=True, slots=True)
class RoomView:
    id: int
    session_id: int
    course_id: int
    patient_id: int
    given_name: str  # shown as first name and initial only
    family_name: str
    number: int
    planned_sessions: int
    label: str  # "Session 3 of 6"
    session_status: SessionStatus
    session_version: int
    version: int
    started_at: dt.datetime
    finished_at: dt.datetime | None
    count: NeedleCount
    timers: tuple[RoomTimer, ...]
    planned: tuple[tuple[TimerKind, int], ...]  # timers the treatment asks for
    points: tuple[PointChoice, ...]

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    def live_timers(self) -> tuple[RoomTimer, ...]:
        return tuple(t for t in self.timers if rules.is_live(t))


def session_row(db_session: Session, session_id: int) -> TreatmentSession:
    record = db_session.get(TreatmentSession, session_id)
    if record is None:
        raise PlannerError(
            translate("treatment_room", "There is no session {session_id}.").format(
                session_id=session_id
            )
        )
    return record


def room_row(db_session: Session, room_id: int) -> RoomSession:
    room = db_session.get(RoomSession, room_id)
    if room is None:
        raise PlannerError(
            translate("treatment_room", "There is no treatment room session {room_id}.").format(
                room_id=room_id
            )
        )
    return room


def require_draft(record: TreatmentSession) -> None:
    if record.status != SessionStatus.DRAFT:
        raise PlannerError(
            translate(
                "treatment_room",
                "This session is no longer being recorded (it was signed or cancelled).",
            ),
            hint=translate(
                "treatment_room",
                "Close the treatment room; corrections to a signed session are amendments.",
            ),
        )


def needle_count(room: RoomSession) -> NeedleCount:
    return NeedleCount(
        room.needles_in,
        room.needles_out,
        room.needles_unaccounted,
        frozenset(SearchArea(a) for a in room.searched or []),
    )


def store_count(room: RoomSession, count: NeedleCount) -> list[str]:
    """Write ``count`` into the row; the names of the columns that changed."""
    values = {
        "needles_in": count.needles_in,
        "needles_out": count.needles_out,
        "needles_unaccounted": count.unaccounted,
        "searched": sorted(area.value for area in count.searched),
    }
    changed = []
    for name, value in values.items():
        if getattr(room, name) != value:
            setattr(room, name, value)
            changed.append(name)
    return changed


def timer_of(row: RoomTimerRecord) -> RoomTimer:
    return RoomTimer(
        kind=TimerKind(row.kind),
        minutes=row.minutes,
        started_at=row.started_at,
        paused_at=row.paused_at,
        paused_seconds=row.paused_seconds,
        stopped_at=row.stopped_at,
        acknowledged_at=row.acknowledged_at,
        id=row.id,
    )


def apply_timer(row: RoomTimerRecord, timer: RoomTimer) -> None:
    row.paused_at = timer.paused_at
    row.paused_seconds = timer.paused_seconds
    row.stopped_at = timer.stopped_at
    row.acknowledged_at = timer.acknowledged_at


def room_view(db_session: Session, room: RoomSession) -> RoomView:
    record = session_row(db_session, room.session_id)
    course = load_course(db_session, record.course_id)
    patient = db_session.get(Patient, room.patient_id)
    draft = session_draft_of(record)
    return RoomView(
        id=room.id,
        session_id=record.id,
        course_id=course.id,
        patient_id=room.patient_id,
        given_name=patient.given_name if patient else "",
        family_name=patient.family_name if patient else "",
        number=record.number,
        planned_sessions=course.planned_sessions,
        label=session_label(record.number, course.planned_sessions),
        session_status=SessionStatus(record.status),
        session_version=record.version,
        version=room.version,
        started_at=room.started_at,
        finished_at=room.finished_at,
        count=needle_count(room),
        timers=tuple(timer_of(row) for row in room.timers),
        planned=rules.planned_timers(draft.treatment),
        points=draft.treatment.points,
    )
