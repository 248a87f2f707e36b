"""The book's header above the scrolling grid: each column's title (a practitioner, a
room or a day; today marked, closed days greyed) and the "time not set" strip listing that
column's appointments whose time was never recorded, which are never placed at a time.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from planner.services.appointment_views import AppointmentView
from planner.ui.book import looks
from planner.ui.book.grid import Column, Selection
from planner.ui.book.paint import BlockPainter, GridLayout, TextCache

MAX_STRIP_LINES = 4


class BookHeader(QWidget):
    """Column titles and the "time not set" strip, lined up with the canvas's columns."""

    picked = Signal(object)  # Selection
    activated = Signal()

    def __init__(self, canvas: QWidget) -> None:
        super().__init__()
        self._canvas = canvas
        self._scrollbar = 0
        self.texts: TextCache = {}  # the chips' lines, measured once (see BlockPainter)
        self.setAccessibleName(self.tr("Appointment book: columns and times not set"))

    @property
    def columns(self) -> tuple[Column, ...]:
        return self._canvas.columns  # type: ignore[attr-defined, no-any-return]

    def layout_for(self) -> GridLayout:
        return GridLayout(self, len(self.columns), self.width() - self._scrollbar)

    def strip_lines(self) -> int:
        most = max((len(c.untimed) for c in self.columns), default=0)
        return min(most, MAX_STRIP_LINES)

    def title_height(self) -> int:
        return self.fontMetrics().lineSpacing() + 10

    def refresh(self, scrollbar: int) -> None:
        self._scrollbar = scrollbar
        line = self.fontMetrics().lineSpacing()
        lines = self.strip_lines()
        strip = (lines * (2 * line + 8) + line + 8) if lines else 0
        self.setFixedHeight(self.title_height() + strip)
        titles = "; ".join(self.title(c) for c in self.columns)
        self.setAccessibleDescription(titles)
        self.update()

    def title(self, column: Column) -> str:
        words = [column.title]
        if column.day == self._canvas.today and len(self.columns) == 7:  # type: ignore[attr-defined]
            words.append(self.tr("today"))
        if not column.is_open:
            words.append(self.tr("closed"))
        return " \u00b7 ".join(words)

    def chip_rects(self, index: int) -> list[tuple[AppointmentView, QRect]]:
        grid = self.layout_for()
        line = grid.line
        cell = grid.column_rect(index, self.title_height() + line + 6, 0)
        shown = self.columns[index].untimed[:MAX_STRIP_LINES]
        left, width, step = cell.left() + 3, cell.width() - 6, 2 * line + 8
        return [
            (view, QRect(left, cell.top() + n * step, width, 2 * line + 5))
            for n, view in enumerate(shown)
        ]

    def hit(self, point: QPoint) -> Selection | None:
        index = self.layout_for().column_at(point.x())
        if index is None:
            return None
        column = self.columns[index]
        for view, rect in self.chip_rects(index):
            if rect.contains(point):
                bounds = self._canvas.bounds  # type: ignore[attr-defined]
                return Selection(column.key, column.day, bounds[0], view.id)
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        chosen = self.hit(event.position().toPoint())
        self._canvas.setFocus(Qt.FocusReason.MouseFocusReason)
        if chosen is not None:
            self.picked.emit(chosen)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        chosen = self.hit(event.position().toPoint())
        if chosen is not None:
            self.picked.emit(chosen)
            self.activated.emit()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tip_at(event.pos())  # type: ignore[attr-defined]
            if text:
                QToolTip.showText(event.globalPos(), text, self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tip_at(self, point: QPoint) -> str:
        index = self.layout_for().column_at(point.x())
        if index is None:
            return ""
        for view, rect in self.chip_rects(index):
            if rect.contains(point):
                return looks.full_text(view)
        column = self.columns[index]
        hidden = len(column.untimed) - MAX_STRIP_LINES
        more = self.tr("\n{count} more with no time set").format(count=hidden) if hidden > 0 else ""
        return self.title(column) + more

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        grid = self.layout_for()
        painter.fillRect(self.rect(), QColor("#fafafa"))
        blocks = BlockPainter(painter, grid.line, self.texts)
        bold = QFont(self.font())
        bold.setBold(True)
        selection = self._canvas.selection  # type: ignore[attr-defined]
        top = self.title_height()
        for index, column in enumerate(self.columns):
            cell = grid.column_rect(index, 0, self.height())
            if not column.is_open:
                painter.fillRect(cell, QColor(looks.CLOSED_FILL))
            elif column.day == self._canvas.today and len(self.columns) == 7:  # type: ignore[attr-defined]
                painter.fillRect(cell, QColor(looks.TODAY_FILL))
            painter.setFont(bold)
            painter.setPen(QColor("#202020"))
            text_rect = QRect(cell.left() + 6, 4, cell.width() - 10, top - 6)
            shown = painter.fontMetrics().elidedText(
                self.title(column), Qt.TextElideMode.ElideRight, text_rect.width()
            )
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, shown)
            painter.setFont(self.font())
            for view, rect in self.chip_rects(index):
                blocks.paint(rect, view, strip=True)
                if selection is not None and selection.appointment_id == view.id:
                    painter.setPen(QPen(QColor(looks.SELECTED_EDGE), 3))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(rect.adjusted(1, 1, -2, -2))
            hidden = len(column.untimed) - MAX_STRIP_LINES
            if hidden > 0:
                painter.setPen(QColor("#404040"))
                painter.drawText(
                    QRect(
                        cell.left() + 6, self.height() - grid.line - 2, cell.width() - 10, grid.line
                    ),
                    0,
                    self.tr("+{count} more").format(count=hidden),
                )
        painter.setPen(QColor(looks.LINE_HOUR))
        painter.drawLine(0, top, self.width(), top)
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        if self.strip_lines():
            painter.setPen(QColor("#404040"))
            painter.drawText(
                QRect(grid.gutter + 6, top + 3, self.width() - grid.gutter, grid.line),
                0,
                self.tr("Time not set (never placed at a time; book a time to place them):"),
            )
        for index in range(len(self.columns) + 1):
            x = grid.column_rect(index, 0, 0).left()
            painter.setPen(QColor(looks.LINE_HOUR))
            painter.drawLine(x, 0, x, self.height())
