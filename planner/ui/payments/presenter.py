"""Taking a payment and giving a refund, without a window.

:class:`PaymentPresenter` loads a patient's account, proposes what is due on each
session as the amount paid now, turns what the dialog holds (:class:`PayForm`,
:class:`RefundForm`: text as typed) into a call of
:class:`~planner.services.payments.PaymentService`, and gives back a :class:`Outcome`:
done (the account reloaded), problems at the fields they name, or a message (a
conflict, a refusal, the database gone). What was typed is never dropped by a refusal.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from planner import formats
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.i18n import QT_TRANSLATE_NOOP, translate
from planner.domain.payments import Allocation
from planner.domain.vocab import PaymentMethod
from planner.export.labels import money
from planner.services.payments import AccountSession, PatientAccount
from planner.services.session_views import PaymentView
from planner.ui.course.labels import session_text
from planner.ui.widgets.dates import format_date, parse_date

# Problems, translated where they are raised (context "payments").
NO_AMOUNT = QT_TRANSLATE_NOOP("payments", "Amount: type what is paid now on at least one session.")
BAD_DATE = QT_TRANSLATE_NOOP("payments", "Paid on: a real date as YYYY-MM-DD.")
NO_SESSION = QT_TRANSLATE_NOOP("payments", "Session: choose the session the refund is for.")
_AMOUNT = re.compile(r"^(\d{1,7})(?:[.,](\d{1,2}))?$")

# The dialog's fields for what the service names.
PAY_FIELDS = {
    "amount_cents": "pay",
    "allocations": "pay",
    "method": "method",
    "paid_on": "paid_on",
    "reference": "reference",
}
REFUND_FIELDS = {
    "amount_cents": "amount",
    "session_id": "session",
    "method": "method",
    "paid_on": "paid_on",
    "reason": "reason",
    "reference": "reference",
}


class PaymentDesk(Protocol):
    """The part of :class:`~planner.services.payments.PaymentService` the dialog uses."""

    def account(self, patient_id: int) -> PatientAccount: ...

    def take_payment(
        self,
        patient_id: int,
        allocations: tuple[Allocation, ...],
        method: PaymentMethod,
        paid_on: dt.date,
        reference: str = "",
    ) -> tuple[PaymentView, ...]: ...

    def refund(
        self,
        patient_id: int,
        session_id: int,
        amount_cents: int,
        method: PaymentMethod,
        paid_on: dt.date,
        reason: str,
        reference: str = "",
    ) -> PaymentView: ...

    def set_fee(self, session_id: int, fee_cents: int, expected_version: int) -> int: ...


def parse_amount(text: str) -> int | None:
    """Cents typed as ``25``, ``25.5``, ``25.50`` or ``25,50``; None when blank;
    ValueError when it is not an amount."""
    value = text.strip().replace(" ", "")
    if not value:
        return None
    match = _AMOUNT.match(value)
    if match is None:
        raise ValueError(value)
    units, fraction = match.groups()
    return int(units) * 100 + int((fraction or "0").ljust(2, "0"))


def format_amount(cents: int) -> str:
    """``25.00``: an amount as the boxes show it (no currency sign)."""
    return f"{cents // 100}.{cents % 100:02d}"


@dataclass(frozen=True, slots=True)
class PayForm:
    amounts: Mapping[int, str]  # session id -> "Pay now" as typed
    method: PaymentMethod
    paid_on: str
    reference: str = ""


@dataclass(frozen=True, slots=True)
class RefundForm:
    session_id: int | None
    amount: str
    method: PaymentMethod
    paid_on: str
    reason: str
    reference: str = ""


@dataclass(frozen=True, slots=True)
class Outcome:
    done: bool = False
    problems: Mapping[str, str] = field(default_factory=dict)
    message: str = ""  # a refusal, a conflict or the database gone

    @classmethod
    def invalid(cls, problems: Mapping[str, str]) -> Outcome:
        return cls(problems=dict(problems))


class PaymentPresenter:
    """One opening of the payment dialog for one patient."""

    def __init__(
        self,
        service: PaymentDesk,
        patient_id: int,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._service = service
        self._patient_id = patient_id
        self._today = today
        self.account: PatientAccount | None = None
        self.load_error = ""

    def load(self) -> PatientAccount | None:
        """The account as stored now (None on failure, :attr:`load_error` saying why)."""
        try:
            self.account = self._service.account(self._patient_id)
        except PlannerError as error:
            self.load_error = error.user_text()
            return None
        self.load_error = ""
        return self.account

    # --- what the dialog shows -------------------------------------------------------------

    def money(self, cents: int | None) -> str:
        if cents is None:
            return "—"
        return money(cents, self.account.currency if self.account else "")

    def default_paid_on(self) -> str:
        return format_date(self._today())

    def proposed(self) -> dict[int, str]:
        """What is due on each session up to today, as the amount paid now ("" when
        nothing is, and for sessions still to come: paying ahead is typed, not proposed)."""
        if self.account is None:
            return {}
        today = self._today()
        return {
            row.id: format_amount(row.due_cents) if row.due_cents and row.day <= today else ""
            for row in self.account.sessions
        }

    def total(self, amounts: Mapping[int, str]) -> str:
        """The sum typed (what can be read of it)."""
        cents = 0
        for text in amounts.values():
            try:
                cents += parse_amount(text) or 0
            except ValueError:
                continue
        return self.money(cents)

    def balance_text(self) -> str:
        account = self.account
        if account is None:
            return ""
        if account.credit_cents:
            state = translate("payments", "In credit: {amount}").format(
                amount=self.money(account.credit_cents)
            )
        elif account.due_cents:
            state = translate("payments", "Balance due: {amount}").format(
                amount=self.money(account.due_cents)
            )
        else:
            state = translate("payments", "Nothing due")
        return translate(
            "payments", "{state} — fees {fees}, paid {paid}, refunded {refunded}"
        ).format(
            state=state,
            fees=self.money(account.fees_cents),
            paid=self.money(account.paid_cents),
            refunded=self.money(account.refunded_cents),
        )

    def refundable(self) -> list[tuple[int, str]]:
        """The sessions something was paid on: (id, "Session 1 of 6 — 2 Nov 2026: €65.00")."""
        if self.account is None:
            return []
        return [
            (
                row.id,
                translate("RefundDialog", "{label} — {day}: {amount} paid").format(
                    label=session_text(row.number, row.planned),
                    day=formats.date_text(row.day),
                    amount=self.money(row.paid_cents),
                ),
            )
            for row in self.account.sessions
            if row.paid_cents > 0
        ]

    # --- actions ---------------------------------------------------------------------------

    def take_payment(self, form: PayForm) -> Outcome:
        rows = {row.id: row for row in self.account.sessions} if self.account else {}
        problems: dict[str, str] = {}
        allocations = []
        for session_id, text in form.amounts.items():
            try:
                cents = parse_amount(text)
            except ValueError:
                problems.setdefault("pay", _bad_amount(rows.get(session_id)))
                continue
            if cents:
                allocations.append(Allocation(session_id, cents))
        if not allocations and "pay" not in problems:
            problems["pay"] = translate("payments", NO_AMOUNT)
        paid_on = self._date(form.paid_on, problems)
        if problems or paid_on is None:
            return Outcome.invalid(problems)
        return self._call(
            lambda: self._service.take_payment(
                self._patient_id, tuple(allocations), form.method, paid_on, form.reference
            ),
            PAY_FIELDS,
        )

    def refund(self, form: RefundForm) -> Outcome:
        problems: dict[str, str] = {}
        if form.session_id is None:
            problems["session"] = translate("payments", NO_SESSION)
        try:
            cents = parse_amount(form.amount)
        except ValueError:
            cents = None
        if not cents:
            problems["amount"] = translate("payments", "Amount: the sum given back, such as 10.00.")
        if not form.reason.strip():
            problems["reason"] = translate("payments", "Reason: required for a refund.")
        paid_on = self._date(form.paid_on, problems)
        if problems or paid_on is None or cents is None or form.session_id is None:
            return Outcome.invalid(problems)
        session_id = form.session_id
        return self._call(
            lambda: self._service.refund(
                self._patient_id,
                session_id,
                cents,
                form.method,
                paid_on,
                form.reason,
                form.reference,
            ),
            REFUND_FIELDS,
        )

    def set_fee(self, session_id: int, text: str) -> Outcome:
        """A missing fee filled in (a session not yet signed); shown at the table."""
        row = self.account.session(session_id) if self.account else None
        if row is None:
            return Outcome(message=translate("payments", NO_SESSION))
        try:
            cents = parse_amount(text)
        except ValueError:
            cents = None
        if cents is None:
            fee = translate(
                "payments", "Fee: a sum such as 65.00 on session {number} of {planned}."
            )
            return Outcome.invalid({"pay": fee.format(number=row.number, planned=row.planned)})
        return self._call(
            lambda: self._service.set_fee(session_id, cents, row.version), {"fee_cents": "pay"}
        )

    def _date(self, text: str, problems: dict[str, str]) -> dt.date | None:
        try:
            day = parse_date(text)
        except ValueError:
            day = None
        if day is None:
            problems["paid_on"] = translate("payments", BAD_DATE)
        return day

    def _call(self, action: Callable[[], object], fields: Mapping[str, str]) -> Outcome:
        try:
            action()
        except ValidationError as invalid:
            name = fields.get(invalid.field)
            if name is None:
                return Outcome(message=invalid.user_text())
            return Outcome.invalid({name: invalid.user_text()})
        except PlannerError as error:  # refused, someone else's change, the database gone
            return Outcome(message=error.user_text())
        self.load()
        return Outcome(done=True, message=self.load_error)


def _bad_amount(row: AccountSession | None) -> str:
    """The problem with an amount typed on ``row`` (None: a session no longer listed)."""
    if row is None:
        return translate("payments", "Amount: a sum such as 25.00 on a session.")
    return translate(
        "payments", "Amount: a sum such as 25.00 on session {number} of {planned}."
    ).format(number=row.number, planned=row.planned)
