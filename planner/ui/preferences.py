"""File ▸ Preferences…: this computer's user's own choices, kept in the settings file.

The documents folder is where Save as… opens (and it moves to the folder a document was
last saved in, as before); the date format (ISO 8601, or the language's own date with
the month spelled: :mod:`planner.formats`) applies at once, on OK; the language (the
system's, English or French) the next time AcuPlanner starts, when :mod:`planner.ui.i18n`
installs the translations. An administrator also gets a button to the clinic's settings
(appointment lengths, opening hours, late-cancellation notice), which are the clinic's,
in the database, not one person's. :class:`Preferences` and :func:`read_preferences` /
:func:`save_preferences` are plain and tested without the dialog.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner import formats
from planner.domain.i18n import QT_TRANSLATE_NOOP, translate
from planner.ui.settings import UiSettings

FolderChooser = Callable[[QWidget, Path | None], Path | None]
LANGUAGES = (
    ("", QT_TRANSLATE_NOOP("PreferencesDialog", "System language")),
    ("en", QT_TRANSLATE_NOOP("PreferencesDialog", "English")),
    ("fr", QT_TRANSLATE_NOOP("PreferencesDialog", "Français")),
)


@dataclass(frozen=True, slots=True)
class Preferences:
    documents_folder: Path | None  # None: the system's Documents folder
    date_format: str  # "iso" or "locale"
    language: str  # "" (the system's), "en", "fr"


def read_preferences(settings: UiSettings) -> Preferences:
    return Preferences(settings.save_folder, settings.date_format, settings.language)


def save_preferences(settings: UiSettings, preferences: Preferences) -> bool:
    """Write them to the settings file; False when it could not be written."""
    settings.save_folder = preferences.documents_folder
    settings.date_format = preferences.date_format
    settings.language = preferences.language
    return settings.sync()


def choose_folder(parent: QWidget, start: Path | None) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(
        parent, translate("PreferencesDialog", "Documents folder"), str(start or Path.home())
    )
    return Path(chosen) if chosen else None


class PreferencesDialog(QDialog):
    """The preferences form; OK saves (a folder that does not exist is refused)."""

    def __init__(
        self,
        settings: UiSettings,
        *,
        clinic_settings: Callable[[], object] | None = None,
        choose: FolderChooser = choose_folder,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        self._settings, self._choose = settings, choose
        current = read_preferences(settings)
        self.folder_box = QLineEdit(str(current.documents_folder or ""))
        self.folder_box.setAccessibleName(translate("PreferencesDialog", "Documents folder"))
        self.folder_box.setPlaceholderText(translate("PreferencesDialog", "Your Documents folder"))
        self.folder_box.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)
        self.browse_button = QPushButton(translate("PreferencesDialog", "&Browse…"))
        self.browse_button.setAccessibleName(
            translate("PreferencesDialog", "Choose the documents folder")
        )
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_box, 1)
        folder_row.addWidget(self.browse_button)
        day = today()
        self.date_format_box = QComboBox()
        self.date_format_box.setAccessibleName(translate("PreferencesDialog", "Date format"))
        iso = formats.date_text(day, "iso")
        self.date_format_box.addItem(
            translate("PreferencesDialog", "ISO 8601 ({day})").format(day=iso), "iso"
        )
        local = formats.date_text(day, "locale")
        self.date_format_box.addItem(
            translate("PreferencesDialog", "In words ({day})").format(day=local), "locale"
        )
        self.date_format_box.setCurrentIndex(self.date_format_box.findData(current.date_format))
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(translate("PreferencesDialog", "Language"))
        for code, name in LANGUAGES:
            self.language_box.addItem(translate("PreferencesDialog", name), code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(current.language)))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        folder_label = QLabel(translate("PreferencesDialog", "&Documents folder:"))
        folder_label.setBuddy(self.folder_box)
        form = QFormLayout()
        form.addRow(folder_label, folder_row)
        form.addRow(
            "",
            _hint(
                translate(
                    "PreferencesDialog",
                    "Save as… opens here, then in the folder you last saved to.",
                )
            ),
        )
        form.addRow(
            translate("PreferencesDialog", "Date &format:"), self.date_format_box
        )  # each label's buddy: its box
        form.addRow(translate("PreferencesDialog", "&Language:"), self.language_box)
        form.addRow(
            "",
            _hint(
                translate(
                    "PreferencesDialog",
                    "The date format applies at once; the language, the next time "
                    "AcuPlanner starts.",
                )
            ),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.clinic_button: QPushButton | None = None
        if clinic_settings is not None:  # an administrator
            self.clinic_button = QPushButton(translate("PreferencesDialog", "&Clinic settings…"))
            self.clinic_button.setToolTip(
                translate(
                    "PreferencesDialog",
                    "Appointment lengths, opening hours and the clinic's other settings",
                )
            )
            self.clinic_button.clicked.connect(lambda: clinic_settings())
            layout.addWidget(
                _hint(
                    translate(
                        "PreferencesDialog",
                        "Appointment lengths and opening hours are the clinic's settings:",
                    )
                )
            )
            layout.addWidget(self.clinic_button)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def preferences(self) -> Preferences:
        text = self.folder_box.text().strip()
        return Preferences(
            Path(text).expanduser() if text else None,
            self.date_format_box.currentData(),
            self.language_box.currentData(),
        )

    def accept(self) -> None:
        chosen = self.preferences()
        if chosen.documents_folder is not None and not chosen.documents_folder.is_dir():
            self._show_error(
                translate("PreferencesDialog", "There is no folder {path}.").format(
                    path=chosen.documents_folder
                )
            )
            self.folder_box.setFocus()
            return
        if not save_preferences(self._settings, chosen):
            self._show_error(
                translate("PreferencesDialog", "The preferences could not be saved (see the log).")
            )
            return
        formats.configure(formats.current().name, chosen.date_format)  # the screens, at once
        super().accept()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _on_browse_button_clicked(self) -> None:
        text = self.folder_box.text().strip()
        chosen = self._choose(self, Path(text) if text else None)
        if chosen is not None:
            self.folder_box.setText(str(chosen))


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label
