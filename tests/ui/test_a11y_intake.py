"""The intake window as a screen reader and a keyboard user meet it (issue 24).

Through the real widgets and Qt's accessibility interface (offscreen): the Yes / No
questions are named groups whose value is the answer, holding radio buttons; pain is
marked on the body outline from a list of regions with the keyboard only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QScrollArea,
    QWidget,
)

from planner.domain.catalog import View
from planner.domain.intake import MARK_PAIN, MARK_RADIATING
from planner.domain.red_flags import ASKED, RED_FLAGS
from planner.domain.vocab import Condition, ConsentScope, PainRegion, RedFlag
from planner.storage.database import Database
from tests.helpers.factories import add_patient
from tests.ui.test_intake_window import click_outline, open_window, service


def _heard(widget) -> tuple[QAccessible.Role, str, str]:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.role(), iface.text(QAccessible.Text.Name), iface.text(QAccessible.Text.Value)


def _options(widget) -> list[tuple[QAccessible.Role, str, bool]]:
    iface = QAccessible.queryAccessibleInterface(widget)
    children = [iface.child(index) for index in range(iface.childCount())]
    return [
        (child.role(), child.text(QAccessible.Text.Name), bool(child.state().checked))
        for child in children
    ]


def test_a_screen_reader_hears_each_safety_question_and_its_answer(
    qtbot, sqlite_db: Database
) -> None:
    window = open_window(qtbot, service(sqlite_db), add_patient(sqlite_db))
    flag = ASKED[0]
    field = window.editor.red_flags.flags[flag]
    question = RED_FLAGS[flag].question
    assert _heard(field) == (QAccessible.Role.Grouping, question, "not answered")
    radio = QAccessible.Role.RadioButton
    assert _options(field) == [(radio, "Yes", False), (radio, "No", False)]

    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Y)
    assert _heard(field)[2] == "Yes"
    assert _options(field) == [(radio, "Yes", True), (radio, "No", False)]
    qtbot.keyClick(field, Qt.Key.Key_Right)
    assert _heard(field)[2] == "No"
    assert _options(field) == [(radio, "Yes", False), (radio, "No", True)]
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert _heard(field)[2] == "not answered"
    assert _options(field) == [(radio, "Yes", False), (radio, "No", False)]

    # a click on the chosen answer still clears it (the buttons are exclusive radios now)
    qtbot.mouseClick(field.buttons[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(field.buttons[1], Qt.MouseButton.LeftButton)
    assert field.value() is None and _heard(field)[2] == "not answered"


def test_contraindications_and_consents_are_named_groups_too(qtbot, sqlite_db: Database) -> None:
    window = open_window(qtbot, service(sqlite_db), add_patient(sqlite_db))
    editor = window.editor
    every = [
        *editor.red_flags.flags.values(),
        *editor.history.conditions.values(),
        editor.history.pregnant_field,
        *editor.consent.choices.values(),
        editor.complaint.side_field,
    ]
    for field in every:
        role, name, value = _heard(field)
        assert role == QAccessible.Role.Grouping and name.strip() and value == "not answered"
    qtbot.mouseClick(editor.history.none_button, Qt.MouseButton.LeftButton)
    assert _heard(editor.history.conditions[Condition.ANTICOAGULANT_THERAPY])[2] == "No"
    consent = editor.consent.choices[ConsentScope.CUPPING]
    assert "cupping" in _heard(consent)[1].lower()
    qtbot.mouseClick(consent.buttons[0], Qt.MouseButton.LeftButton)
    assert _heard(consent)[2] == "Given"


def test_pain_is_marked_and_unmarked_with_the_keyboard_only(qtbot, sqlite_db: Database) -> None:
    window = open_window(qtbot, service(sqlite_db), add_patient(sqlite_db))
    complaint = window.editor.complaint
    outline, regions = complaint.outline, complaint.region_list
    assert outline.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert _heard(outline)[1] == "Body outline, back and front"
    assert QAccessible.queryAccessibleInterface(outline).text(QAccessible.Text.Description) == (
        "Nothing marked."
    )

    # Space on the focused outline shows the list beside it, focused
    assert not regions.isVisible()
    outline.setFocus()
    qtbot.keyClick(outline, Qt.Key.Key_Space)
    assert regions.isVisible() and regions.hasFocus()
    assert outline.isVisible()  # both in view: the marks show as they are ticked
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # the button
    qtbot.waitUntil(lambda: not regions.isVisible())  # a mnemonic clicks after a moment
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: regions.isVisible() and regions.hasFocus())
    # Down to the low back, Space ticks it
    assert regions.accessibleName() == "Regions where it hurts"
    while regions.currentItem().text() != "Lower back, left":
        qtbot.keyClick(regions, Qt.Key.Key_Down)
    qtbot.keyClick(regions, Qt.Key.Key_Space)
    (mark,) = outline.marks()
    assert mark.kind == MARK_PAIN and mark.view == View.BACK
    assert outline._outline.contains(mark.x, mark.y)  # inside the body
    assert regions.ticked() == ["Lower back, left"]
    assert window.isWindowModified()
    description = QAccessible.queryAccessibleInterface(outline).text(QAccessible.Text.Description)
    assert description == "Hurts: Lower back, left."

    # where it spreads: the radio button above, then the list shows those marks
    complaint.spreads_button.setFocus()
    qtbot.keyClick(complaint.spreads_button, Qt.Key.Key_Space)
    assert complaint.spreads_button.isChecked()
    assert regions.ticked() == [] and regions.accessibleName() == "Regions where the pain spreads"
    regions.setFocus()
    while regions.currentItem().text() != "Back of the leg, left":
        qtbot.keyClick(regions, Qt.Key.Key_Down)
    qtbot.keyClick(regions, Qt.Key.Key_Space)
    assert [m.kind for m in outline.marks()] == [MARK_PAIN, MARK_RADIATING]
    assert "Spreads to: Back of the leg, left." in outline.accessibleDescription()
    qtbot.keyClick(regions, Qt.Key.Key_Space)  # unticked: the mark goes
    assert [m.kind for m in outline.marks()] == [MARK_PAIN]


def test_the_region_list_follows_marks_made_with_the_mouse(qtbot, sqlite_db: Database) -> None:
    window = open_window(qtbot, service(sqlite_db), add_patient(sqlite_db))
    editor = window.editor
    regions = editor.complaint.region_list
    editor.complaint.regions_button.click()
    click_outline(qtbot, editor, View.BACK, 0.56, 0.40)
    click_outline(qtbot, editor, View.BACK, 0.58, 0.42)
    assert regions.ticked() == ["Lower back, right"]
    # unticking the region removes both marks made there by mouse
    item = regions.findItems("Lower back, right", Qt.MatchFlag.MatchExactly)[0]
    regions.setCurrentItem(item)
    regions.setFocus()
    qtbot.keyClick(regions, Qt.Key.Key_Space)
    assert editor.complaint.outline.marks() == ()
    assert regions.ticked() == []


def test_every_region_marks_a_place_inside_the_body(qtbot) -> None:
    from planner.domain.body import load_outline
    from planner.domain.intake import BodyMark
    from planner.ui.widgets.body_outline import pain_regions, region_of

    outline = load_outline()
    regions = pain_regions()
    for region in regions:
        assert outline.contains(region.x, region.y), region.key
        mark = BodyMark(region.view, region.x, region.y)
        assert region_of(mark, regions) == region, region.key


def _labels(regions) -> list[str]:
    return [regions.item(i).text() for i in range(regions.count())]


def _interactive(window) -> list[QWidget]:
    """Every control a keyboard reaches in the window as it is shown now."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget, QScrollArea) or widget.focusProxy() is not None:
            continue
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # the line edit inside a spin box or an editable list
        found.append(widget)
    return found


def test_every_control_of_the_intake_has_a_name_that_says_what_it_is(
    qtbot, sqlite_db: Database
) -> None:
    window = open_window(qtbot, service(sqlite_db), add_patient(sqlite_db))
    editor = window.editor
    editor.complaint.region_boxes[PainRegion.SCIATICA].setChecked(True)  # which leg?
    editor.complaint.regions_button.click()  # the list of regions
    editor.red_flags.flags[RedFlag.CANCER_HISTORY].choose(True)  # advice and clearance
    labels = window.findChildren(QLabel)
    controls = _interactive(window)
    assert len(controls) > 100
    names: dict[str, list[QWidget]] = {}
    for widget in controls:
        name = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
        if isinstance(widget, QComboBox) and not widget.isEditable():
            # Qt on Linux reads a list's value as its name and its label through a
            # "labelled by" relation: the accessible name and a buddy label say what it is
            name = widget.accessibleName()
            assert name not in [widget.itemText(i) for i in range(widget.count())], name
            assert any(label.buddy() is widget for label in labels), name
        assert name and any(ch.isalpha() for ch in name), (type(widget).__name__, name)
        names.setdefault(name, []).append(widget)
    twins = {name: len(ws) for name, ws in names.items() if len(ws) > 1}
    assert twins == {}, twins  # "None of these" says which group, each "how it went" which


def _tab_through(qtbot, window) -> list[QWidget]:
    """Press Tab from the first field of the form to the Save button; where it stopped."""
    editor = window.editor
    editor.complaint.intake_date_box.setFocus()
    stops: list[QWidget] = []
    for _ in range(400):
        focused = QApplication.focusWidget()
        stops.append(focused)
        if focused is window.save_button:
            return stops
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached Save")


def test_tab_follows_the_page_as_it_reads(qtbot, sqlite_db: Database) -> None:
    window = open_window(qtbot, service(sqlite_db), add_patient(sqlite_db))
    editor = window.editor
    for size, how in (((1366 - 40, 768 - 60), "pairs"), ((900, 700), "one")):
        window.resize(*size)
        qtbot.waitUntil(lambda how=how: editor._wide == how)
        stops = _tab_through(qtbot, window)
        sections = []
        for stop in stops:
            section = next((s for s in editor._sections if s.isAncestorOf(stop)), None)
            if section is not None and (not sections or sections[-1] is not section):
                sections.append(section)
        titles = [s.title()[:2] for s in sections]
        assert titles == [s.title()[:2] for s in editor.reading_order()], (how, titles)
        if how == "pairs":  # style sits beside goals: it is read after them
            assert titles == ["&1", "&2", "&3", "&4", "&8", "&5", "&6", "&7"]
        else:
            assert titles == ["&1", "&2", "&3", "&4", "&5", "&6", "&7", "&8"]
        assert stops[-2:] == [window.close_button, window.save_button]  # as they are shown
        # inside the complaint: the questions, then the outline's tools, outline and list
        complaint = editor.complaint
        order = [complaint.complaint_box, complaint.clear_marks_button, complaint.outline]
        assert sorted(order, key=stops.index) == order


def test_the_region_list_fits_under_the_outline_at_1366_by_768_scaled(
    qtbot, sqlite_db: Database
) -> None:
    window = open_window(qtbot, service(sqlite_db), add_patient(sqlite_db))
    window.resize(round(1366 / 1.25) - 40, round(768 / 1.25) - 60)  # 125 %
    editor = window.editor
    bar = editor.scroll.horizontalScrollBar()
    qtbot.wait(50)
    before = bar.maximum()
    editor.complaint.regions_button.click()
    qtbot.wait(50)
    assert bar.maximum() <= before  # the outline makes room; the page grows no wider
    regions = editor.complaint.region_list
    widest = max(regions.fontMetrics().horizontalAdvance(t) for t in _labels(regions))
    assert regions.viewport().width() > widest  # no region's name cut off
