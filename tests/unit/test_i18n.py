"""The one door for user-visible text (planner.domain.i18n): English until a translator is
installed, English plurals finished for counts, the installed translator asked with the
context, disambiguation and count."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from planner.domain import i18n
from planner.domain.i18n import QT_TRANSLATE_NOOP, english_plural, translate


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    i18n.reset()


@pytest.mark.parametrize(
    ("text", "n", "expected"),
    [
        ("%n session(s)", 1, "1 session"),
        ("%n session(s)", 2, "2 sessions"),
        ("%n session(s)", 0, "0 sessions"),
        ("%n box(es) left", 3, "3 boxes left"),
        ("%n box(es) left", 1, "1 box left"),
        ("No count (s) here", -1, "No count (s) here"),
    ],
)
def test_english_plurals_are_finished_for_the_count(text: str, n: int, expected: str) -> None:
    assert english_plural(text, n) == expected
    assert translate("course", text, n=n) == expected


def test_without_a_translator_the_english_comes_back() -> None:
    assert translate("intake", "Save") == "Save"
    assert QT_TRANSLATE_NOOP("wording", "Cupping") == "Cupping"


def test_an_installed_translator_is_asked_with_everything_it_needs() -> None:
    asked: list[tuple[str, str, str | None, int]] = []

    def french(context: str, text: str, disambiguation: str | None, n: int) -> str:
        asked.append((context, text, disambiguation, n))
        return {"Save": "Enregistrer", "%n session(s)": f"{n} séances"}.get(text, text)

    i18n.install(french)
    assert translate("intake", "Save") == "Enregistrer"
    assert translate("course", "%n session(s)", "count", 3) == "3 séances"
    assert asked == [("intake", "Save", None, -1), ("course", "%n session(s)", "count", 3)]
    i18n.reset()
    assert translate("intake", "Save") == "Save"
