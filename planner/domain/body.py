"""The body outline that screens and documents draw points and pain marks on.

Coordinates are normalised: x runs 0–1 across the drawing and y 0–1 from the top of the
head to the soles; the drawing is half as wide as it is tall (``aspect``). Front and back
views share the outline (resources/body_outline.json).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from planner.domain.catalog import read_resource

Point = tuple[float, float]


@dataclass(frozen=True)
class BodyOutline:
    aspect: float  # width / height of the drawing
    polygon: tuple[Point, ...]

    def contains(self, x: float, y: float) -> bool:
        """Whether (x, y) lies inside the outline (even-odd ray casting)."""
        inside = False
        points = self.polygon
        for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True):
            if (y1 > y) != (y2 > y):
                crossing = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
                if x < crossing:
                    inside = not inside
        return inside


@cache
def load_outline() -> BodyOutline:
    raw = read_resource("body_outline.json")
    assert isinstance(raw, dict)
    polygon = tuple((float(x), float(y)) for x, y in raw["outline"])
    return BodyOutline(aspect=float(raw["aspect"]), polygon=polygon)
