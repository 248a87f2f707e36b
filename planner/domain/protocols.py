"""Protocol templates that prefill a plan (resources/protocols.json).

Some templates are by condition (acute strain, chronic pain, sciatica, ...), others by
TCM pattern of low back pain (cold-damp, qi and blood stasis, kidney yang or yin
deficiency, damp-heat: the patterns of the Chinese national textbook and of Maciocia's
*The Practice of Chinese Medicine*). A pattern template names its pattern and the words
that recognise it in the intake's free-text pattern field (:func:`protocol_for_pattern`).

A point marked optional is offered in the template's text but left out of the plan
draft: the practitioner adds it when it fits (GB21 in the neck template is forbidden in
pregnancy and lies over the lung apex). An Ashi point may name the region its tender
points lie in (``["Ashi", "B", "lumbosacral"]``): the plan draft carries it, so the safety
screen applies that region's cautions and not those of the most cautious region (an Ashi
without a region is screened as over the lung and the lumbosacral area).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from planner.domain.catalog import ASHI, read_resource
from planner.domain.safety.treatment import AshiRegion
from planner.domain.vocab import CuppingType, EAFrequencyMode, MoxaType, PointSide, Technique

AFFECTED_SIDE = "affected"
OPTIONAL = "optional"


@dataclass(frozen=True, slots=True)
class ProtocolPoint:
    code: str
    side: PointSide | None  # None: the side of the patient's symptoms, chosen in the plan
    optional: bool = False  # offered, not put in the plan draft
    ashi_region: AshiRegion | None = None  # Ashi only: where its tender points lie


@dataclass(frozen=True, slots=True)
class Protocol:
    id: str
    name: str
    techniques: tuple[Technique, ...]
    points: tuple[ProtocolPoint, ...]
    rationale: str
    source: str
    electro_pairs: tuple[tuple[str, str], ...] = ()
    ea_mode: EAFrequencyMode | None = None
    cupping_type: CuppingType | None = None
    moxa_type: MoxaType | None = None
    # Where moxa and cups go (point codes or named areas); empty: the plan's local points.
    moxa_sites: tuple[str, ...] = ()
    cupping_sites: tuple[str, ...] = ()
    pattern: str = ""  # the TCM pattern this template is for ("" for a condition template)
    # Each entry is a set of words that together name the pattern in free text.
    pattern_words: tuple[frozenset[str], ...] = ()

    @property
    def required_points(self) -> tuple[ProtocolPoint, ...]:
        return tuple(p for p in self.points if not p.optional)

    @property
    def optional_points(self) -> tuple[ProtocolPoint, ...]:
        return tuple(p for p in self.points if p.optional)


def _point(entry: list[str]) -> ProtocolPoint:
    code, side, *rest = entry
    regions = [AshiRegion(str(item)) for item in rest if item != OPTIONAL]
    assert len(regions) <= 1 and (not regions or code == ASHI), entry
    return ProtocolPoint(
        str(code),
        None if side == AFFECTED_SIDE else PointSide(str(side)),
        optional=OPTIONAL in rest,
        ashi_region=regions[0] if regions else None,
    )


def _strings(item: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(str(value) for value in item.get(key, []))


def _protocol(item: dict[str, Any]) -> Protocol:
    points = tuple(_point(entry) for entry in item["points"])
    pairs = tuple((str(a), str(b)) for a, b in item.get("electro_pairs", []))
    words = tuple(frozenset(str(word) for word in group) for group in item.get("pattern_words", []))
    return Protocol(
        id=str(item["id"]),
        name=str(item["name"]),
        techniques=tuple(Technique(str(t)) for t in item["techniques"]),
        points=points,
        rationale=str(item["rationale"]),
        source=str(item["source"]),
        electro_pairs=pairs,
        ea_mode=EAFrequencyMode(str(item["ea_mode"])) if "ea_mode" in item else None,
        cupping_type=CuppingType(str(item["cupping_type"])) if "cupping_type" in item else None,
        moxa_type=MoxaType(str(item["moxa_type"])) if "moxa_type" in item else None,
        moxa_sites=_strings(item, "moxa_sites"),
        cupping_sites=_strings(item, "cupping_sites"),
        pattern=str(item.get("pattern", "")),
        pattern_words=words,
    )


@cache
def load_protocols() -> tuple[Protocol, ...]:
    raw = read_resource("protocols.json")
    assert isinstance(raw, dict)
    return tuple(_protocol(item) for item in raw["protocols"])


def protocol(protocol_id: str) -> Protocol:
    for item in load_protocols():
        if item.id == protocol_id:
            return item
    raise KeyError(protocol_id)


def patterns() -> tuple[str, ...]:
    """The TCM patterns the templates are written for, in file order."""
    return tuple(p.pattern for p in load_protocols() if p.pattern)


# "Stagnation" and "stasis" name the same thing in English texts; "deficient" and
# "vacuity" are other translations of "deficiency" (xu).
_SAME_WORD = {
    "stagnation": "stasis",
    "stagnant": "stasis",
    "deficient": "deficiency",
    "vacuity": "deficiency",
    "dampness": "damp",
    "coldness": "cold",
}
_WORDS = re.compile(r"[^\W\d_]+")


def _words(text: str) -> frozenset[str]:
    return frozenset(_SAME_WORD.get(word, word) for word in _WORDS.findall(text.casefold()))


def protocol_for_pattern(text: str) -> Protocol | None:
    """The first pattern template whose words all occur in ``text`` (any case, in any
    order, "-" or spaces between), or None: "Cold-Damp obstruction" finds cold-damp,
    "blood stagnation" qi and blood stasis, "Liver Qi stagnation" nothing."""
    words = _words(text)
    for item in load_protocols():
        if any(group <= words for group in item.pattern_words):
            return item
    return None
