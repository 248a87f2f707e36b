"""The Qt side of starting the app: the QApplication, whether there is a display, and
``--smoke-test``: how long the first window takes to paint, measured in the real app.

:func:`application` makes (or reuses) the QApplication with the app's names;
:func:`display_available` says whether a window can open (on Linux without X11 or
Wayland a smoke test goes offscreen).
:class:`SmokeTest` shows the sign-in dialog (or, with ``ACUPLANNER_USER`` and
``ACUPLANNER_PASSWORD`` set, signs in and shows the main window), prints
``startup_ms=N`` just after the first paint (:class:`FirstPaintProbe`) and ends the event
loop with :data:`EXIT_OK`; any error, or no paint within a minute, prints one line to
standard error and ends with :data:`EXIT_FAILED`. ``planner.app.run_gui`` starts it.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from functools import partial
from importlib import resources

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from planner import APP_NAME, __version__
from planner.services.accounts import AccountService, SignInFailed
from planner.ui.errors import CrashReport
from planner.ui.signin.controller import SignInController

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
SMOKE_TEST_TIMEOUT_MS = 60_000


class SmokeTest:
    """``--smoke-test``: show the first window, print ``startup_ms=N`` after its first paint.

    With ``ACUPLANNER_USER`` and ``ACUPLANNER_PASSWORD`` set it signs in with them and
    measures the main window (a wrong password: one line on stderr, exit 1); without
    them it measures the sign-in (or first-run) dialog. Any unexpected error, here or in
    a slot, prints one line to stderr and exits 1.
    """

    def __init__(self, app: QApplication, started: float) -> None:
        self._app = app
        self._started = started
        self._failed = False

    def run(
        self,
        controller: SignInController,
        accounts: AccountService,
        credentials: tuple[str, str] | None,
    ) -> int:
        target: QWidget
        show: Callable[[], object]
        if credentials is not None:
            try:
                actor = accounts.sign_in(*credentials)
            except SignInFailed as failure:
                print(f"acuplanner: {failure.user_text()}", file=sys.stderr)
                return EXIT_FAILED
            target = controller.window_for(actor).patient_list.table.viewport()
            show = partial(controller.enter, actor)
        else:
            dialog = controller.entry_dialog()
            target, show = dialog, dialog.show
        probe = FirstPaintProbe(target)
        probe.painted.connect(self._on_probe_painted)
        QTimer.singleShot(SMOKE_TEST_TIMEOUT_MS, self._on_watchdog_timeout)
        QTimer.singleShot(0, show)  # inside the event loop, so a failure there can end it
        return self._app.exec()

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


def application() -> QApplication:
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    QTimer.singleShot(0, add_bundled_fonts)  # names in any script, once a window shows
    return app


def display_available(smoke_test: bool) -> bool:
    """On Linux without X11 or Wayland: smoke tests go offscreen, the GUI cannot start."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return True
    if smoke_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return True
    return False


# Scripts a clinic PC may have no font for (a bare Linux install has none for Chinese,
# Korean, Thai or Devanagari): the fonts the documents embed are lent to the screens too,
# so a patient's name never shows as boxes. About 13 ms, after the sign-in window shows.
FALLBACK_FONTS = (
    "DroidSansFallbackFull.ttf",
    "NanumSquareR.ttf",
    "NotoSansThai-Regular.ttf",
    "NotoSansDevanagari-Regular.ttf",
)


def add_bundled_fonts() -> list[str]:
    """Register the bundled fallback fonts with Qt; the families it could load."""
    families: list[str] = []
    folder = resources.files("planner.resources").joinpath("fonts")
    for name in FALLBACK_FONTS:
        with resources.as_file(folder.joinpath(name)) as path:
            font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the bundled font %s", name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families
