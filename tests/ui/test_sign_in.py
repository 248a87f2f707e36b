"""Signing in: the presenter with a fake clock, the dialog against real accounts, and the
first-run dialog's validation (errors at their field, what was typed kept)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.domain.errors import DatabaseUnavailable
from planner.domain.vocab import Role
from planner.services.accounts import AccountService, SignInFailed
from planner.services.actor import Actor
from planner.ui.signin.dialogs import FirstRunDialog, SignInDialog
from planner.ui.signin.presenter import (
    FirstRunPresenter,
    SignInPresenter,
    lock_screen_authenticator,
)
from tests.ui.conftest import PASSWORD, FakeClock, add_user

WEI = Actor(7, "wei", frozenset({Role.PRACTITIONER}), "Wei Chen")


class ScriptedAuthenticate:
    """Fails with the queued errors, then signs Wei in; records every attempt."""

    def __init__(self, *failures: Exception) -> None:
        self.failures = list(failures)
        self.attempts: list[tuple[str, str]] = []

    def __call__(self, username: str, password: str) -> Actor:
        self.attempts.append((username, password))
        if self.failures:
            raise self.failures.pop(0)
        return WEI


def too_many(seconds: int) -> SignInFailed:
    return SignInFailed(
        f"Too many failed attempts. Try again in {seconds} seconds.", wait_seconds=seconds
    )


# --- the presenter ---------------------------------------------------------------------------


def test_right_password_gives_the_actor_and_no_message() -> None:
    presenter = SignInPresenter(ScriptedAuthenticate())
    assert presenter.submit("wei", "pw") == WEI
    assert presenter.state().message == "" and presenter.state().can_submit


def test_wrong_password_gives_the_services_message_and_no_wait() -> None:
    authenticate = ScriptedAuthenticate(SignInFailed("The user name or password is not right."))
    presenter = SignInPresenter(authenticate)
    assert presenter.submit("wei", "nope") is None
    state = presenter.state()
    assert (state.message, state.wait_seconds, state.can_submit) == (
        "The user name or password is not right.",
        0,
        True,
    )


def test_a_wait_counts_down_on_the_clock_and_blocks_attempts_until_it_is_over() -> None:
    clock = FakeClock()
    authenticate = ScriptedAuthenticate(too_many(8))
    presenter = SignInPresenter(authenticate, clock=clock)
    assert presenter.submit("wei", "x") is None
    assert presenter.state().message == "Too many failed attempts."  # the countdown says when
    assert presenter.state().wait_seconds == 8 and not presenter.state().can_submit

    assert presenter.submit("wei", PASSWORD) is None  # refused without asking the service
    assert len(authenticate.attempts) == 1
    clock.advance(2.5)
    assert presenter.wait_seconds() == 6  # 5.5 s left, shown rounded up
    clock.advance(5.5)
    assert presenter.state().wait_seconds == 0 and presenter.state().can_submit
    assert presenter.submit("wei", PASSWORD) == WEI
    assert presenter.state().message == ""


def test_a_database_problem_is_shown_at_the_form() -> None:
    presenter = SignInPresenter(ScriptedAuthenticate(DatabaseUnavailable("The server is gone.")))
    assert presenter.submit("wei", "x") is None
    assert presenter.state().message == "The server is gone."


def test_at_the_lock_screen_the_locked_user_unlocks_and_anyone_else_signs_in() -> None:
    calls: list[tuple[str, str]] = []

    class Accounts:
        def unlock(self, actor: Actor, password: str) -> None:
            calls.append(("unlock", actor.username))

        def sign_in(self, username: str, password: str) -> Actor:
            calls.append(("sign_in", username))
            return Actor(8, username, frozenset({Role.RECEPTION}))

    authenticate = lock_screen_authenticator(Accounts(), WEI)
    assert authenticate(" WEI ", "pw") is WEI
    assert authenticate("rosa", "pw").username == "rosa"
    assert calls == [("unlock", "wei"), ("sign_in", "rosa")]


def test_presenter_needs_no_qt() -> None:
    code = "import sys, planner.ui.signin.presenter; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# --- the sign-in dialog ----------------------------------------------------------------------


def _dialog(qtbot: QtBot, presenter: SignInPresenter) -> SignInDialog:
    dialog = SignInDialog(presenter, "Riverside Acupuncture")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def _type(qtbot: QtBot, dialog: SignInDialog, username: str, password: str) -> None:
    form = dialog.form
    form.username_box.setText("")
    qtbot.keyClicks(form.username_box, username)
    qtbot.keyClicks(form.password_box, password)


def test_enter_signs_in_and_empties_the_password(qtbot: QtBot, accounts: AccountService) -> None:
    add_user(accounts, "wei", Role.PRACTITIONER)
    dialog = _dialog(qtbot, SignInPresenter(accounts.sign_in))
    _type(qtbot, dialog, "wei", PASSWORD)
    with qtbot.waitSignal(dialog.signed_in, timeout=2000) as signed_in:
        qtbot.keyClick(dialog.form.password_box, Qt.Key.Key_Return)
    assert signed_in.args[0].username == "wei"
    assert dialog.form.password_box.text() == ""


def test_wrong_password_is_said_at_the_form_and_the_user_name_kept(
    qtbot: QtBot, accounts: AccountService
) -> None:
    add_user(accounts, "wei", Role.PRACTITIONER)
    dialog = _dialog(qtbot, SignInPresenter(accounts.sign_in))
    _type(qtbot, dialog, "wei", "not my password")
    with qtbot.assertNotEmitted(dialog.signed_in):
        qtbot.keyClick(dialog.form.password_box, Qt.Key.Key_Return)
    form = dialog.form
    assert form.message_label.isVisible()
    assert form.message_label.text() == "The user name or password is not right."
    assert (form.username_box.text(), form.password_box.text()) == ("wei", "")
    assert form.password_box.hasFocus()
    assert form.sign_in_button.isEnabled()


def test_after_too_many_failures_the_button_waits_with_a_live_countdown(
    qtbot: QtBot, accounts: AccountService
) -> None:
    add_user(accounts, "wei", Role.PRACTITIONER)
    clock = FakeClock()
    dialog = _dialog(qtbot, SignInPresenter(accounts.sign_in, clock=clock))
    form = dialog.form
    for _attempt in range(6):  # five free attempts, then the service asks to wait 2 s
        _type(qtbot, dialog, "wei", "wrong password!")
        form.submit()
    assert not form.sign_in_button.isEnabled()
    assert form.countdown_label.text() == "You can try again in 2 s."
    assert form.countdown.isActive()

    _type(qtbot, dialog, "wei", PASSWORD)
    with qtbot.assertNotEmitted(dialog.signed_in):
        qtbot.keyClick(form.password_box, Qt.Key.Key_Return)  # Enter is refused too
    clock.advance(1)
    form.countdown.timeout.emit()
    assert form.countdown_label.text() == "You can try again in 1 s."
    clock.advance(1)
    form.countdown.timeout.emit()
    assert form.sign_in_button.isEnabled()
    assert form.countdown_label.text() == "You can try again now."
    assert not form.countdown.isActive()


def test_the_service_message_about_waiting_becomes_the_countdown(qtbot: QtBot) -> None:
    clock = FakeClock()
    dialog = _dialog(qtbot, SignInPresenter(ScriptedAuthenticate(too_many(30)), clock=clock))
    _type(qtbot, dialog, "wei", "x")
    dialog.form.submit()
    assert dialog.form.message_label.text() == "Too many failed attempts."
    assert dialog.form.countdown_label.text() == "You can try again in 30 s."


def test_escape_cancels(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, SignInPresenter(ScriptedAuthenticate()))
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.keyClick(dialog.form.username_box, Qt.Key.Key_Escape)


def test_empty_fields_do_not_count_as_an_attempt(qtbot: QtBot) -> None:
    authenticate = ScriptedAuthenticate()
    dialog = _dialog(qtbot, SignInPresenter(authenticate))
    qtbot.keyClick(dialog.form.username_box, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.form.username_box, "wei")
    qtbot.keyClick(dialog.form.username_box, Qt.Key.Key_Return)
    assert authenticate.attempts == []
    assert dialog.form.password_box.hasFocus()


# --- the first-run dialog --------------------------------------------------------------------


@pytest.fixture
def first_run(qtbot: QtBot, accounts: AccountService) -> FirstRunDialog:
    dialog = FirstRunDialog(FirstRunPresenter(accounts))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def _fill(dialog: FirstRunDialog, clinic: str, username: str, password: str, again: str) -> None:
    dialog.clinic_name_box.setText(clinic)
    dialog.username_box.setText(username)
    dialog.full_name_box.setText("Ada Lovelace")
    dialog.password_box.setText(password)
    dialog.password_again_box.setText(again)


def _typed(dialog: FirstRunDialog) -> tuple[str, ...]:
    return tuple(
        box.text()
        for box in (
            dialog.clinic_name_box,
            dialog.username_box,
            dialog.full_name_box,
            dialog.password_box,
            dialog.password_again_box,
        )
    )


def test_first_run_shows_each_problem_at_its_field_and_keeps_what_was_typed(
    first_run: FirstRunDialog, accounts: AccountService
) -> None:
    errors = first_run.errors
    _fill(first_run, "  ", "ada", PASSWORD, PASSWORD)
    first_run.create_button.click()
    assert errors.text("clinic_name") == "Clinic name: enter the clinic's name."
    assert errors.label("clinic_name").isVisible()
    assert _typed(first_run) == ("  ", "ada", "Ada Lovelace", PASSWORD, PASSWORD)
    assert first_run.clinic_name_box.hasFocus()

    _fill(first_run, "Riverside", "a", PASSWORD, PASSWORD)
    first_run.create_button.click()
    assert errors.text("clinic_name") == ""
    assert errors.text("username").startswith("User name: 2–64 characters")
    assert _typed(first_run) == ("Riverside", "a", "Ada Lovelace", PASSWORD, PASSWORD)

    _fill(first_run, "Riverside", "ada", "short", "short")
    first_run.create_button.click()
    assert errors.text("password") == "Password: use at least 10 characters."
    assert _typed(first_run) == ("Riverside", "ada", "Ada Lovelace", "", "")  # retype it

    _fill(first_run, "Riverside", "ada", PASSWORD, PASSWORD + "!")
    first_run.create_button.click()
    assert errors.text("password_again") == "Password: the two entries differ."
    assert first_run.password_box.hasFocus()
    assert accounts.needs_first_account()


def test_first_run_creates_the_clinic_and_an_admin_practitioner(
    qtbot: QtBot, first_run: FirstRunDialog, accounts: AccountService
) -> None:
    _fill(first_run, "Riverside Back Clinic", "Ada", PASSWORD, PASSWORD)
    with qtbot.waitSignal(first_run.account_created, timeout=5000) as created:
        qtbot.keyClick(first_run.password_again_box, Qt.Key.Key_Return)  # the default button
    actor = created.args[0]
    assert (actor.username, actor.full_name) == ("ada", "Ada Lovelace")
    assert actor.roles == {Role.ADMIN, Role.PRACTITIONER}
    assert not accounts.needs_first_account()
    assert first_run.password_box.text() == first_run.password_again_box.text() == ""
