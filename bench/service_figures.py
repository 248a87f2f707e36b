"""The figures measured in this process, at the service layer: search per keystroke,
opening a patient, saving a signed session, the audit trail, the documents."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import func, select

from bench.clinic import actor, twenty_points, warnings
from bench.stats import Figure, Stopwatch, time_ms
from planner.domain.vocab import Role
from planner.services.audit import AuditFilter
from planner.services.audit_view import AuditReader
from planner.services.intake import IntakeService
from planner.services.patients import PatientDirectory
from planner.services.sessions import SessionService
from planner.storage.database import Database
from planner.storage.models import Patient
from planner.ui.patients.clinical import read_clinical
from planner.ui.patients.presenter import CHUNK

PAGE = 200  # rows the patient list reads for its first page (PatientTableModel.PAGE_SIZE)


@dataclass(frozen=True)
class Typing:
    """What a user types, per kind of search: each string is typed one key at a time."""

    name_prefix: list[str]
    name_substring: list[str]
    phone: list[str]
    date_of_birth: list[str]

    def kinds(self) -> dict[str, list[str]]:
        return {
            "name prefix": self.name_prefix,
            "name substring": self.name_substring,
            "phone": self.phone,
            "date of birth": self.date_of_birth,
        }


def typing_for(db: Database, samples: int = 6, seed: int = 1) -> Typing:
    """Queries taken from real rows of the clinic: Latin-script family names typed from
    the start, a fragment from inside a name, phone numbers, dates of birth."""
    rng = random.Random(seed)
    with db.read() as session:
        count = session.scalar(select(func.count()).select_from(Patient)) or 0
        picks = sorted(rng.sample(range(1, count + 1), min(count, 60)))
        rows = session.execute(
            select(Patient.family_name, Patient.given_name, Patient.phone, Patient.date_of_birth)
            .where(Patient.id.in_(picks))
            .order_by(Patient.id)
        ).all()
    latin = [r for r in rows if r.family_name.isascii() and len(r.family_name) >= 5]
    latin = latin or rows
    prefix = [f"{r.family_name} {r.given_name[:3]}".lower() for r in latin[:samples]]
    inner = [r.family_name[1:5].lower() for r in latin[samples : samples * 2] or latin[:samples]]
    phones = [r.phone for r in rows[:samples]]
    births = [
        r.date_of_birth.isoformat() if n % 2 == 0 else r.date_of_birth.strftime("%d/%m/%Y")
        for n, r in enumerate(rows[samples : samples * 2] or rows[:samples])
    ]
    return Typing(prefix, inner, phones, births)


def keystrokes(text: str) -> list[str]:
    """What the search box holds after each key: "ma", "mar", … (from one character)."""
    return [text[:n] for n in range(1, len(text) + 1)]


def service_keystroke(directory: PatientDirectory, text: str) -> int:
    """What the patient list asks the service for after one key (as
    :meth:`planner.ui.patients.presenter.PatientListPresenter.refresh` does): the first
    chunk of matching ids, then the rows of the first page. Returns how many ids came."""
    ids = directory.search_ids(text, limit=CHUNK + 1)
    directory.rows(ids[:PAGE])
    return len(ids)


def search_figures(db: Database, typing: Typing, repeats: int, target: float) -> list[Figure]:
    directory = PatientDirectory(db, actor(db, "reception"))
    service_keystroke(directory, "")  # warm: statements compiled, pages cached
    figures = []
    for kind, texts in typing.kinds().items():
        watch = Stopwatch()
        for _ in range(repeats):
            for text in texts:
                for typed in keystrokes(text):
                    with watch.lap():
                        service_keystroke(directory, typed)
        figures.append(
            Figure(f"search per keystroke: {kind} (service)", "ms", watch.samples, target)
        )
    return figures


def open_figure(db: Database, patient_id: int, runs: int, target: float) -> Figure:
    """A practitioner opens the patient: the overview (audited) and the clinical summary,
    as :meth:`planner.ui.main_window.MainWindow.open_patient` asks for them."""
    practitioner = actor(db, "practitioner")
    directory = PatientDirectory(db, practitioner)
    intakes = IntakeService(db, practitioner)

    def work() -> None:
        overview = directory.overview(patient_id)
        assert overview is not None
        read_clinical(intakes, patient_id)

    overview = directory.overview(patient_id)
    sessions = sum(len(c.sessions) for c in overview.courses) if overview else 0
    return Figure(
        f"open patient overview, {sessions} sessions (service)",
        "ms",
        time_ms(work, runs, warm=2),
        target,
        note="audited open + safety summary + intakes",
    )


def save_figure(
    db: Database, courses: list[int], today: dt.date, runs: int, target: float
) -> tuple[Figure, Figure]:
    """Sign a session with 20 points as the session screen does (the typed draft saved
    and signed in one transaction, :meth:`SessionService.save_and_sign`), one course per
    run (each is used up); also how long opening today's session takes."""
    sessions = SessionService(db, actor(db, "practitioner"), today=lambda: today)
    points = twenty_points()
    saving, opening = Stopwatch(), Stopwatch()
    usable = courses[: runs + 1]
    for n, course_id in enumerate(usable):
        with opening.lap():
            record = sessions.open_today(course_id)
        treatment = replace(record.draft.treatment, points=points)
        draft = replace(
            record.draft,
            pain_before=6,
            pain_after=3,
            treatment=treatment,
            needles_in=None,
            needles_out=treatment.needles,
            notes="Bench session: tolerated well.",
        )
        acknowledged = warnings(sessions.check(record.id, draft))  # as the screen does
        save_id = str(uuid.uuid4())  # as the screen makes one per Sign
        if n == 0:  # warm-up: compiled statements, catalog loaded
            sessions.save_and_sign(record.id, draft, record.version, acknowledged, save_id=save_id)
            opening.samples.clear()
            continue
        with saving.lap():
            signed = sessions.save_and_sign(
                record.id, draft, record.version, acknowledged, save_id=save_id
            )
        assert len(signed.draft.treatment.points) == len(points) and signed.signed_at
    engine_note = "SQLite synchronous=FULL" if db.backend == "sqlite" else "test cluster, fsync off"
    return (
        Figure(
            f"save a signed session, {len(points)} points",
            "ms",
            saving.samples,
            target,
            note=f"save and sign, 1 transaction; {engine_note}",
        ),
        Figure("open today's session (prefilled)", "ms", opening.samples, None, kind="info"),
    )


def audit_figure(db: Database, patient_id: int, runs: int, target: float) -> Figure:
    reader = AuditReader(db)
    admin = actor(db, "admin")
    assert Role.ADMIN in admin.roles

    def work() -> None:
        reader.entries(admin, AuditFilter(patient_id=patient_id))

    entries = len(reader.entries(admin, AuditFilter(patient_id=patient_id)))
    with db.read() as session:
        from planner.storage.models import AuditEvent

        total = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
    return Figure(
        "audit trail filtered by patient",
        "ms",
        time_ms(work, runs, warm=1),
        target,
        note=f"{entries} of {total:,} rows",
    )


def export_figures(runs: int, targets: dict[str, float]) -> list[Figure]:
    """Warm document rendering, the samples of bench/bench_export.py."""
    from bench.bench_export import jobs

    work: dict[str, Callable[[], object]] = jobs()
    return [
        Figure(
            "take-home PDF (warm)",
            "ms",
            time_ms(work["take-home sheet"], runs, warm=2),
            targets["take-home"],
        ),
        Figure(
            "clinical report, 12 sessions (warm)",
            "ms",
            time_ms(work["clinical report"], runs, warm=2),
            targets["report"],
        ),
    ]
