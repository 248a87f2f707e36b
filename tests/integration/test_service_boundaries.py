"""Every public service method checks and converts its arguments at the boundary
(planner.services.boundary): a wrong type or value is a PlannerError naming the field,
never an AttributeError, TypeError, KeyError or a database error (issue 15).

* every service class and every public method is covered by the mechanism, so a new
  method cannot skip it;
* a Hypothesis robot calls each public method on a real SQLite clinic with an odd value
  for one parameter at a time and asserts that only PlannerError escapes and that a
  refused call wrote nothing;
* enum values that arrive as plain strings (what PySide6 makes of enum members in a
  Signal(dict) payload) are converted, and a wrong string names the field.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import enum
import importlib
import inspect
import math
import os
import pkgutil
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import partial
from pathlib import Path
from typing import Any, Literal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, literal, select, union_all

import planner.services
from planner.domain.appointments import PartOfDay
from planner.domain.courses import ReviewDraft
from planner.domain.courses_safety import key_of
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.intake import IntakeDraft
from planner.domain.payments import Allocation
from planner.domain.plans import Cupping, ElectroPair, Moxibustion, Plan
from planner.domain.progress import ClinicFilter
from planner.domain.vocab import (
    CancelledBy,
    ConsentScope,
    CuppingType,
    EAFrequencyMode,
    MoxaType,
    PaymentMethod,
    PointSide,
    ReviewDecision,
    Role,
    Technique,
)
from planner.services.accounts import AccountService, Profile
from planner.services.appointment_calendar import CalendarService
from planner.services.appointment_views import AppointmentDraft
from planner.services.appointments import AppointmentService
from planner.services.audit import AuditFilter, AuditTrail
from planner.services.audit_view import AuditReader
from planner.services.backups import BackupService
from planner.services.boundary import (
    CheckedService,
    is_checked,
    public_methods,
    signature_of,
)
from planner.services.clinic import ClinicService
from planner.services.courses import CourseService
from planner.services.document_request import DocumentKind, DocumentRequest, Use
from planner.services.documents import DocumentService
from planner.services.guard import GuardedService
from planner.services.intake import IntakeService
from planner.services.outcomes import OutcomeEntry, OutcomeService
from planner.services.patients import PatientDirectory
from planner.services.payments import PaymentService
from planner.services.plan_templates import PlanTemplateService
from planner.services.plans import PlanService
from planner.services.progress import ProgressService
from planner.services.registry import PatientRegistry
from planner.services.room import RoomService
from planner.services.sessions import SessionService
from planner.services.signoff import SignOff
from planner.services.takings import DayReportService
from planner.storage.base import Base
from planner.storage.database import Database, open_database
from tests.helpers.document_clinic import PLAN, TODAY, DocumentClinic, build
from tests.pg_server import PgServer

# The services planner/app.py builds; the enumeration below must find at least these.
SERVICES = (
    AccountService,
    AppointmentService,
    CalendarService,
    DayReportService,
    PaymentService,
    AuditReader,
    BackupService,
    ClinicService,
    CourseService,
    DocumentService,
    IntakeService,
    OutcomeService,
    PatientDirectory,
    PlanService,
    PlanTemplateService,
    ProgressService,
    PatientRegistry,
    RoomService,
    SessionService,
    SignOff,
)
# Parameters no screen passes: the sign-off helper's ORM objects (another service's).
INTERNAL = {("SignOff", "mark_signed")}
# What a refused call may write: the audit trail records refusals; a wrong password at
# sign-in or unlock counts towards the lock-out.
REFUSALS_WRITE = {"audit_event", "audit_log"}
ENGINES = ("sqlite", "postgresql")
SOAK = os.environ.get("ACUPLANNER_SOAK") == "1"  # more examples, new each run
COUNTS_FAILURES = {
    ("AccountService", "sign_in"),
    ("AccountService", "unlock"),
    ("AccountService", "change_own_password"),  # a wrong current password counts
}


def _service_modules() -> Iterator[Any]:
    for info in pkgutil.walk_packages(planner.services.__path__, "planner.services."):
        yield importlib.import_module(info.name)


def _service_classes() -> set[type]:
    """Every class in planner.services whose constructor takes the database: a service."""
    found: set[type] = set()
    for module in _service_modules():
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            init = cls.__dict__.get("__init__")
            hints = getattr(init, "__annotations__", {}) if init else {}
            if issubclass(cls, GuardedService) or "Database" in map(str, hints.values()):
                found.add(cls)
    return found


def _methods(cls: type) -> dict[str, Callable[..., Any]]:
    methods: dict[str, Callable[..., Any]] = {}
    for klass in reversed(cls.__mro__):
        if klass not in (object, CheckedService, GuardedService):
            methods.update(public_methods(klass))
    return methods


# --- (a) nothing skips the check ---------------------------------------------------------


def test_every_service_method_is_checked_at_the_boundary() -> None:
    classes = _service_classes()
    assert set(SERVICES) <= classes
    # Helpers that take the database but are not services a screen calls.
    helpers = {"AuditTrail", "Guard", "DemoGenerator"}  # the demo: command line only
    unchecked = []
    for cls in sorted(classes, key=lambda c: c.__name__):
        if cls.__name__ in helpers:
            continue
        if not issubclass(cls, CheckedService):
            unchecked.append(f"{cls.__name__} (not a CheckedService)")
            continue
        for name, value in vars(cls).items():
            if isinstance(value, staticmethod | classmethod) and not name.startswith("_"):
                unchecked.append(f"{cls.__name__}.{name} (static: the check does not see it)")
        for name, method in _methods(cls).items():
            if not is_checked(method):
                unchecked.append(f"{cls.__name__}.{name}")
            else:
                signature_of(method.__wrapped__)  # every hint resolves, nested ones too
    assert unchecked == []


# --- the converter on its own ------------------------------------------------------------


class _Probe(CheckedService):
    def call(
        self,
        patient_id: int,
        mode: EAFrequencyMode,
        day: dt.date,
        width: float | None = None,
        sides: tuple[PointSide, ...] = (),
        on: bool = False,
    ) -> tuple[Any, ...]:
        return patient_id, mode, day, width, sides, on


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"patient_id": 0}, "patient_id"),
        ({"patient_id": -3}, "patient_id"),
        ({"patient_id": True}, "patient_id"),
        ({"patient_id": 2**64}, "patient_id"),
        ({"patient_id": "7"}, "patient_id"),
        ({"mode": "fast"}, "mode"),
        ({"mode": CuppingType.DRY}, "mode"),
        ({"day": dt.datetime(2026, 1, 1, 9, 0)}, "day"),
        ({"day": "2026-01-01"}, "day"),
        ({"width": math.nan}, "width"),
        ({"width": "0.2"}, "width"),
        ({"sides": ("B", "Q")}, "sides[1]"),
        ({"sides": "B"}, "sides"),
        ({"on": 1}, "on"),
    ],
)
def test_a_wrong_argument_is_a_validation_error_naming_it(
    kwargs: dict[str, Any], field: str
) -> None:
    args = {"patient_id": 1, "mode": EAFrequencyMode.LOW, "day": TODAY} | kwargs
    with pytest.raises(ValidationError) as caught:
        _Probe().call(**args)
    assert caught.value.field == field
    assert caught.value.message.startswith(f"{field}: must ")


def test_values_are_converted_to_what_the_hints_say() -> None:
    got = _Probe().call(5, "low", TODAY, 1, ["B", PointSide.LEFT], on=True)
    assert got == (5, EAFrequencyMode.LOW, TODAY, 1.0, (PointSide.BILATERAL, PointSide.LEFT), True)
    assert type(got[3]) is float and isinstance(got[1], EAFrequencyMode)


def test_the_allowed_values_are_named() -> None:
    with pytest.raises(ValidationError, match="one of low, high, dense_disperse"):
        _Probe().call(1, "LOW", TODAY)


def test_containers_literals_and_records_are_checked_item_by_item() -> None:
    class Probe(CheckedService):
        def call(
            self,
            roles: Iterable[Role],
            overrides: Mapping[tuple[str, str], str],
            how: Literal["auto", "plan"],
            target: Path,
            pair: ElectroPair,
        ) -> tuple[Any, ...]:
            return roles, overrides, how, target, pair

    pair = ElectroPair("BL23", "BL25", mode="low")  # type: ignore[arg-type]
    roles, overrides, how, target, converted = Probe().call(
        ["admin"], {("rule", "x"): "why"}, "plan", "/tmp/a.sqlite3", pair
    )
    assert roles == (Role.ADMIN,) and overrides == {("rule", "x"): "why"} and how == "plan"
    assert target == Path("/tmp/a.sqlite3") and converted.mode is EAFrequencyMode.LOW
    assert pair.mode == "low"  # the caller's record is never changed: a copy is
    good = ("admin",), {}, "auto", Path("x"), converted
    for index, wrong, field in [
        (0, "admin", "roles"),  # a string is not a list of roles
        (0, ["boss"], "roles[0]"),
        (1, {("rule",): "why"}, "overrides[('rule',)]"),
        (2, "AUTO", "how"),
        (3, "a\x00b", "target"),
        (3, "", "target"),
        (4, dataclasses.replace(pair, minutes=True), "pair.minutes"),
        (4, dataclasses.replace(pair, pulse_width_ms=math.inf), "pair.pulse_width_ms"),
    ]:
        args = list(good)
        args[index] = wrong
        with pytest.raises(ValidationError) as caught:
            Probe().call(*args)
        assert caught.value.field == field


# --- a real clinic -----------------------------------------------------------------------


@pytest.fixture(scope="module", params=ENGINES)
def document_clinic(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[DocumentClinic]:
    """The document tests' clinic, on SQLite and PostgreSQL (which refuses more: over-long
    text, NUL characters, out-of-range numbers)."""
    if request.param == "sqlite":
        url, drop = str(tmp_path_factory.mktemp("boundary") / "clinic.sqlite3"), None
    else:
        server: PgServer = request.getfixturevalue("pg_server")
        name = server.create_migrated_database()
        url, drop = server.url(name), partial(server.drop_database, name)
    database, _ = open_database(url)
    try:
        yield build(database)
    finally:
        database.dispose()
        if drop is not None:
            drop()


def _services(document_clinic: DocumentClinic, folder: Path) -> dict[str, Any]:
    db, ada, today = document_clinic.db, document_clinic.ada, (lambda: TODAY)
    audit = AuditTrail()
    return {
        "AccountService": AccountService(db, audit),
        "AuditReader": AuditReader(db, audit),
        "BackupService": BackupService(db, folder, audit),
        "ClinicService": ClinicService(db, audit),
        "CourseService": CourseService(db, ada, audit, today),
        "DocumentService": DocumentService(db, ada, audit, today),
        "IntakeService": IntakeService(db, ada, audit, today),
        "OutcomeService": OutcomeService(db, ada, audit, today),
        "PatientDirectory": PatientDirectory(db, ada, audit),
        "PlanService": PlanService(
            db, ada, audit, today, templates=PlanTemplateService(db, ada, audit)
        ),
        "PlanTemplateService": PlanTemplateService(db, ada, audit),
        "ProgressService": ProgressService(db, ada, audit, today),
        "PatientRegistry": PatientRegistry(db, ada, audit, today),
        "RoomService": RoomService(db, ada, SessionService(db, ada, audit, today), audit, today),
        "SessionService": SessionService(db, ada, audit, today),
        "SignOff": SignOff(db, ada, audit, today),
        "AppointmentService": AppointmentService(db, ada, audit, today),
        "CalendarService": CalendarService(db, ada, audit, today),
        "DayReportService": DayReportService(db, ada, audit, today),
        "PaymentService": PaymentService(db, ada, audit, today),
    }


def _samples(
    document_clinic: DocumentClinic, services: dict[str, Any], folder: Path
) -> dict[Any, Any]:
    """A plausible value for each parameter name, and for each dataclass type."""
    patient = document_clinic.patient
    intake = services["IntakeService"].latest(patient)
    request = DocumentRequest(DocumentKind.RECEIPT, patient, session_id=document_clinic.signed[0])
    return {
        "actor": document_clinic.sam,
        "patient_id": patient,
        "course_id": document_clinic.course,
        "session_id": document_clinic.draft,
        "intake_id": intake.id if intake else 1,
        "previous_intake_id": None,
        "room_id": 1,
        "timer_id": 1,
        "template_id": 1,
        "user_id": document_clinic.ada.user_id,
        "exclude_id": None,
        "moving_id": None,
        "expected_version": 1,
        "chart_number": 1000,
        "after": None,
        "limit": 10,
        "ids": [patient],
        "day": TODAY,
        "on": TODAY,
        "paid_on": TODAY,
        "amount_cents": 100,
        "fee_cents": 100,
        "minutes": 10,
        "extra": 1,
        "needles_in": 6,
        "needles_out": 6,
        "active": True,
        "archived": False,
        "given": True,
        "include_archived": False,
        "username": "reza",
        "password": "a long enough password",
        "current_password": "a long enough password",
        "new_password": "another long password",
        "clinic_name": "Riverside",
        "query": "Zo",
        "ref": "",
        "prefill": "auto",
        "save_id": None,
        "keep_connection": False,
        "name": "A template",
        "description": "",
        "reason": "The patient improves week by week.",
        "action_taken": "Searched the couch.",
        "text": "Amended: BL25 on the right, not the left.",
        "kind": "retention",
        "method": PaymentMethod.CARD,
        "scope": ConsentScope.NEEDLING,
        "use": Use.PREVIEW,
        "affected_side": None,
        "areas": (),
        "roles": ("reception",),
        "acknowledged": frozenset(),
        "overrides": None,
        "path": folder / "no-such-backup.sqlite3",
        "target": None,
        "checkpoint": lambda: None,
        "profile": Profile(full_name="Reza Front"),
        "request": request,
        "prepared": services["DocumentService"].prepare(request),
        "choice": services["DocumentService"].home_advice(document_clinic.signed[0]).choice,
        "wanted": services["ClinicService"].settings(),
        "review": ReviewDraft(ReviewDecision.CONTINUE),
        "entry": OutcomeEntry(3, 5, 4, 4),
        "plan": PLAN,
        AuditFilter: AuditFilter(),
        ClinicFilter: ClinicFilter(),
        IntakeDraft: services["IntakeService"].new_draft(patient)[0],
        "CourseDraft": services["CourseService"].new_course(patient),
        "PatientDraft": services["PatientRegistry"].get(patient).draft,
        "SessionDraft": services["SessionService"].get(document_clinic.draft).draft,
        # the appointment book, payments and the end of day (issue 18)
        "appointment_id": 1,
        "starts_at": dt.datetime.combine(TODAY + dt.timedelta(days=1), dt.time(10, 0)),
        "first": TODAY,
        "count": 1,
        "practitioner_id": document_clinic.ada.user_id,
        "first_day": TODAY,
        "length_minutes": 30,
        "days": 7,
        "part": PartOfDay.ANY,
        "weekday": None,
        "preferred_minute": None,
        "clear_room": False,
        "by": CancelledBy.PATIENT,
        "times": (),
        "reference": "",
        "practitioner": None,
        "file_format": "pdf",
        "allocations": (Allocation(document_clinic.draft, 100),),
        AppointmentDraft: AppointmentDraft(
            patient, document_clinic.ada.user_id, dt.datetime.combine(TODAY, dt.time(10, 0))
        ),
    }


def _sample(samples: dict[Any, Any], name: str, hint: Any) -> Any:
    if name in samples:
        return samples[name]
    if hint in samples:
        return samples[hint]
    typename = getattr(hint, "__name__", "")
    if typename in samples:
        return samples[typename]
    for option in typing.get_args(hint):
        if option in samples:
            return samples[option]
    raise AssertionError(f"no sample for {name}: {hint}")


HOSTILE = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\ud800",
    "\u202e",
    "'; DROP TABLE patient; --",
    "%",
    "_",
    "x" * 5000,
    "Zoë",
    "NaN",
    "-1",
]
ODD: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.sampled_from([0, -1, 1, 2, 9_999_999, 2**63, -(2**63) - 1, 10**30]),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(HOSTILE),
    st.text(max_size=12),
    st.sampled_from(
        [
            dt.datetime(2026, 11, 16, 9, 30),
            dt.date(1, 1, 1),
            dt.date(9999, 12, 31),
            object(),
            [],
            (),
            {},
            b"bytes",
            frozenset({"x"}),
            ["x", 1],
            Path("/"),
            CuppingType.WET,
            Technique.CUPPING,
        ]
    ),
)


def _enums_in(hint: Any) -> list[type[enum.Enum]]:
    found = []
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        found.append(hint)
    for arg in typing.get_args(hint):
        found.extend(_enums_in(arg))
    return found


def _odd_for(hint: Any, sample: Any) -> st.SearchStrategy[Any]:
    """Odd values for a parameter: anything from ODD, enum values as strings (valid and
    not), and for a dataclass the sample with one field given an odd value."""
    choices = [ODD]
    for kind in _enums_in(hint):
        values = [str(member.value) for member in kind]
        choices.append(st.sampled_from([*values, *(v.upper() for v in values), "other"]))
    if _is_record(sample):
        choices.append(_broken(sample))
    return st.one_of(choices)


def _is_record(value: Any) -> bool:
    return dataclasses.is_dataclass(value) and not isinstance(value, type)


@st.composite
def _broken(draw: st.DrawFn, sample: Any, depth: int = 0) -> Any:
    """``sample`` with one field, or one field of a nested record (a plan's cupping, a
    draft's third point), given an odd value."""
    names = [field.name for field in dataclasses.fields(sample) if field.init]
    name = draw(st.sampled_from(names))
    current = getattr(sample, name)
    inner = (
        [i for i, item in enumerate(current) if _is_record(item)]
        if isinstance(current, tuple)
        else []
    )
    if depth < 2 and _is_record(current) and draw(st.booleans()):
        value = draw(_broken(current, depth + 1))
    elif depth < 2 and inner and draw(st.booleans()):
        index = draw(st.sampled_from(inner))
        item = draw(_broken(current[index], depth + 1))
        value = (*current[:index], item, *current[index + 1 :])
    else:
        value = draw(ODD)
    broken = copy.copy(sample)
    object.__setattr__(broken, name, value)  # bypass the dataclass's own checks
    return broken


def _fingerprint(db: Database) -> tuple[Any, ...]:
    """Rows and the sum of versions of every table a refusal must not touch (one query)."""
    parts = []
    for table in Base.metadata.sorted_tables:
        if table.name in REFUSALS_WRITE:
            continue
        version = table.c.get("version")
        total = func.coalesce(func.sum(version), 0) if version is not None else literal(0)
        parts.append(select(literal(table.name), func.count(), total).select_from(table))
    with db.read() as session:
        return tuple(session.execute(union_all(*parts)).all())


def _cases() -> list[tuple[str, str]]:
    return sorted(
        (cls.__name__, name)
        for cls in SERVICES
        for name in _methods(cls)
        if (cls.__name__, name) not in INTERNAL
    )


@pytest.fixture(scope="module")
def world(
    document_clinic: DocumentClinic, tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict[str, Any], dict[Any, Any]]:
    folder = tmp_path_factory.mktemp("backups")
    services = _services(document_clinic, folder)
    signing = SessionService(document_clinic.db, document_clinic.ada, today=lambda: TODAY)
    RoomService(document_clinic.db, document_clinic.ada, signing, today=lambda: TODAY).open(
        document_clinic.draft
    )
    return services, _samples(document_clinic, services, folder)


@pytest.mark.parametrize(("service", "method"), _cases())
def test_odd_arguments_raise_only_planner_errors_and_write_nothing(
    service: str,
    method: str,
    world: tuple[dict[str, Any], dict[Any, Any]],
    document_clinic: DocumentClinic,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)  # a backup to a relative path lands here, not in the checkout
    services, samples = world
    bound = getattr(services[service], method)
    sig = signature_of(bound.__wrapped__)
    hints = typing.get_type_hints(bound.__wrapped__)
    if not sig.names:
        bound()  # nothing to get wrong
        return
    valid = {name: _sample(samples, name, hints[name]) for name in sig.names}

    @settings(
        max_examples=60 if SOAK else 8 if document_clinic.db.backend == "sqlite" else 4,
        deadline=None,
        derandomize=not SOAK,  # make test is repeatable; the soak explores
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        name = data.draw(st.sampled_from(sig.names), label="parameter")
        odd = data.draw(_odd_for(hints[name], valid[name]), label="value")
        try:
            bound(**(valid | {name: odd}))
        except PlannerError:
            after = _fingerprint(document_clinic.db)
            if (service, method) not in COUNTS_FAILURES:
                assert after == state[0], "a refused call wrote"
            state[0] = after
        else:
            state[0] = _fingerprint(document_clinic.db)  # an accepted call may write

    state = [_fingerprint(document_clinic.db)]
    run()


# --- (c) the plan editor's strings -------------------------------------------------------


def _plan_with(**changes: Any) -> Plan:
    techniques = PLAN.techniques | {Technique.CUPPING, Technique.MOXIBUSTION}
    return dataclasses.replace(PLAN, techniques=techniques, **changes)


def _save(document_clinic: DocumentClinic, plan: Plan) -> Plan:
    plans = PlanService(document_clinic.db, document_clinic.ada, today=lambda: TODAY)
    check = plans.check(document_clinic.course, plan)
    overrides = {key_of(f): "Reviewed with the patient, agreed." for f in check.needs_override}
    acknowledged = frozenset(key_of(f) for f in check.unacknowledged)
    version = plans.plan(document_clinic.course).course_version
    plans.save(document_clinic.course, plan, version, acknowledged, overrides)
    saved = plans.plan(document_clinic.course).plan
    assert saved is not None
    return saved


def test_a_plan_whose_types_arrive_as_strings_is_saved(document_clinic: DocumentClinic) -> None:
    plan = _plan_with(
        cupping=Cupping("wet", ("BL23",), 5),  # type: ignore[arg-type]
        moxibustion=Moxibustion("stick", ("GV4",), 10),  # type: ignore[arg-type]
        electro=(ElectroPair("BL23", "BL25", mode="low", hertz="2"),),  # type: ignore[arg-type]
    )
    saved = _save(document_clinic, plan)
    assert saved.cupping is not None and saved.cupping.type is CuppingType.WET
    assert saved.moxibustion is not None and saved.moxibustion.type is MoxaType.STICK
    assert saved.electro[0].mode is EAFrequencyMode.LOW


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"cupping": Cupping("suction", ("BL23",), 5)}, "plan.cupping.type"),
        ({"moxibustion": Moxibustion("Stick", ("GV4",), 10)}, "plan.moxibustion.type"),
        ({"electro": (ElectroPair("BL23", "BL25", mode="2 Hz"),)}, "plan.electro[0].mode"),
        ({"cupping": Cupping(CuppingType.DRY, ("BL23",), "5")}, "plan.cupping.minutes"),
    ],
)
def test_a_wrong_string_in_a_plan_names_the_field(
    document_clinic: DocumentClinic, changes: dict[str, Any], field: str
) -> None:
    plans = PlanService(document_clinic.db, document_clinic.ada, today=lambda: TODAY)
    version = plans.plan(document_clinic.course).course_version
    with pytest.raises(ValidationError) as caught:
        plans.save(document_clinic.course, _plan_with(**changes), version)
    assert caught.value.field == field


def test_a_session_whose_ea_mode_arrives_as_a_string_is_saved(
    document_clinic: DocumentClinic,
) -> None:
    sessions = SessionService(document_clinic.db, document_clinic.ada, today=lambda: TODAY)
    record = sessions.get(document_clinic.draft)
    pair = ElectroPair("BL23", "BL25", mode="high", hertz="100")  # type: ignore[arg-type]
    draft = dataclasses.replace(
        record.draft, treatment=dataclasses.replace(record.draft.treatment, electro=(pair,))
    )
    saved = sessions.save_draft(record.id, draft, record.version)
    assert saved.draft.treatment.electro[0].mode is EAFrequencyMode.HIGH
    bad = dataclasses.replace(pair, mode="fast")  # type: ignore[arg-type]
    wrong = dataclasses.replace(
        draft, treatment=dataclasses.replace(draft.treatment, electro=(bad,))
    )
    with pytest.raises(ValidationError) as caught:
        sessions.save_draft(saved.id, wrong, saved.version)
    assert caught.value.field == "draft.treatment.electro[0].mode"


def test_checking_is_cheap(document_clinic: DocumentClinic) -> None:
    """The check runs on every call (a search runs on each keystroke): a plan of 20 points
    and a search's arguments take well under a millisecond."""
    import time

    probe = _Probe()
    start = time.perf_counter()
    for _ in range(2000):
        probe.call(1, "low", TODAY, 0.2, ("B", "L"), on=True)
    assert (time.perf_counter() - start) / 2000 < 0.0005
