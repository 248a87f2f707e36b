"""Checks of a plan's parts (:mod:`planner.domain.plans`): a frequency in Hz, the side of an
electroacupuncture lead, minutes, the sites of cupping or moxa."""

from __future__ import annotations

import re

from planner.domain.catalog import Catalog
from planner.domain.i18n import translate
from planner.domain.validation import Problems, clean_text
from planner.domain.vocab import PointSide

HERTZ_LIMITS = (0.5, 200.0)
MAX_SITES = 20
_HERTZ = re.compile(r"^\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)?$")


def check_hertz(problems: Problems, name: str, hertz: str) -> None:
    text = hertz.strip()
    low, high = HERTZ_LIMITS
    if not _HERTZ.match(text) or not all(low <= float(v) <= high for v in text.split("/")):
        problems.add(
            name,
            translate(
                "plan_rules", "Frequency: Hz from {low:g} to {high:g}, e.g. 2, 100 or 2/100."
            ).format(low=low, high=high),
        )


def check_minutes(
    problems: Problems, name: str, label: str, value: int, limits: tuple[int, int]
) -> None:
    low, high = limits
    if not low <= value <= high:
        problems.add(
            name,
            translate("plan_rules", "{label}: from {low} to {high} minutes.").format(
                label=label, low=low, high=high
            ),
        )


def check_sites(
    problems: Problems, name: str, label: str, sites: tuple[str, ...], catalog: Catalog
) -> tuple[str, ...]:
    cleaned = tuple(
        text
        for text in (clean_text(problems, name, label, site, max_length=80) for site in sites)
        if text
    )
    if not cleaned and name not in problems.by_field:
        problems.add(
            name,
            translate("plan_rules", "{label}: name at least one site (a point or an area).").format(
                label=label
            ),
        )
    elif len(cleaned) > MAX_SITES:
        problems.add(
            name,
            translate("plan_rules", "{label}: at most {max_sites} sites.").format(
                label=label, max_sites=MAX_SITES
            ),
        )
    return tuple(catalog[site].code if catalog.is_known(site) else site for site in cleaned)


def check_lead_side(
    problems: Problems,
    name: str,
    code: str,
    side: PointSide | None,
    sides: dict[str, PointSide],
) -> None:
    if side is None:
        return
    chosen = sides.get(code)
    if side not in (PointSide.LEFT, PointSide.RIGHT):
        problems.add(
            name,
            translate(
                "plan_rules", "Electroacupuncture: the lead at {code} goes left or right."
            ).format(code=code),
        )
    elif chosen is not None and chosen not in (side, PointSide.BILATERAL):
        problems.add(
            name,
            translate(
                "plan_rules", "Electroacupuncture: {code} is not needled on that side."
            ).format(code=code),
        )
