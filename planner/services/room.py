"""The treatment room: a session in progress, its needle counts and timers, crash-safe.

API for the room view (practitioners; role checked first, refusals audited; every change
is one small transaction with its audit row; ``ConflictError`` when another workstation
changed the room first):

``RoomService(db, actor, sessions, audit=None, today=date.today, clock=utc_now)`` —
``sessions`` is the :class:`planner.services.sessions.SessionService` that signs.

* ``open(session_id) -> RoomView`` — the session being recorded (a draft: open today's
  session first) in the room; the first time it starts now with the needles the points
  take. Opening a finished room again resumes it. [practitioner]
* ``unfinished() -> list[RoomView]`` — this practitioner's rooms not finished while their
  session is still a draft: what a restart shows again. [practitioner]
* ``set_needles(room_id, expected_version, needles_in=None, needles_out=None)`` — the
  counts as tapped (``ValidationError`` names ``needles_in``/``needles_out``).
* ``mark_searched(room_id, areas, expected_version)`` — the search checklist (body,
  clothes, couch, floor) for a needle not found.
* ``record_unaccounted(room_id, action_taken, expected_version)`` — once all four are
  searched: the adverse event "needle not accounted for" on the session, with the action
  taken; the missing needles are then accounted for by that record.
* ``start_timer(room_id, kind, minutes, expected_version)``, ``pause_timer``,
  ``resume_timer``, ``stop_timer``, ``acknowledge_timer(room_id, timer_id,
  expected_version)`` — timers; times come from ``clock`` (UTC).
* ``finish(room_id, expected_version) -> RoomView`` — every needle accounted for: live
  timers stop, and the counts (needles out = taken out + recorded as not accounted for)
  and the start time go into the session draft. Refused while out ≠ in.
* ``sign(room_id, expected_version) -> RoomView`` — finish if needed, then sign the
  session through :class:`planner.services.sessions.SessionService` (its final checks:
  pain before, a complete treatment, safety findings resolved).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.clock import utc_now
from planner.domain import room as rules
from planner.domain.access import Action
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.i18n import translate
from planner.domain.room import RoomTimer, SearchArea, TimerKind
from planner.domain.vocab import SessionStatus
from planner.services.actor import Actor
from planner.services.audit import AuditAction, AuditTrail
from planner.services.course_support import require_version, touch
from planner.services.guard import Checked, GuardedService
from planner.services.room_view import (
    RoomView,
    apply_timer,
    needle_count,
    require_draft,
    room_row,
    room_view,
    session_row,
    store_count,
    timer_of,
)
from planner.services.sessions import SessionService
from planner.storage.database import Database
from planner.storage.models import AdverseEvent, RoomSession, RoomTimerRecord, TreatmentSession

ROOM = "room_session"


class RoomService(GuardedService):
    def __init__(
        self,
        db: Database,
        actor: Actor,
        sessions: SessionService,
        audit: AuditTrail | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        super().__init__(db, actor, audit, today, clock)
        self._sessions = sessions

    # --- opening and finding ------------------------------------------------------------------

    def open(self, session_id: int) -> RoomView:
        with self._in_session(Action.RECORD_SESSION, session_id) as checked:
            db_session, patient_id = checked.db_session, checked.patient_id
            record = session_row(db_session, session_id)
            if record.status != SessionStatus.DRAFT:
                raise PlannerError(
                    translate(
                        "treatment_room",
                        "Only a session being recorded opens in the treatment room.",
                    ),
                    hint=translate(
                        "treatment_room",
                        "Open today's session first; a signed session cannot change.",
                    ),
                )
            room = db_session.scalars(
                select(RoomSession).where(RoomSession.session_id == record.id)
            ).first()
            action, fields = AuditAction.OPEN_RECORD, ["scope"]
            if room is None:
                room = RoomSession(
                    session_id=record.id,
                    patient_id=patient_id,
                    practitioner_id=self._actor.user_id,
                    workstation=self._actor.workstation[:255],
                    started_at=self._clock(),
                    needles_in=record.needles_in,
                    needles_out=min(record.needles_out, record.needles_in),
                    updated_by_id=self._actor.user_id,
                )
                db_session.add(room)
                action, fields = AuditAction.CREATE, []
            elif room.finished_at is not None:
                room.finished_at = None
                touch(room, self._actor, self._clock)
                action, fields = AuditAction.UPDATE, ["finished_at"]
            db_session.flush()
            detail: dict[str, object] = {"session_id": record.id}
            if action == AuditAction.OPEN_RECORD:
                detail["scope"] = "clinical"
            elif fields:
                detail["fields"] = fields
            self._record(db_session, room, action, detail)
            return room_view(db_session, room)

    def unfinished(self) -> list[RoomView]:
        with self._action(Action.RECORD_SESSION, write=False, object_type=ROOM) as checked:
            db_session = checked.db_session
            rooms = db_session.scalars(
                select(RoomSession)
                .join(TreatmentSession, TreatmentSession.id == RoomSession.session_id)
                .where(
                    RoomSession.finished_at.is_(None),
                    RoomSession.practitioner_id == self._actor.user_id,
                    TreatmentSession.status == SessionStatus.DRAFT,
                )
                .order_by(RoomSession.started_at, RoomSession.id)
            ).all()
            return [room_view(db_session, room) for room in rooms]

    # --- needles --------------------------------------------------------------------------

    def set_needles(
        self,
        room_id: int,
        expected_version: int,
        needles_in: int | None = None,
        needles_out: int | None = None,
    ) -> RoomView:
        def change(db_session: Session, room: RoomSession) -> dict[str, object]:
            count = rules.count_needles(needle_count(room), needles_in, needles_out)
            fields = store_count(room, count)
            if not fields:
                return {}
            return {"fields": fields}

        return self._change(room_id, expected_version, change)

    def mark_searched(
        self, room_id: int, areas: Iterable[SearchArea], expected_version: int
    ) -> RoomView:
        chosen = frozenset(SearchArea(area) for area in areas)

        def change(db_session: Session, room: RoomSession) -> dict[str, object]:
            count = rules.mark_searched(needle_count(room), chosen)
            return {"fields": store_count(room, count)}

        return self._change(room_id, expected_version, change)

    def record_unaccounted(
        self, room_id: int, action_taken: str, expected_version: int
    ) -> RoomView:
        def change(db_session: Session, room: RoomSession) -> dict[str, object]:
            count = needle_count(room)
            entry = rules.unaccounted_event(count, action_taken)
            record = session_row(db_session, room.session_id)
            require_draft(record)
            event = AdverseEvent(
                session_id=record.id,
                kind=entry.kind.value,
                severity=entry.severity.value,
                action_taken=entry.action_taken,
                description=entry.description,
            )
            event.created_at = event.updated_at = self._clock()
            db_session.add(event)
            touch(record, self._actor, self._clock)
            store_count(room, rules.settle_unaccounted(count))
            db_session.flush()
            return {
                "fields": ["needles_unaccounted"],
                "adverse_event_id": event.id,
                "needles_unaccounted": room.needles_unaccounted,
            }

        return self._change(room_id, expected_version, change)

    # --- timers ---------------------------------------------------------------------------

    def start_timer(
        self, room_id: int, kind: TimerKind, minutes: int, expected_version: int
    ) -> RoomView:
        kind = TimerKind(kind)

        def change(db_session: Session, room: RoomSession) -> dict[str, object]:
            timer = rules.start_timer(kind, minutes, self._clock())
            if any(t.kind == kind and t.stopped_at is None for t in room.timers):
                raise PlannerError(
                    translate("treatment_room", "A {kind} timer is running already.").format(
                        kind=kind.value
                    ),
                    hint=translate("treatment_room", "Stop it first to start another."),
                )
            row = RoomTimerRecord(
                kind=kind.value, minutes=timer.minutes, started_at=timer.started_at
            )
            row.created_at = row.updated_at = timer.started_at
            room.timers.append(row)
            db_session.flush()
            return {"timer_id": row.id, "timer": "start", "kind": kind.value, "minutes": minutes}

        return self._change(room_id, expected_version, change)

    def pause_timer(self, room_id: int, timer_id: int, expected_version: int) -> RoomView:
        return self._timer(room_id, timer_id, expected_version, "pause", rules.pause)

    def resume_timer(self, room_id: int, timer_id: int, expected_version: int) -> RoomView:
        return self._timer(room_id, timer_id, expected_version, "resume", rules.resume)

    def stop_timer(self, room_id: int, timer_id: int, expected_version: int) -> RoomView:
        return self._timer(room_id, timer_id, expected_version, "stop", rules.stop)

    def acknowledge_timer(self, room_id: int, timer_id: int, expected_version: int) -> RoomView:
        return self._timer(room_id, timer_id, expected_version, "acknowledge", rules.acknowledge)

    # --- finishing ------------------------------------------------------------------------

    def finish(self, room_id: int, expected_version: int) -> RoomView:
        with self._in_room(Action.RECORD_SESSION, room_id) as checked:
            db_session, patient_id = checked.db_session, checked.patient_id
            room = room_row(db_session, room_id)
            require_version(db_session, room, expected_version, "treatment room")
            record = session_row(db_session, room.session_id)
            require_draft(record)
            count = needle_count(room)
            if not count.balanced:
                raise ValidationError(
                    "needles_out",
                    translate(
                        "treatment_room",
                        "Needles out ({accounted}) must equal needles in ({needles_in}) before "
                        "the session is finished: recount, search, or record the needle as not "
                        "accounted for.",
                    ).format(accounted=count.accounted, needles_in=count.needles_in),
                )
            now = self._clock()
            for row in room.timers:
                if row.stopped_at is None:
                    apply_timer(row, rules.stop(timer_of(row), now))
            room.finished_at = now
            touch(room, self._actor, self._clock)
            fields = []
            if record.needles_in != count.needles_in:
                record.needles_in = count.needles_in
                fields.append("needles_in")
            if record.needles_out != count.accounted:
                record.needles_out = count.accounted
                fields.append("needles_out")
            if record.started_at is None:
                record.started_at = room.started_at
                fields.append("start_time")
            if fields:
                touch(record, self._actor, self._clock)
            db_session.flush()
            self._audit.record(
                db_session,
                self._actor,
                AuditAction.UPDATE,
                patient_id=patient_id,
                object_type="session",
                object_id=record.id,
                detail={"fields": fields, "room_session_id": room.id, "room": "finish"},
            )
            return room_view(db_session, room)

    def sign(self, room_id: int, expected_version: int) -> RoomView:
        self._require_room(Action.SIGN_SESSION, room_id)
        with self._db.read() as db_session:
            room = room_row(db_session, room_id)
            require_version(db_session, room, expected_version, "treatment room")
            view = room_view(db_session, room)
        if not view.finished:
            view = self.finish(room_id, expected_version)
        self._sessions.sign(view.session_id, view.session_version)
        return self.get(room_id)

    def get(self, room_id: int) -> RoomView:
        """The room as stored (no audit row: the room was opened, and audited, before)."""
        with self._in_room(Action.RECORD_SESSION, room_id, write=False) as checked:
            db_session = checked.db_session
            return room_view(db_session, room_row(db_session, room_id))

    # --- helpers --------------------------------------------------------------------------

    def _timer(
        self,
        room_id: int,
        timer_id: int,
        expected_version: int,
        event: str,
        step: Callable[[RoomTimer, dt.datetime], RoomTimer],
    ) -> RoomView:
        def change(db_session: Session, room: RoomSession) -> dict[str, object]:
            row = next((t for t in room.timers if t.id == timer_id), None)
            if row is None:
                raise PlannerError(
                    translate("treatment_room", "That timer is not one of this room's.")
                )
            apply_timer(row, step(timer_of(row), self._clock()))
            row.updated_at = self._clock()
            return {"timer_id": row.id, "timer": event, "kind": row.kind}

        return self._change(room_id, expected_version, change)

    def _change(
        self,
        room_id: int,
        expected_version: int,
        change: Callable[[Session, RoomSession], dict[str, object]],
    ) -> RoomView:
        """One tap in the room: checked, applied, audited, committed (or nothing at all)."""
        with self._in_room(Action.RECORD_SESSION, room_id) as checked:
            db_session = checked.db_session
            room = room_row(db_session, room_id)
            require_version(db_session, room, expected_version, "treatment room")
            if room.finished_at is not None:
                raise PlannerError(
                    translate("treatment_room", "This session has left the treatment room."),
                    hint=translate(
                        "treatment_room",
                        "Open it in the room again to change its counts or timers.",
                    ),
                )
            detail = change(db_session, room)
            if not detail:
                return room_view(db_session, room)
            touch(room, self._actor, self._clock)
            db_session.flush()
            self._record(db_session, room, AuditAction.UPDATE, detail)
            return room_view(db_session, room)

    def _record(
        self, db_session: Session, room: RoomSession, action: str, detail: dict[str, object]
    ) -> None:
        self._audit.record(
            db_session,
            self._actor,
            action,
            patient_id=room.patient_id,
            object_type=ROOM,
            object_id=room.id,
            detail=detail,
        )

    @contextmanager
    def _in_session(self, action: Action, session_id: int) -> Iterator[Checked]:
        """The role check and the work on one treatment session in one write transaction
        (a refusal names its patient); a missing session is said after the check."""
        with self._action(
            action,
            record=(TreatmentSession, session_id),
            object_type="session",
            object_id=session_id,
        ) as checked:
            if checked.patient_id is None:
                raise PlannerError(
                    translate("treatment_room", "There is no session {session_id}.").format(
                        session_id=session_id
                    )
                )
            yield checked

    @contextmanager
    def _in_room(self, action: Action, room_id: int, *, write: bool = True) -> Iterator[Checked]:
        """:meth:`_in_session` for one room session."""
        with self._action(
            action, write=write, record=(RoomSession, room_id), object_type=ROOM, object_id=room_id
        ) as checked:
            if checked.patient_id is None:
                raise PlannerError(
                    translate(
                        "treatment_room", "There is no treatment room session {room_id}."
                    ).format(room_id=room_id)
                )
            yield checked

    def _require_room(self, action: Action, room_id: int) -> int:
        return self._require_record(
            action,
            RoomSession,
            room_id,
            object_type=ROOM,
            missing=translate(
                "treatment_room", "There is no treatment room session {room_id}."
            ).format(room_id=room_id),
        )
