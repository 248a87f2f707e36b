"""The wording catalogue: the one place the words for the clinical vocabulary live.

For every enum whose stored codes reach a person (techniques, sides, regions, responses,
EA modes, stimulation, cupping and moxa kinds, statuses, adverse events, roles, ...) it
holds a *label* (sentence case, what a screen shows and a document's table prints), a
*phrase* (lower case, how a sentence says it) and where a patient's sheet needs everyday
words a *plain* wording (by default the phrase). The tables are in
planner/domain/wording_labels.py and planner/domain/wording_phrases.py, every word marked
for Qt's ``lupdate`` under the context "wording".

What this module returns is English: the documents print it as it is
(planner/export/labels.py). The screens translate it where they show it, always with
``translate("wording", text)`` (planner/ui/labels.py, planner/ui/course/labels.py,
planner/ui/room/texts.py, ...). Standard library only: no Qt here.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from planner.domain.wording_labels import LABELS
from planner.domain.wording_phrases import PHRASES, PLAIN

E = TypeVar("E", bound=StrEnum)


def catalogued() -> tuple[type[StrEnum], ...]:
    """Every enum the catalogue words, in the order of its tables."""
    return tuple(LABELS)


def label(member: StrEnum) -> str:
    """Sentence case: what a screen shows and a document's table prints."""
    return LABELS[type(member)][member]


def phrase(member: StrEnum) -> str:
    """Inside a sentence: ``both sides``, ``low frequency``."""
    return PHRASES[type(member)][member]


def plain(member: StrEnum) -> str:
    """A patient's everyday words: ``on your left``, ``arm or leg``."""
    special = PLAIN.get(type(member), {}).get(member)
    return special if special is not None else phrase(member)


def labels(enum: type[E]) -> dict[E, str]:
    return {member: label(member) for member in enum}


def phrases(enum: type[E]) -> dict[E, str]:
    return {member: phrase(member) for member in enum}


def plains(enum: type[E]) -> dict[E, str]:
    return {member: plain(member) for member in enum}
