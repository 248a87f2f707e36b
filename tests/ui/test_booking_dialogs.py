"""The booking dialogs driven like reception would, on the small booking clinic (SQLite):
a patient searched and booked, a clash answered with the practitioner's next free times
as buttons, a bad length shown at its field with everything typed kept, a move (and a
move past the course's order refused at the date), a cancellation that says it is late,
the free-slot finder and a course's six sessions booked at proposed times."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication

from planner.domain.errors import ValidationError
from planner.domain.vocab import AppointmentKind, CancelledBy
from planner.services.appointment_views import AppointmentDraft
from planner.storage.database import Database
from planner.storage.models import ClinicRoom
from planner.ui.book.dialog_presenter import BookingPresenter, problem_of, slot_text
from planner.ui.book.dialogs import (
    CancelDialog,
    ChosenSlot,
    CourseTimesDialog,
    FreeSlotDialog,
    MoveDialog,
    NewBookingDialog,
    ask_cancel,
    ask_course_times,
    ask_free_slot,
    ask_move,
    ask_new_booking,
)
from tests.helpers.book_clinic import TODAY, BookClinic, at, build

NOW_LOCAL = at(TODAY, "07:00")


@pytest.fixture
def clinic(db: Database) -> BookClinic:
    built = build(db)
    with db.write() as session:
        session.add(ClinicRoom(name="Room 1", active=True))
    return built


def _show(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _pick(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def _retype(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def _finder(clinic: BookClinic):
    def find(text: str) -> list[tuple[int, str]]:
        if "tom" in text.lower():
            return [(clinic.other_patient, "Tomasz Wiśniewski - chart 2")]
        return []

    return find


def _new_dialog(qtbot, clinic: BookClinic, **kwargs) -> NewBookingDialog:
    service = clinic.book()
    presenter = BookingPresenter(service, service.context(), NOW_LOCAL)
    return _show(qtbot, NewBookingDialog(presenter, TODAY, _finder(clinic), **kwargs))


def _first_visit(clinic: BookClinic, hhmm: str, day: dt.date = TODAY):
    return clinic.book().book(
        AppointmentDraft(
            patient_id=clinic.other_patient,
            practitioner_id=clinic.ada.user_id,
            starts_at=at(day, hhmm),
            kind=AppointmentKind.FIRST_VISIT,
        )
    )


def test_the_presenter_puts_refusals_at_the_dialogs_fields() -> None:
    assert slot_text(dt.datetime(2026, 11, 10, 14, 0)) == "Tue, Nov 10 14:00"
    assert problem_of(ValidationError("starts_at", "Date: closed.")).field == "date"
    assert problem_of(ValidationError("starts_at", "Time: open 08:00.")).field == "time"
    assert problem_of(ValidationError("length_minutes", "Length: no.")).field == "length_minutes"


def test_a_patient_searched_and_booked_with_the_kinds_length(qtbot, clinic: BookClinic) -> None:
    dialog = _new_dialog(qtbot, clinic)
    qtbot.keyClicks(dialog.search_edit, "nobody")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    assert "nobody found" in dialog.errors.text("search")
    _retype(qtbot, dialog.search_edit, "Tom")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    assert dialog.patient_combo.currentText() == "Tomasz Wiśniewski - chart 2"
    assert dialog.isVisible()  # Enter searched; it did not book
    _pick(dialog.practitioner_combo, "Ben Okri")
    dialog.time_edit.setTime(QTime(9, 0))
    assert dialog.length_spin.value() == 45  # a first visit
    _pick(dialog.kind_combo, "Follow-up")
    assert dialog.length_spin.value() == 30
    _pick(dialog.room_combo, "Room 1")
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    booked = dialog.result_view
    assert booked is not None and dialog.result() == dialog.DialogCode.Accepted
    assert booked.practitioner_name == "Ben Okri" and booked.room_name == "Room 1"
    assert booked.starts_at == at(TODAY, "09:00") and booked.length_minutes == 30
    assert booked.kind == AppointmentKind.FOLLOW_UP


def test_a_clash_shows_the_message_and_the_next_free_times(qtbot, clinic: BookClinic) -> None:
    _first_visit(clinic, "09:00")  # Ada 09:00-09:45
    dialog = _new_dialog(
        qtbot,
        clinic,
        start=at(TODAY, "09:15"),
        practitioner_id=clinic.ada.user_id,
        patient=(clinic.patient, "Zoë Test - chart 1"),
    )
    assert dialog.session_combo.isVisibleTo(dialog)  # the patient's course sessions
    _pick(dialog.session_combo, "Session 1 of 6")
    assert dialog.kind() == AppointmentKind.FOLLOW_UP and dialog.length_spin.value() == 30
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    assert dialog.result_view is None
    assert "already has an appointment from 09:00 to 09:45" in dialog.message.text
    assert dialog.free.isVisible()
    assert dialog.free.texts()[:2] == ["08:00", "08:15"]  # 08:00-08:30 fits before 09:00
    assert "09:45" in dialog.free.texts()
    button = dialog.free.buttons[dialog.free.texts().index("09:45")]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.time_edit.time() == QTime(9, 45)
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    booked = dialog.result_view
    assert booked is not None and booked.starts_at == at(TODAY, "09:45")
    assert booked.session_label == "Session 1 of 6"


def test_a_bad_length_is_shown_at_the_length_keeping_what_was_typed(
    qtbot, clinic: BookClinic
) -> None:
    dialog = _new_dialog(qtbot, clinic)
    qtbot.keyClicks(dialog.search_edit, "tom")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    _pick(dialog.practitioner_combo, "Ben Okri")
    dialog.time_edit.setTime(QTime(11, 30))
    _retype(qtbot, dialog.length_spin.lineEdit(), "2")
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    assert dialog.result_view is None and dialog.isVisible()
    assert dialog.errors.text("length_minutes").startswith("Length: from 5 to 480")
    assert dialog.errors.is_marked("length_minutes")
    assert dialog.focusWidget() in (dialog.length_spin, dialog.length_spin.lineEdit())
    assert dialog.search_edit.text() == "tom"
    assert dialog.patient_id() == clinic.other_patient
    assert dialog.practitioner_combo.currentText() == "Ben Okri"
    assert dialog.time_edit.time() == QTime(11, 30) and dialog.length_spin.value() == 2
    dialog.time_edit.setTime(QTime(7, 30))  # before the clinic opens: at the time
    _retype(qtbot, dialog.length_spin.lineEdit(), "30")
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("time").startswith("Time: the clinic is open 08:00")
    assert dialog.errors.text("length_minutes") == ""


def test_move_fills_from_next_free_and_a_course_order_is_said_at_the_date(
    qtbot, clinic: BookClinic
) -> None:
    service = clinic.book()
    first = _first_visit(clinic, "09:00")
    dialog = _show(qtbot, MoveDialog(BookingPresenter(service, service.context()), first, TODAY))
    assert dialog.time_edit.time() == QTime(9, 0) and dialog.length_spin.value() == 45
    assert "08:00" in dialog.free.texts()  # the next free times, shown at once
    assert "08:30" in dialog.free.texts()  # its own 09:00-09:45 is free for it
    dialog.time_edit.setTime(QTime(14, 0))
    _pick(dialog.room_combo, "Room 1")
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    moved = dialog.result_view
    assert moved is not None and moved.starts_at == at(TODAY, "14:00")
    assert moved.room_name == "Room 1"

    proposals = service.propose_course(clinic.course, preferred_minute=10 * 60)
    booked = service.book_course(
        clinic.course,
        tuple((p.session_id, p.starts_at) for p in proposals if p.starts_at is not None),
    )
    second = booked[1]
    dialog = _show(qtbot, MoveDialog(BookingPresenter(service, service.context()), second, TODAY))
    assert dialog.free.isVisible()
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(14))  # session 4's day
    assert not dialog.free.isVisible()  # that day's free times are no longer the ones shown
    dialog.time_edit.setTime(QTime(16, 0))  # after session 4 (10:00)
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    assert dialog.result_view is None
    assert dialog.errors.text("date") != "", dialog.message.text
    assert dialog.time_edit.time() == QTime(16, 0)
    assert dialog.focusWidget() in (dialog.date_edit, dialog.date_edit.lineEdit())


def test_cancel_says_when_it_will_be_late(qtbot, clinic: BookClinic) -> None:
    service = clinic.book()
    soon = _first_visit(clinic, "09:00")  # two hours after the clock's 07:00
    hours = service.context().hours
    dialog = _show(
        qtbot, CancelDialog(BookingPresenter(service, service.context(), NOW_LOCAL), soon)
    )
    assert dialog.what_label.text().startswith("Tomasz Wiśniewski (chart ")
    assert dialog.what_label.text().endswith("): First visit, Mon, Nov 2, 2026 09:00")
    assert dialog.late_label.isVisible()
    assert dialog.late_label.text() == (
        f"Late cancellation (less than {hours.late_cancel_hours} hours' notice)"
    )
    qtbot.mouseClick(dialog.clinic_radio, Qt.MouseButton.LeftButton)
    assert not dialog.late_label.isVisible()  # the clinic's cancellations are never late
    qtbot.mouseClick(dialog.patient_radio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("reason").startswith("Reason:")  # nothing chosen yet
    _pick(dialog.reason_combo, "Transport")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    cancelled = dialog.result_view
    assert cancelled is not None and cancelled.late
    assert cancelled.cancel_reason == "Transport" and cancelled.cancelled_by == CancelledBy.PATIENT

    later = _first_visit(clinic, "09:00", TODAY + dt.timedelta(days=3))
    dialog = _show(
        qtbot, CancelDialog(BookingPresenter(service, service.context(), NOW_LOCAL), later)
    )
    assert not dialog.late_label.isVisible()
    _retype(qtbot, dialog.reason_combo.lineEdit(), "Moving house")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result_view is not None and not dialog.result_view.late
    assert dialog.result_view.cancel_reason == "Moving house"


def test_the_finder_lists_tuesday_afternoons_and_returns_the_choice(
    qtbot, clinic: BookClinic
) -> None:
    service = clinic.book()
    dialog = _show(qtbot, FreeSlotDialog(service, service.context(), TODAY, clinic.ada.user_id))
    _pick(dialog.weekday_combo, "Tuesday")
    _pick(dialog.part_combo, "Afternoon (12:00-17:00)")
    qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    texts = dialog.texts()
    assert texts[0] == "Tue, Nov 3 12:00"
    assert all(t.startswith("Tue, ") for t in texts)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen == ChosenSlot(clinic.ada.user_id, at(dt.date(2026, 11, 3), "12:00"), 30)


def test_a_courses_six_times_are_proposed_changed_and_booked(qtbot, clinic: BookClinic) -> None:
    service = clinic.book()
    dialog = _show(qtbot, CourseTimesDialog(service, clinic.course, TODAY))
    assert dialog.table.rowCount() == 6
    dialog.preferred_edit.setTime(QTime(10, 0))
    qtbot.mouseClick(dialog.propose_button, Qt.MouseButton.LeftButton)
    assert all(p.starts_at is not None and p.starts_at.hour == 10 for p in dialog.proposals)
    first = dialog.time_edits[0]
    first.setDateTime(first.dateTime().addSecs(-3 * 3600))  # 07:00: before opening
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert dialog.result_views is None
    assert "does not fit" in dialog.row_problem(0)
    assert dialog.row_problem(1) == ""
    first.setDateTime(first.dateTime().addSecs(4 * 3600))  # 11:00
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    booked = dialog.result_views
    assert booked is not None and len(booked) == 6
    assert booked[0].starts_at is not None and booked[0].starts_at.hour == 11
    assert [a.session_number for a in booked] == [1, 2, 3, 4, 5, 6]
    assert service.propose_course(clinic.course) == ()


def test_the_ask_functions_return_none_when_the_dialog_is_closed(qtbot, clinic: BookClinic) -> None:
    service = clinic.book()
    context = service.context()
    view = _first_visit(clinic, "09:00")

    def close_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        dialog.reject()

    asks = (
        lambda: ask_new_booking(None, service, context, TODAY, find_patient=_finder(clinic)),
        lambda: ask_move(None, service, context, view, TODAY),
        lambda: ask_cancel(None, service, view, 24, now=NOW_LOCAL),
        lambda: ask_free_slot(None, service, context, TODAY),
        lambda: ask_course_times(None, service, clinic.course, TODAY),
    )
    for ask in asks:
        QTimer.singleShot(0, close_the_dialog)
        assert ask() is None
