"""Composition root: the Qt application, the database, the services and the window.

:func:`run_gui` is what ``acuplanner`` runs without a command. It creates the
QApplication first (so any error can be shown), installs the crash hook, opens and
migrates the database, wires services into presenters and widgets, and shows the main
window. Nothing below ``planner/ui`` looks anything up: it gets what it needs from here.
"""

from __future__ import annotations

import logging
import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from planner import APP_NAME, __version__
from planner.config import AppPaths
from planner.domain.errors import PlannerError
from planner.services.clinic import ClinicService
from planner.services.patients import PatientDirectory
from planner.storage.database import Database, open_database
from planner.storage.engine import sqlite_path
from planner.ui.errors import CrashHook, CrashReport, install_qt_message_handler, show_crash_dialog
from planner.ui.main_window import MainWindow, WindowInfo
from planner.ui.patients.presenter import PatientListPresenter
from planner.ui.patients.table_model import PatientTableModel
from planner.ui.prompts import Prompts
from planner.ui.settings import UiSettings

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
SMOKE_TEST_TIMEOUT_MS = 60_000


def run_gui(database: str, paths: AppPaths, *, smoke_test: bool, started: float) -> int:
    """Open the main window on ``database``; the process exit code when it closes."""
    if not _display_available(smoke_test):
        print(
            "acuplanner: no display to open a window on (DISPLAY is not set). "
            "Run it on a desktop, or use a command: demo, check, migrate.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    app = _application()
    install_qt_message_handler()
    smoke = SmokeTest(app, started) if smoke_test else None
    if smoke is not None:
        hook = CrashHook(smoke.on_crash)
    else:
        hook = CrashHook(show_crash_dialog, expected=_show_problem)
    hook.install()
    db: Database | None = None
    try:
        db, migration = open_database(database, backup_dir=None)
        log.info("opened %s database (schema %s)", db.backend, migration.to_revision)
        window = build_main_window(db, UiSettings(paths.settings_file), Prompts())
        if smoke is not None:
            return smoke.run(window)
        window.show()
        return app.exec()
    except PlannerError as error:
        log.warning("cannot start: %s", type(error).__name__)
        if smoke is not None:
            print(f"acuplanner: {error.user_text()}", file=sys.stderr)
        else:
            Prompts().error(None, _tr("AcuPlanner cannot start"), error.user_text())
        return EXIT_USAGE
    except Exception as exc:
        if smoke is None:
            hook.handle(type(exc), exc, exc.__traceback__)
        else:
            log.exception("smoke test failed")
            print(f"acuplanner: smoke test failed: {_one_line(exc)}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        hook.uninstall()
        if db is not None:
            db.dispose()


def build_main_window(db: Database, settings: UiSettings, prompts: Prompts) -> MainWindow:
    """Services, presenters and widgets for one open database, wired together."""
    directory = PatientDirectory(db)
    clinic = ClinicService(db).info()
    model = PatientTableModel(directory)
    presenter = PatientListPresenter(directory, model)
    presenter.load()
    backend, location = describe_backend(db)
    info = WindowInfo(
        version=__version__,
        clinic_name=clinic.name,
        is_demo=clinic.is_demo,
        backend=backend,
        location=location,
        display_url=db.display_url,
    )
    window = MainWindow(info, presenter, model, settings, prompts)
    model.setParent(window)
    return window


def describe_backend(db: Database) -> tuple[str, str]:
    """("SQLite", file path) or ("PostgreSQL", host[:port]/database) — never a password."""
    path = sqlite_path(db.url)
    if path is not None:
        return "SQLite", str(path)
    host = db.url.host or "localhost"
    if db.url.port:
        host = f"{host}:{db.url.port}"
    return "PostgreSQL", f"{host}/{db.url.database or ''}"


class SmokeTest:
    """``--smoke-test``: show the window, print ``startup_ms=N`` after its first paint, exit.

    Any unexpected error (here or in a slot) prints one line to stderr and exits 1.
    """

    def __init__(self, app: QApplication, started: float) -> None:
        self._app = app
        self._started = started
        self._failed = False

    def run(self, window: MainWindow) -> int:
        probe = FirstPaintProbe(window.patient_list.table.viewport())
        probe.painted.connect(self._on_probe_painted)
        QTimer.singleShot(SMOKE_TEST_TIMEOUT_MS, self._on_watchdog_timeout)
        window.show()
        code = self._app.exec()
        window.hide()
        return code

    def on_crash(self, report: CrashReport) -> None:
        self._failed = True
        print(f"acuplanner: smoke test failed: {report.summary}", file=sys.stderr, flush=True)
        self._app.exit(EXIT_FAILED)

    def _on_probe_painted(self) -> None:
        if self._failed:
            return
        elapsed_ms = int((time.monotonic() - self._started) * 1000)
        log.info("smoke test: first paint after %d ms", elapsed_ms)
        print(f"startup_ms={elapsed_ms}", flush=True)
        self._app.exit(EXIT_OK)

    def _on_watchdog_timeout(self) -> None:
        self._failed = True
        seconds = SMOKE_TEST_TIMEOUT_MS // 1000
        print(
            f"acuplanner: smoke test failed: the window did not paint within {seconds} s",
            file=sys.stderr,
            flush=True,
        )
        self._app.exit(EXIT_FAILED)


class FirstPaintProbe(QObject):
    """Emits :attr:`painted` once, just after ``target`` has painted for the first time."""

    painted = Signal()

    def __init__(self, target: QObject) -> None:
        super().__init__(target)
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)  # after the paint has completed
        return False


def _application() -> QApplication:
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication(sys.argv[:1])


def _display_available(smoke_test: bool) -> bool:
    """On Linux without X11 or Wayland: smoke tests go offscreen, the GUI cannot start."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return True
    if smoke_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return True
    return False


def _show_problem(error: PlannerError) -> None:
    Prompts().error(QApplication.activeWindow(), _tr("AcuPlanner"), error.user_text())


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def _one_line(exc: BaseException) -> str:
    message = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {message[0]}" if message else type(exc).__name__
