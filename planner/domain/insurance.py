"""The codes US insurers ask for on an acupuncture receipt: the diagnosis (ICD-10-CM, the
low back pain codes a clinic may choose in its settings) and the service (CPT 97810-97814,
acupuncture with or without electrical stimulation, billed in 15-minute units).

The unit rule (:func:`service_codes`), conservative on purpose: every session bills its
*initial* code once (97810, or 97813 with electrical stimulation), for the first 15
minutes of one-on-one contact; after those, each further 15-minute block adds one unit of
the *additional* code (97811, or 97814 with electrical stimulation) when at least 8
minutes of that block were given. So 15 to 22 minutes bill 1 initial unit, 23 to 37
minutes add 1 additional unit, 38 to 52 add 2, and so on. A session whose length is
unknown (or not a positive number of minutes) bills the initial code only, 1 unit:
nothing is claimed that the record does not show.
"""

from __future__ import annotations

from dataclasses import dataclass

DIAGNOSIS_CODES: tuple[tuple[str, str], ...] = (
    ("M54.50", "Low back pain, unspecified"),
    ("M54.51", "Vertebrogenic low back pain"),
    ("M54.59", "Other low back pain"),
)
"""ICD-10-CM codes a clinic may print on receipts: (code, description)."""

DEFAULT_DIAGNOSIS_CODE = "M54.50"

UNIT_MINUTES = 15
UNIT_THRESHOLD_MINUTES = 8  # a further 15-minute block counts from this many minutes

# CPT: (initial 15 minutes, each additional 15 minutes) without / with electrical stimulation.
_WITHOUT_ES = ("97810", "97811")
_WITH_ES = ("97813", "97814")
SERVICE_DESCRIPTIONS: dict[str, str] = {
    "97810": "Acupuncture without electrical stimulation, initial 15 minutes",
    "97811": "Acupuncture without electrical stimulation, each additional 15 minutes",
    "97813": "Acupuncture with electrical stimulation, initial 15 minutes",
    "97814": "Acupuncture with electrical stimulation, each additional 15 minutes",
}


@dataclass(frozen=True, slots=True)
class ServiceCode:
    """One CPT code billed for a session, with its units."""

    code: str
    units: int

    @property
    def description(self) -> str:
        return SERVICE_DESCRIPTIONS[self.code]


def diagnosis_description(code: str) -> str:
    """The description of one of :data:`DIAGNOSIS_CODES`; "" for any other code."""
    return dict(DIAGNOSIS_CODES).get(code, "")


def is_diagnosis_code(code: str) -> bool:
    return code in dict(DIAGNOSIS_CODES)


def additional_units(duration_minutes: int | None) -> int:
    """Units of the additional code after the initial 15 minutes (see the module's rule)."""
    if duration_minutes is None or duration_minutes <= UNIT_MINUTES:
        return 0
    full, rest = divmod(duration_minutes - UNIT_MINUTES, UNIT_MINUTES)
    return full + (1 if rest >= UNIT_THRESHOLD_MINUTES else 0)


def service_codes(duration_minutes: int | None, electrical: bool) -> tuple[ServiceCode, ...]:
    """The CPT codes and units of one session: its initial code (1 unit) and, when it
    lasted long enough, the additional code with its units."""
    initial, additional = _WITH_ES if electrical else _WITHOUT_ES
    codes = [ServiceCode(initial, 1)]
    units = additional_units(duration_minutes)
    if units:
        codes.append(ServiceCode(additional, units))
    return tuple(codes)
