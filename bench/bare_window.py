"""The yardstick for start-up time and memory: a bare PySide6 window process.

It does what ``acuplanner --smoke-test`` does minus AcuPlanner: start Python, import
QtWidgets, show a main window with a table in it, and exit just after the first paint.

    python bench/bare_window.py
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableView()
    window.setCentralWidget(table)
    window.resize(1366, 768)
    probe = _FirstPaint()
    table.viewport().installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
