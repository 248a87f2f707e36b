"""Patient search through the trigram index (schema 0008, issue 9): exactly the patients
and the order the plain scan finds, whichever way a search is answered; the index kept
in step with the patients; migration 0008 indexing the patients already there."""

from __future__ import annotations

import datetime as dt
import os
import random
from collections.abc import Iterator
from contextlib import contextmanager
from unittest import mock

import psycopg
import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, create_engine, select, text, tuple_

from planner.domain.errors import DatabaseUnavailable
from planner.domain.text import digits_only, search_key
from planner.services.patients import PatientDirectory
from planner.storage import migrations
from planner.storage.checks import check_database
from planner.storage.database import Database, open_database
from planner.storage.engine import resolve_url
from planner.storage.models import Patient
from planner.storage.models.patients import patient_search_name
from planner.storage.queries import patient_search as search
from planner.storage.queries.patient_search import birth_date_prefix, parse_date
from planner.storage.search_index import fts_problems
from tests.db_template import migrated_sqlite
from tests.helpers.factories import RECEPTION, add_user

pytestmark = pytest.mark.both_engines  # search SQL differs per engine

FAMILIES = [
    "Chen", "Cheng", "Johnson", "Jackson", "Anderson", "Sonnen", "Ó Briain", "O'Brien-Łukasz",
    "Müller", "Møller", "Straße", "Under_score", "Per%cent", "Back\\slash", "王", "王伟",
    "Li", "Ng", "Wilson", "Wilkinson", "Zhou", "Quote\"d", "Smith", "Smithson", "Xu",
]  # fmt: skip
GIVEN = ["Ann", "Anna", "Zoë", "Chen", "Wei", "Mark", "Maria", "Jo", "Sonia", "Éloïse", "Al"]
PHONES = [
    "+44 (0)7700 900123", "07700 900124", "(312) 555-0101", "0161 496 0000", "012 345",
    "+1-212-555-0199", "", "9", "7700900", "٠١٢٣٤٥",
]  # fmt: skip
QUERIES = [
    "c", "ch", "che", "chen", "chen w", "chen wei", "hen", "eng", "son", "sonn", "on", "n",
    "ann", "an", "nna", "jo", "john", "o'b", "o brien", "obr", "brien-l", "lukasz", "luk",
    "muller", "mul", "moller", "strasse", "strass", "ss", "zoe", "ZOË", "éloïse", "eloise",
    "r_s", "_", "%", "r%c", "per%", "k\\s", "\\", "王", "王伟", "伟", "wil", "wils", "kins",
    "smith", "smiths", 'quote"d', '"', "xu", "x", "mark ma", "ma mark", "a b c", "zzz",
    "0", "07", "077", "0770", "07700", "07700 9", "07700 900", "07700 900123", "900123",
    "(312)", "(312) 555", "555-01", "0161 496", "+44", "+44 7700", "+", "(", "12", "123",
    "1", "5000", "5001", "345", "٠١٢", "999999", "1985", "0161-496",
]  # fmt: skip


def _population(count: int, seed: int = 7) -> list[Patient]:
    rng = random.Random(seed)
    return [
        Patient(
            chart_number=5000 + n,
            given_name=rng.choice(GIVEN),
            family_name=rng.choice(FAMILIES),
            preferred_name=rng.choice(["", "", "Jo", "Smithy"]),
            date_of_birth=dt.date(1950 + n % 50, 1 + n % 12, 1 + n % 28),
            sex="female",
            phone=rng.choice(PHONES),
            archived=rng.random() < 0.15,
        )
        for n in range(count)
    ]


def _clinic(db: Database, count: int = 240) -> PatientDirectory:
    with db.write() as session:
        session.add_all(_population(count))
    return PatientDirectory(db, add_user(db, "rhea", RECEPTION))


def _brute_force(db: Database, query: str, include_archived: bool) -> set[int]:
    """Who the search should find, worked out in Python over every patient."""
    with db.read() as session:
        people = session.execute(
            select(
                Patient.id, Patient.search_name, Patient.phone_digits, Patient.chart_number
            ).where(True if include_archived else Patient.archived.is_(False))
        ).all()
    typed = query.strip()
    digits = digits_only(typed)
    if search._PHONE_SHAPE.match(typed) and digits:
        chart = int(digits) if len(digits) <= 9 else None
        return {p.id for p in people if digits in p.phone_digits or p.chart_number == chart}
    words = search_key(typed).split()
    return {p.id for p in people if all(w in p.search_name for w in words)}


def _scan_order(db: Database, query: str, include_archived: bool) -> list[int]:
    """The ids in list order as the search read them before the index (the plain scan)."""
    stmt = select(Patient.id).where(*search.search_filter(query))
    if not include_archived:
        stmt = stmt.where(Patient.archived.is_(False))
    with db.read() as session:
        return list(session.scalars(stmt.order_by(Patient.search_name, Patient.id)))


@contextmanager
def _routes(narrows_below: tuple[int, int], window: int) -> Iterator[None]:
    with (
        mock.patch.object(search, "INDEX_NARROWS_BELOW", narrows_below),
        mock.patch.object(search, "LIST_WINDOW", window),
    ):
        yield


# Small thresholds make a small clinic take every route: the index first, the list's
# first window, and the index after a window that did not fill the page.
ROUTES = [((10_000, 10_000), 2), ((1, 1), 20_000), ((1, 1), 3), ((4, 4), 2)]


def _pages(directory: PatientDirectory, query: str, include: bool, size: int) -> list[int]:
    found: list[int] = []
    after = None
    while page := directory.search_ids(query, include_archived=include, limit=size, after=after):
        assert len(page) <= size
        found += page
        after = page[-1]
    return found


@pytest.mark.parametrize(("narrows_below", "window"), ROUTES)
def test_search_finds_what_a_brute_force_filter_finds(
    db: Database, narrows_below: tuple[int, int], window: int
) -> None:
    directory = _clinic(db)
    with _routes(narrows_below, window):
        for query in QUERIES:
            if parse_date(query.strip()) or birth_date_prefix(query.strip()) is not None:
                continue  # dates have their own tests and indexes
            for include in (False, True):
                expected = _brute_force(db, query, include)
                ordered = _scan_order(db, query, include)
                assert set(ordered) == expected, query
                assert directory.search_ids(query, include_archived=include) == ordered, query
                assert (
                    directory.search_ids(query, include_archived=include, limit=5) == (ordered[:5])
                ), query
                assert directory.count(query, include_archived=include) == len(ordered), query
                # Pages of 4 cross every route's window; a long list is paged in 25s
                # (still across the windows of 2 and 3) so it costs a few queries, not 60.
                size = 4 if len(ordered) <= 40 else 25
                assert _pages(directory, query, include, size) == ordered, query
            everyone = _brute_force(db, query, True)
            sample = _scan_order(db, "", True)[::37]
            for patient_id in sample:
                assert directory.matches(query, patient_id, include_archived=True) == (
                    patient_id in everyone
                ), query


def _probe(query: str) -> object:
    return search.search_conditions(query, "sqlite").probe


def test_the_index_is_asked_only_for_words_of_three_characters_or_more() -> None:
    assert _probe("ch") is None
    assert _probe("chen w") == 'search_name : "chen"'
    assert _probe("Zoë O'Br") == 'search_name : "zoe" AND search_name : "o\'br"'
    assert _probe('a"bc') == 'search_name : "a""bc"'
    assert _probe("07700 900123") == 'phone_digits : "0123"'
    assert _probe("07") is None
    assert _probe("1985-03") is None  # a date being typed


def _family(db: Database, patient_id: int, family: str = "", phone: str = "") -> None:
    with db.write() as session:
        patient = session.get(Patient, patient_id)
        assert patient is not None
        if family:
            patient.family_name = family
        if phone:
            patient.phone = phone


def test_the_index_follows_inserts_renames_phone_changes_and_deletes(db: Database) -> None:
    directory = _clinic(db, 30)
    assert directory.search_ids("quimby", include_archived=True) == []
    with db.write() as session:
        session.add(
            Patient(
                chart_number=99,
                given_name="Ann",
                family_name="Quimby",
                date_of_birth=dt.date(1970, 1, 1),
                sex="female",
                phone="0131 496 7788",
            )
        )
    (quimby,) = directory.search_ids("quimby")
    assert directory.search_ids("496 7788") == [quimby]
    _family(db, quimby, family="Featherstonehaugh")
    assert directory.search_ids("quimby") == []
    assert directory.search_ids("stoneh") == [quimby]
    _family(db, quimby, phone="0117 496 1234")
    assert directory.search_ids("7788") == []
    assert directory.search_ids("961234") == [quimby]
    with db.write() as session:  # the app never deletes a patient; the index follows anyway
        session.execute(text("DELETE FROM patient WHERE id = :id"), {"id": quimby})
    assert directory.search_ids("stoneh") == []
    assert directory.search_ids("961234") == []
    assert check_database(db) == []


def test_check_reports_an_index_out_of_step(sqlite_db: Database) -> None:
    _clinic(sqlite_db, 10)
    assert check_database(sqlite_db) == []
    with sqlite_db.engine.begin() as connection:  # a patient changed behind the triggers
        connection.exec_driver_sql("DROP TRIGGER patient_fts_after_update")
        connection.exec_driver_sql("UPDATE patient SET search_name = 'zzzz' WHERE id = 1")
    problems = check_database(sqlite_db)
    assert len(problems) == 1 and problems[0].startswith("patient_fts: ")


def _at_0007_with_patients(url: str, count: int) -> None:
    engine = create_engine(resolve_url(url))
    try:
        with engine.begin() as connection, migrations._script_location() as location:
            config = migrations.alembic_config(location)
            config.attributes["connection"] = connection
            command.upgrade(config, "0007_birth_date_search")
            _insert_patients(connection, count)
    finally:
        engine.dispose()


def _insert_patients(connection: Connection, count: int) -> None:
    columns = [c for c in Patient.__table__.c if c.name != "id"]
    rows = []
    for patient in _population(count, seed=11):
        patient.search_name = patient_search_name(
            patient.family_name, patient.given_name, patient.preferred_name
        )
        patient.phone_digits = digits_only(patient.phone)
        patient.version, patient.created_at = 1, dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        patient.updated_at = patient.created_at
        values = {c.name: getattr(patient, c.key) for c in columns}
        rows.append({name: value for name, value in values.items() if value is not None})
    connection.execute(Patient.__table__.insert(), rows)


def test_migration_0008_indexes_the_patients_already_there(db_url: str) -> None:
    _at_0007_with_patients(db_url, 60)
    db, result = open_database(db_url)
    try:
        assert result.from_revision == "0007_birth_date_search"
        directory = PatientDirectory(db, add_user(db, "rhea", RECEPTION))
        for query in ("chen", "son", "mark ma", "07700 900", "0101"):
            expected = _scan_order(db, query, False)
            assert expected, query
            with _routes((10_000, 10_000), 2):  # the index alone
                assert directory.search_ids(query) == expected, query
        assert check_database(db) == []
        if db.engine.dialect.name == "sqlite":
            with db.engine.connect() as connection:
                assert fts_problems(connection) == []
    finally:
        db.dispose()


def test_sqlite_plans_read_the_index_or_the_list_order(sqlite_db: Database) -> None:
    """A rare word is looked up in the index; the list's window reads the covering index."""
    conditions = search.search_conditions("chen w", "sqlite").indexed
    stmt = (
        select(Patient.id)
        .where(*conditions, Patient.archived.is_(False))
        .order_by(Patient.search_name, Patient.id)
        .limit(201)
    )
    window = (
        select(Patient.id)
        .where(*search.search_filter("chen w"), Patient.archived.is_(False))
        .where(tuple_(Patient.search_name, Patient.id) <= tuple_("m", 9))
        .order_by(Patient.search_name, Patient.id)
        .limit(201)
    )
    with sqlite_db.engine.connect() as connection:
        plans = []
        for statement in (stmt, window):
            compiled = statement.compile(connection)
            params = tuple(compiled.params[k] for k in compiled.positiontup or ())
            rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", params)
            plans.append(" ".join(row[-1] for row in rows))
    assert "patient_fts VIRTUAL TABLE" in plans[0] and "PRIMARY KEY" in plans[0]
    assert "COVERING INDEX ix_patient_list_order" in plans[1]  # the narrow one (0018)
    assert "TEMP B-TREE" not in plans[1]


NAME_CHARS = "abcehnoswzl'%_\\\" -éøß王"


@pytest.fixture(scope="module")
def hypothesis_clinic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PatientDirectory]:
    db, _ = open_database(str(migrated_sqlite(tmp_path_factory.mktemp("hyp") / "clinic.sqlite3")))
    try:
        with db.write() as session:
            session.add_all(_population(200, seed=3))
        yield PatientDirectory(db, add_user(db, "hana", RECEPTION))
    finally:
        db.dispose()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    query=st.one_of(
        st.text(alphabet=NAME_CHARS, max_size=9),
        st.text(alphabet="0123456789 ()+-", max_size=12),
    ),
    route=st.sampled_from(ROUTES),
    include=st.booleans(),
    page=st.integers(min_value=1, max_value=6),
)
def test_index_search_equals_the_plain_scan(
    hypothesis_clinic: PatientDirectory,
    query: str,
    route: tuple[tuple[int, int], int],
    include: bool,
    page: int,
) -> None:
    directory = hypothesis_clinic
    db = directory._db
    expected = _scan_order(db, query, include)
    with _routes(*route):
        assert directory.search_ids(query, include_archived=include) == expected
        assert (
            directory.search_ids(query, include_archived=include, limit=page) == (expected[:page])
        )
        if expected:
            after = expected[0]
            assert (
                directory.search_ids(query, include_archived=include, limit=page, after=after)
                == (expected[1 : 1 + page])
            )
        assert directory.count(query, include_archived=include) == len(expected)


def test_a_postgresql_role_that_may_not_create_pg_trgm_is_told_who_can(pg_server) -> None:
    name = pg_server.create_database()
    role = f"clinic_it_{os.getpid()}"
    admin = pg_server.admin_dsn(name)
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f"CREATE ROLE {role} LOGIN CREATEROLE")  # 0012 creates logins
        connection.execute(f"GRANT ALL ON SCHEMA public TO {role}")  # tables, not extensions
    try:
        with pytest.raises(DatabaseUnavailable, match="may not create the pg_trgm") as refused:
            open_database(pg_server.url(name, user=role))
        assert "CREATE EXTENSION pg_trgm" in refused.value.hint
        with psycopg.connect(admin, autocommit=True) as connection:
            assert connection.execute("SELECT to_regclass('patient')").fetchone() == (None,)
            connection.execute("CREATE EXTENSION pg_trgm")  # what the message asks for
        db, result = open_database(pg_server.url(name, user=role))
        db.dispose()
        assert result.to_revision == migrations.head_revision()
    finally:
        pg_server.drop_database(name)
        with psycopg.connect(pg_server.admin_dsn(), autocommit=True) as connection:
            connection.execute(f"DROP ROLE IF EXISTS {role}")
