"""The intake window at 125 % on 1366×768 and at 200 % on 1920×1080 (issue 24).

``QT_SCALE_FACTOR`` is read when the application starts, so each case runs in a fresh
process on an offscreen screen of that size: the window fits the screen, the form
scrolls (up and down only), and Save and Close lie inside the window and the screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.storage.database import Database
from tests.helpers.factories import add_patient

_CHILD = """
import json, sys
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication
app = QApplication([])
from planner.storage.database import open_database
from planner.ui.intake.presenter import IntakePresenter
from planner.ui.intake.window import IntakeWindow
from tests.ui.form_fakes import FakeQuestions
from tests.ui.test_intake_window import TODAY, service
database, _ = open_database(sys.argv[1])
patient = int(sys.argv[2])
presenter = IntakePresenter(service(database), FakeQuestions(), patient, today=lambda: TODAY)
window = IntakeWindow(presenter, "Test Patient")
window.show()
for _ in range(20):
    app.processEvents()
screen = app.primaryScreen().availableGeometry()
inside = window.rect()
def place(button):
    return QRect(button.mapTo(window, QPoint(0, 0)), button.size())
result = {
    "screen": [screen.width(), screen.height()],
    "window": [window.width(), window.height()],
    "frame_in_screen": screen.contains(window.frameGeometry()),
    "buttons_inside": all(
        button.isVisible() and inside.contains(place(button))
        for button in (window.save_button, window.close_button)
    ),
    "scrolls": window.editor.scroll.verticalScrollBar().maximum() > 0,
    "sideways": window.editor.scroll.horizontalScrollBar().maximum(),
    "frame": window.frameGeometry().getRect(),
}
print(json.dumps(result))
database.dispose()
"""


@pytest.mark.parametrize(
    ("scale", "width", "height"), [("1.25", 1366, 768), ("2", 1920, 1080), ("1.5", 1920, 1080)]
)
def test_save_and_close_stay_in_view_when_the_screen_is_scaled(
    sqlite_db: Database, tmp_path: Path, scale: str, width: int, height: int
) -> None:
    patient = add_patient(sqlite_db)
    config = tmp_path / "screen.json"
    screen = {"name": "clinic", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
    }
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(sqlite_db.url.database), str(patient)],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    expected = [round(width / float(scale)), round(height / float(scale))]
    assert result["screen"] == expected, result
    assert result["frame_in_screen"] and result["buttons_inside"], json.dumps(result)
    assert result["scrolls"], result
    assert result["sideways"] == 0, result  # the complaint's outline goes under it instead
