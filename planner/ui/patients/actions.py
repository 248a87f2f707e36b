"""The Patient menu of one main window, and the forms it opens.

:class:`PatientActions` makes only the actions the user's roles allow — New patient
(Ctrl+N) and Edit details (F2) for reception and practitioners, Intake (Ctrl+I) and New
re-assessment for practitioners — puts them in the menu, beside the search box and beside
the patient's name, and keeps them enabled only when they make sense. Practitioners also
get the course screens (:mod:`planner.ui.course`): Start course (Ctrl+Shift+C), Plan
(Ctrl+Shift+P), Today's session (Ctrl+T) and Course review (Ctrl+Shift+R) for the
patient's open course, also offered in the overview's course boxes; reception never
gets them. Documents… (Ctrl+Shift+D, reception and practitioners) opens the patient's
take-home sheets, receipts and reports (:mod:`planner.ui.documents`). The forms open as
owned windows (:mod:`planner.ui.owned_windows`), one per kind and patient, so a lock
hides them with their typing. What a saved form changed is shown at once: the list is
refreshed with the patient selected, the overview opened again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolButton, QWidget

from planner.domain.vocab import SessionStatus
from planner.services.patients import OPEN_COURSES
from planner.ui.owned_windows import OwnedWindows
from planner.ui.patients.list_widget import PatientListWidget
from planner.ui.patients.overview import PatientOverviewWidget
from planner.ui.patients.screens import PatientScreens

if TYPE_CHECKING:  # the windows load when first opened, not at start-up
    from planner.ui.intake.window import IntakeWindow
    from planner.ui.registration.dialog import PatientDialog


class PatientActions(QObject):
    """New patient, Edit details, Intake and New re-assessment for one window."""

    def __init__(
        self,
        window: QWidget,
        screens: PatientScreens,
        owned: OwnedWindows,
        patient_list: PatientListWidget,
        overview: PatientOverviewWidget,
        open_patient: Callable[[int], None],
        is_locked: Callable[[], bool],
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(window)
        self._is_locked = is_locked
        self._today = today
        self._window = window
        self._screens = screens
        self._owned = owned
        self._list = patient_list
        self._overview = overview
        self._open_patient = open_patient
        self.new_patient: QAction | None = None
        self.edit_patient: QAction | None = None
        self.intake: QAction | None = None
        self.reassessment: QAction | None = None
        if screens.can_edit_patients:
            self.new_patient = self._action(
                self.tr("&New patient…"),
                self.open_new_patient,
                "Ctrl+N",
                self.tr("Register a new patient (Ctrl+N)"),
            )
            self.edit_patient = self._action(
                self.tr("&Edit details…"),
                self.open_edit_patient,
                "F2",  # not Ctrl+E: the search box takes that for "end of line" on X11
                self.tr("Edit the patient's details, or archive them (F2)"),
            )
        if screens.can_take_intakes:
            self.intake = self._action(
                self.tr("&Intake…"),
                self.open_intake,
                "Ctrl+I",
                self.tr("The latest intake, to read or edit — or the first one (Ctrl+I)"),
            )
            self.reassessment = self._action(
                self.tr("New &re-assessment…"),
                self.start_reassessment,
                "",
                self.tr("A new intake for today, copied from the latest one"),
            )
        overview.intake_requested.connect(self._on_overview_intake_requested)
        self.start_course: QAction | None = None
        self.plan: QAction | None = None
        self.today_session: QAction | None = None
        self.review: QAction | None = None
        if screens.courses is not None:
            self._add_course_actions()
        self.documents: QAction | None = None
        if screens.documents is not None:  # reception and practitioners
            self.documents = self._action(
                self.tr("&Documents…"),
                self.open_documents,
                "Ctrl+Shift+D",
                self.tr("Take-home sheets, receipts and reports: preview, print, save"),
            )

    def _add_course_actions(self) -> None:
        self.start_course = self._action(
            self.tr("Start &course…"),
            self._on_start_course_triggered,
            "Ctrl+Shift+C",
            self.tr("A new course from the latest intake (Ctrl+Shift+C)"),
        )
        self.plan = self._action(
            self.tr("&Plan…"),
            self._on_plan_triggered,
            "Ctrl+Shift+P",
            self.tr("The treatment plan of the open course (Ctrl+Shift+P)"),
        )
        self.today_session = self._action(
            self.tr("Today's &session…"),
            self._on_today_session_triggered,
            "Ctrl+T",
            self.tr("Record today's session of the open course (Ctrl+T)"),
        )
        self.review = self._action(
            self.tr("Course re&view…"),
            self._on_review_triggered,
            "Ctrl+Shift+R",
            self.tr("Decide at a review point: continue, adjust, extend, discharge, refer"),
        )
        overview = self._overview
        overview.set_course_actions(True)
        overview.course_requested.connect(self._on_overview_course_requested)
        overview.session_requested.connect(self._on_overview_session_requested)
        overview.start_course_requested.connect(self._on_start_course_triggered)

    def _action(self, text: str, slot: Callable[[], object], shortcut: str, tip: str) -> QAction:
        action = QAction(text, self._window)  # the window's own: a lock disables it
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    # --- placing and enabling -----------------------------------------------------------------

    def add_menu(self, menu_bar: QMenuBar) -> QMenu | None:
        """The Patient menu (None when the user's roles allow none of its actions)."""
        if self.new_patient is None and self.intake is None:
            return None
        menu = menu_bar.addMenu(self.tr("&Patient"))
        for action in (self.new_patient, self.edit_patient):
            if action is not None:
                menu.addAction(action)
        if self.intake is not None and self.reassessment is not None:
            if not menu.isEmpty():
                menu.addSeparator()
            menu.addAction(self.intake)
            menu.addAction(self.reassessment)
        course_actions = [self.start_course, self.plan, self.today_session, self.review]
        if any(action is not None for action in course_actions):
            menu.addSeparator()
            for action in course_actions:
                if action is not None:
                    menu.addAction(action)
        if self.documents is not None:
            menu.addSeparator()
            menu.addAction(self.documents)
        return menu

    def place_buttons(self) -> None:
        """New patient beside the search box; the rest beside the patient's name."""
        if self.new_patient is not None:
            button = QToolButton()
            button.setDefaultAction(self.new_patient)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self._list.add_header_widget(button)
        self._overview.add_actions(
            [
                a
                for a in (
                    self.edit_patient,
                    self.intake,
                    self.reassessment,
                    self.today_session,
                    self.documents,
                )
                if a is not None
            ]
        )

    def update(self) -> None:
        """Edit and intake need an opened patient; a re-assessment an earlier intake too
        (while the window is locked, all stay disabled)."""
        if self._is_locked():
            return
        opened = self._overview.overview is not None
        clinical = self._overview.clinical
        course = self._open_course_id() is not None
        intakes = opened and clinical is not None and bool(clinical.intakes)
        for action, enabled in (
            (self.edit_patient, opened),
            (self.intake, opened and clinical is not None),
            (self.reassessment, intakes),
            (self.start_course, intakes),
            (self.plan, course),
            (self.today_session, course),
            (self.review, course),
            (self.documents, opened),
        ):
            if action is not None:
                action.setEnabled(enabled)

    # --- the forms --------------------------------------------------------------------------

    def open_new_patient(self) -> None:
        """The registration form (one at a time)."""
        if self._screens.can_edit_patients and not self._owned.raise_existing("patient:new"):
            self._show_patient_dialog("patient:new", self._screens.patient_dialog(self._window))

    def open_edit_patient(self) -> None:
        """The opened patient's details (and Archive / Unarchive)."""
        patient_id = self._opened_patient_id()
        if not self._screens.can_edit_patients or patient_id is None:
            return
        key = f"patient:{patient_id}"
        if not self._owned.raise_existing(key):
            dialog = self._screens.patient_dialog(self._window, patient_id)
            self._show_patient_dialog(key, dialog)

    def open_intake(self, intake_id: int | None = None) -> IntakeWindow | None:
        """The opened patient's intake window (one per patient): the latest intake, the
        first one when there is none, or the intake ``intake_id``."""
        from planner.ui.intake.window import IntakeWindow

        patient_id = self._opened_patient_id()
        if not self._screens.can_take_intakes or patient_id is None:
            return None
        key = f"intake:{patient_id}"
        window = self._owned.get(key)
        if isinstance(window, IntakeWindow):
            self._owned.raise_existing(key)
        else:
            window = self._screens.intake_window(
                self._window, patient_id, self._overview.shown_name
            )
            window.intake_saved.connect(self._on_intake_window_intake_saved)
            self._owned.show(key, window, form=True)
        if intake_id is not None:
            window.show_intake(intake_id)
        return window

    def start_reassessment(self) -> None:
        window = self.open_intake()
        if window is not None:
            window.start_reassessment()

    def open_documents(self) -> None:
        """The opened patient's Documents window (one per patient; closed on a lock)."""
        documents = self._screens.documents
        patient_id = self._opened_patient_id()
        if documents is None or patient_id is None:
            return
        key = f"documents:{patient_id}"
        if not self._owned.raise_existing(key):
            window = documents.window(self._window, patient_id, self._overview.shown_name)
            self._owned.show(key, window)

    # --- the course screens (practitioners) ---------------------------------------------------

    def open_start_course(self) -> None:
        courses = self._screens.courses
        patient_id = self._opened_patient_id()
        if courses is None or patient_id is None:
            return
        key = f"course:new:{patient_id}"
        if not self._owned.raise_existing(key):
            dialog = courses.start_dialog(self._window, patient_id, self._overview.shown_name)
            dialog.course_started.connect(self._on_start_dialog_course_started)
            self._owned.show(key, dialog, form=True)

    def open_plan(self, course_id: int | None = None) -> None:
        courses = self._screens.courses
        course_id = course_id or self._open_course_id()
        if courses is None or course_id is None:
            return
        key = f"plan:{course_id}"
        if not self._owned.raise_existing(key):
            window = courses.plan_editor(self._window, course_id, self._overview.shown_name)
            self._owned.show(key, window, form=True)

    def open_today_session(self, course_id: int | None = None) -> None:
        """Today's session of the course: the draft under way, the next one booked — or,
        once today's is signed, that one again (read only, for an amendment). Starting
        the next would date it today and move every later session."""
        course_id = course_id or self._open_course_id()
        self._open_session(course_id, self._signed_today(course_id))

    def _signed_today(self, course_id: int | None) -> int | None:
        overview = self._overview.overview
        if overview is None or course_id is None:
            return None
        course = next((c for c in overview.courses if c.id == course_id), None)
        if course is None or any(s.status == SessionStatus.DRAFT for s in course.sessions):
            return None
        today = self._today()
        signed = [
            s.id
            for s in course.sessions
            if s.status == SessionStatus.SIGNED and s.session_date == today
        ]
        return signed[-1] if signed else None

    def open_review(self, course_id: int | None = None) -> None:
        courses = self._screens.courses
        course_id = course_id or self._open_course_id()
        if courses is None or course_id is None:
            return
        key = f"review:{course_id}"
        if not self._owned.raise_existing(key):
            dialog = courses.review_dialog(self._window, course_id, self._overview.shown_name)
            dialog.review_recorded.connect(self._on_course_screen_changed)
            self._owned.show(key, dialog, form=True)

    def _open_session(self, course_id: int | None, session_id: int | None) -> None:
        courses = self._screens.courses
        if courses is None or course_id is None:
            return
        key = f"session:{session_id}" if session_id else f"session:today:{course_id}"
        if self._owned.raise_existing(key):
            return
        window = courses.session_window(
            self._window, course_id, self._overview.shown_name, session_id
        )
        window.session_changed.connect(self._on_course_screen_changed)
        window.review_due.connect(self._on_session_window_review_due)
        self._owned.show(key, window, form=True)
        if window.patient_id is not None:  # opening today's session changed the schedule
            self._on_course_screen_changed(window.patient_id, course_id)

    def _open_course_id(self) -> int | None:
        """The patient's course under way (the newest open one), if any."""
        overview = self._overview.overview
        if overview is None or self._screens.courses is None:
            return None
        course = next((c for c in overview.courses if c.status in OPEN_COURSES), None)
        return course.id if course is not None else None

    def _show_patient_dialog(self, key: str, dialog: PatientDialog) -> None:
        dialog.patient_saved.connect(self._on_patient_dialog_patient_saved)
        dialog.open_patient_requested.connect(self._on_patient_dialog_patient_saved)
        dialog.archived_changed.connect(self._on_patient_dialog_archived_changed)
        self._owned.show(key, dialog, form=True)

    def _opened_patient_id(self) -> int | None:
        overview = self._overview.overview
        return overview.id if overview is not None else None

    # --- slots --------------------------------------------------------------------------------

    def _on_patient_dialog_patient_saved(self, patient_id: int) -> None:
        """Saved, or "open existing" chosen instead: that patient, selected and opened."""
        self._list.select_patient(patient_id)
        self._open_patient(patient_id)

    def _on_patient_dialog_archived_changed(self, patient_id: int, _archived: bool) -> None:
        self._list.refresh()
        if self._overview.patient_id == patient_id:
            self._open_patient(patient_id)

    def _on_intake_window_intake_saved(self, patient_id: int, _intake_id: int) -> None:
        if self._overview.patient_id == patient_id:
            self._overview.show_clinical(self._screens.clinical(patient_id))
            self.update()

    def _on_overview_intake_requested(self, _patient_id: int, intake_id: int) -> None:
        self.open_intake(intake_id)

    def _on_start_course_triggered(self) -> None:
        self.open_start_course()

    def _on_plan_triggered(self) -> None:
        self.open_plan()

    def _on_today_session_triggered(self) -> None:
        self.open_today_session()

    def _on_review_triggered(self) -> None:
        self.open_review()

    def _on_overview_course_requested(self, kind: str, course_id: int) -> None:
        {"plan": self.open_plan, "session": self.open_today_session, "review": self.open_review}[
            kind
        ](course_id)

    def _on_overview_session_requested(self, course_id: int, session_id: int) -> None:
        self._open_session(course_id, session_id)

    def _on_start_dialog_course_started(self, patient_id: int, course_id: int) -> None:
        self._on_course_screen_changed(patient_id, course_id)
        self.open_plan(course_id)  # the next step: plan the treatment

    def _on_course_screen_changed(self, patient_id: int, _course_id: int) -> None:
        """A course, session or review changed: show it in the overview."""
        if self._overview.patient_id == patient_id and not self._is_locked():
            self._open_patient(patient_id)

    def _on_session_window_review_due(self, patient_id: int, course_id: int) -> None:
        if self._overview.patient_id == patient_id:
            self.open_review(course_id)
