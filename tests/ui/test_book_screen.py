"""The appointment book screen through its real widgets: today's day in the right column
and row, the keyboard (arrows, Enter, T, Page Down, D and W), the week's seven columns,
checking a patient in, the "time not set" strip, cancelled appointments reading as free,
and the hooks the screen calls with the selected slot's time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from planner.domain.vocab import AppointmentKind, AppointmentState, CancelledBy
from planner.services.appointment_views import AppointmentDraft, AppointmentView
from planner.storage.database import Database
from planner.ui.book import BookActions, BookPresenter, BookScreen, Mode
from planner.ui.book.grid import Selection, span_of
from planner.ui.book.looks import LOOKS, TODAY_FILL
from tests.helpers.book_clinic import TODAY, BookClinic, at, build


@dataclass
class Booked:
    clinic: BookClinic
    first_visit: AppointmentView  # Ada, today 09:00-09:45
    follow_up: AppointmentView  # Ben, today 11:00-11:30
    cancelled: AppointmentView  # Ben, today 14:00, cancelled by the patient
    later: AppointmentView  # Ada, Wednesday 10:00


@dataclass
class Recorder:
    calls: list[tuple[str, object]] = field(default_factory=list)

    def actions(self) -> BookActions:
        def new_booking(start: dt.datetime | None, practitioner_id: int | None) -> bool:
            self.calls.append(("new_booking", (start, practitioner_id)))
            return False

        def move(view: AppointmentView) -> bool:
            self.calls.append(("move", view.id))
            return False

        return BookActions(new_booking=new_booking, move=move)


@pytest.fixture
def booked(ui_db: Database) -> Booked:
    clinic = build(ui_db)
    book = clinic.book()

    def draft(who: int, hhmm: str, day: dt.date = TODAY, **more: object) -> AppointmentDraft:
        return AppointmentDraft(
            patient_id=clinic.other_patient,
            practitioner_id=who,
            starts_at=at(day, hhmm),
            **more,  # type: ignore[arg-type]
        )

    ada, ben = clinic.ada.user_id, clinic.ben.user_id
    first = book.book(draft(ada, "09:00", kind=AppointmentKind.FIRST_VISIT))
    follow = book.book(draft(ben, "11:00"))
    gone = book.book(draft(ben, "14:00"))
    gone = book.cancel(gone.id, CancelledBy.PATIENT, "Car broke down", gone.version)
    later = book.book(draft(ada, "10:00", day=TODAY + dt.timedelta(days=2)))
    return Booked(clinic, first, follow, gone, later)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def screen(qtbot: QtBot, booked: Booked, recorder: Recorder) -> Iterator[BookScreen]:
    presenter = BookPresenter(booked.clinic.book(), today=lambda: TODAY)
    widget = BookScreen(presenter, recorder.actions())
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.view.canvas.setFocus()
    yield widget
    widget.timer.stop()


def _key(qtbot: QtBot, screen: BookScreen, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(screen.view.canvas, key)


def _column_titles(screen: BookScreen) -> list[str]:
    return [c.title for c in screen.presenter.columns]


def test_today_is_shown_first_with_each_appointment_in_its_column_and_row(
    screen: BookScreen, booked: Booked
) -> None:
    assert screen.presenter.day == TODAY
    assert screen.title.text() == "Monday, November 2, 2026"
    assert _column_titles(screen) == ["Ada Lovelace", "Ben Okri"]
    canvas = screen.view.canvas
    placed = {v.id: (index, rect) for index in range(2) for v, rect in canvas.block_rects(index)}
    index, rect = placed[booked.first_visit.id]
    assert index == 0
    assert rect.top() == pytest.approx(canvas.y_of(9 * 60), abs=2)
    assert rect.bottom() == pytest.approx(canvas.y_of(9 * 60 + 45), abs=3)
    assert placed[booked.follow_up.id][0] == 1
    assert "Booked" in canvas.tip_at(rect.center())
    assert booked.later.id not in placed  # Wednesday's is not today's


def test_the_arrow_keys_move_the_selection_and_t_returns_to_today(
    qtbot: QtBot, screen: BookScreen, booked: Booked
) -> None:
    presenter = screen.presenter
    assert presenter.selection is not None
    assert presenter.selection.appointment_id == booked.first_visit.id  # the first of the day
    _key(qtbot, screen, Qt.Key.Key_Down)  # the slot after it
    chosen = presenter.selection
    assert chosen is not None and chosen.appointment_id is None and chosen.minute == 9 * 60 + 45
    assert screen.panel.heading.text() == "Free time"
    _key(qtbot, screen, Qt.Key.Key_Up)  # back onto the appointment
    assert presenter.selection is not None
    assert presenter.selection.appointment_id == booked.first_visit.id
    _key(qtbot, screen, Qt.Key.Key_Right)  # Ben's column at 09:00
    assert presenter.selection is not None
    assert presenter.selection.column == ("practitioner", booked.clinic.ben.user_id)
    assert presenter.selection.minute == 9 * 60
    _key(qtbot, screen, Qt.Key.Key_Down, 8)  # 11:00: onto Ben's follow-up
    assert presenter.selection is not None
    assert presenter.selection.appointment_id == booked.follow_up.id
    assert screen.panel.heading.text().startswith("\u2068Tomasz")  # the name set apart (bidi)
    _key(qtbot, screen, Qt.Key.Key_PageDown)
    assert presenter.day == TODAY + dt.timedelta(days=1)
    assert screen.title.text() == "Tuesday, November 3, 2026"
    _key(qtbot, screen, Qt.Key.Key_T)
    assert presenter.day == TODAY
    assert screen.title.text() == "Monday, November 2, 2026"


def test_the_week_shows_seven_days_of_one_practitioner_closed_days_marked(
    qtbot: QtBot, screen: BookScreen, booked: Booked
) -> None:
    _key(qtbot, screen, Qt.Key.Key_W)
    presenter = screen.presenter
    assert presenter.mode == Mode.WEEK and screen.week_button.isChecked()
    assert len(presenter.columns) == 7
    assert _column_titles(screen)[0] == "Mon, Nov 2"
    assert [c.is_open for c in presenter.columns] == [True] * 5 + [False] * 2
    assert "closed" in screen.view.header.title(presenter.columns[5])
    assert screen.practitioner_combo.currentText() == "Ada Lovelace"
    wednesday = presenter.columns[2]
    assert [v.id for v in wednesday.timed] == [booked.later.id]
    _key(qtbot, screen, Qt.Key.Key_D)
    assert presenter.mode == Mode.DAY and len(presenter.columns) == 2


def test_the_week_tints_today_and_keeps_its_lines_and_every_week_reuses_one_background(
    qtbot: QtBot, screen: BookScreen
) -> None:
    _key(qtbot, screen, Qt.Key.Key_W)
    canvas = screen.view.canvas
    grid = canvas.layout_for()
    image = canvas.grab().toImage()
    x_today = grid.column_rect(0, 0, 0).center().x()  # Monday 2 November: today
    x_tuesday = grid.column_rect(1, 0, 0).center().x()
    free = canvas.y_of(16 * 60 + 7)  # no appointment there, between lines
    hour_line = canvas.y_of(16 * 60)
    assert image.pixelColor(x_today, free).name() == TODAY_FILL
    assert image.pixelColor(x_tuesday, free).name() == "#ffffff"
    line_today = image.pixelColor(x_today, hour_line)
    assert line_today.name() not in (TODAY_FILL, "#ffffff")  # the hour's line still shows
    assert line_today.red() < image.pixelColor(x_tuesday, hour_line).red() + 1
    backdrop = canvas._backdrop
    _key(qtbot, screen, Qt.Key.Key_PageDown)  # next week: no today, the same background
    canvas.grab()
    assert canvas._backdrop is backdrop
    assert canvas.grab().toImage().pixelColor(x_today, free).name() == "#ffffff"


def test_check_in_changes_the_state_its_colour_and_its_words(
    qtbot: QtBot, screen: BookScreen, booked: Booked
) -> None:
    panel = screen.panel
    assert screen.presenter.select_appointment(booked.first_visit.id)
    assert panel.check_in_button.isEnabled()
    qtbot.mouseClick(panel.check_in_button, Qt.MouseButton.LeftButton)
    view = screen.presenter.selected_appointment()
    assert view is not None and view.state == AppointmentState.CHECKED_IN
    assert not panel.check_in_button.isEnabled()
    assert not panel.move_button.isEnabled()  # checked in: no longer moved
    assert "Checked in" in panel.details.text()
    canvas = screen.view.canvas
    rect = dict(canvas.block_rects(0))[view]
    assert canvas.tip_at(rect.center()).startswith("09:00\u201309:45 (45 min) \u2013 Checked in")
    image = canvas.grab().toImage()
    inside = image.pixelColor(rect.right() - 8, rect.bottom() - 4)
    assert inside.name() == LOOKS[AppointmentState.CHECKED_IN].fill
    # another desk changes it first: the refusal is said at the screen's bar, and reloaded
    booked.clinic.book().no_show(view.id, view.version)
    qtbot.mouseClick(panel.no_show_button, Qt.MouseButton.LeftButton)
    assert "Someone else changed this appointment first" in screen.message_bar.text
    after = screen.presenter.selected_appointment()
    assert after is not None and after.state == AppointmentState.NO_SHOW
    assert not panel.no_show_button.isEnabled()


def test_a_session_with_no_time_is_listed_in_the_strip_never_placed_at_a_time(
    qtbot: QtBot, screen: BookScreen, booked: Booked
) -> None:
    ada = screen.presenter.columns[0]
    assert [v.session_label for v in ada.untimed] == ["Session 1 of 6"]
    assert all(v.has_time for v in ada.timed)
    header = screen.view.header
    chip = header.chip_rects(0)[0][1]
    assert "Time not set" in header.tip_at(chip.center())
    qtbot.mouseClick(header, Qt.MouseButton.LeftButton, pos=chip.center())
    chosen = screen.presenter.selection
    assert chosen is not None and chosen.appointment_id == ada.untimed[0].id
    assert "Time not set" in screen.panel.details.text()
    start, practitioner = screen.presenter.booking_start()
    assert start is None and practitioner == booked.clinic.ada.user_id  # no time invented
    _key(qtbot, screen, Qt.Key.Key_Down)  # from the strip to the day's first slot
    chosen = screen.presenter.selection
    assert chosen is not None and chosen.appointment_id is None and chosen.minute == 8 * 60
    _key(qtbot, screen, Qt.Key.Key_Up)  # and back
    assert screen.presenter.selection == Selection(
        ("practitioner", booked.clinic.ada.user_id), TODAY, 8 * 60, ada.untimed[0].id
    )


def test_a_cancelled_appointment_reads_as_free(
    qtbot: QtBot, screen: BookScreen, booked: Booked, recorder: Recorder
) -> None:
    ben = screen.presenter.columns[1]
    gone = next(v for v in ben.timed if v.id == booked.cancelled.id)
    assert not gone.is_live and LOOKS[gone.state].freed
    canvas = screen.view.canvas
    rect = dict(canvas.block_rects(1))[gone]
    assert "The time is free again." in canvas.tip_at(rect.center())
    # the keys treat its time as free: Enter there books a new appointment at 14:00
    screen.presenter.select_appointment(booked.follow_up.id)
    _key(qtbot, screen, Qt.Key.Key_Down, 11)  # 11:30, 11:45 ... 14:00
    chosen = screen.presenter.selection
    assert chosen is not None and chosen.appointment_id is None
    assert chosen.minute == 14 * 60
    _key(qtbot, screen, Qt.Key.Key_Return)
    assert recorder.calls == [("new_booking", (at(TODAY, "14:00"), booked.clinic.ben.user_id))]


def test_enter_on_an_empty_slot_calls_new_booking_with_its_time_and_a_click_selects(
    qtbot: QtBot, screen: BookScreen, booked: Booked, recorder: Recorder
) -> None:
    canvas = screen.view.canvas
    x = canvas.layout_for().column_rect(0, 0, 0).center().x()
    y = canvas.y_of(13 * 60 + 30) + 3
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    chosen = screen.presenter.selection
    assert chosen is not None and chosen.appointment_id is None and chosen.minute == 13 * 60 + 30
    _key(qtbot, screen, Qt.Key.Key_Enter)
    assert recorder.calls == [("new_booking", (at(TODAY, "13:30"), booked.clinic.ada.user_id))]
    # Enter on an appointment takes the keyboard to its first possible action
    screen.presenter.select_appointment(booked.first_visit.id)
    _key(qtbot, screen, Qt.Key.Key_Return)
    assert screen.panel.check_in_button.hasFocus()
    qtbot.keyClick(screen.panel.move_button, Qt.Key.Key_Space)
    assert recorder.calls[-1] == ("move", booked.first_visit.id)


def test_the_room_filter_gives_a_column_per_room(qtbot: QtBot, screen: BookScreen) -> None:
    combo = screen.room_combo
    combo.setCurrentIndex(combo.findText("By room (a column each)"))
    combo.activated.emit(combo.currentIndex())
    titles = _column_titles(screen)
    assert titles[-1] == "No room"  # nobody booked a room: their column is "No room"
    no_room = screen.presenter.columns[-1]
    assert {span_of(v)[0] for v in no_room.timed} >= {9 * 60, 11 * 60}


def test_the_presenter_without_a_window_pages_weeks_and_keeps_the_time_of_day(
    booked: Booked,
) -> None:
    presenter = BookPresenter(booked.clinic.book(), today=lambda: TODAY)
    assert presenter.reload() and presenter.selection is not None
    presenter.move_selection("down")  # 09:45 in Ada's column
    presenter.set_mode(Mode.WEEK)
    assert presenter.first_day == TODAY and len(presenter.days) == 7
    assert presenter.selection == Selection(("day", TODAY), TODAY, 9 * 60 + 45)
    presenter.move_selection("right")
    presenter.move_selection("right")
    presenter.move_selection("up")  # Wednesday 09:30 is free; 10:00 is booked below it
    presenter.move_selection("down")
    presenter.move_selection("down")
    assert presenter.selected_appointment() == booked.later
    presenter.step(True)
    assert presenter.first_day == TODAY + dt.timedelta(days=7)
    assert presenter.title() == "Week of Nov 9 to Nov 15, 2026"
    presenter.go_today()
    presenter.set_mode(Mode.DAY)
    assert presenter.day == TODAY and [c.title for c in presenter.columns] == [
        "Ada Lovelace",
        "Ben Okri",
    ]
    presenter.set_practitioner(booked.clinic.ben.user_id)
    assert [c.title for c in presenter.columns] == ["Ben Okri"]


def test_the_week_pages_on_past_sunday_and_a_double_click_on_the_name_opens_the_patient(
    qtbot: QtBot, booked: Booked
) -> None:
    opened: list[int] = []
    presenter = BookPresenter(booked.clinic.book(), today=lambda: TODAY)
    screen = BookScreen(presenter, BookActions(open_patient=opened.append))
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    screen.view.canvas.setFocus()
    _key(qtbot, screen, Qt.Key.Key_W)
    _key(qtbot, screen, Qt.Key.Key_Right, 7)  # Monday ... Sunday, then next Monday
    assert presenter.first_day == TODAY + dt.timedelta(days=7)
    assert presenter.selection is not None
    assert presenter.selection.day == TODAY + dt.timedelta(days=7)
    _key(qtbot, screen, Qt.Key.Key_Left)  # back to Sunday the 8th
    assert presenter.first_day == TODAY and presenter.selection.day == dt.date(2026, 11, 8)
    _key(qtbot, screen, Qt.Key.Key_T)
    assert presenter.select_appointment(booked.first_visit.id)
    qtbot.mouseDClick(screen.panel.heading, Qt.MouseButton.LeftButton)
    assert opened == [booked.clinic.other_patient]
    screen.timer.stop()


def test_dragging_a_booking_moves_it_to_the_slot_and_column_dropped_on(
    qtbot: QtBot, screen: BookScreen, booked: Booked
) -> None:
    canvas = screen.view.canvas
    rect = dict((v.id, r) for v, r in canvas.block_rects(0))[booked.first_visit.id]
    grab = QPoint(rect.left() + 20, rect.top() + 4)
    ben_x = canvas.layout_for().column_rect(1, 0, 0).left() + 30
    drop = QPoint(ben_x, canvas.y_of(13 * 60) + 4)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(canvas, QPoint(grab.x() + 40, grab.y() + 40))
    qtbot.mouseMove(canvas, drop)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=drop)
    moved = screen.presenter.selected_appointment()
    assert moved is not None and moved.id == booked.first_visit.id
    assert moved.starts_at == at(TODAY, "13:00")
    assert moved.practitioner_id == booked.clinic.ben.user_id
    # dropped on Ben's 11:00 follow-up: refused, said at the bar, left where it was
    rect = dict((v.id, r) for v, r in canvas.block_rects(1))[moved.id]
    grab = QPoint(rect.left() + 20, rect.top() + 4)
    drop = QPoint(grab.x(), canvas.y_of(11 * 60) + 4)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(canvas, QPoint(grab.x(), grab.y() - 40))
    qtbot.mouseMove(canvas, drop)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=drop)
    assert "already has an appointment" in screen.message_bar.text
    still = screen.presenter.selected_appointment()
    assert still is not None and still.starts_at == at(TODAY, "13:00")
