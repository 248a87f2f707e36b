"""How a patient's full name is written, whatever the script."""

from __future__ import annotations

import pytest

from planner.domain.patients import full_name


@pytest.mark.parametrize(
    ("given", "family", "expected"),
    [
        ("Zoë", "O'Brien-Smith", "Zoë O'Brien-Smith"),
        (" Liam ", "Chen", "Liam Chen"),
        ("伟", "王", "王伟"),
        ("민준", "김", "김민준"),
        ("さくら", "山田", "山田さくら"),
        ("Wei", "王", "Wei 王"),  # mixed scripts keep the given-first order
        ("محمد", "العلي", "محمد العلي"),
        ("Cher", "", "Cher"),
        ("", "王", "王"),
        ("  ", "·", "·"),
        ("", "", ""),
    ],
)
def test_full_name(given: str, family: str, expected: str) -> None:
    assert full_name(given, family) == expected
