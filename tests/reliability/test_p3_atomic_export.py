"""P3: kill -9 a process exporting documents, again and again, at a random moment.

A worker exports a take-home sheet and a receipt in turn to the same file, through the
service and :func:`save_document` as ``acuplanner export`` does. Pass: after every kill
the file is absent (nothing written yet) or exactly one of the two complete PDFs
(``%PDF`` … ``%%EOF``, its hash one the documents have), owner-only; the last export
acknowledged is never replaced by anything partial; temporary files a kill left behind
are removed on the next export once they are stale (and by ``remove_leftovers``); the
database stays intact. CI: 15 kills; soak: 100.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import random
import stat
import time
from pathlib import Path

from planner.files import TEMP_PREFIX, remove_leftovers
from planner.services.document_files import save_document
from planner.services.document_request import DocumentKind, DocumentRequest, Use
from planner.storage.database import open_database
from tests.db_template import migrated_sqlite
from tests.helpers.document_clinic import build
from tests.reliability.document_workers import TODAY
from tests.reliability.helpers import Zygote, runs, sqlite_health

KILLS = runs(15, 100)


def _leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)]


def test_kill_9_during_exports_leaves_the_old_or_the_new_complete_file(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    db, _ = open_database(str(migrated_sqlite(path)))
    try:
        clinic = build(db)
        requests = [
            DocumentRequest(DocumentKind.TAKE_HOME, clinic.patient, session_id=clinic.signed[1]),
            DocumentRequest(DocumentKind.RECEIPT, clinic.patient, session_id=clinic.signed[0]),
        ]
        service = clinic.documents(today=TODAY)
        # As exported: the receipt takes its number, and every later export says COPY.
        contents = {
            hashlib.sha256(service.prepare(r, Use.EXPORT).render().data).hexdigest()
            for r in (*requests, requests[1])
        }
        user_id = clinic.ada.user_id
    finally:
        db.dispose()
    assert len(contents) == 3  # the sheet, the receipt, the receipt's copy
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "document.pdf"
    acks = tmp_path / "acks.txt"
    payload = [{k: v for k, v in dataclasses.asdict(r).items() if v is not None} for r in requests]
    rng = random.Random(29)
    acknowledged = 0
    with Zygote(tmp_path / "zygote.log") as zygote:
        for _ in range(KILLS):
            acks.write_text("")
            pid = zygote.run(
                "export_documents",
                database=str(path),
                target=str(target),
                acks=str(acks),
                user_id=user_id,
                requests=payload,
                count=1000,
            )
            deadline = time.monotonic() + 30
            while "ready" not in acks.read_text() and time.monotonic() < deadline:
                time.sleep(0.005)
            time.sleep(rng.uniform(0, 0.6))
            assert zygote.kill(pid) == -9, "the worker ended by itself; see zygote.log"
            done = [line for line in acks.read_text().split() if line != "ready"]
            acknowledged += len(done)
            if target.exists():
                data = target.read_bytes()
                assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
                assert hashlib.sha256(data).hexdigest() in contents
                assert stat.S_IMODE(target.stat().st_mode) == 0o600
            else:
                assert not done, "an acknowledged export is missing"
            assert sqlite_health(path) == ("ok", [])
    assert acknowledged >= KILLS // 3, f"too few exports finished ({acknowledged})"
    # The next export cleans what an interrupted one left, once it is stale.
    left = len(_leftovers(folder))
    stale = time.time() - 3600
    for leftover in _leftovers(folder):
        os.utime(leftover, (stale, stale))
    save_document(target, target.read_bytes(), replace=True)
    assert not _leftovers(folder)
    (folder / f"{TEMP_PREFIX}x.partial").write_bytes(b"half")
    assert remove_leftovers(folder) == 1
    print(f"P3: {KILLS} kills, {acknowledged} exports acknowledged, {left} temporary files left")
