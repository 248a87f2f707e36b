"""Payments at the desk: the payment window (a patient's sessions with fee, paid and due,
a payment over one or more of them, refunds, the balance) and its presenter.
:func:`open_payments` is what the main window and the appointment book call."""

from planner.ui.payments.dialog import PaymentDialog, RefundDialog, open_payments
from planner.ui.payments.presenter import PaymentPresenter

__all__ = ["PaymentDialog", "PaymentPresenter", "RefundDialog", "open_payments"]
