"""Every session in the treatment room for one main window, and its timers' alerts.

:class:`RoomBoard` keeps the rooms this practitioner has open (several patients at
once), sends each tap to the room service (saved at once), and ticks: every half second
it tells the room views and the strip to redraw their countdowns, and when a timer has
run its time it alerts — a signal the views show in red, and a sound, repeated until
the practitioner acknowledges it (unless the board is silent). Closing a room view
leaves its room here, timers running; after a restart :meth:`load_unfinished` brings
back what the database holds. No widgets here: the views and the strip render it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from planner.clock import utc_now
from planner.domain.errors import ConflictError, PlannerError
from planner.domain.room import RoomTimer, SearchArea, TimerKind, alerting
from planner.services.room_view import RoomView
from planner.ui.problem import Problem

log = logging.getLogger(__name__)

TICK_MS = 500
REPEAT_SECONDS = 20  # the sound again while an alert is not acknowledged


class RoomOps(Protocol):
    """:class:`planner.services.room.RoomService`, as the board uses it."""

    def open(self, session_id: int) -> RoomView: ...

    def get(self, room_id: int) -> RoomView: ...

    def unfinished(self) -> list[RoomView]: ...

    def set_needles(
        self,
        room_id: int,
        expected_version: int,
        needles_in: int | None = None,
        needles_out: int | None = None,
    ) -> RoomView: ...

    def mark_searched(
        self, room_id: int, areas: Iterable[SearchArea], expected_version: int
    ) -> RoomView: ...

    def record_unaccounted(
        self, room_id: int, action_taken: str, expected_version: int
    ) -> RoomView: ...

    def start_timer(
        self, room_id: int, kind: TimerKind, minutes: int, expected_version: int
    ) -> RoomView: ...

    def pause_timer(self, room_id: int, timer_id: int, expected_version: int) -> RoomView: ...

    def resume_timer(self, room_id: int, timer_id: int, expected_version: int) -> RoomView: ...

    def stop_timer(self, room_id: int, timer_id: int, expected_version: int) -> RoomView: ...

    def acknowledge_timer(self, room_id: int, timer_id: int, expected_version: int) -> RoomView: ...

    def finish(self, room_id: int, expected_version: int) -> RoomView: ...

    def sign(self, room_id: int, expected_version: int) -> RoomView: ...


class RoomBoard(QObject):
    changed = Signal(int)
    """A room's data changed (its id): counts, timers, finished."""
    removed = Signal(int)
    """A room left the board (finished or signed)."""
    ticked = Signal()
    """Half a second passed: redraw the countdowns."""
    alerted = Signal(int, int)
    """A timer has just run its time (room id, timer id)."""

    def __init__(
        self,
        service: RoomOps,
        *,
        clock: Callable[[], dt.datetime] = utc_now,
        sound: Callable[[], None] | None = None,
        tick_ms: int = TICK_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._clock = clock
        self._sound = sound or (lambda: None)
        self._rooms: dict[int, RoomView] = {}
        self._alerted: set[int] = set()  # timer ids whose alert has fired
        self._last_sound: dt.datetime | None = None
        self.silent = False
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)

    # --- what there is --------------------------------------------------------------------

    def now(self) -> dt.datetime:
        return self._clock()

    def rooms(self) -> list[RoomView]:
        return sorted(self._rooms.values(), key=lambda r: (r.started_at, r.id))

    def room(self, room_id: int) -> RoomView | None:
        return self._rooms.get(room_id)

    def room_for_session(self, session_id: int) -> RoomView | None:
        return next((r for r in self._rooms.values() if r.session_id == session_id), None)

    def running_timers(self) -> list[tuple[RoomView, RoomTimer]]:
        """Timers not stopped (running, paused or ended unattended), room by room."""
        return [(room, timer) for room in self.rooms() for timer in room.live_timers()]

    def alerting(self) -> list[tuple[RoomView, RoomTimer]]:
        now = self._clock()
        return [(room, t) for room, t in self.running_timers() if alerting(t, now)]

    def set_silent(self, silent: bool) -> None:
        self.silent = silent

    # --- loading --------------------------------------------------------------------------

    def load_unfinished(self) -> Problem | None:
        """The rooms left unfinished (after a restart, say); checked for alerts at once."""
        try:
            views = self._service.unfinished()
        except PlannerError as error:
            return Problem.of(error)
        for view in views:
            self._put(view)
        self._start()
        self.tick()
        return None

    def open_session(self, session_id: int) -> tuple[RoomView | None, Problem | None]:
        try:
            view = self._service.open(session_id)
        except PlannerError as error:
            return None, Problem.of(error)
        self._put(view)
        self._start()
        return view, None

    def forget(self, room_id: int) -> None:
        """Take a room off the board (its data stays in the database)."""
        if self._rooms.pop(room_id, None) is not None:
            self.removed.emit(room_id)

    # --- taps -----------------------------------------------------------------------------

    def set_needles(
        self, room_id: int, needles_in: int | None = None, needles_out: int | None = None
    ) -> Problem | None:
        return self._call(
            room_id,
            lambda view: self._service.set_needles(
                room_id, view.version, needles_in=needles_in, needles_out=needles_out
            ),
        )

    def add_needles(self, room_id: int, *, inserted: int = 0, removed: int = 0) -> Problem | None:
        """Change the counts by a step (a tap: one more in, one more out, one fewer)."""
        view = self._rooms.get(room_id)
        if view is None:
            return Problem(self.tr("That session is no longer in the treatment room."))
        count = view.count
        return self.set_needles(
            room_id,
            needles_in=max(count.needles_in + inserted, 0) if inserted else None,
            needles_out=max(count.needles_out + removed, 0) if removed else None,
        )

    def mark_searched(self, room_id: int, areas: Iterable[SearchArea]) -> Problem | None:
        chosen = frozenset(areas)
        return self._call(
            room_id, lambda view: self._service.mark_searched(room_id, chosen, view.version)
        )

    def record_unaccounted(self, room_id: int, action_taken: str) -> Problem | None:
        return self._call(
            room_id,
            lambda view: self._service.record_unaccounted(room_id, action_taken, view.version),
        )

    def start_timer(self, room_id: int, kind: TimerKind, minutes: int) -> Problem | None:
        return self._call(
            room_id, lambda view: self._service.start_timer(room_id, kind, minutes, view.version)
        )

    def pause_timer(self, room_id: int, timer_id: int) -> Problem | None:
        return self._call(
            room_id, lambda view: self._service.pause_timer(room_id, timer_id, view.version)
        )

    def resume_timer(self, room_id: int, timer_id: int) -> Problem | None:
        return self._call(
            room_id, lambda view: self._service.resume_timer(room_id, timer_id, view.version)
        )

    def stop_timer(self, room_id: int, timer_id: int) -> Problem | None:
        return self._call(
            room_id, lambda view: self._service.stop_timer(room_id, timer_id, view.version)
        )

    def acknowledge(self, room_id: int, timer_id: int) -> Problem | None:
        return self._call(
            room_id, lambda view: self._service.acknowledge_timer(room_id, timer_id, view.version)
        )

    def finish(self, room_id: int) -> Problem | None:
        """All needles out and accounted for: the counts go into the session record."""
        problem = self._call(room_id, lambda view: self._service.finish(room_id, view.version))
        if problem is None:
            self.forget(room_id)
        return problem

    def sign(self, room_id: int) -> Problem | None:
        """Finish (when not yet) and sign. When signing is refused after the counts went
        into the session (say, pain before is missing), the room is done all the same:
        the record is completed and signed in the session screen."""
        problem = self._call(room_id, lambda view: self._service.sign(room_id, view.version))
        if problem is None:
            self.forget(room_id)
            return None
        self._reload(room_id)
        view = self._rooms.get(room_id)
        if view is not None and view.finished:
            self.forget(room_id)
            return Problem(
                self.tr(
                    "Every needle is accounted for and the counts are in the session record, "
                    "but it cannot be signed yet: {why} Complete it in the session screen."
                ).format(why=problem.message)
            )
        return problem

    # --- ticking and alerts ---------------------------------------------------------------

    def tick(self) -> None:
        """Redraw the countdowns; alert for a timer that has just run its time."""
        now = self._clock()
        fresh: list[tuple[int, int]] = []
        for room, timer in self.running_timers():
            if timer.id is None or not alerting(timer, now):
                continue
            if timer.id not in self._alerted:
                self._alerted.add(timer.id)
                fresh.append((room.id, timer.id))
        self.ticked.emit()
        for room_id, timer_id in fresh:
            log.info("room timer %s of room %s ended", timer_id, room_id)
            self.alerted.emit(room_id, timer_id)
        if fresh or self._sound_due(now):
            self._play(now)

    def _sound_due(self, now: dt.datetime) -> bool:
        if not self.alerting() or self._last_sound is None:
            return False
        return (now - self._last_sound).total_seconds() >= REPEAT_SECONDS

    def _play(self, now: dt.datetime) -> None:
        self._last_sound = now
        if not self.silent:
            self._sound()

    # --- helpers --------------------------------------------------------------------------

    def _start(self) -> None:
        if self._rooms and not self._timer.isActive():
            self._timer.start()

    def _put(self, view: RoomView) -> None:
        self._rooms[view.id] = view
        self.changed.emit(view.id)

    def _call(self, room_id: int, action: Callable[[RoomView], RoomView]) -> Problem | None:
        view = self._rooms.get(room_id)
        if view is None:
            return Problem(self.tr("That session is no longer in the treatment room."))
        try:
            updated = action(view)
        except ConflictError as error:
            self._reload(room_id)  # show what the other workstation saved
            return Problem.of(error)
        except PlannerError as error:
            return Problem.of(error)
        self._put(updated)
        self.tick()
        return None

    def _reload(self, room_id: int) -> None:
        try:
            self._put(self._service.get(room_id))
        except PlannerError:
            log.warning("room %s could not be reloaded", room_id)
