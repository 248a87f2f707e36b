"""The Treatment menu of one main window, the timer strip, and the progress on the overview.

:class:`TreatmentActions` (practitioners only) offers Treatment room (F9) for the opened
patient's session under way, Today's patients… (the day by time), Course progress… and
Clinic progress…; puts the timer strip on the window; shows the current course's chart
and review card on the overview; and asks before the window signs out or quits while a
timer runs. Room views are owned windows kept over a lock; closing one leaves its timers
running on the board.

Review decisions belong to the course screens: the review card (on the overview and in
the larger chart) asks the overview for the course's review screen, as its course boxes
do, and the Patient menu's actions open the review dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from planner.domain.vocab import SessionStatus
from planner.services.patients import OPEN_COURSES, CourseSummary
from planner.ui.owned_windows import OwnedWindows
from planner.ui.patients.overview import PatientOverviewWidget
from planner.ui.prompts import Prompts
from planner.ui.room.board import RoomBoard
from planner.ui.room.screens import TreatmentScreens
from planner.ui.room.strip import TimerStrip
from planner.ui.room.texts import room_name, timer_short_labels

if TYPE_CHECKING:  # loads when a room is first opened
    from planner.ui.room.window import RoomWindow

log = logging.getLogger(__name__)


class TreatmentActions(QObject):
    def __init__(
        self,
        window: QWidget,
        screens: TreatmentScreens,
        owned: OwnedWindows,
        overview: PatientOverviewWidget,
        prompts: Prompts,
        *,
        open_patient: Callable[[int], None],
        show_status: Callable[[str], None],
        privacy: Callable[[], bool],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._screens = screens
        self._owned = owned
        self._overview = overview
        self._prompts = prompts
        self._open_patient = open_patient
        self._show_status = show_status
        self._privacy = privacy
        self._room_patients: dict[int, int] = {}
        screens.board.setParent(self)  # its ticking ends with this window
        self.strip: TimerStrip = screens.strip()
        self.strip.room_requested.connect(self.open_room)
        self.room_action = self._action(
            self.tr("Treatment &room…"),
            self.open_room_for_patient,
            "F9",
            self.tr("Full-screen room view of this patient's session: timers and needles (F9)"),
        )
        self.course_action = self._action(
            self.tr("Course &progress…"),
            self._on_course_action_triggered,
            "",
            self.tr("The current course's pain chart, large and printable"),
        )
        self.clinic_action = self._action(
            self.tr("&Clinic progress…"),
            self.open_clinic,
            "",
            self.tr("Active courses, reviews due, overdue sessions, improvement"),
        )
        self.today_action = self._action(
            self.tr("&Today's patients…"),
            self.open_today_list,
            "",
            self.tr("Your appointments of today by time"),
        )
        overview.chart_requested.connect(self._on_overview_chart_requested)
        section = overview.progress_section  # "Record scores…" opens the course's chart too
        section.offer_scores(screens.outcomes is not None)
        section.scores_requested.connect(self._on_overview_scores_requested)

    def _action(self, text: str, slot: Callable[[], object], shortcut: str, tip: str) -> QAction:
        action = QAction(text, self._window)  # the window's own: a lock disables it
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    @property
    def board(self) -> RoomBoard:
        return self._screens.board

    # --- placing ------------------------------------------------------------------------------

    def add_menu(self, menu_bar: QMenuBar) -> QMenu:
        menu = menu_bar.addMenu(self.tr("&Treatment"))
        menu.addAction(self.room_action)
        menu.addAction(self.today_action)
        menu.addSeparator()
        menu.addAction(self.course_action)
        menu.addAction(self.clinic_action)
        return menu

    def start(self) -> None:
        """After signing in: sessions an earlier run left in the room come back (with their
        timers, alerting at once when their time ran out meanwhile)."""
        problem = self._screens.board.load_unfinished()
        if problem is not None:
            self._show_status(problem.message)
            return
        rooms = self._screens.board.rooms()
        if rooms:
            self.strip.mark_from_before({room.id for room in rooms})
            text = (
                self.tr(
                    "1 session was left in the treatment room: it is in the strip at the "
                    "top. Open it to finish it."
                )
                if len(rooms) == 1
                else self.tr(
                    "{n} sessions were left in the treatment room: they are in the strip "
                    "at the top. Open each to finish it."
                ).format(n=len(rooms))
            )
            self._show_status(text)

    def update(self) -> None:
        course = self._current_course()
        self.room_action.setEnabled(course is not None)
        self.course_action.setEnabled(self._overview.progress is not None)

    # --- the room -----------------------------------------------------------------------------

    def open_room_for_patient(self) -> None:
        course = self._current_course()
        overview = self._overview.overview
        if course is None or overview is None:
            return
        draft = next((s.id for s in course.sessions if s.status == SessionStatus.DRAFT), None)
        room_id, problem = self._screens.open_room_for_course(course.id, draft)
        if problem is not None or room_id is None:
            self._prompts.error(
                self._window,
                self.tr("Treatment room"),
                problem.message if problem else self.tr("The session could not be opened."),
            )
            return
        self._room_patients[room_id] = overview.id
        self.open_room(room_id)
        if draft is None:  # today's session was opened now: the overview shows it
            self._open_patient(overview.id)

    def open_room(self, room_id: int) -> RoomWindow | None:
        from planner.ui.room.window import RoomWindow

        key = f"room:{room_id}"
        existing = self._owned.get(key)
        if isinstance(existing, RoomWindow):
            self._owned.raise_existing(key)
            return existing
        view = self._screens.board.room(room_id)
        if view is None:
            return None
        self._room_patients[room_id] = view.patient_id
        window = self._screens.room_window(self._window, room_id)
        window.left_room.connect(self._on_room_window_left_room)
        screen = self._window.screen()
        if screen is not None:  # the whole screen, also where full screen is not honoured
            window.setGeometry(screen.geometry())
        window.setWindowState(Qt.WindowState.WindowFullScreen)
        self._owned.show(key, window, form=True)
        return window

    def open_today_list(self) -> None:
        """The practitioner's day by time (planner.ui.room.today_list); a row opens its patient."""
        if self._owned.raise_existing("room_today"):
            return
        dialog = self._screens.today_list(self._window, privacy=self._privacy())
        if dialog is not None:
            dialog.patient_chosen.connect(self._open_patient)
            self._owned.show("room_today", dialog)

    def may_leave(self, action: str) -> bool:
        """Before signing out or quitting: True when no timer runs, or the user agrees."""
        running = self._screens.board.running_timers()
        if not running:
            return True
        labels = timer_short_labels()
        listed = ", ".join(f"{room_name(room)} ({labels[timer.kind]})" for room, timer in running)
        return self._prompts.confirm(
            self._window,
            self.tr("Timers are running"),
            self.tr(
                "Timers are still running for: {rooms}.\n\nThey are saved: when you sign in "
                "again they carry on from the time they started, and any that ended meanwhile "
                "alert at once. But nothing alerts while AcuPlanner is closed."
            ).format(rooms=listed),
            action,
        )

    # --- progress -----------------------------------------------------------------------------

    def patient_opened(self, patient_id: int) -> None:
        """Show the opened patient's course progress on the overview (practitioners)."""
        clinical = self._overview.clinical
        self._overview.show_progress(
            self._screens.progress(patient_id) if clinical is not None else None
        )
        self.update()

    def open_course_chart(self, course_id: int | None = None) -> None:
        progress = self._overview.progress
        if course_id is None:
            course_id = progress.course_id if progress is not None else None
        if course_id is None:
            return
        key = f"progress:{course_id}"
        if self._owned.raise_existing(key):
            return
        dialog, problem = self._screens.course_dialog(
            self._window, course_id, self._overview.shown_name
        )
        if dialog is None:
            self._prompts.error(
                self._window, self.tr("Course progress"), problem.message if problem else ""
            )
            return
        dialog.review_requested.connect(self._on_dialog_review_requested)
        dialog.scores_saved.connect(self._on_dialog_scores_saved)
        self._owned.show(key, dialog)

    def open_clinic(self) -> None:
        if self._owned.raise_existing("clinic_progress"):
            return
        dialog = self._screens.clinic_dialog(self._window, privacy=self._privacy())
        dialog.patient_requested.connect(self._open_patient)
        self._owned.show("clinic_progress", dialog)

    def _current_course(self) -> CourseSummary | None:
        overview = self._overview.overview
        if overview is None or not overview.clinical_visible or self._overview.clinical is None:
            return None
        return next((c for c in overview.courses if c.status in OPEN_COURSES), None)

    # --- slots --------------------------------------------------------------------------------

    def _on_room_window_left_room(self, room_id: int, message: str) -> None:
        patient_id = self._room_patients.pop(room_id, None)
        if message:
            self._prompts.error(self._window, self.tr("Not signed yet"), message)
        else:
            self._show_status(self.tr("The session left the treatment room; its counts are saved."))
        if patient_id is not None and self._overview.patient_id == patient_id:
            self._open_patient(patient_id)

    def _on_course_action_triggered(self) -> None:
        self.open_course_chart()

    def _on_dialog_review_requested(self, course_id: int, _kind: str) -> None:
        self._overview.request_course("review", course_id)

    def _on_overview_chart_requested(self, course_id: int) -> None:
        self.open_course_chart(course_id)

    def _on_overview_scores_requested(self, course_id: int) -> None:
        self.open_course_chart(course_id)
        dialog = self._owned.get(f"progress:{course_id}")
        record = getattr(dialog, "record_scores", None)  # the course's chart dialog
        if record is not None:
            record()

    def _on_dialog_scores_saved(self, _course_id: int) -> None:
        patient_id = self._overview.patient_id
        if patient_id is not None:  # the overview's chart and review card read again
            self.patient_opened(patient_id)
