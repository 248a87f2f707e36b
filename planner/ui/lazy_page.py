"""A page whose widget is built the first time it is shown (issue 20: no frozen window).

A main-window page the user may never open (a practitioner's appointment book, behind
its tab) costs the sign-in nothing: :class:`LazyPage` stands in its place, empty, and
builds the real widget in the first show event — when the user opens the tab — or when
:meth:`LazyPage.widget` is asked for it first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    """Holds the widget ``build`` makes, made when this page is first shown."""

    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build: Callable[[], QWidget] | None = build
        self._widget: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._widget is not None

    def widget(self) -> QWidget:
        """The page's widget, built now if it was not yet."""
        if self._widget is None:
            assert self._build is not None
            build, self._build = self._build, None
            self._widget = build()
            self._layout.addWidget(self._widget)
            self._widget.show()  # now, not on the next turn: it is asked for at once
            self.setFocusProxy(self._widget)
        return self._widget

    def showEvent(self, event: QShowEvent) -> None:
        if self._widget is None:
            self.widget()
        super().showEvent(event)
