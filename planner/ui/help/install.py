"""What ``app.py`` installs once on the QApplication: the F1 and Ctrl+W keys
(:class:`planner.ui.help.keys.AppKeys`) and the windows' remembered places
(:class:`planner.ui.help.geometry.WindowPlaces`), behind one event filter so that each of
the application's events costs one Python call, not two."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from planner.ui.help.geometry import WindowPlaces
from planner.ui.help.keys import AppKeys
from planner.ui.settings import UiSettings

_PLACE_EVENTS = (QEvent.Type.Show, QEvent.Type.Hide)


class HelpFilter(QObject):
    """Hands key presses to :class:`AppKeys`, shows and hides to :class:`WindowPlaces`."""

    def __init__(self, settings: UiSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.keys = AppKeys(self)
        self.places = WindowPlaces(settings, self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            return self.keys.eventFilter(watched, event)
        if kind in _PLACE_EVENTS:
            return self.places.eventFilter(watched, event)
        return False


def install_help(app: QApplication, settings: UiSettings) -> HelpFilter:
    """Filter every window's events for F1, Ctrl+W and its place; the filter lives as long
    as ``app`` (its parent)."""
    installed = HelpFilter(settings, app)
    app.installEventFilter(installed)
    return installed
