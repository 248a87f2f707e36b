"""The payment window: a patient's sessions with fee, paid and due, and an editable
"Pay now" amount per session (what is due, proposed), the total, the method, the date
and a reference; Take payment; Refund… (a small :class:`RefundDialog`); the balance and
the payments taken, refreshed after each action. Thin: :class:`PaymentPresenter` decides.

Open it with ``show()`` or ``open()`` (never ``exec()``): :func:`open_payments` does.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain import wording
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.vocab import PaymentMethod, SessionStatus
from planner.services.payments import AccountPayment, PaymentService
from planner.ui.course.labels import session_text
from planner.ui.forms import FieldErrors
from planner.ui.labels import label_of, session_status_labels, translated
from planner.ui.payments.presenter import Outcome, PayForm, PaymentPresenter, RefundForm
from planner.ui.style import BOLD_STYLE, fit_to_screen
from planner.ui.widgets.inputs import DateLine
from planner.ui.widgets.layouts import scrolling
from planner.ui.widgets.message_bar import MessageBar

FEE_COLUMN = 3
PAY_COLUMN = 6
REASON_COLUMN = 6  # of the payments table
_OPEN = (SessionStatus.SCHEDULED, SessionStatus.DRAFT)  # a fee may still be set
# The columns' headings, translated where shown (``self.tr``: the context is the class name).
SESSION_HEADERS = (
    QT_TRANSLATE_NOOP("PaymentDialog", "Session"),
    QT_TRANSLATE_NOOP("PaymentDialog", "Date"),
    QT_TRANSLATE_NOOP("PaymentDialog", "Status"),
    QT_TRANSLATE_NOOP("PaymentDialog", "Fee"),
    QT_TRANSLATE_NOOP("PaymentDialog", "Paid"),
    QT_TRANSLATE_NOOP("PaymentDialog", "Due"),
    QT_TRANSLATE_NOOP("PaymentDialog", "Pay now"),
)
PAYMENT_HEADERS = (
    QT_TRANSLATE_NOOP("PaymentDialog", "Paid on"),
    QT_TRANSLATE_NOOP("PaymentDialog", "Time"),
    QT_TRANSLATE_NOOP("PaymentDialog", "Session"),
    QT_TRANSLATE_NOOP("PaymentDialog", "Method"),
    QT_TRANSLATE_NOOP("PaymentDialog", "Amount"),
    QT_TRANSLATE_NOOP("PaymentDialog", "Reference"),
    QT_TRANSLATE_NOOP("PaymentDialog", "Reason"),
    QT_TRANSLATE_NOOP("PaymentDialog", "By"),
)


def method_box() -> QComboBox:
    """The payment methods in a combo box (the method as item data)."""
    box = QComboBox()
    for method, text in translated(wording.labels(PaymentMethod)).items():
        box.addItem(text, method.value)
    return box


def _chosen_method(box: QComboBox) -> PaymentMethod:
    return PaymentMethod(box.currentData())


def _item(text: str, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _time_of(payment: AccountPayment) -> str:
    at = payment.taken_at
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return at.astimezone().strftime("%H:%M")


class FeeEdit(QLineEdit):
    """A missing fee typed in the table: Enter sets it (and does not take a payment)."""

    def __init__(self, session_id: int) -> None:
        super().__init__()
        self.session_id = session_id
        self.setPlaceholderText(self.tr("set fee"))
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # not the dialog's default button


class RefundDialog(QDialog):
    """Money given back on one session: amount, method, date, reason (required)."""

    refunded = Signal()

    def __init__(self, presenter: PaymentPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self.setWindowTitle(self.tr("Refund"))
        self.message = MessageBar()
        self.problems = FieldErrors()
        self.session_box = QComboBox()
        for session_id, text in presenter.refundable():
            self.session_box.addItem(text, session_id)
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText("0.00")
        self.method_box = method_box()
        self.date_edit = DateLine()
        self.date_edit.setText(presenter.default_paid_on())
        self.reason_edit = QLineEdit()
        self.reference_edit = QLineEdit()
        self.reference_edit.setMaxLength(80)
        form = QFormLayout()
        add = self.problems.add_row
        add(form, "session", self.tr("&Session"), self.session_box)
        add(form, "amount", self.tr("&Amount"), self.amount_edit)
        add(form, "method", self.tr("&Method"), self.method_box)
        add(form, "paid_on", self.tr("&Date"), self.date_edit)
        add(form, "reason", self.tr("Rea&son"), self.reason_edit)
        add(form, "reference", self.tr("R&eference"), self.reference_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.refund_button = buttons.addButton(
            self.tr("&Refund"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._on_refund_requested)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if self.session_box.count() == 0:
            self.message.show_message(self.tr("Nothing was paid that could be refunded."))
            self.refund_button.setEnabled(False)

    def form(self) -> RefundForm:
        data = self.session_box.currentData()
        return RefundForm(
            session_id=int(data) if data is not None else None,
            amount=self.amount_edit.text(),
            method=_chosen_method(self.method_box),
            paid_on=self.date_edit.text(),
            reason=self.reason_edit.text(),
            reference=self.reference_edit.text(),
        )

    def _on_refund_requested(self) -> None:
        self.message.clear()
        self.problems.clear()
        outcome = self._presenter.refund(self.form())
        if outcome.done:
            self.refunded.emit()
            self.accept()
            return
        rest = self.problems.show_all(outcome.problems)
        self.message.show_message(" ".join([*rest.values(), outcome.message]).strip())


class PaymentDialog(QDialog):
    """A patient's account, with a payment to take and refunds to give."""

    payment_taken = Signal()
    """A payment or a refund was stored (the account shown is reloaded)."""

    def __init__(self, presenter: PaymentPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self.refund_dialog: RefundDialog | None = None
        self.pay_edits: dict[int, QLineEdit] = {}
        self.fee_edits: dict[int, FeeEdit] = {}
        self.setWindowTitle(self.tr("Payments"))
        self.setMinimumSize(480, 300)  # the tables scroll on a small or much scaled screen
        self.message = MessageBar()
        self.balance_label = QLabel()
        self.balance_label.setStyleSheet(BOLD_STYLE)
        self.problems = FieldErrors()
        self.sessions_table = QTableWidget(0, len(SESSION_HEADERS))
        self.sessions_table.setAccessibleName(self.tr("Sessions: fee, paid, due and pay now"))
        self.sessions_table.setHorizontalHeaderLabels([self.tr(h) for h in SESSION_HEADERS])
        self.sessions_table.verticalHeader().setVisible(False)
        self.sessions_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.sessions_table.horizontalHeader().setSectionResizeMode(
            0,
            QHeaderView.ResizeMode.Stretch,  # the session's name takes the room left
        )
        self.total_label = QLabel()
        self.method_box = method_box()
        self.date_edit = DateLine()
        self.reference_edit = QLineEdit()
        self.reference_edit.setMaxLength(80)
        self.payments_table = QTableWidget(0, len(PAYMENT_HEADERS))
        self.payments_table.setAccessibleName(self.tr("Payments and refunds"))
        self.payments_table.setHorizontalHeaderLabels([self.tr(h) for h in PAYMENT_HEADERS])
        self.payments_table.verticalHeader().setVisible(False)
        self.payments_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        paid = self.payments_table.horizontalHeader()
        paid.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # "By" not cut
        paid.setSectionResizeMode(REASON_COLUMN, QHeaderView.ResizeMode.Stretch)

        form = QFormLayout()
        self.problems.add_row(form, "method", self.tr("&Method"), self.method_box)
        self.problems.add_row(form, "paid_on", self.tr("&Date"), self.date_edit)
        self.problems.add_row(form, "reference", self.tr("R&eference"), self.reference_edit)
        self.take_button = QPushButton(self.tr("&Take payment"))
        self.take_button.clicked.connect(self._on_take_button_clicked)
        self.refund_button = QPushButton(self.tr("Re&fund…"))
        self.refund_button.setAutoDefault(False)
        self.refund_button.clicked.connect(self._on_refund_button_clicked)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.refund_button)
        bottom.addStretch(1)
        bottom.addWidget(self.take_button)
        bottom.addWidget(close)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.balance_label)
        sessions = self.problems.wrap("pay", self.sessions_table)
        sessions.setMinimumHeight(160)
        layout.addWidget(sessions, 2)
        layout.addWidget(self.total_label)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Payments and refunds")))
        self.payments_table.setMinimumHeight(120)
        layout.addWidget(self.payments_table, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(page), 1)  # the buttons below stay in view
        outer.addLayout(bottom)
        fit_to_screen(self, 900, 620)
        self.take_button.setDefault(True)

        self.date_edit.setText(presenter.default_paid_on())
        if presenter.account is None:
            presenter.load()
        self._show_account()
        if presenter.load_error:
            self.message.show_message(presenter.load_error)
            self.take_button.setEnabled(False)
            self.refund_button.setEnabled(False)

    # --- showing ---------------------------------------------------------------------------

    def _show_account(self, keep: dict[int, str] | None = None) -> None:
        """The account as loaded: sessions (Pay now: what is due, or ``keep``'s amount as
        typed), payments, balance. A session not signed yet without a fee: a fee box."""
        account = self._presenter.account
        self.balance_label.setText(self._presenter.balance_text())
        sessions = account.sessions if account else ()
        statuses = session_status_labels()
        money = self._presenter.money
        proposed = self._presenter.proposed() | (keep or {})
        self.pay_edits = {}
        self.fee_edits = {}
        table = self.sessions_table
        table.setRowCount(len(sessions))
        for row, session in enumerate(sessions):
            label = session_text(session.number, session.planned)
            texts = (
                label,
                session.day.isoformat(),
                label_of(statuses, session.status),
            )
            for column, text in enumerate(texts):
                table.setItem(row, column, _item(text))
            for column, cents in enumerate(
                (session.fee_cents, session.paid_cents, session.due_cents), start=3
            ):
                table.setItem(row, column, _item(money(cents), right=True))
            table.removeCellWidget(row, FEE_COLUMN)
            if session.fee_cents is None and session.status in _OPEN:
                fee = FeeEdit(session.id)
                fee.setAccessibleName(self.tr("Fee of {label}").format(label=label))
                fee.editingFinished.connect(self._on_fee_edit_finished)
                table.setCellWidget(row, FEE_COLUMN, fee)
                self.fee_edits[session.id] = fee
            edit = QLineEdit(proposed.get(session.id, ""))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setPlaceholderText("0.00")
            edit.setAccessibleName(self.tr("Pay now on {label}").format(label=label))
            edit.textChanged.connect(self._on_pay_edit_changed)
            table.setCellWidget(row, PAY_COLUMN, edit)
            self.pay_edits[session.id] = edit
        self._show_payments(account.payments if account else ())
        self._on_pay_edit_changed()
        due = [row for row, session in enumerate(sessions) if session.due_cents]
        if due:  # the oldest session with something due in sight (the list runs oldest first)
            table.scrollTo(table.model().index(due[0], 0))

    def _show_payments(self, payments: tuple[AccountPayment, ...]) -> None:
        methods = translated(wording.labels(PaymentMethod))
        table = self.payments_table
        table.setRowCount(len(payments))
        for row, payment in enumerate(payments):
            texts = (
                payment.paid_on.isoformat(),
                _time_of(payment),
                str(payment.number),
                methods.get(payment.method, payment.method),
                self._presenter.money(payment.amount_cents),
                payment.reference,
                payment.reason,
                payment.taken_by,
            )
            for column, text in enumerate(texts):
                table.setItem(row, column, _item(text, right=column == 4))

    def _show_outcome(self, outcome: Outcome) -> None:
        rest = self.problems.show_all(outcome.problems)
        self.message.show_message(" ".join([*rest.values(), outcome.message]).strip())

    def form(self) -> PayForm:
        return PayForm(
            amounts={session_id: edit.text() for session_id, edit in self.pay_edits.items()},
            method=_chosen_method(self.method_box),
            paid_on=self.date_edit.text(),
            reference=self.reference_edit.text(),
        )

    # --- slots -----------------------------------------------------------------------------

    def _on_pay_edit_changed(self) -> None:
        total = self._presenter.total({i: e.text() for i, e in self.pay_edits.items()})
        self.total_label.setText(self.tr("Total paid now: {total}").format(total=total))

    def _on_fee_edit_finished(self) -> None:
        edit = self.sender()
        if not isinstance(edit, FeeEdit) or not edit.text().strip():
            return
        if self.fee_edits.get(edit.session_id) is not edit:  # an edit the table dropped
            return
        self.message.clear()
        self.problems.clear()
        session_id = edit.session_id
        typed = {i: e.text() for i, e in self.pay_edits.items() if i != session_id}
        outcome = self._presenter.set_fee(session_id, edit.text())
        if outcome.done:
            self._show_account(keep=typed)
        self._show_outcome(outcome)

    def _on_take_button_clicked(self) -> None:
        self.message.clear()
        self.problems.clear()
        outcome = self._presenter.take_payment(self.form())
        if outcome.done:
            self.reference_edit.clear()
            self._show_account()
            self.payment_taken.emit()
        self._show_outcome(outcome)

    def _on_refund_button_clicked(self) -> None:
        self.message.clear()
        dialog = RefundDialog(self._presenter, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.refunded.connect(self._on_refund_dialog_refunded)
        dialog.finished.connect(self._on_refund_dialog_finished)
        self.refund_dialog = dialog
        dialog.open()

    def _on_refund_dialog_finished(self) -> None:
        self.refund_dialog = None

    def _on_refund_dialog_refunded(self) -> None:
        self._show_account()
        if self._presenter.load_error:
            self.message.show_message(self._presenter.load_error)
        self.payment_taken.emit()


def open_payments(
    parent: QWidget, service: PaymentService, patient_id: int, today: dt.date
) -> None:
    """The payment window for a patient, over ``parent`` (window-modal; not blocking)."""
    presenter = PaymentPresenter(service, patient_id, lambda: today)
    dialog = PaymentDialog(presenter, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
