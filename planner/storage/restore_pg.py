"""Restoring a ``pg_dump -Fc`` archive into PostgreSQL, all or nothing (for
:mod:`planner.storage.restore`, which reads what a backup holds and calls this).

:func:`replace_database` replays the archive into a scratch database to check it,
then dumps the current database, then replays the archive with ``psql
--single-transaction`` after dropping and re-creating the ``public`` schema, so the
restore is all or nothing and leaves no table from a later schema behind. The schema is
then brought to this version's and the groups' grants applied again (:func:`regrant`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from planner.clock import utc_now
from planner.domain.errors import EnvironmentProblem
from planner.domain.i18n import translate
from planner.storage import pg_roles, pg_tools
from planner.storage.backup import dump_postgresql
from planner.storage.backup_folder import backup_name
from planner.storage.engine import create_app_engine
from planner.storage.migrations import upgrade_to_head
from planner.storage.schema_check import (
    BackupSchemaMismatch,
    compare,
    foreign_key_failure,
    postgresql_reference,
    refuse_orphans,
    schema_items,
    scratch_database,
)

log = logging.getLogger(__name__)


def replace_database(
    archive: Path, url: URL, folder: Path, revision: str, pg_restore: Path, psql: Path
) -> Path:
    """Replace the database at ``url`` by the archive (of schema ``revision``), all or
    nothing, once it has been replayed into a scratch database and its schema checked
    there; the dump of the database as it was before."""
    dbname, env = pg_tools.connection_args(url)
    env["PGOPTIONS"] = "-c lock_timeout=30000"  # never wait forever on a busy workstation
    with _script_of(archive, pg_restore, env, folder) as script:
        _check_archive(archive, revision, url, script, psql)
        stem = url.database or "acuplanner"
        kept = dump_postgresql(url, folder / backup_name(stem, "pre-restore", utc_now(), ".dump"))
        try:
            _replay(psql, script, dbname, env, replace=True)
        except EnvironmentProblem as problem:
            hint = translate(
                "backup_restore",
                "A backup was kept first: {path}. Restore as the database's owner role "
                "(the one that runs migrate).",
            ).format(path=kept.path)
            raise EnvironmentProblem(problem.message, hint=hint) from None
    regrant(url)
    log.info("restored a PostgreSQL archive (schema %s)", revision)
    return kept.path


@contextmanager
def _script_of(
    archive: Path, pg_restore: Path, env: dict[str, str], folder: Path
) -> Iterator[Path]:
    """The archive as an SQL script, owner-only in ``folder``, removed afterwards."""
    script = folder / f".restore-{utc_now().strftime('%Y%m%dT%H%M%S%f')}.sql.partial"
    try:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            script.touch(mode=0o600)  # holds the clinic's data in clear while it exists
        except OSError as exc:
            raise EnvironmentProblem(
                translate(
                    "backup_restore", "Cannot write in {folder}: {exc}. Nothing was changed."
                ).format(folder=folder, exc=exc.strerror or exc)
            ) from None
        pg_tools.run_tool(
            [str(pg_restore), "--no-owner", "--no-acl", "-f", str(script), str(archive)],
            env,
            "pg_restore",
        )
        yield script
    finally:
        script.unlink(missing_ok=True)


def _replay(
    psql: Path, script: Path, dbname: list[str], env: dict[str, str], *, replace: bool
) -> None:
    """Run the script in one transaction (after emptying ``public`` when replacing)."""
    emptying = (
        ["-c", "DROP SCHEMA IF EXISTS public CASCADE", "-c", "CREATE SCHEMA public"]
        if replace
        else []
    )
    pg_tools.run_tool(
        [
            str(psql),
            "-X",
            "-q",
            "--single-transaction",
            "-v",
            "ON_ERROR_STOP=1",
            *emptying,
            "-f",
            str(script),
            *dbname,
        ],
        env,
        "The restore (rolled back; the database is unchanged)",
    )


def _check_archive(archive: Path, revision: str, url: URL, script: Path, psql: Path) -> None:
    """Replay the archive into a scratch database and compare its schema with a scratch
    database migrated to ``revision``; both are dropped afterwards."""
    expected = postgresql_reference(url, revision)
    with scratch_database(url) as scratch:
        dbname, env = pg_tools.connection_args(scratch)
        try:
            _replay(psql, script, dbname, env, replace=False)
        except EnvironmentProblem as problem:
            table = foreign_key_failure(problem.message)
            if table is not None:
                refuse_orphans(archive.name, [table], None)
            raise BackupSchemaMismatch(
                translate(
                    "backup_restore",
                    "The backup {name} cannot be replayed ({problem}). Nothing was changed.",
                ).format(
                    name=archive.name,
                    problem=problem.message.partition("failed: ")[2] or problem.message,
                ),
                hint=translate("backup_restore", "Choose another backup."),
            ) from None
        engine = create_app_engine(scratch, poolclass=NullPool)
        try:
            with engine.connect() as connection:
                found = schema_items(connection)
        finally:
            engine.dispose()
    compare(archive.name, revision, found, expected)


def regrant(url: URL) -> None:
    """PostgreSQL: the restored database brought to this version's schema, and the
    groups' grants applied again (the archive is replayed without its own grants,
    ``--no-acl``: they name the roles of when and where it was made)."""
    engine = create_app_engine(url, poolclass=NullPool)
    try:
        upgrade_to_head(engine)
        pg_roles.apply_grants(engine)
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise EnvironmentProblem(
            translate(
                "backup_restore",
                "The backup was restored, but its grants could not be applied ({reason}).",
            ).format(reason=reason),
            hint=translate("backup_restore", "Run 'acuplanner migrate' as clinic IT's owner role."),
        ) from None
    finally:
        engine.dispose()
