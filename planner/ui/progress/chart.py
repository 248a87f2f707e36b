"""The course chart, drawn with QPainter (PySide6-Essentials has no QtCharts).

Pain before treatment (solid line, filled circles) and after (dashed, open squares) on
the NRS 0–10, average pain in the past week (the PEG's first item; dash-dot-dot,
triangles) and PEG-3 where collected (dotted, diamonds), the goal line, every session of
the course along the bottom — held ones with their dates, planned ones shaded with their
booked dates — and the meaningful-improvement marker at the first session that reached
it. Line styles and marker shapes differ as well as colours, so a grey print reads too.
:func:`paint_chart` draws on any paint device (the widget, a printer, an image).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner import formats
from planner.domain.i18n import translate
from planner.domain.progress import BASELINE, ChartPoint, CourseChart
from planner.ui.progress.texts import milestone_text, values_text, verdict_text

BEFORE = QColor("#1565c0")
AFTER = QColor("#e65100")
PEG = QColor("#6a1b9a")
AVERAGE = QColor("#00838f")
GOAL = QColor("#2e7d32")
MARK = QColor("#2e7d32")
GRID = QColor("#cfd8dc")
PLANNED = QColor(236, 239, 241)
MUTED = QColor("#607d8b")


@dataclass(frozen=True, slots=True)
class Geometry:
    plot: QRectF
    first: int  # the leftmost session shown (0: the intake)
    last: int

    def x(self, session: float) -> float:
        span = max(self.last - self.first, 1)
        return self.plot.left() + (session - self.first) / span * self.plot.width()

    def y(self, value: float) -> float:
        return self.plot.bottom() - value / 10 * self.plot.height()

    def at(self, point: ChartPoint) -> QPointF:
        return QPointF(self.x(point.session), self.y(point.value))


def geometry(chart: CourseChart, rect: QRectF, metrics: QFontMetricsF) -> Geometry:
    shown = (*chart.pain_before, *chart.peg, *chart.average)
    shows_intake = any(point.session == BASELINE for point in shown)
    first = BASELINE if shows_intake else 1
    last = max(chart.last_session, first + 1)
    line = metrics.height()
    left = metrics.horizontalAdvance("10") + 14
    top = line * (1.6 * len(legend_rows(chart, rect, metrics)) + 0.8)  # the legend
    bottom = line * 2.6  # session numbers and dates
    right = metrics.horizontalAdvance(translate("progress", "goal 10")) + 12
    pad = max(metrics.horizontalAdvance("00 Mmm") / 2, 8)
    plot = QRectF(
        rect.left() + left + pad,
        rect.top() + top,
        max(rect.width() - left - right - 2 * pad, 40),
        max(rect.height() - top - bottom, 40),
    )
    return Geometry(plot, first, last)


def paint_chart(painter: QPainter, rect: QRectF, chart: CourseChart, font: QFont) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    geo = geometry(chart, rect, metrics)
    _planned_band(painter, geo, chart)
    _grid(painter, geo, metrics)
    _sessions_axis(painter, geo, chart, metrics)
    if chart.goal is not None:
        _goal(painter, geo, chart.goal, metrics)
    _series(painter, geo, chart.peg, PEG, Qt.PenStyle.DotLine, "diamond")
    _series(painter, geo, chart.average, AVERAGE, Qt.PenStyle.DashDotDotLine, "triangle")
    _series(painter, geo, chart.pain_after, AFTER, Qt.PenStyle.DashLine, "square")
    _series(painter, geo, chart.pain_before, BEFORE, Qt.PenStyle.SolidLine, "circle")
    _milestone(painter, geo, chart, metrics)
    _legend(painter, rect, chart, metrics)
    painter.restore()


def _planned_band(painter: QPainter, geo: Geometry, chart: CourseChart) -> None:
    if not chart.upcoming:
        return
    start = geo.x(chart.upcoming[0][0] - 0.5)
    band = QRectF(start, geo.plot.top(), geo.plot.right() - start + 8, geo.plot.height())
    painter.fillRect(band.intersected(geo.plot.adjusted(-8, 0, 8, 0)), PLANNED)


def _grid(painter: QPainter, geo: Geometry, metrics: QFontMetricsF) -> None:
    for value in range(0, 11, 2):
        y = geo.y(value)
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(QPointF(geo.plot.left() - 6, y), QPointF(geo.plot.right() + 6, y))
        painter.setPen(MUTED)
        label = QRectF(geo.plot.left() - 60 - 12, y - metrics.height() / 2, 60, metrics.height())
        painter.drawText(
            label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value)
        )
    painter.setPen(QPen(MUTED, 1.2))
    painter.drawLine(geo.plot.bottomLeft(), geo.plot.bottomRight())


def _sessions_axis(
    painter: QPainter, geo: Geometry, chart: CourseChart, metrics: QFontMetricsF
) -> None:
    dates = dict(chart.held_dates) | dict(chart.upcoming)
    planned = {number for number, _ in chart.upcoming}
    line = metrics.height()
    width = max(geo.plot.width() / max(geo.last - geo.first, 1), 30)
    small = metrics.horizontalAdvance("00 Mmm") + 6 > width  # too crowded for dates
    for session in range(geo.first, geo.last + 1):
        x = geo.x(session)
        painter.setPen(QPen(MUTED if session in planned else QColor("#263238"), 1))
        painter.drawLine(QPointF(x, geo.plot.bottom()), QPointF(x, geo.plot.bottom() + 4))
        name = translate("progress", "Intake") if session == BASELINE else str(session)
        box = QRectF(x - 50, geo.plot.bottom() + 5, 100, line)
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, name)
        day = dates.get(session)
        if day is not None and not small:
            box = QRectF(x - 50, geo.plot.bottom() + 5 + line, 100, line)
            painter.drawText(
                box,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                formats.day_month(day),
            )


def _goal(painter: QPainter, geo: Geometry, goal: int, metrics: QFontMetricsF) -> None:
    y = geo.y(goal)
    painter.setPen(QPen(GOAL, 2, Qt.PenStyle.DashDotLine))
    painter.drawLine(QPointF(geo.plot.left() - 6, y), QPointF(geo.plot.right() + 6, y))
    painter.drawText(
        QPointF(geo.plot.right() + 10, y + metrics.ascent() / 2 - 1),
        translate("progress", "goal {n}").format(n=goal),
    )


def _series(
    painter: QPainter,
    geo: Geometry,
    points: tuple[ChartPoint, ...],
    colour: QColor,
    style: Qt.PenStyle,
    shape: str,
) -> None:
    if not points:
        return
    painter.setPen(QPen(colour, 2.5, style))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath(geo.at(points[0]))
    for point in points[1:]:
        path.lineTo(geo.at(point))
    painter.drawPath(path)
    painter.setPen(QPen(colour, 2))
    for point in points:
        _marker(painter, geo.at(point), shape, colour)


def _marker(painter: QPainter, centre: QPointF, shape: str, colour: QColor) -> None:
    size = 5.5
    if shape == "circle":
        painter.setBrush(colour)
        painter.drawEllipse(centre, size, size)
    elif shape == "square":
        painter.setBrush(QColor("white"))
        painter.drawRect(QRectF(centre.x() - size, centre.y() - size, 2 * size, 2 * size))
    elif shape == "triangle":
        painter.setBrush(QColor("white"))
        triangle = QPainterPath(QPointF(centre.x(), centre.y() - size - 1))
        triangle.lineTo(centre.x() + size + 1, centre.y() + size)
        triangle.lineTo(centre.x() - size - 1, centre.y() + size)
        triangle.closeSubpath()
        painter.drawPath(triangle)
    else:
        painter.setBrush(colour)
        diamond = QPainterPath(QPointF(centre.x(), centre.y() - size - 1))
        diamond.lineTo(centre.x() + size + 1, centre.y())
        diamond.lineTo(centre.x(), centre.y() + size + 1)
        diamond.lineTo(centre.x() - size - 1, centre.y())
        diamond.closeSubpath()
        painter.drawPath(diamond)


def _milestone(
    painter: QPainter, geo: Geometry, chart: CourseChart, metrics: QFontMetricsF
) -> None:
    milestone = chart.milestone
    if milestone is None:
        return
    x = geo.x(milestone.session)
    painter.setPen(QPen(MARK, 2, Qt.PenStyle.SolidLine))
    painter.drawLine(QPointF(x, geo.plot.top()), QPointF(x, geo.plot.bottom()))
    centre = QPointF(x, geo.y(milestone.change.latest))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(MARK, 3))
    painter.drawEllipse(centre, 11, 11)
    text = milestone_text(milestone)
    font = QFont(painter.font())
    font.setBold(True)
    bold = QFontMetricsF(font)
    width = bold.horizontalAdvance(text) + 16
    height = bold.height() + 8
    area = geo.plot.adjusted(-geo.plot.left() + 4, 0, 0, 0)  # may reach over the axis labels
    left = min(max(x - width / 2, area.left()), area.right() - width)
    box = QRectF(max(left, area.left()), geo.plot.top() + 4, min(width, area.width()), height)
    painter.setPen(QPen(MARK, 1.5))
    painter.setBrush(QColor("white"))
    painter.drawRoundedRect(box, 4, 4)
    painter.setFont(font)
    painter.setPen(MARK.darker(130))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    font.setBold(False)
    painter.setFont(font)


_SAMPLE = 34  # the line drawn for each legend entry


def legend_rows(
    chart: CourseChart, rect: QRectF, metrics: QFontMetricsF
) -> list[list[tuple[str, QColor, Qt.PenStyle, str]]]:
    """The legend's entries, in as many rows as the width needs."""
    entries = [
        (translate("progress", "Pain before"), BEFORE, Qt.PenStyle.SolidLine, "circle"),
        (translate("progress", "Pain after"), AFTER, Qt.PenStyle.DashLine, "square"),
    ]
    if chart.average:
        entries.append(
            (
                translate("progress", "Average pain (week)"),
                AVERAGE,
                Qt.PenStyle.DashDotDotLine,
                "triangle",
            )
        )
    if chart.peg:
        entries.append((translate("progress", "PEG-3"), PEG, Qt.PenStyle.DotLine, "diamond"))
    if chart.goal is not None:
        entries.append((translate("progress", "Goal"), GOAL, Qt.PenStyle.DashDotLine, ""))
    if chart.upcoming:
        entries.append((translate("progress", "Planned"), PLANNED, Qt.PenStyle.NoPen, "band"))
    rows: list[list[tuple[str, QColor, Qt.PenStyle, str]]] = [[]]
    x = rect.left() + 8
    for entry in entries:
        width = _SAMPLE + 8 + metrics.horizontalAdvance(entry[0]) + 22
        if rows[-1] and x + width > rect.right():
            rows.append([])
            x = rect.left() + 8
        rows[-1].append(entry)
        x += width
    return rows


def _legend(painter: QPainter, rect: QRectF, chart: CourseChart, metrics: QFontMetricsF) -> None:
    y = rect.top() + metrics.height() * 0.9
    for row in legend_rows(chart, rect, metrics):
        x = rect.left() + 8
        for text, colour, style, shape in row:
            if shape == "band":
                swatch = QRectF(x + 6, y - 7, 22, 14)
                painter.fillRect(swatch, PLANNED)
                painter.setPen(QPen(GRID, 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(swatch)
            else:
                painter.setPen(QPen(colour, 2.5, style))
                painter.drawLine(QPointF(x, y), QPointF(x + _SAMPLE, y))
            if shape and shape != "band":
                painter.setPen(QPen(colour, 2))
                _marker(painter, QPointF(x + _SAMPLE / 2, y), shape, colour)
            painter.setPen(QColor("#263238"))
            painter.drawText(QPointF(x + _SAMPLE + 8, y + metrics.ascent() / 2 - 1), text)
            x += _SAMPLE + 8 + metrics.horizontalAdvance(text) + 22
        y += metrics.height() * 1.6


class CourseChartWidget(QWidget):
    """The chart of one course (or an empty note before there is one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chart: CourseChart | None = None
        self._pixmap: QPixmap | None = None  # the chart drawn at the widget's size
        self._pixmap_key: tuple[object, ...] = ()
        self.setMinimumSize(280, 240)  # fits the overview at 200 % (the legend wraps)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Course pain chart"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it; its values are read

    @property
    def chart(self) -> CourseChart | None:
        return self._chart

    def set_chart(self, chart: CourseChart | None) -> None:
        if chart == self._chart:
            return  # the same chart again (the patient reopened): nothing to repaint
        self._chart = chart
        self._pixmap = None
        self.setAccessibleDescription(  # the verdict, then every value the chart shows
            f"{verdict_text(chart.verdict, closed=chart.closed)} {values_text(chart)}".strip()
            if chart
            else ""
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 320)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """The chart is drawn once into a pixmap and copied on every later repaint
        (scrolling the overview, reopening the patient) until its data or size change."""
        ratio = self.devicePixelRatioF()
        key = (self.size(), ratio, self.font().key())
        if self._pixmap is None or key != self._pixmap_key:
            pixmap = QPixmap(self.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            painter = QPainter(pixmap)
            self._paint(painter)
            painter.end()
            self._pixmap, self._pixmap_key = pixmap, key
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._pixmap)
        if self.hasFocus():  # where the keyboard is
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        self._pixmap = None  # font, palette, style or language: draw afresh
        super().changeEvent(event)

    def _paint(self, painter: QPainter) -> None:
        painter.fillRect(self.rect(), QColor("white"))
        if self._chart is None:
            painter.setPen(MUTED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No course yet."))
        else:
            paint_chart(
                painter, QRectF(self.rect()).adjusted(4, 4, -4, -4), self._chart, self.font()
            )
