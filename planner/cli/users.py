"""``acuplanner users add|list|disable|enable|reset-password``: the clinic's accounts,
through :class:`planner.services.accounts.AccountService`, signed in as an administrator.
"""

from __future__ import annotations

import argparse

from planner.cli.common import Subcommands, admin_credentials, ask_new_password
from planner.domain.vocab import Role


def add_parsers(commands: Subcommands) -> None:
    users = commands.add_parser(
        "users",
        help="manage user accounts: an administrator signs in ($ACUPLANNER_USER and "
        "$ACUPLANNER_PASSWORD, else asked); the first account of an empty database needs none",
    )
    user_commands = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = user_commands.add_parser("add", help="add an account (asks for the password)")
    add.add_argument("name")
    add.add_argument(
        "--role",
        dest="roles",
        action="append",
        required=True,
        choices=[role.value for role in Role],
        help="a role; repeat for several",
    )
    add.add_argument("--full-name", default="")
    add.add_argument("--credentials", default="")
    add.add_argument("--registration", default="", help="registration or licence number")
    user_commands.add_parser("list", help="list the accounts")
    for action, text in (
        ("disable", "disable an account (it can no longer sign in)"),
        ("enable", "enable a disabled account"),
        ("reset-password", "set a new password (asks for it)"),
    ):
        user_commands.add_parser(action, help=text).add_argument("name")


def users_command(database: str, args: argparse.Namespace) -> int:
    """``users add|list|disable|enable|reset-password``, signed in as an administrator.

    The administrator's name and password come from ``ACUPLANNER_USER`` and
    ``ACUPLANNER_PASSWORD``, else are asked on the terminal. A wrong password or an
    account that is not an administrator: one line, exit 2, nothing changed (audited).
    The one exception is the first account of an empty database (``users add NAME
    --role admin``), which nobody could sign in for yet.
    """
    from planner.services.accounts import AccountService, Profile
    from planner.services.audit import AuditTrail
    from planner.services.maintenance import open_database

    db = open_database(database)
    try:
        accounts = AccountService(db, AuditTrail())
        action = args.users_command
        roles = [Role(r) for r in args.roles] if action == "add" else []
        profile = (
            Profile(
                full_name=args.full_name,
                credentials=args.credentials,
                registration_number=args.registration,
            )
            if action == "add"
            else Profile()
        )
        if action == "add" and accounts.needs_first_account():
            user = accounts.add_first_user(args.name, ask_new_password(args.name), roles, profile)
            print(
                f"Added {user.username} ({', '.join(sorted(r.value for r in user.roles))}), "
                "the clinic's first account."
            )
            return 0
        actor = accounts.sign_in(*admin_credentials())
        try:
            accounts.check_can_manage_users(actor)
            if action == "list":
                for user in accounts.list_users(actor):
                    names = ",".join(sorted(role.value for role in user.roles))
                    state = "active" if user.active else "disabled"
                    print(f"{user.username}\t{names}\t{state}\t{user.profile.full_name}")
            elif action == "add":
                password = ask_new_password(args.name)
                user = accounts.add_user(actor, args.name, password, roles, profile)
                print(
                    f"Added {user.username} ({', '.join(sorted(r.value for r in user.roles))}); "
                    "they choose their own password at their first sign-in."
                )
            elif action in ("disable", "enable"):
                accounts.set_active(actor, args.name, action == "enable")
                print(f"{args.name}: {action}d.")
            else:
                accounts.reset_password(actor, args.name, ask_new_password(args.name))
                own = args.name.strip().lower() == actor.username
                later = "" if own else "; they choose their own at their next sign-in"
                print(f"{args.name}: password changed{later}.")
        finally:
            accounts.sign_out(actor)
    finally:
        db.dispose()
    return 0
