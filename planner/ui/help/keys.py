"""Keys every window has, handled once for the whole application: F1 and Ctrl+W.

:class:`AppKeys` is an event filter on the QApplication (``app.py`` installs it with
:func:`install_help`). F1 opens the user guide at the section of the window in front (the
help window is imported then, not at start-up); Ctrl+W (the platform's Close keys) closes
the window in front as its own close button would — a form still asks about unsaved
typing — but never the main window, which Sign out and Quit end. Shortcuts a window
defines itself keep precedence: Qt delivers the key press only when none matched.
:func:`open_guide` is Help ▸ User guide.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from planner.ui.help.guide import section_for

_NOT_CLOSED = (
    Qt.WindowType.Popup,
    Qt.WindowType.ToolTip,
    Qt.WindowType.SplashScreen,
)


def open_guide(widget: QWidget | None = None) -> None:
    """The user guide at the section of ``widget`` (else the widget with the keyboard)."""
    from planner.ui.help.window import show_help  # the guide loads on first use

    target = widget if widget is not None else QApplication.focusWidget()
    if target is None:
        target = QApplication.activeWindow()
    show_help(section_for(target), target)


def close_window(widget: QWidget) -> bool:
    """Close ``widget``'s window unless it is a main window or a popup; True when asked."""
    window = widget.window()
    if isinstance(window, QMainWindow) or window.windowType() in _NOT_CLOSED:
        return False
    window.close()
    return True


class AppKeys(QObject):
    """F1 and Ctrl+W in every window of the application."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        key_event = event
        if key_event.key() == Qt.Key.Key_F1 and not key_event.modifiers():
            open_guide(watched)
            return True
        if key_event.matches(QKeySequence.StandardKey.Close):
            return close_window(watched)
        return False
