"""Schema 0014 on a database whose receipts were numbered before it (issue 16)."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from planner.storage import migrations
from planner.storage.database import open_database
from planner.storage.engine import resolve_url
from tests.integration.test_migration_0003 import NOW, _at_0002_with_data

pytestmark = pytest.mark.both_engines  # migrations run differently on each engine


def test_numbers_taken_before_0014_count_as_issued_and_new_columns_are_empty(
    db_url: str,
) -> None:
    _at_0002_with_data(db_url)
    engine = create_engine(resolve_url(db_url))
    try:
        with engine.begin() as connection, migrations._script_location() as location:
            config = migrations.alembic_config(location)
            config.attributes["connection"] = connection
            command.upgrade(config, "0013_ashi_region_ea_sides")
            connection.execute(
                text(
                    "INSERT INTO receipt_number (patient_id, sessions_key, session_ids,"
                    " created_at, updated_at) VALUES (1, :key, '[1]', :now, :now)"
                ),
                {"key": "a" * 64, "now": NOW},
            )
    finally:
        engine.dispose()
    database, result = open_database(db_url)
    try:
        assert result.from_revision == "0013_ashi_region_ea_sides"
        with database.read() as session:
            # A preview took numbers before 0014: printing one again must say COPY.
            assert session.execute(text("SELECT issued_count FROM receipt_number")).scalar() == 1
            clinic = session.execute(text("SELECT count(*) FROM clinic")).scalar()
            if clinic:
                row = session.execute(text("SELECT tax_number, registering_body FROM clinic")).one()
                assert tuple(row) == ("", "")
            scores = session.execute(
                text("SELECT count(*) FROM outcome_score WHERE course_id IS NOT NULL")
            ).scalar()
            assert scores == 0
    finally:
        database.dispose()
