"""Builds the treatment-room and progress screens for one signed-in practitioner (``app.py``
creates it): the board of sessions in the room, room views, the timer strip, the course
chart, the clinic view and today's list of patients by time. The services check the role
again whatever is asked of them.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

from planner.clock import utc_now
from planner.domain.errors import PlannerError
from planner.domain.progress import ClinicFilter
from planner.domain.vocab import SessionStatus
from planner.services.appointment_views import AppointmentView
from planner.services.appointments import AppointmentService
from planner.services.progress import ClinicView, CourseProgress
from planner.ui.problem import Problem
from planner.ui.room.board import RoomBoard, RoomOps
from planner.ui.room.strip import TimerStrip
from planner.ui.room.texts import signed_today_text

# The room and progress windows load when first opened, not at start-up.
if TYPE_CHECKING:
    from planner.ui.progress.clinic import ClinicDialog
    from planner.ui.progress.course_dialog import CourseProgressDialog
    from planner.ui.progress.outcome_entry import ScoreRecorder
    from planner.ui.room.today_list import TodayList
    from planner.ui.room.window import RoomWindow

log = logging.getLogger(__name__)


class OpenedSession(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def status(self) -> SessionStatus: ...

    @property
    def label(self) -> str: ...


class SessionOpener(Protocol):
    """:class:`planner.services.sessions.SessionService`, as the room uses it."""

    def open_today(self, course_id: int, prefill: str = ...) -> OpenedSession: ...


class ProgressReader(Protocol):
    """:class:`planner.services.progress.ProgressService`."""

    def course(self, course_id: int) -> CourseProgress: ...

    def current(self, patient_id: int) -> CourseProgress | None: ...

    def clinic(self, where: ClinicFilter | None = None) -> ClinicView: ...


class TreatmentScreens:
    """The room board and the progress screens of one practitioner's window."""

    def __init__(
        self,
        *,
        rooms: RoomOps,
        sessions: SessionOpener,
        progress: ProgressReader,
        outcomes: ScoreRecorder | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
        sound: Callable[[], None] | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        appointments: AppointmentService | None = None,
        practitioner_id: int | None = None,
    ) -> None:
        self._appointments = appointments  # today's list (None: not offered)
        self._practitioner_id = practitioner_id
        self._sessions = sessions
        self._progress = progress
        self.outcomes = outcomes  # the quick entry of outcome scores (None: not offered)
        self._today = today
        self.board = RoomBoard(rooms, clock=clock, sound=sound)

    # --- the room ---------------------------------------------------------------------------

    def strip(self, parent: QWidget | None = None) -> TimerStrip:
        return TimerStrip(self.board, parent)

    def room_window(self, parent: QWidget | None, room_id: int) -> RoomWindow:
        from planner.ui.room.window import RoomWindow

        return RoomWindow(self.board, room_id, parent)

    def open_room_for_course(
        self, course_id: int, draft_session_id: int | None
    ) -> tuple[int | None, Problem | None]:
        """The room of the course's session being recorded — today's, opened (and
        prefilled) now when there is none yet. Once today's is signed the service returns
        that one (it starts no other): the room says so and opens nothing."""
        if draft_session_id is not None:
            found = self.board.room_for_session(draft_session_id)
            if found is not None:
                return found.id, None
            view, problem = self.board.open_session(draft_session_id)
            return (view.id if view else None), problem
        try:
            opened = self._sessions.open_today(course_id)
        except PlannerError as error:
            return None, Problem.of(error)
        if opened.status != SessionStatus.DRAFT:
            return None, Problem(signed_today_text(opened.label))
        view, problem = self.board.open_session(opened.id)
        return (view.id if view else None), problem

    def today_list(self, parent: QWidget | None, *, privacy: bool) -> TodayList | None:
        """The practitioner's appointments of today by time (None: no appointment book)."""
        service, me = self._appointments, self._practitioner_id
        if service is None or me is None:
            return None
        from planner.ui.room.today_list import TodayList

        def read() -> tuple[AppointmentView, ...]:
            return service.days(self._today(), 1, practitioner_id=me)[0].appointments

        return TodayList(read, self._today(), parent, privacy=privacy)

    # --- progress ---------------------------------------------------------------------------

    def progress(self, patient_id: int) -> CourseProgress | None:
        """The patient's current course's progress (None when there is none, or unreadable:
        the overview then shows no progress section; the reason is logged)."""
        try:
            return self._progress.current(patient_id)
        except PlannerError as error:
            log.warning("progress of patient %s not shown: %s", patient_id, type(error).__name__)
            return None

    def course_dialog(
        self, parent: QWidget | None, course_id: int, patient: str
    ) -> tuple[CourseProgressDialog | None, Problem | None]:
        try:
            progress = self._progress.course(course_id)
        except PlannerError as error:
            return None, Problem.of(error)
        from planner.ui.progress.course_dialog import CourseProgressDialog

        dialog = CourseProgressDialog(
            progress,
            patient,
            parent,
            recorder=self.outcomes,
            reload=self._progress.course,
            today=self._today,
        )
        return dialog, None

    def clinic_dialog(self, parent: QWidget | None, *, privacy: bool) -> ClinicDialog:
        from planner.ui.progress.clinic import ClinicDialog, ClinicPresenter

        return ClinicDialog(ClinicPresenter(self._progress, privacy=privacy), self._today, parent)
