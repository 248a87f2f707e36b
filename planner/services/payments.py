"""Payments at the front desk: a patient's account (each session's fee, what was paid
and what is due; every payment and refund; the balance or credit), a payment taken over
one or more sessions in one go, a refund, and a missing fee filled in.

A payment over several sessions is one row per session sharing a ``payment_group``, in
one transaction. Paying more than is due on a session is refused, and a refund never
returns more than was paid on its session, so the balances stay honest. A refund is a
NEGATIVE payment with its reason. Reception sees amounts and dates, never clinical
content: the account is read from non-clinical columns only
(planner.storage.queries.payments). Audit rows name the session and the group, never
the patient's name.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from planner.domain.access import Action
from planner.domain.courses import session_label
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.i18n import translate
from planner.domain.payments import (
    Allocation,
    cents_text,
    check_allocations,
    check_amount,
    check_method,
    check_paid_on,
    clean_reason,
    clean_reference,
)
from planner.domain.vocab import PaymentMethod, SessionStatus
from planner.services.audit import AuditAction
from planner.services.guard import GuardedService
from planner.services.session_desk import SessionDesk
from planner.services.session_views import PaymentView
from planner.storage.queries.payments import (
    SessionMoney,
    add_desk_payment,
    clinic_currency,
    patient_exists,
    patient_payments,
    patient_sessions,
    session_money,
)

__all__ = ["AccountPayment", "AccountSession", "Allocation", "PatientAccount", "PaymentService"]


@dataclass(frozen=True, slots=True)
class AccountSession:
    id: int
    course_id: int
    number: int
    planned: int
    day: dt.date
    status: SessionStatus
    fee_cents: int | None  # None: no fee set yet
    paid_cents: int  # refunds taken off
    due_cents: int  # never below 0
    version: int

    @property
    def label(self) -> str:
        return session_label(self.number, self.planned)


@dataclass(frozen=True, slots=True)
class AccountPayment:
    id: int
    session_id: int
    number: int  # the session's number in its course
    paid_on: dt.date
    taken_at: dt.datetime  # when it was recorded (UTC)
    method: PaymentMethod
    amount_cents: int  # negative: a refund
    reference: str
    reason: str  # why a refund was given
    taken_by: str  # who recorded it
    payment_group: str | None

    @property
    def is_refund(self) -> bool:
        return self.amount_cents < 0


@dataclass(frozen=True, slots=True)
class PatientAccount:
    patient_id: int
    currency: str
    sessions: tuple[AccountSession, ...]
    payments: tuple[AccountPayment, ...]
    fees_cents: int  # the fees set
    paid_cents: int  # received (before refunds)
    refunded_cents: int  # given back (positive)
    balance_cents: int  # fees - (paid - refunded): > 0 due, < 0 a credit

    @property
    def due_cents(self) -> int:
        return max(self.balance_cents, 0)

    @property
    def credit_cents(self) -> int:
        return max(-self.balance_cents, 0)

    def session(self, session_id: int) -> AccountSession | None:
        return next((row for row in self.sessions if row.id == session_id), None)


def _due(money: SessionMoney) -> int:
    return max((money.fee_cents or 0) - money.paid_cents, 0)


class PaymentService(GuardedService):
    def account(self, patient_id: int) -> PatientAccount:
        """The patient's sessions with fee, paid and due, their payments and the totals."""
        with self._action(
            Action.VIEW_SCHEDULE, write=False, patient_id=patient_id, object_type="patient"
        ) as checked:
            db_session = checked.db_session
            if not patient_exists(db_session, patient_id):
                raise PlannerError(
                    translate("payments", "There is no patient {patient_id}.").format(
                        patient_id=patient_id
                    )
                )
            sessions = patient_sessions(db_session, patient_id)
            payments = patient_payments(db_session, patient_id)
            currency = clinic_currency(db_session)
        rows = tuple(
            AccountSession(
                id=money.id,
                course_id=money.course_id,
                number=money.number,
                planned=money.planned,
                day=money.day,
                status=SessionStatus(money.status),
                fee_cents=money.fee_cents,
                paid_cents=money.paid_cents,
                due_cents=_due(money),
                version=money.version,
            )
            for money in sessions
        )
        listed = tuple(
            AccountPayment(
                id=row.id,
                session_id=row.session_id,
                number=row.number,
                paid_on=row.paid_on,
                taken_at=row.taken_at,
                method=PaymentMethod(row.method),
                amount_cents=row.amount_cents,
                reference=row.reference,
                reason=row.reason,
                taken_by=row.taken_by,
                payment_group=row.payment_group,
            )
            for row in payments
        )
        fees = sum(row.fee_cents or 0 for row in rows)
        net = sum(row.paid_cents for row in rows)
        refunded = -sum(row.amount_cents for row in listed if row.amount_cents < 0)
        return PatientAccount(
            patient_id=patient_id,
            currency=currency,
            sessions=rows,
            payments=listed,
            fees_cents=fees,
            paid_cents=net + refunded,
            refunded_cents=refunded,
            balance_cents=fees - net,
        )

    def take_payment(
        self,
        patient_id: int,
        allocations: tuple[Allocation, ...],
        method: PaymentMethod,
        paid_on: dt.date,
        reference: str = "",
    ) -> tuple[PaymentView, ...]:
        """One payment over one or more of the patient's sessions (one row each, one
        group, one transaction); never more than is due on a session."""
        check_allocations(allocations)
        method = check_method(method)
        check_paid_on(paid_on, self._today())
        reference = clean_reference(reference)
        group = str(uuid.uuid4())
        with self._action(
            Action.RECORD_PAYMENT, patient_id=patient_id, object_type="session_payment"
        ) as checked:
            db_session = checked.db_session
            views = []
            for allocation in allocations:
                money = self._patients_session(db_session, patient_id, allocation.session_id)
                due = _due(money)
                if allocation.amount_cents > due:
                    raise ValidationError(
                        "amount_cents",
                        translate("payments", "Amount: nothing is due on session {number}.").format(
                            number=money.number
                        )
                        if due == 0
                        else translate(
                            "payments", "Amount: more than the {due} due on session {number}."
                        ).format(due=cents_text(due), number=money.number),
                    )
                payment = add_desk_payment(
                    db_session,
                    money,
                    amount_cents=allocation.amount_cents,
                    method=method.value,
                    paid_on=paid_on,
                    user_id=self._actor.user_id,
                    reference=reference,
                    payment_group=group,
                    at=self._clock(),
                )
                self._audit.changed(
                    db_session,
                    self._actor,
                    payment,
                    AuditAction.CREATE,
                    object_type="session_payment",
                    detail={"session_id": money.id, "payment_group": group},
                    touch=False,
                )
                views.append(
                    PaymentView(payment.id, money.id, allocation.amount_cents, method, paid_on)
                )
            return tuple(views)

    def refund(
        self,
        patient_id: int,
        session_id: int,
        amount_cents: int,
        method: PaymentMethod,
        paid_on: dt.date,
        reason: str,
        reference: str = "",
    ) -> PaymentView:
        """Money given back on a session (``amount_cents`` as typed, positive), stored as
        a negative payment with its reason; never more than was paid on that session."""
        check_amount(amount_cents)
        method = check_method(method)
        check_paid_on(paid_on, self._today())
        reason = clean_reason(reason)
        reference = clean_reference(reference)
        with self._action(
            Action.RECORD_PAYMENT, patient_id=patient_id, object_type="session_payment"
        ) as checked:
            db_session = checked.db_session
            money = self._patients_session(db_session, patient_id, session_id, "session_id")
            if amount_cents > money.paid_cents:
                raise ValidationError(
                    "amount_cents",
                    translate("payments", "Amount: nothing was paid on session {number}.").format(
                        number=money.number
                    )
                    if money.paid_cents <= 0
                    else translate(
                        "payments", "Amount: more than the {paid} paid on session {number}."
                    ).format(paid=cents_text(money.paid_cents), number=money.number),
                )
            payment = add_desk_payment(
                db_session,
                money,
                amount_cents=-amount_cents,
                method=method.value,
                paid_on=paid_on,
                user_id=self._actor.user_id,
                reference=reference,
                reason=reason,
                payment_group=str(uuid.uuid4()),
                at=self._clock(),
            )
            self._audit.changed(
                db_session,
                self._actor,
                payment,
                AuditAction.CREATE,
                object_type="session_payment",
                detail={"session_id": money.id, "refund": True},
                touch=False,
            )
            return PaymentView(payment.id, money.id, -amount_cents, method, paid_on)

    def set_fee(self, session_id: int, fee_cents: int, expected_version: int) -> int:
        """A session's fee (not once it is signed or cancelled); its new version."""
        desk = SessionDesk(self._db, self._actor, self._audit, self._today, self._clock)
        return desk.record_fee(session_id, fee_cents, expected_version)

    def _patients_session(
        self, db_session: Session, patient_id: int, session_id: int, field: str = "allocations"
    ) -> SessionMoney:
        """The session, locked for the payment, when it is one of the patient's."""
        money = session_money(db_session, session_id, lock=True)
        if money is None or money.patient_id != patient_id:
            raise ValidationError(
                field, translate("payments", "Session: not one of this patient's sessions.")
            )
        return money
