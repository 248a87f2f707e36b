"""PostgreSQL set-up by clinic IT with the owner's URL: ``acuplanner pg-logins
[--retire-role ROLE]`` (every account its own database login) and the retired
``grant-app-role``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.cli.common import Subcommands
from planner.domain.errors import ConfigurationError

if TYPE_CHECKING:
    from planner.storage.database import Database


def add_pg_logins_parser(commands: Subcommands) -> None:
    pg_logins = commands.add_parser(
        "pg-logins",
        help="PostgreSQL, once, with the owner's URL: give every account its own database "
        "login (one-time passwords printed once) instead of the workstations' shared one",
    )
    pg_logins.add_argument(
        "--retire-role",
        metavar="ROLE",
        help="the shared login the workstations used: it loses everything in this database",
    )


def add_grant_parser(commands: Subcommands) -> None:
    grant = commands.add_parser(
        "grant-app-role",
        help="replaced by pg-logins (no more shared workstation login); says so and exits 2",
    )
    grant.add_argument("role")


def pg_logins_command(database: str, retire_role: str | None) -> int:
    """PostgreSQL, once per clinic, by clinic IT with the owner's URL: every account gets
    its own database login (active ones a one-time password, printed here once), and the
    shared login the workstations used (``--retire-role``) loses everything in this
    database. Afterwards the workstations' URL names only host, port and database."""
    from planner.services.accounts import AccountService
    from planner.services.actor import command_line_actor
    from planner.services.audit import AuditTrail
    from planner.storage.database import open_database

    db, _ = open_database(database)
    try:
        if db.backend != "postgresql":
            raise ConfigurationError("pg-logins is for PostgreSQL databases; SQLite has no logins.")
        if db.signs_in_at_server:
            raise ConfigurationError(
                "pg-logins needs the database owner's login in the URL "
                "(postgresql+psycopg://OWNER@HOST:PORT/DB); nothing was changed."
            )
        if retire_role is not None:
            _check_retirable(db, retire_role)
        issued = AccountService(db, AuditTrail()).issue_database_logins(command_line_actor())
        if retire_role is not None:
            _retire_role(db, retire_role)
    finally:
        db.dispose()
    print(f"Each account now signs in to the database {db.name} as itself.")
    for username, password in issued.items():
        print(f"{username}\t{password}")
    if issued:
        print(
            "These one-time passwords are shown only now: hand each to its person, who "
            "must choose their own at their first sign-in in the window (File → Change my "
            "password…)."
        )
    else:
        print("Every account already had its login; no password was changed.")
    if retire_role is not None:
        print(f"The shared login {retire_role} has nothing left in this database.")
    host = db.url.host or "localhost"
    port = f":{db.url.port}" if db.url.port else ""
    print(f"Workstations: --database postgresql+psycopg://{host}{port}/{db.name}")
    return 0


def _check_retirable(db: Database, role: str) -> None:
    """ConfigurationError unless ``role`` is a role other than ours and AcuPlanner's own."""
    from sqlalchemy import text

    with db.engine.connect() as connection:
        found = connection.execute(
            text(
                "SELECT rolname = session_user OR rolname = current_user, rolsuper "
                "FROM pg_roles WHERE rolname = :role"
            ),
            {"role": role},
        ).first()
    if found is None:
        raise ConfigurationError(f"There is no PostgreSQL role '{role}'; nothing was changed.")
    if found[0] or found[1] or role.startswith("acuplanner_") or "@" in role:
        raise ConfigurationError(
            f"'{role}' is not a shared workstation login pg-logins may retire; nothing was changed."
        )


def _retire_role(db: Database, role: str) -> None:
    """Take from ``role`` every privilege it has in this database."""
    from psycopg import sql
    from sqlalchemy import text

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


def grant_command(database: str, role: str) -> int:
    from planner.storage.database import open_database
    from planner.storage.pg_roles import grant_app_role

    db, _ = open_database(database)
    try:
        grant_app_role(db.engine, role)
    finally:
        db.dispose()
    print(f"Granted {role} what AcuPlanner needs; audit rows are insert-only for it.")
    return 0
