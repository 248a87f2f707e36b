"""The appointment book's painted grid: a header per column (a practitioner, a room or a
day of the week; closed days greyed), a strip above the grid for appointments whose time
was never recorded, and rows of 15 minutes with each appointment a block spanning its
length, coloured and worded by state. It only paints plain data and reports clicks and
keys and drags (``picked``, ``activated``, ``key_command``, ``dropped``); the presenter
decides what they mean.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Sequence

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from planner.domain.appointments import STEP_MINUTES, clock
from planner.domain.vocab import AppointmentState
from planner.services.appointment_views import AppointmentView
from planner.ui.book import looks
from planner.ui.book.grid import Column, Selection, span_of
from planner.ui.book.paint import BlockPainter, GridLayout, TextCache, overlap
from planner.ui.book.strip import BookHeader

KEYS = {
    Qt.Key.Key_Up: "up",
    Qt.Key.Key_Down: "down",
    Qt.Key.Key_Left: "left",
    Qt.Key.Key_Right: "right",
    Qt.Key.Key_PageUp: "previous",
    Qt.Key.Key_PageDown: "next",
    Qt.Key.Key_T: "today",
    Qt.Key.Key_D: "day",
    Qt.Key.Key_W: "week",
}
MAX_STRIP_LINES = 4


class BookCanvas(QWidget):
    """The quarter-hour rows (inside a scroll area); has the keyboard focus."""

    picked = Signal(object)  # Selection
    activated = Signal()
    key_command = Signal(str)
    dropped = Signal(int, object)  # an appointment dragged to a Selection (an empty slot)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Appointment book: times"))
        self.columns: tuple[Column, ...] = ()
        self.bounds = (8 * 60, 18 * 60)
        self.selection: Selection | None = None
        self.hours = self.bounds
        self.today: dt.date | None = None
        self._layout: GridLayout | None = None  # kept until the width or the book changes
        self._rects: dict[int, list[tuple[AppointmentView, QRect]]] = {}
        self.texts: TextCache = {}
        self._backdrop: tuple[Hashable, QPixmap] | None = None  # see _background
        # while dragging: the appointment, where the press was, minutes from its start to
        # the press, and the slot it would go to
        self._drag: tuple[AppointmentView, QPoint, int, Selection | None] | None = None

    def layout_for(self) -> GridLayout:
        if self._layout is None or self._layout.width != self.width():
            self._layout = GridLayout(self, len(self.columns), self.width())
            self._rects.clear()
        return self._layout

    def rows(self) -> int:
        return max((self.bounds[1] - self.bounds[0]) // STEP_MINUTES, 1)

    def y_of(self, minute: int) -> int:
        return round((minute - self.bounds[0]) * self.layout_for().row / STEP_MINUTES)

    def refresh(self) -> None:
        self._layout = None
        self._rects.clear()  # the texts stay: keyed by the appointment as shown and size
        self.setMinimumHeight(self.rows() * self.layout_for().row + 1)
        self.update()

    # --- where things are -------------------------------------------------------------

    def block_rects(self, index: int) -> list[tuple[AppointmentView, QRect]]:
        """Each timed appointment's rectangle in column ``index``, freed ones first (a
        freed one under a live one keeps a narrow strip at the right)."""
        grid = self.layout_for()
        if index not in self._rects:
            self._rects[index] = self._place(grid, index)
        return self._rects[index]

    def _place(self, grid: GridLayout, index: int) -> list[tuple[AppointmentView, QRect]]:
        column = self.columns[index]
        cell = grid.column_rect(index, 0, 0)
        first, row = self.bounds[0], grid.row  # y_of's sums, for each block
        spans = [(view, span_of(view)) for view in column.timed]
        live = [span for view, span in spans if view.is_live]
        freed = [span for view, span in spans if not view.is_live]
        placed: list[tuple[AppointmentView, QRect]] = []
        for view, (start, end) in sorted(spans, key=lambda pair: pair[0].is_live):
            top = round((start - first) * row / STEP_MINUTES)
            bottom = round((end - first) * row / STEP_MINUTES)
            left, width = cell.left() + 3, cell.width() - 6
            if not view.is_live and any(overlap(other, (start, end)) for other in live):
                narrow = max(width // 4, 14)
                left, width = left + width - narrow, narrow
            elif view.is_live and any(overlap(other, (start, end)) for other in freed):
                width -= max(width // 4, 14) + 2
            placed.append((view, QRect(left, top + 1, width, max(bottom - top - 2, 6))))
        return placed

    def hit(self, point: QPoint) -> Selection | None:
        grid = self.layout_for()
        index = grid.column_at(point.x())
        if index is None:
            return None
        column = self.columns[index]
        for view, rect in reversed(self.block_rects(index)):
            if rect.contains(point):
                return Selection(column.key, column.day, span_of(view)[0], view.id)
        minute = self.bounds[0] + (point.y() * STEP_MINUTES) // grid.row
        minute -= minute % STEP_MINUTES
        if not self.bounds[0] <= minute < self.bounds[1]:
            return None
        return Selection(column.key, column.day, minute)

    def selection_rect(self) -> QRect | None:
        chosen = self.selection
        if chosen is None:
            return None
        for index, column in enumerate(self.columns):
            if column.key != chosen.column:
                continue
            if chosen.appointment_id is not None:
                for view, rect in self.block_rects(index):
                    if view.id == chosen.appointment_id:
                        return rect
                return None
            top = self.y_of(chosen.minute)
            return self.layout_for().column_rect(index, top, self.layout_for().row)
        return None

    # --- events -----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        point = event.position().toPoint()
        chosen = self.hit(point)
        self._drag = None
        if chosen is not None:
            self.picked.emit(chosen)
            view = self._view_of(chosen)
            if view is not None and view.state == AppointmentState.BOOKED:
                self._drag = (view, point, chosen.minute - self._minute_at(point.y()), None)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Dragging a booked appointment shows where it would go (a quarter hour grid)."""
        if self._drag is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        view, origin, offset, _ = self._drag
        point = event.position().toPoint()
        if (point - origin).manhattanLength() < QApplication.startDragDistance():
            return
        index = self.layout_for().column_at(point.x())
        if index is None:
            return
        minute = self._minute_at(point.y()) + offset
        minute = (minute + STEP_MINUTES // 2) // STEP_MINUTES * STEP_MINUTES  # the nearest
        minute = max(self.bounds[0], min(minute, self.bounds[1] - STEP_MINUTES))
        column = self.columns[index]
        self._drag = (view, origin, offset, Selection(column.key, column.day, minute))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or drag[3] is None:
            return
        view, _, _, target = drag
        self.update()
        if target.start() != view.starts_at or target.column != self._column_of(view.id):
            self.dropped.emit(view.id, target)

    def _minute_at(self, y: int) -> int:
        return self.bounds[0] + (y * STEP_MINUTES) // self.layout_for().row

    def _view_of(self, chosen: Selection) -> AppointmentView | None:
        for column in self.columns:
            for view in column.timed:
                if view.id == chosen.appointment_id:
                    return view
        return None

    def _column_of(self, appointment_id: int) -> Hashable:
        for column in self.columns:
            if any(v.id == appointment_id for v in column.timed):
                return column.key
        return None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        chosen = self.hit(event.position().toPoint())
        if chosen is not None:
            self.picked.emit(chosen)
            self.activated.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit()
        elif key in KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.key_command.emit(KEYS[key])
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            point = event.pos()  # type: ignore[attr-defined]
            text = self.tip_at(point)
            if text:
                QToolTip.showText(event.globalPos(), text, self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tip_at(self, point: QPoint) -> str:
        chosen = self.hit(point)
        if chosen is None:
            return ""
        if chosen.appointment_id is not None:
            column = next(c for c in self.columns if c.key == chosen.column)
            view = next(v for v in column.timed if v.id == chosen.appointment_id)
            return looks.full_text(view)
        column = next(c for c in self.columns if c.key == chosen.column)
        return self.tr("Free: {time}, {where}").format(
            time=clock(chosen.minute), where=column.title
        )

    # --- painting ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter, event.rect())
        finally:
            painter.end()

    def _paint(self, painter: QPainter, clip: QRect) -> None:
        grid = self.layout_for()
        painter.drawPixmap(0, 0, self._background(grid))
        self._tint_today(painter, grid)
        blocks = BlockPainter(painter, grid.line, self.texts)
        for index in range(len(self.columns)):
            for view, rect in self.block_rects(index):
                if rect.intersects(clip):
                    blocks.paint(rect, view)
        self._paint_selection(painter)
        self._paint_drag(painter)

    def _tint_today(self, painter: QPainter, grid: GridLayout) -> None:
        """Today's column of a week, tinted over the background (multiplied, so its lines
        and times still show): the background stays the same for every week."""
        if len(self.columns) != 7:
            return
        for index, column in enumerate(self.columns):
            if column.day == self.today and column.is_open:
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
                cell = grid.column_rect(index, 0, self.rows() * grid.row)
                painter.fillRect(cell, QColor(looks.TODAY_FILL))
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)

    def _background(self, grid: GridLayout) -> QPixmap:
        """The grid without its appointments (closed days, hours, lines and times),
        painted once for a size and a shape of book: another day or week of the same
        shape reuses it."""
        ratio = self.devicePixelRatioF()
        shape = tuple(column.is_open for column in self.columns)
        key = (self.size(), ratio, self.font().key(), self.bounds, self.hours, shape)
        if self._backdrop is None or self._backdrop[0] != key:
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            painter = QPainter(pixmap)
            try:
                painter.setFont(self.font())
                self._paint_grid(painter, grid)
            finally:
                painter.end()
            self._backdrop = (key, pixmap)
        return self._backdrop[1]

    def _paint_grid(self, painter: QPainter, grid: GridLayout) -> None:
        height = self.rows() * grid.row
        painter.fillRect(self.rect(), QColor("#ffffff"))
        opens, closes = self.hours
        for index, column in enumerate(self.columns):
            cell = grid.column_rect(index, 0, height)
            if not column.is_open:
                painter.fillRect(cell, QColor(looks.CLOSED_FILL))
                continue
            for minute in range(self.bounds[0], self.bounds[1], STEP_MINUTES):
                if not opens <= minute < closes:
                    row = QRect(cell.left(), self.y_of(minute), cell.width(), grid.row)
                    painter.fillRect(row, QColor(looks.OUTSIDE_HOURS_FILL))
        self._paint_lines(painter, grid, height)

    def _paint_lines(self, painter: QPainter, grid: GridLayout, height: int) -> None:
        painter.setPen(QColor("#333333"))
        for minute in range(self.bounds[0], self.bounds[1], STEP_MINUTES):
            y = self.y_of(minute)
            strong = minute % 60 == 0
            painter.setPen(QColor(looks.LINE_HOUR if strong else looks.LINE_QUARTER))
            painter.drawLine(grid.gutter, y, self.width(), y)
            if minute % 30 == 0:
                painter.setPen(QColor("#202020" if strong else "#707070"))
                label = QRect(2, y + 1, grid.gutter - 8, grid.line)
                painter.drawText(label, Qt.AlignmentFlag.AlignRight, clock(minute))
        painter.setPen(QColor(looks.LINE_HOUR))
        for index in range(len(self.columns) + 1):
            x = grid.column_rect(index, 0, 0).left()
            painter.drawLine(x, 0, x, height)

    def _paint_drag(self, painter: QPainter) -> None:
        if self._drag is None or self._drag[3] is None:
            return
        view, _, _, target = self._drag
        index = next(i for i, c in enumerate(self.columns) if c.key == target.column)
        top = self.y_of(target.minute)
        bottom = self.y_of(target.minute + view.length_minutes)
        rect = self.layout_for().column_rect(index, top, bottom - top).adjusted(3, 1, -3, -1)
        painter.setPen(QPen(QColor(looks.SELECTED_EDGE), 2, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(255, 255, 255, 160))
        painter.drawRect(rect)
        painter.setPen(QColor(looks.SELECTED_EDGE))
        painter.drawText(
            rect.adjusted(6, 2, -4, -2),
            0,
            self.tr("Move to {time}").format(time=clock(target.minute)),
        )

    def _paint_selection(self, painter: QPainter) -> None:
        rect = self.selection_rect()
        if rect is None:
            return
        pen = QPen(QColor(looks.SELECTED_EDGE), 3)
        if self.hasFocus():
            pen.setStyle(Qt.PenStyle.SolidLine)
        else:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(1, 1, -2, -2))


class BookView(QFrame):
    """The header with the "time not set" strip, above the scrolling grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Appointment book"))
        self._shown: tuple[Selection | None, list[dt.date]] = (None, [])
        self.canvas = BookCanvas()
        self.header = BookHeader(self.canvas)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusProxy(self.canvas)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(self.scroll_area, 1)
        self.header.picked.connect(self.canvas.picked)
        self.header.activated.connect(self.canvas.activated)

    def show_book(
        self,
        columns: Sequence[Column],
        bounds: tuple[int, int],
        hours: tuple[int, int],
        selection: Selection | None,
        today: dt.date,
        description: str = "",
    ) -> None:
        canvas = self.canvas
        canvas.columns, canvas.bounds, canvas.hours = tuple(columns), bounds, hours
        moved = (selection, [c.day for c in columns]) != self._shown
        self._shown = (selection, [c.day for c in columns])
        canvas.selection, canvas.today = selection, today
        canvas.setAccessibleDescription(description)
        canvas.refresh()
        self.header.refresh(self.scroll_area.verticalScrollBar().sizeHint().width())
        if moved:  # a reload every minute leaves the scrolling where the user put it
            self.reveal()

    def reveal(self) -> None:
        """Scroll so that the selection is in sight."""
        rect = self.canvas.selection_rect()
        if rect is not None:
            self.scroll_area.ensureVisible(
                rect.center().x(), rect.center().y(), 10, rect.height() // 2 + 12
            )
