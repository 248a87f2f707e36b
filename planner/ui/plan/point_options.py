"""The points a picker offers, without a window: by region, by search, on the outline.

Each function takes the catalog and the codes already chosen and returns plain data the
picker widgets draw; choosing one goes through
:meth:`planner.ui.plan.treatment.TreatmentEditor.toggle_point`.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from planner.domain.catalog import ASHI, Acupoint, Catalog, PlanRegion, View

SEARCH_LIMIT = 40


@dataclass(frozen=True, slots=True)
class PointOption:
    code: str
    text: str  # "BL23  Shenshu 肾俞 — Kidney Shu"
    location: str
    chosen: bool


@dataclass(frozen=True, slots=True)
class OutlineSpot:
    """Where to draw a point on the body outline, and whether it is chosen."""

    code: str
    view: View
    x: float
    y: float
    selected: bool


def option_text(point: Acupoint) -> str:
    if point.code == ASHI:
        return f"{point.code} — {point.english}"
    return f"{point.code}  {point.pinyin_plain} {point.characters} — {point.english}"


def _option(point: Acupoint, chosen: Collection[str]) -> PointOption:
    return PointOption(point.code, option_text(point), point.location, point.code in chosen)


def region_options(
    catalog: Catalog, region: PlanRegion, chosen: Collection[str]
) -> list[PointOption]:
    return [_option(point, chosen) for point in catalog.in_region(region)]


def search_options(
    catalog: Catalog, text: str, chosen: Collection[str], limit: int = SEARCH_LIMIT
) -> list[PointOption]:
    """Points matching ``text`` (code, pinyin with or without tones, English, characters);
    nothing for an empty search. A Jiaji level typed in full (``EX-B2:L4``) is offered too."""
    if not text.strip():
        return []
    found = catalog.search(text)
    exact = catalog.get(text)
    if exact is not None and exact not in found:
        found.insert(0, exact)
    return [_option(point, chosen) for point in found[:limit]]


def outline_codes(catalog: Catalog) -> tuple[str, ...]:
    """Every point that has a place on the outline: the catalog's and the Jiaji levels the
    plan regions offer."""
    region_codes = [code for codes in catalog.regions.values() for code in codes]
    codes = [p.code for p in catalog.points] + region_codes
    return tuple(code for code in dict.fromkeys(codes) if (p := catalog.get(code)) and p.positions)


def outline_spots(
    catalog: Catalog, chosen: Collection[str], extra: Collection[str] = ()
) -> list[OutlineSpot]:
    """Both sides of paired points (the right mirrored), the midline ones once; chosen
    points (and any ``extra`` chosen codes, such as other Jiaji levels) highlighted."""
    spots: list[OutlineSpot] = []
    shown = outline_codes(catalog)
    for code in (*shown, *(c for c in extra if c not in shown)):
        point = catalog.get(code)
        if point is None:
            continue
        selected = point.code in chosen
        for view in point.positions:
            sides = (False, True) if point.bilateral else (False,)
            for right in sides:
                spot = point.position(view, right_side=right)
                if spot is not None:
                    spots.append(OutlineSpot(point.code, view, spot[0], spot[1], selected))
    return spots
