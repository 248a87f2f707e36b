"""Registration checks: every refusal names the field; accepted text is stored as typed."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.patients import PatientDraft, PatientInvalid, validate_patient
from planner.domain.validation import Problems, clean_text, parse_iso_date

TODAY = dt.date(2026, 11, 22)
OK = PatientDraft(
    given_name="Zoë",
    family_name="O'Brien-Łukasz",
    date_of_birth=dt.date(1980, 2, 29),
    sex="female",
    phone="+44 (0)7700 900123",
)


def problems_of(draft: PatientDraft) -> dict[str, str]:
    with pytest.raises(PatientInvalid) as error:
        validate_patient(draft, TODAY)
    return error.value.problems


def test_names_in_any_script_are_kept_as_typed() -> None:
    for given_name, family in [
        ("王", "伟"),
        ("محمد", "الأحمد"),
        ("Ольга", "Иванова"),
        ("Seán", "Ó Briain"),
    ]:
        stored = validate_patient(
            PatientDraft(
                given_name=f" {given_name} ",
                family_name=family,
                date_of_birth=dt.date(1990, 1, 1),
                sex="male",
            ),
            TODAY,
        )
        assert (stored.given_name, stored.family_name) == (given_name, family)


def test_one_name_is_enough_but_not_none() -> None:
    assert validate_patient(
        PatientDraft(given_name="Madonna", date_of_birth=dt.date(1958, 8, 16), sex="female"), TODAY
    )
    assert "family_name" in problems_of(PatientDraft(date_of_birth=dt.date(1990, 1, 1), sex="male"))


@pytest.mark.parametrize(
    ("change", "field", "fragment"),
    [
        ({"date_of_birth": None}, "date_of_birth", "required"),
        ({"date_of_birth": dt.date(2027, 1, 1)}, "date_of_birth", "future"),
        ({"date_of_birth": dt.date(1900, 1, 1)}, "date_of_birth", "over 120"),
        ({"sex": ""}, "sex", "Sex"),
        ({"phone": "call me"}, "phone", "digits"),
        ({"phone": "12345"}, "phone", "6 to 20"),
        (
            {"emergency_contact_phone": "+1 (555) 0100 222 333 444 555 666"},
            "emergency_contact_phone",
            "6 to 20",
        ),
        ({"email": "ada@"}, "email", "name@example.org"),
        ({"given_name": "x" * 121}, "given_name", "at most 120"),
        ({"given_name": "Zo\u0000e"}, "given_name", "U+0000"),
        ({"family_name": "Smith\u202e"}, "family_name", "U+202E"),
        ({"preferred_name": "Al\u200bex"}, "preferred_name", "U+200B"),
        ({"insurance_policy": "\ud800"}, "insurance_policy", "U+D800"),
    ],
)
def test_each_refusal_names_its_field(change, field: str, fragment: str) -> None:
    problems = problems_of(PatientDraft(**{**OK.__dict__, **change}))
    assert fragment in problems[field]
    assert problems[field].split(":")[0] in problems[field]


def test_addresses_may_have_several_lines() -> None:
    stored = validate_patient(
        PatientDraft(**{**OK.__dict__, "address": "12 Mill Lane\n\tRiverside"}), TODAY
    )
    assert stored.address == "12 Mill Lane\n\tRiverside"


def test_all_problems_are_reported_together() -> None:
    problems = problems_of(PatientDraft(given_name="\u202e", sex="?", email="x"))
    assert set(problems) == {"given_name", "date_of_birth", "sex", "email"}


def test_dates_typed_as_text() -> None:
    problems = Problems()
    assert parse_iso_date(problems, "onset", "Onset", " 2026-02-28 ") == dt.date(2026, 2, 28)
    assert parse_iso_date(problems, "onset", "Onset", "") is None
    assert parse_iso_date(problems, "onset", "Onset", "2026-02-30") is None
    assert problems.by_field == {"onset": "Onset: a real date as YYYY-MM-DD."}


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_fuzzed_text_is_either_stored_byte_identical_nfc_or_refused_by_name(text: str) -> None:
    import unicodedata

    problems = Problems()
    stored = clean_text(problems, "notes", "Notes", text, max_length=200, multiline=True)
    if problems:
        assert problems.by_field["notes"].startswith("Notes:")
    else:
        assert stored == unicodedata.normalize("NFC", text).strip()


def test_required_text_and_phones_with_control_characters() -> None:
    from planner.domain.validation import clean_phone

    problems = Problems()
    assert clean_text(problems, "clinic", "Clinic name", "   ", max_length=10, required=True) == ""
    assert clean_phone(problems, "phone", "Phone", "+44\x007700 900123") == ""
    assert clean_phone(problems, "mobile", "Mobile", "", required=True) == ""
    assert problems.by_field == {
        "clinic": "Clinic name: required.",
        "phone": "Phone: contains an invisible or control character (U+0000).",
        "mobile": "Mobile: required.",
    }
