"""Anchors: the audit chain's head kept outside the database, so that cutting the trail
short or rewriting its past is found even when the chain itself was recomputed.

The hash chain (:mod:`planner.services.audit`) shows a row edited or removed *inside*
the chain, but whoever can write the table can recompute every later hash, or delete the
newest rows, and the chain is intact again. A *head* - how many rows, the last id and its
hash - recorded elsewhere pins the past down: the row at that id must still have that
hash (so, by the chain, every row before it is unchanged) and none of those rows may be
missing. Heads are kept

* in the anchor file ``audit-anchors.json`` in the data folder (owner-only), the last
  :data:`KEEP` heads per database, recorded at sign-in, at sign-out, at quitting and
  daily (with PostgreSQL logins, at start-up nobody is signed in: the sign-in does it);
* in each backup's manifest (``<backup>.manifest.json``, see
  :mod:`planner.storage.audit_guard`), and in the backup itself;
* in the application log (one line per head; ids and hashes only).

:meth:`AuditAnchors.verify` compares the table with every anchor it finds, or with one
backup. Anchors recorded before the database was restored from a backup (an audited
``restore`` row after them) cannot match it: they are reported as notes, not findings.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from planner.clock import utc_now
from planner.domain.errors import ConfigurationError, PlannerError
from planner.domain.i18n import translate
from planner.services.actor import Actor
from planner.services.audit import AuditAction, AuditTrail, Verification
from planner.services.boundary import CheckedService
from planner.storage.audit_guard import (
    ChainHead,
    chain_head,
    database_key,
    log_head,
    manifest_path,
    manifests_in,
    read_manifest,
    sqlite_file_head,
    write_private_json,
)
from planner.storage.checks import repair_audit_triggers
from planner.storage.database import Database
from planner.storage.models import AuditEvent

log = logging.getLogger(__name__)

ANCHOR_FILE_NAME = "audit-anchors.json"
ANCHOR_FORMAT = 1
KEEP = 1000  # heads kept per database in the anchor file
_FILE_LOCK = threading.Lock()  # the daily thread and a sign-out may record at once


@dataclass(frozen=True, slots=True)
class Anchor:
    """One head recorded outside the table: where (``source``), when, and the head."""

    source: str
    recorded_at: dt.datetime
    head: ChainHead


@dataclass(frozen=True, slots=True)
class AnchorReport:
    """What ``audit verify`` found: the chain's own check, then one line per anchor
    source that disagrees with the table (findings) or whose difference a restore
    explains (notes)."""

    chain: Verification
    head: ChainHead
    compared: int  # anchors compared
    sources: int  # places they came from
    findings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.chain.ok and not self.findings


@dataclass(frozen=True, slots=True)
class _Restore:
    row_id: int
    at: dt.datetime


class AuditAnchors(CheckedService):
    """Records the chain's head outside the database and compares the table with it."""

    def __init__(
        self,
        db: Database,
        anchor_file: Path,
        backups_folder: Path | None = None,
        audit: AuditTrail | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self._db = db
        self._file = anchor_file
        self._backups = backups_folder
        self._audit = audit or AuditTrail(clock)
        self._clock = clock
        self._key = database_key(db.url)

    @property
    def anchor_file(self) -> Path:
        return self._file

    # --- recording ---------------------------------------------------------------------------

    def record(self, reason: str) -> ChainHead | None:
        """Add the current head to the anchor file and the log (``reason``: "sign-out",
        "daily" …). Never raises: a head that cannot be recorded is logged and skipped.
        PostgreSQL with personal logins: nothing is read before someone signs in (the
        sign-in records the head instead)."""
        if self._db.login is not None and self._db.login.user is None:
            log.info("audit chain head not read (%s): nobody is signed in yet", reason)
            return None
        try:
            head = self._audit.head(self._db)
        except (PlannerError, SQLAlchemyError) as error:
            log.warning("audit chain head not read (%s): %s", reason, type(error).__name__)
            return None
        log_head(reason, head)
        try:
            self._append(reason, head)
        except OSError as error:
            log.warning("anchor file not written: %s", error.strerror or type(error).__name__)
            return None
        return head

    def _append(self, reason: str, head: ChainHead) -> None:
        with _FILE_LOCK:
            data = self._load_for_update()
            databases: dict[str, Any] = data.setdefault("databases", {})
            entries: list[dict[str, Any]] = databases.setdefault(self._key, [])
            if entries:
                try:
                    if ChainHead.from_dict(entries[-1]) == head:
                        return  # nothing new since the last head
                except ValueError:
                    pass
            entries.append({"at": self._clock().isoformat(), "why": reason, **head.as_dict()})
            del entries[:-KEEP]
            write_private_json(self._file, data)

    def _load_for_update(self) -> dict[str, Any]:
        try:
            text = self._file.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {"format": ANCHOR_FORMAT, "databases": {}}
        try:
            data = json.loads(text)
            if isinstance(data, dict) and isinstance(data.get("databases"), dict):
                return data
        except ValueError:
            pass
        # Unreadable: keep it aside (verify reports it) rather than losing it in silence.
        aside = self._unreadable_copy()
        self._file.replace(aside)
        log.warning("the anchor file was unreadable; kept as %s", aside.name)
        return {"format": ANCHOR_FORMAT, "databases": {}}

    def _unreadable_copy(self) -> Path:
        return self._file.with_name(self._file.name + ".unreadable")

    # --- reading anchors -------------------------------------------------------------------

    def file_anchors(self) -> tuple[list[Anchor], list[str]]:
        """The anchor file's heads for this database, oldest first, and a problem line
        when the file (or an earlier one kept aside) could not be read."""
        problems: list[str] = []
        aside = self._unreadable_copy()
        if aside.exists():
            problems.append(
                f"anchor file {self._file}: it was found unreadable earlier and kept as "
                f"{aside.name}; heads recorded before then cannot be compared"
            )
        try:
            data = json.loads(self._file.read_text(encoding="utf-8"))
            entries = data["databases"].get(self._key, []) if isinstance(data, dict) else None
            if not isinstance(entries, list):
                raise ValueError("not an anchor file")
        except FileNotFoundError:
            return [], problems
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            reason = getattr(error, "strerror", None) or "not an anchor file"
            problems.append(f"anchor file {self._file}: unreadable ({reason})")
            return [], problems
        anchors: list[Anchor] = []
        for entry in entries:
            try:
                at = _aware(dt.datetime.fromisoformat(str(entry["at"])))
                anchors.append(Anchor(f"anchor file {self._file}", at, ChainHead.from_dict(entry)))
            except (ValueError, KeyError, TypeError, AttributeError):
                problems.append(f"anchor file {self._file}: an entry is not a chain head")
        return anchors, problems

    def backup_anchors(self) -> list[Anchor]:
        """The heads in the manifests of this database's backups (backups folder)."""
        if self._backups is None:
            return []
        return [
            Anchor(f"backup {m.backup} (manifest)", m.taken_at, m.head)
            for m in manifests_in(self._backups, self._key)
        ]

    def backup_file_anchor(self, backup: Path) -> Anchor:
        """The head a backup file holds, read from its audit table (SQLite copy or
        ``pg_dump`` archive); when it was taken: its manifest's time, else the file's."""
        from planner.storage.restore import POSTGRES, SQLITE, backup_kind

        if not backup.is_file():
            raise ConfigurationError(
                translate("audit_trail", "There is no backup file at {backup}.").format(
                    backup=backup
                )
            )
        kind = backup_kind(backup)  # EnvironmentProblem when it is neither
        if kind == SQLITE:
            try:
                head = sqlite_file_head(backup)
            except Exception as error:  # sqlite3.Error: not a readable AcuPlanner backup
                raise ConfigurationError(
                    translate(
                        "audit_trail", "{backup} holds no readable audit trail ({kind})."
                    ).format(backup=backup, kind=type(error).__name__)
                ) from None
        elif kind == POSTGRES and self._db.backend == "postgresql":
            head = self._archive_head(backup)
        else:
            raise ConfigurationError(
                translate(
                    "audit_trail",
                    "{backup} is a PostgreSQL backup; compare it with a PostgreSQL database.",
                ).format(backup=backup)
            )
        manifest = read_manifest(manifest_path(backup))
        when = (
            manifest.taken_at
            if manifest is not None
            else dt.datetime.fromtimestamp(backup.stat().st_mtime, dt.UTC)
        )
        return Anchor(f"backup {backup.name}", when, head)

    def _archive_head(self, archive: Path) -> ChainHead:
        from planner.storage import pg_tools
        from planner.storage.pg_archive import copy_rows

        program = pg_tools.find_tool("pg_restore", pg_tools.server_major(self._db.engine))
        rows, last_id, last_hash = 0, 0, ""
        for _table, columns, row in copy_rows(program, archive, ("audit_event",)):
            values = dict(zip(columns, row, strict=False))
            rows += 1
            row_id = int(values.get("id") or 0)
            if row_id > last_id:
                last_id, last_hash = row_id, str(values.get("row_hash") or "")
        return ChainHead(rows, last_id, last_hash)

    # --- comparing -------------------------------------------------------------------------

    def verify(self, against: Path | None = None) -> AnchorReport:
        """The chain's own check, then every anchor (or only the backup ``against``)."""
        problems: list[str] = []
        if against is not None:
            anchors = [self.backup_file_anchor(against)]
        else:
            anchors, problems = self.file_anchors()
            anchors += self.backup_anchors()
        chain = self._audit.verify(self._db)
        findings = list(problems)
        notes: list[str] = []
        with self._db.read() as db_session:
            connection = db_session.connection()
            head = chain_head(connection)
            restores = [
                _Restore(row_id, _aware(at))
                for row_id, at in db_session.execute(
                    select(AuditEvent.id, AuditEvent.occurred_at)
                    .where(AuditEvent.action == AuditAction.RESTORE)
                    .order_by(AuditEvent.id)
                )
            ]
            by_source: dict[str, list[tuple[Anchor, str]]] = {}
            for anchor in anchors:
                by_source.setdefault(anchor.source, [])
                problem = self._compare(db_session, anchor, head)
                if problem:
                    by_source[anchor.source].append((anchor, problem))
        for source, disagreeing in by_source.items():
            if not disagreeing:
                continue
            anchor, problem = disagreeing[0]
            more = len(disagreeing) - 1
            line = f"{source}: {problem}"
            if more:
                line += (
                    " (so does 1 later head there)"
                    if more == 1
                    else f" (so do {more} later heads there)"
                )
            restore = _restore_after(restores, anchor)
            if restore is not None:
                notes.append(
                    f"{line}; the database was restored from a backup on "
                    f"{restore.at:%Y-%m-%d %H:%M} UTC (audit row {restore.row_id}) after this "
                    "head was recorded, which explains it if that restore was yours"
                )
            else:
                findings.append(line)
        report = AnchorReport(chain, head, len(anchors), len(by_source), findings, notes)
        if not report.ok:
            log.warning("audit verify: %d finding(s)", len(findings) + (not chain.ok))
        return report

    @staticmethod
    def _compare(db_session: Session, anchor: Anchor, head: ChainHead) -> str:
        """'' when the table holds the anchored head; else what differs."""
        seen = anchor.head
        if seen.rows == 0:
            return ""
        when = f"{anchor.recorded_at:%Y-%m-%d %H:%M} UTC"
        now = head.describe()
        found = db_session.scalar(select(AuditEvent.row_hash).where(AuditEvent.id == seen.last_id))
        if found is None:
            return (
                f"audit rows missing (truncated): on {when} it saw {seen.describe()}; "
                f"the table now has {now}"
            )
        if found != seen.last_hash:
            return (
                f"the past was rewritten: audit row {seen.last_id} does not have the hash it "
                f"had on {when} (saw {seen.last_hash[:12]}…, now {str(found)[:12]}…)"
            )
        count = db_session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.id <= seen.last_id)
        )
        if count != seen.rows:
            return (
                f"audit rows missing: on {when} there were {seen.rows} rows up to id "
                f"{seen.last_id}, now {count}"
            )
        return ""


def _restore_after(restores: Iterable[_Restore], anchor: Anchor) -> _Restore | None:
    """The restore (audited in the table) that explains ``anchor`` not matching: one
    recorded after the anchor, at an id the anchor's head had already reached."""
    for restore in restores:
        if restore.row_id <= anchor.head.last_id and restore.at >= anchor.recorded_at:
            return restore
    return None


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def restore_audit_triggers(
    db: Database, actor: Actor, audit: AuditTrail | None = None
) -> list[str]:
    """``check``: put back the audit table's missing, disabled or altered triggers and
    append an audit row naming them (:func:`planner.storage.checks.repair_audit_triggers`)."""
    trail = audit or AuditTrail()

    def record(db_session: Session, triggers: list[str]) -> None:
        trail.record(
            db_session,
            actor,
            AuditAction.UPDATE,
            object_type="audit_trail",
            detail={"triggers_recreated": triggers},
        )

    return repair_audit_triggers(db, record)
