"""Start-up migrations: backup first, all-or-nothing, refuse what is not ours or newer."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from planner.domain.errors import DatabaseTooNew, DatabaseUnavailable
from planner.storage import migrations
from planner.storage.database import connect, open_database
from planner.storage.models import Patient

pytestmark = pytest.mark.both_engines  # migrations run differently on each engine

HEAD = migrations.head_revision()

_ADD_COLUMN = """
import sqlalchemy as sa
from alembic import op

revision = "9001_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("test_marker", sa.Column("id", sa.Integer, primary_key=True))
    with op.batch_alter_table("patient") as batch:
        batch.add_column(sa.Column("test_note", sa.String(20), nullable=True))
    {extra}
"""


@pytest.fixture
def future_scripts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Install a copy of the migrations with one more revision (optionally failing)."""

    def install(*, fail: bool = False) -> None:
        copy = tmp_path / "migrations"
        with resources.as_file(resources.files("planner.migrations")) as source:
            shutil.copytree(source, copy, dirs_exist_ok=True)
        extra = 'raise RuntimeError("injected failure")' if fail else "pass"
        (copy / "versions" / "9001_test.py").write_text(_ADD_COLUMN.format(head=HEAD, extra=extra))

        @contextlib.contextmanager
        def location() -> Iterator[Path]:
            yield copy

        monkeypatch.setattr(migrations, "_script_location", location)

    return install


def _add_patient(url: str) -> None:
    database, _ = open_database(url)
    with database.write() as session:
        session.add(
            Patient(
                chart_number=1,
                given_name="Иван",
                family_name="Петров",
                date_of_birth=dt.date(1970, 1, 1),
                sex="male",
            )
        )
    database.dispose()


def _columns(url: str, table: str) -> set[str]:
    database = connect(url)
    try:
        with database.engine.connect() as connection:
            return {c["name"] for c in inspect(connection).get_columns(table)}
    finally:
        database.dispose()


def test_upgrade_keeps_data_and_backs_sqlite_up_first(db_url, backend, future_scripts) -> None:
    _add_patient(db_url)
    future_scripts()
    database, result = open_database(db_url)
    try:
        assert (result.from_revision, result.to_revision) == (HEAD, "9001_test")
        with database.read() as session:
            assert session.execute(text("SELECT count(*) FROM patient")).scalar() == 1
            assert session.execute(text("SELECT count(*) FROM test_marker")).scalar() == 0
    finally:
        database.dispose()
    assert "test_note" in _columns(db_url, "patient")
    if backend == "sqlite":
        assert result.backup is not None and result.backup.parent.name == "backups"
        assert stat.S_IMODE(result.backup.stat().st_mode) == 0o600
        assert not list(result.backup.parent.glob("*.partial"))
        with contextlib.closing(sqlite3.connect(result.backup)) as copy:
            assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
            assert copy.execute("SELECT family_name FROM patient").fetchone()[0] == "Петров"
    else:
        assert result.backup is None


def test_failed_upgrade_leaves_the_old_schema_intact(db_url, future_scripts) -> None:
    _add_patient(db_url)
    future_scripts(fail=True)
    with pytest.raises(RuntimeError, match="injected failure"):
        open_database(db_url)
    database = connect(db_url)
    try:
        with database.read() as session:
            assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
            assert session.execute(text("SELECT count(*) FROM patient")).scalar() == 1
        with database.engine.connect() as connection:
            assert "test_marker" not in inspect(connection).get_table_names()
    finally:
        database.dispose()
    assert "test_note" not in _columns(db_url, "patient")


def test_database_from_a_newer_version_is_refused_untouched(db_url, backend, tmp_path) -> None:
    _add_patient(db_url)
    database = connect(db_url)
    with database.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = 'zz99_future'"))
    database.dispose()
    with pytest.raises(DatabaseTooNew, match="newer AcuPlanner"):
        open_database(db_url)
    database = connect(db_url)
    with database.read() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "zz99_future"
        )
    database.dispose()
    if backend == "sqlite":
        assert not (Path(db_url).parent / "backups").exists()


def test_a_database_that_is_not_ours_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with contextlib.closing(sqlite3.connect(path)) as other:
        other.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(DatabaseUnavailable, match="not an AcuPlanner database"):
        open_database(str(path))
