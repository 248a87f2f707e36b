"""Writing a rendered document to a file, and the audit trail's short codes for why a
write did not happen. :func:`save_document` writes atomically (owner-only) where
:func:`planner.files.check_output_path` allows (an existing PDF only with ``replace=True``),
first removing temporary files an interrupted export left in the folder.
"""

from __future__ import annotations

import time
from pathlib import Path

from planner import files
from planner.files import TEMP_PREFIX, TEMP_SUFFIX, UnsafeOutputPath, write_atomic

LEFTOVER_AGE_SECONDS = 600  # an export's temporary file older than this was abandoned

WRITE_FAILED = "write_failed"
FAILURE_REASONS = frozenset(
    {
        files.DATABASE,
        files.NOT_A_FILE,
        files.SYMLINK,
        files.EXISTS,
        files.OTHER_KIND,
        files.NO_NAME,
        WRITE_FAILED,
    }
)


def failure_reason(error: BaseException) -> str:
    """The audit trail's short code for why a document was not written."""
    if isinstance(error, UnsafeOutputPath):
        return error.reason
    return WRITE_FAILED


def save_document(
    target: Path | str,
    data: bytes,
    *,
    protected: tuple[Path, ...] = (),
    replace: bool = False,
) -> Path:
    """Write ``data`` to ``target`` atomically, owner-only, where the path rules allow
    (never over ``protected``, a device, a folder or a link; an existing PDF only with
    ``replace``); temporary files an interrupted export left in that folder (older than
    a few minutes, so never one being written) are removed first."""
    files.check_output_path(target, protected=protected, replace=replace)
    folder = Path(target).parent
    cutoff = time.time() - LEFTOVER_AGE_SECONDS
    try:
        leftovers = list(folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"))
    except OSError:
        leftovers = []
    for leftover in leftovers:
        try:
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
        except OSError:
            continue
    return write_atomic(target, data, protected=protected, replace=replace)
