"""The Patient menu of one main window, and the forms it opens.

:class:`PatientActions` makes only the actions the user's roles allow — New patient
(Ctrl+N) and Edit details (F2) for reception and practitioners, Intake (Ctrl+I) and New
re-assessment for practitioners — puts them in the menu, beside the search box and beside
the patient's name, and keeps them enabled only when they make sense. The forms open as
owned windows (:mod:`planner.ui.owned_windows`), one per kind and patient, so a lock
hides them with their typing. What a saved form changed is shown at once: the list is
refreshed with the patient selected, the overview opened again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolButton, QWidget

from planner.ui.intake.window import IntakeWindow
from planner.ui.owned_windows import OwnedWindows
from planner.ui.patients.list_widget import PatientListWidget
from planner.ui.patients.overview import PatientOverviewWidget
from planner.ui.patients.screens import PatientScreens
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
    ) -> None:
        super().__init__(window)
        self._is_locked = is_locked
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
        return menu

    def place_buttons(self) -> None:
        """New patient beside the search box; the rest beside the patient's name."""
        if self.new_patient is not None:
            button = QToolButton()
            button.setDefaultAction(self.new_patient)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self._list.add_header_widget(button)
        self._overview.add_actions(
            [a for a in (self.edit_patient, self.intake, self.reassessment) if a is not None]
        )

    def update(self) -> None:
        """Edit and intake need an opened patient; a re-assessment an earlier intake too
        (while the window is locked, all stay disabled)."""
        if self._is_locked():
            return
        opened = self._overview.overview is not None
        clinical = self._overview.clinical
        for action, enabled in (
            (self.edit_patient, opened),
            (self.intake, opened and clinical is not None),
            (self.reassessment, opened and clinical is not None and bool(clinical.intakes)),
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
