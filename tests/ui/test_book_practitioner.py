"""The practitioner's side of the book through its real widgets: who is waiting (their own
checked-in patients of today, oldest check-in first, with how long they have waited),
Open session for an appointment that books a course's session today (the button, and
Enter on a waiting patient), and none of it for reception; and the treatment room's list
of today by time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.domain.vocab import AppointmentKind
from planner.services.appointment_views import AppointmentDraft, AppointmentView
from planner.storage.database import Database
from planner.ui.book import BookActions, BookPresenter, BookScreen
from planner.ui.book.waiting import wait_text
from planner.ui.room.today_list import TodayList, row_texts
from tests.helpers.book_clinic import TODAY, BookClinic, at, build

NOW = dt.datetime(2026, 11, 2, 7, 12, tzinfo=dt.UTC)


@dataclass
class Day:
    clinic: BookClinic
    session: AppointmentView  # Zoë's course session 1, Ada, 09:30, checked in second
    visit: AppointmentView  # Tomasz's first visit, Ada, 10:00, checked in first
    bens: AppointmentView  # Ben's patient, checked in: not Ada's


@pytest.fixture
def day(ui_db: Database) -> Day:
    clinic = build(ui_db)
    book = clinic.book()
    ada, ben = clinic.ada.user_id, clinic.ben.user_id
    assert ada is not None and ben is not None
    untimed = book.days(TODAY, 1, practitioner_id=ada)[0].appointments
    session = next(v for v in untimed if v.course_id == clinic.course)
    session = book.move(session.id, at(TODAY, "09:30"), session.version)
    visit = book.book(
        AppointmentDraft(
            clinic.other_patient, ada, at(TODAY, "10:00"), kind=AppointmentKind.FIRST_VISIT
        )
    )
    bens = book.book(AppointmentDraft(clinic.other_patient, ben, at(TODAY, "11:00")))
    clinic.now = dt.datetime(2026, 11, 2, 7, 0, tzinfo=dt.UTC)
    visit = book.check_in(visit.id, visit.version)
    bens = book.check_in(bens.id, bens.version)
    clinic.now = dt.datetime(2026, 11, 2, 7, 5, tzinfo=dt.UTC)
    session = book.check_in(session.id, session.version)
    return Day(clinic, session, visit, bens)


@dataclass
class Opened:
    views: list[AppointmentView] = field(default_factory=list)

    def actions(self) -> BookActions:
        return BookActions(open_session=self.views.append)


def _screen(qtbot: QtBot, day: Day, opened: Opened, *, clinical: bool) -> BookScreen:
    me = day.clinic.ada.user_id if clinical else None
    presenter = BookPresenter(
        day.clinic.book(day.clinic.ada), today=lambda: TODAY, now=lambda: NOW, waiting_for=me
    )
    if me is not None:
        presenter.set_practitioner(me)
    screen = BookScreen(presenter, opened.actions(), clinical=clinical)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


@pytest.fixture
def opened() -> Opened:
    return Opened()


@pytest.fixture
def practitioner(qtbot: QtBot, day: Day, opened: Opened) -> Iterator[BookScreen]:
    screen = _screen(qtbot, day, opened, clinical=True)
    yield screen
    screen.timer.stop()


def test_wait_text_reads_in_minutes_then_hours() -> None:
    assert wait_text(12) == "waiting 12 min"
    assert wait_text(65) == "waiting 1 h 05 min"
    assert wait_text(None) == ""


def test_the_waiting_list_shows_my_checked_in_patients_oldest_first_with_the_wait(
    practitioner: BookScreen, day: Day
) -> None:
    waiting = practitioner.waiting_list
    assert waiting.isVisible()
    assert waiting.title.text() == "&Waiting (2)"
    first, second = waiting.entries()
    assert first.startswith("Tomasz Wiśniewski\n10:00 · First visit")
    assert first.endswith("waiting 12 min")
    assert second.startswith("Zoë O'Brien-Łukasz\n09:30 · Session 1 of 6")
    assert second.endswith("waiting 7 min")
    assert [v.id for v in practitioner.presenter.waiting] == [day.visit.id, day.session.id]


def test_open_session_calls_the_hook_for_todays_course_session_only(
    qtbot: QtBot, practitioner: BookScreen, day: Day, opened: Opened
) -> None:
    panel = practitioner.panel
    assert practitioner.presenter.select_appointment(day.visit.id)
    assert panel.open_session_button.isHidden()  # a first visit books no course session
    assert practitioner.presenter.select_appointment(day.session.id)
    assert panel.open_session_button.isVisible() and panel.open_session_button.isEnabled()
    qtbot.mouseClick(panel.open_session_button, Qt.MouseButton.LeftButton)
    assert [v.id for v in opened.views] == [day.session.id]
    assert opened.views[0].course_id == day.clinic.course


def test_enter_on_a_waiting_patient_opens_their_session(
    qtbot: QtBot, practitioner: BookScreen, day: Day, opened: Opened
) -> None:
    items = practitioner.waiting_list.list
    items.setFocus()
    items.setCurrentRow(1)  # Zoë's course session
    qtbot.keyClick(items, Qt.Key.Key_Return)
    assert [v.id for v in opened.views] == [day.session.id]
    items.setCurrentRow(0)  # a first visit: no session to open
    qtbot.keyClick(items, Qt.Key.Key_Return)
    assert len(opened.views) == 1


def test_a_click_on_a_waiting_patient_shows_them_in_the_panel(
    qtbot: QtBot, practitioner: BookScreen, day: Day
) -> None:
    items = practitioner.waiting_list.list
    second = items.visualItemRect(items.item(1)).center()
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert practitioner.presenter.selected_appointment() is not None
    assert practitioner.presenter.selected_appointment().id == day.session.id  # type: ignore[union-attr]
    assert practitioner.panel.open_session_button.isVisible()


def test_reception_sees_no_waiting_list_and_no_open_session(
    qtbot: QtBot, day: Day, opened: Opened
) -> None:
    screen = _screen(qtbot, day, opened, clinical=False)
    try:
        assert screen.waiting_list.isHidden()
        assert screen.presenter.waiting == ()
        assert screen.presenter.select_appointment(day.session.id)
        assert screen.panel.open_session_button.isHidden()
        screen.open_session(day.session)  # even asked directly: nothing opens
        assert opened.views == []
    finally:
        screen.timer.stop()


def test_the_rooms_today_list_reads_by_time_and_never_invents_one(qtbot: QtBot, day: Day) -> None:
    untimed = replace(day.session, id=-1, starts_at=None, ends_at=None)
    views = (day.visit, untimed)
    today = TodayList(lambda: views, TODAY)
    qtbot.addWidget(today)
    try:
        tomasz, zoe = day.visit.chart_number, untimed.chart_number
        assert today.rows() == [
            ["10:00\u201310:45", f"\u2068Tomasz Wiśniewski\u2069 (#{tomasz})", "First visit",
             "Checked in"],
            ["time not set", f"\u2068Zoë O'Brien-Łukasz\u2069 (#{zoe})", "Session 1 of 6",
             "Checked in"],
        ]  # fmt: skip
        assert row_texts(day.visit, privacy=True)[1] == f"Tomasz (#{day.visit.chart_number})"
    finally:
        today.timer.stop()
