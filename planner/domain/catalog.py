"""The acupoint catalog shipped in ``planner.resources`` (resources/acupoints.json).

Point codes follow the WHO 2008 standard (reference §1): canonical upper case (``BL23``),
the older liver prefix ``LV`` is accepted for ``LR``, and ``Ashi`` names tender points.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

ASHI = "Ashi"
_CODE_SHAPE = re.compile(r"^(?P<prefix>[A-Z]+(?:-[A-Z]+)?)-?(?P<number>\d+)$")


@dataclass(frozen=True, slots=True)
class Acupoint:
    code: str
    pinyin: str
    characters: str
    english: str
    channel: str
    region: str
    bilateral: bool


@dataclass(frozen=True, slots=True)
class Catalog:
    points: tuple[Acupoint, ...]

    def get(self, code: str) -> Acupoint | None:
        canonical = normalise_code(code)
        return self._by_code().get(canonical) if canonical else None

    def codes(self) -> frozenset[str]:
        return frozenset(self._by_code())

    def _by_code(self) -> dict[str, Acupoint]:
        return _index(self)


@cache
def _index(catalog: Catalog) -> dict[str, Acupoint]:
    return {point.code: point for point in catalog.points}


def normalise_code(code: str) -> str | None:
    """Canonical form of a point code, or None when it is not shaped like one.

    ``bl 23``, ``Bl23`` and ``BL-23`` give ``BL23``; ``lv3`` gives ``LR3``; extra points
    keep their hyphen (``ex-b2`` gives ``EX-B2``); any case of ``ashi`` gives ``Ashi``.
    """
    text = code.strip().replace(" ", "").upper()
    if text == ASHI.upper():
        return ASHI
    match = _CODE_SHAPE.match(text)
    if match is None:
        return None
    prefix, number = match["prefix"], str(int(match["number"]))
    if prefix == "LV":
        prefix = "LR"
    if prefix.startswith("EX-"):
        return f"{prefix}{number}"
    return f"{prefix}{number}"


@cache
def load_catalog() -> Catalog:
    """The catalog shipped with the application (read once)."""
    text = resources.files("planner.resources").joinpath("acupoints.json").read_text("utf-8")
    raw = json.loads(text)
    points = tuple(
        Acupoint(
            code=item["code"],
            pinyin=item["pinyin"],
            characters=item["characters"],
            english=item["english"],
            channel=item["channel"],
            region=item["region"],
            bilateral=bool(item["bilateral"]),
        )
        for item in raw["points"]
    )
    return Catalog(points)
