"""Admin → Audit trail: filters (patient by chart no., user, action, local dates) and the table."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from planner.domain.vocab import Role
from planner.services.accounts import AccountService
from planner.services.actor import Actor
from planner.services.audit import AuditRow, AuditTrail
from planner.services.audit_view import AuditEntry, AuditReader
from planner.services.patients import PatientDirectory
from planner.storage.database import Database
from planner.ui.admin.audit import AuditDialog
from planner.ui.admin.audit_model import AuditColumn, AuditTableModel, detail_text
from planner.ui.admin.audit_presenter import AuditPresenter, AuditQuery, local_midnight
from tests.ui.conftest import RecordingPrompts, add_clinic, add_patients, add_user


@pytest.fixture
def trail(ui_db: Database, accounts: AccountService) -> dict[str, object]:
    """Wei opens Zoë and Liam, Rosa opens Zoë; Ada audits."""
    add_clinic(ui_db, is_demo=False)
    ids = add_patients(ui_db)
    wei = add_user(accounts, "wei", Role.PRACTITIONER)
    rosa = add_user(accounts, "rosa", Role.RECEPTION)
    ada = add_user(accounts, "ada", Role.ADMIN)
    PatientDirectory(ui_db, wei, AuditTrail()).overview(ids["Zoë"])
    PatientDirectory(ui_db, wei, AuditTrail()).overview(ids["Liam"])
    PatientDirectory(ui_db, rosa, AuditTrail()).overview(ids["Zoë"])
    return {"ids": ids, "wei": wei, "rosa": rosa, "ada": ada}


def presenter_for(ui_db: Database, actor: object) -> AuditPresenter:
    assert isinstance(actor, Actor)
    return AuditPresenter(AuditReader(ui_db, AuditTrail()), actor)


def test_who_opened_this_record_by_chart_number(ui_db: Database, trail: dict) -> None:
    presenter = presenter_for(ui_db, trail["ada"])
    assert presenter.search(AuditQuery(chart_number="000001", action="open_record")) is None
    assert [(e.row.username, e.chart_number) for e in presenter.entries] == [
        ("rosa", 1),
        ("wei", 1),
    ]
    assert [e.row.detail["scope"] for e in presenter.entries] == ["demographics", "clinical"]
    assert presenter.search(AuditQuery(chart_number=" 4 ")) is None
    assert [(e.row.username, e.row.action) for e in presenter.entries] == [("wei", "open_record")]
    assert presenter.chart_text(trail["ids"]["Liam"]) == "000004"


def test_user_action_and_date_filters(ui_db: Database, trail: dict) -> None:
    presenter = presenter_for(ui_db, trail["ada"])
    rosa = trail["rosa"]
    assert presenter.search(AuditQuery(user_id=rosa.user_id)) is None
    assert {e.row.action for e in presenter.entries} == {"sign_in", "open_record"}
    assert presenter.search(AuditQuery(action="sign_in")) is None
    assert [e.row.username for e in presenter.entries] == ["ada", "rosa", "wei"]
    today = dt.date.today()
    assert presenter.search(AuditQuery(date_from=today, date_to=today)) is None
    assert len(presenter.entries) == 9  # 3 users added, 3 sign-ins, 3 records opened
    assert presenter.search(AuditQuery(date_to=today - dt.timedelta(days=1))) is None
    assert presenter.entries == []
    assert not presenter.at_limit


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        (AuditQuery(chart_number="Zoë"), "patient", "digits only"),
        (AuditQuery(chart_number="999"), "patient", "no patient has chart no. 000999"),
        (
            AuditQuery(date_from=dt.date(2025, 2, 1), date_to=dt.date(2025, 1, 31)),
            "date_to",
            "on or after",
        ),
    ],
)
def test_a_filter_that_cannot_work_is_a_problem_at_its_field(
    ui_db: Database, trail: dict, query: AuditQuery, field: str, message: str
) -> None:
    problem = presenter_for(ui_db, trail["ada"]).search(query)
    assert problem is not None and problem.field == field and message in problem.message


def test_only_auditors_get_rows(ui_db: Database, trail: dict) -> None:
    problem = presenter_for(ui_db, trail["wei"]).search(AuditQuery())
    assert problem is not None and problem.field is None
    assert "not allowed to read the audit trail" in problem.message


def test_at_most_the_limit_newest_first(ui_db: Database, trail: dict) -> None:
    presenter = AuditPresenter(AuditReader(ui_db, AuditTrail()), trail["ada"], limit=2)
    assert presenter.search(AuditQuery()) is None
    assert len(presenter.entries) == 2 and presenter.at_limit
    first, second = presenter.entries
    assert first.row.id > second.row.id


def test_dates_are_local_calendar_days() -> None:
    start = local_midnight(dt.date(2025, 3, 30))
    assert start.tzinfo is not None
    assert start.astimezone().replace(tzinfo=None) == dt.datetime(2025, 3, 30)


# --- the dialog -----------------------------------------------------------------------------


def test_opened_for_a_patient_the_dialog_shows_who_opened_it(
    qtbot: QtBot, ui_db: Database, trail: dict
) -> None:
    prompts = RecordingPrompts()
    dialog = AuditDialog(
        presenter_for(ui_db, trail["ada"]), prompts, patient_id=trail["ids"]["Zoë"]
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.chart_box.text() == "000001"
    model = dialog.model
    table = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(2)]
    assert [(row[AuditColumn.USER], row[AuditColumn.CHART_NUMBER]) for row in table] == [
        ("rosa", "000001"),
        ("wei", "000001"),
    ]
    assert table[0][AuditColumn.ACTION] == "Opened record"
    assert table[0][AuditColumn.WORKSTATION] == "room-1"
    assert table[0][AuditColumn.DETAILS] == "scope: demographics"
    assert dialog.count_label.text() == "2 rows."
    assert [dialog.user_box.itemText(i) for i in range(dialog.user_box.count())] == [
        "Any user",
        "ada",
        "rosa",
        "wei",
    ]

    dialog.user_box.setCurrentIndex(dialog.user_box.findText("wei"))
    dialog.show_button.click()
    assert model.rowCount() == 1
    dialog.chart_box.setText("12345")
    dialog.show_button.click()
    assert dialog.errors.text("patient") == "Chart no.: no patient has chart no. 012345."
    assert model.rowCount() == 1  # the last answer stays until a query works
    dialog.chart_box.clear()
    dialog.user_box.setCurrentIndex(0)
    dialog.action_box.setCurrentIndex(dialog.action_box.findData("sign_in"))
    dialog.from_check.setChecked(True)
    dialog.show_button.click()
    assert dialog.errors.text("patient") == ""
    assert model.rowCount() == 3
    assert prompts.shown == []


def _entry(
    action: str,
    chart: int | None,
    detail: dict[str, object] | None = None,
    station: str = "desk",
    username: str = "command line",
) -> AuditEntry:
    row = AuditRow(
        id=1,
        occurred_at=dt.datetime(2025, 6, 1, 12, 30, 5, tzinfo=dt.UTC),
        user_id=None,
        username=username,
        workstation=station,
        patient_id=None,
        action=action,
        object_type="patient",
        object_id=7,
        detail=dict(detail or {}),
    )
    return AuditEntry(row, chart)


def test_the_table_shows_local_time_and_readable_details(qapp: object) -> None:
    plus_two = dt.timezone(dt.timedelta(hours=2))
    model = AuditTableModel(to_local=lambda moment: moment.astimezone(plus_two))
    model.set_entries(
        [_entry("update", 42, {"fields": ["phone", "email"]}), _entry("custom", None)]
    )
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first == [
        "2025-06-01 14:30:05",
        "command line",
        "desk",
        "000042",
        "Changed",
        "patient 7",
        "fields: phone, email",
    ]
    assert model.index(1, AuditColumn.ACTION).data() == "custom"
    assert model.index(1, AuditColumn.USER).data() == "command line"
    assert model.index(1, AuditColumn.CHART_NUMBER).data() == ""
    assert detail_text({"b": 1, "a": [1, 2]}) == "a: 1, 2; b: 1"


def test_a_failed_sign_in_is_nobodys_and_names_its_workstation(qapp: object) -> None:
    entry = _entry(
        "sign_in_failed", None, {"workstation": "room-2"}, station="", username="unknown user 'x'"
    )
    model = AuditTableModel()
    model.set_entries([entry])
    assert model.index(0, AuditColumn.USER).data() == "unknown user 'x'"
    assert model.index(0, AuditColumn.WORKSTATION).data() == "room-2"


@pytest.mark.parametrize("count", [0, 2])
def test_audit_model_passes_qt_model_tester(qtmodeltester: ModelTester, count: int) -> None:
    model = AuditTableModel()
    model.set_entries([_entry("lock", None)] * count)
    qtmodeltester.check(model)
