"""A treatment being edited — a course's plan, or what a session gave — without a window.

:class:`TreatmentEditor` holds a :class:`~planner.domain.plans.Plan` and changes it one
step at a time as the practitioner clicks: techniques (only those the patient consented
to), points (by region, search, template or the body outline: all end in
:meth:`TreatmentEditor.add_point`), each point's side (an unpaired point is always on the
midline), depth and stimulation, electroacupuncture pairs, cupping, moxibustion and
retention. Values are checked when saved (:func:`~planner.domain.plans.validate_plan`),
not here, so nothing typed is refused on the way.

Choosing a point also ticks local or distal needling (by the point's role) when no
needling technique is chosen yet and the patient consented to needling.
"""

from __future__ import annotations

from dataclasses import replace

from planner.domain.catalog import ASHI, Catalog, PointRole, load_catalog
from planner.domain.plans import Cupping, ElectroPair, Moxibustion, Plan, PointChoice, side_for
from planner.domain.safety import AshiRegion
from planner.domain.techniques import (
    CUPPING_DEFAULT_MINUTES,
    EA_DEFAULT_MINUTES,
    EA_DEFAULT_MODE,
    EA_DEFAULT_PULSE_WIDTH_MS,
    EA_FREQUENCIES,
    MOXA_DEFAULT_MINUTES,
    NEEDLING,
)
from planner.domain.vocab import CuppingType, MoxaType, PointSide, Stimulation, Technique


class TreatmentEditor:
    def __init__(
        self,
        plan: Plan | None = None,
        allowed: frozenset[Technique] | None = None,
        catalog: Catalog | None = None,
    ) -> None:
        self.catalog = catalog or load_catalog()
        self.plan = plan or Plan()
        self.allowed = allowed if allowed is not None else frozenset(Technique)
        # Cupping or moxibustion as it was when its technique was unticked.
        self._set_aside: dict[Technique, Cupping | Moxibustion] = {}

    # --- techniques ---------------------------------------------------------------------------

    def set_technique(self, technique: Technique, on: bool) -> None:
        plan = self.plan
        techniques = plan.techniques | {technique} if on else plan.techniques - {technique}
        plan = replace(plan, techniques=frozenset(techniques))
        if technique == Technique.ELECTROACUPUNCTURE and not on:
            plan = replace(plan, electro=())
        elif technique == Technique.CUPPING:
            if not on and plan.cupping is not None:
                self._set_aside[technique] = plan.cupping
            plan = replace(plan, cupping=self._default_cupping() if on else None)
        elif technique == Technique.MOXIBUSTION:
            if not on and plan.moxibustion is not None:
                self._set_aside[technique] = plan.moxibustion
            plan = replace(plan, moxibustion=self._default_moxa() if on else None)
        self.plan = plan

    # Cupping and moxibustion start with no sites: where to apply them is the
    # practitioner's choice (typed, or clicked on the body outline). Filling them with the
    # plan's local points put cups over the lumbosacral area of a pregnant patient by
    # default (issue 15). Unticked and ticked again, they come back as they were.

    def _default_cupping(self) -> Cupping:
        kept = self._set_aside.get(Technique.CUPPING)
        if self.plan.cupping is not None:
            return self.plan.cupping
        if isinstance(kept, Cupping):
            return kept
        kind = CuppingType.DRY
        return Cupping(kind, (), CUPPING_DEFAULT_MINUTES[kind])

    def _default_moxa(self) -> Moxibustion:
        kept = self._set_aside.get(Technique.MOXIBUSTION)
        if self.plan.moxibustion is not None:
            return self.plan.moxibustion
        if isinstance(kept, Moxibustion):
            return kept
        kind = MoxaType.STICK
        return Moxibustion(kind, (), MOXA_DEFAULT_MINUTES[kind])

    # --- points -------------------------------------------------------------------------------

    def chosen(self, code: str) -> bool:
        point = self.catalog.get(code)
        return point is not None and point.code in {p.code for p in self.plan.points}

    def add_point(self, code: str, side: PointSide | None = None) -> bool:
        """Add a catalog point (Ashi may come more than once); False when unknown or there."""
        point = self.catalog.get(code)
        if point is None or (point.code != ASHI and self.chosen(point.code)):
            return False
        choice = PointChoice(point.code, side_for(point.code, side, self.catalog))
        self.plan = replace(self.plan, points=(*self.plan.points, choice))
        if not self.plan.techniques & NEEDLING:
            wanted = (
                Technique.DISTAL_NEEDLING
                if point.role == PointRole.DISTAL
                else Technique.LOCAL_NEEDLING
            )
            if wanted in self.allowed:
                self.plan = replace(self.plan, techniques=self.plan.techniques | {wanted})
        return True

    def remove_point(self, index: int) -> None:
        points = list(self.plan.points)
        if 0 <= index < len(points):
            gone = points.pop(index).code
            still = {p.code for p in points}
            electro = tuple(
                pair
                for pair in self.plan.electro
                if gone in still or gone not in (pair.point_a, pair.point_b)
            )
            self.plan = replace(self.plan, points=tuple(points), electro=electro)

    def remove_code(self, code: str) -> None:
        """Remove every choice of this point (the last Ashi only)."""
        point = self.catalog.get(code)
        if point is None:
            return
        indexes = [i for i, p in enumerate(self.plan.points) if p.code == point.code]
        for index in reversed(indexes[-1:] if point.code == ASHI else indexes):
            self.remove_point(index)

    def toggle_point(self, code: str) -> None:
        if self.chosen(code):
            self.remove_code(code)
        else:
            self.add_point(code)

    def sides_for(self, index: int) -> tuple[PointSide, ...]:
        point = self.catalog.get(self.plan.points[index].code)
        if point is not None and not point.bilateral:
            return (PointSide.MIDLINE,)
        return (PointSide.LEFT, PointSide.RIGHT, PointSide.BILATERAL)

    def _set(self, index: int, **changes: object) -> None:
        points = list(self.plan.points)
        if 0 <= index < len(points):
            points[index] = replace(points[index], **changes)  # type: ignore[arg-type]
            self.plan = replace(self.plan, points=tuple(points))

    def set_side(self, index: int, side: PointSide) -> None:
        if side in self.sides_for(index):
            self._set(index, side=side)

    def set_ashi_region(self, index: int, region: AshiRegion | None) -> None:
        """Where an Ashi point is (issue 17: its cautions follow the region)."""
        if 0 <= index < len(self.plan.points) and self.plan.points[index].code == ASHI:
            self._set(index, ashi_region=region)

    def set_depth(self, index: int, depth: str) -> None:
        self._set(index, depth=depth)

    def set_stimulation(self, index: int, stimulation: Stimulation | None) -> None:
        self._set(index, stimulation=stimulation)

    def set_de_qi(self, index: int, sought: bool) -> None:
        self._set(index, de_qi_sought=sought)

    # --- electroacupuncture, cupping, moxibustion, retention ----------------------------------

    def pair_candidates(self) -> tuple[str, ...]:
        """Points of the plan a pair can join (each code once)."""
        return self.plan.point_codes

    def add_pair(self, point_a: str = "", point_b: str = "") -> None:
        codes = self.pair_candidates()
        used = {c for pair in self.plan.electro for c in (pair.point_a, pair.point_b)}
        free = [c for c in codes if c not in used] or list(codes)
        point_a = point_a or (free[0] if free else "")
        point_b = point_b or next((c for c in free if c != point_a), point_a)
        mode = EA_DEFAULT_MODE
        pair = ElectroPair(
            point_a,
            point_b,
            mode,
            EA_FREQUENCIES[mode].hertz,
            EA_DEFAULT_PULSE_WIDTH_MS,
            "",
            EA_DEFAULT_MINUTES,
        )
        techniques = self.plan.techniques
        if Technique.ELECTROACUPUNCTURE in self.allowed:
            techniques = techniques | {Technique.ELECTROACUPUNCTURE}
        self.plan = replace(
            self.plan, electro=(*self.plan.electro, pair), techniques=frozenset(techniques)
        )

    def remove_pair(self, index: int) -> None:
        pairs = list(self.plan.electro)
        if 0 <= index < len(pairs):
            pairs.pop(index)
            self.plan = replace(self.plan, electro=tuple(pairs))

    def set_pair(self, index: int, **changes: object) -> None:
        pairs = list(self.plan.electro)
        if not 0 <= index < len(pairs):
            return
        pair = replace(pairs[index], **changes)  # type: ignore[arg-type]
        if "mode" in changes and "hertz" not in changes:
            pair = replace(pair, hertz=EA_FREQUENCIES[pair.mode].hertz)
        pairs[index] = pair
        self.plan = replace(self.plan, electro=tuple(pairs))

    def set_cupping(self, **changes: object) -> None:
        current = self.plan.cupping or self._default_cupping()
        cupping = replace(current, **changes)  # type: ignore[arg-type]
        if "type" in changes and "minutes" not in changes:
            cupping = replace(cupping, minutes=CUPPING_DEFAULT_MINUTES[cupping.type])
        self.plan = replace(self.plan, cupping=cupping)

    def set_moxa(self, **changes: object) -> None:
        current = self.plan.moxibustion or self._default_moxa()
        moxa = replace(current, **changes)  # type: ignore[arg-type]
        if "type" in changes and "minutes" not in changes:
            moxa = replace(moxa, minutes=MOXA_DEFAULT_MINUTES[moxa.type])
        self.plan = replace(self.plan, moxibustion=moxa)

    def sites(self, technique: Technique) -> tuple[str, ...]:
        """The cupping or moxibustion sites of the treatment (empty when not used)."""
        adjunct = self.plan.cupping if technique == Technique.CUPPING else self.plan.moxibustion
        return adjunct.sites if adjunct is not None else ()

    def toggle_site(self, technique: Technique, code: str) -> bool:
        """Add a point to the cupping or moxibustion sites, or take it off (as typed in
        any case); True when it is a site now."""
        sites = self.sites(technique)
        kept = tuple(site for site in sites if site.casefold() != code.casefold())
        added = len(kept) == len(sites)
        changed = (*kept, code) if added else kept
        if technique == Technique.CUPPING:
            self.set_cupping(sites=changed)
        else:
            self.set_moxa(sites=changed)
        return added

    def set_retention(self, minutes: int) -> None:
        self.plan = replace(self.plan, retention_minutes=minutes)

    def set_rationale(self, text: str) -> None:
        self.plan = replace(self.plan, rationale=text)


def sites_text(sites: tuple[str, ...]) -> str:
    return ", ".join(sites)


def parse_sites(text: str) -> tuple[str, ...]:
    """Sites typed as a comma-separated list (point codes or named areas)."""
    return tuple(part.strip() for part in text.split(",") if part.strip())
