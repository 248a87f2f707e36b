"""Pregnancy rules (reference §2, WHO 1999 §2.1 as corrected)."""

from __future__ import annotations

from collections.abc import Iterator

from planner.domain.catalog import Catalog, PointRegion, PregnancyStatus
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.safety.base import Case, Finding, Rule, block, warn
from planner.domain.text import Phrase
from planner.domain.vocab import Technique

# Reference §2 (corrected 2026-12-07): WHO 1999 §2.1 contraindicates the lumbosacral
# region in the first trimester and avoids it after the third month, so the lumbosacral
# points are flagged at any gestation, and when the gestation is unknown.
# WHO 1999 §2.1 also avoids points that give a strong sensation after the third month
# (reference §2). The cautious reading starts at week 12; an unknown gestation counts as
# past it. Which points: those the texts needle with strong stimulation for back pain -
# GV26 (Deadman: very painful; used with strong stimulation for acute sprain) and
# EX-UE7 Yaotongxue (strong stimulation while the patient moves the back).
STRONG_SENSATION_FROM_WEEK = 12
_STRONG_SENSATION_POINTS = frozenset({"GV26", "EX-UE7"})
_LUMBOSACRAL_REGIONS = frozenset({PointRegion.LOWER_BACK, PointRegion.SACRAL_BUTTOCK})
# Cupping and moxa sites named in words (reference §2, §4: abdomen and lumbosacral area).
# A site that names neither a risky nor a clearly distant area is read as risky.
_RISKY_AREA_WORDS = (
    "abdom", "belly", "stomach", "navel", "umbil", "pelvi", "groin",
    "lumb", "sacr", "low back", "lower back", "loin", "waist", "kidney", "buttock",
    "glute", "hip", "coccy", "tailbone",
)  # fmt: skip
_DISTANT_AREA_WORDS = (
    "neck", "shoulder", "upper back", "thora", "scapul", "arm", "thigh", "calf",
    "leg", "knee", "hand", "foot", "feet",
)  # fmt: skip


# --- Pregnancy: reference §2 (WHO 1999; classical lists, cautious reading) ----------------


def _pregnancy(case: Case) -> Iterator[Finding]:
    if not case.patient.pregnant:
        return
    weeks = case.patient.gestation_weeks
    past_third_month = weeks is None or weeks >= STRONG_SENSATION_FROM_WEEK
    first_trimester = weeks is None or weeks < STRONG_SENSATION_FROM_WEEK
    for point in case.points:
        if point.pregnancy == PregnancyStatus.FORBIDDEN:
            # §2: classically forbidden (LI4, SP6, BL60, BL67, GB21, BL31-34); a "do not"
            # that needs a written reason to override.
            yield block(
                "pregnancy.forbidden_point",
                point.code,
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "safety", "{code} ({english}) is classically forbidden in pregnancy."
                    ),
                    code=point.code,
                    english=point.english,
                ),
                QT_TRANSLATE_NOOP(
                    "safety",
                    "Do not use this point in pregnancy; choose another point, or record the "
                    "reason for using it.",
                ),
            )
        elif point.pregnancy == PregnancyStatus.AFTER_FIRST_TRIMESTER and first_trimester:
            # §2, WHO 1999 §2.1: "contraindicated ... during the first trimester": a "do not"
            # while the gestation is under 12 weeks or not known (the cautious reading).
            yield block(
                "pregnancy.lumbosacral_point",
                point.code,
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "safety",
                        "{code} ({english}) lies in the lumbosacral area, which is "
                        "contraindicated in the first trimester of pregnancy (or when the week "
                        "is not known).",
                    ),
                    code=point.code,
                    english=point.english,
                ),
                QT_TRANSLATE_NOOP(
                    "safety",
                    "Do not use this point; prefer distal points (see the pregnancy-safe "
                    "protocol), or record the reason for using it.",
                ),
            )
        elif point.pregnancy == PregnancyStatus.AFTER_FIRST_TRIMESTER:
            # §2, WHO 1999 §2.1: after the third month the lumbosacral region is avoided.
            yield warn(
                "pregnancy.lumbosacral_point",
                point.code,
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "safety",
                        "{code} ({english}) lies in the lumbosacral area, which is avoided "
                        "throughout pregnancy.",
                    ),
                    code=point.code,
                    english=point.english,
                ),
                QT_TRANSLATE_NOOP(
                    "safety", "Prefer distal points (see the pregnancy-safe protocol)."
                ),
            )
        elif point.code in _STRONG_SENSATION_POINTS and past_third_month:
            yield warn(
                "pregnancy.strong_sensation_point",
                point.code,
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "safety",
                        "{code} ({english}) gives a strong sensation, which is avoided after the "
                        "third month of pregnancy.",
                    ),
                    code=point.code,
                    english=point.english,
                ),
                QT_TRANSLATE_NOOP(
                    "safety",
                    "Choose a gentler point, or needle it lightly without strong stimulation.",
                ),
            )
    for technique, what, what_lower, sites in (
        (
            Technique.MOXIBUSTION,
            QT_TRANSLATE_NOOP("safety", "Moxibustion"),
            QT_TRANSLATE_NOOP("safety", "moxibustion"),
            case.plan.moxa_sites,
        ),
        (
            Technique.CUPPING,
            QT_TRANSLATE_NOOP("safety", "Cupping"),
            QT_TRANSLATE_NOOP("safety", "cupping"),
            case.plan.cupping_sites,
        ),
    ):
        risky = _risky_sites(sites, case.catalog)
        if not case.uses(technique) or (sites and not risky):
            continue
        # §2, §3, §4: EA, moxa and cupping over the abdomen or lumbosacral area: a "do not".
        where = f" ({', '.join(risky)})" if risky else ""
        yield block(
            f"pregnancy.{technique.value}",
            technique.value,
            Phrase(
                QT_TRANSLATE_NOOP(
                    "safety",
                    "{what} over the abdomen or lower back{where} is not used in pregnancy.",
                ),
                what=Phrase(what),
                where=where,
            ),
            Phrase(
                QT_TRANSLATE_NOOP(
                    "safety",
                    "Do not use {what_lower} over the abdomen or lumbosacral area; move it "
                    "elsewhere, or record the reason.",
                ),
                what_lower=Phrase(what_lower),
            ),
        )


def _risky_sites(sites: tuple[str, ...], catalog: Catalog) -> tuple[str, ...]:
    """The sites that are, or may be, over the abdomen or lumbosacral area (§2, §4)."""
    return tuple(site for site in sites if _maybe_abdomen_or_lumbosacral(site, catalog))


def _maybe_abdomen_or_lumbosacral(site: str, catalog: Catalog) -> bool:
    point = catalog.get(site)
    if point is not None:  # an Ashi point may lie anywhere: the cautious reading
        return (
            point.code == "Ashi"
            or point.region in _LUMBOSACRAL_REGIONS
            or point.pregnancy == PregnancyStatus.AFTER_FIRST_TRIMESTER
        )
    text = site.casefold()
    if any(word in text for word in _RISKY_AREA_WORDS):
        return True
    return not any(word in text for word in _DISTANT_AREA_WORDS)


RULES: tuple[Rule, ...] = (_pregnancy,)
