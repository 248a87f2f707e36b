"""Painting shared by the book's grid and its header: where the gutter and the columns
are, and one appointment's block (its fill, a state-coloured bar, its lines of text;
cancelled and missed ones hatched and struck through so their time reads as free).
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QStaticText
from PySide6.QtWidgets import QWidget

from planner.services.appointment_views import AppointmentView
from planner.ui.book import looks


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


def paint_block(
    painter: QPainter,
    rect: QRect,
    view: AppointmentView,
    line: int,
    *,
    strip: bool = False,
    texts: TextCache | None = None,
) -> None:
    """One appointment: fill, a state-coloured bar at the left, its lines of text (those
    that fit; shorter ones in a narrow column); freed ones hatched and struck through.
    ``strip``: as listed in the "time not set" strip."""
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
    base = painter.font()
    font_key = base.key()
    key = (view, text_rect.width(), text_rect.height(), strip, font_key)
    cache = texts if texts is not None else {}
    lines = cache.get(key)
    if lines is None:
        if len(cache) >= TEXT_CACHE_MAX:
            cache.clear()
        lines = cache[key] = _fitted(painter, view, text_rect, line, strip=strip)
    plain, bold = _fonts(font_key, base, look.freed)
    painter.setPen(_colour(look.text))
    x, y = text_rect.left(), text_rect.top()
    for text, is_bold in lines:
        painter.setFont(bold if is_bold else plain)
        painter.drawStaticText(QPoint(x, y), text)
        y += line
    painter.setFont(base)


_LAID_OUT: dict[tuple[str, bool, int, str], QStaticText] = {}
"""A line of a block as drawn (elided to a width, laid out), by its text, weight, width
and font: shared by the blocks that show the same line ("09:00 Booked" in many days)."""


def _laid_out(text: str, metrics: QFontMetrics, bold: bool, width: int, font: str) -> QStaticText:
    """``text`` elided to ``width`` and laid out once (drawn without measuring it
    again), as plain text: a patient's name is never read as markup."""
    key = (text, bold, width, font)
    found = _LAID_OUT.get(key)
    if found is None:
        if len(_LAID_OUT) >= TEXT_CACHE_MAX:
            _LAID_OUT.clear()
        found = QStaticText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
        found.setTextFormat(Qt.TextFormat.PlainText)
        _LAID_OUT[key] = found
    return found


@functools.cache
def _colour(name: str) -> QColor:
    """A colour of the looks, parsed once."""
    return QColor(name)


_FONTS: dict[tuple[str, bool], tuple[QFont, QFont]] = {}


def _fonts(key: str, base: QFont, freed: bool) -> tuple[QFont, QFont]:
    """A block's plain and bold fonts (struck through when its time is free), made once
    per font."""
    found = _FONTS.get((key, freed))
    if found is None:
        plain = QFont(base)
        plain.setStrikeOut(freed)
        plain.setBold(False)
        bold = QFont(plain)
        bold.setBold(not freed)
        found = _FONTS[(key, freed)] = (plain, bold)
    return found


COMPACT_BELOW = 150  # text width (px) under which a block always takes the short lines
_METRICS: dict[str, tuple[QFontMetrics, QFontMetrics]] = {}


def _metrics(font: QFont) -> tuple[QFontMetrics, QFontMetrics]:
    """The plain and bold metrics of ``font``, made once per font."""
    key = font.key()
    found = _METRICS.get(key)
    if found is None:
        heavy = QFont(font)
        heavy.setBold(True)
        found = _METRICS[key] = (QFontMetrics(font), QFontMetrics(heavy))
    return found


def _fitted(
    painter: QPainter, view: AppointmentView, text_rect: QRect, line: int, *, strip: bool
) -> list[tuple[QStaticText, bool]]:
    """The lines that fit the block, elided to its width, each with whether it is bold."""
    lines = _lines(painter, view, text_rect, line, strip=strip)
    font = painter.font()
    plain, bold_metrics = _metrics(font)
    bold_line = 0 if strip else 1
    fitted: list[tuple[QStaticText, bool]] = []
    y = text_rect.top()
    for number, text in enumerate(lines):
        if y + line > text_rect.bottom() + 3 and number > 0:
            break
        is_bold = number == bold_line and len(lines) > 1
        metrics = bold_metrics if is_bold else plain
        fitted.append((_laid_out(text, metrics, is_bold, text_rect.width(), font.key()), is_bold))
        y += line
    return fitted


def _lines(
    painter: QPainter, view: AppointmentView, rect: QRect, line: int, *, strip: bool
) -> list[str]:
    """The lines that suit the block: all on one line when only one fits (a 15-minute
    visit), shorter ones when the usual ones are too wide for the column."""
    plain, bold = _metrics(painter.font())
    if not strip and (rect.height() + 3) // line <= 1:
        single = looks.one_line(view)
        too_wide = plain.horizontalAdvance(single) > rect.width()
        return [looks.one_line(view, compact=too_wide)]
    shape = looks.strip_lines if strip else looks.block_lines
    if rect.width() < COMPACT_BELOW:  # a week's column: the short lines, unmeasured
        return shape(view, compact=True)
    lines = shape(view)
    name_width = bold.horizontalAdvance(lines[0 if strip else 1])
    other_width = plain.horizontalAdvance(lines[1 if strip else 0])
    return shape(view, compact=True) if max(name_width, other_width) > rect.width() else lines
