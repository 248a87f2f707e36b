"""Painting shared by the book's grid and its header: where the gutter and the columns
are, and one appointment's block (its fill, a state-coloured bar, its lines of text;
cancelled and missed ones hatched and struck through so their time reads as free).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
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


def paint_block(
    painter: QPainter, rect: QRect, view: AppointmentView, line: int, *, strip: bool = False
) -> None:
    """One appointment: fill, a state-coloured bar at the left, its lines of text (those
    that fit; shorter ones in a narrow column); freed ones hatched and struck through.
    ``strip``: as listed in the "time not set" strip."""
    look = looks.LOOKS[view.state]
    painter.setPen(QPen(QColor(look.edge), 1))
    painter.setBrush(QColor(look.fill))
    painter.drawRect(rect.adjusted(0, 0, -1, -1))
    if look.freed:
        painter.fillRect(rect, QBrush(QColor("#c8c8c8"), Qt.BrushStyle.BDiagPattern))
    painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), QColor(look.edge))
    text_rect = rect.adjusted(8, 2, -4, -2)
    if text_rect.width() < 12:
        return
    font = QFont(painter.font())
    font.setStrikeOut(look.freed)
    painter.setPen(QColor(look.text))
    y = text_rect.top()
    shape = looks.strip_lines if strip else looks.block_lines
    lines = shape(view)
    widest = max(painter.fontMetrics().horizontalAdvance(text) for text in lines[:2])
    if widest > text_rect.width():
        lines = shape(view, compact=True)
    for number, text in enumerate(lines):
        if y + line > text_rect.bottom() + 3 and number > 0:
            break
        font.setBold(number == (0 if strip else 1) and not look.freed)
        painter.setFont(font)
        shown = painter.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(QRect(text_rect.left(), y, text_rect.width(), line), 0, shown)
        y += line
    font.setBold(False)
    font.setStrikeOut(False)
    painter.setFont(font)
