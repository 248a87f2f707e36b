"""The intake form: sections in the order a consultation goes, in one scrolling page.

Thin: it lays out the sections, hands back an :class:`IntakeForm`, shows problems at
their fields and keeps the red-flag banner above the page in step with the answers.
Alt+1 … Alt+8 jump to a section; the page scrolls to whatever field has the focus.

In a wide window (:data:`TWO_COLUMNS_FROM` pixels and more, so at 1366×768) short
sections sit two to a line — pain beside what has been tried, goals beside style — and
in a wider one pain, tried and goals beside the complaint; no section is ever squeezed
below its width (no sideways scrolling). The Tab order follows the page as it reads,
line by line (:meth:`IntakeEditor.reading_order`): with short sections two to a line,
style (8) comes after goals (4), beside which it sits.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QVBoxLayout,
    QWidget,
)

from planner.domain.intake import IntakeDraft
from planner.domain.vocab import Condition
from planner.services.intake import OverrideNote
from planner.ui.forms import FieldErrors
from planner.ui.intake.complaint_section import ComplaintSection
from planner.ui.intake.consent_section import ConsentSection, StyleSection
from planner.ui.intake.form import IntakeForm, RedFlagState
from planner.ui.intake.history_section import HistorySection
from planner.ui.intake.pain_section import GoalsSection, PainSection, TriedSection
from planner.ui.intake.red_flag_section import RedFlagSection
from planner.ui.intake.safety_widgets import SafetyBanner
from planner.ui.widgets.layouts import scrolling

TWO_COLUMNS_FROM = 1100


class IntakeEditor(QWidget):
    changed = Signal()
    """Something was typed, ticked or marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems = FieldErrors()
        p = self.problems
        self.complaint = ComplaintSection(self.tr("&1  Presenting complaint"), p)
        self.pain = PainSection(self.tr("&2  Pain"), p)
        self.tried = TriedSection(self.tr("&3  What has been tried"), p)
        self.goals = GoalsSection(self.tr("&4  Goals"), p)
        self.history = HistorySection(self.tr("&5  Medical history and safety checklist"), p)
        self.red_flags = RedFlagSection(self.tr("&6  Red flags"), p)
        self.consent = ConsentSection(self.tr("&7  Consent"), p)
        self.style = StyleSection(self.tr("&8  Style of acupuncture and TCM findings"), p)
        self._draft_sections = (
            self.complaint,
            self.pain,
            self.tried,
            self.goals,
            self.history,
            self.red_flags,
            self.style,
        )
        self.banner = SafetyBanner()
        self._overrides: tuple[OverrideNote, ...] = ()

        page = QWidget()
        self._grid = QGridLayout(page)
        self._grid.setContentsMargins(8, 8, 8, 16)
        self._grid.setSpacing(8)
        self._sections = (
            self.complaint,
            self.pain,
            self.tried,
            self.goals,
            self.history,
            self.red_flags,
            self.consent,
            self.style,
        )
        for section in self._sections:
            section.changed.connect(self.changed)
        self._wide: str | None = None
        self._tab_sections: list[QWidget] = list(self._sections)  # as created
        self._arrange("one")
        self.scroll = scrolling(page)
        self._page = page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll, 1)

        self.history.changed.connect(self._on_history_changed)
        self.red_flags.red_flags_changed.connect(self._on_red_flags_changed)
        self._on_red_flags_changed(self.red_flags.state())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)

    # --- layout ------------------------------------------------------------------------------

    @property
    def two_columns(self) -> bool:
        return self._wide is not None and self._wide != "one"

    def _arrangement(self, width: int) -> str:
        """ "wide": the complaint beside pain, tried and goals; "pairs": short sections two
        to a line; "one": one column (each only when every section keeps its width)."""
        side = max(s.minimumSizeHint().width() for s in (self.pain, self.tried, self.goals))
        if width >= self.complaint.side_by_side_width + side + 40:
            return "wide"
        return "pairs" if width >= TWO_COLUMNS_FROM else "one"

    def _arrange(self, how: str) -> None:
        """Place the sections in one column, or the short ones beside others."""
        if how == self._wide:
            return
        self._wide = how
        grid = self._grid
        for section in self._sections:
            grid.removeWidget(section)
        top = Qt.AlignmentFlag.AlignTop
        if how == "wide":
            places = [
                (self.complaint, 0, 0, 3, 1),
                (self.pain, 0, 1, 1, 1),
                (self.tried, 1, 1, 1, 1),
                (self.goals, 2, 1, 1, 1),
                (self.history, 3, 0, 1, 2),
                (self.red_flags, 4, 0, 1, 2),
                (self.consent, 5, 0, 1, 1),
                (self.style, 5, 1, 1, 1),
            ]
        elif how == "pairs":
            places = [
                (self.complaint, 0, 0, 1, 2),
                (self.pain, 1, 0, 1, 1),
                (self.tried, 1, 1, 1, 1),
                (self.goals, 2, 0, 1, 1),
                (self.style, 2, 1, 1, 1),
                (self.history, 3, 0, 1, 2),
                (self.red_flags, 4, 0, 1, 2),
                (self.consent, 5, 0, 1, 2),
            ]
        else:
            places = [(section, row, 0, 1, 2) for row, section in enumerate(self._sections)]
        for section, row, column, rows, columns in places:
            grid.addWidget(section, row, column, rows, columns, top)
        last = max(row + rows for _section, row, _column, rows, _columns in places)
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 0)
        grid.setRowStretch(last, 1)  # the sections keep their height in a tall window
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 0 if how == "one" else 1)
        self._order_tabs()

    def reading_order(self) -> list[QWidget]:
        """The sections as the page reads: line by line, left to right."""

        def place(section: QWidget) -> tuple[int, int]:
            row, column, _rows, _columns = self._grid.getItemPosition(self._grid.indexOf(section))
            return row, column

        return sorted(self._sections, key=place)

    def _order_tabs(self) -> None:
        """Tab goes through the sections in :meth:`reading_order`, each in its own order.

        A section put back into the page goes to the end of the page's focus chain with
        everything in it, so the sections are put back in reading order (moving single
        widgets with ``setTabOrder`` would leave each group box behind its fields, where
        its Alt+number no longer finds them)."""
        order = self.reading_order()
        if order == self._tab_sections:
            return
        page = self._grid.parentWidget()
        focused = QApplication.focusWidget()
        for section in order:
            place = self._grid.getItemPosition(self._grid.indexOf(section))
            section.setParent(None)
            section.setParent(page)
            self._grid.addWidget(section, *place, Qt.AlignmentFlag.AlignTop)
            section.show()
        self._tab_sections = order
        if focused is not None and focused.isVisible():
            focused.setFocus(Qt.FocusReason.OtherFocusReason)

    def resizeEvent(self, event: QResizeEvent) -> None:
        width = event.size().width()
        self._arrange(self._arrangement(width))
        # narrower than the complaint needs side by side: its outline goes under it
        self.complaint.set_stacked(width < self.complaint.side_by_side_width + 40)
        super().resizeEvent(event)

    # --- content -----------------------------------------------------------------------------

    def form(self) -> IntakeForm:
        values: dict[str, object] = {}
        for section in self._draft_sections:
            values.update(section.values())
        return IntakeForm(
            draft=replace(IntakeDraft(), **values),  # type: ignore[arg-type]
            intake_date=self.complaint.intake_date_box.text(),
            onset_date=self.complaint.onset_box.text(),
            consents=self.consent.values(),
            clearances=self.red_flags.clearance_texts(),
        )

    def set_form(self, form: IntakeForm) -> None:
        for section in (*self._draft_sections, self.consent):
            section.set_values(form)
        self._on_history_changed()
        self.problems.clear()

    def set_read_only(self, read_only: bool) -> None:
        for section in (*self._draft_sections, self.consent):
            section.set_read_only(read_only)

    def show_problems(self, problems: Mapping[str, str]) -> dict[str, str]:
        """Each problem at its field, the first one focused; returns those without a field."""
        return self.problems.show_all(problems)

    def clear_problems(self) -> None:
        self.problems.clear()

    def focus_first_field(self) -> None:
        self.complaint.complaint_box.setFocus()

    # --- slots -------------------------------------------------------------------------------

    def set_overrides(self, overrides: tuple[OverrideNote, ...]) -> None:
        """Overrides recorded for the patient's courses: shown beside the red flags they
        override while those are answered yes."""
        self._overrides = overrides
        self._on_red_flags_changed(self.red_flags.state())

    def _on_history_changed(self) -> None:
        field = self.history.conditions[Condition.IMMUNOCOMPROMISED]
        self.red_flags.set_immunocompromised(field.value() is True)

    def _on_red_flags_changed(self, state: RedFlagState) -> None:
        notes = [note for note in self._overrides if note.rule in state.rules]
        self.banner.show_red_flags(state.refer, state.emergency, state.messages, notes)

    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self._page.isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, 40, 60)
