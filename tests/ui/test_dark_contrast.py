"""The contrast audit of issue 24: under a dark palette and the default light one, the
text of the application's own labels — the message bar (shown with a message here), the
review-due card, chips, banners, error and warning labels, hints — keeps WCAG AA contrast
(4.5:1) against what it is drawn on, computed from each label's effective palette once
its style sheets are applied (:func:`tests.ui.audit_kit.text_colours`). Labels of
untouched colours pass by themselves; rich text's own inline colours are not measured.

The palette is the application's before any window is built, as a desktop theme gives it.
Findings that exist today are listed in ``tests/ui/audit_known.py``
(``KNOWN_LOW_CONTRAST``, as ``label [dark]``): a new one fails, and so does a listed one
that no longer occurs.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.audit_kit import contrast_ratio, dark_palette, low_contrast_labels
from tests.ui.audit_known import KNOWN_LOW_CONTRAST
from tests.ui.journey_kit import Journey, demo_db, journey
from tests.ui.window_catalog import WINDOWS, forget, open_window, settle

__all__ = ["demo_db", "journey"]  # the fixtures, used by name

# The windows that draw coloured text of their own (the others use the palette only).
COLOURED = (
    "main window: practitioner, patients",
    "main window: reception, appointments",
    "patient overview",
    "patient overview: review due",
    "intake window",
    "plan editor: region",
    "session window",
    "treatment room",
    "documents window",
    "course review dialog",
    "start course dialog",
    "registration dialog",
    "payment dialog",
    "end of day",
    "clinic progress",
    "admin clinic settings",
    "change password",
    "preferences",
    "user guide",
    "licences and notices",
)
THEMES = ("light", "dark")


@pytest.fixture
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = QPalette(qapp.palette())
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    try:
        yield request.param
    finally:
        qapp.setPalette(before)


def show_messages(window: QWidget) -> None:
    """Each message bar of the window shows a (fictional) problem, as after a refused
    save."""
    for bar in window.findChildren(QWidget, "message_frame"):
        if hasattr(bar, "show_message"):
            bar.show_message("This could not be saved: the audit's example message.")
    settle()


@pytest.mark.parametrize("theme", THEMES, indirect=True)
@pytest.mark.parametrize("name", COLOURED)
def test_coloured_text_keeps_aa_contrast(
    qtbot: QtBot, journey: Journey, theme: str, name: str
) -> None:
    try:
        window = open_window(journey, name)
        show_messages(window)
        found = {f"{label} [{theme}]": why for label, why in low_contrast_labels(window).items()}
    finally:
        forget(journey)
    known = {k for k in KNOWN_LOW_CONTRAST.get(name, set()) if k.endswith(f"[{theme}]")}
    problems = [
        f"NEW low contrast in {name!r}: {d} {why}" for d, why in found.items() if d not in known
    ]
    problems += [
        f"FIXED low contrast in {name!r} (delete it from audit_known.py): {d}"
        for d in sorted(known - set(found))
    ]
    assert not problems, "\n".join(problems)


def test_the_audited_windows_are_in_the_catalog() -> None:
    assert set(COLOURED) <= set(WINDOWS), set(COLOURED) - set(WINDOWS)
    assert set(KNOWN_LOW_CONTRAST) <= set(COLOURED), set(KNOWN_LOW_CONTRAST) - set(COLOURED)


def test_the_contrast_is_measured_as_wcag_says(qtbot: QtBot, qapp: QApplication) -> None:
    """The audit itself: WCAG's own figures, and a dark-red label on a dark window, a
    disabled hint and a light tint under inherited light text are found."""
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast_ratio(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)
    before = QPalette(qapp.palette())
    qapp.setPalette(dark_palette())
    try:
        window = QDialog()
        qtbot.addWidget(window)
        column = QVBoxLayout(window)
        error = QLabel("Error: the dark red of a light theme")
        error.setStyleSheet("color: #b3261e;")
        hint = QLabel("A hint drawn as disabled text")
        hint.setEnabled(False)
        card = QLabel("A card with a light tint")
        card.setStyleSheet("background: #fff3e0;")
        fine = QLabel("Plain text")
        for label in (error, hint, card, fine):
            column.addWidget(label)
        window.show()
        qtbot.waitExposed(window)
        found = low_contrast_labels(window)
    finally:
        qapp.setPalette(before)
    assert sorted(found) == [
        "QLabel 'A card with a light tint'",
        "QLabel 'A hint drawn as disabled text'",
        "QLabel 'Error: the dark red of a light'",
    ], found
