"""The front desk's part of the session service: a session's fee and its payments
(reception and practitioners), and the role check on one session every session action
starts with.

``SessionService`` (planner.services.sessions) is built on :class:`SessionDesk`, so the
screens still hold one service per treatment session; this module holds nothing
clinical.
"""

from __future__ import annotations

import datetime as dt
from contextlib import AbstractContextManager

from planner.domain.access import Action
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.i18n import translate
from planner.domain.sessions import MAX_FEE_CENTS
from planner.domain.vocab import PaymentMethod, SessionStatus
from planner.services.audit import AuditAction
from planner.services.course_support import require_version
from planner.services.guard import Checked, GuardedService
from planner.services.session_views import PaymentView
from planner.storage.models import TreatmentSession
from planner.storage.queries.sessions import add_payment, load_session


class SessionDesk(GuardedService):
    def record_fee(self, session_id: int, fee_cents: int, expected_version: int) -> int:
        self._require(Action.RECORD_PAYMENT, session_id)
        if not 0 <= fee_cents <= MAX_FEE_CENTS:
            raise ValidationError("fee_cents", translate("payments", "Fee: from 0 to 10,000.00."))
        with self._db.write() as db_session:
            record = load_session(db_session, session_id)
            require_version(db_session, record, expected_version, "session")
            if record.status in (SessionStatus.SIGNED, SessionStatus.CANCELLED):
                raise PlannerError(
                    translate(
                        "payments", "The fee of a signed or cancelled session cannot change."
                    ),
                    hint=translate("payments", "Record what was paid as a payment."),
                )
            record.fee_cents = fee_cents
            self._audit.changed(
                db_session,
                self._actor,
                record,
                AuditAction.UPDATE,
                object_type="session",
                detail={"fields": ["fee_cents"]},
                at=self._clock(),
            )
            return record.version

    def record_payment(
        self, session_id: int, amount_cents: int, method: PaymentMethod, paid_on: dt.date
    ) -> PaymentView:
        with self._session_action(Action.RECORD_PAYMENT, session_id) as checked:
            db_session = checked.db_session
            record = load_session(db_session, session_id)
            if not 0 < amount_cents <= MAX_FEE_CENTS:
                raise ValidationError(
                    "amount_cents", translate("payments", "Amount: more than 0, at most 10,000.00.")
                )
            if paid_on > self._today():
                raise ValidationError(
                    "paid_on", translate("payments", "Paid on: cannot be in the future.")
                )
            payment = add_payment(
                db_session,
                record,
                amount_cents=amount_cents,
                method=PaymentMethod(method).value,
                paid_on=paid_on,
                user_id=self._actor.user_id,
            )
            self._audit.changed(
                db_session,
                self._actor,
                payment,
                AuditAction.CREATE,
                object_type="session_payment",
                detail={"session_id": record.id},
                touch=False,
            )
            return PaymentView(payment.id, record.id, amount_cents, PaymentMethod(method), paid_on)

    def _require(self, action: Action, session_id: int) -> int:
        """The role check for one session (audited when refused); its patient's id."""
        return self._require_record(
            action,
            TreatmentSession,
            session_id,
            object_type="session",
            missing=translate("payments", "There is no session {session_id}.").format(
                session_id=session_id
            ),
        )

    def _session_action(
        self, action: Action, session_id: int, *, write: bool = True
    ) -> AbstractContextManager[Checked]:
        """The role check and the work on one session in one transaction; a refusal names
        the session's patient (found in it). A missing session: load_session says so."""
        return self._action(
            action,
            write=write,
            record=(TreatmentSession, session_id),
            object_type="session",
            object_id=session_id,
        )
