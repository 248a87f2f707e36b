"""The test suite's database template: a copy is a whole database at head, and opening
it does no migration work (no Alembic, no backup)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect

from planner.storage import migrations
from planner.storage.database import open_database
from tests.db_template import migrated_sqlite, sqlite_template


def test_the_template_is_one_closed_file(tmp_path: Path) -> None:
    template = sqlite_template()
    assert template.is_file()
    assert not template.with_name(template.name + "-wal").exists()
    assert not template.with_name(template.name + "-shm").exists()


def test_a_copy_opens_at_head_without_migrating(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_alembic(*args: object, **kwargs: object) -> None:
        raise AssertionError("open_database did migration work on a copy of the template")

    path = migrated_sqlite(tmp_path / "copy.sqlite3")
    monkeypatch.setattr(migrations, "head_revision", no_alembic)
    monkeypatch.setattr(migrations, "inspect_schema", no_alembic)
    database, result = open_database(str(path))
    try:
        assert not result.changed and result.backup is None
        assert {"patient", "alembic_version"} <= set(inspect(database.engine).get_table_names())
    finally:
        database.dispose()
    assert not (tmp_path / "backups").exists()


def test_a_copy_must_be_a_new_file(tmp_path: Path) -> None:
    path = tmp_path / "taken.sqlite3"
    path.write_bytes(b"")
    with pytest.raises(FileExistsError):
        migrated_sqlite(path)
