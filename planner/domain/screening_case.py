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
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from enum import StrEnum
from typing import TypeVar

from planner.domain.catalog import ASHI, Catalog, load_catalog, normalise_code
from planner.domain.errors import ValidationError
from planner.domain.red_flags import Clearance
from planner.domain.safety import AshiRegion, Lead, PatientFacts, PlannedTreatment
from planner.domain.safety.treatment import same_side
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
MAX_DEPTH = 20  # a case is an object of lists of strings: 3 levels; 20 leaves room
MAX_DEPTH_TEXT = 40  # characters of a typed depth, as a plan takes it
_LEAD_SIDES = {":L": PointSide.LEFT, ":R": PointSide.RIGHT, ":M": PointSide.MIDLINE}
_SHOWN = 80  # characters of a value shown in a message
_CLEARANCE_TEXT = 200  # who cleared a red flag, and the note


def printable(text: str) -> str:
    """``text`` with every character a terminal could act on written as ``\\uXXXX``:
    control (C0, DEL, C1), format (bidirectional overrides, zero-width), line and paragraph
    separators, surrogates, private and unassigned code points. Valid in a JSON string."""
    return "".join(_escaped(ch) if _acts(ch) else ch for ch in text)


def _acts(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] == "C" or category in ("Zl", "Zp")


def _escaped(ch: str) -> str:
    code = ord(ch)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000  # a UTF-16 surrogate pair, as JSON writes it
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def _show(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)  # at most MAX_DEPTH deep: parse_case checked
    if len(text) > _SHOWN:
        text = text[: _SHOWN - 1] + "…"
    return printable(text)


def _fail(field: str, message: str) -> ValidationError:
    return ValidationError(field, f"field '{printable(field[:_SHOWN])}': {message}")


def _depth_problem(text: str) -> str | None:
    """Why ``text`` nests too deeply to be a case (None when it does not): counted on the
    text itself, without parsing, so a hostile case cannot exhaust the parser's stack."""
    depth = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return (
                    f"case: nested more than {MAX_DEPTH} levels deep (a case is an object of lists)"
                )
        elif ch in "]}":
            depth -= 1
    return None


def _int(data: dict[str, object], field: str, low: int, high: int) -> int | None:
    value = data.get(field)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(field, f"expected a whole number, got {_show(value)}")
    if not low <= value <= high:
        raise _fail(field, f"{value} is outside {low}–{high}")
    return value


def _list(data: dict[str, object], field: str) -> list[object]:
    value = data.get(field, [])
    if not isinstance(value, list):
        raise _fail(field, f"expected a list, got {_show(value)}")
    return value


def _vocab(data: dict[str, object], field: str, kind: type[E]) -> frozenset[E]:
    return frozenset(
        _member(f"{field}[{i}]", item, kind) for i, item in enumerate(_list(data, field))
    )


def _member(field: str, value: object, kind: type[E]) -> E:
    allowed = ", ".join(member.value for member in kind)
    if not isinstance(value, str):
        raise _fail(field, f"expected a string, got {_show(value)}")
    try:
        return kind(value)
    except ValueError:
        raise _fail(field, f"unknown value {_show(value)} (allowed: {allowed})") from None


def _strings(data: dict[str, object], field: str) -> tuple[str, ...]:
    items = _list(data, field)
    for i, item in enumerate(items):
        if not isinstance(item, str):
            raise _fail(f"{field}[{i}]", f"expected a string, got {_show(item)}")
    return tuple(str(item) for item in items)


def _point(field: str, item: object, catalog: Catalog) -> tuple[str, AshiRegion | None]:
    """A point as a case names it: a code, an Ashi point with its region
    (``Ashi@lumbosacral``) or without one (``Ashi``: the most cautious region)."""
    if not isinstance(item, str):
        raise _fail(field, f"expected a point code, got {_show(item)}")
    text, at, where = item.partition("@")
    code = normalise_code(text.strip())
    if code is None or not catalog.is_known(code):
        raise _fail(field, f"unknown point code {_show(item)}")
    canonical = catalog[code].code
    if not at:
        return canonical, None
    if canonical != ASHI:
        raise _fail(field, f"only an Ashi point takes a region (@...), got {_show(item)}")
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
        raise _fail(field, f"expected a point code with an optional :L or :R, got {_show(item)}")
    side = _LEAD_SIDES.get(item[-2:].upper())
    code, region = _point(field, item[:-2] if side else item, catalog)
    if code not in codes:
        raise _fail(field, f"{_show(item)} is not in points")
    if not catalog[code].bilateral:
        if side not in (None, PointSide.MIDLINE):
            raise _fail(field, f"{code} lies on the midline; its lead takes no side")
        side = PointSide.MIDLINE
    elif side == PointSide.MIDLINE:
        raise _fail(field, f"{code} is a paired point; its lead is :L or :R")
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
            raise _fail(
                field, f'expected two point codes, e.g. ["BL23:L", "BL25:L"], got {_show(item)}'
            )
        a, b = (_lead(f"{field}[{j}]", end, case, catalog) for j, end in enumerate(item))
        pair = same_side(a, b)
        if pair[0] == pair[1]:
            raise _fail(field, "a pair joins two different needles")
        pairs.append(pair)
    if pairs and Technique.ELECTROACUPUNCTURE.value not in _strings(data, "techniques"):
        raise _fail("ea_pairs", "electroacupuncture is not in techniques")
    return tuple(pairs)


def _depths(
    data: dict[str, object], codes: tuple[str, ...], catalog: Catalog
) -> tuple[tuple[str, str], ...]:
    value = data.get("depths", {})
    if not isinstance(value, dict):
        raise _fail("depths", f'expected an object, e.g. {{"BL23": "1.5 cun"}}, got {_show(value)}')
    depths = []
    for name, depth in value.items():
        field = f"depths.{name}"
        code, _ = _point(field, name, catalog)
        if code not in codes:
            raise _fail(field, f"{_show(name)} is not in points")
        if not isinstance(depth, str) or not depth.strip():
            raise _fail(field, f'expected a depth as typed, e.g. "1 cun", got {_show(depth)}')
        if len(depth.strip()) > MAX_DEPTH_TEXT:
            raise _fail(field, f"at most {MAX_DEPTH_TEXT} characters")
        depths.append((code, depth.strip()))
    return tuple(depths)


def _bool(data: dict[str, object], field: str) -> bool:
    value = data.get(field, False)
    if not isinstance(value, bool):
        raise _fail(field, f"expected true or false, got {_show(value)}")
    return value


def _text(field: str, value: object, *, required: bool) -> str:
    if not isinstance(value, str) or (required and not value.strip()):
        raise _fail(
            field, f"expected {'a non-empty ' if required else 'a '}string, got {_show(value)}"
        )
    if len(value) > _CLEARANCE_TEXT:
        raise _fail(field, f"at most {_CLEARANCE_TEXT} characters")
    return value.strip()


def _clearances(data: dict[str, object]) -> tuple[tuple[RedFlag, Clearance], ...]:
    """``{"cancer_history": {"by": "Dr A. Jones, GP", "on": "2026-11-02", "note": "letter"}}``."""
    value = data.get("red_flag_clearances", {})
    if not isinstance(value, dict):
        raise _fail(
            "red_flag_clearances",
            'expected an object, e.g. {"fever": {"by": "Dr A", "on": "2026-11-02"}}, '
            f"got {_show(value)}",
        )
    cleared = []
    for name, item in value.items():
        field = f"red_flag_clearances.{name}"
        flag = _member(field, name, RedFlag)
        if not isinstance(item, dict):
            raise _fail(field, f'expected an object with "by" and "on", got {_show(item)}')
        for key in item:
            if key not in ("by", "on", "note"):
                raise _fail(f"{field}.{key}", "unknown field (allowed: by, note, on)")
        on = item.get("on")
        try:
            date = dt.date.fromisoformat(on) if isinstance(on, str) else None
        except ValueError:
            date = None
        if date is None:
            raise _fail(f"{field}.on", f"expected a date as YYYY-MM-DD, got {_show(on)}")
        by = _text(f"{field}.by", item.get("by"), required=True)
        note = _text(f"{field}.note", item.get("note", ""), required=False)
        cleared.append((flag, Clearance(by, date, note)))
    return tuple(sorted(cleared))


def _optional(data: dict[str, object], field: str, parse: Callable[[str, object], E]) -> E | None:
    value = data.get(field)
    return None if value is None else parse(field, value)


def parse_case(text: str, catalog: Catalog | None = None) -> tuple[PatientFacts, PlannedTreatment]:
    """Parse a case from JSON text; raises ValidationError naming the field at fault."""
    deep = _depth_problem(text)
    if deep is not None:
        raise ValidationError("case", deep)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValidationError(
            "case", f"case: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    except RecursionError:  # pragma: no cover - refused above; kept for safety
        raise ValidationError("case", "case: nested too deeply to be a case") from None
    if not isinstance(data, dict):
        raise ValidationError("case", f"case: expected a JSON object, got {_show(data)}")
    for field in data:
        if field not in FIELDS:
            raise _fail(field, f"unknown field (allowed: {', '.join(sorted(FIELDS))})")
    for field in REQUIRED:
        if field not in data:
            raise _fail(field, "required")
    pregnant = _bool(data, "pregnant")
    age = _int(data, "age", 0, 120)
    if age is None:
        raise _fail("age", "expected a whole number, got null")
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
