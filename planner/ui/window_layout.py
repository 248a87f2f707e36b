"""The main window's size and splitter, put back as they were left (or placed afresh)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QSplitter

from planner.ui.help.geometry import fits_screens
from planner.ui.settings import UiSettings
from planner.ui.window_info import place_on_first_run


def restore_layout(window: QMainWindow, splitter: QSplitter, settings: UiSettings) -> None:
    restored = window.restoreGeometry(settings.main_window_geometry)
    if not restored or not fits_screens(window.frameGeometry()):
        place_on_first_run(window)  # first run, or saved on a bigger or less scaled screen
    if not splitter.restoreState(settings.main_window_splitter):
        width = window.width()
        splitter.setSizes([width * 11 // 20, width * 9 // 20])
