"""Automatic lock: :class:`IdleWatcher` says when nobody has touched the keyboard, mouse
or screen for the clinic's idle-lock time.

It installs itself as an event filter on the application, so input into any window or
dialog counts, and checks a clock every few seconds. The clock is a plain function
(``time.monotonic`` in the app, a fake in tests), so tests never wait real minutes.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from planner.domain.access import IDLE_LOCK_DEFAULT_MINUTES, idle_minutes

CHECK_INTERVAL_MS = 5_000

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """Emits :attr:`idle` once after ``minutes`` without input, while it is running."""

    idle = Signal()

    def __init__(
        self,
        minutes: int = IDLE_LOCK_DEFAULT_MINUTES,
        *,
        clock: Callable[[], float] = time.monotonic,
        check_interval_ms: int = CHECK_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._seconds = idle_minutes(minutes) * 60
        self._last_input = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)
        self._watching: QObject | None = None

    @property
    def minutes(self) -> int:
        return self._seconds // 60

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def set_minutes(self, minutes: int) -> None:
        """A new idle-lock time (clamped to the allowed range); counts from the last input."""
        self._seconds = idle_minutes(minutes) * 60

    def watch(self, app: QCoreApplication) -> None:
        """Count input anywhere in ``app`` as activity."""
        if self._watching is not None:
            self._watching.removeEventFilter(self)
        app.installEventFilter(self)
        self._watching = app

    def unwatch(self) -> None:
        if self._watching is not None:
            self._watching.removeEventFilter(self)
            self._watching = None

    def start(self) -> None:
        """Start counting from now."""
        self._last_input = self._clock()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def reset(self) -> None:
        """Somebody is here: count from now."""
        self._last_input = self._clock()

    def seconds_idle(self) -> float:
        return self._clock() - self._last_input

    def check(self) -> None:
        """Emit :attr:`idle` (and stop) when the idle time has passed."""
        if self._timer.isActive() and self.seconds_idle() >= self._seconds:
            self._timer.stop()
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = self._clock()
        return False
