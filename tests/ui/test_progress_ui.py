"""Progress widgets on plain data: the chart's data (not its pixels) and that it draws on a
screen, an image and a printed page; review card texts; the clinic presenter."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from planner.domain.progress import (
    ClinicFilter,
    ClinicStats,
    CourseFacts,
    PromptKind,
    SessionScore,
    course_chart,
    review_prompts,
)
from planner.domain.vocab import CourseStatus, SessionStatus
from planner.services.progress import ClinicView, CourseProgress, PatientName
from planner.ui.progress.chart import CourseChartWidget, paint_chart
from planner.ui.progress.clinic import ClinicPresenter
from planner.ui.progress.course_dialog import CourseProgressDialog
from planner.ui.progress.section import ProgressSection
from planner.ui.progress.texts import (
    milestone_text,
    prompt_detail,
    prompt_title,
    sessions_text,
    verdict_text,
)

START = dt.date(2026, 9, 7)
CLOSED = CourseStatus.DISCHARGED


def _facts(pains: list[tuple[int, int]], planned: int = 6, **extra: object) -> CourseFacts:
    sessions = [
        SessionScore(n, START + dt.timedelta(weeks=n - 1), SessionStatus.SIGNED, b, a)
        for n, (b, a) in enumerate(pains, start=1)
    ] + [
        SessionScore(n, START + dt.timedelta(weeks=n - 1), SessionStatus.SCHEDULED)
        for n in range(len(pains) + 1, planned + 1)
    ]
    return CourseFacts(
        course_id=5,
        patient_id=9,
        status=CourseStatus.ACTIVE,
        planned_sessions=planned,
        mid_review_at=3,
        start_date=START,
        goal_target_pain=2,
        intake_pain=7,
        sessions=tuple(sessions),
        peg=((0, 6.33),),
        **extra,  # type: ignore[arg-type]
    )


def _progress(facts: CourseFacts) -> CourseProgress:
    return CourseProgress(5, 9, facts, course_chart(facts), review_prompts(facts))


def test_section_shows_the_chart_data_marker_and_card(qtbot: QtBot) -> None:
    section = ProgressSection()
    qtbot.addWidget(section)
    progress = _progress(_facts([(7, 6), (6, 4), (4, 3), (4, 3)]))
    section.show_progress(progress)
    assert section.chart.chart == progress.chart
    assert section.milestone_label.text() == (
        "Pain 7 (intake) → 4 (session 4): a meaningful improvement, kept at the last two "
        "scores (meaningful = at least 2 points or 30 % lower than at the start)."
    )
    assert section.sessions_label.text() == "4 of 6 sessions done · 2 planned: Oct 5, Oct 12"
    assert [p.kind for p in section.card.prompts] == [PromptKind.MID]
    with qtbot.waitSignal(section.chart_requested) as asked:
        section.larger_button.click()
    assert asked.args == [5]
    section.show_progress(None)
    assert section.chart.chart is None and section.card.prompts == ()


def test_prompt_texts() -> None:
    none_by_4 = review_prompts(_facts([(7, 7)] * 4, reviews_at=(3,)))[0]
    assert prompt_title(none_by_4) == "Review: no meaningful improvement by session 4"
    assert "Most patients who improve do so within 4–6 sessions" in prompt_detail(none_by_4)
    final = review_prompts(_facts([(7, 5), (5, 4), (4, 3), (3, 2)], planned=4))[0]
    assert final.kind == PromptKind.FINAL
    assert prompt_title(final) == "Final review due (session 4 of 4)"
    assert prompt_detail(final) == (
        "Pain 7 at the start, 3 now; 4 of 4 sessions done. A meaningful improvement now "
        "(meaningful = at least 2 points or 30 % lower than at the start)."
    )
    mid = review_prompts(_facts([(7, 7), (7, 6), (7, 6)]))[0]
    assert prompt_detail(mid).endswith(
        "No meaningful improvement now (meaningful = at least 2 points or 30 % lower than at "
        "the start)."
    )
    assert milestone_text(None) == ""
    assert verdict_text(None).startswith("Not enough scores yet to judge change (meaningful")
    done = course_chart(_facts([(7, 5)] * 6))
    assert sessions_text(done) == "6 of 6 sessions done"
    # a course that ended says so, and no longer promises improvement "yet"
    assert sessions_text(done, CourseStatus.REFERRED) == "Course referred · 6 of 6 sessions done"
    dip = course_chart(replace(_facts([(5, 4), (7, 6), (8, 7), (8, 7)]), status=CLOSED))
    assert dip.milestone is not None  # the dip is marked on the chart, and said so
    assert milestone_text(dip.milestone) == "First meaningful change at session 1: 7 → 5"
    assert verdict_text(dip.verdict, closed=True).startswith(
        "Pain 7 (intake) → 8 (session 4): no meaningful improvement in this course"
    )
    one = course_chart(_facts([(5, 4), (7, 6), (8, 7), (4, 3)]))
    assert "4 (session 4): a meaningful improvement (" in verdict_text(one.verdict)
    worse = course_chart(_facts([(8, 7)]))
    assert "not a meaningful improvement yet" in verdict_text(worse.verdict)
    average = course_chart(_facts([(7, 6), (7, 6)], average=((0, 7.0), (2, 4.0))))
    assert verdict_text(average.verdict).startswith("Average pain 7 (intake) → 4 (session 2)")


def test_the_chart_draws_on_a_widget_an_image_and_a_page(qtbot: QtBot) -> None:
    chart = course_chart(_facts([(7, 6), (6, 4), (4, 3)], average=((0, 7.0), (3, 5.0))))
    assert chart.average
    widget = CourseChartWidget()
    qtbot.addWidget(widget)
    widget.resize(600, 300)
    assert widget.grab().width() == 600  # paints empty
    widget.set_chart(chart)
    assert "Average pain 7 (intake) → 5 (session 3)" in widget.accessibleDescription()
    assert widget.grab().width() == 600
    image = QImage(300, 200, QImage.Format.Format_ARGB32)  # narrow: the legend wraps
    painter = QPainter(image)
    paint_chart(painter, QRectF(0, 0, 300, 200), chart, widget.font())
    painter.end()
    dialog = CourseProgressDialog(_progress(_facts([(7, 6), (6, 4)])), "Zoë O.")
    qtbot.addWidget(dialog)
    page = QImage(1100, 780, QImage.Format.Format_ARGB32)
    dialog.print_to(page)
    assert dialog.windowTitle() == "Course progress — Zoë O."


def test_clinic_presenter_counts_and_names() -> None:
    stats = ClinicStats(
        courses=3, active=(1, 2), due_review=(), overdue=(), completed=4, improved=3
    )
    view = ClinicView(ClinicFilter(), START, stats, {7: PatientName("Zoë", "O'Brien")})

    class Reader:
        def clinic(self, where: ClinicFilter | None = None) -> ClinicView:
            return view

    presenter = ClinicPresenter(Reader())
    assert presenter.counts() == {}
    assert presenter.load(ClinicFilter()) is None
    assert presenter.counts() == {
        "active": "2",
        "due_review": "0",
        "overdue": "0",
        "improved": "75 %",
        "improved_of": "3 / 4",
    }
    assert presenter.name(view.name(7)) == "O'Brien, Zoë"
    presenter.privacy = True
    assert presenter.name(view.name(7)) == "Zoë O."
