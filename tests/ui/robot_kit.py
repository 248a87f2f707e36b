"""Shared pieces of the UI robots: Hypothesis-driven tests that use a window as a person
does (real combo boxes, check boxes, keys and pasted text), save, reopen and compare.

- :func:`robot_settings` — run sizes: small in ``make test``, large under
  ``ACUPLANNER_SOAK=1`` (``make soak``), like tests/reliability.
- :func:`hostile_text` — what a user (or their clipboard) may put in a field: very long
  text, right-to-left and bidi controls, emoji, NUL, HTML and other markup.
- :func:`every_item`, :func:`pick`, :func:`toggle`, :func:`type_into` — real interactions.
- :class:`CrashWatch` / :func:`no_crash` — the application's crash handler
  (:class:`planner.ui.errors.CrashHook`) installed with a recorder; a robot asserts that
  nothing reached it and the failure shows the report.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner.ui.errors import CrashHook, CrashReport

SOAK = os.environ.get("ACUPLANNER_SOAK") == "1"
SHRINK = os.environ.get("ACUPLANNER_ROBOT_SHRINK") == "1"
PHASES = (Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink)
PHASES_NO_SHRINK = PHASES[:-1]

# Pieces a hostile or careless paste brings: bidi controls, zero-width joiners, emoji,
# NUL and other control characters, markup that a rich-text label would render, SQL,
# format strings.
NASTY = [
    "\x00", "\u202e", "\u202d", "\u2066", "\u2069", "\u200b", "\u200d", "\ufeff",
    "\r", "\n", "\t", "\x1b[31m", "🙂", "👩🏽‍⚕️", "e\u0301", "ﷺ", "𝔘𝔫𝔦", "李小龍",
    "عبد الله", "שָׁלוֹם", "<b>", "</p>", "<img src='x.png'/>", "<a href='x'>x</a>",
    "&amp;", "&", "'", '"', "; DROP TABLE patient;--", "%s", "{0}", "\\", " ", "\u00a0",
]  # fmt: skip


def runs(ci: int, soak: int) -> int:
    """``ci`` in ``make test``, ``soak`` in ``make soak``; ACUPLANNER_ROBOT_EXAMPLES=n
    runs n (to hunt with one robot for a while)."""
    asked = os.environ.get("ACUPLANNER_ROBOT_EXAMPLES", "")
    if asked.isdigit():
        return int(asked)
    return soak if SOAK else ci


def robot_settings(ci: int = 8, soak: int = 200, **more: Any) -> settings:
    """Hypothesis settings for a robot: few examples in ``make test``, no deadline (a
    window is slow to build), and function-scoped fixtures allowed (each example resets
    what it touches itself)."""
    return settings(
        max_examples=runs(ci, soak),
        deadline=None,
        database=None,
        # Shrinking a window's interaction sequence takes minutes: make test reports the
        # failing sequence as found; ACUPLANNER_ROBOT_SHRINK=1 shrinks it.
        phases=PHASES if SHRINK else PHASES_NO_SHRINK,
        derandomize=not SOAK,  # make test is repeatable; the soak explores
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.function_scoped_fixture,
            HealthCheck.data_too_large,
        ],
        **more,
    )


def hostile_text(max_size: int = 40, long: int = 5_000) -> st.SearchStrategy[str]:
    """Text for a free-text field: ordinary words, nasty pieces, or one very long run."""
    pieces = st.one_of(
        st.text(max_size=8), st.sampled_from(NASTY), st.sampled_from(["pain", "GV4", "ok"])
    )
    return st.one_of(
        st.lists(pieces, max_size=max(1, max_size // 4)).map("".join),
        st.text(max_size=max_size),
        st.integers(200, long).map(lambda n: "x" * n),
    )


def every_item(box: QComboBox) -> Iterator[int]:
    """Select each item of a real combo box in turn (as the user would with the arrow
    keys), yielding its index after each change."""
    for index in range(box.count()):
        if box.isEnabled():
            box.setCurrentIndex(index)
        yield index


def cycle(box: QComboBox, end: int | None = None) -> None:
    """Every item of the combo once, then ``end`` (or back where it was)."""
    start = box.currentIndex()
    for _ in every_item(box):
        pass
    target = start if end is None else end
    if box.count() and box.isEnabled():
        box.setCurrentIndex(target % box.count())


def pick(box: QComboBox, index: int) -> None:
    """Choose the item at ``index`` (taken modulo the number of items)."""
    if box.count() and box.isEnabled():
        box.setCurrentIndex(index % box.count())


def toggle(button: QAbstractButton) -> None:
    """Click a check box or button as the mouse would (nothing if it is disabled)."""
    if button.isEnabled() and button.isVisibleTo(button.window()):
        button.click()


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """A mouse click where a check box or radio button reacts: on its indicator at the
    left (a click in the middle of a wide one lands beside its text and does nothing)."""
    qtbot.mouseClick(
        button,
        Qt.MouseButton.LeftButton,
        pos=QPoint(min(8, button.width() // 2), button.height() // 2),
    )


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Replace a field's text as a user does: focus, select all, then short text typed
    and long or control-laden text pasted (Ctrl+V), so the widget's edit signals fire."""
    if not widget.isEnabled():
        return
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if not text:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
        return
    if len(text) <= 12 and text.isascii() and text.isprintable():  # QTest types ASCII only
        qtbot.keyClicks(widget, text)
        return
    QApplication.clipboard().setText(text)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def set_spin(qtbot: QtBot, box: QAbstractSpinBox, value: float | int) -> None:
    """A spin box set as typed: select all, type the number, Enter."""
    if not box.isEnabled():
        return
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, str(value))
    qtbot.keyClick(box, Qt.Key.Key_Return)


def field_text(widget: QWidget) -> str:
    """The text a field shows (line edit, plain or rich text edit, combo box)."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    raise TypeError(type(widget).__name__)


class CrashWatch:
    """The application's crash handler, installed with a recorder instead of the dialog."""

    def __init__(self) -> None:
        self.reports: list[CrashReport] = []
        self.expected: list[Exception] = []
        self._hook = CrashHook(self.reports.append, self.expected.append)

    def __enter__(self) -> CrashWatch:
        self._hook.install()
        return self

    def __exit__(self, *exc: object) -> None:
        self._hook.uninstall()

    def check(self) -> None:
        """Fail with the first report's traceback if anything reached the handler."""
        if self.reports:
            report = self.reports[0]
            raise AssertionError(
                f"{len(self.reports)} crash(es) reached the crash handler; first:\n"
                f"{report.traceback}"
            )


@contextmanager
def no_crash() -> Iterator[CrashWatch]:
    """``with no_crash():`` — the block (and the slots it triggers) must not crash."""
    with CrashWatch() as watch:
        yield watch
        QApplication.processEvents()
    watch.check()


def run_steps(steps: list[Callable[[], None]], watch: CrashWatch) -> None:
    """Run interaction steps, stopping at the first crash so its report is the cause."""
    for step in steps:
        step()
        if watch.reports:
            break
    watch.check()
