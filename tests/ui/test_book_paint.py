"""The book's text measuring shortcut: a line in Latin letters whose letters' widths sum well
inside a block is taken as fitting without asking Qt to measure it. These tests hold
the shortcut to Qt's own measure, so a line is never cut short without an ellipsis nor
left overflowing its block."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from planner.ui.book.measure import Measure

RIGHT = Qt.TextElideMode.ElideRight
LETTERS = (
    string.ascii_letters
    + string.digits
    + " .,'-#:()/&"
    + "\u00e9\u00f6\u00df\u00b7\u0142\u0131\u2013\u2019\u2026"
)


def _fonts(qapp: QApplication) -> list[QFont]:
    plain = QFont(qapp.font())
    bold = QFont(plain)
    bold.setBold(True)
    large = QFont(plain)
    large.setPointSizeF(plain.pointSizeF() * 1.6)
    return [plain, bold, large]


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=LETTERS, max_size=40), width=st.integers(20, 400))
def test_the_shortcut_never_says_a_line_fits_when_qt_says_it_does_not(
    qapp: QApplication, text: str, width: int
) -> None:
    for font in _fonts(qapp):
        measure, qt = Measure(font), QFontMetrics(font)
        assert measure.wider_than(text, width) == (qt.horizontalAdvance(text) > width)
        assert measure.elided(text, width) == qt.elidedText(text, RIGHT, width)


def test_names_set_apart_and_other_scripts_are_measured_by_qt(qapp: QApplication) -> None:
    font = qapp.font()
    measure, qt = Measure(font), QFontMetrics(font)
    names = (
        "\u2068Ada Lovelace\u2069",
        "\u2068Zo\u00eb O'Brien-Smith\u2069 (#12)",
        "\u738b\u4f1f",
        "\u0645\u062d\u0645\u062f",
    )
    for text in names:
        for width in (10, 40, 400):
            assert measure.elided(text, width) == qt.elidedText(text, RIGHT, width)
            assert measure.wider_than(text, width) == (qt.horizontalAdvance(text) > width)
