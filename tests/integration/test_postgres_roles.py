"""PostgreSQL: the workstations' role may add audit rows but never change or remove them."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy.exc import DBAPIError

from planner.domain.errors import ConfigurationError
from planner.services.audit import AuditTrail
from planner.storage.database import Database, open_database
from planner.storage.pg_roles import grant_app_role
from tests.factories import add_patient
from tests.integration.test_audit import ACTOR
from tests.pg_server import PgServer

pytestmark = pytest.mark.both_engines  # roles exist on PostgreSQL only


@pytest.fixture
def app_role_db(pg_server: PgServer):
    name = pg_server.create_database()
    owner, _ = open_database(pg_server.url(name))
    with owner.engine.begin() as connection:
        connection.exec_driver_sql("DROP ROLE IF EXISTS acuplanner_app")
        connection.exec_driver_sql("CREATE ROLE acuplanner_app LOGIN")
    grant_app_role(owner.engine, "acuplanner_app")
    app, _ = open_database(pg_server.url(name, user="acuplanner_app"))
    yield owner, app
    app.dispose()
    owner.dispose()
    pg_server.drop_database(name)
    with psycopg.connect(pg_server.admin_dsn(), autocommit=True) as connection:
        connection.execute("DROP ROLE acuplanner_app")


def test_app_role_inserts_audit_rows_but_cannot_change_them(app_role_db) -> None:
    _, app = app_role_db
    patient = add_patient(app)  # ordinary clinical work goes on
    with app.write() as session:
        AuditTrail().record(session, ACTOR, "open_record", patient_id=patient)
    for statement in ("UPDATE audit_event SET action = 'x'", "DELETE FROM audit_event"):
        with pytest.raises(DBAPIError, match="permission denied"), app.engine.connect() as conn:
            conn.exec_driver_sql(statement)
    assert AuditTrail().verify(app).ok


def test_grant_refuses_sqlite_and_odd_names(sqlite_db: Database, db: Database) -> None:
    with pytest.raises(ConfigurationError, match="PostgreSQL feature"):
        grant_app_role(sqlite_db.engine, "acuplanner_app")
    if db.backend == "postgresql":
        with pytest.raises(ConfigurationError, match="not a plain"):
            grant_app_role(db.engine, "x; DROP TABLE patient")
        with pytest.raises(ConfigurationError, match="no PostgreSQL role"):
            grant_app_role(db.engine, "nobody_here")
