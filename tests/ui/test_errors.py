"""The crash hook logs the traceback and hands a copyable report to its presenter."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from planner import __version__
from planner.domain.errors import DatabaseUnavailable
from planner.ui.errors import CrashDialog, CrashHook, CrashReport, build_report, show_crash_dialog
from tests.conftest import record_crash_reports

# These tests call the crash handler on purpose; every other test fails if it is called.
pytestmark = pytest.mark.crash_report_expected


class ChartMixUpError(RuntimeError):
    pass


def _raise_inside_a_function() -> None:
    raise ChartMixUpError("chart 000042 shown for the wrong row\nsecond line")


def _exc_info() -> tuple[type[BaseException], BaseException, TracebackType | None]:
    try:
        _raise_inside_a_function()
    except ChartMixUpError as exc:
        return type(exc), exc, exc.__traceback__
    raise AssertionError("unreachable")


def test_report_names_the_exception_and_carries_the_traceback() -> None:
    report = build_report(*_exc_info())
    assert report.exception_type == "tests.ui.test_errors.ChartMixUpError"
    assert report.summary == (
        "tests.ui.test_errors.ChartMixUpError: chart 000042 shown for the wrong row"
    )
    text = report.text()
    assert "Traceback (most recent call last)" in text
    assert "_raise_inside_a_function" in text
    assert f"AcuPlanner {__version__}" in text


def test_hook_logs_and_calls_the_injected_presenter(caplog: pytest.LogCaptureFixture) -> None:
    shown: list[CrashReport] = []
    hook = CrashHook(shown.append)
    with caplog.at_level(logging.ERROR, logger="planner.ui.errors"):
        hook.handle(*_exc_info())
    [report] = shown
    assert "ChartMixUpError" in report.summary
    [record] = caplog.records
    assert record.exc_info is not None and record.exc_info[0] is ChartMixUpError


def test_install_replaces_and_uninstall_restores_sys_excepthook() -> None:
    before = sys.excepthook
    hook = CrashHook(lambda report: None)
    hook.install()
    try:
        assert sys.excepthook == hook.handle
    finally:
        hook.uninstall()
    assert sys.excepthook is before


def test_keyboard_interrupt_is_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    passed_on: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: passed_on.append(kind))
    shown: list[CrashReport] = []
    hook = CrashHook(shown.append)
    hook.install()
    try:
        sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    finally:
        hook.uninstall()
    assert shown == []
    assert passed_on == [KeyboardInterrupt]


def test_a_failing_presenter_or_a_crash_while_presenting_is_only_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    calls: list[str] = []

    def present(report: CrashReport) -> None:
        calls.append(report.summary)
        hook.handle(*_exc_info())  # a second crash while the first is on screen
        raise OSError("no display")

    hook = CrashHook(present)
    with caplog.at_level(logging.ERROR, logger="planner.ui.errors"):
        hook.handle(*_exc_info())
    assert len(calls) == 1
    assert [r.getMessage() for r in caplog.records] == [
        "unexpected error",
        "unexpected error",
        "could not show the crash report",
    ]


def test_crash_dialog_shows_the_report_read_only_and_copies_it(qtbot: QtBot) -> None:
    report = build_report(*_exc_info())
    dialog = CrashDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.report_view.isReadOnly()
    assert dialog.report_view.toPlainText() == report.text()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == report.text()
    assert dialog.copy_button.text() == "Copied"


def test_expected_problems_escaping_a_slot_show_a_message_not_a_crash() -> None:
    from planner.domain.errors import DatabaseUnavailable
    from planner.ui.errors import CrashHook

    crashes: list[object] = []
    problems: list[object] = []
    hook = CrashHook(crashes.append, expected=problems.append)
    error = DatabaseUnavailable("Lost the connection to the database server.")
    hook.handle(type(error), error, None)
    assert problems == [error] and crashes == []
    bug = ZeroDivisionError("division by zero")
    hook.handle(type(bug), bug, None)
    assert len(crashes) == 1


def test_the_suite_records_each_crash_report_once_and_never_blocks_on_the_dialog(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    reports = record_crash_reports(monkeypatch)
    hook = CrashHook(show_crash_dialog, expected=lambda problem: None)
    problem = DatabaseUnavailable("Lost the connection to the database server.")
    hook.handle(type(problem), problem, None)  # an expected problem is not a crash
    assert reports == []
    hook.handle(*_exc_info())  # the modal dialog would block here without the recorder
    [report] = reports
    assert "ChartMixUpError" in report.summary
    show_crash_dialog(report)  # shown again directly: the same report, not a second one
    assert len(reports) == 1
