"""PostgreSQL set-up by clinic IT with the owner's URL: ``acuplanner pg-logins
[--retire-role ROLE]`` (every account its own database login) and the retired
``grant-app-role``.
"""

from __future__ import annotations

from planner.cli.common import Subcommands


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
    from planner.services.maintenance import issue_server_logins

    logins = issue_server_logins(database, retire_role)
    print(f"Each account now signs in to the database {logins.database_name} as itself.")
    for username, password in logins.issued.items():
        print(f"{username}\t{password}")
    if logins.issued:
        print(
            "These one-time passwords are shown only now: hand each to its person, who "
            "must choose their own at their first sign-in in the window (File → Change my "
            "password…)."
        )
    else:
        print("Every account already had its login; no password was changed.")
    if retire_role is not None:
        print(f"The shared login {retire_role} has nothing left in this database.")
    port = f":{logins.port}" if logins.port else ""
    print(
        f"Workstations: --database postgresql+psycopg://{logins.host}{port}/{logins.database_name}"
    )
    return 0


def grant_command(database: str, role: str) -> int:
    from planner.services.maintenance import grant_app_role

    grant_app_role(database, role)
    print(f"Granted {role} what AcuPlanner needs; audit rows are insert-only for it.")
    return 0
