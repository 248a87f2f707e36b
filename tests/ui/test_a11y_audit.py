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
