"""Issue 24 in the main window's screens, through the real widgets: the message bar, the
review card, the error lines and the hints keep WCAG AA contrast (measured from the
colours the widgets draw with) in light, dark and high-contrast themes, and hints are
enabled text; Clinic progress by keyboard (Enter opens a patient, Tab leaves a list);
Tab in reading order in the main window and the review dialog; the overview and Clinic
progress usable on a small, scaled screen (nothing cut off, every control reachable)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner.domain.errors import PlannerError
from planner.domain.progress import ClinicFilter, ClinicStats
from planner.domain.vocab import ReviewDecision, SessionStatus
from planner.services.actor import Actor
from planner.services.progress import ClinicView, PatientName
from planner.storage.database import Database
from planner.ui.main_window import MainWindow
from planner.ui.patients.overview import PatientOverviewWidget
from planner.ui.progress.clinic import ClinicDialog, ClinicPresenter
from planner.ui.progress.section import ProgressSection
from planner.ui.style import (
    AA_CONTRAST,
    BANNER_STYLE,
    CHIP_COLOURS,
    ERROR_COLOUR,
    contrast,
    error_colour,
    hint_label,
    is_dark,
)
from planner.ui.widgets.message_bar import MessageBar
from tests.ui.conftest import add_patients
from tests.ui.course_fakes import make_clinic
from tests.ui.journey_kit import activate
from tests.ui.test_progress_ui import START, _facts, _progress
from tests.ui.test_room_window_wiring import (  # noqa: F401 (fixtures)
    _add_session,
    ada,
    clock,
    make_window,
    sound,
)

_ROLES = {  # window, window text, base, text, button, button text
    "dark": ("#2b2b2b", "#f0f0f0", "#1e1e1e", "#f0f0f0", "#353535", "#f0f0f0"),
    "black": ("#000000", "#ffffff", "#000000", "#ffffff", "#000000", "#ffff00"),
    "white": ("#ffffff", "#000000", "#ffffff", "#000000", "#ffffff", "#000000"),
}


class Empty:
    """A clinic with no courses (Clinic progress shows its filters, zeros and Close)."""

    def clinic(self, where: ClinicFilter | None = None) -> ClinicView:
        stats = ClinicStats(
            courses=0, active=(), due_review=(), overdue=(), completed=0, improved=0
        )
        return ClinicView(ClinicFilter(), START, stats, {7: PatientName("Zoë", "O.")})


def _palette(name: str) -> QPalette:
    if name == "light":
        return QApplication.style().standardPalette()
    window, window_text, base, text, button, button_text = _ROLES[name]
    palette = QPalette()
    R = QPalette.ColorRole
    for role, colour in (
        (R.Window, window),
        (R.WindowText, window_text),
        (R.Base, base),
        (R.AlternateBase, base),
        (R.Text, text),
        (R.Button, button),
        (R.ButtonText, button_text),
        (R.ToolTipBase, base),
        (R.ToolTipText, text),
        (R.PlaceholderText, "#a0a0a0" if name != "white" else "#595959"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark", "black", "white"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The application under a light, dark or high-contrast (black, white) palette."""
    before = QPalette(qapp.palette())
    palette = _palette(request.param)
    qapp.setPalette(palette)
    yield palette
    qapp.setPalette(before)


def _text(widget: QWidget) -> QColor:
    widget.ensurePolished()
    return widget.palette().color(widget.foregroundRole())


def _background(widget: QWidget) -> QColor:
    widget.ensurePolished()
    return widget.palette().color(widget.backgroundRole())


def _most_drawn(widget: QWidget) -> QColor:
    """The colour most pixels of the widget are drawn in (its background)."""
    image = widget.grab().toImage()
    counts = Counter(
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )
    return QColor(counts.most_common(1)[0][0])


def _readable(text: QColor, background: QColor) -> float:
    ratio = contrast(text, background)
    assert ratio >= AA_CONTRAST, (text.name(), background.name(), round(ratio, 2))
    return ratio


# --- colours -------------------------------------------------------------------------------


def test_the_message_bar_reads_well_in_every_theme(qtbot: QtBot, theme: QPalette) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    bar = MessageBar(holder)
    bar.show_message("Someone else saved this course first.", reload=True)
    holder.resize(500, 80)
    bar.resize(500, 60)
    holder.show()
    qtbot.waitExposed(holder)
    background = _background(bar)
    assert _most_drawn(bar) == background  # the colour measured is the one drawn
    _readable(_text(bar.label), background)
    assert (background.lightness() < 128) == is_dark(theme)  # a tint of the theme's own


def test_the_message_bar_follows_a_theme_changed_while_the_app_runs(
    qtbot: QtBot, qapp: QApplication
) -> None:
    before = QPalette(qapp.palette())
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show_message("A problem.")
    try:
        qapp.setPalette(_palette("dark"))
        bar.show_message("Another problem.")
        _readable(_text(bar.label), _background(bar))
        assert _background(bar).lightness() < 128
    finally:
        qapp.setPalette(before)


@pytest.mark.parametrize("urgent", [False, True])
def test_the_review_card_reads_well_in_every_theme(
    qtbot: QtBot, theme: QPalette, urgent: bool
) -> None:
    section = ProgressSection()
    qtbot.addWidget(section)
    pains = [(7, 7)] * 4 if urgent else [(7, 6), (6, 4), (4, 3)]
    extra = {"reviews_at": (3,)} if urgent else {}
    section.show_progress(_progress(_facts(pains, **extra)))
    section.resize(600, 700)
    section.show()
    qtbot.waitExposed(section)
    card = section.card
    assert card.isVisible() and card.prompts
    background = _background(card)
    assert _most_drawn(card) == background
    for label in (card.title_label, card.detail_label):
        _readable(_text(label), background)
    assert card.accessibleName() == card.title_label.text()


def test_error_lines_and_hints_read_well_in_every_theme(qtbot: QtBot, theme: QPalette) -> None:
    class Broken:
        def clinic(self, where: ClinicFilter | None = None) -> ClinicView:
            raise PlannerError("The progress figures could not be read.")

    dialog = ClinicDialog(ClinicPresenter(Broken()), lambda: START)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    window = dialog.palette().color(QPalette.ColorRole.Window)
    assert dialog.problem_label.isVisible()
    assert _text(dialog.problem_label).name() == error_colour(theme)
    _readable(_text(dialog.problem_label), window)
    hint = dialog.hint_label
    assert hint.isEnabled()  # drawn as text, not as something unavailable
    assert not QAccessible.queryAccessibleInterface(hint).state().disabled
    _readable(_text(hint), window)
    assert _text(hint) != theme.color(QPalette.ColorRole.WindowText)  # quieter, still AA

    overview = PatientOverviewWidget()
    qtbot.addWidget(overview)
    assert overview.placeholder.isEnabled()
    _readable(_text(overview.placeholder), window)


def test_the_review_dialogs_error_lines_read_well_in_a_dark_theme(
    qtbot: QtBot, ui_db: Database, qapp: QApplication
) -> None:
    before = QPalette(qapp.palette())
    qapp.setPalette(_palette("dark"))
    try:
        clinic = make_clinic(ui_db)
        course = clinic.start_course(mid_review_at=1)
        clinic.give_session(course)
        dialog = clinic.screens().review_dialog(None, course, "Zoë")
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.save_button.click()  # no decision chosen
        line = dialog.problems.label("decision")
        assert line.isVisible()
        window = dialog.palette().color(QPalette.ColorRole.Window)
        assert contrast(ERROR_COLOUR, window) < AA_CONTRAST  # the light theme's red would not do
        _readable(_text(line), window)
        _readable(_text(dialog.pain_label), _background(dialog.pain_label))
    finally:
        qapp.setPalette(before)


def test_hints_follow_a_theme_change(qtbot: QtBot, qapp: QApplication) -> None:
    before = QPalette(qapp.palette())
    hint = hint_label("Double-click a patient to open them.")
    qtbot.addWidget(hint)
    try:
        for name in ("dark", "white"):
            qapp.setPalette(_palette(name))
            qapp.processEvents()  # the change reaches the widgets as (posted) events
            _readable(_text(hint), qapp.palette().color(QPalette.ColorRole.Window))
    finally:
        qapp.setPalette(before)


def test_the_fixed_colour_pairs_hold_aa_contrast() -> None:
    for background, text in CHIP_COLOURS.values():
        assert contrast(background, text) >= AA_CONTRAST
    assert "color: white" in BANNER_STYLE and contrast(ERROR_COLOUR, "#ffffff") >= AA_CONTRAST


# --- keyboard -------------------------------------------------------------------------------


def _clinic_with_an_overdue_patient(make_window, ui_db: Database, ada: Actor):  # noqa: F811
    ids = add_patients(ui_db)
    _add_session(ui_db, ids["Zoë"], 3, SessionStatus.SCHEDULED)  # booked for 2025, not held
    window: MainWindow = make_window(ada)
    assert window.treatment_actions is not None
    window.treatment_actions.clinic_action.trigger()
    dialog = window.open_dialog("clinic_progress")
    assert isinstance(dialog, ClinicDialog)
    dialog.all_dates.setChecked(True)
    return ids, window, dialog


def test_enter_opens_a_patient_from_clinic_progress_and_tab_leaves_the_list(
    qtbot: QtBot,
    make_window,  # noqa: F811
    ui_db: Database,
    ada: Actor,  # noqa: F811
) -> None:
    ids, window, dialog = _clinic_with_an_overdue_patient(make_window, ui_db, ada)
    activate(qtbot, dialog)
    table = dialog.overdue_table
    assert not table.tabKeyNavigation() and not dialog.due_table.tabKeyNavigation()
    assert table.accessibleName() == "Overdue for their next session"
    table.setFocus()
    table.setCurrentCell(0, 2)
    with qtbot.waitSignal(dialog.patient_requested) as asked:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert asked.args == [ids["Zoë"]]
    assert window.overview.patient_id == ids["Zoë"]
    assert dialog.isVisible()  # Enter opened the patient; it did not press Close
    activate(qtbot, dialog)
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # out of the list, not to the next cell
    assert QApplication.focusWidget() is dialog.close_button
    dialog.due_table.setFocus()
    qtbot.keyClick(dialog.due_table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is table


def test_clinic_progress_filters_are_named_and_tab_in_reading_order(qtbot: QtBot) -> None:
    dialog = ClinicDialog(ClinicPresenter(Empty()), lambda: START)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    dialog.from_edit.setFocus()
    order = [dialog.from_edit, dialog.to_edit, dialog.all_dates, dialog.region_box]
    order += [dialog.duration_box, dialog.due_table, dialog.overdue_table, dialog.close_button]
    for expected in order:
        focused = QApplication.focusWidget()
        assert focused is expected, expected
        for _ in range(4):  # a date edit's Tab first walks its year, month and day
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
            if QApplication.focusWidget() is not focused:
                break
    for edit in (dialog.from_edit, dialog.to_edit):
        assert QAccessible.queryAccessibleInterface(edit).text(QAccessible.Text.Name) == (
            edit.accessibleName()
        )
        assert edit.accessibleName().startswith("Courses running")
    # Qt on Linux names a combo box by its value; its own name is told beside it
    assert dialog.region_box.accessibleName() == "Pain region"
    assert dialog.duration_box.accessibleName() == "Duration"


def _tab_chain(qtbot: QtBot, start: QWidget, count: int) -> list[QWidget]:
    start.setFocus()
    chain: list[QWidget] = []
    for _ in range(count):
        focused = QApplication.focusWidget()
        assert focused is not None
        chain.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return chain


def test_the_main_window_tabs_in_reading_order(
    qtbot: QtBot,
    make_window,  # noqa: F811
    ui_db: Database,
    ada: Actor,  # noqa: F811
) -> None:
    ids = add_patients(ui_db)
    window: MainWindow = make_window(ada)
    activate(qtbot, window)
    window.open_patient(ids["Zoë"])
    tab_bar = window.home_tabs.tabBar()
    chain = _tab_chain(qtbot, tab_bar, 8)
    search = window.patient_list.search_box
    assert chain[:2] == [tab_bar, search]
    table = window.patient_list.table
    between = chain[2 : chain.index(table)]  # the New patient button, beside the search
    assert all(isinstance(w, QAbstractButton) for w in between)
    after = chain[chain.index(table) + 1 :]
    assert after[0] is window.patient_list.archived_check
    overview = window.overview
    assert after[1] is overview._scroll
    buttons = [w for w in after[2:] if isinstance(w, QAbstractButton)]
    assert buttons and all(overview.name_label.y() < w.y() for w in buttons)
    first = buttons[0]  # the patient's actions under the name come first in the panel
    assert first.parentWidget() is overview.name_label.parentWidget()
    assert first.mapTo(overview, first.rect().topLeft()).y() < (
        overview.glance.mapTo(overview, overview.glance.rect().topLeft()).y()
    )


def test_the_review_dialog_tabs_in_reading_order(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    course = clinic.start_course(mid_review_at=1)
    clinic.give_session(course)
    dialog = clinic.screens().review_dialog(None, course, "Zoë")
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    extend = dialog.decision_buttons[ReviewDecision.EXTEND]
    extend.click()
    chain = _tab_chain(qtbot, extend, 5)
    assert chain[:4] == [extend, dialog.extend_box, dialog.reason_edit, dialog.note_edit]
    assert isinstance(chain[4], QAbstractButton)  # then the buttons
    group = dialog.decision_buttons[ReviewDecision.CONTINUE].parentWidget()
    assert group.accessibleName() == "Decision"


# --- small, scaled screens -----------------------------------------------------------------


def _reachable(area: QScrollArea, widget: QWidget) -> bool:
    """``widget`` can be scrolled wholly into view."""
    area.ensureWidgetVisible(widget, 0, 0)
    QApplication.processEvents()
    viewport = area.viewport()
    rect = QRect(widget.mapTo(viewport, widget.rect().topLeft()), widget.size())
    return viewport.rect().contains(rect)


@pytest.mark.parametrize("size", [(683, 540), (1093, 614)])  # 200 %, 125 % of 1366×768
def test_the_overview_on_a_small_screen_cuts_nothing_off(
    qtbot: QtBot,
    make_window,  # noqa: F811
    ui_db: Database,
    ada: Actor,  # noqa: F811
    size: tuple[int, int],
) -> None:
    ids = add_patients(ui_db)  # Zoë: a course of 6, sessions 1 and 2 signed
    _add_session(ui_db, ids["Zoë"], 3, SessionStatus.SIGNED, pain=(4, 3))  # review due
    window: MainWindow = make_window(ada)
    window.resize(*size)
    window.splitter.setSizes([1, 10_000])  # the list at its least, as a user might leave it
    window.open_patient(ids["Zoë"])
    QApplication.processEvents()
    overview = window.overview
    area = overview._scroll
    page = area.widget()
    assert overview.progress_section.card.isVisible()
    # the panel is about 410 px wide at 200 % on 1920×1080: everything wraps to fit it
    assert page.minimumSizeHint().width() <= 400
    if page.width() > area.viewport().width():  # wider than the panel: it scrolls sideways
        assert area.horizontalScrollBar().isVisible()
    controls = [
        w for w in page.findChildren(QAbstractButton) if w.isVisibleTo(page) and w.isEnabled()
    ]
    texts = {w.text().replace("&", "") for w in controls}
    assert {"Documents", "Record the review…", "Larger chart…"} <= texts
    for control in controls:
        assert _reachable(area, control), control.text()
    for text in ("Documents", "Record the review…", "Larger chart…"):  # reflowed, not scrolled
        control = next(w for w in controls if w.text().replace("&", "") == text)
        right = control.mapTo(page, control.rect().topRight()).x()
        assert right < area.viewport().width(), text


def test_clinic_progress_fits_a_small_screen_with_close_on_it(qtbot: QtBot) -> None:
    dialog = ClinicDialog(ClinicPresenter(Empty()), lambda: START)
    qtbot.addWidget(dialog)
    dialog.resize(683, 384)  # 1366×768 at 200 %
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 384 + 1 and dialog.width() <= 683 + 1
    close = dialog.close_button
    assert dialog.rect().contains(QRect(close.mapTo(dialog, close.rect().topLeft()), close.size()))
    page = dialog.scroll.widget()
    for control in page.findChildren(QWidget):
        focusable = control.focusPolicy() != Qt.FocusPolicy.NoFocus
        if focusable and control.isVisibleTo(page) and not isinstance(control, QLabel):
            assert _reachable(dialog.scroll, control), control


def _buttons_on(dialog: QWidget) -> None:
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisibleTo(dialog) and not dialog.findChildren(QScrollArea)[0].isAncestorOf(
            button
        ):
            where = QRect(button.mapTo(dialog, button.rect().topLeft()), button.size())
            assert dialog.rect().contains(where), button.text()


def test_the_review_and_course_progress_dialogs_fit_a_small_screen(
    qtbot: QtBot, ui_db: Database
) -> None:
    from planner.ui.progress.course_dialog import CourseProgressDialog

    clinic = make_clinic(ui_db)
    course = clinic.start_course(mid_review_at=1)
    clinic.give_session(course)
    review = clinic.screens().review_dialog(None, course, "Zoë")
    chart = CourseProgressDialog(_progress(_facts([(7, 6), (6, 4), (4, 3)])), "Zoë O.")
    for dialog in (review, chart):
        qtbot.addWidget(dialog)
        assert dialog.minimumSizeHint().height() < 384 - 40  # 1366×768 at 200 %
        assert dialog.minimumSizeHint().width() < 683
        dialog.resize(683, 340)
        dialog.show()
        qtbot.waitExposed(dialog)
        _buttons_on(dialog)  # Cancel, Record decision; Close, Print: never off screen
        area = dialog.findChildren(QScrollArea)[0]
        for control in area.widget().findChildren(QAbstractButton):
            if control.isVisibleTo(area.widget()):
                assert _reachable(area, control), control.text()


def test_the_chart_is_reached_by_tab_and_tells_its_values(qtbot: QtBot) -> None:
    section = ProgressSection()
    qtbot.addWidget(section)
    section.show_progress(_progress(_facts([(7, 6), (6, 4)])))
    section.show()
    activate(qtbot, section)
    section.larger_button.setFocus()
    qtbot.keyClick(section.larger_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is section.chart
    interface = QAccessible.queryAccessibleInterface(section.chart)
    assert interface.text(QAccessible.Text.Name) == "Course pain chart"
    description = interface.text(QAccessible.Text.Description)
    assert "Pain before: intake 7, session 1 7, session 2 6." in description
    assert "Pain after: session 1 6, session 2 4." in description
    assert "PEG-3: intake 6.3." in description and "Goal: pain 2." in description
