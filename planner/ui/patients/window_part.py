"""The patient screens as a part of the main window (:mod:`planner.ui.window_parts`).

:class:`PatientPart` puts the Patient menu, New patient beside the search box and the
patient's buttons beside the name on the window
(:class:`planner.ui.patients.actions.PatientActions`, which makes only what the user's
roles allow), keeps them enabled as the opened patient allows, and reads the clinical
summary of the patient the window opens (:class:`planner.ui.patients.screens.PatientScreens`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from planner.ui.patients.actions import PatientActions
from planner.ui.patients.clinical import ClinicalSummary
from planner.ui.patients.screens import PatientScreens
from planner.ui.window_parts import PATIENT_ORDER, PartBase, WindowHost


class PatientPart(PartBase):
    def __init__(self, screens: PatientScreens, today: Callable[[], dt.date]) -> None:
        self.screens = screens
        self._today = today
        self._actions: PatientActions | None = None

    def contribute(self, host: WindowHost) -> None:
        actions = PatientActions(
            host.widget,
            self.screens,
            host.owned,
            host.patient_list,
            host.overview,
            host.open_patient,
            lambda: host.locked,
            self._today,
        )
        actions.setObjectName("patient_actions")
        for action, name in (
            (actions.new_patient, "new_patient_action"),
            (actions.edit_patient, "edit_patient_action"),
            (actions.intake, "intake_action"),
            (actions.reassessment, "reassessment_action"),
        ):
            if action is not None:
                action.setObjectName(name)
        menu = actions.add_menu(host.widget.menuBar())
        if menu is not None:
            menu.setObjectName("patient_menu")
            host.place_menu(menu, PATIENT_ORDER)
        actions.place_buttons()
        self._actions = actions

    def clinical(self, patient_id: int) -> ClinicalSummary | None:
        return self.screens.clinical(patient_id)  # None for reception: not asked

    def update_actions(self) -> None:
        if self._actions is not None:
            self._actions.update()
