"""The French build (issue 24): every window of :mod:`tests.ui.window_catalog` opened with
the French translation installed shows no English a translation could have replaced.

What is still English today is listed in ``tests/ui/french_known.py`` (the catalogue's
acupoint data, which is not translated, and any string not yet wrapped): a new English
text fails, and so does a listed one that no longer shows (delete its line).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import cache

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from pytestqt.qtbot import QtBot

from planner import formats
from planner.domain import i18n
from planner.domain.i18n import translate
from planner.ui.i18n import choose_language, start_language
from tests.ui import window_catalog
from tests.ui.french_kit import english_findings, english_of, french_build
from tests.ui.french_known import KNOWN_ENGLISH
from tests.ui.journey_kit import Journey, demo_db, journey
from tests.ui.window_catalog import WINDOWS, forget, open_window

__all__ = ["demo_db", "journey"]  # the fixtures, used by name


@pytest.fixture
def french(qapp: QCoreApplication) -> Iterator[None]:
    with french_build():
        original = window_catalog.english_of
        window_catalog.english_of = cache(english_of)
        try:
            yield
        finally:
            window_catalog.english_of = original


@pytest.mark.parametrize("name", list(WINDOWS))
def test_no_window_shows_english_in_the_french_build(
    qtbot: QtBot, french: None, journey: Journey, name: str
) -> None:
    try:
        window = open_window(journey, name)
        found = english_findings(window)
    finally:
        forget(journey)
    journey.no_crash()
    known = KNOWN_ENGLISH.get(name, set())
    new = [f"NEW English in {name!r}: {d} ({why})" for d, why in found.items() if d not in known]
    gone = [
        f"FIXED English in {name!r} (delete it from french_known.py): {d}"
        for d in sorted(known - set(found))
    ]
    assert not new + gone, "\n".join(new + gone)


def test_the_known_english_names_windows_of_the_catalog() -> None:
    assert set(KNOWN_ENGLISH) <= set(WINDOWS), set(KNOWN_ENGLISH) - set(WINDOWS)


def test_the_french_build_translates_the_screens_and_the_domain(french: None) -> None:
    assert translate("SignInDialog", "Sign in") != "Sign in"
    french = translate("SignInDialog", "Sign in")
    assert QCoreApplication.translate("SignInDialog", "Sign in") == french
    assert formats.date_text(dt.date(2026, 12, 8)) == "8 déc. 2026"


def test_the_app_starts_in_the_language_asked_for(qapp: QCoreApplication) -> None:
    with french_build():  # builds the .qm if it is missing
        pass
    try:
        language = start_language(qapp, "fr", "iso")
        assert (language.code, language.locale) == ("fr", "fr_CA")
        assert translate("SignInDialog", "Sign in") != "Sign in"
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
            translator.deleteLater()
        i18n.reset()
        formats.configure("en_CA", "iso")
        QLocale.setDefault(QLocale("en_CA"))
    assert translate("SignInDialog", "Sign in") == "Sign in"


@pytest.mark.parametrize(
    ("preference", "system", "expected"),
    [
        ("fr", "en_CA", ("fr", "fr_CA")),
        ("", "fr_CA", ("fr", "fr_CA")),
        ("", "fr_FR", ("fr", "fr_FR")),
        ("", "de_DE", ("en", "en_CA")),
        ("en", "fr_CA", ("en", "en_CA")),
        ("", "en_GB", ("en", "en_GB")),
    ],
)
def test_the_language_is_the_preference_or_the_systems(
    preference: str, system: str, expected: tuple[str, str]
) -> None:
    language = choose_language(preference, QLocale(system))
    assert (language.code, language.locale) == expected
