"""The audible part of a timer's alert: a short system sound.

PySide6-Essentials has no QtMultimedia, so the alert is the platform's own: on Windows
and macOS ``QApplication.beep()`` plays the system alert sound. Many Linux desktops
ignore that bell, so there the freedesktop "complete" sound is played with the sound
server's player when both are installed, the bell otherwise.
"""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

_SOUNDS = (
    Path("/usr/share/sounds/freedesktop/stereo/complete.oga"),
    Path("/usr/share/sounds/freedesktop/stereo/bell.oga"),
)
_PLAYERS = ("pw-play", "paplay")


class AlertSound:
    """Plays the alert; callable, so tests hand the board a recorder instead."""

    def __init__(self) -> None:
        self._command: list[str] | None = None
        if sys.platform.startswith("linux"):
            sound = next((path for path in _SOUNDS if path.is_file()), None)
            player = next((found for name in _PLAYERS if (found := shutil.which(name))), None)
            if sound is not None and player is not None:
                self._command = [player, str(sound)]

    def __call__(self) -> None:
        if self._command is not None:
            program, *arguments = self._command
            started, _pid = QProcess.startDetached(program, arguments)
            if started:
                return
            log.info("alert sound player did not start; using the system bell")
        QApplication.beep()
