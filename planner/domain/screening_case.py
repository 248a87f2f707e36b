"""Reading a screening case (the JSON of ``acuplanner screen``) into domain objects.

Strict on purpose: a misspelt field or an unknown code would otherwise be ignored and
the rules would stay silent, so every unknown name or wrong type is an error that names
the field and the offending value.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from enum import StrEnum
from typing import TypeVar

from planner.domain.catalog import Catalog, load_catalog, normalise_code
from planner.domain.errors import ValidationError
from planner.domain.safety import PatientFacts, PlannedTreatment
from planner.domain.vocab import Condition, ConsentScope, CuppingType, RedFlag, Technique

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
}
REQUIRED = ("age", "techniques")


def _show(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _fail(field: str, message: str) -> ValidationError:
    return ValidationError(field, f"field '{field}': {message}")


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


def _points(data: dict[str, object], catalog: Catalog) -> tuple[str, ...]:
    codes: list[str] = []
    for i, item in enumerate(_list(data, "points")):
        field = f"points[{i}]"
        if not isinstance(item, str):
            raise _fail(field, f"expected a point code, got {_show(item)}")
        code = normalise_code(item)
        if code is None or not catalog.is_known(code):
            raise _fail(field, f"unknown point code {_show(item)}")
        codes.append(code)
    return tuple(codes)


def _optional(data: dict[str, object], field: str, parse: Callable[[str, object], E]) -> E | None:
    value = data.get(field)
    return None if value is None else parse(field, value)


def parse_case(text: str, catalog: Catalog | None = None) -> tuple[PatientFacts, PlannedTreatment]:
    """Parse a case from JSON text; raises ValidationError naming the field at fault."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValidationError(
            "case", f"case: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    if not isinstance(data, dict):
        raise ValidationError("case", f"case: expected a JSON object, got {_show(data)}")
    for field in data:
        if field not in FIELDS:
            raise _fail(field, f"unknown field (allowed: {', '.join(sorted(FIELDS))})")
    for field in REQUIRED:
        if field not in data:
            raise _fail(field, "required")
    pregnant = data.get("pregnant", False)
    if not isinstance(pregnant, bool):
        raise _fail("pregnant", f"expected true or false, got {_show(pregnant)}")
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
    )
    plan = PlannedTreatment(
        techniques=_vocab(data, "techniques", Technique),
        points=_points(data, catalog or load_catalog()),
        cupping_type=_optional(data, "cupping_type", lambda f, v: _member(f, v, CuppingType)),
        consents=consents,
    )
    return patient, plan
