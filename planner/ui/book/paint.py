"""Painting shared by the book's grid and its header: where the gutter and the columns
are, and one appointment's block (its fill, a state-coloured bar, its lines of text;
cancelled and missed ones hatched and struck through so their time reads as free).
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QStaticText
from PySide6.QtWidgets import QWidget

from planner.services.appointment_views import AppointmentView
from planner.ui.book import looks
from planner.ui.book.measure import font_text


class GridLayout:
    """Where things are: the gutter, the columns' x, a minute's y (shared by the header
    and the grid so their columns line up)."""

    def __init__(self, widget: QWidget, count: int, width: int) -> None:
        metrics = widget.fontMetrics()
        self.line = metrics.lineSpacing()
        self.gutter = metrics.horizontalAdvance("00:00") + 14
        self.row = max(24, self.line + 10)  # one quarter hour: a 30-minute visit shows 2+ lines
        self.count = max(count, 1)
        self.width = width
        self.column_width = max((width - self.gutter) / self.count, 40.0)

    def column_rect(self, index: int, top: int, height: int) -> QRect:
        left = round(self.gutter + index * self.column_width)
        right = round(self.gutter + (index + 1) * self.column_width)
        return QRect(left, top, right - left, height)

    def column_at(self, x: int) -> int | None:
        if x < self.gutter:
            return None
        index = int((x - self.gutter) // self.column_width)
        return index if index < self.count else None


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


TextCache = dict[tuple[AppointmentView, int, int, bool, str], list[tuple[QStaticText, bool]]]
"""A block's elided lines, laid out (``QStaticText``), and which is bold, by the
appointment as shown, the text's size and the font (painting measures and lays out text
once, not at every repaint nor when a day or week is shown again; a changed appointment
is a new key)."""
TEXT_CACHE_MAX = 5000
COMPACT_BELOW = 150  # text width (px) under which a block always takes the short lines


class BlockPainter:
    """Paints one paint event's appointments: the painter's font, its key, measures and
    the block fonts are read once for all of them, not once a block."""

    def __init__(self, painter: QPainter, line: int, texts: TextCache) -> None:
        self.painter = painter
        self.line = line
        self.texts = texts
        self.base = painter.font()
        self.font_key = self.base.key()
        self.text = font_text(self.base, self.font_key)
        self._fonts = {freed: _fonts(self.base, freed) for freed in (False, True)}

    def paint(self, rect: QRect, view: AppointmentView, *, strip: bool = False) -> None:
        """One appointment: fill, a state-coloured bar at the left, its lines of text
        (those that fit; shorter ones in a narrow column); freed ones hatched and struck
        through. ``strip``: as listed in the "time not set" strip."""
        painter = self.painter
        look = looks.LOOKS[view.state]
        edge = _colour(look.edge)
        painter.setPen(QPen(edge, 1))
        painter.setBrush(_colour(look.fill))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        if look.freed:
            painter.fillRect(rect, QBrush(_colour("#c8c8c8"), Qt.BrushStyle.BDiagPattern))
        painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), edge)
        text_rect = rect.adjusted(8, 2, -4, -2)
        if text_rect.width() < 12:
            return
        key = (view, text_rect.width(), text_rect.height(), strip, self.font_key)
        lines = self.texts.get(key)
        if lines is None:
            if len(self.texts) >= TEXT_CACHE_MAX:
                self.texts.clear()
            lines = self.texts[key] = self._fitted(view, text_rect, strip=strip)
        plain, bold = self._fonts[look.freed]
        painter.setPen(_colour(look.text))
        x, y, line = text_rect.left(), text_rect.top(), self.line
        for text, is_bold in lines:
            painter.setFont(bold if is_bold else plain)
            painter.drawStaticText(QPoint(x, y), text)
            y += line
        painter.setFont(self.base)

    def _fitted(
        self, view: AppointmentView, text_rect: QRect, *, strip: bool
    ) -> list[tuple[QStaticText, bool]]:
        """The lines that fit the block, elided to its width, each with whether it is
        bold."""
        line = self.line
        lines = self._lines(view, text_rect, strip=strip)
        bold_line = 0 if strip else 1
        fitted: list[tuple[QStaticText, bool]] = []
        y, width = text_rect.top(), text_rect.width()
        for number, text in enumerate(lines):
            if y + line > text_rect.bottom() + 3 and number > 0:
                break
            is_bold = number == bold_line and len(lines) > 1
            fitted.append((self.text.laid_out(text, is_bold, width), is_bold))
            y += line
        return fitted

    def _lines(self, view: AppointmentView, rect: QRect, *, strip: bool) -> list[str]:
        """The lines that suit the block: all on one line when only one fits (a
        15-minute visit), shorter ones when the usual ones are too wide for the column."""
        plain, bold, width = self.text.plain, self.text.bold, rect.width()
        if not strip and (rect.height() + 3) // self.line <= 1:
            too_wide = plain.wider_than(looks.one_line(view), width)
            return [looks.one_line(view, compact=too_wide)]
        shape = looks.strip_lines if strip else looks.block_lines
        if width < COMPACT_BELOW:  # a week's column: the short lines, unmeasured
            return shape(view, compact=True)
        lines = shape(view)
        too_wide = bold.wider_than(lines[0 if strip else 1], width) or plain.wider_than(
            lines[1 if strip else 0], width
        )
        return shape(view, compact=True) if too_wide else lines


@functools.cache
def _colour(name: str) -> QColor:
    """A colour of the looks, parsed once."""
    return QColor(name)


_FONTS: dict[tuple[str, bool], tuple[QFont, QFont]] = {}


def _fonts(base: QFont, freed: bool) -> tuple[QFont, QFont]:
    """A block's plain and bold fonts (struck through when its time is free), made once
    per font."""
    key = (base.key(), freed)
    found = _FONTS.get(key)
    if found is None:
        plain = QFont(base)
        plain.setStrikeOut(freed)
        plain.setBold(False)
        bold = QFont(plain)
        bold.setBold(not freed)
        found = _FONTS[key] = (plain, bold)
    return found
