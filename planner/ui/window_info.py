"""What the main window shows about itself, kept apart from its wiring.

:class:`WindowInfo` holds the plain facts ``app.py`` gives the window (version, clinic,
the open database); :func:`about_html` is the text of Help > About; :func:`place_on_first_run`
sizes and centres the window when no size was remembered yet; :func:`status_labels` are
who is signed in and which database is open. The words use the
``MainWindow`` translation context, as when they lived in the window.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from planner.domain.i18n import translate
from planner.services.actor import Actor
from planner.ui.labels import roles_text

DEFAULT_SIZE = QSize(1400, 900)


@dataclass(frozen=True, slots=True)
class WindowInfo:
    """Plain facts the window shows: version, clinic and the open database."""

    version: str
    clinic_name: str
    is_demo: bool
    backend: str  # "SQLite" or "PostgreSQL"
    location: str  # the SQLite file, or host/database
    display_url: str  # the URL with any password hidden


def about_html(info: WindowInfo, clinic_name: str) -> str:
    rows = [
        (translate("MainWindow", "Version"), info.version),
        (
            translate("MainWindow", "Clinic"),
            clinic_name or translate("MainWindow", "(not set up yet)"),
        ),
        (translate("MainWindow", "Database"), info.backend),
        (translate("MainWindow", "Address"), info.display_url),
    ]
    table = "".join(
        f"<tr><td><b>{html.escape(k)}</b>&nbsp;&nbsp;</td><td>{html.escape(v)}</td></tr>"
        for k, v in rows
    )
    tagline = translate(
        "MainWindow", "Session planner and clinical record for acupuncturists treating back pain."
    )
    return f"<h3>AcuPlanner</h3><p>{html.escape(tagline)}</p><table>{table}</table>"


def status_labels(actor: Actor, info: WindowInfo) -> tuple[QLabel, QLabel]:
    """Who is signed in, and which database is open (the status bar's left side)."""
    user = QLabel(
        translate("MainWindow", "Signed in as {name} ({roles})").format(
            name=actor.full_name or actor.username, roles=roles_text(actor.roles)
        )
    )
    user.setContentsMargins(4, 0, 24, 0)
    database = QLabel(
        translate("MainWindow", "Database: {backend} — {location}").format(
            backend=info.backend, location=info.location
        )
    )
    for label in (user, database):
        label.setTextFormat(Qt.TextFormat.PlainText)
    return user, database


def place_on_first_run(window: QWidget) -> None:
    """The default size (smaller on a small screen), centred on the screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(DEFAULT_SIZE)
        return
    available = screen.availableGeometry()
    size = DEFAULT_SIZE.boundedTo(
        QSize(available.width() * 95 // 100, available.height() * 92 // 100)
    )
    window.resize(size)
    window.move(available.center() - window.rect().center())
