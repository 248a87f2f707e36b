"""A patient's demographics as typed on the registration form, and their checks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from typing import Any

from planner.domain.errors import PlannerError
from planner.domain.i18n import QT_TRANSLATE_NOOP, translate
from planner.domain.validation import (
    Problems,
    clean_birth_date,
    clean_email,
    clean_phone,
    clean_text,
)
from planner.domain.vocab import Sex


@dataclass(frozen=True)
class PatientDraft:
    """Everything the registration form holds; kept as typed when a save is refused."""

    given_name: str = ""
    family_name: str = ""
    preferred_name: str = ""
    date_of_birth: dt.date | None = None
    sex: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    emergency_contact_name: str = ""
    emergency_contact_phone: str = ""
    referring_physician_name: str = ""
    referring_physician_clinic: str = ""
    referring_physician_contact: str = ""
    insurance_provider: str = ""
    insurance_policy: str = ""


FIELD_LABELS = {
    "given_name": QT_TRANSLATE_NOOP("patient_rules", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("patient_rules", "Family name"),
    "preferred_name": QT_TRANSLATE_NOOP("patient_rules", "Preferred name"),
    "date_of_birth": QT_TRANSLATE_NOOP("patient_rules", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("patient_rules", "Sex"),
    "phone": QT_TRANSLATE_NOOP("patient_rules", "Phone"),
    "email": QT_TRANSLATE_NOOP("patient_rules", "Email"),
    "address": QT_TRANSLATE_NOOP("patient_rules", "Address"),
    "emergency_contact_name": QT_TRANSLATE_NOOP("patient_rules", "Emergency contact"),
    "emergency_contact_phone": QT_TRANSLATE_NOOP("patient_rules", "Emergency contact phone"),
    "referring_physician_name": QT_TRANSLATE_NOOP("patient_rules", "Referring physician"),
    "referring_physician_clinic": QT_TRANSLATE_NOOP(
        "patient_rules", "Referring physician's clinic"
    ),
    "referring_physician_contact": QT_TRANSLATE_NOOP(
        "patient_rules", "Referring physician's fax or email"
    ),
    "insurance_provider": QT_TRANSLATE_NOOP("patient_rules", "Insurance provider"),
    "insurance_policy": QT_TRANSLATE_NOOP("patient_rules", "Insurance plan or policy number"),
}
_LENGTHS = {
    "given_name": 120,
    "family_name": 120,
    "preferred_name": 120,
    "address": 500,
    "emergency_contact_name": 200,
    "referring_physician_name": 200,
    "referring_physician_clinic": 200,
    "referring_physician_contact": 200,
    "insurance_provider": 200,
    "insurance_policy": 80,
}

# People's names: a zero-width (non-)joiner between two letters is part of how they are
# written (Persian, Hindi), so these keep it; every other field refuses it.
_NAMES = frozenset(
    {
        "given_name",
        "family_name",
        "preferred_name",
        "emergency_contact_name",
        "referring_physician_name",
    }
)


class PatientInvalid(PlannerError):
    """Some fields are not allowed; ``problems`` maps each field to its message."""

    def __init__(self, problems: Problems) -> None:
        first = next(iter(problems.by_field.values()))
        super().__init__(first)
        self.problems = problems.by_field


def validate_patient(draft: PatientDraft, today: dt.date) -> PatientDraft:
    """The draft as it will be stored, or PatientInvalid naming every field at fault.

    A name in any script is fine; at least one of given and family name is needed (some
    people have only one name). Date of birth and sex are required; phone and email are
    optional but must look like one when given.
    """
    problems = Problems()
    values: dict[str, Any] = {}
    for item in fields(PatientDraft):
        name = item.name
        if name in _LENGTHS:
            values[name] = clean_text(
                problems,
                name,
                translate("patient_rules", FIELD_LABELS[name]),
                getattr(draft, name),
                max_length=_LENGTHS[name],
                multiline=name == "address",
                joiners=name in _NAMES,
            )
    if (
        not values["given_name"]
        and not values["family_name"]
        and not ({"given_name", "family_name"} & problems.by_field.keys())
    ):
        problems.add(
            "family_name",
            translate("patient_rules", "Family name: enter a family name or a given name."),
        )
    values["date_of_birth"] = clean_birth_date(
        problems, "date_of_birth", draft.date_of_birth, today
    )
    if draft.sex not in {s.value for s in Sex}:
        problems.add(
            "sex",
            translate("patient_rules", "Sex: choose female, male, intersex or not disclosed."),
        )
    values["sex"] = draft.sex
    values["phone"] = clean_phone(
        problems, "phone", translate("patient_rules", FIELD_LABELS["phone"]), draft.phone
    )
    values["emergency_contact_phone"] = clean_phone(
        problems,
        "emergency_contact_phone",
        translate("patient_rules", FIELD_LABELS["emergency_contact_phone"]),
        draft.emergency_contact_phone,
    )
    values["email"] = clean_email(
        problems, "email", translate("patient_rules", FIELD_LABELS["email"]), draft.email
    )
    if problems:
        raise PatientInvalid(problems)
    return replace(draft, **values)


def _east_asian(text: str) -> bool:
    """Written wholly in Han characters, kana or Hangul (spaces and dots allowed)."""
    if text.isascii():  # most names: no need to look at each letter
        return False
    letters = [char for char in text if not char.isspace() and char not in "·・."]
    return bool(letters) and all(
        0x1100 <= ord(char) <= 0x11FF  # Hangul jamo
        or 0x3040 <= ord(char) <= 0x30FF  # kana
        or 0x3130 <= ord(char) <= 0x318F  # Hangul compatibility jamo
        or 0x3400 <= ord(char) <= 0x9FFF  # Han
        or 0xAC00 <= ord(char) <= 0xD7A3  # Hangul syllables
        or 0x20000 <= ord(char) <= 0x3134F  # Han, supplementary planes
        for char in letters
    )


def full_name(given_name: str, family_name: str) -> str:
    """The name as its owner writes it: ``Zoë O'Brien-Smith``, but ``王伟`` (family name
    first, no space) when both parts are written in Chinese, Japanese or Korean script."""
    given, family = given_name.strip(), family_name.strip()
    if given and family and _east_asian(given) and _east_asian(family):
        return f"{family}{given}"
    return " ".join(part for part in (given, family) if part)
