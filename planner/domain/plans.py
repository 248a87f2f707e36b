"""A treatment plan: techniques, points with sides, EA pairs, cupping, moxa, retention.

The same shapes describe what was actually given in a session (planner.domain.sessions).
:func:`validate_plan` returns the plan to store or names every field at fault, using
field names a form can point at: ``techniques``, ``points[2].side``,
``electro[0].point_b``, ``cupping.sites``, ``retention_minutes`` …

* Techniques: only those the patient consented to (reference §5: no consent is
  absolute, so this is a refusal, never an overridable finding).
* Points: known catalog codes (stored canonical, e.g. ``LV3`` as ``LR3``); a paired point
  takes left, right or bilateral, an unpaired (midline) point takes midline; needles are
  derived (bilateral = 2). Each point at most once, except Ashi (tender points), which
  may name the region it is placed in (``points[3].ashi_region``; the safety engine
  reads an Ashi without one as the most cautious region).
* Electroacupuncture (reference §3): pairs of two points of the plan, a frequency mode
  with its Hz as set ("2", "100", "2/100"), pulse width (ms), an intensity note and
  minutes. At a point needled on both sides a lead may name its side (``side_a``,
  ``side_b``: left or right; not named: the same side as the other lead), so one point's
  left and right needles can also be a pair.
* Cupping and moxibustion (reference §4): type, sites (point codes or named areas),
  minutes. Retention defaults to the catalog's 25 minutes (20–30 typical).

Safety review of a plan: planner.domain.courses_safety.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from planner.domain.catalog import ASHI, Catalog, load_catalog, normalise_code
from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.domain.plan_checks import HERTZ_LIMITS as HERTZ_LIMITS
from planner.domain.plan_checks import MAX_SITES as MAX_SITES
from planner.domain.plan_checks import check_hertz, check_lead_side, check_minutes, check_sites
from planner.domain.safety.treatment import AshiRegion
from planner.domain.techniques import (
    DEFAULT_RETENTION_MINUTES,
    NEEDLING,
    consent_needed,
    needles_for,
)
from planner.domain.validation import Problems, clean_text
from planner.domain.vocab import (
    ConsentScope,
    CuppingType,
    EAFrequencyMode,
    MoxaType,
    PointSide,
    Stimulation,
    Technique,
)

RETENTION_LIMITS = (1, 60)
EA_MINUTES_LIMITS = (1, 60)
CUPPING_MINUTES_LIMITS = (1, 30)
MOXA_MINUTES_LIMITS = (1, 60)
PULSE_WIDTH_LIMITS_MS = (0.01, 2.0)  # device-dependent [U]; record as set
MAX_POINTS = 60


@dataclass(frozen=True, slots=True)
class PointChoice:
    """A point in a plan or a session: its side, and optional depth and stimulation."""

    code: str
    side: PointSide
    depth: str = ""  # as the practitioner writes it: "1 cun", "15 mm", "muscle layer"
    stimulation: Stimulation | None = None
    de_qi_sought: bool = False
    ashi_region: AshiRegion | None = None  # Ashi only: where the tender point is

    @property
    def needles(self) -> int:
        return needles_for(self.side == PointSide.BILATERAL)


@dataclass(frozen=True, slots=True)
class ElectroPair:
    point_a: str
    point_b: str
    mode: EAFrequencyMode = EAFrequencyMode.DENSE_DISPERSE
    hertz: str = "2/100"
    pulse_width_ms: float | None = None
    intensity: str = ""
    minutes: int = 30
    # The side each lead clips to at a point needled on both sides (left or right);
    # None: the same side as the other lead.
    side_a: PointSide | None = None
    side_b: PointSide | None = None


@dataclass(frozen=True, slots=True)
class Cupping:
    type: CuppingType
    sites: tuple[str, ...]
    minutes: int


@dataclass(frozen=True, slots=True)
class Moxibustion:
    type: MoxaType
    sites: tuple[str, ...]
    minutes: int


@dataclass(frozen=True)
class Plan:
    """What a course plans to give at each session."""

    techniques: frozenset[Technique] = frozenset()
    points: tuple[PointChoice, ...] = ()
    electro: tuple[ElectroPair, ...] = ()
    cupping: Cupping | None = None
    moxibustion: Moxibustion | None = None
    retention_minutes: int = DEFAULT_RETENTION_MINUTES
    acupuncture_style: str = ""
    rationale: str = ""
    protocol: str = ""  # the protocol or template it started from

    @property
    def needles(self) -> int:
        return sum(point.needles for point in self.points)

    @property
    def point_codes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(point.code for point in self.points))


class PlanInvalid(PlannerError):
    """A plan as typed is not allowed; ``problems`` maps field names to messages."""

    def __init__(self, problems: Problems) -> None:
        super().__init__(next(iter(problems.by_field.values())))
        self.problems = problems.by_field


def side_for(code: str, side: PointSide | None, catalog: Catalog | None = None) -> PointSide:
    """The side to use for a point: midline for an unpaired point, else ``side`` or both."""
    point = (catalog or load_catalog()).get(code)
    if point is not None and not point.bilateral:
        return PointSide.MIDLINE
    return side if side not in (None, PointSide.MIDLINE) else PointSide.BILATERAL


def validate_plan(
    plan: Plan,
    consents: frozenset[ConsentScope] | None,
    catalog: Catalog | None = None,
    *,
    complete: bool = True,
) -> Plan:
    """The plan as it will be stored (codes canonical), or PlanInvalid naming each field.

    ``consents`` are the scopes the patient has consented to; None skips that check
    (used when a template is saved, which belongs to no patient). ``complete=False``
    (a session draft) checks each value but not that the parts fit together (a
    technique without its details, a pair whose point is not chosen yet).
    """
    catalog = catalog or load_catalog()
    problems = Problems()
    _check_techniques(problems, plan, consents, complete)
    points = _check_points(problems, plan, catalog, complete)
    electro = _check_electro(problems, plan, points, complete)
    check_minutes(
        problems,
        "retention_minutes",
        translate("plan_rules", "Retention"),
        plan.retention_minutes,
        RETENTION_LIMITS,
    )
    cupping = _check_cupping(problems, plan, catalog, complete)
    moxa = _check_moxa(problems, plan, catalog, complete)
    style = clean_text(
        problems,
        "acupuncture_style",
        translate("plan_rules", "Style"),
        plan.acupuncture_style,
        max_length=40,
    )
    rationale = clean_text(
        problems,
        "rationale",
        translate("plan_rules", "Rationale"),
        plan.rationale,
        max_length=4000,
        multiline=True,
    )
    protocol = clean_text(
        problems, "protocol", translate("plan_rules", "Protocol"), plan.protocol, max_length=80
    )
    if problems:
        raise PlanInvalid(problems)
    return replace(
        plan,
        points=points,
        electro=electro,
        cupping=cupping,
        moxibustion=moxa,
        acupuncture_style=style,
        rationale=rationale,
        protocol=protocol,
    )


def _check_techniques(
    problems: Problems, plan: Plan, consents: frozenset[ConsentScope] | None, complete: bool
) -> None:
    if not plan.techniques and complete:
        problems.add("techniques", translate("plan_rules", "Techniques: choose at least one."))
    if consents is None:
        return
    missing = sorted({consent_needed(t) for t in plan.techniques} - consents)
    if missing:
        names = ", ".join(scope.value.replace("_", " ") for scope in missing)
        problems.add(
            "techniques",
            translate(
                "plan_rules",
                "Techniques: the patient has not consented to {names}; record the "
                "consent in the intake first, or leave it out.",
            ).format(names=names),
        )


def _check_points(
    problems: Problems, plan: Plan, catalog: Catalog, complete: bool
) -> tuple[PointChoice, ...]:
    needling = bool(plan.techniques & NEEDLING)
    if len(plan.points) > MAX_POINTS:
        problems.add(
            "points",
            translate("plan_rules", "Points: at most {max_points}.").format(max_points=MAX_POINTS),
        )
    elif complete and needling and not plan.points:
        problems.add(
            "points", translate("plan_rules", "Points: needling needs at least one point.")
        )
    elif complete and plan.points and not needling:
        problems.add(
            "points",
            translate("plan_rules", "Points: choose a needling technique, or remove the points."),
        )
    seen: set[str] = set()
    cleaned: list[PointChoice] = []
    for index, choice in enumerate(plan.points):
        name = f"points[{index}]"
        point = catalog.get(choice.code)
        if point is None:
            problems.add(
                f"{name}.code",
                translate("plan_rules", "Point: {code!r} is not in the catalog.").format(
                    code=choice.code
                ),
            )
            continue
        canonical = point.code
        if canonical in seen and canonical != ASHI:
            problems.add(
                f"{name}.code",
                translate("plan_rules", "Point: {canonical} is already in the list.").format(
                    canonical=canonical
                ),
            )
        seen.add(canonical)
        if point.bilateral and choice.side == PointSide.MIDLINE:
            problems.add(
                f"{name}.side",
                translate("plan_rules", "{canonical}: a paired point; left, right or both.").format(
                    canonical=canonical
                ),
            )
        elif not point.bilateral and choice.side != PointSide.MIDLINE:
            problems.add(
                f"{name}.side",
                translate(
                    "plan_rules", "{canonical}: lies on the midline; side is midline."
                ).format(canonical=canonical),
            )
        if choice.ashi_region is not None and canonical != ASHI:
            problems.add(
                f"{name}.ashi_region",
                translate("plan_rules", "{canonical}: only an Ashi point takes a region.").format(
                    canonical=canonical
                ),
            )
        depth = clean_text(
            problems, f"{name}.depth", f"{canonical} depth", choice.depth, max_length=40
        )
        cleaned.append(replace(choice, code=canonical, depth=depth))
    return tuple(cleaned)


def _check_electro(
    problems: Problems, plan: Plan, points: tuple[PointChoice, ...], complete: bool
) -> tuple[ElectroPair, ...]:
    codes = {point.code for point in points}
    sides = {point.code: point.side for point in points}
    uses = Technique.ELECTROACUPUNCTURE in plan.techniques
    if complete and uses and not plan.electro:
        problems.add(
            "electro",
            translate("plan_rules", "Electroacupuncture: add at least one pair of points."),
        )
    if complete and plan.electro and not uses:
        problems.add(
            "electro",
            translate(
                "plan_rules", "Electroacupuncture: choose the technique, or remove the pairs."
            ),
        )
    cleaned: list[ElectroPair] = []
    for index, pair in enumerate(plan.electro):
        name = f"electro[{index}]"
        ends = []
        for end, side in (("point_a", pair.side_a), ("point_b", pair.side_b)):
            code = normalise_code(getattr(pair, end)) or getattr(pair, end)
            if complete and code not in codes:
                problems.add(
                    f"{name}.{end}",
                    translate(
                        "plan_rules", "Electroacupuncture: {code} is not in the plan."
                    ).format(code=code),
                )
            check_lead_side(problems, f"{name}.side_{end[-1]}", code, side, sides)
            ends.append(code)
        left_and_right = {pair.side_a, pair.side_b} == {PointSide.LEFT, PointSide.RIGHT}
        if ends[0] == ends[1] and not left_and_right:
            problems.add(
                f"{name}.point_b",
                translate(
                    "plan_rules",
                    "Electroacupuncture: a pair joins two different points, or one point's "
                    "left and right needles.",
                ),
            )
        check_hertz(problems, f"{name}.hertz", pair.hertz)
        width = pair.pulse_width_ms
        low, high = PULSE_WIDTH_LIMITS_MS
        if width is not None and not low <= width <= high:
            problems.add(
                f"{name}.pulse_width_ms",
                translate("plan_rules", "Pulse width: from {low} to {high} ms.").format(
                    low=low, high=high
                ),
            )
        intensity = clean_text(
            problems,
            f"{name}.intensity",
            translate("plan_rules", "Intensity"),
            pair.intensity,
            max_length=200,
        )
        check_minutes(
            problems,
            f"{name}.minutes",
            translate("plan_rules", "Electroacupuncture minutes"),
            pair.minutes,
            EA_MINUTES_LIMITS,
        )
        cleaned.append(replace(pair, point_a=ends[0], point_b=ends[1], intensity=intensity))
    return tuple(cleaned)


def _check_cupping(
    problems: Problems, plan: Plan, catalog: Catalog, complete: bool
) -> Cupping | None:
    uses = Technique.CUPPING in plan.techniques
    cupping = plan.cupping
    if cupping is None:
        if complete and uses:
            problems.add(
                "cupping",
                translate("plan_rules", "Cupping: choose the type, the sites and the minutes."),
            )
        return None
    if complete and not uses:
        problems.add(
            "cupping",
            translate(
                "plan_rules", "Cupping: choose the technique, or remove the cupping details."
            ),
        )
    sites = check_sites(
        problems, "cupping.sites", translate("plan_rules", "Cupping sites"), cupping.sites, catalog
    )
    check_minutes(
        problems,
        "cupping.minutes",
        translate("plan_rules", "Cupping"),
        cupping.minutes,
        CUPPING_MINUTES_LIMITS,
    )
    return replace(cupping, sites=sites)


def _check_moxa(
    problems: Problems, plan: Plan, catalog: Catalog, complete: bool
) -> Moxibustion | None:
    uses = Technique.MOXIBUSTION in plan.techniques
    moxa = plan.moxibustion
    if moxa is None:
        if complete and uses:
            problems.add(
                "moxibustion",
                translate("plan_rules", "Moxibustion: choose the type, the sites and the minutes."),
            )
        return None
    if complete and not uses:
        problems.add(
            "moxibustion",
            translate(
                "plan_rules", "Moxibustion: choose the technique, or remove the moxa details."
            ),
        )
    sites = check_sites(
        problems, "moxibustion.sites", translate("plan_rules", "Moxa sites"), moxa.sites, catalog
    )
    check_minutes(
        problems,
        "moxibustion.minutes",
        translate("plan_rules", "Moxibustion"),
        moxa.minutes,
        MOXA_MINUTES_LIMITS,
    )
    return replace(moxa, sites=sites)
