"""M1: a database of every released schema upgrades to head with its data intact.
M3: kill -9 during an upgrade leaves the old or the new database, never a mix; a newer
schema is refused.

Fixtures are made in the test: an empty database is built with the migrations up to
revision R, then filled with the columns R has from a demo clinic at head (fictional
patients, with NULLs, names of the maximum length, emoji and right-to-left text). M1
pass: after ``upgrade_to_head`` every column R had holds exactly what it held (a raw,
sorted dump per table), the models match the database (no drift), and the database and
AcuPlanner checks are clean. M3 (SQLite): CI 10 kills, soak 50.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import random
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, MetaData, create_engine, select

from planner.domain.errors import DatabaseTooNew
from planner.domain.patients import PatientDraft
from planner.services.registry import PatientRegistry
from planner.storage import migrations
from planner.storage.bulk import advance_sequences
from planner.storage.checks import check_database
from planner.storage.database import Database, open_database
from planner.storage.engine import resolve_url
from planner.storage.models import Base
from planner.storage.search_index import include_name
from tests.helpers.factories import RECEPTION, add_user
from tests.reliability.helpers import Zygote, fill_demo, runs, sqlite_health

pytestmark = pytest.mark.both_engines  # migrations run differently on each engine

KILLS = runs(10, 50)
_BORN = dt.date(1961, 5, 17)
HOSTILE = [
    PatientDraft(given_name="Ж" * 120, family_name="🙂" * 120, date_of_birth=_BORN, sex="female"),
    PatientDraft(
        given_name="דוד",
        family_name="عبد الله",
        date_of_birth=_BORN,
        sex="male",
        phone="+972 50 000 0000",
    ),
    PatientDraft(
        given_name="Zoë",
        family_name="O'Brien <b>&amp;</b>",
        date_of_birth=_BORN,
        sex="intersex",
        address="1 Mill Lane\nRiverside",
    ),
    PatientDraft(
        given_name="李", family_name="小龍", date_of_birth=dt.date(1940, 2, 29), sex="male"
    ),
]


def _older_revisions() -> list[str]:
    head = migrations.head_revision()
    with migrations._script_location() as location:
        script = ScriptDirectory.from_config(migrations.alembic_config(location))
        return [r.revision for r in reversed(list(script.walk_revisions())) if r.revision != head]


def _build_at(engine: Engine, revision: str) -> None:
    with (
        migrations._migration_connection(engine) as connection,
        migrations._script_location() as location,
    ):
        config = migrations.alembic_config(location)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _raw_dump(connection: Connection, metadata: MetaData) -> dict[str, list[tuple]]:
    """Every row of the tables in ``metadata`` (raw values, no type conversion), sorted."""
    dump = {}
    for table in metadata.sorted_tables:
        if table.name == "alembic_version":
            continue
        key = list(table.primary_key.columns) or list(table.c)
        dump[table.name] = [tuple(r) for r in connection.execute(select(table).order_by(*key))]
    return dump


def _copy_into(source: Engine, target: Engine) -> MetaData:
    """The rows of ``source`` (at head) that fit ``target``'s older schema; its metadata."""
    old, new = MetaData(), MetaData()
    with source.connect() as reader, target.begin() as writer:
        old.reflect(writer)
        new.reflect(reader)
        last_ids = {}
        for table in old.sorted_tables:
            if table.name == "alembic_version" or table.name not in new.tables:
                continue
            if table.name.startswith("patient_fts"):  # the search index: its triggers fill it
                continue
            names = [c.name for c in table.c if c.name in new.tables[table.name].c]
            columns = [new.tables[table.name].c[n] for n in names]
            rows = [dict(zip(names, row, strict=True)) for row in reader.execute(select(*columns))]
            if table.name == "session_payment" and "reason" not in names:
                rows = [r for r in rows if r["amount_cents"] > 0]  # refunds came with 0016
            if rows:
                writer.execute(table.insert(), rows)
                if "id" in names:
                    last_ids[table.name] = max(r["id"] for r in rows)
        advance_sequences(writer, last_ids)
    return old


@contextlib.contextmanager
def _head_clinic(url: str, patients: int) -> Iterator[Database]:
    db, _ = open_database(url)
    try:
        fill_demo(db, patients=patients)
        reza = add_user(db, "reza-fixture", RECEPTION, "Reza ‏فرونت‎")
        registry = PatientRegistry(db, reza, today=lambda: dt.date(2026, 11, 22))
        for draft in HOSTILE:
            registry.register(draft)
        yield db
    finally:
        db.dispose()


def _fixture(url: str, revision: str, head: Database) -> tuple[MetaData, dict[str, list[tuple]]]:
    engine = create_engine(resolve_url(url))
    try:
        _build_at(engine, revision)
        metadata = _copy_into(head.engine, engine)
        with engine.connect() as connection:
            return metadata, _raw_dump(connection, metadata)
    finally:
        engine.dispose()


def _new_url(backend: str, tmp_path: Path, name: str, request) -> str:
    if backend == "sqlite":
        return str(tmp_path / f"{name}.sqlite3")
    server = request.getfixturevalue("pg_server")
    database = server.create_database()
    request.addfinalizer(lambda: server.drop_database(database))
    return server.url(database)


def test_every_released_schema_upgrades_with_its_data_intact(
    backend: str, tmp_path: Path, request
) -> None:
    newest, revisions = migrations.head_revision(), _older_revisions()
    assert revisions, "no released schema before head"
    with _head_clinic(_new_url(backend, tmp_path, "head", request), patients=40) as head:
        for revision in revisions:
            url = _new_url(backend, tmp_path, revision, request)
            metadata, before = _fixture(url, revision, head)
            assert sum(len(rows) for rows in before.values()) > 100
            db, result = open_database(url)
            try:
                assert (result.from_revision, result.to_revision) == (revision, newest)
                with db.engine.connect() as connection:
                    assert _raw_dump(connection, metadata) == before, (
                        f"data changed from {revision}"
                    )
                    context = MigrationContext.configure(
                        connection, opts={"include_name": include_name}
                    )
                    diff = compare_metadata(context, Base.metadata)
                assert diff == [], f"schema after upgrading from {revision} differs: {diff}"
                assert check_database(db) == []
            finally:
                db.dispose()


def _schema(path: Path) -> dict[str, set[str]]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return {t: {r[1] for r in connection.execute(f'PRAGMA table_info("{t}")')} for t in tables}


def _revision(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def _sqlite_digest(path: Path, metadata: MetaData) -> str:
    """SHA-256 over the rows of ``metadata``'s tables and columns (raw sqlite3: fast)."""
    digest = hashlib.sha256()
    with contextlib.closing(sqlite3.connect(path)) as connection:
        for table in metadata.sorted_tables:
            if table.name == "alembic_version":
                continue
            names = ", ".join(f'"{c.name}"' for c in table.c)
            key = ", ".join(f'"{c.name}"' for c in table.primary_key.columns) or names
            digest.update(table.name.encode())
            for row in connection.execute(f'SELECT {names} FROM "{table.name}" ORDER BY {key}'):
                digest.update(repr(row).encode())
    return digest.hexdigest()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_kill_9_during_an_upgrade_leaves_old_or_new_never_a_mix(tmp_path: Path) -> None:
    oldest = _older_revisions()[0]
    fixture = tmp_path / "fixture.sqlite3"
    with _head_clinic(str(tmp_path / "head.sqlite3"), patients=150) as head:
        metadata, _ = _fixture(str(fixture), oldest, head)
    before = _sqlite_digest(fixture, metadata)
    old_schema = _schema(fixture)
    upgraded = tmp_path / "upgraded.sqlite3"
    shutil.copyfile(fixture, upgraded)
    database, _ = open_database(str(upgraded))
    database.dispose()
    new_schema = _schema(upgraded)
    assert old_schema != new_schema
    rng = random.Random(3)
    outcomes = {oldest: 0, migrations.head_revision(): 0}
    with Zygote(tmp_path / "zygote.log") as zygote:
        timings = []
        for _ in range(2):
            target = tmp_path / "timed.sqlite3"
            shutil.copyfile(fixture, target)
            started = time.monotonic()
            assert (
                zygote.wait(
                    zygote.run("migrate", database=str(target), started=str(tmp_path / "s"))
                )
                == 0
            )
            timings.append(time.monotonic() - started)
            shutil.rmtree(tmp_path / "backups", ignore_errors=True)
        duration = max(timings)
        for run in range(KILLS):
            target = tmp_path / f"run-{run}.sqlite3"
            shutil.copyfile(fixture, target)
            pid = zygote.run("migrate", database=str(target), started=str(tmp_path / f"s{run}"))
            time.sleep(rng.uniform(0, duration))
            zygote.kill(pid)
            assert sqlite_health(target) == ("ok", []), f"kill {run + 1}"
            revision = _revision(target)
            outcomes[revision] += 1
            assert _schema(target) == (old_schema if revision == oldest else new_schema)
            assert _sqlite_digest(target, metadata) == before, f"data changed, kill {run + 1}"
            for backup in (tmp_path / "backups").glob("*.sqlite3"):
                assert _revision(backup) == oldest  # a finished pre-migration copy, complete
            target.unlink()
    print(f"\nM3: {KILLS} kills during a {duration:.2f} s upgrade: {outcomes}")
    assert outcomes[oldest] > 0


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    database, _ = open_database(str(path))
    database.dispose()
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        connection.commit()
    before = _digest(path)
    with pytest.raises(DatabaseTooNew):
        open_database(str(path))
    assert _digest(path) == before
