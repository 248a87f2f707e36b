"""Writing a document to disk atomically, readable by its owner only.

The bytes go to a temporary file in the target's folder (same file system, so the
rename is atomic), are flushed and fsynced, get mode 0600, and replace the target in one
rename; the folder is fsynced too where the system allows. If anything fails, the
temporary file is removed and the target is left as it was (absent, or the old file).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from planner.domain.errors import EnvironmentProblem

TEMP_PREFIX = ".acuplanner-"
TEMP_SUFFIX = ".partial"


def write_atomic(target: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``target`` atomically with owner-only permissions.

    Raises :class:`EnvironmentProblem` (a message for the user, no file contents) when
    the folder is missing or not writable, the disk is full, or the rename fails.
    """
    path = Path(target)
    folder = path.parent
    try:
        handle, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
    except OSError as error:
        raise _problem(path, error) from error
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        temp.chmod(0o600)
        temp.replace(path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(error, OSError):
            raise _problem(path, error) from error
        raise
    _sync_folder(folder)
    return path


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (not possible on every system, e.g. Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_leftovers(folder: Path | str) -> int:
    """Delete temporary files an interrupted export left in ``folder``; how many went."""
    removed = 0
    for leftover in Path(folder).glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed += 1
    return removed


def _problem(path: Path, error: OSError) -> EnvironmentProblem:
    reason = error.strerror or type(error).__name__
    return EnvironmentProblem(
        f"The document could not be saved as {path.name}: {reason}.",
        hint="Choose another folder, or free some disk space, and try again.",
    )
