"""Protocol templates that prefill a plan (resources/protocols.json)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from planner.domain.catalog import read_resource
from planner.domain.vocab import CuppingType, EAFrequencyMode, MoxaType, PointSide, Technique

AFFECTED_SIDE = "affected"


@dataclass(frozen=True, slots=True)
class ProtocolPoint:
    code: str
    side: PointSide | None  # None: the side of the patient's symptoms, chosen in the plan


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


def _protocol(item: dict[str, object]) -> Protocol:
    points = tuple(
        ProtocolPoint(str(code), None if side == AFFECTED_SIDE else PointSide(str(side)))
        for code, side in item["points"]  # type: ignore[attr-defined]
    )
    pairs = tuple((str(a), str(b)) for a, b in item.get("electro_pairs", []))  # type: ignore[attr-defined]
    return Protocol(
        id=str(item["id"]),
        name=str(item["name"]),
        techniques=tuple(Technique(str(t)) for t in item["techniques"]),  # type: ignore[attr-defined]
        points=points,
        rationale=str(item["rationale"]),
        source=str(item["source"]),
        electro_pairs=pairs,
        ea_mode=EAFrequencyMode(str(item["ea_mode"])) if "ea_mode" in item else None,
        cupping_type=CuppingType(str(item["cupping_type"])) if "cupping_type" in item else None,
        moxa_type=MoxaType(str(item["moxa_type"])) if "moxa_type" in item else None,
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
