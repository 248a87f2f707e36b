"""A desk payment's rules without storage: amounts, methods, dates, references, refund
reasons and the sessions one payment covers."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.errors import ValidationError
from planner.domain.payments import (
    MAX_ALLOCATIONS,
    Allocation,
    check_allocations,
    check_amount,
    check_method,
    check_paid_on,
    clean_reason,
    clean_reference,
)
from planner.domain.vocab import PaymentMethod

TODAY = dt.date(2026, 11, 2)


def _field(call: object, *args: object) -> str:
    with pytest.raises(ValidationError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value.field


def test_each_wrong_value_names_its_field() -> None:
    assert _field(check_amount, 0) == "amount_cents"
    assert _field(check_method, "cheque") == "method"
    assert _field(check_paid_on, TODAY + dt.timedelta(days=1), TODAY) == "paid_on"
    assert _field(clean_reference, "x" * 81) == "reference"
    assert _field(clean_reason, "  ") == "reason"
    assert _field(check_allocations, ()) == "allocations"
    many = tuple(Allocation(n, 100) for n in range(MAX_ALLOCATIONS + 1))
    assert _field(check_allocations, many) == "allocations"
    assert _field(check_allocations, (Allocation(1, 100), Allocation(1, 200))) == "allocations"


def test_good_values_come_back_clean() -> None:
    assert check_method("card") is PaymentMethod.CARD
    assert clean_reference("  Slip 1234 ") == "Slip 1234"
    assert clean_reason("Charged twice") == "Charged twice"
    assert check_amount(6500) == 6500
    assert check_paid_on(TODAY, TODAY) == TODAY


def test_allocations_to_different_sessions_are_kept_in_order() -> None:
    given = (Allocation(2, 100), Allocation(1, 250))
    assert check_allocations(given) == given
