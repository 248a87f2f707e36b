"""A robot administers user accounts as a hurried clinic administrator would: random
sequences of real interactions with Admin → Users (Add user…, Edit…, Disable/Enable,
Reset password…; every role check box, the style combo through each item, years typed,
every text field typed or pasted with ordinary and hostile text — very long,
right-to-left and bidi controls, emoji, NUL, markup).

Each submit is checked: nothing reached the crash handler; a refused one kept the form
open with everything typed (passwords excepted: they are cleared on purpose) and named a
field or said why; an accepted one is what the form showed (the table, and the Edit form
opened again, show the stored account) and is in the audit trail. Whatever is stored
follows the rules of every other text field: no control or invisible characters, not
longer than its column.
"""

from __future__ import annotations

import itertools
import unicodedata
from dataclasses import replace
from typing import Any

from hypothesis import event, given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from sqlalchemy import select

from planner.domain.vocab import Role
from planner.services.accounts import AccountService
from planner.storage.database import Database
from planner.storage.models import AuditEvent
from planner.ui.admin.user_forms import UserEditDialog
from planner.ui.admin.users import UsersDialog
from planner.ui.admin.users_presenter import UserForm, UsersPresenter
from tests.ui.conftest import PASSWORD, RecordingPrompts, add_user
from tests.ui.robot_kit import click, every_item, hostile_text, no_crash, robot_settings, type_into

_ADMINS = itertools.count(1)
_INVISIBLE = set(
    "\u200b\u200c\u200d\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
LENGTHS = {"full_name": 200, "credentials": 200, "registration_number": 80}
NAMES = st.one_of(
    st.sampled_from(["rosa", "li.wen", "x", "Ada", "ngozi_o", "", "dr who"]), hostile_text(12)
)
TEXT = st.one_of(st.sampled_from(["", "Rosa Díaz", "Lic.Ac.", "BAcC-1234", "王伟"]), hostile_text())
PASSWORDS = st.sampled_from([PASSWORD, "short", "", "correct horse battery staple"])


def _visible_text_ok(text: str, limit: int) -> bool:
    return len(text) <= limit and not any(
        ch in _INVISIBLE or unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") for ch in text
    )


def _fill(qtbot: Any, form: UserEditDialog, data: st.DataObject) -> None:
    for _step in range(data.draw(st.integers(0, 8))):
        kind = data.draw(st.sampled_from(["role", "text", "style", "years", "name", "password"]))
        if kind == "role":
            box = form.role_boxes[data.draw(st.sampled_from(list(Role)))]
            click(qtbot, box)
        elif kind == "text":
            box = data.draw(
                st.sampled_from([form.full_name_box, form.credentials_box, form.registration_box])
            )
            type_into(qtbot, box, data.draw(TEXT))
        elif kind == "style":
            for _ in every_item(form.style_box):
                pass
            form.style_box.setCurrentIndex(data.draw(st.integers(0, form.style_box.count() - 1)))
        elif kind == "years":
            form.years_box.setValue(data.draw(st.integers(-1, 70)))
        elif kind == "name" and not form.username_box.isReadOnly():
            type_into(qtbot, form.username_box, data.draw(NAMES))
        elif kind == "password" and form.password_box.isVisibleTo(form):
            password = data.draw(PASSWORDS)
            type_into(qtbot, form.password_box, password)
            again = password if data.draw(st.booleans()) else data.draw(PASSWORDS)
            type_into(qtbot, form.password_again_box, again)


def _without_passwords(form: UserForm) -> UserForm:
    return replace(form, password="", password_again="")


def _audited(db: Database, user_id: int) -> list[dict[str, Any]]:
    with db.read() as session:
        return list(
            session.scalars(
                select(AuditEvent.detail).where(
                    AuditEvent.object_type == "user",
                    AuditEvent.object_id == user_id,
                    AuditEvent.action == "user_admin",
                )
            )
        )


@robot_settings(ci=6, soak=150)
@given(data=st.data())
def test_robot_administers_accounts(
    qtbot: Any, accounts: AccountService, ui_db: Database, data: st.DataObject
) -> None:
    admin = add_user(accounts, f"admin{next(_ADMINS)}", Role.ADMIN, full_name="Ada Admin")
    prompts = RecordingPrompts(answer=data.draw(st.booleans()))
    presenter = UsersPresenter(accounts, admin)
    dialog = UsersDialog(presenter, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    with no_crash() as watch:
        for _round in range(data.draw(st.integers(1, 4))):
            action = data.draw(st.sampled_from(["add", "add", "edit", "active", "reset"]))
            rows = dialog.model.rowCount()
            if rows and action != "add":
                # earlier examples' accounts are in the list too: a bound of its own
                dialog.table.selectRow(data.draw(st.integers(0, 40)) % rows)
            user = dialog.selected_user()
            prompts.shown.clear()
            if action == "active" and user is not None:
                before = user.active
                qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
                watch.check()
                after = presenter.user(user.username)
                assert after is not None
                if after.active != before:
                    assert {"change": "enable" if after.active else "disable"} in _audited(
                        ui_db, user.id
                    )
                else:  # refused (their own account) or not confirmed: said why, or asked
                    assert prompts.shown
                continue
            if action == "reset" and user is not None:
                qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
                reset = dialog.password_dialog
                assert reset is not None
                password = data.draw(PASSWORDS)
                type_into(qtbot, reset.password_box, password)
                type_into(qtbot, reset.password_again_box, password)
                qtbot.mouseClick(reset.ok_button, Qt.MouseButton.LeftButton)
                watch.check()
                if reset.isVisible():  # refused: the reason at a field or in a message
                    shown = [reset.errors.text(n) for n in reset.errors.names()]
                    assert any(shown) or prompts.shown
                    reset.reject()
                else:
                    assert {"change": "reset_password"} in _audited(ui_db, user.id)
                continue
            adding = action == "add" or user is None
            qtbot.mouseClick(
                dialog.add_button if adding else dialog.edit_button, Qt.MouseButton.LeftButton
            )
            form = dialog.edit_dialog
            assert form is not None and form.isVisible()
            if adding and data.draw(st.integers(0, 9)) < 7:  # the usual start: a new name
                type_into(qtbot, form.username_box, f"user{next(_ADMINS)}")
                type_into(qtbot, form.password_box, PASSWORD)
                type_into(qtbot, form.password_again_box, PASSWORD)
            _fill(qtbot, form, data)
            typed = form.form()
            qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
            watch.check()
            event(f"{'add' if adding else 'edit'} {'refused' if form.isVisible() else 'saved'}")
            if form.isVisible():  # refused: everything typed kept but the passwords
                assert _without_passwords(form.form()) == _without_passwords(typed)
                shown = [form.errors.text(n) for n in form.errors.names()]
                assert any(shown) or prompts.shown, "a refused save must say why"
                form.reject()
                continue
            name = typed.username.strip().lower()
            stored = presenter.user(name)
            assert stored is not None
            for field, limit in LENGTHS.items():
                value = getattr(stored.profile, field)
                assert _visible_text_ok(value, limit), (field, value)
                assert value == getattr(typed, field).strip()
            assert stored.roles == typed.roles
            assert stored.profile.acupuncture_style == typed.acupuncture_style
            assert stored.profile.years_of_practice == typed.years_of_practice
            selected = dialog.selected_user()
            assert selected is not None and selected.username == name  # the table shows it
            qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
            again = dialog.edit_dialog
            assert again is not None
            shown_again = again.form()
            again.reject()
            expected = replace(
                _without_passwords(typed),
                username=name,
                **{f: getattr(typed, f).strip() for f in LENGTHS},
            )
            assert shown_again == expected
            changes = [d.get("change") for d in _audited(ui_db, stored.id)]
            assert ("add" if adding else "update") in changes
