"""The declarative base, column types and mixins every model shares."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, TypeAlias

from sqlalchemy import JSON, BigInteger, DateTime, ForeignKey, Integer, MetaData, String
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

from planner.clock import utc_now

if TYPE_CHECKING:
    from sqlalchemy import FromClause, Row, Select

    # A statement or row of any columns (SQLAlchemy 2.1 types them with a TypeVarTuple).
    AnySelect: TypeAlias = Select[*tuple[Any, ...]]
    AnyRow: TypeAlias = Row[*tuple[Any, ...]]

# Named constraints keep SQLite batch migrations and PostgreSQL in step.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored in UTC and always returned time-zone aware."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: AcuPlanner stores time-zone aware UTC timestamps")
        value = value.astimezone(dt.UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        stamp: dt.datetime = value
        if stamp.tzinfo is None:
            return stamp.replace(tzinfo=dt.UTC)
        return stamp.astimezone(dt.UTC)


# A 64-bit key on PostgreSQL that stays SQLite's rowid alias (which must be INTEGER).
BigIntPK = BigInteger().with_variant(Integer(), "sqlite")

intpk = Annotated[int, mapped_column(BigIntPK, primary_key=True)]
timestamp = Annotated[dt.datetime, mapped_column(UTCDateTime())]
code = Annotated[str, mapped_column(String(40))]
short_text = Annotated[str, mapped_column(String(200))]


# Clinical columns of tables the front desk also reads (schedule, fees, receipts): loaded
# only when used, so reception's queries never name them; on PostgreSQL reception's group
# may not read them (planner/storage/pg_roles.py CLINICAL_COLUMNS).
CLINICAL: dict[str, Any] = {"deferred": True, "deferred_group": "clinical"}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        dt.datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


class Timestamped:
    """Creation and last-change times in UTC."""

    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(
        UTCDateTime(), default=utc_now, onupdate=utc_now
    )


class Versioned(Timestamped):
    """A record two workstations may edit at once.

    ``version`` is SQLAlchemy's ``version_id_col``: an UPDATE whose row changed since it
    was read matches no row and raises ``StaleDataError`` instead of overwriting.
    ``updated_by`` names the user who saved the current version.
    """

    version: Mapped[int] = mapped_column(Integer, nullable=False)

    if TYPE_CHECKING:
        __table__: ClassVar[FromClause]  # set on each mapped subclass by the declarative base

    @declared_attr
    @classmethod
    def updated_by_id(cls) -> Mapped[int | None]:
        return mapped_column(
            BigInteger().with_variant(Integer(), "sqlite"), ForeignKey("app_user.id")
        )

    @declared_attr.directive
    @classmethod
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}


def fk(
    target: str, *, nullable: bool = False, index: bool = True, ondelete: str | None = None
) -> Any:
    """A 64-bit foreign key column to ``target`` (``"table.id"``)."""
    return mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"),
        ForeignKey(target, ondelete=ondelete),
        nullable=nullable,
        index=index,
    )
