"""A long history opens as fast as a short one (issue 9): the overview lists the
sessions of the newest courses at once and those of older courses when asked."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from planner.domain.vocab import CourseStatus, SessionStatus
from planner.services.patients import CourseSummary, PatientOverview, SessionSummary
from planner.ui.patients.overview import SESSIONS_SHOWN_FOR, PatientOverviewWidget

TODAY = dt.date(2026, 11, 22)


def _course(course_id: int, start: dt.date) -> CourseSummary:
    sessions = tuple(
        SessionSummary(
            id=course_id * 10 + n,
            number=n,
            planned_sessions=6,
            session_date=start + dt.timedelta(days=7 * (n - 1)),
            status=SessionStatus.SIGNED,
            pain_before=6,
            pain_after=4,
        )
        for n in range(1, 7)
    )
    end = start + dt.timedelta(days=40)
    return CourseSummary(course_id, CourseStatus.DISCHARGED, 6, start, end, sessions)


def _overview(courses: int) -> PatientOverview:
    return PatientOverview(
        id=1,
        chart_number=1,
        given_name="Hana",
        family_name="Sato",
        preferred_name="",
        date_of_birth=dt.date(1971, 5, 9),
        sex="female",
        phone="",
        email="",
        address="",
        emergency_contact_name="",
        emergency_contact_phone="",
        referring_physician_name="",
        referring_physician_clinic="",
        archived=False,
        clinical_visible=True,
        courses=tuple(
            _course(n, dt.date(2026, 1, 5) - dt.timedelta(days=90 * n))
            for n in range(1, courses + 1)
        ),
    )


def _dates_shown(widget: PatientOverviewWidget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel) if label.text()[:2] == "20"}


def test_older_courses_show_their_sessions_when_asked(qtbot: QtBot) -> None:
    widget = PatientOverviewWidget(today=lambda: TODAY)
    qtbot.addWidget(widget)
    overview = _overview(5)
    widget.show_overview(overview)
    shown = _dates_shown(widget)
    newest, oldest = overview.courses[0], overview.courses[-1]
    assert newest.sessions[-1].session_date.isoformat() in shown
    assert oldest.sessions[0].session_date.isoformat() not in shown
    buttons = [b for b in widget.findChildren(QPushButton) if b.text() == "Show 6 sessions"]
    assert len(buttons) == 5 - SESSIONS_SHOWN_FOR
    oldest_button = next(b for b in buttons if b.property("course_sessions") == oldest.id)
    oldest_button.click()
    assert oldest.sessions[0].session_date.isoformat() in _dates_shown(widget)
    assert "6 → 4" in {label.text() for label in widget.findChildren(QLabel)}


def test_a_short_history_shows_every_session(qtbot: QtBot) -> None:
    widget = PatientOverviewWidget(today=lambda: TODAY)
    qtbot.addWidget(widget)
    overview = _overview(SESSIONS_SHOWN_FOR)
    widget.show_overview(overview)
    every = {s.session_date.isoformat() for c in overview.courses for s in c.sessions}
    assert every <= _dates_shown(widget)
    assert not [b for b in widget.findChildren(QPushButton) if b.text().startswith("Show ")]


def _other_patient(courses: int, first_id: int) -> PatientOverview:
    overview = _overview(0)
    shifted = tuple(
        _course(first_id + n, dt.date(2025, 3, 3) - dt.timedelta(days=120 * n))
        for n in range(courses)
    )
    return dataclasses.replace(overview, id=2, given_name="Ana", courses=shifted)


def test_switching_patients_reuses_the_boxes_and_leaves_nothing_of_the_last_one(
    qtbot: QtBot,
) -> None:
    widget = PatientOverviewWidget(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.set_course_actions(True)
    widget.show()
    first = _overview(5)
    widget.show_overview(first)
    created = len(widget.findChildren(QWidget))
    second = _other_patient(1, first_id=40)
    widget.show_overview(second)
    every_first = {s.session_date.isoformat() for c in first.courses for s in c.sessions}
    assert not every_first & _dates_shown(widget)  # not even in hidden labels
    assert {s.session_date.isoformat() for s in second.courses[0].sessions} <= _dates_shown(widget)
    assert not [b for b in widget.findChildren(QPushButton) if b.text().startswith("Show ")]
    with qtbot.waitSignal(widget.session_requested) as blocker:
        link = next(label for label in widget.findChildren(QLabel) if "session:40:" in label.text())
        link.linkActivated.emit(link.text().split('"')[1])
    assert blocker.args == [40, second.courses[0].sessions[0].id]
    for _ in range(3):  # back and forth: the same widgets, filled again
        widget.show_overview(first)
        widget.show_overview(second)
    widget.show_overview(first)
    assert len(widget.findChildren(QWidget)) == created
    newest = {
        s.session_date.isoformat() for c in first.courses[:SESSIONS_SHOWN_FOR] for s in c.sessions
    }
    assert newest == {text for text in _dates_shown(widget) if len(text) == 10}  # cells alone
    buttons = [b for b in widget.findChildren(QPushButton) if b.text() == "Show 6 sessions"]
    assert len(buttons) == 5 - SESSIONS_SHOWN_FOR and all(b.isVisible() for b in buttons)


def test_tab_goes_through_the_session_links_in_order_after_a_course_grew(qtbot: QtBot) -> None:
    widget = PatientOverviewWidget(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.set_course_actions(True)
    widget.show()
    longer = _overview(2)
    shorter = [dataclasses.replace(c, sessions=c.sessions[:3]) for c in longer.courses]
    widget.show_overview(dataclasses.replace(longer, id=2, courses=tuple(shorter)))
    widget.show_overview(longer)  # rows 4 to 6 are made after the second course's rows
    links = [
        label
        for label in widget.findChildren(QLabel)
        if label.isVisible() and 'href="session' in label.text()
    ]
    first = min(links, key=lambda label: label.mapTo(widget, label.rect().topLeft()).y())
    order, current = [], first
    for _ in range(len(links)):
        order.append(current)
        current = current.nextInFocusChain()
        while current not in links and current is not first:
            current = current.nextInFocusChain()
    expected = [s.id for c in longer.courses for s in c.sessions]
    assert [int(label.text().split('"')[1].split(":")[2]) for label in order] == expected


def test_a_course_not_yet_started_starts_on_its_date(qtbot: QtBot) -> None:
    start = dt.date(2026, 11, 26)
    planned = CourseSummary(
        9,
        CourseStatus.PLANNED,
        6,
        start,
        None,
        tuple(
            SessionSummary(
                90 + n,
                n,
                6,
                start + dt.timedelta(days=7 * (n - 1)),
                SessionStatus.SCHEDULED,
                None,
                None,
            )
            for n in range(1, 7)
        ),
    )
    overview = dataclasses.replace(_overview(1), courses=(planned, *_overview(1).courses))
    today = [TODAY]
    widget = PatientOverviewWidget(today=lambda: today[0])
    qtbot.addWidget(widget)
    widget.show()
    widget.show_overview(overview)
    course_text = "Planned · starts 2026-11-26 · 0 of 6 sessions held"
    assert widget.glance.course_label.text() == course_text
    titles = [box.title() for box in widget._course_boxes if box.isVisible()]
    assert titles[0] == "Planned · starts 2026-11-26 · 6 sessions planned"
    assert titles[1].startswith("Discharged · 2025-10-07 to ")  # a finished course: its dates
    for day in (start, start + dt.timedelta(days=1)):  # on its start date, and after it
        today[0] = day
        widget.show_overview(overview)
        assert widget.glance.course_label.text() == course_text.replace("starts", "started")
        assert (
            widget._course_boxes[0].title() == "Planned · started 2026-11-26 · 6 sessions planned"
        )
