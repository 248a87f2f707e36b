"""The treatment room as a part of a practitioner's main window (:mod:`planner.ui.window_parts`).

:class:`TreatmentPart` puts the Treatment menu and the timer strip on the window
(:class:`planner.ui.room.actions.TreatmentActions`, over
:class:`planner.ui.room.screens.TreatmentScreens`), shows the opened patient's course
progress, brings back sessions an earlier run left in the room, and asks before a
sign-out or quit while a timer runs.
"""

from __future__ import annotations

from planner.ui.room.actions import TreatmentActions
from planner.ui.room.screens import TreatmentScreens
from planner.ui.window_parts import TREATMENT_ORDER, PartBase, WindowHost


class TreatmentPart(PartBase):
    def __init__(self, screens: TreatmentScreens) -> None:
        self.screens = screens
        self._actions: TreatmentActions | None = None

    def contribute(self, host: WindowHost) -> None:
        actions = TreatmentActions(
            host.widget,
            self.screens,
            host.owned,
            host.overview,
            host.prompts,
            open_patient=host.open_patient,
            show_status=host.show_status,
            privacy=lambda: host.privacy,
        )
        actions.setObjectName("treatment_actions")
        host.add_top_widget(actions.strip)  # under the demo banner
        menu = actions.add_menu(host.widget.menuBar())
        menu.setObjectName("treatment_menu")
        host.place_menu(menu, TREATMENT_ORDER)
        self._actions = actions

    def patient_opened(self, patient_id: int) -> None:
        if self._actions is not None:
            self._actions.patient_opened(patient_id)  # chart and review card

    def update_actions(self) -> None:
        if self._actions is not None:
            self._actions.update()

    def may_leave(self, action: str) -> bool:
        return self._actions is None or self._actions.may_leave(action)

    def started(self) -> None:
        if self._actions is not None:
            self._actions.start()  # sessions left in the room by an earlier run
