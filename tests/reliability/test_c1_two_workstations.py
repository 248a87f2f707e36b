"""C1: two workstations edit the same patient, course or session (SQLite and PostgreSQL).

Random interleavings of "open the record" and "save it" by two practitioners. A save
based on the version that is stored goes through; a save based on an older one is
refused with a message naming who saved the newer version and when, and the stored text
stays exactly what that person saved. Pass: 0 silent overwrites. CI: 20 interleavings
per engine; soak: 100.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import pytest

from planner.domain.courses import CourseDraft
from planner.domain.errors import ConflictError
from planner.services.actor import Actor
from planner.services.courses import CourseService
from planner.services.registry import PatientRegistry
from planner.services.sessions import SessionService
from planner.storage.database import Database
from tests.helpers.factories import PRACTITIONER, add_patient, add_user
from tests.reliability.helpers import SESSION_DAY, runs, session_being_recorded

pytestmark = pytest.mark.both_engines  # concurrency and locking differ per engine

TODAY = SESSION_DAY
INTERLEAVINGS = runs(20, 100)
WHEN = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}")


@dataclass
class Record:
    """One record both workstations edit, through its service."""

    name: str
    load: Callable[[Actor], tuple[int, Any]]  # (version, draft)
    save: Callable[[Actor, Any, int, str], tuple[int, Any]]  # (new version, new draft)
    stored: Callable[[], str]


def _records(db: Database, ada: Actor) -> list[Record]:
    patient, course, session = session_being_recorded(db, ada)

    def registry(actor: Actor) -> PatientRegistry:
        return PatientRegistry(db, actor, today=lambda: TODAY)

    def load_patient(actor: Actor) -> tuple[int, Any]:
        record = registry(actor).get(patient)
        return record.version, record.draft

    def save_patient(actor: Actor, draft: Any, version: int, text: str) -> tuple[int, Any]:
        record = registry(actor).update(patient, replace(draft, address=text), version)
        return record.version, record.draft

    def load_course(actor: Actor) -> tuple[int, Any]:
        view = CourseService(db, actor, today=lambda: TODAY).get(course)
        draft = CourseDraft(
            start_date=view.start_date,
            planned_sessions=view.planned_sessions,
            sessions_per_week=view.sessions_per_week,
            proposed_dates=tuple(s.session_date for s in view.sessions),
            goals=view.goals,
        )
        return view.version, draft

    def save_course(actor: Actor, draft: Any, version: int, text: str) -> tuple[int, Any]:
        service = CourseService(db, actor, today=lambda: TODAY)
        view = service.update(course, replace(draft, goals=text), version)
        return view.version, replace(draft, goals=view.goals)

    def load_session(actor: Actor) -> tuple[int, Any]:
        view = SessionService(db, actor, today=lambda: TODAY).get(session)
        return view.version, view.draft

    def save_session(actor: Actor, draft: Any, version: int, text: str) -> tuple[int, Any]:
        service = SessionService(db, actor, today=lambda: TODAY)
        view = service.save_draft(session, replace(draft, notes=text), version)
        return view.version, view.draft

    return [
        Record("patient", load_patient, save_patient, lambda: load_patient(ada)[1].address),
        Record("course", load_course, save_course, lambda: load_course(ada)[1].goals),
        Record("session", load_session, save_session, lambda: load_session(ada)[1].notes),
    ]


def test_a_stale_save_is_refused_naming_who_and_nothing_is_overwritten(db: Database) -> None:
    ada = add_user(db, "ada", PRACTITIONER, "Ada Lovelace")
    ben = add_user(db, "ben", PRACTITIONER, "Ben Okri")
    records = _records(db, ada)
    rng = random.Random(1402)
    conflicts = saves = 0
    for trial in range(INTERLEAVINGS):
        record = rng.choice(records)
        stored_version, _ = record.load(ada)
        stored_text, last_saver = record.stored(), None
        opened: dict[str, tuple[int, Any] | None] = {"ada": None, "ben": None}
        for step in range(rng.randint(4, 9)):
            actor = rng.choice((ada, ben))
            if opened[actor.username] is None or rng.random() < 0.25:
                opened[actor.username] = record.load(actor)
                continue
            version, draft = opened[actor.username]  # type: ignore[misc]
            text = f"{actor.username} {trial}.{step} — ‏نص‎ 🙂 <b>&</b>"
            try:
                new_version, new_draft = record.save(actor, draft, version, text)
            except ConflictError as conflict:
                conflicts += 1
                assert version != stored_version, f"{record.name}: a fresh save was refused"
                message = conflict.user_text()
                if last_saver is not None:
                    assert last_saver.full_name in message, message
                assert WHEN.search(message) and "nothing was overwritten" in message
                assert record.stored() == stored_text, f"{record.name}: overwritten on refusal"
                continue
            saves += 1
            assert version == stored_version, f"{record.name}: a stale save went through"
            assert new_version != stored_version
            stored_version, stored_text, last_saver = new_version, text, actor
            opened[actor.username] = (new_version, new_draft)
        assert record.stored() == stored_text, f"{record.name}: the last save is not what is stored"
    assert conflicts > 0 and saves > 0
    print(f"\nC1: {INTERLEAVINGS} interleavings, {saves} saves, {conflicts} refused, 0 overwritten")


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_the_refused_text_is_kept_in_the_form(db: Database) -> None:
    from planner.ui.registration.presenter import PatientFormPresenter, SaveOutcome
    from tests.ui.form_fakes import FakeQuestions

    ada = add_user(db, "ada", PRACTITIONER, "Ada Lovelace")
    ben = add_user(db, "ben", PRACTITIONER, "Ben Okri")
    patient = add_patient(db)
    mine = PatientFormPresenter(
        PatientRegistry(db, ada, today=lambda: TODAY), FakeQuestions(), patient_id=patient
    )
    theirs = PatientFormPresenter(
        PatientRegistry(db, ben, today=lambda: TODAY), FakeQuestions(), patient_id=patient
    )
    form, other = mine.load(), theirs.load()
    assert theirs.save(replace(other, address="Ben's address")).outcome is SaveOutcome.SAVED
    typed = replace(form, address="Ada's address")
    result = mine.save(typed)
    assert result.outcome is SaveOutcome.CONFLICT and "Ben Okri" in result.message
    assert mine.is_dirty(typed)  # what Ada typed is still hers to compare or re-apply
    assert mine.reload().address == "Ben's address"
