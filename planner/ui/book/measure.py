"""Measuring and laying out the book's lines of text, which a week of a busy practitioner
has a few hundred of: each line elided to its block's width and laid out once
(``QStaticText``), and a quick width for Latin text that spares most lines Qt's measure.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QStaticText

ISOLATES = str.maketrans("", "", "\u2068\u2069")  # they set a name apart; they take no room
NOT_SIMPLE = re.compile("[^\u0000-\u024f\u2010-\u2027]")
"""A letter outside the Latin letters (to Latin Extended-B, so no combining marks) and
the common dashes, quotes and dots: text with one is measured by Qt (shaping, bidi)."""
SUM_SLACK = 3.0  # px: the most a sum of letters' widths falls short of the text's (kerning)
CACHE_MAX = 5000


class Measure:
    """A font's metrics, with a quick width for simple Latin text: the sum of its
    letters' widths (each measured once), which only ever errs by a pixel or so (kerning,
    rounding), so a text whose sum is well inside a width surely fits it and is not
    measured again. Any other text is measured by Qt."""

    def __init__(self, font: QFont) -> None:
        self.metrics = QFontMetrics(font)
        self._exact = QFontMetricsF(font)
        self._letters: dict[str, float] = {}

    def _fits(self, text: str, width: int) -> bool:
        """True when ``text`` surely fits ``width`` (False: it may not; ask Qt)."""
        plain = text.translate(ISOLATES)
        if NOT_SIMPLE.search(plain):
            return False
        letters = self._letters
        total = SUM_SLACK
        for letter in plain:
            advance = letters.get(letter)
            if advance is None:
                advance = letters[letter] = self._exact.horizontalAdvance(letter)
            total += advance
        return total <= width

    def wider_than(self, text: str, width: int) -> bool:
        return not self._fits(text, width) and self.metrics.horizontalAdvance(text) > width

    def elided(self, text: str, width: int) -> str:
        if self._fits(text, width):
            return text
        return self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


class FontText:
    """One font's measures (plain and bold) and its laid-out lines, shared by every
    block painted in that font: "09:00 Booked" is laid out once for all the days."""

    def __init__(self, font: QFont) -> None:
        heavy = QFont(font)
        heavy.setBold(True)
        self.plain, self.bold = Measure(font), Measure(heavy)
        self._laid_out: dict[tuple[str, bool, int], QStaticText] = {}

    def laid_out(self, text: str, bold: bool, width: int) -> QStaticText:
        """``text`` elided to ``width`` and laid out once (drawn without measuring it
        again), as plain text: a patient's name is never read as markup."""
        key = (text, bold, width)
        found = self._laid_out.get(key)
        if found is None:
            if len(self._laid_out) >= CACHE_MAX:
                self._laid_out.clear()
            found = QStaticText((self.bold if bold else self.plain).elided(text, width))
            found.setTextFormat(Qt.TextFormat.PlainText)
            self._laid_out[key] = found
        return found


_FONT_TEXT: dict[str, FontText] = {}


def font_text(font: QFont, key: str) -> FontText:
    """The measures and lines of ``font`` (whose ``key()`` is ``key``), made once."""
    found = _FONT_TEXT.get(key)
    if found is None:
        found = _FONT_TEXT[key] = FontText(font)
    return found
