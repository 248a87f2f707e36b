"""Rules about where a needle goes (reference §1 flags, §9), how deep it goes
(resources/acupoints.json "depth") and where moxa goes (its "moxibustion" field)."""

from __future__ import annotations

from collections.abc import Iterator

from planner.domain.catalog import ASHI, MoxaSuitability, NeedleDepth, SafetyFlag
from planner.domain.depth import beyond_safe, cun_text
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.safety.base import Case, Finding, Rule, warn
from planner.domain.text import Phrase
from planner.domain.vocab import Technique


def _thorax_points(case: Case) -> Iterator[Finding]:
    for point in case.points:  # §1 T flag, §9: pneumothorax the most reported serious event
        if point.has(SafetyFlag.THORAX):
            yield warn(
                "point.pneumothorax_risk",
                point.code,
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "safety", "{code} ({english}) lies over the lung (risk of pneumothorax)."
                    ),
                    code=point.code,
                    english=point.english,
                ),
                QT_TRANSLATE_NOOP(
                    "safety",
                    "Needle shallow or oblique only, never deep; warn the patient about "
                    "breathlessness or chest pain afterwards.",
                ),
            )


def _depth_beyond_safe(case: Case) -> Iterator[Finding]:
    # Each point's deepest safe insertion and the structure beyond it: Deadman and the
    # Chinese national textbook, the shallower where they differ (catalog "depth"). An
    # Ashi depth is checked against the most cautious region of the plan's Ashi points.
    # A depth that is not a number with a unit ("muscle layer") is not checked.
    ashi_places = [region.value if region else None for region in case.plan.ashi_regions]
    deepest: dict[str, tuple[float, str, NeedleDepth]] = {}
    for code, typed in case.plan.depths:
        point = case.catalog.get(code)
        places = ashi_places if point is not None and point.code == ASHI else []
        found = beyond_safe(point, typed, places) if point is not None else None
        if point is None or found is None:
            continue
        cun, depth = found
        if point.code not in deepest or cun > deepest[point.code][0]:
            deepest[point.code] = (cun, typed, depth)
    for code, (cun, typed, depth) in deepest.items():
        reading = (
            ""
            if cun_text(cun) in typed
            else Phrase(QT_TRANSLATE_NOOP("safety", " (about {cun})"), cun=cun_text(cun))
        )
        yield warn(
            "depth.beyond_safe",
            code,
            Phrase(
                QT_TRANSLATE_NOOP(
                    "safety",
                    "{code}: {typed}{reading} is deeper than the {cun} that is safe here; "
                    "deeper lies {risk}.",
                ),
                code=code,
                typed=typed.strip(),
                reading=reading,
                cun=cun_text(depth.max_cun),
                risk=depth.risk,
            ),
            Phrase(
                QT_TRANSLATE_NOOP(
                    "safety",
                    "Needle no deeper than {cun} ({usual} {angle}), less in a slim or small "
                    "patient.",
                ),
                cun=cun_text(depth.max_cun),
                usual=depth.usual,
                angle=depth.angle,
            ),
        )


def _moxa_unsuitable(case: Case) -> Iterator[Finding]:
    # Catalog "moxibustion": caution = classically forbidden to moxibustion (Zhenjiu
    # Dacheng, 1601) or over a large superficial vessel; avoid = on the face (Chinese
    # national textbook). Only sites the plan names: moxa without sites says nothing.
    if not case.uses(Technique.MOXIBUSTION):
        return
    for site in dict.fromkeys(case.plan.moxa_sites):
        point = case.catalog.get(site)
        if point is None or point.moxibustion == MoxaSuitability.SUITABLE:
            continue
        why = point.moxibustion_note or QT_TRANSLATE_NOOP("safety", "moxibustion needs care here")
        if point.moxibustion == MoxaSuitability.AVOID:
            action = QT_TRANSLATE_NOOP("safety", "Do not use moxa here; choose another site.")
        else:
            action = QT_TRANSLATE_NOOP(
                "safety",
                "Use indirect moxa only (stick held away or on a needle), never direct cones.",
            )
        yield warn(
            "moxibustion.unsuitable_point",
            point.code,
            Phrase(
                QT_TRANSLATE_NOOP("safety", "Moxa at {code} ({english}): {why}."),
                code=point.code,
                english=point.english,
                why=why,
            ),
            action,
        )


RULES: tuple[Rule, ...] = (_thorax_points, _depth_beyond_safe, _moxa_unsuitable)
