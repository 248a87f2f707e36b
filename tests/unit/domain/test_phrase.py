"""A Phrase is English where it is stored and printed, and translated where it is shown."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from planner.domain import i18n
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.red_flags import Clearance
from planner.domain.text import Phrase, shown


@pytest.fixture
def french() -> Iterator[None]:
    words = {
        ("safety", "Bleeding risk ({cause})."): "Risque de saignement ({cause}).",
        ("safety", "reduced sensation"): "sensibilité réduite",
        ("safety", "Do not use wet cupping."): "Pas de ventouses humides.",
        ("red_flags", "cleared by {by} on {on}"): "levé par {by} le {on}",
    }

    def translator(context: str, text: str, disambiguation: str | None, n: int) -> str:
        del disambiguation, n
        return words.get((context, text), text)

    i18n.install(translator)
    yield
    i18n.reset()


def test_a_phrase_is_the_english_text() -> None:
    said = Phrase(QT_TRANSLATE_NOOP("safety", "Bleeding risk ({cause})."), cause="warfarin")
    assert said == "Bleeding risk (warfarin)."
    assert isinstance(said, str)
    assert said.template == "Bleeding risk ({cause})."
    assert Phrase("plain") == "plain"


def test_shown_translates_the_template_then_fills_it(french: None) -> None:
    said = Phrase(
        "Bleeding risk ({cause}).",
        cause=Phrase(QT_TRANSLATE_NOOP("safety", "reduced sensation")),
    )
    assert said == "Bleeding risk (reduced sensation)."
    assert shown("safety", said) == "Risque de saignement (sensibilité réduite)."
    assert shown("safety", Phrase("Bleeding risk ({cause}).", cause="warfarin")) == (
        "Risque de saignement (warfarin)."
    )


def test_shown_translates_plain_text_and_keeps_empty_text(french: None) -> None:
    assert shown("safety", "Do not use wet cupping.") == "Pas de ventouses humides."
    assert shown("safety", "") == ""
    assert shown("safety", "not in the catalogue") == "not in the catalogue"


def test_a_phrase_keeps_its_own_context(french: None) -> None:
    import datetime as dt

    cleared = Clearance("Dr A", dt.date(2026, 11, 2)).describe()
    assert cleared == "cleared by Dr A on 2026-11-02"
    assert shown("safety", cleared) == "levé par Dr A le 2026-11-02"
    noted = Clearance("Dr A", dt.date(2026, 11, 2), "letter").describe()
    assert noted == "cleared by Dr A on 2026-11-02 (letter)"
