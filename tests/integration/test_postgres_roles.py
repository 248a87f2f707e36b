"""PostgreSQL: no shared workstation login any more; the groups' grants are re-applied.

Earlier versions had every workstation connect as one login given everything by
``grant_app_role``. That path now refuses, and ``apply_grants`` (migration 0012, restore,
the suite's template copies) takes such a login's rights away. The per-person logins
themselves are tested in tests/integration/test_pg_logins_server.py.
"""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from planner.domain.errors import ConfigurationError, DatabaseUnavailable
from planner.storage.database import Database, open_database
from planner.storage.pg_roles import GROUPS, apply_grants, grant_app_role
from tests.pg_server import PgServer

pytestmark = pytest.mark.both_engines  # roles exist on PostgreSQL only


def test_the_shared_login_is_refused_and_sqlite_has_no_grants(db: Database) -> None:
    with pytest.raises(ConfigurationError, match="no longer uses one shared database login"):
        grant_app_role(db.engine, "acuplanner_app")
    if db.backend == "sqlite":
        with pytest.raises(ConfigurationError, match="PostgreSQL feature"):
            apply_grants(db.engine)
    else:
        apply_grants(db.engine)  # idempotent: the migration ran it already
        apply_grants(db.engine)
        with db.engine.connect() as connection:
            for group in GROUPS.values():
                assert connection.scalar(
                    text("SELECT has_schema_privilege(:group, 'public', 'USAGE')"),
                    {"group": group},
                )
            assert not connection.scalar(
                text("SELECT has_database_privilege('public', current_database(), 'CONNECT')")
            )


def test_a_shared_login_of_an_earlier_version_loses_its_rights(pg_server: PgServer) -> None:
    name = pg_server.create_migrated_database()
    owner, _ = open_database(pg_server.url(name))
    shared = f"acuplanner_app_{name}"
    try:
        with owner.engine.begin() as connection:  # what grant_app_role used to give
            connection.exec_driver_sql(f"CREATE ROLE {shared} LOGIN PASSWORD 'shared secret'")
            connection.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{name}" TO {shared}')
            connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {shared}")
            connection.exec_driver_sql(
                f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {shared}"
            )
        dsn = f"host=127.0.0.1 port={pg_server.port} dbname={name} user={shared} "
        with psycopg.connect(dsn + "password='shared secret'") as connection:
            connection.execute("SELECT complaint FROM intake")  # as before: everything
        apply_grants(owner.engine)  # what `acuplanner migrate` (0012) and restore do
        with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
            psycopg.connect(dsn + "password='shared secret'")
        with owner.engine.connect() as connection:
            for table in ("intake", "patient", "audit_event", "app_user"):
                assert not connection.scalar(
                    text("SELECT has_table_privilege(:role, :table, 'SELECT')"),
                    {"role": shared, "table": table},
                )
        with (
            pytest.raises(DBAPIError, match="permission denied"),
            owner.engine.begin() as connection,
        ):
            connection.exec_driver_sql(f"SET ROLE {shared}")
            connection.exec_driver_sql("SELECT complaint FROM intake")
    finally:
        owner.dispose()
        pg_server.drop_database(name)
        with psycopg.connect(pg_server.admin_dsn(), autocommit=True) as connection:
            connection.execute(f"DROP ROLE IF EXISTS {shared}")


def test_a_role_that_may_not_create_roles_is_told_who_can(pg_server: PgServer) -> None:
    name = pg_server.create_database()
    role = f"clinic_it_nocreaterole_{name}"
    admin = pg_server.admin_dsn(name)
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f"CREATE ROLE {role} LOGIN")  # trusted: not in a group
        connection.execute(f"GRANT ALL ON SCHEMA public TO {role}")
        connection.execute("CREATE EXTENSION pg_trgm")
    try:
        with pytest.raises(DatabaseUnavailable, match="may not create roles") as refused:
            open_database(pg_server.url(name, user=role))
        assert f"ALTER ROLE {role} CREATEROLE" in refused.value.hint
        with psycopg.connect(admin, autocommit=True) as connection:  # nothing half-done
            assert connection.execute("SELECT to_regclass('patient')").fetchone() == (None,)
    finally:
        pg_server.drop_database(name)
        with psycopg.connect(pg_server.admin_dsn(), autocommit=True) as connection:
            connection.execute(f"DROP ROLE IF EXISTS {role}")
