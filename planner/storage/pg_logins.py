"""Retiring the shared workstation login of earlier versions (``acuplanner pg-logins
--retire-role ROLE``): the check that a role may be retired, and the REVOKEs that take
from it every privilege it has in this database and its AcuPlanner groups. PostgreSQL
only; run by clinic IT with the owner's URL. The accounts' own logins are
:mod:`planner.storage.pg_roles`.
"""

from __future__ import annotations

from sqlalchemy import text

from planner.domain.errors import ConfigurationError
from planner.domain.i18n import translate
from planner.storage.database import Database


def check_retirable(db: Database, role: str) -> None:
    """ConfigurationError unless ``role`` is a role other than ours and AcuPlanner's own."""
    with db.engine.connect() as connection:
        found = connection.execute(
            text(
                "SELECT rolname = session_user OR rolname = current_user, rolsuper "
                "FROM pg_roles WHERE rolname = :role"
            ),
            {"role": role},
        ).first()
    if found is None:
        raise ConfigurationError(
            translate(
                "postgres", "There is no PostgreSQL role '{role}'; nothing was changed."
            ).format(role=role)
        )
    if found[0] or found[1] or role.startswith("acuplanner_") or "@" in role:
        raise ConfigurationError(
            translate(
                "postgres",
                "'{role}' is not a shared workstation login pg-logins may retire; "
                "nothing was changed.",
            ).format(role=role)
        )


def retire_role(db: Database, role: str) -> None:
    """Take from ``role`` every privilege it has in this database."""
    from psycopg import sql  # PostgreSQL only: imported when used

    name = sql.Identifier(role)
    statements = [
        sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {}").format(name),
        sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {}").format(name),
        sql.SQL("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM {}").format(name),
        sql.SQL("REVOKE ALL ON SCHEMA public FROM {}").format(name),
        sql.SQL("REVOKE ALL ON DATABASE {} FROM {}").format(sql.Identifier(db.name), name),
    ]
    with db.engine.begin() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        for statement in statements:
            connection.exec_driver_sql(statement.as_string(raw))
        groups = connection.execute(
            text(
                "SELECT g.rolname FROM pg_auth_members m "
                "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member "
                "WHERE r.rolname = :role AND g.rolname LIKE 'acuplanner\\_%'"
            ),
            {"role": role},
        ).scalars()
        for group in list(groups):
            revoke = sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), name)
            connection.exec_driver_sql(revoke.as_string(raw))
