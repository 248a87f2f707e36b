"""Pictures for the documents: the body outline with today's points, and pain charts.

Both are ``reportlab.graphics`` drawings, so they stay vector graphics in the PDF. Text
in them is program text (codes, numbers, axis titles), drawn in the document font.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from reportlab.graphics.shapes import (
    Circle,
    Drawing,
    Group,
    Line,
    Polygon,
    PolyLine,
    Rect,
    String,
)
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from planner.domain.body import load_outline
from planner.domain.catalog import View, load_catalog
from planner.domain.vocab import PointSide
from planner.export.fonts import SANS, SANS_BOLD
from planner.export.markup import ACCENT, INK, MUTED, RULE, SHADE
from planner.export.model import PointLine

_AFTER = colors.HexColor("#ef6c00")
_THRESHOLD = colors.HexColor("#2e7d32")
_VIEWS = (View.BACK, View.FRONT)


def _text(
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    fontName: str = SANS,
    fillColor: colors.Color = INK,
    textAnchor: Literal["start", "middle", "end"] = "start",
) -> String:
    return String(
        x, y, text, fontName=fontName, fontSize=size, fillColor=fillColor, textAnchor=textAnchor
    )


@dataclass(frozen=True, slots=True)
class Dot:
    label: str
    view: View
    x: float  # normalised outline coordinates
    y: float


def point_dots(points: Sequence[PointLine]) -> list[Dot]:
    """Where each point (each side of a paired point) sits on the outline's two views."""
    catalog = load_catalog()
    dots: list[Dot] = []
    seen: set[tuple[str, View, float, float]] = set()
    for line in points:
        point = catalog.get(line.code)
        if point is None:
            continue
        sides = {
            PointSide.LEFT: (False,),
            PointSide.RIGHT: (True,),
            PointSide.BILATERAL: (False, True),
        }.get(line.side, (False,))
        for view in _VIEWS:
            for right in sides if point.bilateral else (False,):
                spot = point.position(view, right_side=right)
                if spot is None:
                    continue
                key = (point.code, view, *spot)
                if key in seen:
                    continue
                seen.add(key)
                dots.append(Dot(point.code, view, spot[0], spot[1]))
    return dots


def _spread(wanted: list[float], spacing: float, low: float, high: float) -> list[float]:
    """Label positions near the wanted ones (ascending), at least ``spacing`` apart, kept
    within [low, high] when they fit there."""
    placed: list[float] = []
    for value in wanted:
        placed.append(max(value, placed[-1] + spacing) if placed else max(value, low))
    for index in range(len(placed) - 1, -1, -1):
        limit = high if index == len(placed) - 1 else placed[index + 1] - spacing
        placed[index] = max(min(placed[index], limit), low + index * spacing)
    return placed


@dataclass(frozen=True, slots=True)
class _Frame:
    """Where one view's figure sits in the drawing."""

    left: float
    top: float
    width: float
    height: float

    def at(self, x: float, y: float) -> tuple[float, float]:
        return self.left + x * self.width, self.top - y * self.height


def body_drawing(dots: Sequence[Dot], *, width: float, height: float, size: float) -> Drawing:
    """The back and front views that have dots, side by side, each dot labelled with its
    code beside the body. The figures take what is left of ``width`` after the label
    columns, up to ``height``.
    """
    outline = load_outline()
    views = [view for view in _VIEWS if any(d.view == view for d in dots)] or [View.BACK]
    label_w = max([stringWidth(d.label, SANS, size) for d in dots] + [size * 2]) + 10
    title_h, foot_h, gap = size * 1.8, size * 1.5, size
    count = len(views)
    room = (width - (count - 1) * gap - 2 * count * label_w) / (count * outline.aspect)
    figure_h = min(height - title_h - foot_h, room)
    figure_h = max(figure_h, size * 8)
    figure_w = figure_h * outline.aspect
    spacing = size * 1.15
    crowd = max([_column_count(dots, v, r) for v in views for r in (False, True)] + [0])
    label_h = max(figure_h, crowd * spacing)
    panel_w = figure_w + 2 * label_w
    drawing = Drawing(count * panel_w + (count - 1) * gap, label_h + title_h + foot_h)
    for index, view in enumerate(views):
        frame = _Frame(index * (panel_w + gap) + label_w, foot_h + label_h, figure_w, figure_h)
        polygon = [c for xy in outline.polygon for c in frame.at(*xy)]
        drawing.add(Polygon(polygon, fillColor=SHADE, strokeColor=MUTED, strokeWidth=1))
        title = "Back" if view == View.BACK else "Front"
        middle = frame.left + figure_w / 2
        drawing.add(
            _text(
                middle, frame.top + size * 0.6, title, size, fontName=SANS_BOLD, textAnchor="middle"
            )
        )
        sides = ("L", "R") if view == View.BACK else ("R", "L")
        feet_y = frame.top - figure_h - size * 1.2
        for x, side in (
            (frame.left + size * 0.4, sides[0]),
            (frame.left + figure_w - size * 0.4, sides[1]),
        ):
            drawing.add(
                _text(
                    x, feet_y, side, size, fontName=SANS_BOLD, fillColor=MUTED, textAnchor="middle"
                )
            )
        _label_dots(drawing, [d for d in dots if d.view == view], frame, label_h, size)
    return drawing


def _on_right(dot: Dot) -> bool:
    return dot.x >= 0.5


def _column_count(dots: Sequence[Dot], view: View, right: bool) -> int:
    return sum(1 for d in dots if d.view == view and _on_right(d) == right)


def _label_dots(
    drawing: Drawing, dots: list[Dot], frame: _Frame, label_h: float, size: float
) -> None:
    """Dots, with their codes stacked in a column beside the body and a thin leader line."""
    spacing = size * 1.15
    for right in (False, True):
        column = sorted((d for d in dots if _on_right(d) == right), key=lambda d: (d.y, d.x))
        if not column:
            continue
        # Work downwards from the figure's top edge: 0 at the top, label_h at the feet.
        wanted = [d.y * frame.height for d in column]
        downs = _spread(wanted, spacing, size * 0.4, label_h - size * 0.2)
        edge = frame.left + frame.width + 5 if right else frame.left - 5
        for dot, down in zip(column, downs, strict=True):
            x, y = frame.at(dot.x, dot.y)
            label_y = frame.top - down
            drawing.add(Line(x, y, edge, label_y, strokeColor=RULE, strokeWidth=0.7))
            drawing.add(
                Circle(x, y, 3.2, fillColor=ACCENT, strokeColor=colors.white, strokeWidth=0.6)
            )
            drawing.add(
                _text(
                    edge + (2 if right else -2),
                    label_y - size * 0.35,
                    dot.label,
                    size,
                    textAnchor="start" if right else "end",
                )
            )


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    points: tuple[tuple[int, float], ...]  # (session number, score)
    colour: colors.Color
    dashed: bool = False


def _legend_rows(entries: list[str], size: float, width: float) -> list[list[int]]:
    """Which legend entries share a row, so the legend never runs past the chart."""
    rows: list[list[int]] = [[]]
    used = 0.0
    for index, name in enumerate(entries):
        need = 20 + stringWidth(name, SANS, size) + size * 1.2
        if rows[-1] and used + need > width:
            rows.append([])
            used = 0.0
        rows[-1].append(index)
        used += need
    return rows


def pain_chart(
    series: Sequence[Series],
    *,
    width: float,
    height: float,
    size: float,
    threshold: float | None = None,
    threshold_label: str = "",
) -> Drawing:
    """Pain 0–10 (y) by session (x) with labelled axes, a legend and an optional line."""
    sessions = sorted({n for s in series for n, _ in s.points}) or [1]
    first, last = sessions[0], max(sessions[-1], sessions[0] + 1)
    legend = [(s.name, s.colour, s.dashed) for s in series]
    if threshold is not None:
        legend.append((threshold_label, _THRESHOLD, True))
    rows = _legend_rows([name for name, _, _ in legend], size, width)
    drawing = Drawing(width, height)
    left, bottom = size * 3.2, size * 3.0
    top = height - len(rows) * size * 1.4 - size * 0.6
    plot_w, plot_h = width - left - size, top - bottom

    def at(session: float, score: float) -> tuple[float, float]:
        x = left + (session - first + 0.5) / (last - first + 1) * plot_w
        return x, bottom + score / 10 * plot_h

    for score in range(0, 11, 2):
        y = at(first, score)[1]
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=SHADE, strokeWidth=0.6))
        drawing.add(_text(left - 4, y - size * 0.35, str(score), size, textAnchor="end"))
    plot = Rect(left, bottom, plot_w, plot_h)
    plot.fillColor, plot.strokeColor = None, RULE  # set after: the stub types Rect's **kw wrongly
    drawing.add(plot)
    step = max(1, round((last - first + 1) / 12))
    for session in range(first, last + 1, step):
        x = at(session, 0)[0]
        drawing.add(Line(x, bottom, x, bottom - 3, strokeColor=MUTED))
        drawing.add(_text(x, bottom - size * 1.2, str(session), size, textAnchor="middle"))
    drawing.add(
        _text(
            left + plot_w / 2, size * 0.3, "Session", size, fontName=SANS_BOLD, textAnchor="middle"
        )
    )
    axis = Group(_text(0, 0, "Pain (0–10)", size, fontName=SANS_BOLD, textAnchor="middle"))
    axis.translate(size * 0.9, bottom + plot_h / 2)
    axis.rotate(90)
    drawing.add(axis)
    if threshold is not None:
        y = at(first, max(0.0, threshold))[1]
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=_THRESHOLD, strokeDashArray=[2, 2]))
    for line in series:
        spots = [at(n, v) for n, v in line.points]
        if len(spots) > 1:
            trace = PolyLine(
                [c for spot in spots for c in spot], strokeColor=line.colour, strokeWidth=1.6
            )
            if line.dashed:
                trace.strokeDashArray = [4, 3]
            drawing.add(trace)
        for x, y in spots:
            drawing.add(Circle(x, y, 2.6, fillColor=line.colour, strokeColor=colors.white))
    for number, row in enumerate(rows):
        x, y = left, height - size * 1.1 - number * size * 1.4
        for index in row:
            name, colour, dashed = legend[index]
            sample = Line(x, y + size * 0.35, x + 16, y + size * 0.35)
            sample.strokeColor, sample.strokeWidth = colour, 1.6
            if dashed:
                sample.strokeDashArray = [3, 2]
            drawing.add(sample)
            drawing.add(_text(x + 20, y, name, size))
            x += 20 + stringWidth(name, SANS, size) + size * 1.2
    return drawing


BEFORE_COLOUR = ACCENT
AFTER_COLOUR = _AFTER
