"""Needling depths: reading a typed depth and the usual and safe depth of a point.

A depth is typed freely in the plan ("1 cun", "0.5-1 cun", "15 mm", "2 cm", "1.5寸",
"1-1.5 cun perpendicular"). :func:`depth_in_cun` reads it as a number of cun, taking
the upper bound of a range and the deepest of several depths, and gives ``None`` for
anything that is not a number with a unit ("muscle layer", "shallow", a bare "1"):
such a depth is never checked, so it never warns.

Millimetres and centimetres are turned into cun with a *small* person's cun
(:data:`MM_PER_CUN`). The cun is proportional (WHO *Standard Acupuncture Point
Locations*, 2008: bone-proportional cun; finger cun = the width of the patient's own
thumb at its joint), so the same millimetres are more cun in a small patient. Dividing
by a small adult's cun makes a typed millimetre depth as many cun as it could be, the
cautious reading: 17 mm is taken as 1 cun, about the thumb breadth of a small adult (an
average adult's is nearer 20 mm); a child's cun is smaller still, so depths typed in mm
for a child need the practitioner's own judgement.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from planner.domain.catalog import Acupoint, Catalog, NeedleDepth, load_catalog

MM_PER_CUN = 17.0
"""A small adult's cun in millimetres (thumb width at its joint; WHO 2008 finger cun)."""

BRIEF_MAX = 40  # a plan's depth holds 40 characters (planner.domain.plans)
_MM_PER_UNIT = {"mm": 1.0, "cm": 10.0}
_NUMBER = r"\d+(?:[.,]\d+)?"
_DEPTH = re.compile(
    rf"(?P<low>{_NUMBER})"
    rf"(?:\s*(?:-|–|—|~|to)\s*(?P<high>{_NUMBER}))?"
    r"\s*(?P<unit>cun\b|寸|mm\b|cm\b)",
    re.IGNORECASE,
)


def depth_in_cun(text: str) -> float | None:
    """The deepest depth in ``text``, in cun, or ``None`` when it names no number with a
    unit. ``0.5-1 cun`` gives 1.0; ``17 mm`` gives 1.0 (see :data:`MM_PER_CUN`)."""
    deepest: float | None = None
    for match in _DEPTH.finditer(text):
        value = _number(match["high"] or match["low"])
        unit = match["unit"].lower()
        cun = value if unit in ("cun", "寸") else value * _MM_PER_UNIT[unit] / MM_PER_CUN
        deepest = cun if deepest is None else max(deepest, cun)
    return deepest


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def usual_depth(point: Acupoint) -> str:
    """The point's usual depth and angle, e.g. ``0.5–1 cun perpendicular``; empty when the
    catalog gives none."""
    depth = point.depth
    return f"{depth.usual} {depth.angle}" if depth is not None else ""


def brief_depth(point: Acupoint) -> str:
    """The usual depth and the first words of the angle, short enough for a plan's depth
    (at most 40 characters): ``0.5–1 cun perpendicular``, ``0.3–0.5 cun oblique toward
    the spine``; only the angle's first word when that is too long."""
    depth = point.depth
    if depth is None:
        return ""
    angle = re.split(r",| \(", depth.angle, maxsplit=1)[0]
    for text in (f"{depth.usual} {angle}", f"{depth.usual} {angle.split()[0]}"):
        if len(text) <= BRIEF_MAX:
            return text
    return depth.usual


def depth_hint(point: Acupoint) -> str:
    """One line for a depth field or a point's details: usual depth and angle, then the
    maximum and the structure beyond it."""
    depth = point.depth
    if depth is None:
        return ""
    return f"{usual_depth(point)}; at most {cun_text(depth.max_cun)}, deeper lies {depth.risk}"


def field_hints(code: str, catalog: Catalog | None = None) -> tuple[str, str]:
    """A depth field's placeholder (the brief usual depth) and tooltip (the full hint) for
    the point ``code``; both empty when the point is unknown or has no depth."""
    point = (catalog or load_catalog()).get(code)
    if point is None:
        return "", ""
    return brief_depth(point), depth_hint(point)


def depth_at(point: Acupoint, places: Iterable[str | None] = ()) -> NeedleDepth | None:
    """The point's depth where it is placed (an Ashi point's region): the most cautious of
    ``places`` (the smallest maximum); the point's own depth, itself the most cautious
    reading, when no place is given or one is not known (None)."""
    chosen = [point.depth_by_place.get(place) if place else None for place in places]
    if not chosen or None in chosen:
        return point.depth
    return min((d for d in chosen if d is not None), key=lambda d: d.max_cun)


def beyond_safe(
    point: Acupoint, typed: str, places: Iterable[str | None] = ()
) -> tuple[float, NeedleDepth] | None:
    """The typed depth in cun and the point's depth data when the typed depth is deeper
    than the point's maximum safe depth (where it is placed, see :func:`depth_at`);
    ``None`` otherwise (or when it is not a number)."""
    depth = depth_at(point, places)
    cun = depth_in_cun(typed)
    if depth is None or cun is None or cun <= depth.max_cun:
        return None
    return cun, depth


def cun_text(value: float) -> str:
    """``1.0`` gives ``1 cun``, ``0.5`` gives ``0.5 cun``, ``1.6667`` gives ``1.7 cun``."""
    return f"{round(value, 1):g} cun"
