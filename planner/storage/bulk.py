"""Bulk inserts of plain row dicts, as fast as the engine allows, and key sequences.

:class:`BulkWriter` writes lists of row dicts that share their keys: PostgreSQL gets
``COPY … FROM STDIN`` on the caller's connection and transaction, SQLite the compiled
INSERT through executemany. Rows carry their own integer keys, so after writing them
:func:`advance_sequences` moves PostgreSQL's serial sequences past those keys.

Bulk inserts bypass the ORM: no events, no ``version_id_col`` bookkeeping, no defaults
computed in Python unless Core adds them (then the writer falls back to Core). Callers
fill every column the ORM would (versions, timestamps, derived search columns).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Connection, Date, DateTime, Dialect, Table, text
from sqlalchemy.types import TypeDecorator

Row = dict[str, Any]

MEMO_LIMIT = 100_000


class BulkWriter:
    """Inserts lists of row dicts that share their keys, as fast as the engine allows.

    PostgreSQL gets ``COPY … FROM STDIN`` on the same connection and transaction (Core's
    executemany would make one round trip per row there); SQLite gets the compiled
    INSERT through executemany. Either way the values are converted by the bind
    processors of the column types, exactly as Core would, in one tight loop: Core's
    per-row bookkeeping would otherwise take a third of the run time. Date and time
    conversions are remembered for the whole run, as timestamps repeat. Plain Core
    executemany is used without ``lean``, and whenever Core would fill in a default.
    """

    def __init__(self, dialect: Dialect, *, lean: bool = True) -> None:
        self._dialect = dialect
        self._copy = lean and dialect.name == "postgresql"
        self._lean = lean and (self._copy or bool(dialect.positional))
        self._plans: dict[tuple[str, tuple[str, ...]], InsertPlan | None] = {}

    def insert(self, connection: Connection, table: Table, rows: list[Row]) -> None:
        key = (table.name, tuple(rows[0]))
        if key not in self._plans:
            self._plans[key] = self._plan(table, rows[0]) if self._lean else None
        plan = self._plans[key]
        if plan is None:
            connection.execute(table.insert(), rows)
        elif self._copy:
            _copy_rows(connection, plan, rows)
        else:
            connection.exec_driver_sql(plan.sql, plan.parameters(rows))

    def _plan(self, table: Table, first: Row) -> InsertPlan | None:
        if any(column.default is not None and column.key not in first for column in table.c):
            return None  # Core must add a default value: leave it to Core
        if self._copy:
            names = tuple(first)
            quote = self._dialect.identifier_preparer.quote
            columns = ", ".join(quote(name) for name in names)
            sql = f"COPY {quote(table.name)} ({columns}) FROM STDIN"
        else:
            compiled = table.insert().compile(dialect=self._dialect, column_keys=list(first))
            names = tuple(compiled.positiontup or ())
            sql = compiled.string
        converters: list[tuple[int, Callable[[Any], Any], bool]] = []
        for index, name in enumerate(names):
            type_ = table.c[name].type
            processor: Callable[[Any], Any] | None = type_.dialect_impl(
                self._dialect
            ).bind_processor(self._dialect)
            if processor is not None:
                base = type_.impl_instance if isinstance(type_, TypeDecorator) else type_
                if isinstance(base, Date | DateTime):
                    processor = _memoised(processor, by_identity=False)
                converters.append((index, processor, isinstance(base, JSON)))
        return InsertPlan(sql, names, tuple(converters))


def _copy_rows(connection: Connection, plan: InsertPlan, rows: list[Row]) -> None:
    """PostgreSQL's COPY through psycopg, inside the connection's transaction."""
    driver: Any = connection.connection.driver_connection
    with driver.cursor() as cursor, cursor.copy(plan.sql) as copy:
        for values in plan.parameters(rows):
            copy.write_row(values)


@dataclass(frozen=True, slots=True)
class InsertPlan:
    """A compiled INSERT and how to turn a row dict into its positional parameters."""

    sql: str
    names: tuple[str, ...]
    # (position, bind processor, memoise by identity for this insert only: JSON values)
    converters: tuple[tuple[int, Callable[[Any], Any], bool], ...]

    def parameters(self, rows: list[Row]) -> list[tuple[Any, ...]]:
        values = itemgetter(*self.names)
        if len(self.names) == 1:
            return [(values(row),) for row in rows]
        if not self.converters:
            return list(map(values, rows))
        # Rows share JSON values (lists) and keep them alive during the insert, so an
        # identity stands for one value here.
        steps = [
            (index, _memoised(fn, by_identity=True) if per_insert else fn)
            for index, fn, per_insert in self.converters
        ]
        parameters: list[tuple[Any, ...]] = []
        for row in rows:
            converted = list(values(row))
            for index, fn in steps:
                converted[index] = fn(converted[index])
            parameters.append(tuple(converted))
        return parameters


def _memoised(processor: Callable[[Any], Any], *, by_identity: bool) -> Callable[[Any], Any]:
    """``processor`` remembering its results (at most MEMO_LIMIT of them)."""
    memo: dict[Hashable, Any] = {}
    missing = object()

    def process(value: Any) -> Any:
        key = id(value) if by_identity else value
        result = memo.get(key, missing)
        if result is missing:
            if len(memo) >= MEMO_LIMIT:
                memo.clear()
            memo[key] = result = processor(value)
        return result

    return process


def advance_sequences(connection: Connection, last_ids: Mapping[str, int]) -> None:
    """Move PostgreSQL's key sequences past the keys given out by the caller.

    Rows inserted with explicit keys leave a serial column's sequence where it was, so
    the next record the application adds would collide. SQLite takes the next rowid
    from the table itself and needs nothing. ``last_ids`` maps table names to the
    highest key written.
    """
    if connection.dialect.name != "postgresql":
        return
    for name, last in last_ids.items():
        connection.execute(
            text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :last)"),
            {"table": name, "last": last},
        )
