"""``acuplanner audit verify [--against BACKUP]``: the audit chain checked against the
anchors kept outside the database (:mod:`planner.services.audit_anchors`).
"""

from __future__ import annotations

from pathlib import Path

from planner.cli.common import Subcommands
from planner.domain.errors import ConfigurationError


def add_parsers(commands: Subcommands) -> None:
    audit = commands.add_parser("audit", help="the audit trail")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_commands.add_parser(
        "verify",
        help="check that no audit row was edited or deleted, against the anchors kept "
        "outside the database (anchor file, backup manifests)",
    )
    verify.add_argument("--against", metavar="BACKUP", help="compare with this backup file only")


def audit_verify_command(
    database: str, data_dir: Path, folder: Path, *, against: str | None = None
) -> int:
    """Check the chain, then compare it with every anchor found - the anchor file in
    ``data_dir``, the manifests of the backups in ``folder`` - or with the backup
    ``against`` alone. One line per finding (exit 1), notes after; ``ok`` otherwise."""
    from planner.services.audit_anchors import ANCHOR_FILE_NAME, AuditAnchors
    from planner.services.maintenance import open_database

    if against is not None and not against.strip():
        raise ConfigurationError("audit verify --against: give the backup file to compare with.")
    backup = Path(against) if against is not None else None
    if backup is not None and not backup.is_file():
        raise ConfigurationError(f"There is no backup file at {backup}.")
    db = open_database(database)
    try:
        report = AuditAnchors(db, data_dir / ANCHOR_FILE_NAME, folder).verify(backup)
    finally:
        db.dispose()
    chain = report.chain
    if not chain.ok:
        print(f"audit trail damaged: {chain.problem} (after {chain.rows_checked} intact rows)")
    for finding in report.findings:
        print(finding)
    for note in report.notes:
        print(f"note: {note}")
    if not report.ok:
        return 1
    intact = f"ok: {chain.rows_checked} audit rows, chain intact"
    if backup is not None:
        print(f"{intact}; it holds everything the backup {backup.name} holds")
    elif report.compared:
        print(
            f"{intact}; it holds all {report.compared} heads recorded in "
            f"{report.sources} anchor{'s' if report.sources > 1 else ''} "
            "(anchor file, backup manifests)"
        )
    else:
        print(f"{intact}; no anchor recorded yet to compare it with")
    return 0
