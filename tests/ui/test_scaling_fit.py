"""The scaling audit of issue 24: every window of :mod:`tests.ui.window_catalog` at 1366×768
and 1920×1080 with ``QT_SCALE_FACTOR`` 1, 1.25, 1.5 and 2, sized to the screen; every
shown, enabled control lies inside the screen and is not covered, or lies in a scroll area
that can scroll to it.

Qt reads the scale factor and the screens when the application starts, so each factor runs
:mod:`tests.ui.fit_probe` in a subprocess (two at a time; each probe has both screens and
opens each window once), on a copy of one demo clinic written here. Findings that exist
today are listed in ``tests/ui/audit_known.py`` (``KNOWN_CLIPPED``, as ``control @
1366x768 x1.25``): a new one fails, and so does a listed one that no longer occurs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QFrame, QLineEdit, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.audit_known import KNOWN_CLIPPED
from tests.ui.fit_probe import clipped
from tests.ui.window_catalog import WINDOWS, build_clinic

SCREENS = ("1366x768", "1920x1080")
SCALES = ("1", "1.25", "1.5", "2")
PROBE = Path(__file__).with_name("fit_probe.py")
ROOT = PROBE.parents[2]


def finding(control: str, screen: str, scale: str) -> str:
    return f"{control} @ {screen} x{scale}"


def probe(clinic: Path, folder: Path, scale: str) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, str(PROBE), str(clinic), str(folder), ",".join(SCREENS), scale],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    result: dict[str, object] = json.loads(done.stdout)
    return result


def clipped_everywhere(tmp_path: Path) -> tuple[dict[str, set[str]], list[str]]:
    clinic = tmp_path / "clinic.sqlite3"
    build_clinic(clinic)
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda scale: probe(clinic, tmp_path / scale, scale), SCALES))
    found: dict[str, set[str]] = {}
    crashes: list[str] = []
    for scale, result in zip(SCALES, results, strict=True):
        findings = result["findings"]
        assert isinstance(findings, dict)
        assert set(findings) == set(WINDOWS), set(WINDOWS) ^ set(findings)
        for window, by_screen in findings.items():
            for screen, controls in by_screen.items():
                for control in controls:
                    found.setdefault(window, set()).add(finding(control, screen, scale))
        crashes += [str(report) for report in result["crashes"]]  # type: ignore[attr-defined]
    return found, crashes


@pytest.mark.slow
def test_every_control_fits_or_scrolls_at_every_scale(tmp_path: Path) -> None:
    found, crashes = clipped_everywhere(tmp_path)
    assert not crashes, "\n\n".join(crashes)
    problems = []
    for window in WINDOWS:
        now, known = found.get(window, set()), KNOWN_CLIPPED.get(window, set())
        problems += [f"NEW clipped in {window!r}: {c}" for c in sorted(now - known)]
        problems += [
            f"FIXED clipped in {window!r} (delete it from audit_known.py): {c}"
            for c in sorted(known - now)
        ]
    assert not problems, "\n".join(problems)


def test_the_known_clipped_windows_are_in_the_catalog() -> None:
    assert set(KNOWN_CLIPPED) <= set(WINDOWS), set(KNOWN_CLIPPED) - set(WINDOWS)


def test_the_probe_finds_a_control_cut_off_and_passes_one_that_scrolls(qtbot: QtBot) -> None:
    """The probe itself: a button past the screen's edge, and one covered by a sibling,
    are clipped; a field far down a scroll area is not (it scrolls)."""
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(0, 0, 400, 300)
    past_edge = QPushButton("Sign", window)
    past_edge.setGeometry(350, 10, 100, 30)  # its right half is beyond x = 400
    covered = QPushButton("Finish", window)
    covered.setGeometry(10, 10, 80, 30)
    cover = QFrame(window)
    cover.setGeometry(0, 0, 120, 60)  # created later: drawn over the button
    cover.setAutoFillBackground(True)
    area = QScrollArea(window)
    area.setGeometry(10, 100, 200, 150)
    page = QWidget()
    page.setMinimumSize(180, 1000)
    far_down = QLineEdit(page)
    far_down.setGeometry(10, 900, 150, 24)
    area.setWidget(page)
    window.show()
    qtbot.waitExposed(window)
    screen = QRect(0, 0, 400, 300)
    assert clipped(past_edge, window, screen)
    assert clipped(covered, window, screen)
    assert not clipped(far_down, window, screen)
    assert not clipped(area, window, screen)
