"""A payment taken at the desk, checked before it is stored: one amount in cents per
session it pays towards (an :class:`Allocation`; one payment may cover several sessions),
the method, the day it was paid (never in the future), an optional reference (the card
slip or transfer reference) and, for a refund, the reason it was given. A refund is
stored as a negative payment; these checks take its amount as typed, positive.

Every refusal is a :class:`ValidationError` naming the field ("Amount: ...",
"Reference: ..."), so a form shows it where it was typed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner.domain.errors import ValidationError
from planner.domain.i18n import translate
from planner.domain.sessions import MAX_FEE_CENTS
from planner.domain.validation import Problems, clean_text
from planner.domain.vocab import PaymentMethod

MAX_REFERENCE = 80
MAX_REASON = 500
MAX_ALLOCATIONS = 50


@dataclass(frozen=True, slots=True)
class Allocation:
    """The part of one desk payment that goes towards one session."""

    session_id: int
    amount_cents: int


def cents_text(cents: int) -> str:
    """``1,234.50``: an amount in a message (the screens add the clinic's currency)."""
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100:,}.{abs(cents) % 100:02d}"


def check_amount(amount_cents: int, field: str = "amount_cents") -> int:
    """An amount of one line: more than 0, at most the highest fee."""
    if not 0 < amount_cents <= MAX_FEE_CENTS:
        raise ValidationError(
            field,
            translate("payment_rules", "Amount: more than 0, at most {cents} per session.").format(
                cents=cents_text(MAX_FEE_CENTS)
            ),
        )
    return amount_cents


def check_method(method: PaymentMethod | str) -> PaymentMethod:
    try:
        return PaymentMethod(method)
    except ValueError:
        allowed = ", ".join(member.value for member in PaymentMethod)
        raise ValidationError(
            "method",
            translate("payment_rules", "Method: one of {allowed}.").format(allowed=allowed),
        ) from None


def check_paid_on(paid_on: dt.date, today: dt.date) -> dt.date:
    if paid_on > today:
        raise ValidationError(
            "paid_on", translate("payment_rules", "Paid on: cannot be in the future.")
        )
    return paid_on


def clean_reference(reference: str) -> str:
    """The reference as stored: stripped, at most 80 characters, one line."""
    problems = Problems()
    text = clean_text(
        problems,
        "reference",
        translate("payment_rules", "Reference"),
        reference,
        max_length=MAX_REFERENCE,
    )
    _raise_first(problems)
    return text


def clean_reason(reason: str) -> str:
    """A refund's reason: required, at most 500 characters."""
    problems = Problems()
    text = clean_text(
        problems,
        "reason",
        translate("payment_rules", "Reason"),
        reason,
        max_length=MAX_REASON,
        required=True,
        multiline=True,
    )
    _raise_first(problems)
    return text


def check_allocations(allocations: tuple[Allocation, ...]) -> tuple[Allocation, ...]:
    """One or more sessions, none twice, each amount allowed; in the order given."""
    if not allocations:
        raise ValidationError(
            "allocations",
            translate("payment_rules", "Sessions: choose at least one session to pay."),
        )
    if len(allocations) > MAX_ALLOCATIONS:
        raise ValidationError(
            "allocations",
            translate(
                "payment_rules", "Sessions: at most {max_allocations} in one payment."
            ).format(max_allocations=MAX_ALLOCATIONS),
        )
    seen: set[int] = set()
    for allocation in allocations:
        if allocation.session_id in seen:
            raise ValidationError(
                "allocations", translate("payment_rules", "Sessions: a session is named twice.")
            )
        seen.add(allocation.session_id)
        check_amount(allocation.amount_cents)
    return allocations


def _raise_first(problems: Problems) -> None:
    for name, message in problems.by_field.items():
        raise ValidationError(name, message)
