"""The clinical report's safety section from the record: the safety engine run again on
the course's plan and on each signed session, each finding once, with the acknowledgement
or override stored for it (who, when, why), the signed sessions at which its technique or
point was given, and the overrides of findings the final plan no longer raises. Called by
:func:`planner.services.document_report.clinical_report`; nothing here checks roles or
audits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain.courses_safety import FindingKey, key_of, safety_check
from planner.domain.safety import Finding, Severity
from planner.domain.sessions import SessionDraft, facts_after_check
from planner.domain.vocab import Technique
from planner.export.model import SafetyLine
from planner.services.course_support import facts_now, screenable
from planner.storage.models import Course, Patient, SafetyOverride, TreatmentSession, User
from planner.storage.queries.courses import resolutions
from planner.storage.queries.plans import plan_of


def safety_lines(
    db_session: Session,
    patient: Patient,
    course: Course,
    records: Sequence[TreatmentSession],
    drafts: Sequence[SessionDraft],
    today: dt.date,
) -> tuple[SafetyLine, ...]:
    """Findings on the plan and on each signed session, each once, with how it was met."""
    facts = facts_now(db_session, patient.id, today)
    acknowledged, overrides = resolutions(db_session, course.id)
    findings: dict[FindingKey, Finding] = {}
    check = safety_check(facts, screenable(plan_of(course)), acknowledged, overrides)
    for finding in check.findings:
        findings.setdefault(key_of(finding), finding)
    for record, draft in zip(records, drafts, strict=True):
        acks, reasons = resolutions(db_session, course.id, record.id)
        given = safety_check(
            facts_after_check(facts, draft.check), screenable(draft.treatment), acks, reasons
        )
        for finding in given.findings:
            findings.setdefault(key_of(finding), finding)
    stored = _stored_resolutions(db_session, course.id)
    lines = [
        replace(
            _safety_line(finding, stored.get(key_of(finding))),
            given_at=_given_at(finding.subject, records, drafts),
        )
        for finding in findings.values()
    ]
    for key, (row, who) in stored.items():  # overridden earlier, no longer raised
        if key not in findings and row.severity != Severity.WARN:
            lines.append(
                SafetyLine(
                    severity=Severity(row.severity),
                    subject=row.subject,
                    message=f"Finding {row.rule}: raised earlier in the course, not by the "
                    "final plan.",
                    overridden=True,
                    override_reason=row.reason,
                    overridden_by=who,
                    overridden_on=row.created_at.astimezone().date(),
                    given_at=_given_at(row.subject, records, drafts),
                )
            )
    order = {Severity.REFER: 0, Severity.BLOCK: 1, Severity.WARN: 2}
    return tuple(sorted(lines, key=lambda line: order[line.severity]))


def _given_at(
    subject: str, records: Sequence[TreatmentSession], drafts: Sequence[SessionDraft]
) -> tuple[int, ...]:
    """The signed sessions at which a finding's technique or point was given."""
    if subject in Technique._value2member_map_:
        technique = Technique(subject)
        return tuple(
            r.number
            for r, d in zip(records, drafts, strict=True)
            if technique in d.treatment.techniques
        )
    base = subject.partition(":")[0]
    return tuple(
        r.number
        for r, d in zip(records, drafts, strict=True)
        if any(
            code == subject or code.partition(":")[0] == base for code in d.treatment.point_codes
        )
    )


def _stored_resolutions(
    db_session: Session, course_id: int
) -> dict[FindingKey, tuple[SafetyOverride, str]]:
    """The latest acknowledgement or override per finding, with who gave it."""
    found: dict[FindingKey, tuple[SafetyOverride, str]] = {}
    rows = db_session.execute(
        select(SafetyOverride, User.full_name, User.username)
        .outerjoin(User, User.id == SafetyOverride.acknowledged_by_id)
        .where(SafetyOverride.course_id == course_id)
        .order_by(SafetyOverride.id)
    )
    for row, full_name, username in rows:
        found[(row.rule, row.subject)] = (row, full_name or username or "")
    return found


def _safety_line(finding: Finding, stored: tuple[SafetyOverride, str] | None) -> SafetyLine:
    row, who = stored if stored is not None else (None, "")
    if finding.severity == Severity.WARN:
        done = "Acknowledged" + (f" by {who}" if who else "") if row is not None else ""
        respected = ". ".join(part for part in (done, finding.action) if part)
        return SafetyLine(finding.severity, finding.subject, finding.message, respected)
    overridden = row is not None and row.severity != Severity.WARN
    return SafetyLine(
        severity=finding.severity,
        subject=finding.subject,
        message=finding.message,
        how_respected=finding.action,
        overridden=overridden,
        override_reason=row.reason if overridden and row else "",
        overridden_by=who if overridden else "",
        overridden_on=row.created_at.astimezone().date() if overridden and row else None,
    )
