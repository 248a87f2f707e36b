"""The scaling probe of issue 24, run in a subprocess per screen and scale factor (Qt reads
``QT_SCALE_FACTOR`` and the screen once, when the application starts):

    python tests/ui/fit_probe.py CLINIC.sqlite3 WORK_FOLDER 1366x768,1920x1080 1.25 [WINDOW…]

It starts Qt offscreen with one screen of each size (the offscreen platform's
``configfile``, side by side, no task bar), opens every window of
:mod:`tests.ui.window_catalog` (or the ones named) on a copy of the clinic, lets the
application place it as it does on a real screen, then sizes it to the screen's available
area (Qt keeps a window at least at its minimum size), once on each screen, and prints
JSON: ``{"findings": {window: {screen: [control, …]}}, "seconds": {window: s}, "crashes":
[…]}``.

A control is clipped when part of it is outside the screen, or covered or cut off by
another widget or by its parents (:meth:`QWidget.visibleRegion`), unless what is missing
lies in a scroll area's viewport that can scroll to it.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

TOLERANCE = 2  # pixels of a control that may be lost at an edge (frames, rounding)


def _screen_config(folder: Path, sizes: list[tuple[int, int]]) -> str:
    """One offscreen screen of each size, side by side (the first is the primary)."""
    screens, x = [], 0
    for index, (width, height) in enumerate(sizes):
        screens.append(
            {
                "name": f"probe-{index}",
                "x": x,
                "y": 0,
                "width": width,
                "height": height,
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
        )
        x += width
    path = folder / "screens.json"
    path.write_text(json.dumps({"screens": screens, "windowFrameMargins": False}))
    return str(path)


def _scroller(viewport: QWidget) -> QAbstractScrollArea | None:
    parent = viewport.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is viewport:
        return parent
    return None


def _rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _can_scroll(area: QAbstractScrollArea, needed: QRect, viewport: QRect) -> bool:
    """The scroll area can bring ``needed`` (window coordinates) into its viewport."""
    off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    across = needed.left() < viewport.left() or needed.right() > viewport.right()
    down = needed.top() < viewport.top() or needed.bottom() > viewport.bottom()
    no_across = area.horizontalScrollBarPolicy() == off or area.horizontalScrollBar().maximum() == 0
    no_down = area.verticalScrollBarPolicy() == off or area.verticalScrollBar().maximum() == 0
    return not (across and no_across) and not (down and no_down)


def _unobscured(widget: QWidget, window: QWidget) -> QRegion:
    """The part of ``widget`` (window coordinates) not cut off by its parents nor covered
    by widgets outside it: its own visible region and its descendants' (Qt leaves out of
    a widget's region what its own children cover)."""
    seen = QRegion()
    for part in [widget, *widget.findChildren(QWidget)]:
        if part is widget or (part.isVisible() and part.window() is window):
            seen = seen.united(part.visibleRegion().translated(part.mapTo(window, QPoint(0, 0))))
    return seen


def clipped(widget: QWidget, window: QWidget, screen: QRect) -> bool:
    """Part of ``widget`` a person cannot see or scroll to (see the module's note)."""
    rect = _rect_in(widget, window)
    # Scroll areas between the control and the window: the part of the control outside a
    # viewport that can scroll to it counts as reachable; the viewport stands in for it.
    target: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = _scroller(parent)
        if area is not None:
            viewport = _rect_in(parent, window)
            if not viewport.contains(rect):
                if not _can_scroll(area, rect, viewport):
                    return True
                shown = rect.intersected(viewport)  # what shows now, or where it would
                rect = shown if not shown.isEmpty() else QRect(viewport.topLeft(), rect.size())
                rect = rect.intersected(viewport)
                target = parent
        parent = parent.parentWidget()
    seen = _unobscured(target, window)
    seen = seen.intersected(QRegion(screen.translated(-window.geometry().topLeft())))
    missing = QRegion(rect.adjusted(TOLERANCE, TOLERANCE, -TOLERANCE, -TOLERANCE)).subtracted(seen)
    return not missing.isEmpty()


def main(argv: list[str]) -> int:
    source, folder, screens, scale = argv[:4]
    names = argv[4:]
    sizes = [tuple(int(n) for n in size.split("x")) for size in screens.split(",")]
    work = Path(folder)
    work.mkdir(parents=True, exist_ok=True)
    os.environ["QT_SCALE_FACTOR"] = scale
    platform = f"offscreen:configfile={_screen_config(work, sizes)}"  # type: ignore[arg-type]
    os.environ["QT_QPA_PLATFORM"] = platform
    app = QApplication(["fit_probe", "-platform", platform])
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

    from planner.storage.database import open_database
    from tests.ui.audit_kit import describe_all, interactive_controls
    from tests.ui.window_catalog import WINDOWS, forget, open_window, settle, start_journey

    database = work / "clinic.sqlite3"
    shutil.copyfile(source, database)
    db, _ = open_database(str(database))
    journey = start_journey(db, work / "journey")
    findings: dict[str, dict[str, list[str]]] = {}
    seconds: dict[str, float] = {}
    try:
        for name in names or list(WINDOWS):
            began = time.perf_counter()
            window = open_window(journey, name)
            findings[name] = {}
            for size, screen in zip(screens.split(","), app.screens(), strict=True):
                area = screen.availableGeometry()
                window.move(area.topLeft())
                window.resize(area.size())
                settle()
                controls = interactive_controls(window)
                described = describe_all(controls, window)
                findings[name][size] = sorted(
                    described[w] for w in controls if clipped(w, window, area)
                )
            seconds[name] = round(time.perf_counter() - began, 3)
    finally:
        forget(journey)
        journey.close()
        db.dispose()
    crashes = [report.text()[:2000] for report in journey.crashes]
    json.dump({"findings": findings, "seconds": seconds, "crashes": crashes}, sys.stdout)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
