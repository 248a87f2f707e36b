"""Unexpected errors: log the traceback, then show a crash dialog with a copyable report.

Expected problems are :class:`planner.domain.errors.PlannerError` and are shown as plain
messages where they happen. Anything that reaches :data:`sys.excepthook` is a bug:
:class:`CrashHook` logs it and hands a :class:`CrashReport` to a presenter — the
:class:`CrashDialog` in the application, a one-line message in ``--smoke-test`` mode, a
recorder in tests (so no modal dialog ever blocks a headless run).
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

import PySide6
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner import __version__
from planner.domain.errors import PlannerError

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


@dataclass(frozen=True, slots=True)
class CrashReport:
    """What went wrong, as text a user can copy into an e-mail to support."""

    exception_type: str
    message: str
    traceback: str
    environment: str

    @property
    def summary(self) -> str:
        """One line: the exception type and the first line of its message."""
        first = self.message.strip().splitlines()[0] if self.message.strip() else ""
        return f"{self.exception_type}: {first}" if first else self.exception_type

    def text(self) -> str:
        return f"{self.summary}\n\n{self.environment}\n\n{self.traceback}".rstrip() + "\n"


def build_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> CrashReport:
    name = exc_type.__qualname__
    if exc_type.__module__ not in ("builtins", "__main__"):
        name = f"{exc_type.__module__}.{name}"
    environment = (
        f"AcuPlanner {__version__}; Python {platform.python_version()}; "
        f"PySide6 {PySide6.__version__}; {platform.platform()}"
    )
    return CrashReport(
        exception_type=name,
        message=str(exc),
        traceback="".join(traceback.format_exception(exc_type, exc, tb)),
        environment=environment,
    )


class CrashHook:
    """``sys.excepthook`` for the GUI: log the traceback, then present a report.

    An expected problem (a :class:`PlannerError`, e.g. the database server went away while
    the list was scrolling) that escapes a slot is not a crash: it goes to ``expected``,
    which shows its plain message, and only its type is logged.
    """

    def __init__(
        self,
        present: Callable[[CrashReport], None],
        expected: Callable[[PlannerError], None] | None = None,
    ) -> None:
        self._present = present
        self._expected = expected
        self._presenting = False
        self._previous: Callable[..., object] | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook == self.handle:
            sys.excepthook = self._previous
        self._previous = None

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            (self._previous or sys.__excepthook__)(exc_type, exc, tb)
            return
        if self._expected is not None and isinstance(exc, PlannerError):
            log.warning("problem reported to the user: %s", exc_type.__name__)
            self._expected(exc)
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if self._presenting:  # a second failure while the dialog is open: logged only
            return
        self._presenting = True
        try:
            self._present(build_report(exc_type, exc, tb))
        except Exception:
            log.exception("could not show the crash report")
        finally:
            self._presenting = False


class CrashDialog(QDialog):
    """Says that something unexpected happened and offers the report to copy."""

    def __init__(self, report: CrashReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report = report
        self.setWindowTitle(self.tr("AcuPlanner — unexpected error"))
        self.resize(720, 460)
        intro = QLabel(
            self.tr(
                "Something went wrong that AcuPlanner did not expect. What you saved "
                "before this is kept in the database.\n"
                "Please copy the report below and send it to your support contact. "
                "If the window behaves oddly, save what you can and restart AcuPlanner."
            )
        )
        intro.setWordWrap(True)
        self.report_view = QPlainTextEdit(report.text())
        self.report_view.setReadOnly(True)
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(buttons)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._report.text())
        self.copy_button.setText(self.tr("Copied"))


def show_crash_dialog(report: CrashReport) -> None:
    """The application's crash presenter: a modal dialog over the active window."""
    CrashDialog(report, QApplication.activeWindow()).exec()


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _on_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s: %s", context.category, message)


def install_qt_message_handler() -> None:
    """Send Qt's own warnings to the log file instead of the terminal."""
    qInstallMessageHandler(_on_qt_message)
