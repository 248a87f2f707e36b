"""How one value is checked and converted against a type hint (the service boundary's rules).

:func:`converter_for` turns a type hint into a function ``convert(value, path)`` that
returns the value in the hinted shape or raises :class:`ValidationError` naming ``path``:
the leaf converters (enums, bounded ``int``, ``float``, ``str``, dates, paths, instances)
and the containers built from them (unions, ``Literal``, tuples, sets, lists, mappings,
frozen dataclasses field by field). :mod:`planner.services.boundary` applies them to every
public service method's parameters; the rules themselves are listed there.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import math
import types
import typing
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence, Set
from pathlib import Path
from typing import Annotated, Any

from planner.domain.errors import ValidationError
from planner.domain.i18n import translate

Convert = Callable[[Any, str], Any]

INT_LIMIT = 2**31 - 1  # PostgreSQL's integer: counts, minutes, cents, versions, chart numbers
ID_LIMIT = 2**63 - 1  # record ids are bigint
_NONE = type(None)
_ALLOWED_SHOWN = 12  # an enum with more members is described by count, not listed


class Positive:
    """Marks an ``int`` that must be at least 1: ``Annotated[int, Positive()]``."""


PositiveInt = Annotated[int, Positive()]


def _refuse(path: str, allowed: str, value: object) -> ValidationError:
    given = (
        translate("service_values", "nothing")
        if value is None
        else translate("service_values", "a {kind}").format(kind=type(value).__name__)
    )
    return ValidationError(
        path,
        translate("service_values", "{path}: must be {allowed} (got {given}).").format(
            path=path, allowed=allowed, given=given
        ),
    )


def _child(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


# --- leaf converters ---------------------------------------------------------------------


def _any(value: Any, path: str) -> Any:
    return value


def _none(value: Any, path: str) -> Any:
    if value is not None:
        raise _refuse(path, translate("service_values", "empty"), value)
    return None


def _whole(low: int, high: int) -> Convert:
    def convert(value: Any, path: str) -> Any:
        if type(value) is not int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise _refuse(path, translate("service_values", "a whole number"), value)
            value = int(value)  # an IntEnum or another int subclass
        if not low <= value <= high:
            raise ValidationError(
                path,
                translate(
                    "service_values", "{path}: must be a whole number from {low} to {high}."
                ).format(path=path, low=low, high=high),
            )
        return value

    return convert


_int = _whole(-INT_LIMIT - 1, INT_LIMIT)
_positive_int = _whole(1, INT_LIMIT)
_id = _whole(1, ID_LIMIT)


def int_for(name: str) -> Convert:
    """Ids are positive bigints; an expected version is positive; other ints any int."""
    if name == "id" or name.endswith("_id"):
        return _id
    return _positive_int if name == "expected_version" else _int


def _float(value: Any, path: str) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _refuse(path, translate("service_values", "a number"), value)
    if isinstance(value, int):
        if abs(value) > ID_LIMIT:
            raise ValidationError(
                path,
                translate(
                    "service_values", "{path}: must be a number of at most 19 digits."
                ).format(path=path),
            )
        return float(value)
    if not math.isfinite(value):
        raise ValidationError(
            path, translate("service_values", "{path}: must be a finite number.").format(path=path)
        )
    return value


def _str(value: Any, path: str) -> Any:
    if not isinstance(value, str):
        raise _refuse(path, translate("service_values", "text"), value)
    return value


def checked_text(value: Any, path: str) -> Any:
    """A string parameter: also without what no database stores. (Text inside a draft is
    cleaned by the domain, which names the form's field.)"""
    _str(value, path)
    if "\x00" in value:
        raise ValidationError(
            path,
            translate("service_values", "{path}: must not contain a NUL character.").format(
                path=path
            ),
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            path,
            translate(
                "service_values",
                "{path}: contains a character that cannot be stored (a lone surrogate).",
            ).format(path=path),
        ) from None
    return value


def _bool(value: Any, path: str) -> Any:
    if not isinstance(value, bool):
        raise _refuse(path, translate("service_values", "yes or no (True or False)"), value)
    return value


def _date(value: Any, path: str) -> Any:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise _refuse(path, translate("service_values", "a date"), value)
    return value


def _datetime(value: Any, path: str) -> Any:
    if not isinstance(value, dt.datetime):
        raise _refuse(path, translate("service_values", "a date and time"), value)
    return value


def _path(value: Any, path: str) -> Any:
    if isinstance(value, Path):
        text = str(value)
    elif isinstance(value, str) and value:
        text = value
    else:
        raise _refuse(path, translate("service_values", "a file path"), value)
    checked_text(text, path)  # no file system takes a NUL or a lone surrogate
    return Path(text)


def _enum(cls: type[enum.Enum]) -> Convert:
    by_value: dict[object, enum.Enum] = {member.value: member for member in cls}
    values = [str(member.value) for member in cls]
    if len(values) <= _ALLOWED_SHOWN:
        allowed = translate("service_values", "one of {values}").format(values=", ".join(values))
    else:
        count = len(values)  # a plain name: lupdate drops a call whose count is an expression
        allowed = translate("service_values", "one of the %n {kind} value(s)", None, count).format(
            kind=cls.__name__
        )

    def convert(value: Any, path: str) -> Any:
        if isinstance(value, cls):
            return value
        if isinstance(value, str | int) and not isinstance(value, bool):
            try:
                return by_value[value]
            except KeyError:
                pass
        raise ValidationError(
            path,
            translate("service_values", "{path}: must be {allowed}.").format(
                path=path, allowed=allowed
            ),
        )

    return convert


def _instance(cls: type) -> Convert:
    def convert(value: Any, path: str) -> Any:
        if not isinstance(value, cls):
            raise _refuse(
                path, translate("service_values", "a {kind}").format(kind=cls.__name__), value
            )
        return value

    return convert


_LEAVES: dict[object, Convert] = {
    Any: _any,
    object: _any,
    _NONE: _none,
    None: _none,
    int: _int,
    float: _float,
    str: _str,
    bool: _bool,
    dt.date: _date,
    dt.datetime: _datetime,
    Path: _path,
}


# --- containers --------------------------------------------------------------------------


def _union(options: tuple[Any, ...], whole: Convert) -> Convert:
    nullable = _NONE in options
    rest = [option for option in options if option is not _NONE]
    converters = [converter_for(option, whole=whole) for option in rest]

    def convert(value: Any, path: str) -> Any:
        if value is None and nullable:
            return None
        first: ValidationError | None = None
        for each in converters:
            try:
                return each(value, path)
            except ValidationError as error:
                first = first or error
        if first is None or value is None:
            raise _refuse(path, translate("service_values", "given"), value)
        raise first

    return convert


def _literal(options: tuple[Any, ...]) -> Convert:
    allowed = translate("service_values", "one of {values}").format(
        values=", ".join(str(option) for option in options)
    )

    def convert(value: Any, path: str) -> Any:
        for option in options:
            if value == option and type(value) is type(option):
                return option
        raise ValidationError(
            path,
            translate("service_values", "{path}: must be {allowed}.").format(
                path=path, allowed=allowed
            ),
        )

    return convert


def _items(
    item: Convert, make: Callable[[list[Any]], Any], kinds: tuple[type[Any], ...]
) -> Convert:
    def convert(value: Any, path: str) -> Any:
        if not isinstance(value, kinds) or isinstance(value, str | bytes):
            raise _refuse(path, translate("service_values", "a list of items"), value)
        changed = False
        out: list[Any] = []
        for index, each in enumerate(value):
            new = item(each, f"{path}[{index}]")
            changed = changed or new is not each
            out.append(new)
        if not changed and isinstance(value, kinds[0]):
            return value
        return make(out)

    return convert


def _iterable(item: Convert) -> Convert:
    """Any iterable but text or a mapping, kept as a tuple (an iterator is read once)."""

    def convert(value: Any, path: str) -> Any:
        if not isinstance(value, Iterable) or isinstance(value, str | bytes | Mapping):
            raise _refuse(path, translate("service_values", "a list of items"), value)
        return tuple(item(each, f"{path}[{index}]") for index, each in enumerate(value))

    return convert


def _fixed_tuple(items: list[Convert]) -> Convert:
    size = len(items)

    def convert(value: Any, path: str) -> Any:
        if not isinstance(value, tuple | list) or len(value) != size:
            raise _refuse(
                path,
                translate("service_values", "a group of %n value(s)", None, size),
                value,
            )
        return tuple(
            each(v, f"{path}[{i}]") for i, (each, v) in enumerate(zip(items, value, strict=True))
        )

    return convert


def _mapping(key: Convert, item: Convert) -> Convert:
    def convert(value: Any, path: str) -> Any:
        if not isinstance(value, Mapping):
            raise _refuse(path, translate("service_values", "a table of values"), value)
        return {
            key(k, f"{path}[{k!s:.40}]"): item(v, f"{path}[{k!s:.40}]") for k, v in value.items()
        }

    return convert


def _field_plan(cls: type) -> tuple[tuple[str, Convert], ...]:
    hints = typing.get_type_hints(cls, include_extras=True)
    return tuple(
        (field.name, converter_for(hints[field.name], whole=int_for(field.name)))
        for field in dataclasses.fields(cls)
        if field.init
    )


def _dataclass(cls: type[Any]) -> Convert:
    fields = _field_plan(cls)  # built now, so a hint that cannot be resolved shows at once

    def convert(value: Any, path: str) -> Any:
        if not isinstance(value, cls):
            raise _refuse(
                path, translate("service_values", "a {kind}").format(kind=cls.__name__), value
            )
        changes: dict[str, Any] = {}
        for name, each in fields:
            old = getattr(value, name)
            new = each(old, _child(path, name))
            if new is not old:
                changes[name] = new
        return dataclasses.replace(value, **changes) if changes else value

    return convert


def converter_for(hint: Any, *, whole: Convert = _int) -> Convert:
    """The function that checks and converts a value against a type hint."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Annotated:
        if any(isinstance(extra, Positive) for extra in hint.__metadata__):
            whole = _positive_int
        return converter_for(args[0], whole=whole)
    if hint is int:
        return whole
    if hint in _LEAVES:
        return _LEAVES[hint]
    if origin in (typing.Union, types.UnionType):
        return _union(args, whole)
    if origin is typing.Literal:
        return _literal(args)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return _items(converter_for(args[0], whole=whole), tuple, (tuple, list))
        return _fixed_tuple([converter_for(arg) for arg in args])
    if origin in (frozenset, set):
        kinds: tuple[type, ...] = (origin, frozenset, set, tuple, list)
        return _items(converter_for(args[0], whole=whole), origin, kinds)
    if origin in (list, Sequence):
        make = list if origin is list else tuple
        item = converter_for(args[0], whole=whole) if args else _any
        return _items(item, make, (list, tuple) if origin is list else (tuple, list))
    if origin in (Iterable, Collection, Set):
        return _iterable(converter_for(args[0], whole=whole) if args else _any)
    if origin in (dict, Mapping):
        key, item = (converter_for(args[0]), converter_for(args[1])) if args else (_any, _any)
        return _mapping(key, item)
    if origin is not None:  # Callable[...], type[...], other generics: the plain class
        return _instance(origin) if isinstance(origin, type) else _any
    if isinstance(hint, type):
        if issubclass(hint, enum.Enum):
            return _enum(hint)
        if dataclasses.is_dataclass(hint):
            return _dataclass(hint)
        if getattr(hint, "_is_protocol", False):
            return _any
        return _instance(hint)
    return _any  # a TypeVar, a NewType, a string left unresolved
