"""PostgreSQL: the role workstations connect as.

The schema is owned by the role that runs ``acuplanner migrate`` (clinic IT). The
workstations' role gets what the app needs and no more: it may add audit rows but
never change or remove them (on top of the triggers that refuse that to anyone).
"""

from __future__ import annotations

import re

from sqlalchemy import Engine

from planner.domain.errors import ConfigurationError

_ROLE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def grant_app_role(engine: Engine, role: str) -> None:
    if engine.dialect.name != "postgresql":
        raise ConfigurationError("Roles are a PostgreSQL feature; SQLite has none to grant.")
    if not _ROLE.match(role):
        raise ConfigurationError(
            f"'{role}' is not a plain PostgreSQL role name (lower-case letters, digits, _)."
        )
    database = engine.url.database
    statements = (
        f'GRANT CONNECT ON DATABASE "{database}" TO {role}',
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
        f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM {role}",
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM {role}",
    )
    with engine.begin() as connection:
        exists = connection.exec_driver_sql(
            "SELECT 1 FROM pg_roles WHERE rolname = %(role)s", {"role": role}
        ).first()
        if exists is None:
            raise ConfigurationError(
                f"There is no PostgreSQL role '{role}'.",
                hint=f"Create it first: CREATE ROLE {role} LOGIN PASSWORD '…';",
            )
        for statement in statements:
            connection.exec_driver_sql(statement)
