"""``restore`` checks a backup's whole schema, and that no row refers to a missing row,
before it replaces anything: a backup missing a table, holding orphan rows or carrying
a rewritten trigger is refused on both engines, the live database is untouched and
nothing is left behind (no scratch database, no script, no pre-restore copy)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import psycopg
import pytest

from planner.storage.backup import back_up
from planner.storage.database import Database, open_database
from planner.storage.restore import restore
from planner.storage.schema_check import BackupSchemaMismatch
from tests.db_template import migrated_sqlite
from tests.helpers.factories import add_patient
from tests.reliability.helpers import fill_demo, logical_hash

pytestmark = pytest.mark.both_engines

Tamper = Callable[[Database], None]


@pytest.fixture
def target(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Database]:
    """The live database a restore would replace: at head, with one patient."""
    if backend == "sqlite":
        url = str(migrated_sqlite(tmp_path / "live.sqlite3"))
        name = ""
    else:
        server = request.getfixturevalue("pg_server")
        name = server.create_migrated_database()
        url = server.url(name)
    database, _ = open_database(url)
    add_patient(database)
    try:
        yield database
    finally:
        database.dispose()
        if name:
            request.getfixturevalue("pg_server").drop_database(name)


def _raw_sql(db: Database, *statements: str) -> None:
    """Run statements past the database's own guards (foreign keys off, triggers off)."""
    if db.backend == "sqlite":
        db.dispose()
        assert db.url.database
        with closing(sqlite3.connect(db.url.database)) as raw:
            raw.execute("PRAGMA foreign_keys = OFF")
            for statement in statements:
                raw.execute(statement)
            raw.commit()
        return
    with db.engine.begin() as connection:
        connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
        for statement in statements:
            connection.exec_driver_sql(statement)
    db.dispose()


def missing_table(db: Database) -> None:
    _raw_sql(db, "DROP TABLE take_home_advice")


def orphan_rows(db: Database) -> None:
    _raw_sql(
        db,
        "UPDATE session_point SET session_id = 999999 "
        "WHERE id IN (SELECT id FROM session_point ORDER BY id LIMIT 3)",
    )


def missing_column(db: Database) -> None:
    _raw_sql(db, "ALTER TABLE patient DROP COLUMN phone")


def rewritten_trigger(db: Database) -> None:
    if db.backend == "sqlite":
        _raw_sql(
            db,
            "DROP TRIGGER audit_event_no_delete",
            "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
            "WHEN 0 BEGIN SELECT 1; END",
        )
    else:
        _raw_sql(db, "DROP TRIGGER audit_event_extends_chain ON audit_event")


def _scratch_databases(request: pytest.FixtureRequest, backend: str) -> list[str]:
    if backend == "sqlite":
        return []
    server = request.getfixturevalue("pg_server")
    with psycopg.connect(server.admin_dsn(), autocommit=True) as connection:
        rows = connection.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE 'acuplanner_check_%'"
        ).fetchall()
    return [row[0] for row in rows]


@pytest.mark.parametrize(
    ("tamper", "words"),
    [
        (missing_table, "it lacks table take_home_advice"),
        (missing_column, "column patient.phone"),
        (orphan_rows, "refer to rows it does not have"),
        (rewritten_trigger, "trigger audit_event_"),
    ],
    ids=["missing-table", "missing-column", "orphans", "trigger"],
)
def test_a_tampered_backup_is_refused_and_nothing_is_left_behind(
    db: Database,
    target: Database,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    backend: str,
    tamper: Tamper,
    words: str,
) -> None:
    fill_demo(db, patients=3)
    tamper(db)
    suffix = ".sqlite3" if backend == "sqlite" else ".dump"
    made = back_up(db.url, tmp_path / f"tampered{suffix}")
    before = logical_hash(target.engine)
    folder = tmp_path / "kept"
    with pytest.raises(BackupSchemaMismatch) as refused:
        restore(made.path, target.url, folder)
    message = refused.value.user_text()
    assert words in message and "Nothing was changed." in message
    assert "\n" not in message
    target.dispose()
    assert logical_hash(target.engine) == before
    assert not list(folder.glob("*")) if folder.exists() else True
    assert _scratch_databases(request, backend) == []


def test_a_sqlite_backup_into_postgresql_is_checked_too(
    sqlite_db: Database, tmp_path: Path, request: pytest.FixtureRequest, backend: str
) -> None:
    if backend != "postgresql":
        pytest.skip("moving a clinic from SQLite to PostgreSQL")
    server = request.getfixturevalue("pg_server")
    name = server.create_database()
    request.addfinalizer(lambda: server.drop_database(name))
    fill_demo(sqlite_db, patients=2)
    missing_table(sqlite_db)
    made = back_up(sqlite_db.url, tmp_path / "tampered.sqlite3")
    empty, _ = open_database(server.url(name))
    empty.dispose()
    with pytest.raises(BackupSchemaMismatch, match="take_home_advice"):
        restore(made.path, empty.url, tmp_path / "kept")
    with psycopg.connect(server.admin_dsn(name), autocommit=True) as connection:
        assert connection.execute("SELECT count(*) FROM patient").fetchone() == (0,)


def test_a_sound_backup_restores(
    db: Database, target: Database, tmp_path: Path, backend: str
) -> None:
    fill_demo(db, patients=3)
    suffix = ".sqlite3" if backend == "sqlite" else ".dump"
    made = back_up(db.url, tmp_path / f"sound{suffix}")
    result = restore(made.path, target.url, tmp_path / "kept")
    assert result.summary.patients == 3
    target.dispose()
    assert logical_hash(target.engine) == logical_hash(db.engine)


def test_a_postgresql_restore_applies_the_grants_again(
    db: Database, target: Database, tmp_path: Path, backend: str
) -> None:
    if backend != "postgresql":
        pytest.skip("grants are PostgreSQL's")
    fill_demo(db, patients=2)
    with db.engine.begin() as connection:  # a backup made where reception could read intakes
        connection.exec_driver_sql("GRANT SELECT ON intake TO acuplanner_reception")
    made = back_up(db.url, tmp_path / "granted.dump")
    restore(made.path, target.url, tmp_path / "kept")
    target.dispose()
    with target.engine.connect() as connection:
        reception = connection.exec_driver_sql(
            "SELECT has_table_privilege('acuplanner_reception', 'intake', 'SELECT')"
        ).scalar()
        practitioner = connection.exec_driver_sql(
            "SELECT has_table_privilege('acuplanner_practitioner', 'intake', 'SELECT')"
        ).scalar()
    assert (reception, practitioner) == (False, True)


def test_a_backup_of_an_older_schema_is_checked_against_that_schema(
    db_url: str, target: Database, tmp_path: Path, backend: str
) -> None:
    from sqlalchemy.pool import NullPool

    from planner.storage.engine import create_app_engine, resolve_url
    from planner.storage.schema_check import migrate_to

    old = create_app_engine(resolve_url(db_url), poolclass=NullPool)
    try:
        migrate_to(old, "0009_session_anything_new")
        made = back_up(old.url, tmp_path / ("old.sqlite3" if backend == "sqlite" else "old.dump"))
        result = restore(made.path, target.url, tmp_path / "kept")
        assert result.summary.revision == "0009_session_anything_new"
        with old.begin() as connection:  # the same old schema, one index short
            connection.exec_driver_sql("DROP INDEX ix_treatment_session_course_id")
        made = back_up(old.url, tmp_path / ("bad.sqlite3" if backend == "sqlite" else "bad.dump"))
        with pytest.raises(BackupSchemaMismatch, match="ix_treatment_session_course_id"):
            restore(made.path, target.url, tmp_path / "kept")
    finally:
        old.dispose()


def test_a_clinic_migrated_step_by_step_has_the_fresh_schema(
    db_url: str, tmp_path: Path, backend: str
) -> None:
    """A clinic that started on 0001 and took every migration since must pass the check
    that a backup is compared with (a fresh database at head), or its backups could
    never be restored."""
    from sqlalchemy.pool import NullPool

    from planner.storage.engine import create_app_engine, resolve_url
    from planner.storage.migrations import head_revision, upgrade_to_head
    from planner.storage.schema_check import (
        migrate_to,
        postgresql_reference,
        schema_items,
        sqlite_reference,
    )

    engine = create_app_engine(resolve_url(db_url), poolclass=NullPool)
    try:
        migrate_to(engine, "0001_initial")
        upgrade_to_head(engine, tmp_path / "kept")
        with engine.connect() as connection:
            found = schema_items(connection)
        head = head_revision()
        expected = (
            sqlite_reference(head)
            if backend == "sqlite"
            else postgresql_reference(engine.url, head)
        )
    finally:
        engine.dispose()
    assert sorted(found - expected) == [] and sorted(expected - found) == []
