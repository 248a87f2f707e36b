"""Is a backup's schema exactly what its revision should be? Asked before a restore.

The reference is a database freshly migrated to the backup's revision on the same
engine: a temporary SQLite file, or on PostgreSQL a scratch database on the clinic's
server (created by the restoring role, which therefore needs CREATEDB, and dropped at
once). The backup and the reference are described the same way and must match item
for item:

* every table; every column with its type family (integer, text, number, date, time
  stamp, boolean, binary, JSON) and whether it may be empty;
* every index and unique constraint (name, columns, unique), primary and foreign key;
* every trigger and (PostgreSQL) every function, with a digest of its definition, so a
  trigger rewritten to let a change to the audit trail through is refused too.

Then no row may refer to a row that is not there: SQLite's ``foreign_key_check`` on the
backup; on PostgreSQL the archive is first replayed into a second scratch database,
where adding each foreign key checks every row. Nothing is left behind either way: the
temporary file and the scratch databases are removed whatever happens.
"""

from __future__ import annotations

import hashlib
import logging
import re
import secrets
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    DateTime,
    Engine,
    Float,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Time,
    create_engine,
    inspect,
    text,
)
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from planner.domain.errors import EnvironmentProblem
from planner.domain.i18n import translate
from planner.storage.engine import create_app_engine, describe, resolve_url
from planner.storage.integrity import open_read_only

log = logging.getLogger(__name__)

SHOWN = 6  # items named in a refusal; then "and N more"
_FAMILIES: tuple[tuple[type[Any], str], ...] = (
    (Boolean, "boolean"),
    (Integer, "integer"),
    (Numeric, "number"),
    (Float, "number"),
    (DateTime, "timestamp"),
    (Date, "date"),
    (Time, "time"),
    (JSON, "json"),
    (LargeBinary, "binary"),
    (String, "text"),
)
_reference_cache: dict[tuple[str, str], frozenset[str]] = {}


class BackupSchemaMismatch(EnvironmentProblem):
    """The backup does not hold the schema its revision should have, or holds orphans."""


# --- describing a schema -------------------------------------------------------------------


def schema_items(connection: Connection) -> frozenset[str]:
    """What the schema holds, one readable line per item (see the module's docstring)."""
    inspector = inspect(connection)
    items: set[str] = set()
    for table in inspector.get_table_names():
        if table.startswith("sqlite_"):
            continue
        items.add(f"table {table}")
        for column in inspector.get_columns(table):
            empty = "may be empty" if column["nullable"] else "not empty"
            items.add(f"column {table}.{column['name']} ({_family(column['type'])}, {empty})")
        primary = inspector.get_pk_constraint(table).get("constrained_columns") or []
        if primary:
            items.add(f"primary key of {table} ({', '.join(primary)})")
        for index in inspector.get_indexes(table):
            columns = ", ".join(str(c) for c in index["column_names"] if c is not None)
            unique = "unique " if index["unique"] else ""
            items.add(f"{unique}index {index['name']} on {table} ({columns})")
        for constraint in inspector.get_unique_constraints(table):
            columns = ", ".join(constraint["column_names"])
            items.add(f"unique constraint on {table} ({columns})")
        for key in inspector.get_foreign_keys(table):
            here = ", ".join(key["constrained_columns"])
            there = ", ".join(key["referred_columns"])
            items.add(f"foreign key {table} ({here}) -> {key['referred_table']} ({there})")
    items |= set(_routines(connection))
    return frozenset(items)


def _family(type_: Any) -> str:
    for generic, family in _FAMILIES:
        if isinstance(type_, generic):
            return family
    return str(type_).lower() or "untyped"  # FTS5 columns, tsvector …


def _routines(connection: Connection) -> Iterator[str]:
    if connection.dialect.name == "sqlite":
        rows = connection.exec_driver_sql(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"
        )
        for name, table, sql in rows:
            yield f"trigger {name} on {table} [{_digest(sql)}]"
        return
    triggers = connection.execute(
        text(
            "SELECT t.tgname, c.relname, pg_get_triggerdef(t.oid) FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND c.relnamespace = 'public'::regnamespace"
        )
    )
    for name, table, definition in triggers:
        yield f"trigger {name} on {table} [{_digest(definition)}]"
    functions = connection.execute(
        text(
            "SELECT p.proname, pg_get_function_identity_arguments(p.oid), "
            "pg_get_functiondef(p.oid) FROM pg_proc p "
            "WHERE p.pronamespace = 'public'::regnamespace AND p.prokind = 'f' "
            "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid "
            "AND d.deptype = 'e')"  # an extension's own functions (pg_trgm) are not ours
        )
    )
    for name, arguments, definition in functions:
        yield f"function {name}({arguments}) [{_digest(definition)}]"


def _digest(definition: str | None) -> str:
    plain = re.sub(r"\s+", " ", definition or "").strip()
    return hashlib.sha256(plain.encode("utf-8")).hexdigest()[:12]


def compare(name: str, revision: str, found: frozenset[str], expected: frozenset[str]) -> None:
    """Refuse the backup ``name`` when ``found`` is not exactly ``expected``."""
    missing, unexpected = _readable(expected - found), _readable(found - expected)
    if not missing and not unexpected:
        return
    log.warning(
        "backup schema differs from %s: %d missing, %d unexpected item(s)",
        revision,
        len(missing),
        len(unexpected),
    )
    changed = sorted(
        {item.partition(" [")[0] for item in missing if " [" in item}
        & {item.partition(" [")[0] for item in unexpected if " [" in item}
    )
    missing = [item for item in missing if item.partition(" [")[0] not in changed]
    unexpected = [item for item in unexpected if item.partition(" [")[0] not in changed]
    parts = []
    if changed:
        if len(changed) == 1:
            differ = translate("backup_restore", "its {items} differs")
        else:
            differ = translate("backup_restore", "its {items} differ")
        parts.append(differ.format(items=_some(changed)))
    if missing:
        parts.append(
            translate("backup_restore", "it lacks {missing}").format(missing=_some(missing))
        )
    if unexpected:
        parts.append(
            translate(
                "backup_restore", "it has what schema {revision} does not: {unexpected}"
            ).format(revision=revision, unexpected=_some(unexpected))
        )
    raise BackupSchemaMismatch(
        translate(
            "backup_restore",
            "The backup {name} does not hold AcuPlanner's schema {revision} "
            "({problems}). Nothing was changed.",
        ).format(name=name, revision=revision, problems="; ".join(parts)),
        hint=translate(
            "backup_restore",
            "Choose another backup; this one was damaged or altered after it was made.",
        ),
    )


_KINDS = ("table", "column", "primary", "foreign", "unique", "index", "trigger", "function")
_TABLE_OF = re.compile(
    r"^(?:column (\w+)\.|primary key of (\w+) |foreign key (\w+) |"
    r"unique constraint on (\w+) |(?:unique )?index \S+ on (\w+) |trigger \S+ on (\w+) )"
)


def _readable(items: frozenset[str]) -> list[str]:
    """Tables first, then columns … ; what belongs to a table listed is left out."""
    tables = {item.removeprefix("table ") for item in items if item.startswith("table ")}

    def belongs(item: str) -> bool:
        found = _TABLE_OF.match(item)
        return found is not None and next(g for g in found.groups() if g) in tables

    kept = [item for item in items if not belongs(item)]
    return sorted(kept, key=lambda item: (_KINDS.index(item.split()[0]), item))


def _some(items: list[str]) -> str:
    shown = ", ".join(items[:SHOWN])
    return shown + (f" and {len(items) - SHOWN} more" if len(items) > SHOWN else "")


# --- the reference ----------------------------------------------------------------------------


def migrate_to(engine: Engine, revision: str) -> None:
    """Bring the empty database behind ``engine`` to ``revision`` (not to head)."""
    from alembic import command

    from planner.storage.migrations import _migration_connection, _script_location, alembic_config

    with _migration_connection(engine) as connection, _script_location() as location:
        config = alembic_config(location)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def sqlite_reference(revision: str) -> frozenset[str]:
    """The items of an SQLite database freshly migrated to ``revision`` (cached)."""
    key = ("sqlite", revision)
    if key not in _reference_cache:
        with tempfile.TemporaryDirectory(prefix="acuplanner-reference-") as scratch:
            engine = create_app_engine(resolve_url(str(Path(scratch) / "reference.sqlite3")))
            try:
                migrate_to(engine, revision)
                with engine.connect() as connection:
                    _reference_cache[key] = schema_items(connection)
            finally:
                engine.dispose()
    return _reference_cache[key]


def postgresql_reference(url: URL, revision: str) -> frozenset[str]:
    """The items of a scratch database on ``url``'s server migrated to ``revision``."""
    key = ("postgresql", revision)
    if key not in _reference_cache:
        with scratch_database(url) as scratch:
            engine = create_app_engine(scratch, poolclass=NullPool)
            try:
                migrate_to(engine, revision)
                with engine.connect() as connection:
                    _reference_cache[key] = schema_items(connection)
            finally:
                engine.dispose()
    return _reference_cache[key]


@contextmanager
def scratch_database(url: URL) -> Iterator[URL]:
    """A new, empty database beside ``url``'s, dropped (with its connections) afterwards."""
    name = f"acuplanner_check_{secrets.token_hex(6)}"
    admin = create_engine(url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    try:
        try:
            with admin.connect() as connection:
                connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        except DBAPIError as exc:
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            raise EnvironmentProblem(
                translate(
                    "backup_restore",
                    "Cannot check the backup: the server refused a scratch database "
                    "({reason}). Nothing was changed.",
                ).format(reason=reason),
                hint=translate(
                    "backup_restore",
                    "Restore as a role that may create databases on {url} (clinic IT's, the "
                    "one that runs migrate).",
                ).format(url=describe(url)),
            ) from None
        try:
            yield url.set(database=name)
        finally:
            with suppress(DBAPIError), admin.connect() as connection:
                connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


# --- checking a backup ---------------------------------------------------------------------


def check_sqlite_backup(path: Path, revision: str) -> None:
    """Refuse an SQLite backup whose schema is not ``revision``'s or that holds orphans."""
    expected = sqlite_reference(revision)
    engine = create_engine("sqlite://", creator=lambda: open_read_only(path), poolclass=NullPool)
    try:
        with engine.connect() as connection:
            found = schema_items(connection)
    finally:
        engine.dispose()
    compare(path.name, revision, found, expected)
    with closing(open_read_only(path)) as connection:
        orphans = connection.execute("PRAGMA foreign_key_check").fetchall()
    refuse_orphans(path.name, (f"{row[0]} -> {row[2]}" for row in orphans), len(orphans))


def refuse_orphans(name: str, pairs: Iterable[str], count: int | None) -> None:
    """Refuse a backup with rows referring to missing rows (``count`` None: some)."""
    if count == 0:
        return
    kinds = sorted(set(pairs))
    log.warning("backup holds row(s) referring to missing rows (%s)", count or "some")
    if count is None:
        rows = translate("backup_restore", "rows")
    else:
        rows = translate("backup_restore", "%n row(s)", None, count)
    raise BackupSchemaMismatch(
        translate(
            "backup_restore",
            "The backup {name} holds {rows} that refer to rows it does not have "
            "({kinds}). Nothing was changed.",
        ).format(name=name, rows=rows, kinds=_some(kinds)),
        hint=translate(
            "backup_restore",
            "Choose another backup; this one was damaged or altered after it was made.",
        ),
    )


_FOREIGN_KEY_ERROR = re.compile(r'on table "([^"]+)" violates foreign key constraint')


def foreign_key_failure(message: str) -> str | None:
    """The table named by PostgreSQL's "violates foreign key constraint" error, if it is one."""
    found = _FOREIGN_KEY_ERROR.search(message)
    return found.group(1) if found else None
