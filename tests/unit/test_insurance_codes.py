"""CPT units by 15-minute blocks (a further block counts from 8 minutes; unknown length:
the initial code only) and the ICD-10-CM low back pain codes a clinic may choose."""

from __future__ import annotations

import pytest

from planner.domain.insurance import (
    DEFAULT_DIAGNOSIS_CODE,
    DIAGNOSIS_CODES,
    ServiceCode,
    additional_units,
    diagnosis_description,
    is_diagnosis_code,
    service_codes,
)


@pytest.mark.parametrize(
    ("minutes", "units"),
    [
        (None, 0),
        (0, 0),
        (-5, 0),
        (10, 0),
        (15, 0),
        (22, 0),  # 7 minutes of the second block: not counted
        (23, 1),  # 8 minutes: counted
        (30, 1),
        (37, 1),
        (38, 2),
        (45, 2),
        (60, 3),
        (67, 3),
        (68, 4),
    ],
)
def test_a_further_block_counts_from_eight_minutes(minutes: int | None, units: int) -> None:
    assert additional_units(minutes) == units


def test_an_unknown_length_bills_the_initial_code_only() -> None:
    assert service_codes(None, electrical=False) == (ServiceCode("97810", 1),)
    assert service_codes(None, electrical=True) == (ServiceCode("97813", 1),)


def test_codes_without_and_with_electrical_stimulation() -> None:
    assert service_codes(45, electrical=False) == (ServiceCode("97810", 1), ServiceCode("97811", 2))
    assert service_codes(30, electrical=True) == (ServiceCode("97813", 1), ServiceCode("97814", 1))
    assert service_codes(20, electrical=True) == (ServiceCode("97813", 1),)
    assert ServiceCode("97814", 1).description.startswith("Acupuncture with electrical")


def test_the_diagnosis_codes_are_the_low_back_pain_ones() -> None:
    assert [code for code, _ in DIAGNOSIS_CODES] == ["M54.50", "M54.51", "M54.59"]
    assert DEFAULT_DIAGNOSIS_CODE == "M54.50"
    assert diagnosis_description("M54.51") == "Vertebrogenic low back pain"
    assert diagnosis_description("J45.909") == ""
    assert is_diagnosis_code("M54.59") and not is_diagnosis_code("m54.59")
