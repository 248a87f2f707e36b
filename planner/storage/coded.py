"""Enum columns: a column that holds one of a StrEnum's values says so in its type.

:func:`coded` gives the SQLAlchemy type for such a column: the value stored as text of a
fixed length (no native ENUM type on PostgreSQL, so adding a member needs no ALTER TYPE),
a CHECK constraint ``ck_<table>_<column>`` allowing the enum's values only (migration
0015 added them to existing databases), a value that is not a member refused before it
reaches the database, and enum members read back (a StrEnum equals its text).
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Enum


def _values(enum: type[StrEnum]) -> list[str]:
    return [member.value for member in enum]


def coded(enum: type[StrEnum], length: int, column: str) -> Enum:
    """The type of ``column`` holding ``enum``'s values in at most ``length`` characters;
    the naming convention turns ``column`` into the constraint's name ck_<table>_<column>."""
    return Enum(
        enum,
        native_enum=False,
        values_callable=_values,
        length=length,
        validate_strings=True,
        create_constraint=True,
        name=column,
    )
