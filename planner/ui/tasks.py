"""Slow work off the main thread, its result back on it.

:class:`BackgroundTasks` runs a plain function in its own one-thread pool (so PDFs are
made one after another: ReportLab's font registry is shared) and calls ``done`` or
``failed`` with the result on the main thread, through a queued signal. The function
must touch neither widgets nor the database session of the main thread; making a PDF
from plain data is the use here. Tests hand presenters :class:`RunAtOnce` instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")


class TaskRunner(Protocol):
    def run(
        self,
        work: Callable[[], T],
        done: Callable[[T], object],
        failed: Callable[[BaseException], object],
    ) -> None: ...


class RunAtOnce:
    """Runs the work in the caller's thread, at once (tests, scripts)."""

    def run(
        self,
        work: Callable[[], T],
        done: Callable[[T], object],
        failed: Callable[[BaseException], object],
    ) -> None:
        try:
            value = work()
        except Exception as error:
            failed(error)
            return
        done(value)


class _Relay(QObject):
    """Lives on the main thread; a signal emitted by a worker is delivered here, queued."""

    arrived = Signal(object, object)  # (callback, value)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.arrived.connect(self._on_arrived)

    def _on_arrived(self, callback: Callable[[Any], object], value: object) -> None:
        callback(value)


class _Job(QRunnable):
    def __init__(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], object],
        failed: Callable[[BaseException], object],
        relay: _Relay,
    ) -> None:
        super().__init__()
        self._work, self._done, self._failed, self._relay = work, done, failed, relay

    def run(self) -> None:
        try:
            value = self._work()
        except Exception as error:
            self._relay.arrived.emit(self._failed, error)
        else:
            self._relay.arrived.emit(self._done, value)


class BackgroundTasks(QObject):
    """One worker thread for one window; :meth:`wait` before the window goes away."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)

    def run(
        self,
        work: Callable[[], T],
        done: Callable[[T], object],
        failed: Callable[[BaseException], object],
    ) -> None:
        self._pool.start(_Job(work, done, failed, self._relay))

    @property
    def busy(self) -> bool:
        return self._pool.activeThreadCount() > 0

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the work started has finished (its results are then dropped if the
        window is gone); False on a timeout."""
        return self._pool.waitForDone(msecs)
