"""Every window remembers its size and position, in one place for the whole application.

:class:`WindowPlaces` is an event filter on the QApplication. When one of AcuPlanner's own
top-level windows (a class from the ``planner`` package; Qt's message boxes and file
dialogs are left alone, and the main window keeps its own geometry and splitter) is shown
for the first time, it is put where that kind of window — keyed by its object name, else
its class name — was last, but only when that place lies wholly on the screens there are
now (a laptop off its docking station opens the window where Qt would). When it is hidden
or closed, its place is written through :class:`planner.ui.settings.UiSettings`. A
maximised or full-screen window keeps its normal place.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QRegion
from PySide6.QtWidgets import QMainWindow, QWidget

from planner.ui.settings import UiSettings

_PLACED = "_acuplanner_window_placed"  # dynamic property: restored once per window
_WHOLE = Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen


def window_key(window: QWidget) -> str:
    return window.objectName() or type(window).__name__


def remembers_place(widget: QObject) -> bool:
    """One of our own top-level windows, other than the main window."""
    return (
        isinstance(widget, QWidget)
        and widget.isWindow()
        and widget.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
        and type(widget).__module__.startswith("planner.")
        and not isinstance(widget, QMainWindow)
    )


def fits_screens(rect: QRect) -> bool:
    """``rect`` lies wholly on the available area of the screens there are now."""
    area = QRegion()
    for screen in QGuiApplication.screens():
        area = area.united(QRegion(screen.availableGeometry()))
    return not area.isEmpty() and QRegion(rect).subtracted(area).isEmpty()


def within_screen(widget: QWidget, size: QSize) -> QSize:
    """``size``, made smaller where it would not fit 90 % of the widget's screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return size
    room = screen.availableGeometry().size()
    return size.boundedTo(QSize(room.width() * 9 // 10, room.height() * 9 // 10))


class WindowPlaces(QObject):
    """Puts windows back where they were, and remembers where they are."""

    def __init__(self, settings: UiSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings

    def restore(self, window: QWidget) -> bool:
        """Put ``window`` at its remembered place, if it fits the screens; True when done."""
        window.setProperty(_PLACED, True)
        if window.windowState() & _WHOLE:
            return False
        rect = self._settings.window_place(window_key(window))
        if rect is None or not fits_screens(rect):
            return False
        window.setGeometry(rect)
        return True

    def remember(self, window: QWidget) -> None:
        """Keep ``window``'s place; QSettings writes it to disk from the event loop soon
        after (and at exit), not here: an immediate write took ~18 ms on the GUI thread at
        each close, twice as the sign-in window gave way to the main window."""
        rect = window.normalGeometry() if window.windowState() & _WHOLE else window.geometry()
        key = window_key(window)
        if rect.isValid() and self._settings.window_place(key) != rect:
            self._settings.set_window_place(key, rect)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.Hide) or not remembers_place(watched):
            return False
        assert isinstance(watched, QWidget)
        if kind == QEvent.Type.Show:
            if not watched.property(_PLACED):
                self.restore(watched)
        elif watched.property(_PLACED):  # shown once: its place is worth keeping
            self.remember(watched)
        return False
