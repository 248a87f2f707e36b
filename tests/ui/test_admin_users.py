"""Admin → Users: the presenter against real accounts, and the dialog's forms."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from planner.domain.vocab import AcupunctureStyle, Role
from planner.services.accounts import AccountService, SignInFailed
from planner.services.actor import Actor
from planner.ui.admin.users import UsersDialog
from planner.ui.admin.users_model import UserColumn, UsersTableModel
from planner.ui.admin.users_presenter import UserForm, UsersPresenter
from tests.ui.conftest import PASSWORD, RecordingPrompts, add_user

NEW_PASSWORD = "a brand new secret"


@pytest.fixture
def admin(accounts: AccountService) -> Actor:
    return add_user(accounts, "ada", Role.ADMIN, Role.PRACTITIONER, full_name="Ada Lovelace")


@pytest.fixture
def presenter(accounts: AccountService, admin: Actor) -> UsersPresenter:
    presenter = UsersPresenter(accounts, admin)
    assert presenter.load() is None
    return presenter


def new_user(**changes: object) -> UserForm:
    values: dict[str, object] = {
        "username": "Rosa",
        "roles": frozenset({Role.RECEPTION}),
        "full_name": "Rosa Díaz",
        "password": PASSWORD,
        "password_again": PASSWORD,
    }
    values.update(changes)
    return UserForm(**values)  # type: ignore[arg-type]


# --- the presenter ---------------------------------------------------------------------------


def test_add_a_user_with_a_practitioners_profile(
    presenter: UsersPresenter, accounts: AccountService
) -> None:
    form = new_user(
        username="li",
        roles=frozenset({Role.PRACTITIONER}),
        full_name="Li Wen",
        credentials="Lic.Ac.",
        registration_number="BAcC-1234",
        acupuncture_style=AcupunctureStyle.JAPANESE.value,
        years_of_practice=12,
    )
    assert presenter.add(form) is None
    added = presenter.user("li")
    assert added is not None and added.active and added.roles == {Role.PRACTITIONER}
    assert added.profile.registration_number == "BAcC-1234"
    assert added.profile.acupuncture_style == "japanese"
    assert added.profile.years_of_practice == 12
    assert accounts.sign_in("li", PASSWORD).full_name == "Li Wen"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"password_again": "something else"}, "password_again", "the two entries differ"),
        ({"username": "x"}, "username", "User name: 2–64 characters"),
        ({"username": "ada"}, "username", "'ada' is already taken"),
        ({"roles": frozenset()}, "roles", "choose at least one role"),
        ({"password": "short", "password_again": "short"}, "password", "at least 10"),
    ],
)
def test_a_wrong_value_is_a_problem_at_its_field(
    presenter: UsersPresenter, changes: dict[str, object], field: str, message: str
) -> None:
    problem = presenter.add(new_user(**changes))
    assert problem is not None
    assert problem.field == field
    assert message in problem.message
    assert [u.username for u in presenter.users] == ["ada"]


def test_disable_enable_and_reset_a_password(
    presenter: UsersPresenter, accounts: AccountService
) -> None:
    assert presenter.add(new_user()) is None
    assert presenter.set_active("rosa", False) is None
    user = presenter.user("rosa")
    assert user is not None and not user.active
    with pytest.raises(SignInFailed):
        accounts.sign_in("rosa", PASSWORD)
    assert presenter.set_active("rosa", True) is None

    problem = presenter.reset_password("rosa", "short", "short")
    assert problem is not None and problem.field == "password"
    problem = presenter.reset_password("rosa", NEW_PASSWORD, NEW_PASSWORD + "x")
    assert problem is not None and problem.field == "password_again"
    assert presenter.reset_password("rosa", NEW_PASSWORD, NEW_PASSWORD) is None
    assert accounts.sign_in("rosa", NEW_PASSWORD).username == "rosa"


def test_an_administrator_cannot_lock_themselves_out(presenter: UsersPresenter) -> None:
    problem = presenter.set_active("ada", False)
    assert problem is not None and problem.field == "username"
    me = presenter.user("ada")
    assert me is not None
    problem = presenter.update(UserForm(username="ada", roles=frozenset()))
    assert problem is not None and problem.field == "roles"
    form = UserForm.of(me)
    problem = presenter.update(
        UserForm(username="ada", roles=frozenset({Role.PRACTITIONER}), full_name=form.full_name)
    )
    assert problem is not None and "own admin role" in problem.message


def test_edit_roles_and_profile(presenter: UsersPresenter) -> None:
    assert presenter.add(new_user()) is None
    rosa = presenter.user("rosa")
    assert rosa is not None
    form = UserForm.of(rosa)
    changed = UserForm(
        username=form.username,
        roles=frozenset({Role.RECEPTION, Role.ADMIN}),
        full_name="Rosa Díaz-Ortega",
    )
    assert presenter.update(changed) is None
    rosa = presenter.user("rosa")
    assert rosa is not None
    assert rosa.roles == {Role.RECEPTION, Role.ADMIN}
    assert rosa.profile.full_name == "Rosa Díaz-Ortega"


def test_someone_who_is_not_an_administrator_is_refused(accounts: AccountService) -> None:
    reception = add_user(accounts, "rosa", Role.RECEPTION)
    problem = UsersPresenter(accounts, reception).load()
    assert problem is not None and problem.field is None
    assert "not allowed to manage user accounts" in problem.message


# --- the dialog -----------------------------------------------------------------------------


@pytest.fixture
def dialog(qtbot: QtBot, presenter: UsersPresenter, prompts: RecordingPrompts) -> UsersDialog:
    dialog = UsersDialog(presenter, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _row(dialog: UsersDialog, username: str) -> list[str]:
    row = dialog.model.row_of(username)
    assert row is not None
    return [dialog.model.index(row, c).data() for c in range(dialog.model.columnCount())]


def test_the_table_lists_accounts(dialog: UsersDialog) -> None:
    assert _row(dialog, "ada")[: UserColumn.ACTIVE + 1] == [
        "ada",
        "Ada Lovelace",
        "practitioner, admin",
        "yes",
    ]
    assert _row(dialog, "ada")[UserColumn.LAST_SIGN_IN] != "never"
    selected = dialog.selected_user()  # the first row, so the buttons have something to act on
    assert selected is not None and selected.username == "ada"
    assert dialog.edit_button.isEnabled() and dialog.active_button.text() == "&Disable"


def test_add_user_form_keeps_its_values_until_the_service_accepts_them(
    qtbot: QtBot, dialog: UsersDialog
) -> None:
    dialog.add_button.click()
    form = dialog.edit_dialog
    assert form is not None and form.isVisible()
    form.username_box.setText("rosa")
    form.role_boxes[Role.PRACTITIONER].setChecked(False)
    form.role_boxes[Role.RECEPTION].setChecked(True)
    form.full_name_box.setText("Rosa Díaz")
    form.password_box.setText(PASSWORD)
    form.password_again_box.setText("typo " + PASSWORD)
    form.ok_button.click()
    assert form.isVisible()
    assert form.errors.text("password_again") == "Password: the two entries differ."
    assert (form.username_box.text(), form.full_name_box.text()) == ("rosa", "Rosa Díaz")
    assert form.password_box.text() == ""

    form.password_box.setText(PASSWORD)
    form.password_again_box.setText(PASSWORD)
    form.ok_button.click()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=2000)
    assert _row(dialog, "rosa")[:4] == ["rosa", "Rosa Díaz", "reception", "yes"]
    assert dialog.selected_user() is not None and dialog.selected_user().username == "rosa"
    assert dialog.status_label.text() == "Added rosa."


def test_disable_asks_first_then_enable_and_reset_password(
    qtbot: QtBot,
    dialog: UsersDialog,
    presenter: UsersPresenter,
    prompts: RecordingPrompts,
    accounts: AccountService,
) -> None:
    assert presenter.add(new_user()) is None
    dialog.reload(select="rosa")
    assert dialog.active_button.text() == "&Disable"
    prompts.answer = False
    dialog.active_button.click()
    assert _row(dialog, "rosa")[UserColumn.ACTIVE] == "yes"
    prompts.answer = True
    dialog.active_button.click()
    assert [kind for kind, _title, _text in prompts.shown] == ["confirm", "confirm"]
    assert _row(dialog, "rosa")[UserColumn.ACTIVE] == "disabled"
    assert dialog.active_button.text() == "&Enable"
    dialog.active_button.click()
    assert _row(dialog, "rosa")[UserColumn.ACTIVE] == "yes"

    dialog.reset_button.click()
    reset = dialog.password_dialog
    assert reset is not None and reset.username == "rosa"
    reset.password_box.setText("short")
    reset.password_again_box.setText("short")
    reset.ok_button.click()
    assert reset.errors.text("password") == "Password: use at least 10 characters."
    reset.password_box.setText(NEW_PASSWORD)
    reset.password_again_box.setText(NEW_PASSWORD)
    reset.ok_button.click()
    qtbot.waitUntil(lambda: not reset.isVisible(), timeout=2000)
    assert dialog.status_label.text() == "Password changed for rosa."
    assert accounts.sign_in("rosa", NEW_PASSWORD).username == "rosa"


def test_a_refusal_goes_through_the_prompts(
    qtbot: QtBot, accounts: AccountService, prompts: RecordingPrompts
) -> None:
    reception = add_user(accounts, "rosa", Role.RECEPTION)
    dialog = UsersDialog(UsersPresenter(accounts, reception), prompts)
    qtbot.addWidget(dialog)
    [(kind, title, text)] = prompts.shown
    assert (kind, title) == ("error", "Users")
    assert "not allowed to manage user accounts" in text
    assert dialog.model.rowCount() == 0


def test_edit_form_is_filled_in_and_saves(qtbot: QtBot, dialog: UsersDialog) -> None:
    dialog.select_user("ada")
    dialog.edit_button.click()
    form = dialog.edit_dialog
    assert form is not None
    assert form.username_box.isReadOnly() and form.username_box.text() == "ada"
    assert form.role_boxes[Role.ADMIN].isChecked()
    form.credentials_box.setText("Lic.Ac.")
    form.style_box.setCurrentIndex(form.style_box.findData("tcm"))
    form.years_box.setValue(20)
    form.ok_button.click()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=2000)
    ada = dialog.selected_user()
    assert ada is not None
    assert (ada.profile.credentials, ada.profile.acupuncture_style) == ("Lic.Ac.", "tcm")
    assert ada.profile.years_of_practice == 20


@pytest.mark.parametrize("count", [0, 3])
def test_users_model_passes_qt_model_tester(
    qtmodeltester: ModelTester, presenter: UsersPresenter, count: int
) -> None:
    for n in range(count):
        presenter.add(new_user(username=f"user{n}"))
    model = UsersTableModel()
    model.set_users(presenter.users)
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None


@pytest.mark.parametrize(
    "module",
    [
        "planner.ui.admin.users_presenter",
        "planner.ui.admin.audit_presenter",
        "planner.ui.admin.clinic_settings_presenter",
    ],
)
def test_admin_presenters_need_no_qt(module: str) -> None:
    code = f"import sys, {module}; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_a_profile_with_control_characters_is_refused_at_its_field(
    qtbot: QtBot, dialog: UsersDialog
) -> None:
    """Found by the admin robot: profile texts were stored as typed, escape codes,
    bidi overrides and all, and longer than their column."""
    dialog.select_user("ada")
    dialog.edit_button.click()
    form = dialog.edit_dialog
    assert form is not None
    form.registration_box.setFocus()
    form.registration_box.insert("BAcC\x1b[31m-1234")
    form.ok_button.click()
    assert form.isVisible()
    assert "control character" in form.errors.text("registration_number")
    assert form.registration_box.text() == "BAcC\x1b[31m-1234"  # kept as typed
    form.full_name_box.setText("A" * 201)
    form.registration_box.setText("BAcC-1234")
    form.ok_button.click()
    assert form.errors.text("full_name") == "Full name: at most 200 characters (201 typed)."
    form.full_name_box.setText("Ada Lovelace")
    form.ok_button.click()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=2000)
    ada = dialog.selected_user()
    assert ada is not None and ada.profile.registration_number == "BAcC-1234"
