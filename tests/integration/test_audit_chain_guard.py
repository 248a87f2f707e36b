"""The audit table takes only rows that extend its chain (issue 19, High 3), and
``check`` puts back a guard someone removed, saying so in the trail."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from planner.cli.database import check_command
from planner.services.audit import AuditTrail
from planner.storage.audit_guard import SQLITE_GUARDS, chain_head, trigger_problems
from planner.storage.database import Database
from planner.storage.engine import sqlite_path
from planner.storage.models import AuditEvent
from tests.integration.test_audit import ACTOR, add_rows

pytestmark = pytest.mark.both_engines

ROOT = Path(__file__).resolve().parents[2]
COLUMNS = (
    "id, occurred_at, user_id, workstation, patient_id, action, object_type, object_id, "
    "detail, prev_hash, row_hash"
)


def _rows(db: Database) -> list[tuple[int, str, str]]:
    with db.read() as session:
        return [
            (event.id, event.row_hash, event.workstation)
            for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id))
        ]


def _raw_sqlite(db: Database) -> sqlite3.Connection:
    path = sqlite_path(db.url)
    assert path is not None
    return sqlite3.connect(path, isolation_level=None)


def _copy_of(db: Database, row_id: int) -> tuple[object, ...]:
    """Row ``row_id`` as it is stored, to insert again (changed) behind the app's back."""
    with db.engine.connect() as connection:
        row = connection.exec_driver_sql(
            f"SELECT {COLUMNS} FROM audit_event WHERE id = {row_id}"
        ).one()
    return tuple(json.dumps(v) if isinstance(v, dict) else v for v in row)


def _insert(db: Database, values: tuple[object, ...], verb: str = "INSERT") -> None:
    marks = ", ".join(["?"] * len(values)) if db.backend == "sqlite" else None
    if db.backend == "sqlite":
        with closing(_raw_sqlite(db)) as raw:
            raw.execute(f"{verb} INTO audit_event ({COLUMNS}) VALUES ({marks})", values)
        return
    marks = ", ".join(["%s"] * len(values))
    with db.engine.connect() as connection:
        connection.exec_driver_sql(
            f"INSERT INTO audit_event ({COLUMNS}) VALUES ({marks})", tuple(values)
        )
        connection.commit()


@pytest.mark.parametrize("which", ["middle", "newest"])
def test_insert_or_replace_cannot_rewrite_a_row(db: Database, which: str) -> None:
    if db.backend != "sqlite":
        pytest.skip("INSERT OR REPLACE is SQLite's")
    add_rows(db, AuditTrail(), 5)
    before = _rows(db)
    row_id = 3 if which == "middle" else 5
    values = list(_copy_of(db, row_id))
    values[3] = "elsewhere"  # workstation: the reported attack named another patient
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        _insert(db, tuple(values), "INSERT OR REPLACE")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        _insert(db, tuple(values), "REPLACE")
    assert _rows(db) == before


def test_postgresql_upsert_cannot_rewrite_a_row(db: Database) -> None:
    if db.backend != "postgresql":
        pytest.skip("ON CONFLICT DO UPDATE: the UPDATE trigger refuses it on either engine")
    add_rows(db, AuditTrail(), 3)
    before = _rows(db)
    values = _copy_of(db, 2)
    marks = ", ".join(["%s"] * len(values))
    with pytest.raises(DBAPIError, match="append-only"), db.engine.connect() as connection:
        connection.exec_driver_sql(
            f"INSERT INTO audit_event ({COLUMNS}) VALUES ({marks}) "
            "ON CONFLICT (id) DO UPDATE SET workstation = 'elsewhere'",
            values,
        )
    assert _rows(db) == before


def _refused(db: Database) -> type[BaseException]:
    return sqlite3.IntegrityError if db.backend == "sqlite" else DBAPIError


def test_a_row_that_does_not_follow_the_last_hash_is_refused(db: Database) -> None:
    add_rows(db, AuditTrail(), 3)
    before = _rows(db)
    values = list(_copy_of(db, 3))
    values[0] = 4
    values[9] = "0" * 64  # prev_hash: not row 3's hash
    with pytest.raises(_refused(db), match="must extend the chain"):
        _insert(db, tuple(values))
    values[9] = before[1][1]  # row 2's hash: a fork from the middle of the chain
    with pytest.raises(_refused(db), match="must extend the chain"):
        _insert(db, tuple(values))
    assert _rows(db) == before


def test_a_first_row_must_start_the_chain(db: Database) -> None:
    add_rows(db, AuditTrail(), 1)
    values = list(_copy_of(db, 1))
    fresh = list(values)
    fresh[0] = 2
    fresh[9] = ""  # a second "first row"
    with pytest.raises(_refused(db), match="must extend the chain"):
        _insert(db, tuple(fresh))


def test_a_row_with_a_stale_id_is_refused(db: Database) -> None:
    add_rows(db, AuditTrail(), 4)
    before = _rows(db)
    values = list(_copy_of(db, 4))
    values[9] = before[-1][1]  # a correct prev_hash …
    for stale in (2, 4, 0):  # … but an id at or below the newest
        values[0] = stale
        with pytest.raises(_refused(db), match="append-only"):
            _insert(db, tuple(values))
    assert _rows(db) == before


def test_a_row_below_the_chain_is_refused(db: Database) -> None:
    """A negative id would sort before the first row: not the newest, refused."""
    add_rows(db, AuditTrail(), 2)
    values = list(_copy_of(db, 2))
    values[0], values[9] = -5, ""
    with pytest.raises(_refused(db), match="append-only"):
        _insert(db, tuple(values))


def test_the_app_still_writes_and_the_chain_verifies(db: Database) -> None:
    trail = AuditTrail()
    add_rows(db, trail, 3)
    with db.write() as session:  # several rows in one transaction
        for _ in range(3):
            trail.record(session, ACTOR, "open_record", object_type="patient")
    assert trail.verify(db).ok
    with db.read() as session:
        assert chain_head(session.connection()).rows == 6


def test_a_migrated_database_has_every_guard_as_check_expects(db: Database) -> None:
    with db.read() as session:
        assert trigger_problems(session.connection()) == []


def _migration(name: str) -> object:
    spec = importlib.util.spec_from_file_location(name, ROOT / "db" / "versions" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_check_recreates_what_the_migrations_made() -> None:
    """check's copy of the SQL is the migrations' own, statement for statement."""
    made = (
        *_migration("0002_accounts_audit").SQLITE_TRIGGERS,  # type: ignore[attr-defined]
        *_migration("0011_audit_chain_guard").SQLITE_TRIGGERS,  # type: ignore[attr-defined]
    )
    assert tuple(guard.create for guard in SQLITE_GUARDS) == made


def _drop_guards(db: Database) -> None:
    with db.engine.connect() as connection:
        if db.backend == "sqlite":
            connection.exec_driver_sql("DROP TRIGGER audit_event_no_replace")
            connection.exec_driver_sql("DROP TRIGGER audit_event_no_delete")
        else:
            connection.exec_driver_sql("DROP TRIGGER audit_event_extends_chain ON audit_event")
            connection.exec_driver_sql(
                "ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_truncate"
            )
            connection.exec_driver_sql(
                "CREATE OR REPLACE FUNCTION acuplanner_audit_append_only() RETURNS trigger "
                "LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$"
            )
        connection.commit()


def test_check_puts_back_missing_guards_and_audits_it(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    add_rows(db, AuditTrail(), 2)
    _drop_guards(db)
    with db.read() as session:
        assert trigger_problems(session.connection())
    url = db.url.render_as_string(hide_password=False)
    assert check_command(url) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    if db.backend == "sqlite":
        expected = {
            "audit_event: trigger audit_event_no_delete was missing; recreated, and an audit "
            "row says so",
            "audit_event: trigger audit_event_no_replace was missing; recreated, and an audit "
            "row says so",
        }
    else:
        expected = {
            "audit_event: trigger audit_event_append_only was altered; recreated, and an "
            "audit row says so",
            "audit_event: trigger audit_event_no_truncate was altered; recreated, and an "
            "audit row says so",
            "audit_event: trigger audit_event_extends_chain was missing; recreated, and an "
            "audit row says so",
        }
    assert set(lines) == expected
    with db.read() as session:
        assert trigger_problems(session.connection()) == []
        newest = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert newest is not None and newest.object_type == "audit_trail"
    assert len(newest.detail["triggers_recreated"]) == len(expected)
    assert AuditTrail().verify(db).ok
    # The guards work again, and a second check finds nothing.
    with pytest.raises(DBAPIError, match="append-only"), db.engine.connect() as connection:
        connection.exec_driver_sql("DELETE FROM audit_event")
    assert check_command(url) == 0
    assert capsys.readouterr().out.strip() == "ok"


def test_check_names_a_disabled_trigger_on_postgresql(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    if db.backend != "postgresql":
        pytest.skip("SQLite triggers cannot be disabled")
    with db.engine.connect() as connection:
        connection.exec_driver_sql("ALTER TABLE audit_event DISABLE TRIGGER USER")
        connection.commit()
    assert check_command(db.url.render_as_string(hide_password=False)) == 1
    out = capsys.readouterr().out
    assert "audit_event_extends_chain was disabled; recreated" in out
    with db.read() as session:
        assert trigger_problems(session.connection()) == []


def test_downgrade_removes_the_guards_and_upgrade_puts_them_back(db: Database) -> None:
    from alembic import command

    from planner.storage.migrations import alembic_config, head_revision

    config = alembic_config(ROOT / "db")
    head = head_revision()
    add_rows(db, AuditTrail(), 1)
    values = list(_copy_of(db, 1))
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0010_intake_answer_notes")
    values[0], values[9] = 2, "x"  # without the guards a row off the chain gets in
    _insert(db, tuple(values))
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, head)
    values[0], values[9] = 3, "y"
    with pytest.raises(_refused(db), match="must extend the chain"):
        _insert(db, tuple(values))
    with db.read() as session:
        assert trigger_problems(session.connection()) == []
