"""P3's forked worker: export documents again and again through the service, as
``acuplanner export`` does, until it is killed (see zygote.py).

Imported by ``workers`` so the zygote loads ReportLab and the document modules once,
before it forks.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from typing import Any

import planner.export.clinical_report
import planner.export.receipt
import planner.export.take_home  # noqa: F401 - imported before the fork
from planner.domain.vocab import Role
from planner.export import fonts
from planner.services.actor import Actor
from planner.services.document_files import save_document
from planner.services.document_request import DocumentKind, DocumentRequest, Use
from planner.services.documents import DocumentService
from planner.storage.database import connect

TODAY = dt.date(2026, 11, 16)


def export_documents(
    database: str,
    target: str,
    acks: str,
    user_id: int,
    requests: list[dict[str, Any]],
    count: int,
) -> None:
    """Export ``requests`` in turn to ``target``; after each file is in place, append the
    SHA-256 of what was written to ``acks``."""
    db = connect(database)
    actor = Actor(user_id, "ada", frozenset({Role.PRACTITIONER}), "Ada Okafor", "p3-worker")
    service = DocumentService(db, actor, today=lambda: TODAY)
    fonts.register()  # loading the fonts is not an export: "ready" once they are in
    fd = os.open(acks, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    os.write(fd, b"ready\n")
    for index in range(count):
        wanted = dict(requests[index % len(requests)])
        request = DocumentRequest(kind=DocumentKind(wanted.pop("kind")), **wanted)
        data = service.prepare(request, Use.EXPORT).render().data
        save_document(target, data, replace=True)  # as `export --force`
        os.write(fd, f"{hashlib.sha256(data).hexdigest()}\n".encode())
