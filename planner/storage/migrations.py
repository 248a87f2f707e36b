"""Bringing a database to the current schema, safely, at every start.

* An empty database is created at head.
* A database at an older revision is backed up first (SQLite: the backup API into
  ``backups/`` beside the file) and then upgraded in one transaction, so a crash leaves
  either the intact old schema or the complete new one.
* A database at a revision this AcuPlanner does not know was written by a newer version
  and is refused untouched; a database with tables but no revision is not ours.
* On PostgreSQL an advisory lock makes workstations that start together take turns.

A database already at head (every start but the first after an upgrade) is recognised
without Alembic: the head is read from the revision files' ``revision`` and
``down_revision`` lines and compared with ``alembic_version``, so Alembic is imported
only when there is something to create, check or upgrade.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from planner.domain.errors import DatabaseTooNew, DatabaseUnavailable
from planner.domain.i18n import translate
from planner.storage.backup import backup_sqlite
from planner.storage.engine import sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

# Any constant works; it only has to be the same for every AcuPlanner workstation.
_PG_MIGRATION_LOCK = 0x4143_5550  # "ACUP"


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


@contextmanager
def _script_location() -> Iterator[Path]:
    with resources.as_file(resources.files("planner.migrations")) as path:
        yield Path(path)


def alembic_config(script_location: Path) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    with _script_location() as location:
        head = ScriptDirectory.from_config(alembic_config(location)).get_current_head()
    assert head is not None, "the migration history is empty"
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    with _script_location() as location:
        script = ScriptDirectory.from_config(alembic_config(location))
        return {rev.revision for rev in script.walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def inspect_schema(engine: Engine) -> str | None:
    """The database's revision; raises when it is newer than this program or not ours."""
    with engine.connect() as connection:
        revision = current_revision(connection)
        tables = set(inspect(connection).get_table_names())
    if revision is None and tables - {"alembic_version"}:
        raise DatabaseUnavailable(
            translate(
                "migrations",
                "This database is not an AcuPlanner database (it has tables but no "
                "AcuPlanner schema).",
            ),
            hint=translate(
                "migrations", "Point --database at an AcuPlanner database or at a new, empty one."
            ),
        )
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNew(
            translate(
                "migrations", "This database was written by a newer AcuPlanner (schema {revision})."
            ).format(revision=revision),
            hint=translate(
                "migrations", "Install the newer AcuPlanner on this computer; nothing was changed."
            ),
        )
    return revision


def upgrade_to_head(engine: Engine, backup_dir: Path | None = None) -> MigrationResult:
    """Apply pending migrations, backing the SQLite file up first when it has data."""
    quick = _head_from_files()
    if quick is not None and _stored_revision(engine) == quick:
        return MigrationResult(quick, quick, None)  # at head: Alembic is not even imported
    head = head_revision()
    before = inspect_schema(engine)
    if before == head:
        return MigrationResult(before, head, None)
    backup = None
    path = sqlite_path(engine.url)
    if before is not None and path is not None:
        target = backup_dir or path.parent / "backups"
        backup = backup_sqlite(path, target, label=f"pre-migration-{before}")
        log.info("backed up the database before migrating from %s", before)
    with _migration_connection(engine) as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK}
            )
        if current_revision(connection) != head:  # another workstation may have done it
            from alembic import command

            with _script_location() as location:
                config = alembic_config(location)
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
            if engine.dialect.name == "postgresql":
                # The groups' grants follow the schema of this version: a later migration
                # that adds a table or column gets its grants without having to ask.
                from planner.storage.pg_roles import apply_grants

                apply_grants(connection)
        if engine.dialect.name == "sqlite":
            _require_clean_foreign_keys(connection)
    log.info("database schema at %s (was %s)", head, before)
    return MigrationResult(before, head, backup)


_REVISION_LINE = re.compile(
    r"^(down_revision|revision)\b[^=\n]*=\s*(?:None|[\"']([^\"']+)[\"'])\s*$", re.MULTILINE
)


def _head_from_files() -> str | None:
    """The head revision read from the revision files' assignments, without Alembic;
    None when that is not clear-cut (Alembic then decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    with _script_location() as location:
        for path in (location / "versions").glob("*.py"):
            found = dict((m[0], m[1]) for m in _REVISION_LINE.findall(path.read_text("utf-8")))
            if "revision" not in found or "down_revision" not in found:
                continue  # __init__.py, or a file this reader does not follow
            revisions.add(found["revision"])
            if found["down_revision"]:
                parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 and parents <= revisions else None


def _stored_revision(engine: Engine) -> str | None:
    """The revision ``alembic_version`` holds (None: no table, or not exactly one row)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    return str(rows[0][0]) if len(rows) == 1 else None


@contextmanager
def _migration_connection(engine: Engine) -> Iterator[Connection]:
    """One connection and one transaction for the whole upgrade.

    SQLite table rebuilds (batch mode) must run with foreign keys off, and that pragma
    only takes effect outside a transaction, so it is set on the raw connection first
    and the foreign keys are checked before commit instead.
    """
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None  # a connection just checked out of the pool
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                yield connection
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys = ON")


def _require_clean_foreign_keys(connection: Connection) -> None:
    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise DatabaseUnavailable(
            translate(
                "migrations",
                "The upgrade would leave {problems} broken references; it was not applied.",
            ).format(problems=len(problems)),
            hint=translate(
                "migrations", "Restore the backup and report this to AcuPlanner support."
            ),
        )
