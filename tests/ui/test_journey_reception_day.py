"""Reception's whole day on the demo clinic, through the main window with keys, clicks,
menu items and the real dialogs (issue 18: "a receptionist can run a full day in the
window"): today's book, a check-in, a new booking (and a clash refused), a move, a
cancellation, a payment and a refund, a receipt and a take-home sheet, the end of the
day (takings as PDF and CSV, the day sheet), and the audit trail of it all.

Modal dialogs (``exec()``) are answered from a timer once they are the active modal
widget, as a person would answer them: typing, combo boxes, buttons. The journey runs on
both engines: on PostgreSQL the book's exclusion constraints stand behind the clash.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt, QTime, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner import formats
from planner.domain.vocab import AppointmentState
from planner.services.appointment_views import AppointmentView
from planner.services.appointments import AppointmentService
from planner.services.audit import AuditAction
from planner.storage.models import Appointment, AuditEvent, Patient
from planner.ui.book import grid, looks
from planner.ui.book.dialog_cancel import CancelDialog
from planner.ui.book.dialog_parts import QuarterTimeEdit
from planner.ui.book.dialogs import MoveDialog, NewBookingDialog
from planner.ui.book.screen import BookScreen
from planner.ui.desk.end_of_day import EndOfDayDialog
from planner.ui.main_window import MainWindow
from planner.ui.payments.dialog import PaymentDialog, RefundDialog
from planner.ui.style import message_frame_style
from tests.ui.journey_kit import (
    NEW_PATIENT,
    TODAY,
    Journey,
    activate,
    choose_document,
    click,
    demo_db,
    journey,
    owned,
    press,
    save_document,
)
from tests.unit.export.pdf_reading import contains
from tests.unit.export.pdf_reading import text as pdf_text

pytestmark = pytest.mark.both_engines

__all__ = ["demo_db", "journey"]  # the fixtures, used by name


# --- answering modal dialogs ----------------------------------------------------------------


class Answer:
    """Answers the next modal dialog of ``kind`` with ``reply(dialog)`` (from a timer, since
    ``exec()`` blocks); a failure inside closes the dialog and is raised by ``check()``."""

    def __init__(self, kind: type[QWidget], reply: Callable[[Any], None]) -> None:
        self.kind, self.reply = kind, reply
        self.errors: list[BaseException] = []
        self.answered = False
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, self.kind) or not dialog.isVisible():
            QTimer.singleShot(20, self._poll)
            return
        try:
            self.reply(dialog)
            self.answered = True
        except BaseException as error:  # raised again in check()
            self.errors.append(error)
            if isinstance(dialog, QDialog) and dialog.isVisible():
                dialog.reject()

    def check(self) -> None:
        if self.errors:
            raise self.errors[0]
        assert self.answered, f"no {self.kind.__name__} was shown"


def step_time_to(qtbot: QtBot, dialog: NewBookingDialog, when: dt.datetime) -> None:
    """The date and time set with the arrow keys (the time steps 15 minutes a press)."""
    for edit, now, wanted in (
        (dialog.date_edit, lambda: dialog.starts_at().date(), when.date()),
        (dialog.time_edit, dialog.starts_at, when),
    ):
        edit.setFocus()
        if edit is dialog.time_edit:  # the cursor in the minutes: a press is 15 minutes
            qtbot.keyClick(edit, Qt.Key.Key_End)
        for _press in range(100):
            if now() == wanted:
                break
            qtbot.keyClick(edit, Qt.Key.Key_Up if now() < wanted else Qt.Key.Key_Down)
    assert dialog.starts_at() == when


def choose(qtbot: QtBot, box: QComboBox, text: str) -> None:
    """Pick the item reading ``text`` in a real combo box with the keyboard."""
    index = box.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert index >= 0, [box.itemText(i) for i in range(box.count())]
    box.setFocus()
    while box.currentIndex() != index:
        key = Qt.Key.Key_Down if box.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(box, key)


def select_all_and_type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


# --- the book ---------------------------------------------------------------------------------


def book_of(window: MainWindow) -> BookScreen:
    screen = window.findChild(BookScreen, "appointment_book")
    assert isinstance(screen, BookScreen)
    return screen


def shown(screen: BookScreen) -> dict[int, AppointmentView]:
    """Every appointment the book shows, by id."""
    return {v.id: v for c in screen.presenter.columns for v in c.appointments}


def arrow_to(qtbot: QtBot, screen: BookScreen, appointment_id: int) -> None:
    """Walk the selection with the arrow keys until the appointment is selected: up to the
    top of a column, down it, then Right to the next column."""
    canvas = screen.view.canvas
    presenter = screen.presenter

    def found() -> bool:
        chosen = presenter.selection
        return chosen is not None and chosen.appointment_id == appointment_id

    def walk(key: Qt.Key) -> bool:  # True: the appointment reached
        for _press in range(100):
            if found():
                return True
            before = presenter.selection
            qtbot.keyClick(canvas, key)
            if presenter.selection == before:
                break
        return found()

    for _column in range(len(presenter.columns)):
        if walk(Qt.Key.Key_Up) or walk(Qt.Key.Key_Down):
            return
        before = presenter.selection
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
        if presenter.selection == before:
            break
    assert found(), presenter.selection


def block_top(screen: BookScreen, appointment_id: int) -> tuple[int, int]:
    """(column index, top y) of the appointment's block as painted."""
    canvas = screen.view.canvas
    for index in range(len(screen.presenter.columns)):
        for view, rect in canvas.block_rects(index):
            if view.id == appointment_id:
                return index, rect.top()
    raise AssertionError(f"appointment {appointment_id} not painted")


def menu_action(window: MainWindow, text: str) -> QAction:
    """The menu bar's item reading ``text`` (mnemonics removed)."""
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else ():
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(f"no menu item {text!r}")


def appointment_count(journey: Journey) -> int:
    with journey.db.read() as session:
        return len(session.scalars(select(Appointment.id)).all())


def due_of(pay: PaymentDialog) -> int:
    """The balance due the payment window shows, in cents."""
    text = pay.balance_label.text()
    assert text.startswith("Balance due: £"), text
    return round(float(text.split("£")[1].split()[0].replace(",", "")) * 100)


def next_appointment(journey: Journey, patient_id: int) -> dt.datetime:
    """When the patient's next booked appointment after today starts."""
    with journey.db.read() as session:
        when = session.scalars(
            select(Appointment.starts_at)
            .where(
                Appointment.patient_id == patient_id,
                Appointment.day > TODAY,
                Appointment.state == AppointmentState.BOOKED,
                Appointment.starts_at.is_not(None),
            )
            .order_by(Appointment.starts_at)
        ).first()
    assert when is not None
    return when


def grab(widget: QWidget, name: str) -> None:
    """A picture of ``widget`` as shown, kept as ``<folder>/p9-<name>.png`` when the
    environment names a folder in ACUPLANNER_JOURNEY_GRABS (for looking at, not asserted)."""
    folder = os.environ.get("ACUPLANNER_JOURNEY_GRABS")
    if folder:  # as it is once the event loop has run (widgets replaced are gone)
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        widget.grab().save(str(Path(folder) / f"p9-{name}.png"))


def chart_of(journey: Journey, patient_id: int) -> str:
    with journey.db.read() as session:
        chart = session.scalar(select(Patient.chart_number).where(Patient.id == patient_id))
    return f"{chart:06d}"


def new_patient_id(journey: Journey) -> int:
    with journey.db.read() as session:
        return int(
            session.scalars(
                select(Patient.id).where(Patient.family_name == NEW_PATIENT.family_name)
            ).one()
        )


DESK_OPENS = dt.datetime.combine(TODAY, dt.time(8, 5))  # the desk's wall clock, that morning


def test_reception_runs_a_whole_day_in_the_window(
    qtbot: QtBot, journey: Journey, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The window is given the demo's "today" but no clock: the service's wall clock is
    # set to that morning here, or every time of the demo's day would be in the past.
    monkeypatch.setattr(AppointmentService, "_now", lambda _self: DESK_OPENS)
    window = journey.sign_in("reception")
    window.resize(1366, 768)
    start_audit = journey.last_audit_id()
    screen = book_of(window)

    # 1. The Appointments tab with today, its appointments there.
    assert window.current_home_page() is screen
    assert screen.presenter.day == TODAY
    assert screen.title.text() == formats.long_date(TODAY)  # "Monday, November 2, 2026"
    today = shown(screen)
    states = [v.state for v in today.values() if v.day == TODAY]
    for state in (
        AppointmentState.DONE,
        AppointmentState.IN_TREATMENT,
        AppointmentState.CHECKED_IN,
        AppointmentState.BOOKED,
    ):
        assert state in states, state
    booked = sorted(
        (v for v in today.values() if v.state == AppointmentState.BOOKED and v.has_time),
        key=lambda v: v.starts_at or dt.datetime.min,
    )
    assert len(booked) >= 3

    # 2. A booked appointment chosen with the arrow keys, checked in.
    arriving = booked[0]
    activate(qtbot, window)
    screen.view.canvas.setFocus()
    arrow_to(qtbot, screen, arriving.id)
    assert screen.panel.heading.text() == looks.patient_text(arriving)
    click(qtbot, screen.panel.check_in_button)
    assert shown(screen)[arriving.id].state == AppointmentState.CHECKED_IN
    assert screen.panel.details.text().splitlines()[0].endswith("Checked in")
    journey.no_crash()

    # 3. Tomorrow (Page Down; today is full), New booking (Ctrl+Shift+B): the new patient
    # by chart number, the date, a free time, Book.
    tomorrow = TODAY + dt.timedelta(days=1)
    qtbot.keyClick(screen.view.canvas, Qt.Key.Key_PageDown)
    assert screen.presenter.day == tomorrow
    newcomer = new_patient_id(journey)
    practitioner = screen.presenter.context.practitioners[0]
    picked: dict[str, Any] = {}

    def book(dialog: NewBookingDialog) -> None:
        qtbot.keyClicks(dialog.search_edit, chart_of(journey, newcomer))
        qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
        assert dialog.patient_id() == newcomer
        choose(qtbot, dialog.practitioner_combo, practitioner.name)
        step_time_to(
            qtbot, dialog, dt.datetime.combine(tomorrow, dialog.time_edit.time().toPython())
        )
        click(qtbot, dialog.free_button)
        assert dialog.free.buttons, dialog.free.caption.text()
        first = dialog.free.buttons[0]
        picked["time"] = first.text()
        click(qtbot, first)
        assert dialog.time_edit.time().toString("HH:mm") == picked["time"]
        click(qtbot, dialog.action_button)

    answer = Answer(NewBookingDialog, book)
    before = appointment_count(journey)
    press(qtbot, window, menu_action(window, "New booking…"))  # Ctrl+Shift+B
    answer.check()
    assert appointment_count(journey) == before + 1
    made = shown(screen)[max(shown(screen))]
    assert (made.patient_id, made.practitioner_id) == (newcomer, practitioner.id)
    assert made.starts_at is not None and f"{made.starts_at:%H:%M}" == picked["time"]
    column, top = block_top(screen, made.id)
    assert screen.presenter.columns[column].practitioner_id == practitioner.id
    assert abs(top - screen.view.canvas.y_of(made.starts_at.hour * 60 + made.starts_at.minute)) <= 2

    # ... the same practitioner again at an overlapping time: refused, free times offered.
    other = booked[-1]
    clash: dict[str, Any] = {}

    def book_over(dialog: NewBookingDialog) -> None:
        qtbot.keyClicks(dialog.search_edit, f"{other.chart_number:06d}")
        qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
        assert dialog.patient_id() == other.patient_id
        choose(qtbot, dialog.session_combo, "None")
        choose(qtbot, dialog.practitioner_combo, practitioner.name)
        choose(qtbot, dialog.kind_combo, "Follow-up")  # 30 minutes
        overlapping = made.starts_at + dt.timedelta(minutes=15)
        step_time_to(qtbot, dialog, overlapping)
        click(qtbot, dialog.action_button)
        clash["message"] = dialog.message.label.text() if dialog.message.isVisible() else ""
        clash["free"] = dialog.free.texts()
        clash["open"] = dialog.isVisible()
        click(qtbot, dialog.close_button)

    answer = Answer(NewBookingDialog, book_over)
    click(qtbot, screen.new_button)
    answer.check()
    assert clash["open"] and clash["free"], clash
    assert "already has an appointment from " + picked["time"] in clash["message"], clash
    assert appointment_count(journey) == before + 1  # nothing saved

    # 4. Move... the new booking to another of the free times; Cancel... one of today's.
    screen.view.canvas.setFocus()
    arrow_to(qtbot, screen, made.id)
    moved_to: dict[str, str] = {}

    def move(dialog: MoveDialog) -> None:
        assert dialog.free.buttons, dialog.free.caption.text()
        later = next(b for b in dialog.free.buttons if b.text() != picked["time"])
        moved_to["time"] = later.text()
        click(qtbot, later)
        click(qtbot, dialog.action_button)

    answer = Answer(MoveDialog, move)
    click(qtbot, screen.panel.move_button)
    answer.check()
    after_move = shown(screen)[made.id]
    assert after_move.starts_at is not None
    assert f"{after_move.starts_at:%H:%M}" == moved_to["time"] != picked["time"]
    assert (
        abs(
            block_top(screen, made.id)[1]
            - screen.view.canvas.y_of(after_move.starts_at.hour * 60 + after_move.starts_at.minute)
        )
        <= 2
    )

    dropped = booked[1]
    screen.view.canvas.setFocus()
    qtbot.keyClick(screen.view.canvas, Qt.Key.Key_T)  # back to today
    assert screen.presenter.day == TODAY
    arrow_to(qtbot, screen, dropped.id)

    def cancel(dialog: CancelDialog) -> None:
        assert dialog.patient_radio.isChecked()
        qtbot.keyClicks(dialog.reason_combo.lineEdit(), "Car broke down")
        click(qtbot, dialog.cancel_button)

    answer = Answer(CancelDialog, cancel)
    click(qtbot, screen.panel.cancel_button)
    answer.check()
    gone = shown(screen)[dropped.id]
    assert gone.state == AppointmentState.CANCELLED and gone.cancel_reason == "Car broke down"
    assert "Cancelled" in screen.panel.details.text()
    index = block_top(screen, dropped.id)[0]
    assert dropped.starts_at is not None
    minute = dropped.starts_at.hour * 60 + dropped.starts_at.minute
    assert grid.covering(screen.presenter.columns[index], minute) is None  # its time is free
    journey.no_crash()

    # 5. Take payment... for today's treated patient with a fee due: by card, a reference.
    treated = next(
        v
        for v in shown(screen).values()
        if v.state == AppointmentState.DONE and v.day == TODAY and v.session_id is not None
    )
    screen.view.canvas.setFocus()
    arrow_to(qtbot, screen, treated.id)
    click(qtbot, screen.panel.payment_button)
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), PaymentDialog), timeout=3000
    )
    pay = QApplication.activeModalWidget()
    assert isinstance(pay, PaymentDialog)
    due_before = due_of(pay)
    assert due_before > 0, pay.balance_label.text()
    today_due = pay.pay_edits[treated.session_id].text()
    assert today_due, "today's session has nothing due"
    for session_id, edit in pay.pay_edits.items():  # only today's session paid now
        if session_id != treated.session_id and edit.text():
            select_all_and_type(qtbot, edit, "")
            qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert pay.total_label.text() == f"Total paid now: £{today_due}"
    choose(qtbot, pay.method_box, "Card")
    qtbot.keyClicks(pay.reference_edit, "AUTH 4471")
    click(qtbot, pay.take_button)
    paid_cents = round(float(today_due) * 100)
    assert due_of(pay) == due_before - paid_cents, pay.balance_label.text()
    assert not pay.message.isVisible() or not pay.message.label.text()

    # ... and a refund, with its reason.
    click(qtbot, pay.refund_button)
    qtbot.waitUntil(lambda: pay.refund_dialog is not None and pay.refund_dialog.isVisible())
    refund = pay.refund_dialog
    assert isinstance(refund, RefundDialog)
    choose(qtbot, refund.session_box, f"{treated.session_label} — {TODAY.isoformat()}")
    qtbot.keyClicks(refund.amount_edit, "5.00")
    choose(qtbot, refund.method_box, "Cash")
    qtbot.keyClicks(refund.reason_edit, "Goodwill: the session started late")
    click(qtbot, refund.refund_button)
    qtbot.waitUntil(lambda: pay.refund_dialog is None, timeout=3000)
    assert due_of(pay) == due_before - paid_cents + 500, pay.balance_label.text()
    payments = pay.payments_table
    rows = [
        [payments.item(r, c).text() for c in range(payments.columnCount())]
        for r in range(payments.rowCount())
    ]
    assert any("AUTH 4471" in row and f"£{today_due}" in row for row in rows), rows
    assert any("Goodwill: the session started late" in row for row in rows), rows
    grab(pay, "pay")
    pay.close()
    journey.no_crash()

    # 6. Receipt...: the patient's documents; the receipt and the take-home sheet saved.
    activate(qtbot, window)
    screen.view.canvas.setFocus()
    arrow_to(qtbot, screen, treated.id)
    click(qtbot, screen.panel.receipt_button)
    documents = owned(window, f"documents:{treated.patient_id}")
    session_row = f"{treated.session_label} · {TODAY.isoformat()}"
    rows = [item.text(0) for item in documents.panel.tree.items()]
    assert rows[2:5] == [session_row, "Take-home sheet", "Receipt"], rows  # today's first
    choose_document(qtbot, documents, "Receipt")
    receipt_path = save_document(qtbot, journey, documents)
    receipt = pdf_text(receipt_path.read_bytes())
    next_at = next_appointment(journey, treated.patient_id)
    for words in (
        f"card, ref. AUTH 4471 {TODAY.day} {TODAY:%b %Y} £{today_due}",  # with its reference
        "Refund (cash): Goodwill: the session started late",
        "-£5.00",
        "Amount due: £5.00",
        "Next appointments",
        f"{next_at:%a} {next_at.day} {next_at:%b %Y} at {next_at:%H:%M}",
    ):
        assert contains(receipt, words), (words, receipt)
    choose_document(qtbot, documents, "Take-home sheet")  # today's session: signed
    sheet = pdf_text(save_document(qtbot, journey, documents).read_bytes())
    for words in (
        "Your treatment today",
        treated.session_label,
        "Your next appointments",
        f"{next_at:%A} {next_at.day} {next_at:%B %Y} at {next_at:%H:%M}",
    ):
        assert contains(sheet, words), (words, sheet)
    assert "DRAFT" not in sheet.upper()
    documents.close()
    assert window.current_home_page() is screen  # the documents had their own window
    journey.no_crash()

    # 7. End of day...: the totals; the takings as PDF and CSV and the day sheet saved.
    activate(qtbot, window)
    press(qtbot, window, menu_action(window, "End of day…"))
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), EndOfDayDialog), timeout=3000
    )
    end = QApplication.activeModalWidget()
    assert isinstance(end, EndOfDayDialog)
    assert end.day_edit.text() == TODAY.isoformat()
    totals = {
        end.totals.item(r, 0).text(): end.totals.item(r, 1).text()
        for r in range(end.totals.rowCount())
    }
    saved: dict[str, Path] = {}
    for name, button in (
        ("takings.pdf", end.pdf_button),
        ("takings.csv", end.csv_button),
        ("day-sheet.pdf", end.sheet_button),
    ):
        click(qtbot, button)  # the window's Save As (answered by the journey's chooser)
        target = journey.chooser.saved[-1]
        assert target.is_file(), end.message.label.text()
        assert end.message.label.text() == f"Saved {target}.", end.message.label.text()
        assert end.message.styleSheet() == message_frame_style(kind="info")  # not a problem's red
        saved[name] = target
    asked = list(zip(journey.chooser.titles[-3:], journey.chooser.suggested[-3:], strict=True))
    assert [(title, suggested.name) for title, suggested in asked] == [
        ("Save the takings as", f"takings-{TODAY.isoformat()}.pdf"),
        ("Save the takings as", f"takings-{TODAY.isoformat()}.csv"),
        ("Save the day sheet as", f"day-sheet-{TODAY.isoformat()}.pdf"),
    ]
    takings = pdf_text(saved["takings.pdf"].read_bytes())
    for words in ("Takings", "Card", "AUTH 4471", "Refund: Goodwill", "-£5.00", "Net total"):
        assert contains(takings, words), (words, takings)
    assert totals["Refunds"] == "-£5.00"
    assert contains(takings, totals["Net total"])
    table = saved["takings.csv"].read_bytes().decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(table)))
    assert lines[0][:5] == ["Date", "Time", "Chart number", "Method", "Amount"]
    chart = f"{treated.chart_number:06d}"
    card = [row for row in lines if row[2:4] == [chart, "Card"] and "AUTH 4471" in row]
    assert card and card[0][0] == TODAY.isoformat() and card[0][4] == today_due, lines
    refunds = [row for row in lines if row[2:4] == [chart, "Cash"] and row[4] == "-5.00"]
    assert refunds and refunds[0][7] == "Goodwill: the session started late", lines
    methods = {row[3] for row in lines[1:] if row[2]}
    for method in methods:
        assert any(row[3] == f"Total {method}" for row in lines), (method, lines)
    assert lines[-1][3] == "Net total" and f"£{lines[-1][4]}" == totals["Net total"]
    day_sheet = pdf_text(saved["day-sheet.pdf"].read_bytes())
    for words in (
        "Day sheet for 2 Nov 2026",
        f"{arriving.chart_number:06d}",
        f"{dropped.chart_number:06d}",
        "Cancelled",
        "Checked in",
        "Done",
    ):
        assert contains(day_sheet, words), (words, day_sheet)
    grab(end, "eod")
    end.close()
    activate(qtbot, window)
    grab(window, "day")

    # 8. The audit trail: each change and export, once; no patient's name in any detail.
    assert journey.audit_actions(since=start_audit) == [
        (AuditAction.UPDATE, "appointment", arriving.patient_id),  # checked in
        (AuditAction.CREATE, "appointment", newcomer),  # booked (the clash: nothing)
        (AuditAction.UPDATE, "appointment", newcomer),  # moved
        (AuditAction.UPDATE, "appointment", dropped.patient_id),  # cancelled
        (AuditAction.CREATE, "session_payment", treated.patient_id),  # by card
        (AuditAction.CREATE, "session_payment", treated.patient_id),  # the refund
        (AuditAction.OPEN_RECORD, "patient", treated.patient_id),  # Receipt...
        (AuditAction.OPEN_RECORD, "session", treated.patient_id),
        (AuditAction.EXPORT, "receipt", treated.patient_id),
        (AuditAction.OPEN_RECORD, "session", treated.patient_id),
        (AuditAction.EXPORT, "session", treated.patient_id),  # the take-home sheet
        (AuditAction.EXPORT, "takings", None),
        (AuditAction.EXPORT, "takings", None),
        (AuditAction.EXPORT, "day_sheet", None),
    ]
    with journey.db.read() as session:
        details = session.scalars(
            select(AuditEvent.detail).where(AuditEvent.id > start_audit)
        ).all()
    names = {NEW_PATIENT.given_name, NEW_PATIENT.family_name}
    for view in (arriving, dropped, treated, other):
        names.update(view.patient_name.split())
    for detail in details:
        for name in names:
            assert name not in str(detail), (name, detail)
    assert not journey.errors_shown() and not journey.problems
    journey.no_crash()


def test_the_arrow_keys_step_a_booking_time_by_quarter_hours_across_the_hour(
    qtbot: QtBot,
) -> None:
    """Down in the minutes from 10:00 gives 09:45 (Qt's own check stopped at :00)."""
    edit = QuarterTimeEdit()
    qtbot.addWidget(edit)
    edit.setTime(QTime(10, 15))
    edit.show()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_End)  # the cursor in the minutes
    shown_times = []
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up):
        qtbot.keyClick(edit, key)
        shown_times.append(edit.time().toString("HH:mm"))
    assert shown_times == ["10:00", "09:45", "09:30", "09:45"]
    edit.setTime(QTime(0, 0))
    qtbot.keyClick(edit, Qt.Key.Key_Down)  # never past midnight
    assert edit.time() == QTime(0, 0)
