"""Each person signs in to PostgreSQL as themselves; the database enforces the roles

Revision ID: 0012_pg_login_roles
Revises: 0011_audit_chain_guard
Create Date: 2026-12-07

Issue 19: every workstation held one shared PostgreSQL login, so anyone could read
intakes and password hashes with ``psql`` or write a forged audit row. Now:

* ``app_user.db_login`` (both engines; NULL on SQLite) names the account's PostgreSQL
  login role (``planner.storage.pg_roles.login_role``);
* PostgreSQL: the cluster-wide NOLOGIN groups ``acuplanner_practitioner``,
  ``acuplanner_reception`` and ``acuplanner_admin`` are created when missing (the
  migrating role needs CREATEROLE), and get the grants of
  ``planner.storage.pg_roles.apply_grants``; CONNECT on the database is taken from PUBLIC
  (and from the shared login of earlier versions);
* ``acuplanner_audit_append`` (SECURITY DEFINER) is the only way a login writes an audit
  row: the actor is the account whose ``db_login`` is the connected login and the time is
  the server's clock (both taken from the caller only when it is clinic IT's owner role
  or a superuser); it serialises appends and computes the row's hash on the server with
  the same bytes as ``planner.services.audit.row_hash``;
* ``acuplanner_sync_login`` (SECURITY DEFINER, admins' group) creates or changes an
  account's login role from its row: password (a SCRAM verifier, never the password),
  LOGIN only while the account is active, membership of its roles' groups, CONNECT.
* ``app_user.password_must_change`` (both engines): a password someone else chose (an
  administrator, ``pg-logins``) must be replaced by its person at their next sign-in;
* ``acuplanner_change_own_password`` (SECURITY DEFINER, all three groups): the signed-in
  person sets their own password (the argon2 hash and their login's SCRAM verifier),
  which clears that flag, and nobody else's; audited.

Downgrade drops the functions and the columns; the groups, being cluster-wide and maybe
used by other AcuPlanner databases on the server, stay.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from planner.domain.errors import DatabaseUnavailable
from planner.storage.pg_roles import apply_grants

revision: str = "0012_pg_login_roles"
down_revision: str | None = "0011_audit_chain_guard"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# True when the connected role is clinic IT's: a superuser, the database's owner or the
# owner of the audit table (the role that migrated). Only they may name another actor or
# a time when appending an audit row.
_IS_OWNER = """
    (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
    OR session_user = (SELECT pg_get_userbyid(datdba) FROM pg_database
                        WHERE datname = current_database())
    OR session_user = (SELECT pg_get_userbyid(relowner) FROM pg_class
                        WHERE oid = 'public.audit_event'::regclass)
"""

POSTGRES_FUNCTIONS = (
    # A JSON number as Python's json.dumps(json.loads(token)) writes it: an integer as
    # its digits; a float (a '.' or an exponent) as repr(float): the shortest digits that
    # round-trip (float8 output), with ".0" on whole numbers and positional notation up to
    # 1e16 (PostgreSQL switches to an exponent from 1e15).
    r"""CREATE OR REPLACE FUNCTION acuplanner_json_number(token text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT
    SET search_path = pg_catalog, pg_temp
    SET extra_float_digits = 1
    AS $$
    DECLARE
        shown text;
        mantissa text;
        exponent int;
        digits text;
        sign text := '';
    BEGIN
        IF token !~ '[.eE]' THEN
            RETURN token::numeric::text;
        END IF;
        shown := token::float8::text;
        IF shown !~ 'e' THEN
            RETURN CASE WHEN shown ~ '\.' THEN shown ELSE shown || '.0' END;
        END IF;
        mantissa := split_part(shown, 'e', 1);
        exponent := split_part(shown, 'e', 2)::int;
        IF exponent <> 15 THEN
            RETURN shown;
        END IF;
        IF left(mantissa, 1) = '-' THEN
            sign := '-';
            mantissa := substr(mantissa, 2);
        END IF;
        digits := replace(mantissa, '.', '');
        IF length(digits) <= 16 THEN
            RETURN sign || rpad(digits, 16, '0') || '.0';
        END IF;
        RETURN sign || left(digits, 16) || '.' || substr(digits, 17);
    END
    $$""",
    # JSON text as Python's json.dumps(json.loads(text), sort_keys=True,
    # separators=(",", ":"), ensure_ascii=False) writes it (the last of duplicate keys
    # wins, as in Python; keys sorted by code point = UTF-8 byte order).
    """CREATE OR REPLACE FUNCTION acuplanner_json_canonical(doc json) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT
    SET search_path = pg_catalog, pg_temp
    AS $$
    DECLARE
        kind text := json_typeof(doc);
        result text;
    BEGIN
        IF kind = 'object' THEN
            SELECT '{' || coalesce(string_agg(
                       to_json(last.k)::text || ':' || public.acuplanner_json_canonical(last.v),
                       ',' ORDER BY last.k COLLATE "C"), '') || '}'
              INTO result
              FROM (SELECT DISTINCT ON (e.key) e.key AS k, e.value AS v
                      FROM json_each(doc) WITH ORDINALITY AS e(key, value, n)
                     ORDER BY e.key, e.n DESC) AS last;
            RETURN result;
        ELSIF kind = 'array' THEN
            SELECT '[' || coalesce(string_agg(public.acuplanner_json_canonical(e.value), ','
                                              ORDER BY e.n), '') || ']'
              INTO result
              FROM json_array_elements(doc) WITH ORDINALITY AS e(value, n);
            RETURN result;
        ELSIF kind = 'string' THEN
            RETURN to_json(doc #>> '{}')::text;
        ELSIF kind = 'number' THEN
            RETURN public.acuplanner_json_number(btrim(doc::text));
        END IF;
        RETURN btrim(doc::text);  -- true, false, null
    END
    $$""",
    f"""CREATE OR REPLACE FUNCTION acuplanner_audit_append(
        p_user_id bigint, p_workstation text, p_patient_id bigint, p_action text,
        p_object_type text, p_object_id bigint, p_detail text, p_occurred_at timestamptz)
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
    DECLARE
        v_user bigint;
        v_at timestamptz;
        v_prev text;
        v_detail text;
        v_hash text;
        v_id bigint;
    BEGIN
        IF {_IS_OWNER} THEN
            v_user := p_user_id;
            v_at := coalesce(p_occurred_at, clock_timestamp());
        ELSE
            SELECT id INTO v_user FROM app_user WHERE db_login = session_user;
            IF v_user IS NULL THEN
                RAISE EXCEPTION 'the database login % has no AcuPlanner account', session_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            v_at := clock_timestamp();
        END IF;
        IF json_typeof(coalesce(p_detail, '{{}}')::json) <> 'object' THEN
            RAISE EXCEPTION 'an audit row''s detail must be a JSON object'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        PERFORM pg_advisory_xact_lock(1094931777);  -- 0x41435541 "ACUA", as in audit.py
        SELECT row_hash INTO v_prev FROM audit_event ORDER BY id DESC LIMIT 1;
        v_prev := coalesce(v_prev, '');
        v_detail := acuplanner_json_canonical(coalesce(p_detail, '{{}}')::json);
        v_hash := encode(sha256(convert_to(
            '[' || to_json(v_prev)::text
            || ',' || to_json(to_char(v_at AT TIME ZONE 'UTC',
                                      'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text
            || ',' || coalesce(v_user::text, 'null')
            || ',' || to_json(coalesce(p_workstation, ''))::text
            || ',' || coalesce(p_patient_id::text, 'null')
            || ',' || to_json(p_action)::text
            || ',' || to_json(coalesce(p_object_type, ''))::text
            || ',' || coalesce(p_object_id::text, 'null')
            || ',' || v_detail || ']', 'UTF8')), 'hex');
        INSERT INTO audit_event (occurred_at, user_id, workstation, patient_id, action,
                                 object_type, object_id, detail, prev_hash, row_hash)
        VALUES (v_at, v_user, coalesce(p_workstation, ''), p_patient_id, p_action,
                coalesce(p_object_type, ''), p_object_id, v_detail::json, v_prev, v_hash)
        RETURNING id INTO v_id;
        RETURN v_id;
    END
    $$""",
    r"""CREATE OR REPLACE FUNCTION acuplanner_sync_login(
        p_user_id bigint, p_verifier text, p_workstation text DEFAULT '')
    RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
    DECLARE
        v_account app_user%ROWTYPE;
        v_login text;
        v_role pg_roles%ROWTYPE;
        v_roles text[];
        v_group text;
        v_created boolean := false;
    BEGIN
        SELECT * INTO v_account FROM app_user WHERE id = p_user_id FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'there is no account %', p_user_id
                USING ERRCODE = 'no_data_found';
        END IF;
        v_login := v_account.username || '@' || current_database();
        IF octet_length(v_login) > 63 THEN
            RAISE EXCEPTION 'the login role % is longer than 63 bytes', v_login
                USING ERRCODE = 'name_too_long';
        END IF;
        IF v_account.db_login IS NOT NULL AND v_account.db_login <> v_login THEN
            RAISE EXCEPTION 'account % has the login % but its user name gives %',
                p_user_id, v_account.db_login, v_login
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF p_verifier IS NOT NULL
           AND p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$'
        THEN
            RAISE EXCEPTION 'a password must be given as a SCRAM-SHA-256 verifier'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        SELECT * INTO v_role FROM pg_roles WHERE rolname = v_login;
        IF FOUND THEN
            IF v_role.rolsuper OR v_role.rolcreaterole OR v_role.rolcreatedb
               OR v_role.rolreplication OR v_role.rolbypassrls THEN
                RAISE EXCEPTION 'the role % is not an AcuPlanner login', v_login
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        ELSE
            EXECUTE format('CREATE ROLE %I NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE '
                           'INHERIT NOREPLICATION NOBYPASSRLS', v_login);
            v_created := true;
        END IF;
        IF p_verifier IS NOT NULL THEN
            EXECUTE format('ALTER ROLE %I PASSWORD %L', v_login, p_verifier);
        END IF;
        EXECUTE format('ALTER ROLE %I %s', v_login,
                       CASE WHEN v_account.active THEN 'LOGIN' ELSE 'NOLOGIN' END);
        SELECT coalesce(array_agg(role ORDER BY role), '{}') INTO v_roles
          FROM user_role WHERE user_id = p_user_id;
        FOREACH v_group IN ARRAY ARRAY['admin', 'practitioner', 'reception'] LOOP
            IF v_account.active AND v_group = ANY (v_roles) THEN
                EXECUTE format('GRANT %I TO %I', 'acuplanner_' || v_group, v_login);
            ELSE
                EXECUTE format('REVOKE %I FROM %I', 'acuplanner_' || v_group, v_login);
            END IF;
        END LOOP;
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), v_login);
        IF v_account.db_login IS NULL THEN
            UPDATE app_user SET db_login = v_login WHERE id = p_user_id;
        END IF;
        PERFORM acuplanner_audit_append(
            NULL, p_workstation, NULL, 'user_admin', 'user', p_user_id,
            json_build_object(
                'database_login', CASE WHEN v_created THEN 'created' ELSE 'updated' END,
                'password_set', p_verifier IS NOT NULL,
                'can_sign_in', v_account.active,
                'roles', CASE WHEN v_account.active THEN to_json(v_roles)
                              ELSE '[]'::json END)::text,
            NULL);
        RETURN v_login;
    END
    $$""",
    # The signed-in person's own password, and only theirs: the account is the one whose
    # login is connected (session_user), so nobody can set another's password or clear
    # another's password_must_change here. The caller has just proved the current password
    # by connecting with it (AccountService.change_own_password).
    r"""CREATE OR REPLACE FUNCTION acuplanner_change_own_password(
        p_hash text, p_verifier text, p_workstation text DEFAULT '')
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
    DECLARE
        v_account app_user%ROWTYPE;
    BEGIN
        SELECT * INTO v_account FROM app_user WHERE db_login = session_user FOR UPDATE;
        IF NOT FOUND OR NOT v_account.active THEN
            RAISE EXCEPTION 'the database login % has no active AcuPlanner account',
                session_user USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF p_hash IS NULL OR p_hash !~ '^\$argon2id?\$' THEN
            RAISE EXCEPTION 'a password must be given as an argon2 hash'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF p_verifier IS NULL
           OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$'
        THEN
            RAISE EXCEPTION 'a password must be given as a SCRAM-SHA-256 verifier'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        EXECUTE format('ALTER ROLE %I PASSWORD %L', v_account.db_login, p_verifier);
        UPDATE app_user
           SET password_hash = p_hash,
               password_must_change = false,
               password_changed_at = clock_timestamp(),
               failed_sign_ins = 0,
               last_failed_sign_in_at = NULL,
               version = version + 1,
               updated_at = clock_timestamp(),
               updated_by_id = v_account.id
         WHERE id = v_account.id;
        PERFORM acuplanner_audit_append(
            v_account.id, p_workstation, NULL, 'user_admin', 'user', v_account.id,
            '{"change": "own_password"}', NULL);
        RETURN v_account.id;
    END
    $$""",
)
POSTGRES_DROP = (
    "DROP FUNCTION IF EXISTS acuplanner_change_own_password(text, text, text)",
    "DROP FUNCTION IF EXISTS acuplanner_sync_login(bigint, text, text)",
    "DROP FUNCTION IF EXISTS "
    "acuplanner_audit_append(bigint, text, bigint, text, text, bigint, text, timestamptz)",
    "DROP FUNCTION IF EXISTS acuplanner_json_canonical(json)",
    "DROP FUNCTION IF EXISTS acuplanner_json_number(text)",
    "ALTER TABLE app_user DISABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS app_user_read ON app_user",
    "DROP POLICY IF EXISTS app_user_admin ON app_user",
    "DROP POLICY IF EXISTS app_user_self ON app_user",
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _require_createrole(bind)
    with op.batch_alter_table("app_user") as batch:
        batch.add_column(sa.Column("db_login", sa.String(63), nullable=True))
        batch.create_unique_constraint("uq_app_user_db_login", ["db_login"])
        batch.add_column(
            sa.Column(
                "password_must_change", sa.Boolean(), server_default=sa.false(), nullable=False
            )
        )
    if bind.dialect.name == "postgresql":
        for statement in POSTGRES_FUNCTIONS:
            op.execute(statement)
        apply_grants(bind)


def _require_createrole(bind: sa.Connection) -> None:
    """Each account's login role is created by acuplanner_sync_login, which runs as the
    role migrating now: it must be allowed to create roles (or be a superuser)."""
    role, allowed = bind.exec_driver_sql(
        "SELECT current_user, rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"
    ).one()
    if not allowed:
        raise DatabaseUnavailable(
            f"The PostgreSQL role {role} may not create roles, which signing in to the "
            "database as oneself needs; the database was not upgraded.",
            hint=f'Ask the server\'s administrator to run "ALTER ROLE {role} CREATEROLE;" '
            "(or to migrate as a superuser), then start AcuPlanner again.",
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for statement in POSTGRES_DROP:
            op.execute(statement)
    with op.batch_alter_table("app_user") as batch:
        batch.drop_column("password_must_change")
        batch.drop_constraint("uq_app_user_db_login", type_="unique")
        batch.drop_column("db_login")
