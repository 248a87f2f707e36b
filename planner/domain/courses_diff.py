"""What changed between two treatments ("repeat last" and STRICTA 1c, variation).

:func:`treatment_changes` compares a previous treatment (the last session, or the plan)
with the current one and lists each difference: techniques, points (added, removed, a
changed side, an Ashi point's region, depth or stimulation), needle total, retention,
electroacupuncture pairs and settings (with the side each lead clips to, where named),
cupping and moxibustion. Each :class:`Difference` carries plain values and a short
sentence; an empty result means "same as last time".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from planner.domain.catalog import ASHI
from planner.domain.plans import Cupping, ElectroPair, Moxibustion, Plan, PointChoice
from planner.domain.safety.treatment import AshiRegion

ADDED, REMOVED, CHANGED = "added", "removed", "changed"


@dataclass(frozen=True, slots=True)
class Difference:
    field: str  # techniques, points, needles, retention_minutes, electro, cupping, moxibustion
    kind: str  # added, removed, changed
    subject: str  # a technique, a point code, a pair "BL23–BL25", or the field itself
    before: str = ""
    after: str = ""

    @property
    def text(self) -> str:
        if self.kind == ADDED:
            return f"{self.subject} added" + (f" ({self.after})" if self.after else "")
        if self.kind == REMOVED:
            return f"{self.subject} removed"
        return f"{self.subject}: {self.before} → {self.after}"


def session_changes(before: Plan, after: Plan) -> tuple[Difference, ...]:
    """What a session's treatment changes from ``before`` (the last signed session's
    treatment, or the plan): :func:`treatment_changes` without the plan's own texts (style,
    rationale, protocol), which a session does not carry."""
    return treatment_changes(_treatment_only(before), _treatment_only(after))


def _treatment_only(plan: Plan) -> Plan:
    return replace(plan, acupuncture_style="", rationale="", protocol="")


def treatment_changes(before: Plan, after: Plan) -> tuple[Difference, ...]:
    """Every difference from ``before`` to ``after``, in a stable order."""
    found: list[Difference] = []
    for technique in sorted(after.techniques - before.techniques):
        found.append(Difference("techniques", ADDED, technique.value))
    for technique in sorted(before.techniques - after.techniques):
        found.append(Difference("techniques", REMOVED, technique.value))
    found += _point_changes(before.points, after.points)
    if before.needles != after.needles:
        found.append(
            Difference("needles", CHANGED, "needles", str(before.needles), str(after.needles))
        )
    if before.retention_minutes != after.retention_minutes:
        found.append(
            Difference(
                "retention_minutes",
                CHANGED,
                "retention",
                f"{before.retention_minutes} min",
                f"{after.retention_minutes} min",
            )
        )
    found += _pair_changes(before.electro, after.electro)
    found += _adjunct_change("cupping", before.cupping, after.cupping)
    found += _adjunct_change("moxibustion", before.moxibustion, after.moxibustion)
    return tuple(found)


# Where an Ashi point lies, in the words the plan editor uses (AshiRegion).
ASHI_REGION_WORDS = {
    AshiRegion.THORAX: "upper back/thorax",
    AshiRegion.LUMBOSACRAL: "lumbosacral",
    AshiRegion.BUTTOCK: "buttock",
    AshiRegion.LIMB: "limb",
}
NO_REGION = "region not recorded"


def _describe_point(point: PointChoice) -> str:
    parts = [point.side.value]
    if point.code == ASHI:
        parts.append(
            ASHI_REGION_WORDS[point.ashi_region] if point.ashi_region is not None else NO_REGION
        )
    if point.depth:
        parts.append(point.depth)
    if point.stimulation is not None:
        parts.append(point.stimulation.value)
    if point.de_qi_sought:
        parts.append("de qi")
    return ", ".join(parts)


def _describe_points(points: list[PointChoice]) -> str:
    """One point's description, or for a repeated code (Ashi) each one, in a stable order."""
    return "; ".join(sorted(_describe_point(point) for point in points))


def _by_code(points: tuple[PointChoice, ...]) -> dict[str, list[PointChoice]]:
    grouped: dict[str, list[PointChoice]] = {}
    for point in points:
        grouped.setdefault(point.code, []).append(point)
    return grouped


def _point_changes(
    before: tuple[PointChoice, ...], after: tuple[PointChoice, ...]
) -> list[Difference]:
    """Points added, removed or changed (side, an Ashi point's region, depth, stimulation).
    A repeated code (Ashi) is compared as a whole: how many times it appears, and the
    description of each (so a changed region among several Ashi points is listed)."""
    found: list[Difference] = []
    old, new = _by_code(before), _by_code(after)
    for code, points in new.items():
        if code not in old:
            found.append(Difference("points", ADDED, code, after=_describe_points(points)))
            continue
        was, now = _describe_points(old[code]), _describe_points(points)
        if was != now:
            found.append(Difference("points", CHANGED, code, was, now))
    found += [Difference("points", REMOVED, code) for code in old if code not in new]
    # Repeated codes (Ashi): also say how many times each appears.
    for code in sorted(set(old) & set(new)):
        if len(old[code]) != len(new[code]):
            found.append(
                Difference(
                    "points", CHANGED, f"{code} count", str(len(old[code])), str(len(new[code]))
                )
            )
    return found


def _pair_name(pair: ElectroPair) -> str:
    return f"{pair.point_a}–{pair.point_b}"


def _pair_label(pair: ElectroPair) -> str:
    """The pair with its named lead sides: ``BL23 L–BL23 R``."""
    a = f"{pair.point_a} {pair.side_a.value}" if pair.side_a else pair.point_a
    b = f"{pair.point_b} {pair.side_b.value}" if pair.side_b else pair.point_b
    return f"{a}–{b}"


def _describe_pair(pair: ElectroPair) -> str:
    width = f", {pair.pulse_width_ms:g} ms" if pair.pulse_width_ms is not None else ""
    text = f"{pair.mode.value} {pair.hertz} Hz{width}, {pair.minutes} min"
    if pair.side_a or pair.side_b:  # not named: the same side as the other lead
        a = pair.side_a.value if pair.side_a else "same side"
        b = pair.side_b.value if pair.side_b else "same side"
        text += f", leads {a}–{b}"
    return text


def _pair_changes(
    before: tuple[ElectroPair, ...], after: tuple[ElectroPair, ...]
) -> list[Difference]:
    """Pairs are matched by their two points; when the same two points make more than one
    pair (left and right), by their points and lead sides."""
    found: list[Difference] = []
    names = Counter(_pair_name(p) for p in before) | Counter(_pair_name(p) for p in after)

    def key(pair: ElectroPair) -> str:
        return _pair_label(pair) if names[_pair_name(pair)] > 1 else _pair_name(pair)

    old = {key(p): p for p in before}
    new = {key(p): p for p in after}
    for name, pair in new.items():
        if name not in old:
            found.append(Difference("electro", ADDED, name, after=_describe_pair(pair)))
        elif old[name] != pair:
            found.append(
                Difference(
                    "electro", CHANGED, name, _describe_pair(old[name]), _describe_pair(pair)
                )
            )
    found += [Difference("electro", REMOVED, name) for name in old if name not in new]
    return found


def _describe_adjunct(item: Cupping | Moxibustion) -> str:
    return f"{item.type.value} at {', '.join(item.sites)}, {item.minutes} min"


def _adjunct_change(
    name: str, before: Cupping | Moxibustion | None, after: Cupping | Moxibustion | None
) -> list[Difference]:
    if before == after:
        return []
    if before is None:
        assert after is not None
        return [Difference(name, ADDED, name, after=_describe_adjunct(after))]
    if after is None:
        return [Difference(name, REMOVED, name)]
    return [Difference(name, CHANGED, name, _describe_adjunct(before), _describe_adjunct(after))]
