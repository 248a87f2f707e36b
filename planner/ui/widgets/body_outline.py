"""The body outline, back and front side by side, to mark pain or pick acupoints.

Marks are plain :class:`planner.domain.intake.BodyMark` values in normalised outline
coordinates; points come from the catalog. A click inside the body adds a mark of the
current kind, a drag leaves a trail of marks (how pain radiates), a right-click removes
the nearest mark. In point mode a click near a point emits :attr:`point_clicked`.

:data:`PAIN_REGIONS` names the parts of the outline (after the catalog's point regions,
each side apart) so that pain can be marked from a list with the keyboard, and so that
:meth:`BodyOutlineWidget.describe` can tell a screen reader where the marks are.
"""

from __future__ import annotations

__all__ = [
    "SITE_COLOURS",
    "BodyOutlineWidget",
    "DrawnPoint",
    "PainRegionSpot",
    "pain_regions",
    "region_of",
]

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.domain.body import BodyOutline, load_outline
from planner.domain.catalog import View
from planner.domain.intake import MARK_PAIN, MARK_RADIATING, BodyMark
from planner.ui.widgets.pain_region_spots import PainRegionSpot, pain_regions, region_of

_VIEWS = (View.BACK, View.FRONT)
_HIT_RADIUS_PX = 12.0
_TRAIL_SPACING_PX = 14.0
_PAIN = QColor("#c62828")
_RADIATING = QColor("#ef6c00")
_POINT = QColor("#1565c0")
_SELECTED = QColor("#2e7d32")
SITE_COLOURS = {"cupping": QColor("#6a1b9a"), "moxibustion": QColor("#e65100")}


@dataclass(frozen=True, slots=True)
class DrawnPoint:
    """An acupoint to draw: where, and whether it is chosen."""

    code: str
    view: View
    x: float
    y: float
    selected: bool = False
    site: str = ""  # "cupping" or "moxibustion": drawn with a ring around the point


class BodyOutlineWidget(QWidget):
    marks_changed = Signal()
    point_clicked = Signal(str)
    activated = Signal()
    """Space or Enter while it has the focus (a screen may offer a keyboard way in)."""

    def __init__(
        self, parent: QWidget | None = None, *, outline: BodyOutline | None = None
    ) -> None:
        super().__init__(parent)
        self._outline = outline or load_outline()
        self._marks: list[BodyMark] = []
        self._points: list[DrawnPoint] = []
        self._kind = MARK_PAIN
        self._editable = True
        self._picking_points = False
        self._last_drag: QPointF | None = None
        self.setMinimumSize(320, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)
        self.setToolTip(
            self.tr(
                "Click where it hurts; drag to show where the pain spreads; "
                "right-click a mark to remove it."
            )
        )

    # --- state -----------------------------------------------------------------------------

    def marks(self) -> tuple[BodyMark, ...]:
        return tuple(self._marks)

    def set_marks(self, marks: tuple[BodyMark, ...] | list[BodyMark]) -> None:
        self._marks = list(marks)
        self._describe()
        self.update()

    def add_mark(self, mark: BodyMark) -> None:
        """Add a mark as a click would (emits :attr:`marks_changed`)."""
        self._marks.append(mark)
        self._changed()

    def remove_marks(self, region: PainRegionSpot, kind: str) -> None:
        """Remove the marks of ``kind`` in ``region`` (emits :attr:`marks_changed`)."""
        kept = [m for m in self._marks if not (m.kind == kind and region.holds(m))]
        if len(kept) != len(self._marks):
            self._marks = kept
            self._changed()

    def describe(self) -> str:
        """Where the marks are, by region, as a screen reader hears it."""
        if not self._marks:
            return self.tr("Nothing marked.")
        regions = pain_regions()
        parts = []
        for kind, text in (
            (MARK_PAIN, self.tr("Hurts: {regions}.")),
            (MARK_RADIATING, self.tr("Spreads to: {regions}.")),
        ):
            names: list[str] = []
            for mark in self._marks:
                if mark.kind != kind:
                    continue
                region = region_of(mark, regions)
                name = region.label if region is not None else self.tr("elsewhere")
                if name not in names:
                    names.append(name)
            if names:
                parts.append(text.format(regions=", ".join(names)))
        return " ".join(parts)

    def _describe(self) -> None:
        if not self._picking_points:
            self.setAccessibleDescription(self.describe())

    def _changed(self) -> None:
        self._describe()
        self.marks_changed.emit()
        self.update()

    def set_mark_kind(self, kind: str) -> None:
        self._kind = MARK_RADIATING if kind == MARK_RADIATING else MARK_PAIN

    def set_points(self, points: list[DrawnPoint]) -> None:
        self._points = list(points)
        self.update()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable

    def set_picking_points(self, picking: bool) -> None:
        self._picking_points = picking
        self.setCursor(Qt.CursorShape.PointingHandCursor if picking else Qt.CursorShape.ArrowCursor)

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    # --- geometry ----------------------------------------------------------------------------

    def panel(self, view: View) -> QRectF:
        """Where a view's figure is drawn, keeping the outline's proportions."""
        label_space = 22.0
        half = self.width() / 2
        height = max(self.height() - label_space - 8, 10)
        width = min(half - 16, height * self._outline.aspect)
        height = width / self._outline.aspect
        left = (0 if view == View.BACK else half) + (half - width) / 2
        return QRectF(left, label_space, width, height)

    def to_widget(self, view: View, x: float, y: float) -> QPointF:
        rect = self.panel(view)
        return QPointF(rect.left() + x * rect.width(), rect.top() + y * rect.height())

    def to_outline(self, pos: QPointF) -> tuple[View, float, float] | None:
        """The view and normalised coordinates under a widget position, inside the body only."""
        for view in _VIEWS:
            rect = self.panel(view)
            if rect.contains(pos):
                x = (pos.x() - rect.left()) / rect.width()
                y = (pos.y() - rect.top()) / rect.height()
                if self._outline.contains(x, y):
                    return view, round(x, 4), round(y, 4)
        return None

    # --- input ---------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._picking_points and event.button() == Qt.MouseButton.LeftButton:
            code = self._nearest_point(pos)
            if code is not None:
                self.point_clicked.emit(code)
            return
        if not self._editable:
            return
        if event.button() == Qt.MouseButton.RightButton:
            self._remove_nearest(pos)
        elif event.button() == Qt.MouseButton.LeftButton and self._add_mark(pos, self._kind):
            self._last_drag = pos

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._last_drag is None:
            return
        pos = event.position()
        step = pos - self._last_drag
        if (step.x() ** 2 + step.y() ** 2) ** 0.5 >= _TRAIL_SPACING_PX and self._add_mark(
            pos, MARK_RADIATING
        ):
            self._last_drag = pos

    def mouseReleaseEvent(self, _event: QMouseEvent) -> None:
        self._last_drag = None

    def _add_mark(self, pos: QPointF, kind: str) -> bool:
        spot = self.to_outline(pos)
        if spot is None:
            return False
        view, x, y = spot
        self.add_mark(BodyMark(view, x, y, kind))
        return True

    def _remove_nearest(self, pos: QPointF) -> None:
        best, best_distance = None, _HIT_RADIUS_PX
        for index, mark in enumerate(self._marks):
            distance = _distance(self.to_widget(mark.view, mark.x, mark.y), pos)
            if distance <= best_distance:
                best, best_distance = index, distance
        if best is not None:
            del self._marks[best]
            self._changed()

    def _nearest_point(self, pos: QPointF) -> str | None:
        best, best_distance = None, _HIT_RADIUS_PX
        for point in self._points:
            distance = _distance(self.to_widget(point.view, point.x, point.y), pos)
            if distance <= best_distance:
                best, best_distance = point.code, distance
        return best

    # --- painting ------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        for view in _VIEWS:
            rect = self.panel(view)
            label = self.tr("Back") if view == View.BACK else self.tr("Front")
            painter.setPen(palette.windowText().color())
            painter.drawText(
                QRectF(rect.left(), 0, rect.width(), rect.top()),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )
            path = QPainterPath()
            first, *rest = self._outline.polygon
            path.moveTo(self.to_widget(view, *first))
            for spot in rest:
                path.lineTo(self.to_widget(view, *spot))
            path.closeSubpath()
            painter.setPen(QPen(QColor("#546e7a"), 1.5))
            painter.setBrush(QColor("#eceff1"))
            painter.drawPath(path)
            painter.setPen(QPen(QColor("#b0bec5"), 1, Qt.PenStyle.DashLine))
            painter.drawLine(self.to_widget(view, 0.5, 0.13), self.to_widget(view, 0.5, 0.52))
        for point in self._points:
            self._draw_point(painter, point)
        for mark in self._marks:
            self._draw_mark(painter, mark)
        if self.hasFocus():  # reached with Tab: show where the keyboard is
            painter.setPen(QPen(palette.highlight().color(), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit()
        else:
            super().keyPressEvent(event)

    def _draw_point(self, painter: QPainter, point: DrawnPoint) -> None:
        centre = self.to_widget(point.view, point.x, point.y)
        colour = _SELECTED if point.selected else _POINT
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(colour if point.selected else QColor("white"))
        radius = 5.0 if point.selected else 3.5
        painter.drawEllipse(centre, radius, radius)
        if point.site in SITE_COLOURS:  # a cup or a moxa cone over the point: a ring
            painter.setPen(QPen(SITE_COLOURS[point.site], 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, radius + 4.0, radius + 4.0)

    def _draw_mark(self, painter: QPainter, mark: BodyMark) -> None:
        centre = self.to_widget(mark.view, mark.x, mark.y)
        if mark.kind == MARK_RADIATING:
            painter.setPen(QPen(_RADIATING, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, 4.0, 4.0)
        else:
            painter.setPen(QPen(_PAIN, 1))
            painter.setBrush(_PAIN)
            painter.drawEllipse(centre, 6.0, 6.0)


def _distance(a: QPointF, b: QPointF) -> float:
    step = a - b
    return float((step.x() ** 2 + step.y() ** 2) ** 0.5)
