"""All slow work of the windows goes through here: off the main thread, its result back on it.

:class:`BackgroundTasks` runs a plain function in its own one-thread pool (so PDFs are
made one after another: ReportLab's font registry is shared) and calls ``done`` or
``failed`` with the result on the main thread, through a queued signal. The function
must touch neither widgets nor the database session of the main thread; its users are
the Documents window (a PDF from plain data), Back up now and Restore (the services
open their own connections) and the daily backup at start-up. :meth:`BackgroundTasks.start`
hands the work a :class:`Task` whose :meth:`Task.checkpoint` raises :class:`Cancelled`
once the user has cancelled it; :class:`TaskProgress` is the window-modal busy dialog
with its Cancel button. Tests hand presenters :class:`RunAtOnce` instead.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
SHOW_AFTER_MS = 400  # quick work finishes without a dialog flashing up


class Cancelled(Exception):
    """The user cancelled the work before it finished (raised by :meth:`Task.checkpoint`)."""


class Task:
    """One piece of work started: cancel it, ask whether it finished, wait for it."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._finished = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def checkpoint(self) -> None:
        """Called by the work where stopping is safe: raises :class:`Cancelled` once the
        user cancelled."""
        if self._cancel.is_set():
            raise Cancelled()

    @property
    def finished(self) -> bool:
        return self._finished.is_set()

    def join(self, timeout: float | None = None) -> bool:
        """Block until the work has finished (not its callbacks); False on a timeout."""
        return self._finished.wait(timeout)

    def _finish(self) -> None:
        self._finished.set()


def _perform(
    work: Callable[[Task], Any],
    task: Task,
    done: Callable[[Any], object],
    failed: Callable[[BaseException], object],
) -> tuple[Callable[[Any], object], object]:
    """Runs the work and marks its task finished; the callback to call with its outcome:
    ``done`` with the value, or ``failed`` with the error."""
    try:
        value = work(task)
    except Exception as error:
        task._finish()
        return failed, error
    task._finish()
    return done, value


class TaskRunner(Protocol):
    def run(
        self,
        work: Callable[[], T],
        done: Callable[[T], object],
        failed: Callable[[BaseException], object],
    ) -> object: ...


class RunAtOnce:
    """Runs the work in the caller's thread, at once (tests, scripts)."""

    def run(
        self,
        work: Callable[[], T],
        done: Callable[[T], object],
        failed: Callable[[BaseException], object],
    ) -> Task:
        return self.start(lambda _task: work(), done, failed)

    def start(
        self,
        work: Callable[[Task], T],
        done: Callable[[T], object],
        failed: Callable[[BaseException], object],
    ) -> Task:
        task = Task()
        callback, value = _perform(work, task, done, failed)
        callback(value)
        return task


class _Relay(QObject):
    """Lives on the main thread; a signal emitted by a worker is delivered here, queued."""

    arrived = Signal(object, object)  # (callback, value)

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.arrived.connect(self._on_arrived)

    def _on_arrived(self, callback: Callable[[Any], object], value: object) -> None:
        callback(value)


class _Job(QRunnable):
    def __init__(
        self,
        work: Callable[[Task], Any],
        done: Callable[[Any], object],
        failed: Callable[[BaseException], object],
        relay: _Relay,
        task: Task,
    ) -> None:
        super().__init__()
        self._work, self._done, self._failed = work, done, failed
        self._relay, self._task = relay, task

    def run(self) -> None:
        callback, value = _perform(self._work, self._task, self._done, self._failed)
        self._relay.arrived.emit(callback, value)


class BackgroundTasks(QObject):
    """One worker thread for one window (or the app); :meth:`wait` before it goes away."""

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
    ) -> Task:
        return self.start(lambda _task: work(), done, failed)

    def start(
        self,
        work: Callable[[Task], T],
        done: Callable[[T], object],
        failed: Callable[[BaseException], object],
    ) -> Task:
        """Like :meth:`run`; the work gets its :class:`Task` to call ``checkpoint()`` on."""
        task = Task()
        self._pool.start(_Job(work, done, failed, self._relay, task))
        return task

    @property
    def busy(self) -> bool:
        return self._pool.activeThreadCount() > 0

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the work started has finished (its results are then dropped if the
        window is gone); False on a timeout."""
        return self._pool.waitForDone(msecs)


class TaskProgress(QProgressDialog):
    """A busy indicator over ``parent`` while a task runs (shown only when it takes a
    moment), with Cancel when the work can stop; :meth:`finish` closes it."""

    def __init__(self, parent: QWidget, text: str, *, cancel_text: str | None = None) -> None:
        super().__init__(text, cancel_text or "", 0, 0, parent)
        self.setObjectName("task_progress")
        self.setWindowTitle("AcuPlanner")
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        if cancel_text is None:
            self.setCancelButton(None)  # no Cancel: this work cannot stop
        self.task: Task | None = None
        self._finished = False
        self.canceled.connect(self._on_canceled)
        QTimer.singleShot(SHOW_AFTER_MS, self, self._show_if_running)

    def follow(self, task: Task) -> Task:
        self.task = task
        return task

    def finish(self) -> None:
        self._finished = True
        self.close()
        self.deleteLater()

    def _show_if_running(self) -> None:
        if not self._finished:
            self.show()

    def _on_canceled(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self.setLabelText(self.tr("Stopping…"))
