"""The acupoint catalog shipped in ``planner.resources`` (resources/acupoints.json).

Point codes follow WHO *Standard Acupuncture Point Locations* (2008) (reference §1):
canonical upper case (``BL23``), the older liver prefix ``LV`` is accepted for ``LR``,
``SJ``/``TW`` are accepted for ``TE``, and ``Ashi`` names tender points. Searchable by
code, pinyin (with or without tone marks), English name, Chinese characters and other
names (common names such as Huatuojiaji or Yaotongxue, traditional characters).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cache
from importlib import resources

from planner.domain.text import search_key

ASHI = "Ashi"
JIAJI = "EX-B2"
_CODE_SHAPE = re.compile(r"^(?P<prefix>[A-Z]+(?:-[A-Z]+)?)-?(?P<number>\d+)$")
# Jiaji may name its vertebral level: "EX-B2:L4", also typed "ex-b2 l4" or "EX-B2(T6)".
_JIAJI_LEVEL = re.compile(r"^EX-?B-?0*2[:(/-]?(?P<segment>[TL])0*(?P<level>\d{1,2})\)?$")
# Older channel prefixes: liver LV, triple energizer SJ (San Jiao) and TW (Triple Warmer).
_PREFIX_ALIASES = {"LV": "LR", "SJ": "TE", "TW": "TE"}
_JIAJI_LEVELS = {"T": range(1, 13), "L": range(1, 6)}
# Heights of the spinal levels on the back view (anchored on BL11, BL17, BL18, GV4, GV3).
_LEVEL_Y = {"T1": 0.185, "T7": 0.27, "T9": 0.295, "L2": 0.385, "L4": 0.42, "L5": 0.435}


class PointRegion(StrEnum):
    """Where a point lies on the body (reference §1, "Region")."""

    LOWER_BACK = "lower_back"
    UPPER_BACK_NECK = "upper_back_neck"
    SACRAL_BUTTOCK = "sacral_buttock"
    LEG = "leg"
    FOOT = "foot"
    HAND = "hand"
    EXTRA = "extra"


class PointRole(StrEnum):
    """How a point serves back pain: near the pain, far from it, or both."""

    LOCAL = "local"
    DISTAL = "distal"
    BOTH = "both"


class SafetyFlag(StrEnum):
    """Reference §1 flags."""

    THORAX = "T"  # pneumothorax risk: shallow or oblique only
    SPINAL = "S"  # over the spinal canal, cord or medulla: depth limit
    VESSEL = "V"  # major vessel
    NERVE = "N"  # major nerve: withdraw on an electric-shock sensation
    KIDNEY = "K"  # kidney deep: no deep perpendicular needling
    PREGNANCY = "P"  # pregnancy caution (reference §2)
    BLOODLETTING = "B"  # bloodletting site: check bleeding risk


class PregnancyStatus(StrEnum):
    """Reference §2. Lists vary between texts; AcuPlanner takes the cautious reading."""

    FORBIDDEN = "forbidden"  # classically forbidden throughout pregnancy
    AFTER_FIRST_TRIMESTER = "after_first_trimester"  # WHO 1999: avoid after the 3rd month
    NONE = "none"


class MoxaSuitability(StrEnum):
    """Whether moxibustion suits a point, whatever the patient (resources/acupoints.json)."""

    SUITABLE = "suitable"
    # Classically forbidden to moxibustion (Zhenjiu Dacheng, 1601) or over a large
    # superficial vessel: indirect moxibustion only, if at all.
    CAUTION = "caution"
    AVOID = "avoid"  # the face: a burn or scar would show


@dataclass(frozen=True, slots=True)
class NeedleDepth:
    """How deep a point is usually needled, at what angle, and the deepest safe insertion
    with the structure that lies beyond it (resources/acupoints.json, "depth")."""

    usual: str  # e.g. "0.5–1 cun"
    angle: str  # e.g. "perpendicular", "oblique toward the spine"
    max_cun: float  # deepest safe insertion, in cun
    risk: str  # what a deeper needle could reach, e.g. "the kidney"
    source: str  # where the depth comes from


class View(StrEnum):
    FRONT = "front"
    BACK = "back"


class PlanRegion(StrEnum):
    """Regions as a practitioner chooses points for a plan."""

    LOWER_BACK_LOCAL = "lower_back_local"
    UPPER_BACK_NECK_LOCAL = "upper_back_neck_local"
    SACRAL_BUTTOCK = "sacral_buttock"
    SCIATICA_DISTAL = "sciatica_distal"
    DISTAL_HAND = "distal_hand"
    EXTRA_POINTS = "extra_points"


@dataclass(frozen=True, slots=True)
class Acupoint:
    code: str
    pinyin: str
    characters: str
    english: str
    channel: str
    region: PointRegion
    role: PointRole
    location: str
    flags: frozenset[SafetyFlag]
    pregnancy: PregnancyStatus
    bilateral: bool
    # Normalised (x, y) on the body outline for the patient's left side (or the midline).
    positions: dict[View, tuple[float, float]] = field(default_factory=dict, hash=False)
    # Other names: common names (pinyin or characters) and traditional characters.
    aliases: tuple[str, ...] = ()
    moxibustion: MoxaSuitability = MoxaSuitability.SUITABLE
    moxibustion_note: str = ""  # why moxibustion needs care here, with its source
    depth: NeedleDepth | None = None
    # Jiaji: the depth at thoracic ("T") and lumbar ("L") levels; Ashi: by the region it
    # is placed in ("thorax", "lumbosacral", "buttock", "limb").
    depth_by_place: dict[str, NeedleDepth] = field(default_factory=dict, hash=False)

    @property
    def pinyin_plain(self) -> str:
        """Pinyin without tone marks: ``Shènshū`` gives ``Shenshu``."""
        return search_key(self.pinyin).replace(" ", "").capitalize()

    def has(self, flag: SafetyFlag) -> bool:
        return flag in self.flags

    def position(self, view: View, *, right_side: bool = False) -> tuple[float, float] | None:
        """Where to draw the point; the right side mirrors the left across the midline."""
        spot = self.positions.get(view)
        if spot is None or not right_side or not self.bilateral:
            return spot
        return (round(1.0 - spot[0], 4), spot[1])


@dataclass(frozen=True)
class Catalog:
    points: tuple[Acupoint, ...]
    regions: dict[PlanRegion, tuple[str, ...]] = field(hash=False)
    _by_code: dict[str, Acupoint] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_code", {p.code: p for p in self.points})

    def get(self, code: str) -> Acupoint | None:
        canonical = normalise_code(code)
        by_code = self._by_code
        if canonical is None:
            return None
        if canonical.startswith(f"{JIAJI}:") and JIAJI in by_code:
            return _jiaji_at(by_code[JIAJI], canonical.split(":", 1)[1])
        return by_code.get(canonical)

    def is_known(self, code: str) -> bool:
        """Whether a stored or typed code names a catalog point (levels included)."""
        return self.get(code) is not None

    def __getitem__(self, code: str) -> Acupoint:
        point = self.get(code)
        if point is None:
            raise KeyError(code)
        return point

    def codes(self) -> frozenset[str]:
        return frozenset(p.code for p in self.points)

    def in_region(self, region: PlanRegion) -> tuple[Acupoint, ...]:
        return tuple(self[code] for code in self.regions[region])

    def search(self, text: str) -> list[Acupoint]:
        """Points whose code, pinyin (tones optional), English name, characters or other
        names (common names, traditional characters) match.

        Exact code matches come first, then names that start with the text, then the rest.
        """
        query = text.strip()
        if not query:
            return list(self.points)
        key = search_key(query)
        compact = key.replace(" ", "").replace("-", "")
        exact = self.get(query)
        ranked: list[tuple[int, int, Acupoint]] = []
        for order, point in enumerate(self.points):
            rank = _match_rank(point, query, key, compact, exact)
            if rank is not None:
                ranked.append((rank, order, point))
        return [point for _, _, point in sorted(ranked, key=lambda item: item[:2])]


def _match_rank(
    point: Acupoint, query: str, key: str, compact: str, exact: Acupoint | None
) -> int | None:
    if point is exact:
        return 0
    code = point.code.replace("-", "").lower()
    pinyin = search_key(point.pinyin).replace(" ", "")
    english = search_key(point.english)
    if code.startswith(compact) or pinyin.startswith(compact) or english.startswith(key):
        return 1
    if compact in pinyin or key in english or query in point.characters:
        return 2
    if any(compact in search_key(alias).replace(" ", "") for alias in point.aliases):
        return 2
    return None


def normalise_code(code: str) -> str | None:
    """Canonical form of a point code, or None when it is not shaped like one.

    ``bl 23``, ``Bl23`` and ``BL-23`` give ``BL23``; ``lv3`` gives ``LR3``; extra points
    keep their hyphen (``ex-b2`` gives ``EX-B2``); any case of ``ashi`` gives ``Ashi``;
    Jiaji at a level gives ``EX-B2:L4`` (T1–T12, L1–L5).
    """
    text = code.strip().replace(" ", "").upper()
    if text == ASHI.upper():
        return ASHI
    level = _JIAJI_LEVEL.match(text)
    if level is not None:
        segment, number = level["segment"], int(level["level"])
        return f"{JIAJI}:{segment}{number}" if number in _JIAJI_LEVELS[segment] else None
    match = _CODE_SHAPE.match(text)
    if match is None:
        return None
    prefix, digits = match["prefix"], str(int(match["number"]))
    prefix = _PREFIX_ALIASES.get(prefix, prefix)
    return f"{prefix}{digits}"


def _jiaji_at(base: Acupoint, level: str) -> Acupoint:
    """Jiaji at one level: thoracic levels lie over the lung (T), lumbar ones are
    lumbosacral in pregnancy (P); an unspecified Jiaji keeps both flags (reference §1)."""
    thoracic = level.startswith("T")
    flags = {SafetyFlag.THORAX} if thoracic else {SafetyFlag.PREGNANCY}
    pregnancy = PregnancyStatus.NONE if thoracic else PregnancyStatus.AFTER_FIRST_TRIMESTER
    x = base.positions.get(View.BACK, (0.483, 0.0))[0]
    return replace(
        base,
        code=f"{JIAJI}:{level}",
        english=f"{base.english} at {level}",
        location=f"0.5 cun out from the lower edge of the {level} spine.",
        flags=frozenset(flags),
        pregnancy=pregnancy,
        positions={View.BACK: (x, _level_height(level))},
        depth=base.depth_by_place.get(level[0], base.depth),
        depth_by_place={},
    )


def _level_height(level: str) -> float:
    order = [f"T{n}" for n in range(1, 13)] + [f"L{n}" for n in range(1, 6)]
    anchors = sorted((order.index(name), y) for name, y in _LEVEL_Y.items())
    index = order.index(level)
    for (i0, y0), (i1, y1) in itertools.pairwise(anchors):
        if i0 <= index <= i1:
            return round(y0 + (y1 - y0) * (index - i0) / (i1 - i0), 4)
    return anchors[-1][1]  # pragma: no cover - every level lies between T1 and L5


def _point(item: dict[str, object]) -> Acupoint:
    positions = item.get("positions") or {}
    assert isinstance(positions, dict)
    return Acupoint(
        code=str(item["code"]),
        pinyin=str(item["pinyin"]),
        characters=str(item["characters"]),
        english=str(item["english"]),
        channel=str(item["channel"]),
        region=PointRegion(str(item["region"])),
        role=PointRole(str(item["role"])),
        location=str(item["location"]),
        flags=frozenset(SafetyFlag(str(f)) for f in _strings(item.get("flags", []))),
        pregnancy=PregnancyStatus(str(item["pregnancy"])),
        bilateral=bool(item["bilateral"]),
        positions={View(view): (float(xy[0]), float(xy[1])) for view, xy in positions.items()},
        aliases=tuple(_strings(item.get("aliases", []))),
        moxibustion=MoxaSuitability(str(item.get("moxibustion", MoxaSuitability.SUITABLE))),
        moxibustion_note=str(item.get("moxibustion_note", "")),
        depth=_depth(item.get("depth")),
        depth_by_place={
            str(place): _needle_depth(data)
            for place, data in _mapping(item.get("depth_by_place", {})).items()
        },
    )


def _depth(value: object) -> NeedleDepth | None:
    return None if value is None else _needle_depth(value)


def _needle_depth(value: object) -> NeedleDepth:
    data = _mapping(value)
    return NeedleDepth(
        usual=str(data["usual"]),
        angle=str(data["angle"]),
        max_cun=float(str(data["max_cun"])),
        risk=str(data["risk"]),
        source=str(data["source"]),
    )


def _mapping(value: object) -> dict[str, object]:
    assert isinstance(value, dict)
    return value


def _strings(value: object) -> Iterable[str]:
    assert isinstance(value, list)
    return (str(v) for v in value)


def read_resource(name: str) -> object:
    """Parse a JSON file shipped in ``planner.resources``."""
    return json.loads(resources.files("planner.resources").joinpath(name).read_text("utf-8"))


@cache
def load_catalog() -> Catalog:
    """The catalog shipped with the application (read once)."""
    raw = read_resource("acupoints.json")
    assert isinstance(raw, dict)
    points = tuple(_point(item) for item in raw["points"])
    regions = {
        PlanRegion(name): tuple(str(code) for code in codes)
        for name, codes in raw["plan_regions"].items()
    }
    return Catalog(points, regions)
