"""The Qt side of starting the app: the QApplication, whether there is a display, and
``--smoke-test``: how long the first window takes to paint, measured in the real app.

:func:`application` makes (or reuses) the QApplication with the app's names;
:func:`display_available` says whether a window can open (on Linux without X11 or
Wayland a smoke test goes offscreen).
:class:`SmokeTest` watches the start (:mod:`planner.ui.launch` drives it): with
``--smoke-test=sign-in`` it ends once the sign-in window has painted (the database is not
even opened); with ``--smoke-test`` alone it waits until the database is open and, with
``ACUPLANNER_USER`` and ``ACUPLANNER_PASSWORD`` set, types them into the sign-in window
1.5 s after it painted (as a person would) and ends once the patient list has painted.
On success it prints ``startup_ms=N`` (process start to the sign-in window painted) and,
after a sign-in, ``signin_to_list_ms=N`` (submitted to the list painted) and
``max_stall_ms=N`` (the longest gap of a 5 ms heartbeat timer from the first paint to the
list painted), one per line, and ends the event loop with :data:`EXIT_OK`. A refused
password, any error, or no paint within a minute prints one line to standard error and
ends with :data:`EXIT_FAILED`.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from importlib import resources

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from planner import APP_NAME, __version__
from planner.ui.errors import CrashReport
from planner.ui.signin.dialogs import SignInDialog

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
SMOKE_TEST_TIMEOUT_MS = 60_000
TYPING_DELAY_MS = 1_500  # a person types their password after the window shows
HEARTBEAT_MS = 5
SIGN_IN_ONLY = "sign-in"


class SmokeTest:
    """``--smoke-test[=sign-in]``: the figures of a start, measured in the real app."""

    def __init__(
        self,
        app: QApplication,
        started: float,
        *,
        mode: str = "window",
        credentials: tuple[str, str] | None = None,
    ) -> None:
        self._app = app
        self._started = started
        self._mode = mode
        self._credentials = credentials
        self._failed = False
        self._dialog: SignInDialog | None = None
        self._lines: list[str] = []
        self._painted = False
        self._opened = False
        self._submitted: float | None = None
        self._heartbeat = QTimer()
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._on_heartbeat)
        self._beat = 0.0
        self._max_stall = 0.0
        self._probes: list[FirstPaintProbe] = []

    @property
    def sign_in_only(self) -> bool:
        """``--smoke-test=sign-in``: nothing happens after the sign-in window has painted."""
        return self._mode == SIGN_IN_ONLY

    def watch_sign_in(self, dialog: SignInDialog) -> None:
        """The sign-in window about to show: its first paint is the start's figure."""
        self._dialog = dialog
        self._watch(dialog, self._on_sign_in_painted)
        QTimer.singleShot(SMOKE_TEST_TIMEOUT_MS, self._on_watchdog_timeout)

    def opened(self, entry: QWidget | None) -> None:
        """The database is open and the controller has the entry dialog (``entry``)."""
        self._opened = True
        if self._credentials is None:
            self._finish_if_done()
        elif entry is not self._dialog:  # the first-run dialog: nobody to sign in as
            self._fail("there is no account to sign in with")

    def window_shown(self, window: QWidget) -> None:
        """A main window is up: its patient list's first paint ends the test."""
        table = getattr(getattr(window, "patient_list", None), "table", None)
        target = table.viewport() if table is not None else window
        self._watch(target, self._on_list_painted)

    def on_crash(self, report: CrashReport) -> None:
        self._fail(report.summary)

    def fail_with(self, text: str, code: int) -> None:
        """An expected problem (e.g. the database cannot be opened): one line, ``code``."""
        self._failed = True
        print(f"acuplanner: {text}", file=sys.stderr, flush=True)
        self._app.exit(code)

    # --- what happens --------------------------------------------------------------------

    def _watch(self, target: QObject, slot: object) -> None:
        probe = FirstPaintProbe(target)
        probe.painted.connect(slot)
        self._probes.append(probe)

    def _on_sign_in_painted(self) -> None:
        if self._failed or self._painted:
            return
        self._painted = True
        elapsed_ms = int((time.monotonic() - self._started) * 1000)
        log.info("smoke test: sign-in window painted after %d ms", elapsed_ms)
        self._lines.append(f"startup_ms={elapsed_ms}")
        if self.sign_in_only:
            self._finish()
            return
        self._beat = time.monotonic()
        self._heartbeat.start()
        if self._credentials is not None:
            QTimer.singleShot(TYPING_DELAY_MS, self._type_and_submit)
        self._finish_if_done()

    def _type_and_submit(self) -> None:
        if self._failed or self._dialog is None or self._credentials is None:
            return
        form = self._dialog.form
        form.username_box.setText(self._credentials[0])
        form.password_box.setText(self._credentials[1])
        form.failed.connect(self._on_refused)
        self._submitted = time.monotonic()
        form.submit()

    def _on_refused(self, message: str) -> None:
        self._fail_plain(message)

    def _on_heartbeat(self) -> None:
        now = time.monotonic()
        self._max_stall = max(self._max_stall, now - self._beat)
        self._beat = now

    def _on_list_painted(self) -> None:
        if self._failed:
            return
        self._on_heartbeat()  # the gap up to this moment counts too
        self._heartbeat.stop()
        if self._submitted is not None:
            waited_ms = int((time.monotonic() - self._submitted) * 1000)
            self._lines.append(f"signin_to_list_ms={waited_ms}")
        self._lines.append(f"max_stall_ms={int(self._max_stall * 1000)}")
        self._finish()

    def _finish_if_done(self) -> None:
        if self._painted and self._opened and self._credentials is None:
            self._finish()

    def _finish(self) -> None:
        if self._failed:
            return
        self._heartbeat.stop()
        for line in self._lines:
            print(line, flush=True)
        self._app.exit(EXIT_OK)

    def _fail(self, summary: str) -> None:
        self._fail_plain(f"smoke test failed: {summary}")

    def _fail_plain(self, text: str) -> None:
        if self._failed:
            return
        self._heartbeat.stop()
        self.fail_with(text, EXIT_FAILED)

    def _on_watchdog_timeout(self) -> None:
        seconds = SMOKE_TEST_TIMEOUT_MS // 1000
        self._fail(f"the window did not paint within {seconds} s")


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
