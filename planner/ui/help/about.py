"""Help ▸ About and Help ▸ Licences and notices.

About is the window's own text (version, clinic, database: :func:`about_html`) followed by
the licences — AcuPlanner's own, its libraries' and its fonts', each once — read from
``resources/licences/index.json``
(:mod:`planner.ui.help.notices`). :class:`NoticesDialog` shows every entry with its
version and licence, and the full ``THIRD-PARTY-NOTICES.txt``; "About Qt" is Qt's own.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.i18n import translate
from planner.ui.help.geometry import within_screen
from planner.ui.help.notices import APP, FONT, LIBRARY, Notice, read_index, read_notices
from planner.ui.window_info import about_html

NOTICES_KEY = "notices"


def licences_html(notices: list[Notice]) -> str:
    """Each licence once: the app's, then the libraries' and the fonts' with how many of
    each — short enough for a message box at 200 % on 1366×768. Licences and notices names
    every library and font with its version and licence."""
    lines = []
    for kind, label in (
        (APP, translate("AboutDialog", "AcuPlanner")),
        (LIBRARY, translate("AboutDialog", "{count} libraries")),
        (FONT, translate("AboutDialog", "{count} font families")),
    ):
        pieces = [n for n in notices if n.kind == kind]
        licences = ", ".join(dict.fromkeys(n.licence for n in pieces))
        name = html.escape(label.format(count=len(pieces)))
        lines.append(f"<b>{name}</b>: {html.escape(licences)}")
    more = translate(
        "AboutDialog", "Help ▸ Licences and notices… lists each library and font with its licence."
    )
    heading = html.escape(translate("AboutDialog", "Licences"))
    return f"<h4>{heading}</h4><p>{'<br>'.join(lines)}</p><p>{html.escape(more)}</p>"


def show_about(window: Any, *_: object) -> None:
    """Help ▸ About: the window's facts, then the licences (``window``: the main window)."""
    text = about_html(window._info, window._clinic_name) + licences_html(read_index())
    window.prompts.about(window, translate("AboutDialog", "About AcuPlanner"), text)


def show_notices(window: Any, *_: object) -> None:
    """Help ▸ Licences and notices, one window at a time (closed by a lock like any tool)."""
    if not window.owned.raise_existing(NOTICES_KEY):
        window.owned.show(NOTICES_KEY, NoticesDialog(window))


class NoticesDialog(QDialog):
    """Every piece of AcuPlanner with its version and licence, and the full texts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notices_dialog")
        self.setWindowTitle(translate("AboutDialog", "Licences and notices"))
        notices = read_index()
        self.table = QTableWidget(len(notices), 3)
        self.table.setAccessibleName(
            translate("AboutDialog", "AcuPlanner, its libraries and fonts")
        )
        self.table.setHorizontalHeaderLabels(
            [
                translate("AboutDialog", "Name"),
                translate("AboutDialog", "Version"),
                translate("AboutDialog", "Licence"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.verticalHeader().hide()
        for row, notice in enumerate(notices):
            name = notice.name
            if notice.kind == FONT:
                name = translate("AboutDialog", "{family} (font)").format(family=notice.name)
            elif notice.kind == APP:
                name = translate("AboutDialog", "{name} (this application)").format(
                    name=notice.name
                )
            for column, text in enumerate((name, notice.version, notice.licence)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.text = QPlainTextEdit(read_notices())
        self.text.setReadOnly(True)
        self.text.setAccessibleName(translate("AboutDialog", "Full licence texts"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        label = QLabel(translate("AboutDialog", "Full &texts:"))
        label.setBuddy(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.about_qt_button = QPushButton(translate("AboutDialog", "About &Qt"))
        buttons.addButton(self.about_qt_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.about_qt_button.clicked.connect(self._on_about_qt_button_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addWidget(label)
        layout.addWidget(self.text, 3)
        layout.addWidget(buttons)
        self.resize(within_screen(parent or self, QSize(820, 640)))

    def _on_about_qt_button_clicked(self) -> None:
        QApplication.aboutQt()
