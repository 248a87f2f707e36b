"""The medications box of the intake: one medication per line, and lines that name a blood
thinner highlighted (:class:`MedicationsEdit`, built on the shared
:class:`~planner.ui.widgets.inputs.TextArea`)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QWidget

from planner.domain.medications import blood_thinners_in
from planner.ui.style import CAUTION_BACKGROUND
from planner.ui.widgets.inputs import TextArea

THINNER_BACKGROUND = QColor(CAUTION_BACKGROUND)


class BloodThinnerHighlighter(QSyntaxHighlighter):
    """Paints medication lines that name a blood thinner."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._format = QTextCharFormat()
        self._format.setBackground(THINNER_BACKGROUND)
        self._format.setFontWeight(600)

    def highlightBlock(self, text: str) -> None:
        if blood_thinners_in([text]):
            self.setFormat(0, len(text), self._format)


class MedicationsEdit(TextArea):
    """One medication or supplement per line, as the patient reports it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(4, parent)
        self.setPlaceholderText(self.tr("One per line, e.g. Eliquis 5 mg twice daily"))
        self.highlighter = BloodThinnerHighlighter(self.document())
