"""The GUI figures, in a process of their own (offscreen): keystroke to list updated, and
opening a patient's overview in the main window.

    python -m bench.gui_probe --database URL --patient ID --typing JSON --repeats N

Keys are sent as key events to the search box, as QTest (which qtbot drives) does.
Each sample runs from the key press to the patient table repainted with its first
page: the search that the 150 ms typing pause (``SEARCH_DEBOUNCE_MS``, deliberate)
would start is run at once, and the table's viewport is repainted synchronously. Prints
the samples as one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from bench.clinic import actor
from planner.app import build_main_window
from planner.services.accounts import AccountService
from planner.services.audit import AuditTrail
from planner.storage.database import open_database
from planner.ui.prompts import Prompts
from planner.ui.settings import UiSettings


def type_key(widget: QWidget, char: str) -> None:
    """One key press and release typing ``char`` (QTest's key clicks only know ASCII)."""
    key = Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", required=True)
    parser.add_argument("--patient", type=int, required=True)
    parser.add_argument("--typing", required=True, help="JSON: {kind: [text, …]}")
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    typing: dict[str, list[str]] = json.loads(args.typing)

    app = QApplication(sys.argv[:1])
    db, _ = open_database(args.database)
    audit = AuditTrail()
    home = Path(tempfile.mkdtemp(prefix="acuplanner-bench-"))
    window = build_main_window(
        db,
        UiSettings(home / "settings.ini"),
        Prompts(),
        actor(db, "practitioner"),
        accounts=AccountService(db, audit),
        audit=audit,
    )
    window.resize(1366, 768)
    window.show()
    QTest.qWaitForWindowExposed(window)
    app.processEvents()
    patients = window.patient_list
    box, viewport = patients.search_box, patients.table.viewport()

    def clear() -> None:
        box.clear()
        patients.apply_search_now()
        app.processEvents()

    keystrokes: dict[str, list[float]] = {}
    for kind, texts in typing.items():
        samples: list[float] = []
        for _ in range(args.repeats):
            for text in texts:
                clear()
                for char in text:
                    start = time.perf_counter()
                    type_key(box, char)
                    patients.apply_search_now()
                    viewport.repaint()
                    samples.append((time.perf_counter() - start) * 1000)
                    app.processEvents()
        keystrokes[kind] = samples
    clear()

    opening: list[float] = []
    overview = window.overview
    for n in range(args.runs + 2):
        start = time.perf_counter()
        window.open_patient(args.patient)
        app.processEvents()  # layout of the new labels
        overview.repaint()
        elapsed = (time.perf_counter() - start) * 1000
        if n >= 2:  # two warm-up opens
            opening.append(elapsed)
        # What the event loop does next, untimed: widgets the open let go of are deleted
        # (processEvents() alone never runs deleteLater() outside a running loop).
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    sessions = sum(len(c.sessions) for c in window.overview._current.courses)
    window.close()
    db.dispose()
    print(json.dumps({"keystrokes": keystrokes, "open": opening, "sessions": sessions}))


if __name__ == "__main__":
    main()
