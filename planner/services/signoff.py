"""Signing a session record, and amending it afterwards.

A practitioner signs a session when it is complete; from then on it is read-only (the
storage layer refuses any change, see planner/storage/guards.py). Corrections are dated
amendments by a named user, shown beside the original, which stays as it was.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from planner.domain.access import Action
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.i18n import translate
from planner.domain.vocab import SessionStatus
from planner.services.audit import AuditAction
from planner.services.course_support import require_version
from planner.services.guard import GuardedService
from planner.storage.models import TreatmentSession
from planner.storage.queries.sessions import add_amendment, amendment_rows, load_session

AMENDMENT_MAX_LENGTH = 5000


@dataclass(frozen=True, slots=True)
class AmendmentView:
    id: int
    author: str
    created_at: dt.datetime
    text: str


class SignOff(GuardedService):
    """Sign-off and amendments for one signed-in user."""

    def sign(self, session_id: int, expected_version: int) -> int:
        """Sign the session as loaded at ``expected_version``; returns the new version."""
        self._guard.require(
            self._actor, Action.SIGN_SESSION, object_type="session", object_id=session_id
        )
        with self._db.write() as db_session:
            record = load_session(db_session, session_id)
            if record.status == SessionStatus.SIGNED:
                raise PlannerError(translate("sessions", "This session is already signed."))
            require_version(db_session, record, expected_version, "session")
            return self.mark_signed(db_session, record)

    def mark_signed(self, db_session: Session, record: TreatmentSession) -> int:
        """Sign ``record`` inside the caller's write transaction (its role check and
        version check already made): needles out must equal needles in; the signer and
        time are set and the ``sign`` audit row written. Returns the new version."""
        if record.status == SessionStatus.SIGNED:
            raise PlannerError(translate("sessions", "This session is already signed."))
        if record.needles_out != record.needles_in:
            raise ValidationError(
                "needles_out",
                translate(
                    "sessions",
                    "Needles out ({needles_out}) must equal needles in ({needles_in}) before "
                    "the session can be signed.",
                ).format(needles_out=record.needles_out, needles_in=record.needles_in),
            )
        record.status = SessionStatus.SIGNED
        record.signed_at = self._clock()
        record.signed_by_id = self._actor.user_id
        record.updated_by_id = self._actor.user_id
        self._audit.record(
            db_session,
            self._actor,
            AuditAction.SIGN,
            patient_id=record.patient_id,
            object_type="session",
            object_id=record.id,
        )
        db_session.flush()
        return record.version

    def amend(self, session_id: int, text: str) -> AmendmentView:
        self._guard.require(
            self._actor, Action.AMEND_SESSION, object_type="session", object_id=session_id
        )
        body = text.strip()
        if not body:
            raise ValidationError(
                "amendment", translate("sessions", "Amendment: write what is corrected or added.")
            )
        if len(body) > AMENDMENT_MAX_LENGTH:
            raise ValidationError(
                "amendment",
                translate(
                    "sessions",
                    "Amendment: at most {limit} characters ({typed} typed).",
                ).format(limit=AMENDMENT_MAX_LENGTH, typed=len(body)),
            )
        with self._db.write() as db_session:
            record = load_session(db_session, session_id)
            if record.status != SessionStatus.SIGNED:
                raise PlannerError(
                    translate(
                        "sessions", "Only a signed session is amended; edit the draft instead."
                    )
                )
            amendment = add_amendment(db_session, record, body, self._actor.user_id, self._clock())
            self._audit.record(
                db_session,
                self._actor,
                AuditAction.AMEND,
                patient_id=record.patient_id,
                object_type="session",
                object_id=record.id,
                detail={"amendment_id": amendment.id},
            )
            return AmendmentView(
                amendment.id,
                self._actor.full_name or self._actor.username,
                amendment.created_at,
                body,
            )

    def amendments(self, session_id: int) -> list[AmendmentView]:
        self._guard.require(
            self._actor, Action.VIEW_CLINICAL, object_type="session", object_id=session_id
        )
        with self._db.read() as db_session:
            rows = amendment_rows(db_session, session_id)
            return [
                AmendmentView(a.id, full or name or "command line", a.created_at, a.text)
                for a, full, name in rows
            ]
