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
that belong to the domain (minutes, lengths, …) stay in the domain. The converters
themselves are :mod:`planner.services.conversions`; this module applies them to methods.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from planner.services.conversions import Convert, checked_text, converter_for, int_for


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
    return None if value is None else checked_text(value, path)


def _parameter(hint: Any, name: str) -> Convert:
    if hint is str:
        return checked_text
    if hint == str | None:
        return _optional_text
    return converter_for(hint, whole=int_for(name))


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
