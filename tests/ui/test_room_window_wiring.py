"""The treatment room and progress in a practitioner's main window: a session left in the
room by an earlier run comes back after a restart (with its alert), quitting with a timer
running asks first, the overview shows the course chart and the review card, the clinic
view counts; reception gets none of it."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.app import build_main_window
from planner.domain.progress import PromptKind
from planner.domain.room import TimerKind
from planner.domain.vocab import Role, SessionStatus
from planner.services.accounts import AccountService
from planner.services.actor import Actor
from planner.services.sessions import SessionService
from planner.storage.database import Database
from planner.storage.models import TreatmentSession
from planner.ui.main_window import MainWindow
from planner.ui.progress.clinic import ClinicDialog
from planner.ui.progress.course_dialog import CourseProgressDialog
from planner.ui.room.window import RoomWindow
from planner.ui.settings import UiSettings
from tests.helpers.factories import add_patient
from tests.ui.conftest import RecordingPrompts, add_clinic, add_patients, add_user
from tests.ui.journey_kit import activate
from tests.ui.room_fixtures import (
    TODAY,
    CourseUnderWay,
    SoundRecorder,
    WallClock,
    course_with_todays_session,
    room_service,
)


@pytest.fixture
def ada(accounts: AccountService) -> Actor:
    return add_user(accounts, "ada", Role.PRACTITIONER, full_name="Ada Lovelace")


@pytest.fixture
def clock() -> WallClock:
    return WallClock()


@pytest.fixture
def sound() -> SoundRecorder:
    return SoundRecorder()


@pytest.fixture
def make_window(
    qtbot: QtBot,
    ui_db: Database,
    tmp_path: Path,
    prompts: RecordingPrompts,
    accounts: AccountService,
    clock: WallClock,
    sound: SoundRecorder,
) -> Iterator:
    add_clinic(ui_db, is_demo=False)
    windows: list[MainWindow] = []

    def make(actor: Actor) -> MainWindow:
        window = build_main_window(
            ui_db,
            UiSettings(tmp_path / "settings.ini"),
            prompts,
            actor,
            accounts=accounts,
            today=lambda: TODAY,
            room_clock=clock,
            room_sound=sound,
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.blockSignals(True)
        window.close()


def _left_in_the_room(db: Database, ada: Actor, clock: WallClock) -> tuple[CourseUnderWay, int]:
    """An earlier run: a session in the room, 3 of 7 needles out, retention started."""
    course = course_with_todays_session(db, ada, add_patient(db, "Zoë", "O'Brien"))
    rooms = room_service(db, ada, clock)
    view = rooms.open(course.session_id)
    view = rooms.start_timer(view.id, TimerKind.RETENTION, 20, view.version)
    rooms.set_needles(view.id, view.version, needles_out=3)
    return course, view.id


def test_after_a_restart_the_unfinished_session_is_back_and_alerts(
    qtbot: QtBot,
    make_window,
    ui_db: Database,
    ada: Actor,
    clock: WallClock,
    sound: SoundRecorder,
) -> None:
    _course, room_id = _left_in_the_room(ui_db, ada, clock)
    clock.advance(minutes=25)  # the power came back after the retention time ran out
    window: MainWindow = make_window(ada)
    actions = window.treatment_actions
    assert actions is not None
    strip = actions.strip
    assert strip.isVisible()
    chip = strip.chip(room_id)
    assert chip is not None
    assert chip.text() == "Zoë O. · Retention +05:00 — unfinished, open to finish"
    assert sound.played == 1  # the alert fired at once
    assert "left in the treatment room" in window.statusBar().currentMessage()
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    room = window.open_dialog(f"room:{room_id}")
    assert isinstance(room, RoomWindow)
    assert room.needles.out_label.text() == "3" and room.needles.in_label.text() == "7"
    card = room.card(TimerKind.RETENTION)
    assert card is not None and card.alerting


def test_quitting_with_a_timer_running_asks_first(
    qtbot: QtBot,
    make_window,
    ui_db: Database,
    ada: Actor,
    clock: WallClock,
    prompts: RecordingPrompts,
) -> None:
    _left_in_the_room(ui_db, ada, clock)
    window: MainWindow = make_window(ada)
    prompts.answer = False
    with qtbot.assertNotEmitted(window.quit_requested):
        window.quit()
    kind, title, text = prompts.shown[-1]
    assert (kind, title) == ("confirm", "Timers are running")
    assert "Zoë O. (Retention)" in text
    with qtbot.assertNotEmitted(window.sign_out_requested):
        window.sign_out()
    prompts.answer = True
    with qtbot.waitSignal(window.quit_requested):
        window.quit()


def test_quitting_without_timers_asks_nothing(
    qtbot: QtBot, make_window, ada: Actor, prompts: RecordingPrompts
) -> None:
    window: MainWindow = make_window(ada)
    assert window.treatment_actions is not None
    assert not window.treatment_actions.strip.isVisible()
    with qtbot.waitSignal(window.quit_requested):
        window.quit()
    assert prompts.shown == []


def test_the_room_opens_for_the_opened_patients_session(
    qtbot: QtBot, make_window, ui_db: Database, ada: Actor
) -> None:
    course = course_with_todays_session(ui_db, ada, add_patient(ui_db, "Mei", "Lin"))
    window: MainWindow = make_window(ada)
    actions = window.treatment_actions
    assert actions is not None
    assert window.treatment_menu is not None
    assert not actions.room_action.isEnabled()  # nobody opened yet
    window.open_patient(course_id_patient(ui_db, course))
    assert actions.room_action.isEnabled()
    actions.room_action.trigger()
    rooms = [key for key in window._owned.keys() if key.startswith("room:")]  # noqa: SIM118
    assert len(rooms) == 1
    room = window.open_dialog(rooms[0])
    assert isinstance(room, RoomWindow)
    assert room.name_label.text() == "Mei L."
    assert room.windowState() & Qt.WindowState.WindowFullScreen
    room.close()  # the timers would keep running; the board keeps the room
    assert actions.board.room(room.room_id) is not None


def test_f9_once_todays_session_is_signed_says_so_and_starts_nothing(
    qtbot: QtBot, make_window, ui_db: Database, ada: Actor, prompts: RecordingPrompts
) -> None:
    """F9 after today's session was signed used to start session 2 as a draft dated today
    and move every later booked session a week, silently."""
    course = course_with_todays_session(ui_db, ada, add_patient(ui_db, "Mei", "Lin"))
    sessions = SessionService(ui_db, ada, today=lambda: TODAY)
    record = sessions.get(course.session_id)
    draft = replace(record.draft, pain_before=6, needles_out=record.draft.needles_in_count)
    saved = sessions.save_draft(record.id, draft, record.version)
    sessions.sign(saved.id, saved.version)
    booked = _course_sessions(ui_db, course.course_id)
    window: MainWindow = make_window(ada)
    actions = window.treatment_actions
    assert actions is not None
    window.open_patient(course_id_patient(ui_db, course))
    activate(qtbot, window)
    with qtbot.waitSignal(actions.room_action.triggered, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_F9)
    kind, title, text = prompts.shown[-1]
    assert (kind, title) == ("error", "Treatment room")
    assert "Today's session (Session 1 of 6) is already signed" in text
    assert "nothing was started" in text and "amendment" in text
    assert not [key for key in window._owned.keys() if key.startswith("room:")]  # noqa: SIM118
    assert _course_sessions(ui_db, course.course_id) == booked  # nothing started or moved
    assert booked[1][1:] == (SessionStatus.SCHEDULED,)


def _course_sessions(db: Database, course_id: int) -> list[tuple[dt.date, SessionStatus]]:
    with db.read() as session:
        rows = session.scalars(
            select(TreatmentSession)
            .where(TreatmentSession.course_id == course_id)
            .order_by(TreatmentSession.number)
        )
        return [(row.session_date, SessionStatus(row.status)) for row in rows]


def course_id_patient(db: Database, course: CourseUnderWay) -> int:
    with db.read() as session:
        record = session.get(TreatmentSession, course.session_id)
        assert record is not None
        return record.patient_id


def _add_session(
    db: Database,
    patient_id: int,
    number: int,
    status: SessionStatus,
    pain: tuple[int | None, int | None] = (None, None),
) -> int:
    """Session ``number`` of the patient's first course; returns the course id."""
    with db.write() as session:
        first = session.scalars(
            select(TreatmentSession).where(TreatmentSession.patient_id == patient_id)
        ).first()
        assert first is not None
        session.add(
            TreatmentSession(
                course_id=first.course_id,
                patient_id=patient_id,
                number=number,
                status=status,
                client_uuid=str(uuid.uuid4()),
                session_date=dt.date(2025, 3, 3) + dt.timedelta(weeks=number),
                pain_before=pain[0],
                pain_after=pain[1],
            )
        )
        return first.course_id


def test_overview_shows_the_chart_marker_and_review_card(
    qtbot: QtBot, make_window, ui_db: Database, ada: Actor
) -> None:
    ids = add_patients(ui_db)  # Zoë: a course of 6, sessions 1 and 2 signed (7 → 5)
    course_id = _add_session(ui_db, ids["Zoë"], 3, SessionStatus.SIGNED, pain=(4, 3))
    window: MainWindow = make_window(ada)
    window.open_patient(ids["Zoë"])
    section = window.overview.progress_section
    assert section.isVisible()
    chart = section.chart.chart
    assert chart is not None
    assert [(p.session, p.value) for p in chart.pain_before] == [(1, 7), (2, 5), (3, 4)]
    assert [(p.session, p.value) for p in chart.pain_after] == [(1, 5), (2, 3), (3, 3)]
    assert (chart.done, chart.planned) == (3, 6)
    assert section.milestone_label.text().startswith(
        "Pain 7 (session 1) → 4 (session 3): a meaningful improvement"
    )
    assert section.sessions_label.text() == "3 of 6 sessions done"
    card = section.card
    assert card.isVisible()
    assert [p.kind for p in card.prompts] == [PromptKind.MID]
    assert card.title_label.text() == "Mid-course review due (session 3 of 6)"
    assert "Pain 7 at the start, 4 now; 3 of 6 sessions done." in card.detail_label.text()
    with qtbot.waitSignal(window.overview.course_requested) as asked:
        card.review_button.click()  # (scrolled out of the overview's view at this size)
    assert asked.args == ["review", course_id]
    assert window.open_dialog(f"review:{course_id}") is not None  # the course screens' dialog

    assert window.treatment_actions is not None
    window.treatment_actions.course_action.trigger()
    dialog = window.open_dialog(f"progress:{course_id}")
    assert isinstance(dialog, CourseProgressDialog)
    assert dialog.chart.chart == chart
    dialog.close()

    window.open_patient(ids["Liam"])  # no course: no progress section
    assert not section.isVisible() and window.overview.progress is None


def test_clinic_view_from_the_menu(qtbot: QtBot, make_window, ui_db: Database, ada: Actor) -> None:
    ids = add_patients(ui_db)
    _add_session(ui_db, ids["Zoë"], 3, SessionStatus.SCHEDULED)  # booked for 2025, not held
    window: MainWindow = make_window(ada)
    assert window.treatment_actions is not None
    window.treatment_actions.clinic_action.trigger()
    dialog = window.open_dialog("clinic_progress")
    assert isinstance(dialog, ClinicDialog)
    dialog.all_dates.setChecked(True)
    counts = dialog.presenter.counts()
    assert counts["active"] == "1"  # Zoë's course
    assert counts["overdue"] == "1"
    assert counts["improved"] == "—"
    assert dialog.overdue_table.item(0, 0).text() == "O'Brien-Smith, Zoë"
    with qtbot.waitSignal(dialog.patient_requested) as asked:
        dialog.overdue_table.cellDoubleClicked.emit(0, 1)
    assert asked.args == [ids["Zoë"]]


def test_reception_gets_no_room_and_no_progress(
    make_window, accounts: AccountService, ui_db: Database
) -> None:
    ids = add_patients(ui_db)
    reza = add_user(accounts, "reza", Role.RECEPTION, full_name="Reza Front")
    window: MainWindow = make_window(reza)
    assert window.treatment_actions is None and window.treatment_menu is None
    window.open_patient(ids["Zoë"])
    assert not window.overview.progress_section.isVisible()


def test_a_lock_hides_the_room_view_and_the_timers_go_on(
    qtbot: QtBot, make_window, ui_db: Database, ada: Actor, clock: WallClock
) -> None:
    _course, room_id = _left_in_the_room(ui_db, ada, clock)
    window: MainWindow = make_window(ada)
    assert window.treatment_actions is not None
    room = window.treatment_actions.open_room(room_id)
    assert room is not None and room.isVisible()
    window.lock()
    assert not room.isVisible()  # nothing of the patient over the lock screen
    clock.advance(minutes=21)
    window.treatment_actions.board.tick()
    assert window.treatment_actions.board.alerting()  # still timed, still heard
    window.unlock()
    assert room.isVisible()
    card = room.card(TimerKind.RETENTION)
    assert card is not None and card.alerting
