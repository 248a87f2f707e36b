"""The home advice a practitioner ticks for the take-home sheet: what the Documents window
shows and sends back (:class:`HomeAdviceChoice`, :class:`HomeAdviceView`), the check of the
practitioner's own line, and reading and storing the ``take_home_advice`` row of a session
(stored apart from the session, so it can be ticked after signing; a session without its
own carries the latest earlier session's). The role check, the audit row and the
transaction stay in :class:`planner.services.documents.DocumentService`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain.errors import PlannerError, ValidationError
from planner.domain.i18n import translate
from planner.domain.validation import Problems, clean_text
from planner.export.model import HomeAdvice
from planner.services import document_content as content
from planner.services.audit import AuditAction
from planner.services.course_support import require_version
from planner.storage.models import TakeHomeAdvice, TreatmentSession

ADVICE_NOTE_MAX = 300


@dataclass(frozen=True, slots=True)
class HomeAdviceChoice:
    advice: frozenset[HomeAdvice] = frozenset()
    note: str = ""  # the practitioner's own line
    heat_advised: bool = False


@dataclass(frozen=True, slots=True)
class HomeAdviceView:
    session_id: int
    choice: HomeAdviceChoice = field(default_factory=HomeAdviceChoice)
    version: int | None = None  # None: nothing stored for this session itself
    carried_from: int | None = None  # the earlier session number the advice comes from


def read_advice(db_session: Session, record: TreatmentSession) -> HomeAdviceView:
    """The advice shown for ``record``: its own, else the latest earlier session's."""
    sessions = content.course_sessions(db_session, record.course_id)
    row, source = content.advice_row(db_session, record, sessions)
    return advice_view(record, row, source)


def checked(choice: HomeAdviceChoice) -> tuple[list[str], str]:
    """The advice ticked as stored (sorted values) and the practitioner's own line, cleaned
    (``ValidationError`` names ``advice_note``)."""
    problems = Problems()
    note = clean_text(
        problems,
        "advice_note",
        translate("document_errors", "Your own advice"),
        choice.note,
        max_length=ADVICE_NOTE_MAX,
    )
    if problems:
        name, message = next(iter(problems.by_field.items()))
        raise ValidationError(name, message)
    return sorted(HomeAdvice(value).value for value in choice.advice), note


def store_advice(
    db_session: Session,
    record: TreatmentSession,
    checked: tuple[list[str], str],
    heat_advised: bool,
    expected_version: int | None,
) -> tuple[TakeHomeAdvice, str, list[str]]:
    """Write the advice :func:`checked` gave into the session's own row (made if it has
    none; ``expected_version`` is the version shown, None when there was none): the row,
    CREATE or UPDATE, and the names of the fields that changed."""
    advice, note = checked
    row = db_session.scalars(
        select(TakeHomeAdvice).where(TakeHomeAdvice.session_id == record.id)
    ).first()
    action = AuditAction.UPDATE
    if row is None:
        if expected_version is not None:
            raise PlannerError(
                translate("document_errors", "The home advice was removed after you opened it.")
            )
        row = TakeHomeAdvice(session_id=record.id, advice=[], note="")
        db_session.add(row)
        action = AuditAction.CREATE
    else:
        require_version(db_session, row, expected_version or 0, "home advice")
    changed = [
        name
        for name, old, new in (
            ("advice", list(row.advice or []), advice),
            ("note", row.note, note),
            ("heat_advised", row.heat_advised, heat_advised),
        )
        if old != new
    ]
    row.advice, row.note, row.heat_advised = advice, note, heat_advised
    return row, action, changed


def advice_view(
    record: TreatmentSession,
    row: TakeHomeAdvice | None,
    source: TreatmentSession | None,
) -> HomeAdviceView:
    advice, note, heat = content.advice_of(row)
    own = row is not None and row.session_id == record.id
    return HomeAdviceView(
        record.id,
        HomeAdviceChoice(advice, note, heat),
        version=row.version if own and row is not None else None,
        carried_from=source.number if source is not None and not own else None,
    )
