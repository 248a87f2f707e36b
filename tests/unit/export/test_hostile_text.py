"""Hostile strings through every text field of every document: printed as typed,
nothing injected (no markup, no images), nothing raised."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from enum import Enum
from typing import Any

import pytest

from planner.export import RenderedPdf, render_clinical_report, render_receipt, render_take_home
from tests.unit.export import samples
from tests.unit.export.pdf_reading import image_count, squash, text

HOSTILE = (
    '<b>Lee & "Sons"</b> <img src="/etc/hosts"/> <font color="[[[x]]]">&amp; (\\) '
    "<para> ]]> %%EOF #{}"
)
_TOKEN = re.compile(r"#F(\d+)")


def hostile_copy(value: Any, paths: dict[str, str], path: str = "") -> Any:
    """``value`` with every string replaced by HOSTILE carrying a unique token #Fn."""
    if isinstance(value, Enum):
        return value
    if isinstance(value, str):
        token = f"F{len(paths)}"
        paths[path] = token
        return HOSTILE.format(token)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: hostile_copy(getattr(value, f.name), paths, f"{path}.{f.name}".lstrip("."))
            for f in dataclasses.fields(value)
        }
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        return tuple(hostile_copy(v, paths, f"{path}[{i}]") for i, v in enumerate(value))
    if isinstance(value, frozenset) and all(type(v) is str for v in value):
        return frozenset(hostile_copy(v, paths, f"{path}{{}}") for v in sorted(value))
    return value


Renderer = Callable[[Any], RenderedPdf]
CASES: list[tuple[str, Renderer, Any, tuple[str, ...]]] = [
    (
        "take-home",
        render_take_home,
        samples.take_home(),
        ("clinic.name", "clinic.address", "clinic.phone", "patient.full_name", "advice_note"),
    ),
    (
        "receipt",
        render_receipt,
        samples.receipt(3, shown_text="shown"),
        (
            "clinic.name",
            "clinic.email",
            "practitioner.full_name",
            "practitioner.registration_number",
            "patient.full_name",
            "patient.insurance_policy",
            "receipt_number",
            "shown_text",
        ),
    ),
    (
        "clinical report",
        render_clinical_report,
        samples.clinical_report(4),
        (
            "patient.full_name",
            "referral.physician_name",
            "complaint.presenting_complaint",
            "complaint.diagnosis",
            "safety[1].override_reason",
            "plan.rationale",
            "plan.points[0].depth",
            "sessions[1].adverse_events[0].description",
            "sessions[0].electro[0].intensity",
            "reviews[1].note",
            "course.goals",
        ),
    ),
]


@pytest.mark.parametrize(("name", "render", "document", "printed"), CASES)
def test_every_field_prints_as_typed_and_injects_nothing(
    name: str, render: Renderer, document: Any, printed: tuple[str, ...]
) -> None:
    paths: dict[str, str] = {}
    pdf = render(hostile_copy(document, paths))
    found = squash(text(pdf))
    for path in printed:
        assert squash(HOSTILE.format(paths[path])) in found, path
    tokens = set(_TOKEN.findall(found))
    assert tokens, "no field printed at all"
    for token in tokens:
        assert squash(HOSTILE.format(f"F{token}")) in found, token
    assert image_count(pdf) == 0
    assert "<b>" in found  # the tags themselves were printed, not obeyed
    assert not pdf.missing_characters


@pytest.mark.parametrize("length", [0, 1, 1_200])
@pytest.mark.parametrize(("name", "render", "document", "printed"), CASES)
def test_empty_and_long_text_in_every_field_never_raises(
    name: str, render: Renderer, document: Any, printed: tuple[str, ...], length: int
) -> None:
    words = ("Lorem ipsum dolor sit amet " * 60)[:length]
    pdf = render(_fill(document, lambda _path: words))
    assert pdf.data.startswith(b"%PDF") and pdf.data.rstrip().endswith(b"%%EOF")


def test_the_longest_free_texts_without_spaces_still_print() -> None:
    """A row taller than a page: the report is laid out again with rows allowed to break."""
    word = "x" * 4000
    long_fields = {"presenting_complaint", "description", "override_reason", "note"}
    report = _fill(
        samples.clinical_report(3),
        lambda path: word if path.rsplit(".", 1)[-1] in long_fields else None,
    )
    found = squash(text(render_clinical_report(report)))
    assert found.count("x" * 200) >= 4 * (4000 // 200) - 4


def _fill(value: Any, choose: Callable[[str], str | None], path: str = "") -> Any:
    """``value`` with each string replaced by ``choose(path)`` (None keeps it)."""
    if isinstance(value, str) and not isinstance(value, Enum):
        chosen = choose(path)
        return value if chosen is None else chosen
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: _fill(getattr(value, f.name), choose, f"{path}.{f.name}".lstrip("."))
            for f in dataclasses.fields(value)
        }
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        return tuple(_fill(v, choose, f"{path}[{i}]") for i, v in enumerate(value))
    return value


@pytest.mark.parametrize(("name", "render", "document", "printed"), CASES)
def test_no_other_patients_data_anywhere(
    name: str, render: Renderer, document: Any, printed: tuple[str, ...]
) -> None:
    other = dataclasses.replace(
        samples.PATIENT,
        full_name="Ignatius Quarrington",
        chart_number="C-99999",
        insurance_policy="XQ-000",
    )
    mine = squash(text(render(document)))
    theirs = squash(text(render(dataclasses.replace(document, patient=other))))
    for words in ("Quarrington", "C-99999", "XQ-000"):
        assert words not in mine
    assert "Łukasz" not in theirs
