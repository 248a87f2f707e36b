"""Starting the window: the sign-in window first, with Qt alone; the clinic behind it.

:func:`run_window` is what ``acuplanner`` runs without a command. It makes the
QApplication, installs the crash hook, the help keys and the language, and shows the
sign-in window before anything of the database is imported: a person sees it at once.
Once it has painted, a worker thread imports the services and SQLAlchemy's ORM, opens
(checks, migrates) the database and warms the patient list's first page
(:mod:`planner.ui.opening`, through the ``open_clinic`` callable the caller gives) while
the person types. The result comes back to the main thread through a queued signal: the
session controller then takes over the sign-in window (or shows the first-run dialog on
an empty database), and a problem found while opening (a damaged database, a migration
that failed, a server gone) is shown as a dialog on the main thread, as before, and ends
the app. A password submitted before the database is open waits for it on the sign-in's
own worker thread. ``--smoke-test`` is driven by :class:`planner.ui.startup.SmokeTest`.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from planner.config import AppPaths
from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.ui.errors import CrashHook, install_qt_message_handler, show_crash_dialog
from planner.ui.help.install import install_help
from planner.ui.i18n import start_language
from planner.ui.settings import UiSettings
from planner.ui.signin.dialogs import SignInDialog
from planner.ui.signin.presenter import SignInPresenter
from planner.ui.startup import (
    EXIT_FAILED,
    FirstPaintProbe,
    SmokeTest,
    application,
    display_available,
)
from planner.ui.tasks import BackgroundTasks

if TYPE_CHECKING:
    from planner.services.actor import Actor
    from planner.ui.opening import OpenedClinic
    from planner.ui.signin.controller import SignInController

log = logging.getLogger(__name__)

EXIT_USAGE = 2
SMOKE_USER_ENV = "ACUPLANNER_USER"
SMOKE_PASSWORD_ENV = "ACUPLANNER_PASSWORD"
OPEN_WAIT_S = 120.0  # quitting waits this long for a database still being opened

ClinicOpener = Callable[[UiSettings], "OpenedClinic"]
"""Opens the clinic on a worker thread (imports the services there)."""


@dataclass(frozen=True)
class LaunchOptions:
    paths: AppPaths
    started: float
    smoke: str | None = None
    """None, "window" (``--smoke-test``) or "sign-in" (``--smoke-test=sign-in``)."""


def run_window(options: LaunchOptions, open_clinic: ClinicOpener) -> int:
    """Sign in and open the main window; the process exit code at the end."""
    smoke = options.smoke is not None
    if not display_available(smoke):
        print(
            "acuplanner: no display to open a window on (DISPLAY is not set). "
            "Run it on a desktop, or use a command: demo, check, migrate.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    app = application()
    app.setQuitOnLastWindowClosed(False)  # the session controller decides when to quit
    install_qt_message_handler()
    settings = UiSettings(options.paths.settings_file)
    install_help(app, settings)  # F1, Ctrl+W and every window's place, in every window
    start_language(app, settings.language, settings.date_format)  # translators, locale
    return Launch(app, options, open_clinic, settings).run()


def smoke_credentials() -> tuple[str, str] | None:
    """``ACUPLANNER_USER`` and ``ACUPLANNER_PASSWORD`` when both are set (smoke tests only)."""
    user, password = os.environ.get(SMOKE_USER_ENV), os.environ.get(SMOKE_PASSWORD_ENV)
    return (user, password) if user and password else None


class Launch(QObject):
    """One start of the window: the sign-in window, the clinic opened behind it."""

    _arrived = Signal(object, object)  # (callback, value), from the worker: queued

    def __init__(
        self,
        app: QApplication,
        options: LaunchOptions,
        open_clinic: ClinicOpener,
        settings: UiSettings,
    ) -> None:
        super().__init__()
        self._app = app
        self._open_clinic = open_clinic
        self._settings = settings
        self._arrived.connect(self._on_arrived)
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        self._opened: OpenedClinic | None = None
        self._error: BaseException | None = None
        self._signins = BackgroundTasks(self)  # the password checks
        self._tasks = BackgroundTasks(self)  # the daily backup; quitting waits for it
        self._controller: SignInController | None = None
        self._smoke: SmokeTest | None = None
        if options.smoke is not None:
            self._smoke = SmokeTest(
                app, options.started, mode=options.smoke, credentials=smoke_credentials()
            )
            self._hook = CrashHook(self._smoke.on_crash)
        else:
            self._hook = CrashHook(show_crash_dialog, expected=_show_problem)
        presenter = SignInPresenter(self._authenticate, runner=self._signins)
        self.dialog = SignInDialog(presenter, "")
        self.dialog.rejected.connect(self._on_rejected_early)
        self._probe = FirstPaintProbe(self.dialog)
        self._probe.painted.connect(self._on_painted)

    def run(self) -> int:
        self._hook.install()
        try:
            if self._smoke is not None:
                self._smoke.watch_sign_in(self.dialog)
            QTimer.singleShot(0, self._show)  # inside the event loop: a failure can end it
            return self._app.exec()
        finally:
            if self._controller is not None:
                self._controller.shut_down()
            else:
                self.dialog.close()
            self._hook.uninstall()
            self._signins.wait()
            self._tasks.wait()
            if self._thread is not None:
                self._thread.join(OPEN_WAIT_S)
            if self._opened is not None:
                self._opened.close()

    # --- the sign-in window ------------------------------------------------------------------

    def _show(self) -> None:
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def _on_painted(self) -> None:
        if self._smoke is not None and self._smoke.sign_in_only:
            return  # the figure is taken; nothing is opened
        self._thread = threading.Thread(target=self._open, name="open-clinic", daemon=True)
        self._thread.start()

    def _on_rejected_early(self) -> None:
        self._app.exit(0)  # Cancel before the database was open: nothing to close but it

    def _authenticate(self, username: str, password: str) -> Actor:
        """On the sign-in's worker thread: waits for the database, then checks."""
        self._ready.wait()
        if self._opened is None:
            if isinstance(self._error, PlannerError):
                raise self._error
            raise RuntimeError("the database was not opened")
        return self._opened.sign_in(username, password)

    # --- the clinic, opened behind it --------------------------------------------------------

    def _open(self) -> None:
        """The worker thread: the services imported, the database opened and warmed."""
        try:
            opened = self._open_clinic(self._settings)
        except BaseException as error:  # shown on the main thread
            self._error = error
            self._arrived.emit(self._on_failed, error)
        else:
            self._opened = opened
            self._arrived.emit(self._on_opened, opened)  # before any sign-in's result
        self._ready.set()

    def _on_arrived(self, callback: Callable[[object], None], value: object) -> None:
        callback(value)

    def _on_opened(self, opened: object) -> None:
        if not gc.isenabled():  # off while start-up imported: what it made lives on, frozen
            gc.freeze()
            gc.enable()
        assert opened is self._opened and self._opened is not None
        try:
            smoke = self._smoke is not None
            controller = self._opened.controller(
                self._app, self._signins, None if smoke else self._tasks, smoke_test=smoke
            )
            self._controller = controller
            self.dialog.rejected.disconnect(self._on_rejected_early)
            if self._smoke is not None:
                controller.window_shown.connect(self._smoke.window_shown)
            entry = controller.adopt(self.dialog)
        except PlannerError as error:
            self._cannot_start(error)
            return
        if self._smoke is not None:
            self._smoke.opened(entry)

    def _on_failed(self, error: object) -> None:
        assert isinstance(error, BaseException)
        if isinstance(error, PlannerError):
            self._cannot_start(error)
            return
        if self._smoke is not None:
            log.error("smoke test failed", exc_info=error)
            self._smoke.fail_with(f"smoke test failed: {_one_line(error)}", EXIT_FAILED)
            return
        self.dialog.hide()
        self._hook.handle(type(error), error, error.__traceback__)
        self._app.exit(EXIT_FAILED)

    def _cannot_start(self, error: PlannerError) -> None:
        log.warning("cannot start: %s", type(error).__name__)
        self.dialog.hide()
        if self._smoke is not None:
            self._smoke.fail_with(error.user_text(), EXIT_USAGE)
            return
        from planner.ui.prompts import Prompts  # imports services: after the paint only

        Prompts().error(None, translate("app", "AcuPlanner cannot start"), error.user_text())
        self._app.exit(EXIT_USAGE)


def _show_problem(error: PlannerError) -> None:
    from planner.ui.prompts import Prompts

    parent: QWidget | None = QApplication.activeWindow()
    Prompts().error(parent, translate("app", "AcuPlanner"), error.user_text())


def _one_line(exc: BaseException) -> str:
    message = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {message[0]}" if message else type(exc).__name__
