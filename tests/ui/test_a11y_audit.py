"""The screen-reader audit of issue 24 over every window of :mod:`tests.ui.window_catalog`:
every shown, enabled control has a usable accessible name through Qt's accessibility
interface (not empty, not only a symbol, a combo box not only its value; check boxes of
one window do not share a name), and every Yes/No question tells its answer (a radio
button, check box or combo box role with a state or value).

Findings that exist today are listed in ``tests/ui/audit_known.py``: a new finding fails,
and so does a listed one that no longer occurs (delete its line when it is fixed).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.audit_kit import a11y_findings
from tests.ui.audit_known import KNOWN_UNNAMED, KNOWN_UNREAD_ANSWERS
from tests.ui.journey_kit import Journey, demo_db, journey
from tests.ui.window_catalog import WINDOWS, forget, open_window

__all__ = ["demo_db", "journey"]  # the fixtures, used by name


def compare(kind: str, window: str, found: dict[str, str], known: set[str]) -> list[str]:
    new = [f"NEW {kind} in {window!r}: {d} ({why})" for d, why in found.items() if d not in known]
    gone = [
        f"FIXED {kind} in {window!r} (delete it from audit_known.py): {d}"
        for d in sorted(known - set(found))
    ]
    return new + gone


@pytest.mark.parametrize("name", list(WINDOWS))
def test_every_control_has_a_usable_accessible_name(
    qtbot: QtBot, journey: Journey, name: str
) -> None:
    try:
        window = open_window(journey, name)
        unnamed, unread = a11y_findings(window)
    finally:
        forget(journey)
    journey.no_crash()
    problems = compare("unnamed control", name, unnamed, KNOWN_UNNAMED.get(name, set()))
    problems += compare("unread answer", name, unread, KNOWN_UNREAD_ANSWERS.get(name, set()))
    assert not problems, "\n".join(problems)


def test_the_known_findings_name_windows_of_the_catalog() -> None:
    for known in (KNOWN_UNNAMED, KNOWN_UNREAD_ANSWERS):
        assert set(known) <= set(WINDOWS), set(known) - set(WINDOWS)


def test_the_audit_catches_what_a_screen_reader_cannot_use(qtbot: QtBot) -> None:
    """The audit itself: a symbol-only button, an unnamed field, a combo box that reads
    only its value and two check boxes of one name are found; named ones pass."""
    window = QDialog()
    qtbot.addWidget(window)
    form = QFormLayout(window)
    close = QPushButton("✕")
    bare = QLineEdit()
    value_only = QComboBox()
    value_only.addItems(["Morning", "Afternoon"])
    labelled = QComboBox()
    labelled.addItems(["Cash", "Card"])
    named = QPushButton("✕")
    named.setAccessibleName("Remove the point")
    form.addRow(close)
    form.addRow(bare)
    form.addRow(value_only)
    form.addRow("&Method", labelled)
    form.addRow(named)
    form.addRow(QCheckBox("Read and acknowledged"))
    form.addRow(QCheckBox("Read and acknowledged"))
    window.show()
    qtbot.waitExposed(window)
    unnamed, unread = a11y_findings(window)
    assert unnamed == {
        "QPushButton '✕'": "only a symbol: '✕'",
        "QLineEdit": "no name",
        "QComboBox": "a combo box named only by its value",
        "QCheckBox named 'Read and acknowledged' shared": "2 check boxes",
    }
    assert unread == {}
