"""PostgreSQL: each person signs in as their own login role; the groups hold the rights.

The schema is owned by the role that runs ``acuplanner migrate`` (clinic IT). Every
AcuPlanner account on PostgreSQL has a login role, ``login_role(database, username)``
(``anna@clinic``), whose password the server checks (SCRAM-SHA-256; the app sends only
the verifier, :func:`scram_verifier`, never the password). The login is a member of one
NOLOGIN group role per AcuPlanner role (:data:`GROUPS`), and the groups hold the grants
:func:`apply_grants` gives: what each role's services actually do, and no more.

* reception reads demographics, the schedule, fees and payments, and what a signed
  take-home sheet or a receipt prints (of an intake only its date, pregnancy and pain
  now; a session's pregnancy answer, adverse events and outcome scores; a course's
  target pain); it cannot read the rest of intakes and their history, medications,
  allergies and red flags, plans, course reviews, safety findings, session notes, other
  health changes, responses, amendments, course goals and rationale, or the treatment
  room's record;
* nobody but admins' group writes ``app_user`` and ``user_role`` (a person updates only
  their own row's sign-in bookkeeping, enforced by row-level security), and nobody but
  clinic IT's owner role reads ``app_user.password_hash`` except admins;
* nobody but the owner inserts, changes or removes ``audit_event`` rows: audit rows are
  written by ``acuplanner_audit_append`` (SECURITY DEFINER, migration 0012), which takes
  the actor from the login and the time from the server's clock and computes the chain;
* accounts' login roles are created and changed by ``acuplanner_sync_login`` (admins'
  group only).
* a person changes their own password (and clears ``password_must_change``, set when
  someone else chose it) only through ``acuplanner_change_own_password``, which acts on
  the connected login's own account and no other (all three groups).

The groups are cluster-wide (one set for every AcuPlanner database on the server); the
login roles and CONNECT are per database, so a login of one clinic's database cannot
connect to another's.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import stringprep
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Connection, CursorResult, Engine, text

from planner.domain.errors import ConfigurationError, ValidationError
from planner.domain.i18n import translate
from planner.domain.vocab import Role

PRACTITIONER = "acuplanner_practitioner"
RECEPTION = "acuplanner_reception"
ADMIN = "acuplanner_admin"
GROUPS: dict[Role, str] = {
    Role.PRACTITIONER: PRACTITIONER,
    Role.RECEPTION: RECEPTION,
    Role.ADMIN: ADMIN,
}
MAX_ROLE_BYTES = 63  # PostgreSQL's NAMEDATALEN - 1
SCRAM_ITERATIONS = 4096  # PostgreSQL's default (scram_iterations)

# As PostgreSQL writes them (regprocedure): the functions of migration 0012 the groups call.
AUDIT_APPEND = (
    "acuplanner_audit_append(bigint,text,bigint,text,text,bigint,text,timestamp with time zone)"
)
SYNC_LOGIN = "acuplanner_sync_login(bigint,text,text)"
CHANGE_OWN_PASSWORD = "acuplanner_change_own_password(text,text,text)"


def login_role(database: str, username: str) -> str:
    """The PostgreSQL login role of ``username``'s account in ``database``."""
    name = f"{username}@{database}"
    if len(name.encode()) > MAX_ROLE_BYTES:
        room = MAX_ROLE_BYTES - len(f"@{database}".encode())
        raise ValidationError(
            "username",
            translate(
                "postgres",
                "User name: at most {limit} bytes on this database server (its database "
                "login is the user name, '@' and the database's name).",
            ).format(limit=max(room, 0)),
        )
    return name


# --- SCRAM-SHA-256 (RFC 5802, RFC 7677), as PostgreSQL stores it ----------------------------


def scram_verifier(
    password: str, *, salt: bytes | None = None, iterations: int = SCRAM_ITERATIONS
) -> str:
    """The SCRAM-SHA-256 secret PostgreSQL stores for ``password``:
    ``SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>`` (base64).

    Computed here so that ``ALTER ROLE … PASSWORD`` carries only the verifier: the clear
    password never reaches the server or its logs. The password is SASLprep-ed first, as
    PostgreSQL and libpq do (and used as it is when SASLprep refuses it, as they do).
    """
    salt = os.urandom(16) if salt is None else salt
    salted = hashlib.pbkdf2_hmac("sha256", _saslprep(password), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


_PROHIBITED = (
    stringprep.in_table_c12,
    stringprep.in_table_c21_c22,
    stringprep.in_table_c3,
    stringprep.in_table_c4,
    stringprep.in_table_c5,
    stringprep.in_table_c6,
    stringprep.in_table_c7,
    stringprep.in_table_c8,
    stringprep.in_table_c9,
    stringprep.in_table_a1,  # unassigned: PostgreSQL treats the password as a stored string
)


def _saslprep(password: str) -> bytes:
    """RFC 4013 SASLprep, falling back to the raw bytes where PostgreSQL does."""
    raw = password.encode("utf-8")
    if password.isascii():  # PostgreSQL: pure ASCII is used as it is
        return raw
    mapped = "".join(
        " " if stringprep.in_table_c12(ch) else ch
        for ch in password
        if not stringprep.in_table_b1(ch)
    )
    normal = unicodedata.normalize("NFKC", mapped)
    if not normal:
        return raw
    if any(check(ch) for ch in normal for check in _PROHIBITED):
        return raw
    rand_al = [stringprep.in_table_d1(ch) for ch in normal]
    if any(rand_al):
        if any(stringprep.in_table_d2(ch) for ch in normal):
            return raw
        if not (rand_al[0] and rand_al[-1]):
            return raw
    return normal.encode("utf-8")


# --- the grants ----------------------------------------------------------------------------

_P, _R, _A = PRACTITIONER, RECEPTION, ADMIN
_ALL = "SELECT, INSERT, UPDATE, DELETE"
_CLINICAL = {_P: _ALL}  # practitioners alone (admins see no clinical data)
_CHART_NUMBER = "SELECT, UPDATE (next_chart_number, version, updated_at, updated_by_id)"

# What each group may do per table; a table not named here gets nothing for anyone
# (tests/integration/test_pg_logins_server.py checks every table of the schema is named).
TABLE_GRANTS: dict[str, dict[str, str]] = {
    "alembic_version": {_P: "SELECT", _R: "SELECT", _A: "SELECT"},
    # Registering a patient takes the next chart number; only admins change the settings.
    "clinic": {_P: _CHART_NUMBER, _R: _CHART_NUMBER, _A: "SELECT, INSERT, UPDATE"},
    # app_user is granted column by column below (password_hash, db_login).
    "user_role": {_P: "SELECT", _R: "SELECT", _A: _ALL},
    "patient": {_P: "SELECT, INSERT, UPDATE", _R: "SELECT, INSERT, UPDATE", _A: "SELECT"},
    # The audit trail: appended only through acuplanner_audit_append. Reception reads
    # only what the chain's head needs (anchors at sign-out).
    "audit_event": {
        _P: "SELECT",
        _R: "SELECT (id, occurred_at, prev_hash, row_hash)",
        _A: "SELECT",
    },
    # The front desk: the schedule, fees, payments and receipts; reception reads these
    # two tables but their CLINICAL_COLUMNS (below).
    # Admins close the day too (issue 18): the takings read payments, and of sessions and
    # courses only who treated and "session n of m" (nothing clinical).
    "course": {_P: _ALL, _A: "SELECT (id, patient_id, practitioner_id, planned_sessions)"},
    "treatment_session": {
        _P: _ALL,
        _R: "UPDATE (fee_cents, session_date, version, updated_at, updated_by_id)",
        _A: "SELECT (id, course_id, patient_id, number, practitioner_id)",
    },
    "session_payment": {_P: "SELECT, INSERT", _R: "SELECT, INSERT", _A: "SELECT"},
    # The appointment book (0016): booked, moved, checked in, cancelled; never deleted.
    "appointment": {_P: "SELECT, INSERT, UPDATE", _R: "SELECT, INSERT, UPDATE", _A: "SELECT"},
    "clinic_room": {_P: "SELECT", _R: "SELECT", _A: "SELECT, INSERT, UPDATE"},
    "receipt_number": {_P: "SELECT, INSERT", _R: "SELECT, INSERT"},  # + LATER_COLUMNS
    # What a signed take-home sheet prints (reception prints those): the points and
    # techniques given and the advice ticked.
    "session_point": {_P: _ALL, _R: "SELECT"},
    "electro_stimulation": {_P: _ALL, _R: "SELECT"},
    "cupping_application": {_P: _ALL, _R: "SELECT"},
    "moxa_application": {_P: _ALL, _R: "SELECT"},
    "take_home_advice": {_P: _ALL, _R: "SELECT"},
    # The sheet also warns a pregnant patient, says what to do about the day's adverse
    # events and, at a course's end, shows pain now first -> latest against the goal: the
    # intake's date, pregnancy and pain now, the events and the scores (issue 16).
    "intake": {_P: _ALL, _R: "SELECT (id, patient_id, intake_date, pregnant, nrs_now)"},
    "adverse_event": {_P: _ALL, _R: "SELECT"},
    "outcome_score": {_P: _ALL, _R: "SELECT"},
    # Clinical: practitioners only.
    "prior_treatment": _CLINICAL,
    "history_condition": _CLINICAL,
    "medication": _CLINICAL,
    "allergy": _CLINICAL,
    "red_flag_answer": _CLINICAL,
    "consent": _CLINICAL,
    "planned_technique": _CLINICAL,
    "point_prescription": _CLINICAL,
    "course_review": _CLINICAL,
    "safety_override": _CLINICAL,
    "plan_template": _CLINICAL,
    "amendment": _CLINICAL,
    "room_session": _CLINICAL,
    "room_timer": _CLINICAL,
}

# Grants on a column a later migration added, given once the column is there (migration
# 0012 applies the grants at its own revision, before these columns exist).
LATER_COLUMNS: dict[tuple[str, str], dict[str, str]] = {
    # A receipt counts each time it is printed or saved (COPY from the second; 0014).
    ("receipt_number", "issued_count"): {
        _P: "UPDATE (issued_count, updated_at)",
        _R: "UPDATE (issued_count, updated_at)",
    },
}

# The clinical columns of tables reception reads (the ORM loads them only when used:
# planner.storage.base.CLINICAL): reception's group may read every other column.
CLINICAL_COLUMNS: dict[str, tuple[str, ...]] = {
    "treatment_session": (
        "response",
        "history_changes",
        "new_red_flags",
        "new_conditions",
        "new_medications",
        "anything_new",
        "notes",
    ),
    "course": (
        "extension_reason",
        "sessions_reason",
        "goals",
        "rationale",
        "protocol",
    ),
}
# app_user: everyone reads the accounts but the password hashes; admins write them (never
# db_login, which only acuplanner_sync_login sets); a person updates their own sign-in
# bookkeeping (row-level security: only the row whose db_login is theirs).
_SECRET_COLUMNS = ("password_hash",)
_SELF_UPDATE = (
    "password_hash",
    "failed_sign_ins",
    "last_failed_sign_in_at",
    "last_sign_in_at",
    "password_changed_at",
    "version",
    "updated_at",
    "updated_by_id",
)
_ADMIN_NOT_WRITTEN = ("db_login",)

_ENSURE_GROUPS = """
DO $$
DECLARE
    g text;
BEGIN
    FOREACH g IN ARRAY ARRAY['acuplanner_practitioner', 'acuplanner_reception',
                             'acuplanner_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', g);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;  -- created meanwhile by another database's migration
            END;
        END IF;
    END LOOP;
END
$$"""

# Everyone but the owner and the groups loses what they were given on our objects: the
# shared workstation login of earlier versions (grant_app_role) in particular.
_FOREIGN_GRANTEES = """
SELECT DISTINCT c.relname, c.relkind, r.rolname
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  CROSS JOIN LATERAL aclexplode(c.relacl) a
  JOIN pg_roles r ON r.oid = a.grantee
 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S', 'v', 'p')
   AND a.grantee <> c.relowner
   AND r.rolname NOT IN ('acuplanner_practitioner', 'acuplanner_reception', 'acuplanner_admin')
"""
_FOREIGN_CONNECT = """
SELECT r.rolname
  FROM pg_database d
  CROSS JOIN LATERAL aclexplode(d.datacl) a
  JOIN pg_roles r ON r.oid = a.grantee
 WHERE d.datname = current_database() AND a.grantee <> d.datdba
   AND a.privilege_type = 'CONNECT'
   AND NOT r.rolsuper AND r.rolname <> current_user
   AND right(r.rolname, length(current_database()) + 1) <> '@' || current_database()
"""

_RLS = (
    "ALTER TABLE app_user ENABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS app_user_read ON app_user",
    "DROP POLICY IF EXISTS app_user_admin ON app_user",
    "DROP POLICY IF EXISTS app_user_self ON app_user",
    "CREATE POLICY app_user_read ON app_user FOR SELECT USING (true)",
    "CREATE POLICY app_user_admin ON app_user FOR ALL TO acuplanner_admin "
    "USING (true) WITH CHECK (true)",
    "CREATE POLICY app_user_self ON app_user FOR UPDATE "
    "TO acuplanner_practitioner, acuplanner_reception "
    "USING (db_login = session_user) WITH CHECK (db_login = session_user)",
)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def apply_grants(bind: Engine | Connection) -> None:
    """Give the groups exactly what :data:`TABLE_GRANTS` says, and take everything else
    away; idempotent. Run by migration 0012, after a restore and after copying a template
    database. Must run as the owner of the schema (clinic IT's role)."""
    if bind.dialect.name != "postgresql":
        raise ConfigurationError(
            translate("postgres", "Roles are a PostgreSQL feature; SQLite has none to grant.")
        )
    if isinstance(bind, Engine):
        with bind.begin() as connection:
            _apply(connection)
    else:
        _apply(bind)


def _runner(connection: Connection) -> Callable[[str], CursorResult[Any]]:
    """Plain SQL, sent as it is (``%`` is format()'s, not a parameter)."""

    def run(statement: str) -> CursorResult[Any]:
        return connection.exec_driver_sql(statement, execution_options=_PLAIN)

    return run


_PLAIN = {"no_parameters": True}


def _apply(connection: Connection) -> None:
    run = _runner(connection)
    groups = ", ".join(GROUPS.values())
    run(_ENSURE_GROUPS)
    database = _quote(str(run("SELECT current_database()").scalar_one()))
    for row in run(_FOREIGN_GRANTEES).all():
        what = "SEQUENCE" if row.relkind == "S" else "TABLE"
        run(f"REVOKE ALL ON {what} {_quote(row.relname)} FROM {_quote(row.rolname)}")
    for (grantee,) in run(_FOREIGN_CONNECT).all():
        run(f"REVOKE CONNECT ON DATABASE {database} FROM {_quote(grantee)}")
    run(f"GRANT CONNECT ON DATABASE {database} TO CURRENT_USER")  # the schema's owner
    run(f"REVOKE CONNECT, TEMPORARY ON DATABASE {database} FROM PUBLIC")
    run("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    run("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC")
    run(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {groups}")
    run(f"GRANT USAGE ON SCHEMA public TO {groups}")
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {groups}")
    tables = {
        str(name)
        for (name,) in run("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").all()
    }
    for table in sorted(tables & TABLE_GRANTS.keys()):
        for group, privileges in TABLE_GRANTS[table].items():
            run(f"GRANT {privileges} ON {_quote(table)} TO {group}")
    for (table, column), grants in LATER_COLUMNS.items():
        if table in tables and column in _columns(connection, table):
            for group, privileges in grants.items():
                run(f"GRANT {privileges} ON {_quote(table)} TO {group}")
    for table, clinical in CLINICAL_COLUMNS.items():
        if table in tables:
            shown = _column_list(c for c in _columns(connection, table) if c not in clinical)
            run(f"GRANT SELECT ({shown}) ON {_quote(table)} TO {RECEPTION}")
    if "app_user" in tables:
        _grant_accounts(connection, groups)
    functions = {
        str(row[0])
        for row in run(
            "SELECT p.oid::regprocedure::text FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'public' AND starts_with(p.proname, 'acuplanner_')"
        ).all()
    }
    for signature in sorted(functions):  # trigger functions and helpers: the owner's only
        run(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC, {groups}")
    if AUDIT_APPEND in functions:
        run(f"GRANT EXECUTE ON FUNCTION {AUDIT_APPEND} TO {groups}")
    if SYNC_LOGIN in functions:
        run(f"GRANT EXECUTE ON FUNCTION {SYNC_LOGIN} TO {ADMIN}")
    if CHANGE_OWN_PASSWORD in functions:  # each person their own password, nobody else's
        run(f"GRANT EXECUTE ON FUNCTION {CHANGE_OWN_PASSWORD} TO {groups}")


def _grant_accounts(connection: Connection, groups: str) -> None:
    run = _runner(connection)
    columns = _columns(connection, "app_user")
    readable = _column_list(c for c in columns if c not in _SECRET_COLUMNS)
    run(f"GRANT SELECT ({readable}) ON app_user TO {groups}")
    run(f"GRANT SELECT (password_hash) ON app_user TO {ADMIN}")
    written = _column_list(c for c in columns if c not in _ADMIN_NOT_WRITTEN)
    run(f"GRANT INSERT ({written}), UPDATE ({written}) ON app_user TO {ADMIN}")
    own = _column_list(c for c in columns if c in _SELF_UPDATE)
    run(f"GRANT UPDATE ({own}) ON app_user TO {PRACTITIONER}, {RECEPTION}")
    if "db_login" in columns:
        for statement in _RLS:
            run(statement)


def _columns(connection: Connection, table: str) -> list[str]:
    rows = connection.execute(
        text(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = 'public' AND table_name = :table ORDER BY ordinal_position"
        ),
        {"table": table},
    )
    return [str(name) for (name,) in rows]


def _column_list(columns: Iterable[str]) -> str:
    return ", ".join(_quote(c) for c in columns)


def grant_app_role(engine: Engine, role: str) -> None:
    """The shared workstation login of earlier versions is gone: refused, saying why."""
    raise ConfigurationError(
        translate(
            "postgres",
            "AcuPlanner no longer uses one shared database login: each person signs "
            "in to PostgreSQL as themselves.",
        ),
        hint=translate(
            "postgres",
            "Run `acuplanner pg-logins --retire-role ROLE` once with the owner's "
            "URL: it gives every account its own login and takes the shared one's "
            "rights away.",
        ),
    )
