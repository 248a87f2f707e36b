"""The catalogue's words can be translated: every label, phrase and plain word
planner/domain/wording.py returns is found by Qt's lupdate under the context "wording",
the context the screens translate them in; and the documents still get English."""

from __future__ import annotations

from enum import StrEnum

import pytest

from planner.cli.translations import extract
from planner.domain import i18n, wording
from planner.domain.vocab import PaymentMethod, PointSide, Technique
from planner.ui import labels as ui_labels
from planner.ui.course import labels as course_labels
from planner.ui.room import texts as room_texts


@pytest.fixture(scope="module")
def extracted() -> dict[str, set[str]]:
    by_context: dict[str, set[str]] = {}
    for message in extract():
        by_context.setdefault(message.context, set()).add(message.source)
    return by_context


def _words(enum: type[StrEnum]) -> set[str]:
    return {
        text
        for words in (wording.labels(enum), wording.phrases(enum), wording.plains(enum))
        for text in words.values()
    }


@pytest.mark.parametrize("enum", wording.catalogued(), ids=lambda e: e.__name__)
def test_every_word_of_the_catalogue_is_extracted_under_wording(
    enum: type[StrEnum], extracted: dict[str, set[str]]
) -> None:
    missing = _words(enum) - extracted.get("wording", set())
    assert not missing, f"{enum.__name__}: not seen by lupdate: {sorted(missing)}"


def test_the_screens_translate_the_words_in_the_context_wording() -> None:
    asked: list[tuple[str, str]] = []

    def spy(context: str, text: str, disambiguation: str | None, n: int) -> str:
        asked.append((context, text))
        return f"<{text}>" if context == "wording" else text

    i18n.install(spy)
    try:
        assert ui_labels.translated(wording.labels(PaymentMethod))[PaymentMethod.CASH] == "<Cash>"
        assert course_labels.technique_labels()[Technique.CUPPING] == "<Cupping>"
        assert room_texts.point_side_labels()[PointSide.BILATERAL] == "<both sides>"
        # The catalogue itself (what the documents print) stays English.
        assert wording.label(Technique.CUPPING) == "Cupping"
    finally:
        i18n.reset()
    assert ("wording", "Cash") in asked
