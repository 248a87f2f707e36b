"""What a screen area adds to the main window, and what the main window offers it.

The main window (:mod:`planner.ui.main_window`) knows no screen area by name. ``app.py``
hands it a list of :class:`WindowPart` — the patient screens (Patient menu and buttons),
the backup corner, the administration screens (Admin menu), the treatment room (Treatment
menu and timer strip) — and the window asks each, once, to :meth:`WindowPart.contribute`
its menus, actions and widgets through :class:`WindowHost` (only what the user's roles
allow), then tells every part of the few things that happen to the window: a patient
opened, the actions to enable again, a sign-out or quit coming. :class:`PartBase` gives a
part that needs none of those hooks a no-op for each. Menus take their place in the menu
bar by their ``order`` (:data:`FILE_ORDER` … :data:`HELP_ORDER`). :class:`Named` finds an
object a part put on the window by its object name (the window's handles for tests).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

if TYPE_CHECKING:
    from planner.ui.owned_windows import OwnedWindows
    from planner.ui.patients.clinical import ClinicalSummary
    from planner.ui.patients.list_widget import PatientListWidget
    from planner.ui.patients.overview import PatientOverviewWidget
    from planner.ui.prompts import Prompts

FILE_ORDER = 0
PATIENT_ORDER = 10
VIEW_ORDER = 20
ADMIN_ORDER = 30
TREATMENT_ORDER = 40
HELP_ORDER = 90
_Obj = TypeVar("_Obj", bound=QObject)


class WindowHost(Protocol):
    """The main window as a part sees it."""

    patient_list: PatientListWidget
    overview: PatientOverviewWidget

    @property
    def widget(self) -> QMainWindow:
        """The window itself: parent of the part's actions (a lock disables them)."""
        ...

    @property
    def owned(self) -> OwnedWindows: ...

    @property
    def prompts(self) -> Prompts: ...

    @property
    def locked(self) -> bool: ...

    @property
    def privacy(self) -> bool: ...

    def place_menu(self, menu: QMenu, order: int) -> None:
        """Put the part's menu in the menu bar, before the menus of a higher ``order``."""
        ...

    def add_file_actions(self, actions: Sequence[QAction]) -> None:
        """Into the File menu, above Change my password, Lock and Sign out."""
        ...

    def add_top_widget(self, widget: QWidget) -> None:
        """Across the window, under the demo banner."""
        ...

    def add_status_widget(self, widget: QWidget) -> None: ...

    def add_home_page(self, widget: QWidget, title: str, *, first: bool = False) -> None:
        """A page beside the patient list (the appointment book); ``first``: shown first."""
        ...

    def show_home_page(self, widget: QWidget) -> None:
        """Bring a page added with :meth:`add_home_page` to the front."""
        ...

    def open_patient(self, patient_id: int) -> None: ...

    def show_status(self, text: str) -> None: ...

    def request_quit(self) -> None:
        """End AcuPlanner (after a restore: it must start again)."""
        ...

    def clinic_settings_changed(self, settings: object) -> None: ...


class WindowPart(Protocol):
    def contribute(self, host: WindowHost) -> None:
        """Add menus, actions and widgets to the window (called once, as it is built)."""
        ...

    def clinical(self, patient_id: int) -> ClinicalSummary | None:
        """The opened patient's clinical summary, from the part that reads it."""
        ...

    def patient_opened(self, patient_id: int) -> None: ...

    def update_actions(self) -> None:
        """Enable the part's actions for what is shown now (not while locked)."""
        ...

    def may_leave(self, action: str) -> bool:
        """Before signing out or quitting: False keeps the window."""
        ...

    def started(self) -> None:
        """The window is built: work left by an earlier run may show itself."""
        ...


class PartBase:
    """A :class:`WindowPart` whose hooks do nothing; parts override what they need."""

    def contribute(self, host: WindowHost) -> None:
        pass

    def clinical(self, patient_id: int) -> ClinicalSummary | None:
        return None

    def patient_opened(self, patient_id: int) -> None:
        pass

    def update_actions(self) -> None:
        pass

    def may_leave(self, action: str) -> bool:
        return True

    def started(self) -> None:
        pass


class Named(Generic[_Obj]):
    """A handle on an object a part put on the window, found by its object name (None when
    the user's roles left it out). Tests and the session controller use these."""

    def __init__(self, kind: type[QObject], name: str) -> None:
        self._kind, self._name = kind, name

    def __get__(self, window: QMainWindow, owner: object) -> _Obj | None:
        return cast("_Obj | None", window.findChild(self._kind, self._name))
