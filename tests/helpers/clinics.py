"""Clinic fixtures more than one test module uses (``tests/conftest.py`` registers this
module as a plugin): ``document_clinic``, the documents clinic of
:mod:`tests.helpers.document_clinic`, built once per run and engine and copied for each
test. Modules that need it elsewhere (a fresh file per test, a UI database) define their
own ``document_clinic``, which pytest prefers.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from tests.helpers.document_clinic import DocumentClinic, build

if TYPE_CHECKING:
    from tests.conftest import BuiltDatabase


@pytest.fixture
def document_clinic(built_database: BuiltDatabase[DocumentClinic]) -> DocumentClinic:
    """The documents clinic, built once per run and engine and copied for each test."""
    db, clinic = built_database("document_clinic", build)
    return replace(clinic, db=db)
