"""Names keep a zero-width non-joiner or joiner between two letters (Persian, Hindi);
anywhere else, and in every other field, invisible characters are still refused."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.patients import PatientDraft, PatientInvalid, validate_patient
from planner.domain.validation import Problems, clean_text

TODAY = dt.date(2026, 11, 22)
ZWNJ, ZWJ = "\u200c", "\u200d"


def _draft(**names: str) -> PatientDraft:
    return PatientDraft(date_of_birth=dt.date(1990, 1, 1), sex="female", **names)


def _problems(draft: PatientDraft) -> dict[str, str]:
    with pytest.raises(PatientInvalid) as error:
        validate_patient(draft, TODAY)
    return error.value.problems


@pytest.mark.parametrize(
    "field",
    [
        "given_name",
        "family_name",
        "preferred_name",
        "emergency_contact_name",
        "referring_physician_name",
    ],
)
def test_a_persian_name_with_a_non_joiner_is_kept_as_typed(field: str) -> None:
    name = f"می{ZWNJ}خواه"
    stored = validate_patient(_draft(**{"given_name": "Mahsa", field: name}), TODAY)
    assert getattr(stored, field) == name


def test_a_joiner_between_devanagari_letters_is_kept() -> None:
    name = f"क्{ZWJ}ष"  # an explicit half form
    assert validate_patient(_draft(given_name=name), TODAY).given_name == name


def test_a_joiner_after_a_vowel_sign_is_between_letters() -> None:
    name = f"शर्मा{ZWNJ}जी"
    assert validate_patient(_draft(family_name=name), TODAY).family_name == name


@pytest.mark.parametrize(
    "name",
    [
        ZWNJ,  # alone
        f"{ZWNJ}مهسا",  # leading (it would survive the strip)
        f"مهسا{ZWJ}",  # trailing
        f"می{ZWNJ}{ZWNJ}خواه",  # doubled
        f"مهسا {ZWNJ}حداد",  # beside a space
        f"Ann{ZWJ}1",  # beside a digit
    ],
)
def test_a_joiner_not_between_two_letters_is_refused(name: str) -> None:
    problems = _problems(_draft(given_name=name))
    assert problems["given_name"].startswith("Given name:")
    assert "U+200" in problems["given_name"]


def test_other_invisibles_are_still_refused_in_names() -> None:
    for char in ("\u200b", "\u202e", "\u2066", "\ufeff", "\u2060"):
        problems = _problems(_draft(given_name=f"Ma{char}hsa"))
        assert f"U+{ord(char):04X}" in problems["given_name"]


def test_other_fields_still_refuse_joiners() -> None:
    problems = _problems(_draft(given_name="Mahsa", insurance_policy=f"AB{ZWNJ}CD"))
    assert "U+200C" in problems["insurance_policy"]
    found = Problems()
    assert clean_text(found, "notes", "Notes", f"می{ZWNJ}خواه", max_length=50) == ""
    assert "U+200C" in found.by_field["notes"]
