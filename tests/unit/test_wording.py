"""The wording catalogue (planner/domain/wording.py): every clinical enum in planner.domain
has a label for every member, labels are unique and never the raw code, and the screens
and the documents take their words from it."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from enum import StrEnum

import pytest

import planner.domain
from planner.domain import wording
from planner.domain.catalog import PlanRegion
from planner.domain.safety import AshiRegion
from planner.domain.vocab import (
    AdverseEventKind,
    BodySide,
    CourseStatus,
    CuppingType,
    EAFrequencyMode,
    PainRegion,
    PointSide,
    ReviewDecision,
    Sex,
    Technique,
)
from planner.export import labels as export_labels

# Enums whose codes never reach a person as a word of their own, and why.
NOT_CLINICAL_WORDS = {
    "Action": "permission keys; a refusal says what in its own message",
    "PromptKind": "chooses which progress prompt to show; the prompt has its text",
    "View": "which side of the body chart is drawn",
    "TimerState": "a room timer's state, shown by its controls and colours",
    "MismatchChoice": "the needle-count question's buttons carry their own texts",
    "SafetyFlag": "catalog letter codes; the safety findings word them",
    "PregnancyStatus": "catalog data read by the safety rules; findings word them",
    "MoxaSuitability": "catalog data read by the safety rules; findings word them",
    "PointRole": "catalog data (local/distal) used to choose points",
    "PointRegion": "catalog data; plans show PlanRegion",
    "BloodThinnerKind": "medicine data; the medicine check words its findings",
    "MedicineClass": "medicine data; the medicine check words its findings",
}


def _domain_enums() -> list[type[StrEnum]]:
    found: dict[str, type[StrEnum]] = {}
    for info in pkgutil.walk_packages(planner.domain.__path__, "planner.domain."):
        module = importlib.import_module(info.name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, StrEnum) and value.__module__.startswith("planner.domain"):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return sorted(found.values(), key=lambda e: e.__name__)


CLINICAL = [e for e in _domain_enums() if e.__name__ not in NOT_CLINICAL_WORDS]


def test_the_walk_finds_the_enums_and_the_exemptions_exist() -> None:
    names = {e.__name__ for e in _domain_enums()}
    assert {"Technique", "PointSide", "NeedleResponse", "AshiRegion", "Role"} <= names
    assert set(NOT_CLINICAL_WORDS) <= names  # no stale exemption


@pytest.mark.parametrize("enum", CLINICAL, ids=lambda e: e.__name__)
def test_every_member_has_a_label(enum: type[StrEnum]) -> None:
    assert enum in wording.catalogued()
    for member in enum:
        assert wording.label(member).strip(), member
        assert wording.phrase(member).strip(), member
        assert wording.plain(member).strip(), member


@pytest.mark.parametrize("enum", CLINICAL, ids=lambda e: e.__name__)
def test_labels_are_unique_within_an_enum(enum: type[StrEnum]) -> None:
    words = list(wording.labels(enum).values())
    assert len(set(words)) == len(words)
    phrases = list(wording.phrases(enum).values())
    assert len(set(phrases)) == len(phrases)


@pytest.mark.parametrize("enum", CLINICAL, ids=lambda e: e.__name__)
def test_no_label_is_the_raw_code(enum: type[StrEnum]) -> None:
    """A label is never the stored code (``local_needling``), and no wording has an
    underscore; a phrase may equal a one-word code (``cupping``)."""
    for member in enum:
        assert wording.label(member) != member.value, member
        for text in (wording.label(member), wording.phrase(member), wording.plain(member)):
            assert "_" not in text, (member, text)


def test_phrases_lower_the_label_unless_they_say_otherwise() -> None:
    assert wording.phrase(PointSide.BILATERAL) == "both sides"
    assert wording.phrase(EAFrequencyMode.LOW) == "low frequency"
    assert wording.plain(PointSide.LEFT) == "on your left"
    assert wording.plain(AshiRegion.LIMB) == "arm or leg"
    assert wording.phrase(AshiRegion.LUMBOSACRAL) == "lower back"


def test_the_disagreements_are_resolved() -> None:
    """A side is "Both" under a Side heading and "both sides" in a sentence, on screens
    and documents alike; the other tables' differences are settled to one wording."""
    assert wording.label(PointSide.BILATERAL) == "Both"
    assert wording.phrase(PointSide.BILATERAL) == "both sides"
    assert wording.phrase(BodySide.BOTH) == "both sides"
    assert wording.label(ReviewDecision.CONTINUE) == "Continue the course"
    assert wording.label(PainRegion.SCIATICA) == "Sciatica (pain down the leg)"
    assert wording.label(PlanRegion.SCIATICA_DISTAL) == "Leg and foot (distal)"


def test_documents_print_the_catalogues_words() -> None:
    assert export_labels.TECHNIQUE[Technique.LOCAL_NEEDLING] == "Local needling"
    for member in (Technique.LOCAL_NEEDLING, Technique.ELECTROACUPUNCTURE):
        assert export_labels.word(export_labels.TECHNIQUE, member) == wording.label(member)
    assert export_labels.SIDE[PointSide.BILATERAL] == wording.phrase(PointSide.BILATERAL)
    assert export_labels.CUPPING[CuppingType.FIRE] == wording.phrase(CuppingType.FIRE)
    assert export_labels.ADVERSE[AdverseEventKind.BRUISING] == wording.phrase(
        AdverseEventKind.BRUISING
    )
    assert export_labels.STATUS[CourseStatus.ACTIVE] == wording.phrase(CourseStatus.ACTIVE)
    assert export_labels.SEX[Sex.FEMALE] == wording.phrase(Sex.FEMALE)


def test_screens_show_the_catalogues_words() -> None:
    pytest.importorskip("PySide6")
    from planner.ui import labels as ui_labels
    from planner.ui.course import labels as course_labels

    assert course_labels.technique_labels()[Technique.LOCAL_NEEDLING] == wording.label(
        Technique.LOCAL_NEEDLING
    )
    assert course_labels.side_labels()[PointSide.BILATERAL] == wording.label(PointSide.BILATERAL)
    assert course_labels.ea_mode_labels()[EAFrequencyMode.HIGH] == wording.label(
        EAFrequencyMode.HIGH
    )
    assert course_labels.region_labels()[PlanRegion.LOWER_BACK_LOCAL] == wording.label(
        PlanRegion.LOWER_BACK_LOCAL
    )
    assert course_labels.decision_labels()[ReviewDecision.EXTEND] == "E&xtend the course"
    assert ui_labels.course_status_labels()[CourseStatus.ACTIVE] == wording.label(
        CourseStatus.ACTIVE
    )
    assert ui_labels.side_labels()[BodySide.BOTH] == wording.label(BodySide.BOTH)
    assert ui_labels.region_labels()[PainRegion.SCIATICA] == wording.label(PainRegion.SCIATICA)
