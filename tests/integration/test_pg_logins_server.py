"""PostgreSQL enforces the roles itself: each person signs in as their own login role.

The clinic of tests/helpers/document_clinic.py (Ada practitioner, Reza reception, Sam
admin) is copied, and each account gets its login from the server's
``acuplanner_sync_login`` (called by the suite's superuser, as clinic IT would for the
first account). Then each person connects with their password, as a workstation does,
and the database itself says what they may do.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

import psycopg
import pytest
from sqlalchemy import URL, inspect, select, text
from sqlalchemy.exc import DBAPIError

from planner.domain.errors import ValidationError
from planner.domain.patients import PatientDraft
from planner.domain.vocab import PaymentMethod
from planner.services.actor import Actor
from planner.services.audit import AuditFilter, AuditTrail, row_hash
from planner.services.audit_view import AuditReader
from planner.services.clinic import ClinicService
from planner.services.courses import CourseService
from planner.services.document_request import DocumentKind, DocumentRequest, Use
from planner.services.documents import DocumentService
from planner.services.intake import IntakeService
from planner.services.patients import PatientDirectory
from planner.services.registry import PatientRegistry
from planner.services.room import RoomService
from planner.services.sessions import SessionService
from planner.storage.base import Base
from planner.storage.database import Database, open_database
from planner.storage.models import AuditEvent, User, UserRole
from planner.storage.pg_roles import (
    CLINICAL_COLUMNS,
    RECEPTION,
    TABLE_GRANTS,
    login_role,
    scram_verifier,
)
from tests.helpers import document_clinic
from tests.helpers.document_clinic import TODAY, DocumentClinic
from tests.pg_server import PgServer

PASSWORDS = {
    "ada": "Ada's long pass phrase",
    "reza": "Grüße, Reza – ✓ 日本語 🙂",  # SASLprep'd the same on both sides
    "sam": 'Sam "admin" \\ pass',
}
CLINICAL_TABLES = sorted(t for t, grants in TABLE_GRANTS.items() if RECEPTION not in grants)
# Python's json/str escapes that the server must reproduce byte for byte.
AWKWARD = (
    "quote ' and \" double",
    "back\\slash \\n not a newline",
    "tab\tnew\nline\rcarriage\x01\x1f\x7f",
    "non-ASCII: Zoë Łukasz Ærøskøbing ß İ",
    "emoji 🙂🇮🇪 and 𝄞, combining é",
    "line separators \u2028 \u2029 and BOM \ufeff",
    "",
)


@dataclass
class Clinic:
    server: PgServer
    name: str
    people: DocumentClinic
    owner: Database
    opened: list[Database] = field(default_factory=list)

    def login(self, username: str) -> str:
        return login_role(self.name, username)

    def url(self, username: str, password: str | None = None) -> str:
        return URL.create(
            "postgresql+psycopg",
            username=self.login(username),
            password=PASSWORDS[username] if password is None else password,
            host="127.0.0.1",
            port=self.server.port,
            database=self.name,
        ).render_as_string(hide_password=False)

    def dsn(self, username: str, database: str | None = None) -> dict[str, object]:
        return {
            "host": "127.0.0.1",
            "port": self.server.port,
            "user": self.login(username),
            "password": PASSWORDS[username],
            "dbname": database or self.name,
        }

    def open(self, username: str) -> Database:
        database, _ = open_database(self.url(username))
        self.opened.append(database)
        return database

    def sync(self, user_id: int, password: str | None) -> str:
        with self.owner.write() as session:
            return str(
                session.scalar(
                    text("SELECT acuplanner_sync_login(:id, :verifier, 'it-desk')"),
                    {"id": user_id, "verifier": scram_verifier(password) if password else None},
                )
            )


@pytest.fixture
def pg_clinic(pg_server: PgServer) -> Iterator[Clinic]:
    name, people = pg_server.create_built_database("document_clinic", document_clinic.build)
    owner, _ = open_database(pg_server.url(name))
    people.db = owner
    found = Clinic(pg_server, name, people, owner)
    for actor in (people.ada, people.reza, people.sam):
        assert found.sync(actor.user_id, PASSWORDS[actor.username]) == found.login(actor.username)
    try:
        yield found
    finally:
        for database in found.opened:
            database.dispose()
        owner.dispose()
        pg_server.drop_database(name)
        _drop_logins(pg_server, name)


def _drop_logins(server: PgServer, database: str) -> None:
    with psycopg.connect(server.admin_dsn(), autocommit=True) as connection:
        for (role,) in connection.execute(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (f"%@{database}",)
        ).fetchall():
            connection.execute(psycopg.sql.SQL("DROP ROLE {}").format(psycopg.sql.Identifier(role)))


def _refused(database: Database, statement: str, **params: object) -> None:
    with pytest.raises(DBAPIError, match="permission denied"), database.engine.begin() as conn:
        conn.execute(text(statement), params)


# --- the roles, enforced by the server ---------------------------------------------------


def test_every_table_of_the_schema_has_its_grants_decided(pg_clinic: Clinic) -> None:
    with pg_clinic.owner.engine.connect() as connection:
        tables = set(
            connection.scalars(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
        )
    assert tables - {"app_user"} == set(TABLE_GRANTS)


def test_the_clinical_columns_are_the_ones_the_models_load_only_when_used() -> None:
    deferred: dict[str, set[str]] = {}
    for mapper in Base.registry.mappers:
        for prop in mapper.column_attrs:
            if prop.deferred and prop.group == "clinical":
                deferred.setdefault(mapper.local_table.name, set()).add(prop.key)
    assert deferred == {table: set(columns) for table, columns in CLINICAL_COLUMNS.items()}


def test_reception_is_refused_every_clinical_table_and_the_password_hashes(
    pg_clinic: Clinic,
) -> None:
    reception = pg_clinic.open("reza")
    assert "medication" in CLINICAL_TABLES and "allergy" in CLINICAL_TABLES
    for table in CLINICAL_TABLES:
        _refused(reception, f"SELECT * FROM {table} LIMIT 1")
    # Of an intake, only what a take-home sheet prints (date, pregnancy, pain now).
    _refused(reception, "SELECT * FROM intake LIMIT 1")
    for column in ("complaint", "gestation_weeks", "pattern", "answer_notes", "nrs_worst"):
        _refused(reception, f"SELECT {column} FROM intake LIMIT 1")
    with reception.engine.connect() as connection:
        connection.execute(text("SELECT intake_date, pregnant, nrs_now FROM intake LIMIT 1"))
    for table, columns in CLINICAL_COLUMNS.items():  # tables the front desk reads in part
        for column in columns:
            _refused(reception, f"SELECT {column} FROM {table} LIMIT 1")
        _refused(reception, f"SELECT * FROM {table} LIMIT 1")
    assert "notes" in CLINICAL_COLUMNS["treatment_session"]
    _refused(reception, "SELECT password_hash FROM app_user")
    _refused(reception, "SELECT * FROM app_user")
    _refused(reception, "SELECT detail FROM audit_event")
    _refused(reception, "UPDATE clinic SET name = 'Mallory Clinic', idle_lock_minutes = 30")
    with reception.engine.connect() as connection:  # the accounts, without the hashes
        assert connection.scalar(text("SELECT count(username) FROM app_user")) == 3


def test_reception_still_does_what_reception_does(pg_clinic: Clinic) -> None:
    people = pg_clinic.people
    reception = pg_clinic.open("reza")
    reza = people.reza
    directory = PatientDirectory(reception, reza)
    assert people.patient in directory.search_ids("Zoë")
    overview = directory.overview(people.patient)
    assert overview is not None and overview.given_name == "Zoë"
    registry = PatientRegistry(reception, reza)
    added = registry.register(
        PatientDraft(
            given_name="Nell",
            family_name="Ó Briain",
            date_of_birth=dt.date(1990, 3, 1),
            sex="female",
        )
    )
    updated = registry.update(
        added.id, PatientDraft(**{**vars(added.draft), "phone": "+353 1 555"}), added.version
    )
    registry.set_archived(added.id, True, updated.version)
    assert registry.possible_duplicates(added.draft) is not None
    assert directory.count("Nell", include_archived=True) == 1
    assert directory.rows([people.patient])[people.patient].chart_number
    courses = CourseService(reception, reza, today=lambda: TODAY)
    schedule = courses.schedule(people.course)
    waiting = next(s for s in schedule.sessions if s.id == people.scheduled)
    moved = courses.reschedule(
        waiting.id, waiting.session_date + dt.timedelta(days=1), waiting.version
    )
    sessions = SessionService(reception, reza, today=lambda: TODAY)
    sessions.record_fee(moved.id, 7000, moved.version)
    sessions.record_payment(people.signed[1], 2500, PaymentMethod.CASH, TODAY)
    documents = DocumentService(reception, reza, today=lambda: TODAY)
    choices = documents.choices(people.patient)
    assert choices.courses
    receipt = documents.prepare(  # printing takes the number and counts the issue
        DocumentRequest(DocumentKind.RECEIPT, people.patient, course_id=people.course), Use.PRINT
    )
    sheet = documents.prepare(
        DocumentRequest(DocumentKind.TAKE_HOME, people.patient, session_id=people.signed[0])
    )
    assert receipt.object_type == "receipt" and sheet.object_id == people.signed[0]
    # The patient gets the same sheet from the desk as from the practitioner (pregnancy
    # warning signs, the day's adverse events, the course's pain).
    same = DocumentService(pg_clinic.open("ada"), people.ada, today=lambda: TODAY).prepare(
        DocumentRequest(DocumentKind.TAKE_HOME, people.patient, session_id=people.signed[0])
    )
    assert sheet.content == same.content
    end = documents.prepare(
        DocumentRequest(DocumentKind.TAKE_HOME, people.patient, course_id=people.course)
    )
    assert end.content.course_end is not None
    with reception.engine.connect() as connection:  # the chain's head, for anchors
        count, last_id, last_hash = connection.execute(
            text(
                "SELECT count(*), max(id), "
                "(SELECT row_hash FROM audit_event ORDER BY id DESC LIMIT 1) FROM audit_event"
            )
        ).one()
    assert count == last_id and len(last_hash) == 64
    assert AuditTrail().verify(pg_clinic.owner).ok


def test_practitioner_reads_and_writes_the_clinical_record(pg_clinic: Clinic) -> None:
    people = pg_clinic.people
    practitioner = pg_clinic.open("ada")
    intakes = IntakeService(practitioner, people.ada, today=lambda: TODAY)
    latest = intakes.latest(people.patient)
    assert latest is not None and latest.draft.complaint == document_clinic.COMPLAINT
    with practitioner.engine.begin() as connection:
        for table in CLINICAL_TABLES:
            connection.execute(text(f"SELECT * FROM {table} LIMIT 1"))
        connection.execute(
            text("INSERT INTO medication (intake_id, text) VALUES (:intake, 'Ibuprofen 400 mg')"),
            {"intake": latest.id},
        )
    sessions = SessionService(practitioner, people.ada, today=lambda: TODAY)
    record = sessions.open_today(people.course)  # session 3, drafted today
    room = RoomService(practitioner, people.ada, sessions, today=lambda: TODAY).open(record.id)
    assert room.session_id == record.id
    saved = sessions.save_draft(
        record.id, replace(record.draft, notes="Felt lighter afterwards."), record.version
    )
    sessions.sign(saved.id, saved.version)
    report = DocumentService(practitioner, people.ada, today=lambda: TODAY).prepare(
        DocumentRequest(DocumentKind.CLINICAL_REPORT, people.patient, course_id=people.course)
    )
    assert report.object_id == people.course
    _refused(practitioner, "SELECT password_hash FROM app_user")
    _refused(practitioner, "UPDATE user_role SET role = 'admin'")
    _refused(practitioner, "INSERT INTO user_role (user_id, role) VALUES (:id, 'admin')", id=1)
    assert AuditTrail().verify(pg_clinic.owner).ok


def test_an_admin_still_does_what_admins_do_and_reads_nothing_clinical(pg_clinic: Clinic) -> None:
    people = pg_clinic.people
    admin = pg_clinic.open("sam")
    sam = people.sam
    assert people.patient in PatientDirectory(admin, sam).search_ids("Zoë")
    service = ClinicService(admin, AuditTrail())
    current = service.settings()
    changed = service.update_settings(sam, replace(current, idle_lock_minutes=7))
    assert changed.idle_lock_minutes == 7
    reader = AuditReader(admin, AuditTrail())
    assert {u.username for u in reader.users(sam)} >= {"ada", "reza", "sam"}
    assert reader.entries(sam, AuditFilter(patient_id=people.patient, limit=5))
    assert AuditTrail().verify(admin).ok  # an admin verifies the chain with their own login
    for table in CLINICAL_TABLES:
        _refused(admin, f"SELECT * FROM {table} LIMIT 1")
    _refused(admin, "SELECT notes FROM treatment_session LIMIT 1")


def test_a_person_updates_only_their_own_sign_in_bookkeeping(pg_clinic: Clinic) -> None:
    reception = pg_clinic.open("reza")
    people = pg_clinic.people
    with reception.engine.begin() as connection:
        changed = connection.execute(
            text("UPDATE app_user SET failed_sign_ins = 0, last_sign_in_at = now()")
        ).rowcount
    assert changed == 1  # row-level security: Reza's own row, not Ada's or Sam's
    _refused(reception, "UPDATE app_user SET active = false WHERE id = :id", id=people.ada.user_id)
    _refused(reception, "UPDATE app_user SET db_login = 'x' WHERE id = :id", id=people.reza.user_id)


def test_only_admins_manage_logins(pg_clinic: Clinic) -> None:
    people = pg_clinic.people
    for username in ("ada", "reza"):
        _refused(
            pg_clinic.open(username),
            "SELECT acuplanner_sync_login(:id, NULL)",
            id=getattr(people, username).user_id,
        )
        _refused(pg_clinic.open(username), "INSERT INTO app_user (username) VALUES ('mallory')")
    admin = pg_clinic.open("sam")
    with admin.write() as session:  # as the app's account service does
        mia = User(username="mia", password_hash="$argon2id$x", roles=[UserRole(role="reception")])
        session.add(mia)
        session.flush()
        login = session.scalar(
            text("SELECT acuplanner_sync_login(:id, :verifier)"),
            {"id": mia.id, "verifier": scram_verifier("Mia's own password")},
        )
    assert login == pg_clinic.login("mia")
    with psycopg.connect(
        **{**pg_clinic.dsn("reza"), "user": login, "password": "Mia's own password"}
    ):
        pass
    with admin.engine.connect() as connection:  # audited in the admin's name
        row = connection.execute(
            text("SELECT user_id, detail FROM audit_event WHERE object_id = :id ORDER BY id"),
            {"id": mia.id},
        ).all()[-1]
    assert row.user_id == people.sam.user_id
    assert row.detail == {
        "can_sign_in": True,
        "database_login": "created",
        "password_set": True,
        "roles": ["reception"],
    }
    _refused(admin, "UPDATE app_user SET db_login = 'postgres' WHERE id = :id", id=mia.id)


def test_nobody_but_the_owner_writes_the_audit_table(pg_clinic: Clinic) -> None:
    for username in ("ada", "reza", "sam"):
        database = pg_clinic.open(username)
        for statement in (
            "INSERT INTO audit_event (action, prev_hash, row_hash) VALUES ('x', '', '')",
            "UPDATE audit_event SET action = 'x'",
            "DELETE FROM audit_event",
            "TRUNCATE audit_event",
        ):
            _refused(database, statement)
    assert AuditTrail().verify(pg_clinic.owner).ok


def test_a_login_cannot_forge_the_actor_or_the_time_of_an_audit_row(pg_clinic: Clinic) -> None:
    people = pg_clinic.people
    reception = pg_clinic.open("reza")
    before = dt.datetime.now(dt.UTC)
    with reception.engine.begin() as connection:
        new_id = connection.scalar(
            text(
                "SELECT acuplanner_audit_append(:ada, 'desk', :patient, 'open_record', "
                "'patient', :patient, '{\"scope\": \"clinical\"}', '2001-01-01T00:00:00Z')"
            ),
            {"ada": people.ada.user_id, "patient": people.patient},
        )
    with pg_clinic.owner.read() as session:
        row = session.get(AuditEvent, new_id)
        assert row is not None
        assert row.user_id == people.reza.user_id  # in Reza's own name
        assert before - dt.timedelta(seconds=5) < row.occurred_at < before + dt.timedelta(minutes=1)
    # Through the app, a wrong actor or clock changes nothing either.
    forged = Actor(people.ada.user_id, "ada", people.ada.roles, "", "desk")
    trail = AuditTrail(clock=lambda: dt.datetime(2001, 1, 1, tzinfo=dt.UTC))
    with reception.write() as session:
        trail.record(session, forged, "open_record", patient_id=people.patient)
    last = AuditTrail().query(pg_clinic.owner, AuditFilter(limit=1))[0]
    assert last.user_id == people.reza.user_id and last.occurred_at.year > 2001
    assert AuditTrail().verify(pg_clinic.owner).ok


def test_the_server_chains_awkward_rows_with_pythons_bytes(pg_clinic: Clinic) -> None:
    practitioner = pg_clinic.open("ada")
    details: list[dict[str, object]] = [
        {"text": s, s or "empty": [s, 1, None, True, False]} for s in AWKWARD
    ]
    details += [
        {"z": 1, "a": {"é": 2, "e": 3, "Z": [], "": {}}, "É": -0},
        {"floats": [0.1, 1.5, -2.0, 1e16, 1e15, 1234567890123456.7, 1e-05, 0.0001, 1e100]},
        {"floats": [1e22, 2.5e-300, 123456789.0, -0.0, 5e-324, 1.7976931348623157e308]},
        {"big": 12345678901234567890123, "neg": -7, "nested": [[[{"k": "v"}]]]},
    ]
    for index, detail in enumerate(details):
        workstation = AWKWARD[index % len(AWKWARD)]
        actor = Actor(
            pg_clinic.people.ada.user_id, "ada", pg_clinic.people.ada.roles, "", workstation
        )
        with practitioner.write() as session:
            AuditTrail().record(session, actor, "update", object_type="x", detail=detail)
    with pg_clinic.owner.write() as session:  # clinic IT's role: its own actor and time
        AuditTrail(clock=lambda: dt.datetime(2026, 1, 2, 3, 4, 5, 6789, tzinfo=dt.UTC)).record(
            session, None, "restore", detail={"awkward": list(AWKWARD)}
        )
    result = AuditTrail().verify(pg_clinic.owner)
    assert result.ok, result.problem
    with pg_clinic.owner.read() as session:
        rows = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(12)).all()
    assert rows[0].user_id is None and rows[0].occurred_at.microsecond == 6789
    for row in rows:
        assert row_hash(row.prev_hash, row) == row.row_hash
    stored = [r.detail for r in reversed(rows[1:])][-len(details) :]
    assert stored == [json.loads(json.dumps(d)) for d in details]


def test_a_login_cannot_connect_to_another_clinics_database(pg_clinic: Clinic) -> None:
    other = pg_clinic.server.create_migrated_database()
    try:
        with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
            psycopg.connect(**pg_clinic.dsn("reza", other))
        with psycopg.connect(**pg_clinic.dsn("reza")):
            pass  # its own clinic's database
    finally:
        pg_clinic.server.drop_database(other)


def test_a_disabled_account_cannot_connect_nor_act(pg_clinic: Clinic) -> None:
    people = pg_clinic.people
    connected = pg_clinic.open("reza")
    with connected.engine.connect() as connection:
        connection.execute(text("SELECT 1 FROM patient LIMIT 1"))
        with pg_clinic.owner.write() as session:
            user = session.get(User, people.reza.user_id)
            assert user is not None
            user.active = False
        pg_clinic.sync(people.reza.user_id, None)
        with pytest.raises(DBAPIError, match="permission denied"):
            connection.execute(text("SELECT 1 FROM patient LIMIT 1"))  # at the next action
        connection.rollback()
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        psycopg.connect(**pg_clinic.dsn("reza"))


def test_a_wrong_password_is_refused_by_the_server(pg_clinic: Clinic) -> None:
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(**{**pg_clinic.dsn("ada"), "password": "not Ada's password"})
    new = "Ein ganz neues Paßwort ⅨⅩ\u00ad"  # NFKC and a soft hyphen: SASLprep'd
    pg_clinic.sync(pg_clinic.people.ada.user_id, new)
    with psycopg.connect(**{**pg_clinic.dsn("ada"), "password": new}):
        pass
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(**pg_clinic.dsn("ada"))


# --- the pieces -----------------------------------------------------------------------------


def test_login_role_names_and_their_limit() -> None:
    assert login_role("clinic", "anna") == "anna@clinic"
    assert login_role("c" * 57, "anna") == f"anna@{'c' * 57}"
    with pytest.raises(ValidationError, match="User name: at most 5 bytes") as refused:
        login_role("c" * 57, "annabel")
    assert refused.value.field == "username"


def test_scram_verifier_has_postgresqls_format() -> None:
    verifier = scram_verifier("correct horse battery", salt=b"0123456789abcdef")
    assert verifier.startswith("SCRAM-SHA-256$4096:MDEyMzQ1Njc4OWFiY2RlZg==$")
    assert verifier != scram_verifier("correct horse battery")  # a new salt each time
    assert "correct horse" not in verifier


@pytest.mark.both_engines
def test_0012_goes_down_to_0011_and_up_again(db: Database) -> None:
    from alembic import command

    from planner.storage.migrations import _script_location, alembic_config

    def state() -> tuple[bool, bool]:
        with db.engine.connect() as connection:
            column = "db_login" in {c["name"] for c in inspect(connection).get_columns("app_user")}
            function = db.backend == "postgresql" and bool(
                connection.scalar(text("SELECT to_regproc('acuplanner_audit_append')"))
            )
        return column, function

    assert state() == (True, db.backend == "postgresql")
    with _script_location() as location, db.engine.begin() as connection:
        config = alembic_config(location)
        config.attributes["connection"] = connection
        command.downgrade(config, "0011_audit_chain_guard")
    assert state() == (False, False)
    with _script_location() as location, db.engine.begin() as connection:
        config = alembic_config(location)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    assert state() == (True, db.backend == "postgresql")
    with db.write() as session:
        AuditTrail().record(session, None, "settings")
    assert AuditTrail().verify(db).ok
