"""The demo's payments at the desk: one row per payment towards a signed session's fee.

Mostly the fee in full on the day, by card, cash, bank transfer, insurer direct billing
(insured patients, mostly) or another way (a gift voucher); now and then half of it (a
part payment) or nothing yet. The first sessions paid take every method in turn, then a
part payment and a full payment partly refunded (a negative payment with its reason),
so even the smallest demo shows each. The session rows themselves record no payment.
"""

from __future__ import annotations

import datetime as dt

from planner.demo.clinical import INSURANCE, PAYMENT_METHODS
from planner.demo.dice import Dice
from planner.demo.rows import Batch, Keys, Row
from planner.demo.staff import Staff
from planner.domain.vocab import PaymentMethod
from planner.storage.models import SessionPayment

EVERY_METHOD: tuple[str, ...] = tuple(str(m) for m in PaymentMethod)
REFUND_CENTS = 2000
REFUND_REASON = "Treatment stopped early (felt faint); part of the fee refunded."
_FIVE_MINUTES = dt.timedelta(minutes=5)


class PaymentMaker:
    """Builds the payment rows of signed sessions (see the module docstring)."""

    def __init__(self, dice: Dice, keys: Keys, staff: Staff) -> None:
        self.dice = dice
        self.keys = keys
        self.staff = staff
        self._taken = 0  # payments made so far (the first ones show every kind)

    def pay(self, batch: Batch, session: Row, insured: bool, signed: dt.datetime) -> None:
        """The payment (if any) of a session signed at ``signed``, a refund now and then."""
        dice = self.dice
        fee: int = session["fee_cents"]
        turn = self._taken
        part = refund = False
        if turn < len(EVERY_METHOD):
            method = EVERY_METHOD[turn]
        elif turn <= len(EVERY_METHOD) + 1:
            method = str(PaymentMethod.CARD)
            part, refund = turn == len(EVERY_METHOD), turn == len(EVERY_METHOD) + 1
        elif dice.random() < 0.04:
            return  # not paid yet
        elif insured and dice.random() < 0.7:
            method = INSURANCE
        else:
            method = dice.pick(PAYMENT_METHODS)
            part = dice.random() < 0.02
        self._taken += 1
        amount = fee // 2 if part else fee
        when = signed + _FIVE_MINUTES
        self._row(batch, session, amount, method, when, self._reference(method), "")
        if refund:
            self._row(batch, session, -REFUND_CENTS, method, when, "", REFUND_REASON)

    def _reference(self, method: str) -> str:
        number = self.dice.below(10**6)
        return {
            "card": f"Slip {number:06d}",
            "bank_transfer": f"TRF-{number:06d}",
            "insurance": f"Claim DEMO-{number:06d}",
            "other": "Gift voucher (fictional)",
        }.get(method, "")

    def _row(
        self,
        batch: Batch,
        session: Row,
        amount: int,
        method: str,
        when: dt.datetime,
        reference: str,
        reason: str,
    ) -> None:
        batch.rows(SessionPayment).append(
            {
                "id": self.keys.next(SessionPayment),
                "session_id": session["id"],
                "patient_id": session["patient_id"],
                "amount_cents": amount,
                "method": method,
                "paid_on": session["session_date"],
                "recorded_by_id": self.staff.reception,
                "reference": reference,
                "reason": reason,
                "payment_group": None,
                "created_at": when,
                "updated_at": when,
            }
        )
