"""The database server's warnings, for an administrator (reliability plan C5).

After an admin signs in on PostgreSQL, a short red link sits in the status bar —
"Database server: 2 warnings" — when the server runs with fsync off, lets logins in
without a password, is reached unencrypted over the network, and so on
(:mod:`planner.storage.server_check`). Its tooltip lists them; a click opens them in a
box that does not block the window. Nothing is shown when all is well, nor to anyone
but an admin: receptionists and practitioners cannot change the server's settings.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from planner.domain.i18n import translate
from planner.ui.style import ERROR_COLOUR, WARNING_STYLE

_STYLE = f"QLabel {{ {WARNING_STYLE} }}"


class ServerNotice(QLabel):
    """The status-bar link; :attr:`details` is the box it opened last (or None)."""

    def __init__(self, warnings: list[str], parent: QWidget | None = None) -> None:
        count = len(warnings)
        title = translate("server_notice", "Database server: %n warning(s)", None, count)
        super().__init__(
            f'<a href="warnings" style="color: {ERROR_COLOUR}">{escape(title)}</a>', parent
        )
        self.setObjectName("server_notice")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.setStyleSheet(_STYLE)
        self.setContentsMargins(4, 0, 4, 0)
        self.setToolTip("\n".join(warnings))
        self.warnings = list(warnings)
        self.details: QMessageBox | None = None
        self.linkActivated.connect(self._on_link_activated)

    def _on_link_activated(self, _link: str) -> None:
        if self.details is not None:
            self.details.raise_()
            self.details.activateWindow()
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("server_notice", "Database server"),
            translate(
                "server_notice", "The database server is not set up to keep the records safe:"
            ),
            QMessageBox.StandardButton.Close,
            self.window(),
        )
        box.setInformativeText("\n\n".join(self.warnings))
        box.setDetailedText(
            translate(
                "server_notice",
                "These are the server's settings, not AcuPlanner's: ask whoever runs the "
                "PostgreSQL server (clinic IT) to change them. 'acuplanner check' lists "
                "them too.",
            )
        )
        box.setModal(False)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.finished.connect(self._on_details_finished)
        self.details = box
        box.show()

    def _on_details_finished(self, _result: int) -> None:
        self.details = None


def show_server_warnings(window: QMainWindow, warnings: list[str]) -> ServerNotice | None:
    """Put the notice in ``window``'s status bar when there is anything to say."""
    if not warnings:
        return None
    notice = ServerNotice(warnings, window)
    window.statusBar().addPermanentWidget(notice)
    return notice
