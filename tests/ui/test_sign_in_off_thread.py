"""The sign-in window's password check on a worker thread (issue 20): the window keeps
answering while argon2 runs, a second Enter does not sign in twice, a wrong password
leaves the form usable, and the next attempt signs in. No timing is asserted."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from planner.domain.vocab import Role
from planner.services.accounts import SignInFailed
from planner.services.actor import Actor
from planner.ui.signin.dialogs import SignInDialog
from planner.ui.signin.presenter import SignInPresenter
from planner.ui.tasks import BackgroundTasks

WEI = Actor(7, "wei", frozenset({Role.PRACTITIONER}), "Wei Chen")
WRONG = "The user name or password is not right."


class SlowAuthenticate:
    """Holds each check until released (like argon2 on its thread); the first fails."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.attempts: list[tuple[str, str]] = []
        self.threads: list[str] = []

    def __call__(self, username: str, password: str) -> Actor:
        self.attempts.append((username, password))
        self.threads.append(threading.current_thread().name)
        assert self.release.wait(10)
        if len(self.attempts) == 1:
            raise SignInFailed(WRONG)
        return WEI


def test_the_check_runs_off_the_main_thread_and_the_window_stays_usable(qtbot: QtBot) -> None:
    authenticate = SlowAuthenticate()
    tasks = BackgroundTasks()
    dialog = SignInDialog(SignInPresenter(authenticate, runner=tasks), "Clinic")
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    signed_in: list[object] = []
    refused: list[str] = []
    form.signed_in.connect(signed_in.append)
    form.failed.connect(refused.append)

    form.username_box.setText("wei")
    form.password_box.setText("not-the-one")
    form.submit()
    assert form.busy and not form.sign_in_button.isEnabled()
    assert form.sign_in_button.text() == "Signing in…"
    assert form.password_box.text() == ""  # not kept on screen while checked
    form.password_box.setText("typed again")
    form.submit()  # Enter pressed a second time: ignored while the first is checked

    ticks: list[int] = []  # the event loop runs while the check waits
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=5000)
    timer.stop()
    assert form.busy and len(authenticate.attempts) == 1

    authenticate.release.set()
    qtbot.waitUntil(lambda: not form.busy, timeout=5000)
    assert refused == [WRONG] and signed_in == []
    assert form.message_label.text() == WRONG
    assert form.sign_in_button.isEnabled() and form.sign_in_button.text() == "Sign in"
    assert authenticate.threads[0] != threading.main_thread().name

    form.password_box.setText("right-one")
    form.submit()
    qtbot.waitUntil(lambda: signed_in == [WEI], timeout=5000)
    assert authenticate.attempts == [("wei", "not-the-one"), ("wei", "right-one")]
    assert not form.busy and form.message_label.text() == ""
    tasks.wait()


def test_without_a_runner_the_check_is_made_at_once(qtbot: QtBot) -> None:
    authenticate = SlowAuthenticate()
    authenticate.release.set()
    dialog = SignInDialog(SignInPresenter(authenticate), "Clinic")
    qtbot.addWidget(dialog)
    refused: list[str] = []
    dialog.form.failed.connect(refused.append)
    dialog.form.username_box.setText("wei")
    dialog.form.password_box.setText("nope")
    dialog.form.submit()
    assert refused == [WRONG] and not dialog.form.busy
    assert authenticate.threads == [threading.main_thread().name]
