"""The quick outcome entry (issue 16), real widgets driven by the keyboard: digits, Tab
and Enter; bad values shown at their field with what was typed kept; the occasion offered
first; the course dialog's and the overview section's "Record scores…"."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from planner.domain.errors import PlannerError
from planner.domain.progress import CourseFacts, SessionScore, course_chart, review_prompts
from planner.domain.vocab import CourseStatus, SessionStatus
from planner.services.outcomes import OutcomeEntry, RecordedScores, checked
from planner.services.progress import CourseProgress
from planner.ui.progress.course_dialog import CourseProgressDialog
from planner.ui.progress.outcome_entry import OutcomeEntryDialog, occasions
from planner.ui.progress.section import ProgressSection

START = dt.date(2026, 9, 7)
TODAY = START + dt.timedelta(weeks=2)  # session 3's day


def _progress(status: CourseStatus = CourseStatus.ACTIVE, **extra: object) -> CourseProgress:
    held = [(7, 6), (6, 5)]
    sessions = [
        SessionScore(n, START + dt.timedelta(weeks=n - 1), SessionStatus.SIGNED, b, a, 100 + n)
        for n, (b, a) in enumerate(held, start=1)
    ] + [
        SessionScore(
            n, START + dt.timedelta(weeks=n - 1), SessionStatus.SCHEDULED, None, None, 100 + n
        )
        for n in range(3, 7)
    ]
    facts = CourseFacts(
        course_id=5,
        patient_id=9,
        status=status,
        planned_sessions=6,
        mid_review_at=3,
        start_date=START,
        intake_pain=7,
        sessions=tuple(sessions),
    )
    facts = replace(facts, **extra)  # type: ignore[arg-type]
    return CourseProgress(5, 9, facts, course_chart(facts), review_prompts(facts))


class Recorder:
    """The scores service's checks (the real ones), remembering what was saved."""

    def __init__(self, refuse: str = "") -> None:
        self.saved: list[tuple[str, int, OutcomeEntry]] = []
        self.refuse = refuse

    def record_for_session(self, session_id: int, entry: OutcomeEntry) -> RecordedScores:
        if self.refuse:
            raise PlannerError(self.refuse)
        scores = checked(entry)
        self.saved.append(("session", session_id, entry))
        return RecordedScores(9, scores, TODAY)

    def record_for_course(
        self, course_id: int, entry: OutcomeEntry, on: dt.date | None = None
    ) -> RecordedScores:
        scores = checked(entry)
        self.saved.append(("course", course_id, entry))
        return RecordedScores(9, scores, on or TODAY)


def _open(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)


def _type(qtbot: QtBot, keys: str) -> None:
    """Keys as typed: each to the widget that has the focus ("\t" Tab, "\n" Enter)."""
    for key in keys:
        focus = QApplication.focusWidget()
        assert focus is not None
        if key == "\t":
            qtbot.keyClick(focus, Qt.Key.Key_Tab)
        elif key == "\n":
            qtbot.keyClick(focus, Qt.Key.Key_Return)
        else:
            qtbot.keyClicks(focus, key)


def test_digits_tab_and_enter_save_the_scores_of_todays_session(qtbot: QtBot) -> None:
    recorder = Recorder()
    dialog = OutcomeEntryDialog(_progress(), recorder, TODAY)
    _open(qtbot, dialog)
    assert dialog.occasion_box.currentText() == "Before session 3 (2026-09-21)"
    assert QApplication.focusWidget() is dialog.edits["pain_now"]
    with qtbot.waitSignal(dialog.scores_saved) as saved:
        _type(qtbot, "6\t7\t5\t4\n")
    assert saved.args == [5]
    assert recorder.saved == [("session", 103, OutcomeEntry(6, 7, 5, 4))]
    assert dialog.result() == dialog.DialogCode.Accepted


def test_live_peg_and_bad_values_shown_at_their_field_with_the_typing_kept(qtbot: QtBot) -> None:
    recorder = Recorder()
    dialog = OutcomeEntryDialog(_progress(), recorder, TODAY)
    _open(qtbot, dialog)
    _type(qtbot, "12\t7\tx\t4")
    assert dialog.peg_label.text().startswith("—")
    _type(qtbot, "\n")
    assert recorder.saved == []
    assert dialog.errors.text("pain_now") == "Enter a whole number from 0 to 10."
    assert dialog.errors.text("peg_enjoyment") == "Enter a whole number from 0 to 10."
    assert dialog.errors.text("peg_pain") == ""
    assert dialog.edits["pain_now"].text() == "12" and dialog.edits["peg_enjoyment"].text() == "x"
    assert QApplication.focusWidget() is dialog.edits["pain_now"]
    # corrected, but one PEG item left empty: the service's check names it
    dialog.edits["pain_now"].selectAll()
    _type(qtbot, "6\t")
    qtbot.keyClick(dialog.edits["peg_enjoyment"], Qt.Key.Key_Backspace)
    _type(qtbot, "\n")
    assert recorder.saved == []
    assert "all three PEG items" in dialog.errors.text("peg_enjoyment")
    assert dialog.errors.text("pain_now") == ""
    _type(qtbot, "5")
    assert dialog.peg_label.text() == "5.33"
    _type(qtbot, "\n")
    assert recorder.saved == [("session", 103, OutcomeEntry(6, 7, 5, 4))]


def test_nothing_typed_is_refused_at_pain_now_and_other_refusals_shown_above(
    qtbot: QtBot,
) -> None:
    dialog = OutcomeEntryDialog(_progress(), Recorder(), TODAY)
    _open(qtbot, dialog)
    _type(qtbot, "\n")
    assert "pain now or the three PEG items" in dialog.errors.text("pain_now")
    refused = OutcomeEntryDialog(_progress(), Recorder("The session was cancelled."), TODAY)
    _open(qtbot, refused)
    _type(qtbot, "3\n")
    assert refused.problem_label.isVisible()
    assert refused.problem_label.text() == "The session was cancelled."
    assert refused.isVisible()


def test_the_review_or_discharge_chosen_from_the_keyboard(qtbot: QtBot) -> None:
    recorder = Recorder()
    dialog = OutcomeEntryDialog(_progress(), recorder, TODAY)
    _open(qtbot, dialog)
    dialog.occasion_box.setFocus()
    qtbot.keyClick(dialog.occasion_box, Qt.Key.Key_End)
    assert dialog.occasion_box.currentText() == "At the review or discharge (today)"
    dialog.edits["pain_now"].setFocus()
    _type(qtbot, "3\n")
    assert recorder.saved == [("course", 5, OutcomeEntry(3))]


def test_the_occasion_offered_first() -> None:
    choices, first = occasions(_progress(), TODAY)
    assert [c.session_id for c in choices] == [101, 102, 103, 104, 105, 106, None]
    assert first == 2  # today's session
    assert occasions(_progress(), TODAY + dt.timedelta(days=2))[1] == 3  # the next booked
    assert occasions(_progress(), START + dt.timedelta(weeks=9))[1] == 6  # none left: review
    closed = _progress(CourseStatus.DISCHARGED)
    assert occasions(closed, TODAY)[1] == 6
    cancelled = _progress()
    sessions = list(cancelled.facts.sessions)
    sessions[2] = replace(sessions[2], status=SessionStatus.CANCELLED)
    fewer = _progress(sessions=tuple(sessions))
    choices, first = occasions(fewer, TODAY)
    assert 103 not in [c.session_id for c in choices] and first == 2  # session 4, booked


def test_the_course_dialog_records_scores_and_draws_them(qtbot: QtBot) -> None:
    plain = CourseProgressDialog(_progress(), "Zoë O.")
    qtbot.addWidget(plain)
    assert not plain.scores_button.isVisibleTo(plain) and plain.record_scores() is None
    recorder = Recorder()
    later = _progress(average=((0, 7.0), (2, 4.0)))
    reloaded: list[int] = []

    def reload(course_id: int) -> CourseProgress:
        reloaded.append(course_id)
        return later

    dialog = CourseProgressDialog(
        _progress(), "Zoë O.", recorder=recorder, reload=reload, today=lambda: TODAY
    )
    _open(qtbot, dialog)
    assert dialog.scores_button.isVisible()
    dialog.scores_button.click()
    entry = dialog.entry
    assert entry is not None and entry.isVisible()
    qtbot.waitUntil(entry.isActiveWindow, timeout=2000)
    with qtbot.waitSignal(dialog.scores_saved):
        _type(qtbot, "4\t4\t3\t3\n")
    assert reloaded == [5] and dialog.progress is later
    assert dialog.chart.chart == later.chart
    assert dialog.milestone_label.text().startswith("Average pain 7 (intake) → 4 (session 2)")
    again = dialog.record_scores()
    assert again is not None and again is not entry


def test_the_course_dialog_keeps_its_chart_when_reading_again_fails(qtbot: QtBot) -> None:
    def reload(course_id: int) -> CourseProgress:
        raise PlannerError("The database is busy.")

    first = _progress()
    dialog = CourseProgressDialog(first, "Zoë O.", recorder=Recorder(), reload=reload)
    _open(qtbot, dialog)
    entry = dialog.record_scores()
    assert entry is not None
    with qtbot.waitSignal(dialog.scores_saved):
        entry.edits["pain_now"].setText("5")
        assert entry.save()
    assert dialog.progress is first


def test_the_overview_section_offers_record_scores(qtbot: QtBot) -> None:
    section = ProgressSection()
    qtbot.addWidget(section)
    section.show_progress(_progress())
    assert not section.scores_button.isVisibleTo(section)
    section.offer_scores(True)
    assert section.scores_button.isVisibleTo(section)
    with qtbot.waitSignal(section.scores_requested) as asked:
        section.scores_button.click()
    assert asked.args == [5]
    section.show_progress(None)
    with qtbot.assertNotEmitted(section.scores_requested):
        section.scores_button.click()
