"""Preferences kept between runs: one typed wrapper over QSettings.

The file is an INI file at :attr:`planner.config.AppPaths.settings_file`. Each key is
declared once, below, with its type and default; the rest of the UI reads and writes
properties, never key strings. Clinic data lives in the database, not here. A window's
place (:data:`WINDOW_PLACE`) is one key per window, named after the window.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QRect, QSettings

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class SettingKey(Generic[T]):
    """One preference: where it is stored, its type and its value when never saved."""

    name: str
    kind: type[T]
    default: T

    def named(self, name: str) -> SettingKey[T]:
        """This key for one of many things (a window): ``{}`` in the name filled in."""
        return SettingKey(self.name.format(name), self.kind, self.default)


MAIN_WINDOW_GEOMETRY = SettingKey("main_window/geometry", QByteArray, QByteArray())
MAIN_WINDOW_SPLITTER = SettingKey("main_window/splitter_state", QByteArray, QByteArray())
PRIVACY_MODE = SettingKey("view/privacy_mode", bool, False)
SAVE_FOLDER = SettingKey("documents/save_folder", str, "")  # the folder last saved to
WINDOW_PLACE = SettingKey("windows/{}/geometry", QRect, QRect())  # size and position
DATE_FORMAT = SettingKey("view/date_format", str, "iso")  # "iso" or "locale": formats.py
LANGUAGE = SettingKey("view/language", str, "")  # "" (the system's), "en", "fr"
DATE_FORMATS = ("iso", "locale")


class UiSettings:
    """Typed access to the user's preferences file."""

    def __init__(self, path: Path) -> None:
        self._path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # preferences are a comfort: never stop the app for them
            log.warning("cannot create the settings folder: %s", exc.strerror or exc)
        self._store = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def path(self) -> Path:
        return self._path

    @property
    def main_window_geometry(self) -> QByteArray:
        return self._get(MAIN_WINDOW_GEOMETRY)

    @main_window_geometry.setter
    def main_window_geometry(self, value: QByteArray) -> None:
        self._set(MAIN_WINDOW_GEOMETRY, value)

    @property
    def main_window_splitter(self) -> QByteArray:
        return self._get(MAIN_WINDOW_SPLITTER)

    @main_window_splitter.setter
    def main_window_splitter(self, value: QByteArray) -> None:
        self._set(MAIN_WINDOW_SPLITTER, value)

    @property
    def privacy_mode(self) -> bool:
        """Patients shown as "Zoë O." on a screen patients can see."""
        return self._get(PRIVACY_MODE)

    @privacy_mode.setter
    def privacy_mode(self, value: bool) -> None:
        self._set(PRIVACY_MODE, value)

    @property
    def save_folder(self) -> Path | None:
        """The folder a document was last saved to (None: never, or it is gone)."""
        text = self._get(SAVE_FOLDER)
        return Path(text) if text else None

    @save_folder.setter
    def save_folder(self, value: Path | None) -> None:
        self._set(SAVE_FOLDER, str(value) if value is not None else "")  # None: forget it

    def window_place(self, window: str) -> QRect | None:
        """Where ``window`` (an object or class name) was last, inside its frame; None: never
        remembered."""
        rect = self._get(WINDOW_PLACE.named(window))
        return rect if rect.isValid() else None

    def set_window_place(self, window: str, rect: QRect) -> None:
        self._set(WINDOW_PLACE.named(window), rect)

    @property
    def date_format(self) -> str:
        """ "iso" (2026-12-08) or "locale" (the language's own date, ``8 déc. 2026``): how
        :mod:`planner.formats` writes dates and times on the screens."""
        value = self._get(DATE_FORMAT)
        return value if value in DATE_FORMATS else DATE_FORMAT.default

    @date_format.setter
    def date_format(self, value: str) -> None:
        if value not in DATE_FORMATS:
            raise ValueError(value)
        self._set(DATE_FORMAT, value)

    @property
    def language(self) -> str:
        """The language asked for ("" follows the system); read at start by
        :func:`planner.ui.i18n.start_language`."""
        return self._get(LANGUAGE)

    @language.setter
    def language(self, value: str) -> None:
        self._set(LANGUAGE, value)

    def sync(self) -> bool:
        """Write pending changes to disk; False (and a log line) when that failed."""
        self._store.sync()
        status = self._store.status()
        if status != QSettings.Status.NoError:
            log.warning("could not save settings (%s)", status.name)
            return False
        return True

    def _get(self, key: SettingKey[T]) -> T:
        value = self._store.value(key.name, key.default, type=key.kind)
        return value if isinstance(value, key.kind) else key.default

    def _set(self, key: SettingKey[T], value: T) -> None:
        self._store.setValue(key.name, value)
