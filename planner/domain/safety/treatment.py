"""What the safety engine knows about the planned or given treatment."""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.vocab import ConsentScope, CuppingType, Technique


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
