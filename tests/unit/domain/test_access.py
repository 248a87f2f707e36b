"""The role × action matrix and the password and sign-in policy."""

from __future__ import annotations

import pytest

from planner.domain.access import (
    Action,
    allowed,
    idle_minutes,
    password_problem,
    sign_in_wait_seconds,
)
from planner.domain.vocab import Role

A, R = Action, Role
CLINICAL = {
    A.VIEW_CLINICAL,
    A.EDIT_INTAKE,
    A.EDIT_PLAN,
    A.RECORD_SESSION,
    A.SIGN_SESSION,
    A.AMEND_SESSION,
    A.OVERRIDE_SAFETY,
    A.EXPORT_CLINICAL_REPORT,
    A.PRINT_TAKE_HOME,
}
FRONT_DESK = {
    A.VIEW_PATIENT_LIST,
    A.VIEW_DEMOGRAPHICS,
    A.EDIT_DEMOGRAPHICS,
    A.SCHEDULE_SESSION,
    A.VIEW_SCHEDULE,
    A.RECORD_PAYMENT,
    A.PRINT_RECEIPT,
    A.PRINT_SIGNED_TAKE_HOME,
    A.VIEW_DAY_REPORTS,
}
ADMIN = {
    A.VIEW_DAY_REPORTS,  # the day sheet and takings: chart numbers and amounts only
    A.MANAGE_USERS,
    A.EDIT_CLINIC_SETTINGS,
    A.VIEW_AUDIT,
    A.BACKUP_RESTORE,
    A.VIEW_PATIENT_LIST,
}

EXPECTED = {
    R.PRACTITIONER: CLINICAL | FRONT_DESK,
    R.RECEPTION: FRONT_DESK,
    R.ADMIN: ADMIN,
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(Action))
def test_each_role_and_action(role: Role, action: Action) -> None:
    assert allowed({role}, action) is (action in EXPECTED[role])


def test_reception_never_reads_clinical_content() -> None:
    assert not any(allowed({R.RECEPTION}, action) for action in CLINICAL)


def test_roles_combine_and_no_role_allows_nothing() -> None:
    assert allowed({R.ADMIN, R.PRACTITIONER}, A.VIEW_CLINICAL)
    assert allowed({R.ADMIN, R.PRACTITIONER}, A.MANAGE_USERS)
    assert not allowed({R.ADMIN}, A.VIEW_CLINICAL)
    assert not any(allowed(set(), action) for action in Action)


@pytest.mark.parametrize(
    ("password", "username", "problem"),
    [
        ("correct horse", "ada", None),
        ("short", "", "at least 10"),
        (" leading space here", "", "space"),
        ("AdaLovelace", "adalovelace", "same as the user name"),
        ("abababababab", "", "more different"),
    ],
)
def test_password_policy(password: str, username: str, problem: str | None) -> None:
    result = password_problem(password, username)
    assert (result is None) if problem is None else (problem in (result or ""))


def test_waits_grow_after_five_failures_and_are_capped() -> None:
    assert [sign_in_wait_seconds(n) for n in range(9)] == [0, 0, 0, 0, 0, 2, 4, 8, 16]
    assert sign_in_wait_seconds(50) == 300


@pytest.mark.parametrize(("value", "expected"), [(0, 1), (1, 1), (5, 5), (30, 30), (45, 30)])
def test_idle_minutes_are_kept_in_range(value: int, expected: int) -> None:
    assert idle_minutes(value) == expected
