"""The check every public service method makes of its arguments before its body runs.

Services are called by widgets, presenters, the command line and tests, and a value can
arrive in the wrong shape: PySide6 hands enum members on through ``Signal(dict)`` as plain
strings, a spin box gives a float, a form leaves a field ``None``. Rather than a check in
each method, :class:`CheckedService` reads every public method's type hints once (when it
is first called) and converts or refuses each argument to match them:

* an enum member is kept; its value as a string is converted to the member; anything
  else is refused, naming the allowed values;
* ``int`` refuses ``bool`` and anything outside a 64-bit integer; parameters and fields
  what the database's integer columns hold (32 bits; ids 64 bits); parameters and fields
  named ``id``, ``*_id`` and ``expected_version`` must be positive;
* ``float`` takes an int, refuses NaN and infinities; ``str`` refuses NUL and unpaired
  surrogates (no database stores them); ``dt.date`` refuses a ``dt.datetime``;
* ``tuple``, ``frozenset``, ``list``, ``dict``, ``Optional``/unions and ``Literal`` are
  checked item by item, and frozen dataclasses field by field (a converted field makes a
  copy with :func:`dataclasses.replace`; the caller's object is never changed).

What is refused becomes a :class:`ValidationError` whose ``field`` is the parameter or the
dotted path into it (``plan.cupping.type``, ``plan.points[2].side``), and whose message
says what is allowed without repeating the value (it may be clinical text). Range checks
that belong to the domain (minutes, lengths, …) stay in the domain.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import math
import types
import typing
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence, Set
from pathlib import Path
from typing import Annotated, Any, ClassVar

from planner.domain.errors import ValidationError

Convert = Callable[[Any, str], Any]

INT_LIMIT = 2**31 - 1  # PostgreSQL's integer: counts, minutes, cents, versions, chart numbers
ID_LIMIT = 2**63 - 1  # record ids are bigint
_NONE = type(None)
_ALLOWED_SHOWN = 12  # an enum with more members is described by count, not listed


class Positive:
    """Marks an ``int`` that must be at least 1: ``Annotated[int, Positive()]``."""


PositiveInt = Annotated[int, Positive()]


def _refuse(path: str, allowed: str, value: object) -> ValidationError:
    given = "nothing" if value is None else f"a {type(value).__name__}"
    return ValidationError(path, f"{path}: must be {allowed} (got {given}).")


def _child(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


# --- leaf converters ---------------------------------------------------------------------


def _any(value: Any, path: str) -> Any:
    return value


def _none(value: Any, path: str) -> Any:
    if value is not None:
        raise _refuse(path, "empty", value)
    return None


def _whole(low: int, high: int) -> Convert:
    def convert(value: Any, path: str) -> Any:
        if type(value) is not int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise _refuse(path, "a whole number", value)
            value = int(value)  # an IntEnum or another int subclass
        if not low <= value <= high:
            raise ValidationError(path, f"{path}: must be a whole number from {low} to {high}.")
        return value

    return convert


_int = _whole(-INT_LIMIT - 1, INT_LIMIT)
_positive_int = _whole(1, INT_LIMIT)
_id = _whole(1, ID_LIMIT)


def _int_for(name: str) -> Convert:
    """Ids are positive bigints; an expected version is positive; other ints any int."""
    if name == "id" or name.endswith("_id"):
        return _id
    return _positive_int if name == "expected_version" else _int


def _float(value: Any, path: str) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _refuse(path, "a number", value)
    if isinstance(value, int):
        if abs(value) > ID_LIMIT:
            raise ValidationError(path, f"{path}: must be a number of at most 19 digits.")
        return float(value)
    if not math.isfinite(value):
        raise ValidationError(path, f"{path}: must be a finite number.")
    return value


def _str(value: Any, path: str) -> Any:
    if not isinstance(value, str):
        raise _refuse(path, "text", value)
    return value


def _text(value: Any, path: str) -> Any:
    """A string parameter: also without what no database stores. (Text inside a draft is
    cleaned by the domain, which names the form's field.)"""
    _str(value, path)
    if "\x00" in value:
        raise ValidationError(path, f"{path}: must not contain a NUL character.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            path, f"{path}: contains a character that cannot be stored (a lone surrogate)."
        ) from None
    return value


def _bool(value: Any, path: str) -> Any:
    if not isinstance(value, bool):
        raise _refuse(path, "yes or no (True or False)", value)
    return value


def _date(value: Any, path: str) -> Any:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise _refuse(path, "a date", value)
    return value


def _datetime(value: Any, path: str) -> Any:
    if not isinstance(value, dt.datetime):
        raise _refuse(path, "a date and time", value)
    return value


def _path(value: Any, path: str) -> Any:
    if isinstance(value, Path):
        text = str(value)
    elif isinstance(value, str) and value:
        text = value
    else:
        raise _refuse(path, "a file path", value)
    _text(text, path)  # no file system takes a NUL or a lone surrogate
    return Path(text)


def _enum(cls: type[enum.Enum]) -> Convert:
    by_value: dict[object, enum.Enum] = {member.value: member for member in cls}
    values = [str(member.value) for member in cls]
    if len(values) <= _ALLOWED_SHOWN:
        allowed = "one of " + ", ".join(values)
    else:
        allowed = f"one of the {len(values)} {cls.__name__} values"

    def convert(value: Any, path: str) -> Any:
        if isinstance(value, cls):
            return value
        if isinstance(value, str | int) and not isinstance(value, bool):
            try:
                return by_value[value]
            except KeyError:
                pass
        raise ValidationError(path, f"{path}: must be {allowed}.")

    return convert


def _instance(cls: type) -> Convert:
    def convert(value: Any, path: str) -> Any:
        if not isinstance(value, cls):
            raise _refuse(path, f"a {cls.__name__}", value)
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
            raise _refuse(path, "given", value)
        raise first

    return convert


def _literal(options: tuple[Any, ...]) -> Convert:
    allowed = "one of " + ", ".join(str(option) for option in options)

    def convert(value: Any, path: str) -> Any:
        for option in options:
            if value == option and type(value) is type(option):
                return option
        raise ValidationError(path, f"{path}: must be {allowed}.")

    return convert


def _items(
    item: Convert, make: Callable[[list[Any]], Any], kinds: tuple[type[Any], ...]
) -> Convert:
    def convert(value: Any, path: str) -> Any:
        if not isinstance(value, kinds) or isinstance(value, str | bytes):
            raise _refuse(path, "a list of items", value)
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
            raise _refuse(path, "a list of items", value)
        return tuple(item(each, f"{path}[{index}]") for index, each in enumerate(value))

    return convert


def _fixed_tuple(items: list[Convert]) -> Convert:
    def convert(value: Any, path: str) -> Any:
        if not isinstance(value, tuple | list) or len(value) != len(items):
            raise _refuse(path, f"a group of {len(items)} values", value)
        return tuple(
            each(v, f"{path}[{i}]") for i, (each, v) in enumerate(zip(items, value, strict=True))
        )

    return convert


def _mapping(key: Convert, item: Convert) -> Convert:
    def convert(value: Any, path: str) -> Any:
        if not isinstance(value, Mapping):
            raise _refuse(path, "a table of values", value)
        return {
            key(k, f"{path}[{k!s:.40}]"): item(v, f"{path}[{k!s:.40}]") for k, v in value.items()
        }

    return convert


def _field_plan(cls: type) -> tuple[tuple[str, Convert], ...]:
    hints = typing.get_type_hints(cls, include_extras=True)
    return tuple(
        (field.name, converter_for(hints[field.name], whole=_int_for(field.name)))
        for field in dataclasses.fields(cls)
        if field.init
    )


def _dataclass(cls: type[Any]) -> Convert:
    fields = _field_plan(cls)  # built now, so a hint that cannot be resolved shows at once

    def convert(value: Any, path: str) -> Any:
        if not isinstance(value, cls):
            raise _refuse(path, f"a {cls.__name__}", value)
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


# --- methods -----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class Signature:
    """A method's parameters (without ``self``) and the converter for each."""

    names: tuple[str, ...]
    by_name: Mapping[str, Convert]


def _parameter_hints(function: Callable[..., Any]) -> dict[str, Any]:
    annotations = {
        name: hint
        for name, hint in getattr(function, "__annotations__", {}).items()
        if name != "return"  # a return type may name what is imported only for checking
    }
    holder = types.SimpleNamespace(__annotations__=annotations)
    return typing.get_type_hints(holder, globalns=function.__globals__, include_extras=True)


def _optional_text(value: Any, path: str) -> Any:
    return None if value is None else _text(value, path)


def _parameter(hint: Any, name: str) -> Convert:
    if hint is str:
        return _text
    if hint == str | None:
        return _optional_text
    return converter_for(hint, whole=_int_for(name))


def signature_of(function: Callable[..., Any]) -> Signature:
    code = function.__code__
    count = code.co_argcount + code.co_kwonlyargcount
    names = code.co_varnames[1:count]  # without self
    hints = _parameter_hints(function)
    missing = [name for name in names if name not in hints]
    if missing:
        raise TypeError(f"{function.__qualname__}: parameters without a type hint: {missing}")
    by_name = {name: _parameter(hints[name], name) for name in names}
    return Signature(tuple(names), by_name)


def checked(function: Callable[..., Any]) -> Callable[..., Any]:
    """``function`` with its arguments checked and converted against its type hints."""
    cache: list[Signature] = []

    @functools.wraps(function)
    def wrapper(self: object, *args: Any, **kwargs: Any) -> Any:
        if not cache:
            cache.append(signature_of(function))
        sig = cache[0]
        if args:
            names = sig.names[: len(args)]
            fixed = (
                sig.by_name[name](value, name) for name, value in zip(names, args, strict=False)
            )
            args = (*fixed, *args[len(names) :])
        if kwargs:
            kwargs = {
                name: sig.by_name[name](value, name) if name in sig.by_name else value
                for name, value in kwargs.items()
            }
        return function(self, *args, **kwargs)

    wrapper.__boundary_checked__ = True  # type: ignore[attr-defined]
    return wrapper


def public_methods(cls: type) -> dict[str, Callable[..., Any]]:
    """The methods a class defines itself that callers use: not _private, not properties."""
    return {
        name: value
        for name, value in vars(cls).items()
        if not name.startswith("_") and isinstance(value, types.FunctionType)
    }


def is_checked(method: object) -> bool:
    return bool(getattr(method, "__boundary_checked__", False))


class CheckedService:
    """Base of every service: each public method a subclass defines is :func:`checked`."""

    unchecked: ClassVar[frozenset[str]] = frozenset()  # names with a reason to skip

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, method in public_methods(cls).items():
            if name not in cls.unchecked and not is_checked(method):
                setattr(cls, name, checked(method))
