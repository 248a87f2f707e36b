"""The plan editor window, driven like a practitioner would, on a real database."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from planner.domain.catalog import View
from planner.domain.vocab import Condition, CuppingType, MoxaType, PointSide, Technique
from planner.services.audit import AuditFilter
from planner.storage.database import Database
from planner.ui.plan.adjunct_widgets import PairRow
from planner.ui.plan.editor import PlanEditorWindow
from planner.ui.plan.point_picker import PointList
from tests.ui.course_fakes import CourseClinic, make_clinic
from tests.ui.robot_kit import every_item, no_crash


def open_editor(qtbot: QtBot, clinic: CourseClinic, course_id: int) -> PlanEditorWindow:
    window = clinic.screens().plan_editor(None, course_id, "Zoë O'Brien-Łukasz")
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def lumbar_pair(row: PairRow) -> None:
    """The new pair made BL23 left to BL23 right (the default pair runs through GV3, over
    the spinal canal, which warns since issue 17)."""
    row.point_b.setCurrentIndex(row.point_b.index_of("BL23"))
    row.side_a.setCurrentIndex(row.side_a.index_of(PointSide.LEFT))
    row.side_b.setCurrentIndex(row.side_b.index_of(PointSide.RIGHT))


def tick(qtbot: QtBot, points: PointList, code: str) -> None:
    """Move to the point in the list and press Space, as with the keyboard."""
    row = points.codes().index(code)
    points.setFocus()
    points.setCurrentRow(row)
    qtbot.keyClick(points, Qt.Key.Key_Space)


def test_choosing_points_each_of_the_four_ways(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    window = open_editor(qtbot, clinic, clinic.start_course(plan=None))
    picker, plan = window.picker, window._presenter
    # 1. By region: lower back, BL23 ticked.
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert picker.currentIndex() == 0
    tick(qtbot, picker.region_points, "BL23")
    assert plan.plan.point_codes == ("BL23",)
    assert picker.region_points.codes(chosen_only=True) == ["BL23"]
    # 2. By search, as you type: Kunlun found by its pinyin; Enter takes the first.
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert picker.currentIndex() == 2 and picker.search_box.hasFocus()
    qtbot.keyClicks(picker.search_box, "kunl")
    assert picker.search_results.codes()[0] == "BL60"
    qtbot.keyClick(picker.search_box, Qt.Key.Key_Return)
    assert plan.plan.point_codes == ("BL23", "BL60")
    # 3. On the body: GV3 clicked on the back view, highlighted once chosen.
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    outline = picker.outline
    gv3 = outline.to_widget(View.BACK, 0.5, 0.42).toPoint()
    QTest.mouseClick(outline, Qt.MouseButton.LeftButton, pos=gv3)
    assert plan.plan.point_codes == ("BL23", "BL60", "GV3")
    assert {p.code for p in outline._points if p.selected} == {"BL23", "BL60", "GV3"}
    QTest.mouseClick(outline, Qt.MouseButton.LeftButton, pos=gv3)  # again: taken out
    assert "GV3" not in plan.plan.point_codes
    # 4. By template: the whole plan replaced, with what changed shown.
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    names = [picker.template_list.item(i).text() for i in range(picker.template_list.count())]
    picker.template_list.setCurrentRow(
        next(i for i, n in enumerate(names) if n.startswith("Acute lumbar strain"))
    )
    picker.use_template_button.click()
    assert plan.plan.protocol == "acute_lumbar_strain"
    assert "EX-UE7" in plan.plan.point_codes
    assert window.changes_label.isVisible()
    assert "Started from Acute lumbar strain" in window.changes_label.text()
    assert "Local needling added" in window.changes_label.text()
    assert "EX-UE7 added (both)" in window.changes_label.text()
    assert window.isWindowModified()


def test_cupping_and_moxibustion_sites_marked_on_the_outline(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    window = open_editor(qtbot, clinic, clinic.start_course(plan=None))
    picker, plan = window.picker, window._presenter
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert not picker.click_mode.isVisible()  # no cupping or moxibustion yet: points only
    window.treatment.technique_boxes[Technique.CUPPING].setChecked(True)
    window.treatment.technique_boxes[Technique.MOXIBUSTION].setChecked(True)
    assert picker.click_mode.isVisible() and picker.click_mode.count() == 3
    picker.click_mode.setCurrentIndex(picker.click_mode.findData(Technique.CUPPING))
    outline = picker.outline
    gv3 = outline.to_widget(View.BACK, 0.5, 0.42).toPoint()
    QTest.mouseClick(outline, Qt.MouseButton.LeftButton, pos=gv3)
    default = ()  # a new cupping row starts with no site: the practitioner names them
    assert plan.plan.cupping is not None and plan.plan.cupping.sites == (*default, "GV3")
    assert plan.plan.point_codes == ()  # a site is not a needled point
    assert window.treatment.cupping.sites_edit.text() == "GV3"
    assert {p.code for p in outline._points if p.site == "cupping"} == {"GV3"}
    assert "cupping site added" in picker.outline_label.text()
    picker.click_mode.setCurrentIndex(picker.click_mode.findData(Technique.MOXIBUSTION))
    QTest.mouseClick(outline, Qt.MouseButton.LeftButton, pos=gv3)
    assert plan.plan.moxibustion is not None and plan.plan.moxibustion.sites[-1] == "GV3"
    picker.click_mode.setCurrentIndex(picker.click_mode.findData(Technique.CUPPING))
    QTest.mouseClick(outline, Qt.MouseButton.LeftButton, pos=gv3)  # again: taken off
    assert plan.plan.cupping.sites == default
    assert "cupping site removed" in picker.outline_label.text()
    assert {p.code for p in outline._points if p.site} == {"GV3"}  # the moxa ring stays
    plan.editor.set_cupping(sites=("gv3",))  # typed by hand, in lower case
    assert plan.editor.toggle_site(Technique.CUPPING, "GV3") is False
    assert plan.plan.cupping.sites == ()
    picker.click_mode.setCurrentIndex(0)  # back to choosing points
    QTest.mouseClick(outline, Qt.MouseButton.LeftButton, pos=gv3)
    assert plan.plan.point_codes == ("GV3",)
    window.treatment.technique_boxes[Technique.CUPPING].setChecked(False)
    window.treatment.technique_boxes[Technique.MOXIBUSTION].setChecked(False)
    assert not picker.click_mode.isVisible()


def test_sides_and_needle_counts(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    window = open_editor(qtbot, clinic, clinic.start_course())  # BL23 B, GV3 M, BL40 B
    table = window.treatment.points_table
    assert [table.needles_text(r) for r in range(3)] == ["2", "1", "2"]
    assert "3 points, 5 needles" in window.treatment.needles_label.text()
    assert not table.side_box(1).isEnabled()  # GV3: midline only
    assert table.side_box(1).currentText() == "Midline"
    side = table.side_box(0)
    side.setCurrentIndex(side.index_of(PointSide.LEFT))
    assert table.needles_text(0) == "1"
    assert "4 needles" in window.treatment.needles_label.text()
    window.save_button.click()
    assert clinic.plans().plan(window.course_id).plan.points[0].side == PointSide.LEFT
    assert not window.isWindowModified()


def test_pacemaker_electroacupuncture_blocked_until_an_override_reason(
    qtbot: QtBot, ui_db: Database
) -> None:
    clinic = make_clinic(ui_db, conditions={Condition.IMPLANTED_DEVICE: True})
    window = open_editor(qtbot, clinic, clinic.start_course())
    window.treatment.technique_boxes[Technique.ELECTROACUPUNCTURE].click()
    window.treatment.electro.add_button.click()
    assert window.treatment.electro_group.isVisible()
    assert len(window.treatment.electro.rows) == 1
    lumbar_pair(window.treatment.electro.rows[0])
    row = window.safety.row("ea.implanted_device")
    assert row is not None and row.reason_edit is not None
    assert not window.save_button.isEnabled()
    assert "without an override reason" in window.save_state_label.text()
    qtbot.keyClicks(row.reason_edit, "letter")
    assert not window.save_button.isEnabled()  # too short
    qtbot.keyClicks(row.reason_edit, " from cardiology: device is EA-safe")
    assert window.save_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    stored = clinic.plans().plan(window.course_id)
    assert Technique.ELECTROACUPUNCTURE in stored.plan.techniques and stored.safety.resolved
    rows = clinic.audit.query(
        clinic.db, AuditFilter(patient_id=clinic.patient, action="safety_override")
    )
    assert [r.detail["rule"] for r in rows] == ["ea.implanted_device"]


def test_unconsented_techniques_are_disabled_with_why(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db, consents=())
    window = open_editor(qtbot, clinic, clinic.start_course(plan=None))
    box = window.treatment.technique_boxes[Technique.CUPPING]
    assert not box.isEnabled() and "No consent to cupping" in box.toolTip()
    assert window.treatment.consent_label.isVisible()


def test_repeat_last_shows_what_changed(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    course = clinic.start_course()
    clinic.give_session(course)
    plans = clinic.plans()
    view = plans.plan(course)
    plans.save(course, replace(view.plan, retention_minutes=20), view.course_version)
    window = open_editor(qtbot, clinic, course)
    window.picker.repeat_last_button.click()
    text = window.changes_label.text()
    assert "Started from the last session" in text and "retention: 20 min → 25 min" in text
    assert window.treatment.retention_box.value() == 25


def test_a_conflict_names_who_and_offers_reload(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    course = clinic.start_course()
    window = open_editor(qtbot, clinic, course)
    plans = clinic.plans(clinic.ben)
    view = plans.plan(course)
    plans.save(course, replace(view.plan, retention_minutes=30), view.course_version)
    window.treatment.retention_box.setValue(20)
    window.save_button.click()
    assert "Ben Okri changed this course" in window.message.text
    assert window.message.reload_button.isVisible()
    assert window.treatment.retention_box.value() == 20  # kept as typed
    window.message.reload_button.click()
    assert window.treatment.retention_box.value() == 30


def test_adjunct_type_changed_on_the_combo_saves_as_its_enum(qtbot: QtBot, ui_db: Database) -> None:
    """Issue 15, item 1: cupping Dry → Wet → Dry, moxibustion through every type, then
    Save plan crashed ('str' object has no attribute 'value'): the widgets sent the type
    through a Signal(dict), and PySide6 turned the enum member into a plain string."""
    clinic = make_clinic(ui_db)
    window = open_editor(qtbot, clinic, clinic.start_course())
    treatment = window.treatment
    treatment.technique_boxes[Technique.CUPPING].click()
    treatment.technique_boxes[Technique.MOXIBUSTION].click()
    cupping, moxa = treatment.cupping.type_box, treatment.moxa.type_box
    qtbot.keyClicks(treatment.cupping.sites_edit, "BL25")
    qtbot.keyClicks(treatment.moxa.sites_edit, "BL25")
    with no_crash():
        for kind in (CuppingType.WET, CuppingType.DRY):
            cupping.setCurrentIndex(cupping.index_of(kind))
        for _index in every_item(moxa):
            assert isinstance(window._presenter.plan.moxibustion.type, MoxaType)
        moxa.setCurrentIndex(moxa.index_of(MoxaType.STICK))
        assert type(window._presenter.plan.cupping.type) is CuppingType
        window.save_button.click()
    assert not window.isWindowModified()
    stored = clinic.plans().plan(window.course_id).plan
    assert stored.cupping is not None and stored.cupping.type is CuppingType.DRY
    assert stored.moxibustion is not None and stored.moxibustion.type is MoxaType.STICK


def test_reticked_cupping_keeps_typed_sites_and_never_prefills_the_plans_points(
    qtbot: QtBot, ui_db: Database
) -> None:
    """Issue 15, item 8: ticking cupping filled its sites with the plan's local points
    (BL23, GV3: over the lumbosacral area, for a pregnant patient too), and ticking it
    again after unticking lost what had been typed."""
    clinic = make_clinic(ui_db)
    window = open_editor(qtbot, clinic, clinic.start_course())  # BL23, GV3, BL40
    treatment = window.treatment
    cupping_box = treatment.technique_boxes[Technique.CUPPING]
    moxa_box = treatment.technique_boxes[Technique.MOXIBUSTION]
    cupping_box.click()
    moxa_box.click()
    assert treatment.cupping.sites_edit.text() == ""
    assert treatment.moxa.sites_edit.text() == ""
    qtbot.keyClicks(treatment.cupping.sites_edit, "BL25, upper trapezius")
    qtbot.keyClicks(treatment.moxa.sites_edit, "ST36")
    treatment.cupping.type_box.setCurrentIndex(
        treatment.cupping.type_box.index_of(CuppingType.FIRE)
    )
    cupping_box.click()
    moxa_box.click()
    assert window._presenter.plan.cupping is None
    cupping_box.click()
    moxa_box.click()
    assert treatment.cupping.sites_edit.text() == "BL25, upper trapezius"
    assert treatment.cupping.type_box.value() is CuppingType.FIRE
    assert treatment.moxa.sites_edit.text() == "ST36"
    window.save_button.click()
    stored = clinic.plans().plan(window.course_id).plan
    assert stored.cupping is not None and stored.cupping.sites == ("BL25", "upper trapezius")


def test_cupping_without_a_site_is_refused_at_the_field(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    window = open_editor(qtbot, clinic, clinic.start_course())
    window.treatment.technique_boxes[Technique.CUPPING].click()
    window.save_button.click()
    assert "Cupping sites: name at least one site" in window.message.text
    assert window.isWindowModified()  # nothing lost


def test_a_stored_override_shows_who_when_and_why(qtbot: QtBot, ui_db: Database) -> None:
    """Issue 15: where the record holds an override, the screen showing the finding shows
    who overrode it, when and why (it said only "Overridden earlier")."""
    clinic = make_clinic(ui_db, conditions={Condition.IMPLANTED_DEVICE: True})
    course = clinic.start_course()
    window = open_editor(qtbot, clinic, course)
    window.treatment.technique_boxes[Technique.ELECTROACUPUNCTURE].click()
    window.treatment.electro.add_button.click()
    lumbar_pair(window.treatment.electro.rows[0])
    row = window.safety.row("ea.implanted_device")
    assert row is not None and row.reason_edit is not None
    qtbot.keyClicks(row.reason_edit, "Cardiology letter: device is <b>EA-safe</b>")
    window.save_button.click()
    assert not window.isWindowModified()
    window.close()
    again = open_editor(qtbot, clinic, course)
    row = again.safety.row("ea.implanted_device")
    assert row is not None
    hint = row.hint_label.text()
    assert hint.startswith("Overridden earlier by Ada Lovelace, 2")
    assert "Why: “Cardiology letter: device is <b>EA-safe</b>”" in hint  # as written
    assert row.hint_label.textFormat() == Qt.TextFormat.PlainText
