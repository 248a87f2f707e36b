"""What the safety engine knows about the planned or given treatment."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from planner.domain.vocab import ConsentScope, CuppingType, PointSide, Technique


class AshiRegion(StrEnum):
    """Where an Ashi (tender) point is placed; it takes the cautions of that region
    (catalog Ashi entry: "takes the cautions of the area it is in")."""

    THORAX = "thorax"  # upper back and thorax: over the lung
    LUMBOSACRAL = "lumbosacral"  # lower back and sacrum
    BUTTOCK = "buttock"
    LIMB = "limb"


@dataclass(frozen=True, slots=True)
class Lead:
    """One end of an electroacupuncture pair: the needle's point, its side and, for an
    Ashi point, its region. ``side`` None: not known (read as either side)."""

    code: str  # canonical point code
    side: PointSide | None = None
    ashi_region: AshiRegion | None = None

    @property
    def label(self) -> str:
        where = f"@{self.ashi_region.value}" if self.ashi_region else ""
        side = f":{self.side.value}" if self.side else ""
        return f"{self.code}{where}{side}"


def same_side(a: Lead, b: Lead) -> tuple[Lead, Lead]:
    """A pair with each side not named set to the other lead's side (left when neither
    is named; left and right when both leads are at one point, its two needles)."""
    if a.side is None and b.side is None:
        other = PointSide.RIGHT if a.code == b.code else PointSide.LEFT
        return Lead(a.code, PointSide.LEFT, a.ashi_region), Lead(b.code, other, b.ashi_region)
    if a.side is None:
        return Lead(a.code, b.side, a.ashi_region), b
    if b.side is None:
        return a, Lead(b.code, a.side, b.ashi_region)
    return a, b


@dataclass(frozen=True)
class PlannedTreatment:
    techniques: frozenset[Technique]
    points: tuple[str, ...] = ()  # canonical point codes
    cupping_type: CuppingType | None = None
    # Scopes the patient has consented to; None when consent is checked elsewhere.
    consents: frozenset[ConsentScope] | None = None
    # Where cups and moxa go (point codes or named areas); empty when not known.
    cupping_sites: tuple[str, ...] = ()
    moxa_sites: tuple[str, ...] = ()
    # The depth typed for a point, by canonical code ("1 cun", "15 mm"); empty when none.
    depths: tuple[tuple[str, str], ...] = ()
    # The region of each Ashi point (None: not recorded, screened as the most cautious);
    # empty while "Ashi" is in points: one Ashi point without a region.
    ashi_regions: tuple[AshiRegion | None, ...] = ()
    # Electroacupuncture pairs: the two needles each lead clips to.
    ea_pairs: tuple[tuple[Lead, Lead], ...] = ()
