"""The practitioner's day on the demo clinic, through the main window with clicks and keys:
sign in, the Appointments tab shows who is waiting, Enter on a waiting patient opens
today's session of their course (the session window opens and the book then shows the
appointment In treatment), and Treatment > Today's patients lists the day by time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from planner.domain.vocab import AppointmentState
from planner.ui.book import BookScreen
from planner.ui.main_window import MainWindow
from tests.ui.journey_kit import Journey, demo_db, journey, owned, press

__all__ = ["demo_db", "journey"]  # the fixtures, used by name


def _book(qtbot: QtBot, window: MainWindow) -> BookScreen:
    """Click the Appointments tab (a practitioner's second) and return the book."""
    tabs = window.home_tabs
    titles = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
    assert titles == ["Patients", "Appointments"]
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    screen = window.current_home_page()
    assert isinstance(screen, BookScreen)
    return screen


def test_the_practitioner_opens_a_waiting_patients_session_and_sees_the_day_by_time(
    qtbot: QtBot, journey: Journey
) -> None:
    window = journey.sign_in("practitioner")
    screen = _book(qtbot, window)
    presenter = screen.presenter
    waiting = presenter.waiting
    assert waiting, "the demo's today has patients waiting"
    assert screen.waiting_list.isVisible()
    assert screen.waiting_list.title.text() == f"&Waiting ({len(waiting)})"
    entries = screen.waiting_list.entries()
    assert entries[0].startswith(waiting[0].patient_name)
    assert "arrived" in entries[0]
    row = next(i for i, v in enumerate(waiting) if presenter.can_open_session(v))
    chosen = waiting[row]
    assert chosen.course_id is not None

    items = screen.waiting_list.list
    rect = items.visualItemRect(items.item(row))
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(items, Qt.Key.Key_Return)
    session_window = owned(window, f"session:today:{chosen.course_id}")
    assert session_window.isVisible()
    journey.no_crash()

    after = presenter.waiting_view(chosen.id)
    assert after is None  # no longer waiting
    assert presenter.day == chosen.day
    assert presenter.select_appointment(chosen.id)
    shown = presenter.selected_appointment()
    assert shown is not None and shown.state == AppointmentState.IN_TREATMENT
    assert "In treatment" in screen.panel.details.text()

    menu = window.findChild(QMenu, "treatment_menu")
    assert isinstance(menu, QMenu)
    action = next(a for a in menu.actions() if a.text() == "&Today's patients…")
    press(qtbot, window, action)
    today = owned(window, "room_today")
    rows = today.rows()
    assert len(rows) >= len(waiting) + 1
    timed = [r[0] for r in rows if r[0] != "time not set"]
    assert timed == sorted(timed)  # by time
    mine = [r for r in rows if chosen.patient_name in r[1]]
    assert mine and mine[0][3] == "In treatment"
    assert mine[0][2] == chosen.session_label
    journey.no_crash()
