"""Reading the audit trail on screen: "who opened this record?", for auditors only.

A thin, read-only layer over :meth:`planner.services.audit.AuditTrail.query` that checks
the reader may see the trail, turns patient ids into the chart numbers people use, and
says who a row is about when nobody was signed in: a failed sign-in names the account
tried (``ada (not signed in)``) or the unknown user name when the trail kept it
(``unknown user 'x'``), never "command line", which is for clinic IT's commands.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import select

from planner.domain.access import Action
from planner.domain.i18n import translate
from planner.services.actor import Actor
from planner.services.audit import AuditAction, AuditFilter, AuditRow, AuditTrail
from planner.services.boundary import CheckedService
from planner.services.guard import Guard
from planner.storage.database import Database
from planner.storage.models import Patient, User


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One audit row with the chart number of its patient (None: no patient involved)."""

    row: AuditRow
    chart_number: int | None


@dataclass(frozen=True, slots=True)
class UserChoice:
    id: int
    username: str


class AuditReader(CheckedService):
    """What the audit screen reads; every method needs :attr:`Action.VIEW_AUDIT`."""

    def __init__(self, db: Database, audit: AuditTrail | None = None) -> None:
        self._db = db
        self._audit = audit or AuditTrail()
        self._guard = Guard(db, self._audit)

    def patient_for_chart(self, actor: Actor, chart_number: int) -> int | None:
        """The id of the patient with this chart number (archived ones too), or None."""
        self._guard.require(actor, Action.VIEW_AUDIT, object_type="audit")
        with self._db.read() as db_session:
            return db_session.scalar(select(Patient.id).where(Patient.chart_number == chart_number))

    def chart_number_of(self, actor: Actor, patient_id: int) -> int | None:
        self._guard.require(actor, Action.VIEW_AUDIT, object_type="audit")
        return self._chart_numbers([patient_id]).get(patient_id)

    def users(self, actor: Actor) -> list[UserChoice]:
        """Every account (disabled ones too: their rows stay in the trail), by user name."""
        self._guard.require(actor, Action.VIEW_AUDIT, object_type="audit")
        with self._db.read() as db_session:
            rows = db_session.execute(select(User.id, User.username).order_by(User.username))
            return [UserChoice(id=row.id, username=row.username) for row in rows]

    def entries(self, actor: Actor, where: AuditFilter) -> list[AuditEntry]:
        """Newest first, at most ``where.limit`` rows, each with its patient's chart number."""
        self._guard.require(actor, Action.VIEW_AUDIT, object_type="audit")
        rows = self._audit.query(self._db, where)
        charts = self._chart_numbers(row.patient_id for row in rows)
        tried = self._usernames(row.object_id for row in rows if _is_failed_sign_in(row))
        return [
            AuditEntry(
                _labelled(row, tried),
                charts.get(row.patient_id) if row.patient_id is not None else None,
            )
            for row in rows
        ]

    def _usernames(self, user_ids: Iterable[int | None]) -> dict[int, str]:
        wanted = sorted({uid for uid in user_ids if uid is not None})
        if not wanted:
            return {}
        with self._db.read() as db_session:
            rows = db_session.execute(select(User.id, User.username).where(User.id.in_(wanted)))
            return {row.id: row.username for row in rows}

    def _chart_numbers(self, patient_ids: Iterable[int | None]) -> dict[int, int]:
        wanted = sorted({pid for pid in patient_ids if pid is not None})
        found: dict[int, int] = {}
        with self._db.read() as db_session:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                stmt = select(Patient.id, Patient.chart_number).where(Patient.id.in_(chunk))
                found.update({row.id: row.chart_number for row in db_session.execute(stmt)})
        return found


def _is_failed_sign_in(row: AuditRow) -> bool:
    return row.user_id is None and row.action == AuditAction.SIGN_IN_FAILED


def _labelled(row: AuditRow, tried: dict[int, str]) -> AuditRow:
    """The row with ``username`` saying who it is about when nobody was signed in."""
    if not _is_failed_sign_in(row):
        return row  # a signed-in user, or "command line" for clinic IT's commands
    name = tried.get(row.object_id) if row.object_id is not None else None
    if name:
        label = translate("audit_trail", "{name} (not signed in)").format(name=name)
    elif isinstance(attempted := row.detail.get("attempted"), str) and attempted:
        label = translate("audit_trail", "unknown user '{attempted}'").format(attempted=attempted)
    elif row.detail.get("reason") == "unknown_user":
        label = translate("audit_trail", "unknown user")
    else:
        label = "—"
    return replace(row, username=label)
