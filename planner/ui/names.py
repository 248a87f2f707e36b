"""How the screens write a patient's name: :func:`display_name` (``Family, Given
«Preferred»``, the way a clinic files charts, in the patient list) and :func:`short_name`
(``Zoë O.``, for a screen patients can see: the list in privacy mode, the overview's
title, the treatment room and the clinic's progress). No Qt.
"""

from __future__ import annotations

import unicodedata

from planner.services.patients import PatientRow


def display_name(row: PatientRow) -> str:
    """``Family, Given «Preferred»`` — the way a clinic files charts."""
    name = f"{row.family_name}, {row.given_name}"
    if row.preferred_name and row.preferred_name != row.given_name:
        name += f" «{row.preferred_name}»"
    return name


def short_name(given_name: str, family_name: str) -> str:
    """``Zoë O.`` — given name and family initial, for a screen patients can see."""
    given, family = given_name.strip(), family_name.strip()
    if not family:
        return given
    initial = family[0]
    for char in family[1:]:  # keep accents typed as combining marks with their letter
        if not unicodedata.combining(char):
            break
        initial += char
    return f"{given} {initial}." if given else f"{initial}."
