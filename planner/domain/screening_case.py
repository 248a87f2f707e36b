"""Reading a screening case (the JSON of ``acuplanner screen``) into domain objects.

Strict on purpose: a misspelt field or an unknown code would otherwise be ignored and
the rules would stay silent, so every unknown name or wrong type is an error that names
the field and the offending value. What the case holds is shown escaped (control, format
and bidirectional characters as ``\\uXXXX``, long values cut short), so a hostile case
cannot move the cursor, recolour or reorder the user's terminal; a case nested deeper than
:data:`MAX_DEPTH` is refused before it is parsed.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import replace
from enum import StrEnum
from typing import TypeVar

from planner.domain.catalog import ASHI, Catalog, load_catalog, normalise_code
from planner.domain.errors import ValidationError
from planner.domain.i18n import translate
from planner.domain.red_flags import Clearance
from planner.domain.safety import AshiRegion, Lead, PatientFacts, PlannedTreatment
from planner.domain.safety.treatment import same_side
from planner.domain.screening_text import MAX_DEPTH as MAX_DEPTH
from planner.domain.screening_text import depth_problem, fail, show
from planner.domain.screening_text import printable as printable
from planner.domain.vocab import (
    Condition,
    ConsentScope,
    CuppingType,
    PointSide,
    RedFlag,
    Technique,
)

E = TypeVar("E", bound=StrEnum)

FIELDS = {
    "age",
    "pregnant",
    "gestation_weeks",
    "conditions",
    "medications",
    "red_flags",
    "techniques",
    "cupping_type",
    "points",
    "consents",
    "cupping_sites",
    "moxa_sites",
    "ea_pairs",
    "depths",
    "red_flags_unanswered",
    "red_flag_clearances",
    "new_onset",
    "guardian_consent",
}
REQUIRED = ("age", "techniques")
MAX_DEPTH_TEXT = 40  # characters of a typed depth, as a plan takes it
_LEAD_SIDES = {":L": PointSide.LEFT, ":R": PointSide.RIGHT, ":M": PointSide.MIDLINE}
_CLEARANCE_TEXT = 200  # who cleared a red flag, and the note


def _int(data: dict[str, object], field: str, low: int, high: int) -> int | None:
    value = data.get(field)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise fail(
            field,
            translate("screening_case", "expected a whole number, got {value}").format(
                value=show(value)
            ),
        )
    if not low <= value <= high:
        raise fail(
            field,
            translate("screening_case", "{value} is outside {low}–{high}").format(
                value=value, low=low, high=high
            ),
        )
    return value


def _list(data: dict[str, object], field: str) -> list[object]:
    value = data.get(field, [])
    if not isinstance(value, list):
        raise fail(
            field,
            translate("screening_case", "expected a list, got {value}").format(value=show(value)),
        )
    return value


def _vocab(data: dict[str, object], field: str, kind: type[E]) -> frozenset[E]:
    return frozenset(
        _member(f"{field}[{i}]", item, kind) for i, item in enumerate(_list(data, field))
    )


def _member(field: str, value: object, kind: type[E]) -> E:
    allowed = ", ".join(member.value for member in kind)
    if not isinstance(value, str):
        raise fail(
            field,
            translate("screening_case", "expected a string, got {value}").format(value=show(value)),
        )
    try:
        return kind(value)
    except ValueError:
        raise fail(
            field,
            translate("screening_case", "unknown value {value} (allowed: {allowed})").format(
                value=show(value), allowed=allowed
            ),
        ) from None


def _strings(data: dict[str, object], field: str) -> tuple[str, ...]:
    items = _list(data, field)
    for i, item in enumerate(items):
        if not isinstance(item, str):
            raise fail(
                f"{field}[{i}]",
                translate("screening_case", "expected a string, got {value}").format(
                    value=show(item)
                ),
            )
    return tuple(str(item) for item in items)


def _point(field: str, item: object, catalog: Catalog) -> tuple[str, AshiRegion | None]:
    """A point as a case names it: a code, an Ashi point with its region
    (``Ashi@lumbosacral``) or without one (``Ashi``: the most cautious region)."""
    if not isinstance(item, str):
        raise fail(
            field,
            translate("screening_case", "expected a point code, got {value}").format(
                value=show(item)
            ),
        )
    text, at, where = item.partition("@")
    code = normalise_code(text.strip())
    if code is None or not catalog.is_known(code):
        raise fail(
            field,
            translate("screening_case", "unknown point code {value}").format(value=show(item)),
        )
    canonical = catalog[code].code
    if not at:
        return canonical, None
    if canonical != ASHI:
        raise fail(
            field,
            translate(
                "screening_case", "only an Ashi point takes a region (@...), got {value}"
            ).format(value=show(item)),
        )
    return canonical, _member(field, where.strip(), AshiRegion)


def _points(
    data: dict[str, object], catalog: Catalog
) -> tuple[tuple[str, ...], tuple[AshiRegion | None, ...]]:
    named = [_point(f"points[{i}]", item, catalog) for i, item in enumerate(_list(data, "points"))]
    regions = tuple(region for code, region in named if code == ASHI)
    return tuple(code for code, _ in named), regions


def _lead(field: str, item: object, case: PlannedTreatment, catalog: Catalog) -> Lead:
    """One end of a pair: ``BL23``, ``BL23:L``, ``Ashi@thorax:R``, ``EX-B2:L4:L``; an Ashi
    lead without a region takes the region of the case's Ashi points when they share one."""
    codes = case.points
    if not isinstance(item, str):
        raise fail(
            field,
            translate(
                "screening_case", "expected a point code with an optional :L or :R, got {value}"
            ).format(value=show(item)),
        )
    side = _LEAD_SIDES.get(item[-2:].upper())
    code, region = _point(field, item[:-2] if side else item, catalog)
    if code not in codes:
        raise fail(
            field, translate("screening_case", "{value} is not in points").format(value=show(item))
        )
    if not catalog[code].bilateral:
        if side not in (None, PointSide.MIDLINE):
            raise fail(
                field,
                translate(
                    "screening_case", "{code} lies on the midline; its lead takes no side"
                ).format(code=code),
            )
        side = PointSide.MIDLINE
    elif side == PointSide.MIDLINE:
        raise fail(
            field,
            translate("screening_case", "{code} is a paired point; its lead is :L or :R").format(
                code=code
            ),
        )
    placed = set(case.ashi_regions or (None,))
    if code == ASHI and region is None and len(placed) == 1:
        region = placed.pop()
    return Lead(code, side, region)


def _pairs(
    data: dict[str, object], case: PlannedTreatment, catalog: Catalog
) -> tuple[tuple[Lead, Lead], ...]:
    pairs = []
    for i, item in enumerate(_list(data, "ea_pairs")):
        field = f"ea_pairs[{i}]"
        if not isinstance(item, list) or len(item) != 2:
            raise fail(
                field,
                translate(
                    "screening_case",
                    'expected two point codes, e.g. ["BL23:L", "BL25:L"], got {value}',
                ).format(value=show(item)),
            )
        a, b = (_lead(f"{field}[{j}]", end, case, catalog) for j, end in enumerate(item))
        pair = same_side(a, b)
        if pair[0] == pair[1]:
            raise fail(field, translate("screening_case", "a pair joins two different needles"))
        pairs.append(pair)
    if pairs and Technique.ELECTROACUPUNCTURE.value not in _strings(data, "techniques"):
        raise fail(
            "ea_pairs", translate("screening_case", "electroacupuncture is not in techniques")
        )
    return tuple(pairs)


def _depths(
    data: dict[str, object], codes: tuple[str, ...], catalog: Catalog
) -> tuple[tuple[str, str], ...]:
    value = data.get("depths", {})
    if not isinstance(value, dict):
        raise fail(
            "depths",
            translate(
                "screening_case", 'expected an object, e.g. {{"BL23": "1.5 cun"}}, got {value}'
            ).format(value=show(value)),
        )
    depths = []
    for name, depth in value.items():
        field = f"depths.{name}"
        code, _ = _point(field, name, catalog)
        if code not in codes:
            raise fail(
                field,
                translate("screening_case", "{value} is not in points").format(value=show(name)),
            )
        if not isinstance(depth, str) or not depth.strip():
            raise fail(
                field,
                translate(
                    "screening_case", 'expected a depth as typed, e.g. "1 cun", got {value}'
                ).format(value=show(depth)),
            )
        if len(depth.strip()) > MAX_DEPTH_TEXT:
            raise fail(
                field,
                translate("screening_case", "at most {max_depth_text} characters").format(
                    max_depth_text=MAX_DEPTH_TEXT
                ),
            )
        depths.append((code, depth.strip()))
    return tuple(depths)


def _bool(data: dict[str, object], field: str) -> bool:
    value = data.get(field, False)
    if not isinstance(value, bool):
        raise fail(
            field,
            translate("screening_case", "expected true or false, got {value}").format(
                value=show(value)
            ),
        )
    return value


def _text(field: str, value: object, *, required: bool) -> str:
    if not isinstance(value, str) or (required and not value.strip()):
        raise fail(
            field,
            (
                translate("screening_case", "expected a non-empty string, got {value}")
                if required
                else translate("screening_case", "expected a string, got {value}")
            ).format(value=show(value)),
        )
    if len(value) > _CLEARANCE_TEXT:
        raise fail(
            field,
            translate("screening_case", "at most {max_length} characters").format(
                max_length=_CLEARANCE_TEXT
            ),
        )
    return value.strip()


def _clearances(data: dict[str, object]) -> tuple[tuple[RedFlag, Clearance], ...]:
    """``{"cancer_history": {"by": "Dr A. Jones, GP", "on": "2026-11-02", "note": "letter"}}``."""
    value = data.get("red_flag_clearances", {})
    if not isinstance(value, dict):
        raise fail(
            "red_flag_clearances",
            translate(
                "screening_case",
                'expected an object, e.g. {{"fever": {{"by": "Dr A", "on": '
                '"2026-11-02"}}}}, got {value}',
            ).format(value=show(value)),
        )
    cleared = []
    for name, item in value.items():
        field = f"red_flag_clearances.{name}"
        flag = _member(field, name, RedFlag)
        if not isinstance(item, dict):
            raise fail(
                field,
                translate(
                    "screening_case", 'expected an object with "by" and "on", got {value}'
                ).format(value=show(item)),
            )
        for key in item:
            if key not in ("by", "on", "note"):
                raise fail(
                    f"{field}.{key}",
                    translate("screening_case", "unknown field (allowed: by, note, on)"),
                )
        on = item.get("on")
        try:
            date = dt.date.fromisoformat(on) if isinstance(on, str) else None
        except ValueError:
            date = None
        if date is None:
            raise fail(
                f"{field}.on",
                translate("screening_case", "expected a date as YYYY-MM-DD, got {value}").format(
                    value=show(on)
                ),
            )
        by = _text(f"{field}.by", item.get("by"), required=True)
        note = _text(f"{field}.note", item.get("note", ""), required=False)
        cleared.append((flag, Clearance(by, date, note)))
    return tuple(sorted(cleared))


def _optional(data: dict[str, object], field: str, parse: Callable[[str, object], E]) -> E | None:
    value = data.get(field)
    return None if value is None else parse(field, value)


def parse_case(text: str, catalog: Catalog | None = None) -> tuple[PatientFacts, PlannedTreatment]:
    """Parse a case from JSON text; raises ValidationError naming the field at fault."""
    deep = depth_problem(text)
    if deep is not None:
        raise ValidationError("case", deep)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValidationError(
            "case",
            translate(
                "screening_case", "case: not valid JSON (line {lineno}, column {colno}: {msg})"
            ).format(lineno=error.lineno, colno=error.colno, msg=error.msg),
        ) from None
    except RecursionError:  # pragma: no cover - refused above; kept for safety
        raise ValidationError(
            "case", translate("screening_case", "case: nested too deeply to be a case")
        ) from None
    if not isinstance(data, dict):
        raise ValidationError(
            "case",
            translate("screening_case", "case: expected a JSON object, got {value}").format(
                value=show(data)
            ),
        )
    for field in data:
        if field not in FIELDS:
            raise fail(
                field,
                translate("screening_case", "unknown field (allowed: {join})").format(
                    join=", ".join(sorted(FIELDS))
                ),
            )
    for field in REQUIRED:
        if field not in data:
            raise fail(field, "required")
    pregnant = _bool(data, "pregnant")
    age = _int(data, "age", 0, 120)
    if age is None:
        raise fail("age", translate("screening_case", "expected a whole number, got null"))
    consents = _vocab(data, "consents", ConsentScope) if "consents" in data else None
    patient = PatientFacts(
        age=age,
        pregnant=pregnant,
        gestation_weeks=_int(data, "gestation_weeks", 0, 45),
        conditions=_vocab(data, "conditions", Condition),
        medications=_strings(data, "medications"),
        red_flags=_vocab(data, "red_flags", RedFlag),
        red_flags_unanswered=_vocab(data, "red_flags_unanswered", RedFlag),
        clearances=_clearances(data),
        new_onset=_bool(data, "new_onset"),
        guardian_consent=_bool(data, "guardian_consent"),
    )
    catalog = catalog or load_catalog()
    codes, regions = _points(data, catalog)
    plan = PlannedTreatment(
        techniques=_vocab(data, "techniques", Technique),
        points=codes,
        cupping_type=_optional(data, "cupping_type", lambda f, v: _member(f, v, CuppingType)),
        consents=consents,
        cupping_sites=_strings(data, "cupping_sites"),
        moxa_sites=_strings(data, "moxa_sites"),
        depths=_depths(data, codes, catalog),
        ashi_regions=regions,
    )
    return patient, replace(plan, ea_pairs=_pairs(data, plan, catalog))
