"""Schema 0018 on a database with data written at 0017: the two narrow indexes of the
patient list come, the rows stay, the name search reads ix_patient_id_order (SQLite) and
finds what it found before; the downgrade takes the indexes away again."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import create_engine, event, inspect, text

from planner.storage import migrations
from planner.storage.database import open_database
from planner.storage.engine import resolve_url
from planner.storage.queries.patient_search import find_ids
from tests.integration.test_migration_0003 import _at_0002_with_data

pytestmark = pytest.mark.both_engines  # migrations run differently on each engine

NEW = {"ix_patient_list_order", "ix_patient_id_order"}


def _step(url: str, revision: str, *, down: bool = False) -> None:
    engine = create_engine(resolve_url(url))
    try:
        with engine.begin() as connection, migrations._script_location() as location:
            config = migrations.alembic_config(location)
            config.attributes["connection"] = connection
            (command.downgrade if down else command.upgrade)(config, revision)
    finally:
        engine.dispose()


def _patient_indexes(url: str) -> set[str]:
    engine = create_engine(resolve_url(url))
    try:
        with engine.connect() as connection:
            return {str(i["name"]) for i in inspect(connection).get_indexes("patient")}
    finally:
        engine.dispose()


def test_upgrade_from_0017_adds_the_list_indexes_and_downgrade_removes_them(db_url: str) -> None:
    _at_0002_with_data(db_url)
    _step(db_url, "0017_book_indexes")
    before = _patient_indexes(db_url)
    assert not NEW & before
    database, result = open_database(db_url)
    try:
        assert result.from_revision == "0017_book_indexes"
        with database.read() as session:
            names = session.execute(text("SELECT id, search_name FROM patient")).all()
            connection = session.connection()
            for _, name in names:  # each word of each name, through the index
                for word in name.split():
                    found = find_ids(
                        connection, word, include_archived=True, limit=None, after=None
                    )
                    expected = sorted((n, i) for i, n in names if word in n)
                    assert found == [i for _, i in expected]
    finally:
        database.dispose()
    assert _patient_indexes(db_url) == before | NEW
    _step(db_url, "0017_book_indexes", down=True)
    assert _patient_indexes(db_url) == before


def test_a_name_search_at_head_reads_the_id_index_on_sqlite(db_url: str) -> None:
    if resolve_url(db_url).get_backend_name() != "sqlite":
        pytest.skip("INDEXED BY is SQLite's")
    database, _ = open_database(db_url)
    statements: list[str] = []
    try:
        event.listen(
            database.engine,
            "before_cursor_execute",
            lambda *args: statements.append(args[2]),
        )
        with database.read() as session:
            find_ids(session.connection(), "chen", include_archived=False, limit=5, after=None)
    finally:
        database.dispose()
    assert any("INDEXED BY ix_patient_id_order" in s for s in statements)
