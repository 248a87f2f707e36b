"""Screens write dates as the locale does (issue 24): French month names on the progress
section and the book's slots once planner.formats is set to French; the language chosen at
start (the preference wins; a system in French gives French with its own locale; a language
AcuPlanner has no translation for reads in Canadian English)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from planner import formats
from planner.domain.progress import CourseFacts, SessionScore, course_chart, review_prompts
from planner.domain.vocab import CourseStatus, SessionStatus
from planner.services.progress import CourseProgress
from planner.ui.book.dialog_presenter import slot_text
from planner.ui.i18n import Language, choose_language
from planner.ui.progress.section import ProgressSection

START = dt.date(2026, 9, 7)


@pytest.fixture
def french() -> Iterator[None]:
    formats.configure("fr_CA", "locale")
    yield
    formats.configure("en_CA", "iso")


def _progress() -> CourseProgress:
    sessions = tuple(
        SessionScore(
            n,
            START + dt.timedelta(weeks=n - 1),
            SessionStatus.SIGNED if n <= 2 else SessionStatus.SCHEDULED,
            *((6, 4) if n <= 2 else (None, None)),
        )
        for n in range(1, 5)
    )
    facts = CourseFacts(
        course_id=5,
        patient_id=9,
        status=CourseStatus.ACTIVE,
        planned_sessions=4,
        mid_review_at=3,
        start_date=START,
        goal_target_pain=2,
        intake_pain=7,
        sessions=sessions,
        peg=(),
    )
    return CourseProgress(5, 9, facts, course_chart(facts), review_prompts(facts))


def test_the_progress_section_names_the_months_in_french(qtbot: QtBot, french: None) -> None:
    section = ProgressSection()
    qtbot.addWidget(section)
    section.show_progress(_progress())
    assert section.sessions_label.text().endswith("21 sept., 28 sept.")


def test_the_progress_section_names_the_months_in_english_by_default(qtbot: QtBot) -> None:
    section = ProgressSection()
    qtbot.addWidget(section)
    section.show_progress(_progress())
    assert section.sessions_label.text().endswith("Sep 21, Sep 28")


def test_the_books_free_times_are_french(french: None) -> None:
    assert slot_text(dt.datetime(2026, 11, 10, 14, 0)) == "mar. 10 nov. 14 h 00"


def _system(language: QLocale.Language, territory: QLocale.Country) -> QLocale:
    return QLocale(language, territory)


def test_the_preference_wins_over_the_system() -> None:
    french_system = _system(QLocale.Language.French, QLocale.Country.France)
    assert choose_language("en", french_system) == Language("en", "en_CA")
    english_system = _system(QLocale.Language.English, QLocale.Country.Canada)
    assert choose_language("fr", english_system) == Language("fr", "fr_CA")


def test_a_french_system_gives_french_with_its_own_locale() -> None:
    french_system = _system(QLocale.Language.French, QLocale.Country.France)
    assert choose_language("", french_system) == Language("fr", "fr_FR")
    quebec = _system(QLocale.Language.French, QLocale.Country.Canada)
    assert choose_language("", quebec) == Language("fr", "fr_CA")
    assert choose_language("", QLocale(QLocale.Language.French)).code == "fr"


def test_an_untranslated_system_language_reads_in_canadian_english() -> None:
    german = _system(QLocale.Language.German, QLocale.Country.Germany)
    assert choose_language("", german) == Language("en", "en_CA")
    assert choose_language("de", german) == Language("en", "en_CA")
