"""I1: hostile patient and intake input, end to end through the presenter and services.

Hypothesis fills every field at once with huge strings, NUL, lone surrogates,
right-to-left overrides, zero-width characters, emoji, markup and SQL, combining marks,
impossible and future dates, out-of-range scores and marks off the body outline. Pass: 0
crashes; every refusal names its field(s) with a message that starts with the field's
label; every accepted value is stored and reloads exactly as typed (NFC, without the
surrounding spaces). The domain checks have their own, narrower fuzz tests
(tests/unit/domain/test_patient_validation.py, tests/integration/test_intake_service.py);
this one covers whole forms through the database. CI: 200 of each; soak: 10,000.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain.catalog import View
from planner.domain.errors import ValidationError
from planner.domain.intake import BodyMark, IntakeDraft, IntakeInvalid, TriedBefore
from planner.domain.vocab import Cause, Condition, PriorTreatment, RedFlag
from planner.services.intake import IntakeService
from planner.services.registry import PatientRegistry
from planner.storage.database import open_database
from planner.ui.questions import DuplicateAnswer, DuplicateChoice
from planner.ui.registration.presenter import PatientForm, PatientFormPresenter, SaveOutcome
from tests.db_template import migrated_sqlite
from tests.helpers.factories import PRACTITIONER, RECEPTION, add_patient, add_user
from tests.reliability.helpers import runs
from tests.ui.form_fakes import FakeQuestions

TODAY = dt.date(2026, 11, 22)
EXAMPLES = runs(200, 10_000)  # make test: 200 saved forms of each kind (was 1,000: 150 s)
NASTY = [
    "\x00", "\u202e", "\u202d", "\u2066", "\u200b", "\u200d", "\ufeff", "\ud800", "\udfff",
    "\r", "\n", "\t", "\x1b[31m", "🙂", "👩🏽‍⚕️", "e\u0301", "Å", "ﷺ", "𝔘𝔫𝔦", "李小龍", "عبد",
    "<b>", "</para>", "<img src='C:/x.png'/>", "&amp;", "&", "'", '"', "; DROP TABLE patient;--",
    "%s", "{0}", "\\", "NULL", " ", "\u00a0",
]  # fmt: skip
FORM_FIELDS = {f.name for f in dataclasses.fields(PatientForm)}
FIELD_OF = re.compile(r"^[^:]{2,80}: ")


def hostile_text(max_size: int = 60) -> st.SearchStrategy[str]:
    pieces = st.one_of(st.text(max_size=8), st.sampled_from(NASTY))
    return st.one_of(
        st.lists(pieces, max_size=max_size // 4).map("".join),
        st.text(max_size=max_size),
        st.integers(100, 12_000).map(lambda n: "x" * n),  # over every length limit
    )


def hostile_date() -> st.SearchStrategy[str]:
    return st.one_of(
        st.dates(dt.date(1850, 1, 1), dt.date(2200, 12, 31)).map(dt.date.isoformat),
        st.sampled_from(["1985-02-30", "2026-13-01", "0000-00-00", "30/02/1985", "", " "]),
        hostile_text(20),
    )


def _stored(typed: str) -> str:
    return unicodedata.normalize("NFC", typed).strip()


FAST = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


# Text a user may well type (any script, emoji, markup), for the fields left unspoiled.
SAFE = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn", "Cf")), max_size=40
)


@st.composite
def spoiled(
    draw: st.DrawFn, sane: dict[str, st.SearchStrategy], hostile: dict[str, st.SearchStrategy]
) -> dict[str, object]:
    """Sane values, then up to three fields replaced by hostile ones (so that accepted
    saves are common enough to check their round trip, and refusals name few fields)."""
    values = {name: draw(strategy) for name, strategy in sane.items()}
    for name in draw(st.sets(st.sampled_from(sorted(hostile)), max_size=3)):
        values[name] = draw(hostile[name])
    return values


def patient_forms() -> st.SearchStrategy[PatientForm]:
    texts = [f.name for f in dataclasses.fields(PatientForm)]
    sane: dict[str, st.SearchStrategy] = {name: SAFE for name in texts}
    sane |= {
        "given_name": SAFE.filter(lambda t: t.strip()),
        "date_of_birth": st.dates(dt.date(1910, 1, 1), TODAY).map(dt.date.isoformat),
        "sex": st.sampled_from(["female", "male", "intersex", "undisclosed"]),
        "phone": st.from_regex(r"\A\+?[1-9][0-9]{6,12}\Z"),
        "emergency_contact_phone": st.just(""),
        "email": st.sampled_from(["", "zoe@example.org", "o'brien+ap@example.co.uk"]),
    }
    hostile: dict[str, st.SearchStrategy] = {name: hostile_text() for name in texts}
    hostile |= {"date_of_birth": hostile_date(), "sex": hostile_text(10)}
    return spoiled(sane, hostile).map(lambda values: PatientForm(**values))


def test_hostile_registration_forms(tmp_path: Path) -> None:
    db, _ = open_database(str(migrated_sqlite(tmp_path / "patients.sqlite3")))
    registry = PatientRegistry(db, add_user(db, "reza", RECEPTION), today=lambda: TODAY)
    questions = FakeQuestions(duplicates=DuplicateAnswer(DuplicateChoice.CREATE_ANYWAY))
    fields_refused: set[str] = set()
    accepted = 0

    @FAST
    @given(form=patient_forms())
    def check(form: PatientForm) -> None:
        nonlocal accepted
        presenter = PatientFormPresenter(registry, questions, today=lambda: TODAY)
        result = presenter.save(form)
        if result.outcome is SaveOutcome.INVALID:
            assert result.problems and set(result.problems) <= FORM_FIELDS
            for name, message in result.problems.items():
                assert FIELD_OF.match(message), f"{name}: {message!r} does not name the field"
            fields_refused.update(result.problems)
            return
        assert result.outcome is SaveOutcome.SAVED, result
        accepted += 1
        reloaded = registry.get(result.record.id).draft
        for field in dataclasses.fields(PatientForm):
            typed = getattr(form, field.name)
            if field.name == "date_of_birth":
                assert reloaded.date_of_birth == dt.date.fromisoformat(typed.strip())
            else:
                assert getattr(reloaded, field.name) == _stored(typed), field.name

    try:
        check()
    finally:
        db.dispose()
    print(
        f"\nI1 patients: {accepted} accepted and reloaded exactly; "
        f"refusals named {len(fields_refused)} fields"
    )
    assert len(fields_refused) >= 8 and accepted > EXAMPLES // 10


INTAKE_TEXT = [f.name for f in dataclasses.fields(IntakeDraft) if f.type in ("str", str)]
SCORES = (
    "nrs_now", "nrs_worst", "nrs_average", "peg_pain", "peg_enjoyment", "peg_activity",
    "goal_target_pain",
)  # fmt: skip


def intakes() -> st.SearchStrategy[IntakeDraft]:
    marks = st.builds(
        BodyMark,
        view=st.sampled_from(list(View)),
        x=st.floats(0, 1),
        y=st.floats(0, 1),
        kind=st.sampled_from(["pain", "radiating"]),
    )
    odd_marks = st.builds(
        BodyMark,
        view=st.sampled_from(list(View)),
        x=st.floats(-0.5, 1.5) | st.floats(allow_nan=True, allow_infinity=True),
        y=st.floats(-0.5, 1.5),
        kind=st.sampled_from(["pain", "radiating", "<b>", ""]),
    )
    day = st.dates(dt.date(2000, 1, 1), TODAY)
    sane: dict[str, st.SearchStrategy] = {name: SAFE for name in INTAKE_TEXT}
    sane |= {
        "acupuncture_style": st.sampled_from(["", "tcm", "western_medical"]),
        "intake_date": st.just(TODAY),
        "onset_date": st.one_of(st.none(), day),
        "body_marks": st.lists(marks, max_size=3).map(tuple),
        "cause": st.one_of(st.none(), st.sampled_from([c for c in Cause if c != Cause.OTHER])),
        "tried": st.lists(
            st.builds(TriedBefore, kind=st.sampled_from(list(PriorTreatment)), outcome=SAFE),
            max_size=2,
            unique_by=lambda t: t.kind,
        ).map(tuple),
        "medications": st.lists(SAFE, max_size=3).map(tuple),
        "allergies": st.lists(SAFE, max_size=2).map(tuple),
        "conditions": st.dictionaries(st.sampled_from(list(Condition)), st.booleans(), max_size=3),
        "red_flags": st.dictionaries(st.sampled_from(list(RedFlag)), st.booleans(), max_size=3),
        "pregnant": st.sampled_from([None, False]),
        **{name: st.one_of(st.none(), st.integers(0, 10)) for name in SCORES},
    }
    hostile: dict[str, st.SearchStrategy] = {name: hostile_text() for name in INTAKE_TEXT}
    hostile |= {
        "intake_date": st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)),
        "onset_date": st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)),
        "body_marks": st.lists(odd_marks, min_size=1, max_size=3).map(tuple),
        "cause": st.just(Cause.OTHER),
        "tried": st.lists(
            st.builds(
                TriedBefore, kind=st.sampled_from(list(PriorTreatment)), outcome=hostile_text()
            ),
            min_size=1,
            max_size=2,
        ).map(tuple),
        "medications": st.lists(hostile_text(40), min_size=1, max_size=3).map(tuple),
        "allergies": st.lists(hostile_text(40), min_size=1, max_size=2).map(tuple),
        "pregnant": st.just(True),
        "gestation_weeks": st.integers(-2, 50),
        **{name: st.integers(-3, 14) for name in SCORES},
    }
    return spoiled(sane, hostile).map(lambda values: IntakeDraft(**values))


def test_hostile_intakes(tmp_path: Path) -> None:
    db, _ = open_database(str(migrated_sqlite(tmp_path / "intakes.sqlite3")))
    ada = add_user(db, "ada", PRACTITIONER)
    service = IntakeService(db, ada, today=lambda: TODAY)
    patient = add_patient(db)
    names = {f.name for f in dataclasses.fields(IntakeDraft)}
    refused = accepted = 0

    @FAST
    @given(draft=intakes())
    def check(draft: IntakeDraft) -> None:
        nonlocal refused, accepted
        try:
            saved = service.save(patient, draft)
        except IntakeInvalid as invalid:
            refused += 1
            problems = invalid.problems
            assert problems and set(problems) <= names, set(problems) - names
            for name, message in problems.items():
                assert FIELD_OF.match(message), f"{name}: {message!r} does not name the field"
            return
        except ValidationError as invalid:
            # A number no form can produce (NaN, infinity) is refused at the service's
            # boundary, naming the mark's coordinate
            refused += 1
            assert re.fullmatch(r"draft\.body_marks\[\d\]\.[xy]", invalid.field), invalid.field
            assert str(invalid).startswith(invalid.field + ": must be a finite number")
            return
        accepted += 1
        reloaded = service.get(patient, saved.id).draft
        assert reloaded == saved.draft
        for name in INTAKE_TEXT:
            assert getattr(reloaded, name) == _stored(getattr(draft, name)), name
        assert reloaded.medications == tuple(m for m in map(_stored, draft.medications) if m)

    try:
        check()
    finally:
        db.dispose()
    print(f"\nI1 intakes: {accepted} accepted and reloaded exactly, {refused} refused by field")
    assert refused > EXAMPLES // 10 and accepted > EXAMPLES // 10
