"""A long history opens as fast as a short one (issue 9): the overview lists the
sessions of the newest courses at once and those of older courses when asked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QPushButton
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
