"""planner.ui.tasks: work off the main thread, results and failures back on it, cancel."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from planner.ui.tasks import BackgroundTasks, Cancelled, RunAtOnce, Task, TaskProgress


def test_the_result_arrives_on_the_main_thread(qtbot: QtBot) -> None:
    tasks = BackgroundTasks()
    seen: list[tuple[object, bool]] = []
    task = tasks.run(
        lambda: threading.current_thread() is threading.main_thread(),
        lambda on_main: seen.append(
            (on_main, threading.current_thread() is threading.main_thread())
        ),
        lambda error: seen.append((error, False)),
    )
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(False, True)]  # worked on the worker, answered on the main thread
    assert task.finished and task.join(0)
    assert tasks.wait()


def test_a_failure_arrives_as_the_exception(qtbot: QtBot) -> None:
    tasks = BackgroundTasks()
    failures: list[BaseException] = []

    def broken() -> None:
        raise ValueError("no")

    tasks.run(broken, lambda _v: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], ValueError)


def test_cancelled_work_stops_at_its_next_checkpoint(qtbot: QtBot) -> None:
    tasks = BackgroundTasks()
    started, go_on = threading.Event(), threading.Event()
    failures: list[BaseException] = []

    def work(task: Task) -> str:
        started.set()
        go_on.wait(5)
        task.checkpoint()
        return "finished"

    task = tasks.start(work, lambda _v: None, failures.append)
    assert started.wait(5) and tasks.busy
    task.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], Cancelled) and task.cancelled


def test_run_at_once_answers_in_the_callers_thread() -> None:
    results: list[object] = []
    task = RunAtOnce().run(lambda: 42, results.append, results.append)
    assert results == [42] and task.finished
    with pytest.raises(Cancelled):
        cancelled = Task()
        cancelled.cancel()
        cancelled.checkpoint()


def test_the_progress_dialog_cancels_its_task_and_has_no_cancel_when_it_cannot(
    qtbot: QtBot,
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    task = Task()
    progress = TaskProgress(parent, "Backing up…", cancel_text="Cancel")
    progress.follow(task)
    qtbot.waitUntil(progress.isVisible)
    progress.findChild(QPushButton).click()
    assert task.cancelled
    progress.finish()
    fixed = TaskProgress(parent, "Restoring…")
    assert fixed.findChildren(QPushButton) == []
    fixed.finish()
    qtbot.wait(50)
