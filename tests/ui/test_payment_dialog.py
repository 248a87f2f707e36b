"""The payment window driven like reception would, on the documents clinic (SQLite):
amounts typed per session, the method picked in the real combo box, Take payment, a
refund through the Refund… dialog, the balance after each; wrong input shown at its
field with what was typed kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from planner.domain.errors import DatabaseUnavailable
from planner.domain.vocab import PaymentMethod
from planner.services.payments import PaymentService
from planner.ui.payments import PaymentDialog, PaymentPresenter, RefundDialog, open_payments
from planner.ui.payments.presenter import PayForm, parse_amount
from tests.helpers.document_clinic import TODAY, DocumentClinic


def _service(clinic: DocumentClinic) -> PaymentService:
    return PaymentService(clinic.db, clinic.reza, today=lambda: TODAY)


def _dialog(qtbot, clinic: DocumentClinic) -> PaymentDialog:
    presenter = PaymentPresenter(_service(clinic), clinic.patient, lambda: TODAY)
    dialog = PaymentDialog(presenter)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_amounts_are_read_as_typed() -> None:
    assert parse_amount("25") == 2500
    assert parse_amount(" 25.5 ") == 2550
    assert parse_amount("25,05") == 2505
    assert parse_amount("") is None
    for wrong in ("abc", "-5", "1.234", "25.00.1"):
        with pytest.raises(ValueError):
            parse_amount(wrong)


def test_the_presenter_proposes_what_is_due_and_names_a_wrong_amount(
    document_clinic: DocumentClinic,
) -> None:
    presenter = PaymentPresenter(_service(document_clinic), document_clinic.patient, lambda: TODAY)
    assert presenter.load() is not None
    proposed = presenter.proposed()
    assert proposed[document_clinic.signed[0]] == ""
    assert proposed[document_clinic.signed[1]] == "25.00"
    assert proposed[document_clinic.draft] == "65.00"
    assert presenter.balance_text().startswith("Balance due: €90.00")
    outcome = presenter.take_payment(
        PayForm({document_clinic.draft: "6x"}, PaymentMethod.CASH, "2026-11-16")
    )
    assert not outcome.done and outcome.problems["pay"].startswith("Amount:")
    outcome = presenter.take_payment(
        PayForm({document_clinic.draft: "70"}, PaymentMethod.CASH, "2026-11-16")
    )
    assert outcome.problems == {"pay": "Amount: more than the 65.00 due on session 3."}
    outcome = presenter.take_payment(
        PayForm({document_clinic.draft: "65"}, PaymentMethod.CASH, "16/11/2026")
    )
    assert outcome.problems == {"paid_on": "Paid on: a real date as YYYY-MM-DD."}


def test_a_part_payment_and_the_rest_over_two_sessions_in_the_window(
    qtbot, document_clinic: DocumentClinic
) -> None:
    dialog = _dialog(qtbot, document_clinic)
    second, draft = document_clinic.signed[1], document_clinic.draft
    assert dialog.balance_label.text().startswith("Balance due: €90.00")
    assert dialog.pay_edits[draft].text() == "65.00"
    assert dialog.total_label.text() == "Total paid now: €90.00"
    _retype(qtbot, dialog.pay_edits[second], "")
    _retype(qtbot, dialog.pay_edits[draft], "20")
    assert dialog.total_label.text() == "Total paid now: €20.00"
    dialog.method_box.setFocus()
    qtbot.keyClicks(dialog.method_box, "Bank")
    assert dialog.method_box.currentData() == PaymentMethod.BANK_TRANSFER.value
    qtbot.keyClicks(dialog.reference_edit, "TR-77")
    qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text == ""
    assert dialog.balance_label.text().startswith("Balance due: €70.00")
    assert dialog.pay_edits[draft].text() == "45.00"  # what is still due, proposed
    assert dialog.payments_table.rowCount() == 4
    last = [dialog.payments_table.item(3, c).text() for c in (0, 3, 4, 5, 7)]
    assert last == ["2026-11-16", "Bank transfer", "€20.00", "TR-77", "Reza Front"]
    assert dialog.reference_edit.text() == ""
    # The rest: 25.00 on session 2 and 45.00 on session 3, by card, one payment.
    dialog.method_box.setFocus()
    qtbot.keyClicks(dialog.method_box, "Card")
    qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert dialog.balance_label.text().startswith("Nothing due")
    assert dialog.payments_table.rowCount() == 6
    groups = {
        p.payment_group
        for p in _service(document_clinic).account(document_clinic.patient).payments[-2:]
    }
    assert len(groups) == 1


def test_a_wrong_amount_is_shown_at_the_field_and_what_was_typed_stays(
    qtbot, document_clinic: DocumentClinic
) -> None:
    dialog = _dialog(qtbot, document_clinic)
    draft = document_clinic.draft
    _retype(qtbot, dialog.pay_edits[draft], "65..0")
    qtbot.keyClicks(dialog.reference_edit, "slip 9")
    qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert dialog.problems.text("pay") == "Amount: a sum such as 25.00 on session 3 of 6."
    assert dialog.problems.is_marked("pay")
    assert dialog.pay_edits[draft].text() == "65..0"
    assert dialog.reference_edit.text() == "slip 9"
    _retype(qtbot, dialog.pay_edits[draft], "80")
    qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert dialog.problems.text("pay") == "Amount: more than the 65.00 due on session 3."
    assert dialog.pay_edits[draft].text() == "80"
    _retype(qtbot, dialog.pay_edits[draft], "65")
    _retype(qtbot, dialog.date_edit, "2026-11-17")  # tomorrow
    qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert dialog.problems.text("paid_on") == "Paid on: cannot be in the future."
    assert dialog.problems.text("pay") == ""
    assert dialog.balance_label.text().startswith("Balance due: €90.00")


def test_a_refund_needs_a_reason_and_shows_in_the_balance(
    qtbot, document_clinic: DocumentClinic
) -> None:
    dialog = _dialog(qtbot, document_clinic)
    qtbot.mouseClick(dialog.refund_button, Qt.MouseButton.LeftButton)
    refund = dialog.refund_dialog
    assert isinstance(refund, RefundDialog) and refund.isVisible()
    assert refund.session_box.count() == 2  # sessions 1 and 2 were paid
    assert refund.session_box.currentData() == document_clinic.signed[0]
    qtbot.keyClicks(refund.amount_edit, "15")
    qtbot.mouseClick(refund.refund_button, Qt.MouseButton.LeftButton)
    assert refund.problems.text("reason") == "Reason: required for a refund."
    assert refund.isVisible() and refund.amount_edit.text() == "15"
    _retype(qtbot, refund.amount_edit, "70")
    qtbot.keyClicks(refund.reason_edit, "Session cut short")
    qtbot.mouseClick(refund.refund_button, Qt.MouseButton.LeftButton)
    assert refund.problems.text("amount") == "Amount: more than the 65.00 paid on session 1."
    assert refund.reason_edit.text() == "Session cut short"
    _retype(qtbot, refund.amount_edit, "15")
    refund.method_box.setFocus()
    qtbot.keyClicks(refund.method_box, "Cash")
    with qtbot.waitSignal(refund.finished):
        qtbot.mouseClick(refund.refund_button, Qt.MouseButton.LeftButton)
    assert dialog.balance_label.text().startswith("Balance due: €105.00")
    assert "refunded €15.00" in dialog.balance_label.text()
    row = dialog.payments_table.rowCount() - 1
    texts = [dialog.payments_table.item(row, c).text() for c in (3, 4, 6)]
    assert texts == ["Cash", "-€15.00", "Session cut short"]
    assert dialog.pay_edits[document_clinic.signed[0]].text() == "15.00"


def test_open_payments_opens_the_window_over_its_parent_without_blocking(
    qtbot, document_clinic: DocumentClinic
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    open_payments(parent, _service(document_clinic), document_clinic.patient, TODAY)
    dialog = parent.findChild(PaymentDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.date_edit.text() == "2026-11-16"
    dialog.close()


def test_the_database_gone_is_a_message_and_the_amounts_stay(
    qtbot, document_clinic: DocumentClinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, document_clinic)

    def gone(*args: object, **kwargs: object) -> None:
        raise DatabaseUnavailable("The database cannot be reached.", hint="Try again.")

    monkeypatch.setattr(PaymentService, "take_payment", gone)
    qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text == "The database cannot be reached. Try again."
    assert dialog.pay_edits[document_clinic.draft].text() == "65.00"
    assert dialog.balance_label.text().startswith("Balance due")


def test_a_missing_fee_is_set_in_the_table_and_then_paid(
    qtbot, document_clinic: DocumentClinic
) -> None:
    dialog = _dialog(qtbot, document_clinic)
    scheduled, draft = document_clinic.scheduled, document_clinic.draft
    assert set(dialog.fee_edits) >= {scheduled}  # sessions 4-6 have no fee yet
    assert document_clinic.signed[0] not in dialog.fee_edits  # signed: its fee stays
    _retype(qtbot, dialog.pay_edits[draft], "30")
    qtbot.keyClicks(dialog.fee_edits[scheduled], "6O")  # a letter O, not a zero
    qtbot.keyClick(dialog.fee_edits[scheduled], Qt.Key.Key_Return)
    assert dialog.problems.text("pay") == "Fee: a sum such as 65.00 on session 4 of 6."
    assert dialog.balance_label.text().startswith("Balance due: €90.00")  # nothing paid
    _retype(qtbot, dialog.fee_edits[scheduled], "60")
    qtbot.keyClick(dialog.fee_edits[scheduled], Qt.Key.Key_Return)
    assert dialog.problems.text("pay") == ""
    assert dialog.balance_label.text().startswith("Balance due: €150.00")
    assert scheduled not in dialog.fee_edits
    assert dialog.pay_edits[scheduled].text() == ""  # still to come: paid ahead if typed
    _retype(qtbot, dialog.pay_edits[scheduled], "60.00")
    assert dialog.pay_edits[draft].text() == "30"  # as typed before
    qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert dialog.balance_label.text().startswith("Balance due: €35.00")
