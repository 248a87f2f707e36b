"""Where AcuPlanner may write a file a user chose, and writing it atomically, owner-only.

Standard library (and ``planner.domain.errors``) only, so that both ``planner.export``
(documents) and ``planner.storage`` (backups) may use it without depending on each other.

:func:`check_output_path` holds the rules for every file written at a user's choice
(``acuplanner export --out``, Save as… and print to file in the window, backups): it
refuses the open database and its ``-wal``, ``-shm`` and ``-journal`` files, anything that
is not a regular file (a folder, a device such as ``/dev/full``, a FIFO, a socket), and a
symbolic link; an existing file is replaced only when the caller says so (``--force``, or
the user answered "Replace") and only when it is of the kind being written (a PDF for a
document, a backup for a backup), so a typo never turns a spreadsheet or another clinic's
database into a PDF. A refusal is an :class:`UnsafeOutputPath`: one line naming the path
and what is allowed, and a short ``reason`` code for the audit trail.

:func:`write_atomic` writes the bytes to a temporary file in the target's folder (same
file system, so the rename is atomic), flushes and fsyncs it, gives it mode 0600, checks
the target again (a link or device put there meanwhile is refused) and renames it over
the target; the folder is fsynced too where the system allows. If anything fails, the
temporary file is removed and the target is left as it was (absent, or the old file).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from planner.domain.errors import EnvironmentProblem, PlannerError
from planner.domain.i18n import QT_TRANSLATE_NOOP, translate

TEMP_PREFIX = ".acuplanner-"
TEMP_SUFFIX = ".partial"
DATABASE_COMPANIONS = ("-wal", "-shm", "-journal")
PDF_KINDS = (b"%PDF-",)
BACKUP_KINDS = (b"SQLite format 3\x00", b"PGDMP")  # an SQLite copy, a pg_dump -Fc archive

# Reason codes of a refusal (stored in the audit trail: never a path).
DATABASE = "database_file"
NOT_A_FILE = "not_a_regular_file"
SYMLINK = "symbolic_link"
EXISTS = "exists"
OTHER_KIND = "not_replaceable"
NO_NAME = "no_file_name"


class UnsafeOutputPath(PlannerError):
    """A file may not be written there; ``reason`` is one of the codes above."""

    def __init__(self, message: str, *, reason: str, hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.reason = reason


def database_files(database: Path | None) -> tuple[Path, ...]:
    """The open SQLite database and the files SQLite keeps beside it (none for a server)."""
    if database is None:
        return ()
    found = [database]
    with contextlib.suppress(OSError, ValueError, RuntimeError):
        real = database.resolve()  # a database reached through a link: SQLite's files
        if real != database.absolute():  # are named after the file the link points to
            found.append(real)
    return tuple(
        path
        for base in found
        for path in (base, *(base.with_name(base.name + s) for s in DATABASE_COMPANIONS))
    )


def shown(path: Path | str) -> str:
    """A path for a one-line message: control characters (a newline in a file name)
    escaped, so the message stays one line and cannot move the terminal's cursor."""
    text = str(path)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


# What callers write (``what=``), in English for lupdate; the messages translate it.
THINGS = (
    QT_TRANSLATE_NOOP("files", "document"),
    QT_TRANSLATE_NOOP("files", "backup"),
    QT_TRANSLATE_NOOP("files", "takings file"),
    QT_TRANSLATE_NOOP("files", "calendar file"),
)


def check_output_path(
    target: Path | str,
    *,
    protected: Iterable[Path] = (),
    replace: bool = False,
    kinds: tuple[bytes, ...] = PDF_KINDS,
    what: str = "document",
) -> Path:
    """``target`` as a path AcuPlanner may write a ``what`` to, or :class:`UnsafeOutputPath`.

    ``protected``: files never written (the open database and its companions, see
    :func:`database_files`). ``replace``: an existing file may be replaced, if it starts
    with one of ``kinds`` (or is empty). A missing folder is left to the writer, whose
    message says so.
    """
    path = Path(target)
    what = translate("files", what)  # one of THINGS
    if not path.name or path.name in (".", ".."):
        raise UnsafeOutputPath(
            translate(
                "files", "{path} is not a file name; choose a file to write the {what} to."
            ).format(path=shown(path), what=what),
            reason=NO_NAME,
        )
    if _is_protected(path, protected):
        raise UnsafeOutputPath(
            translate(
                "files",
                "A {what} cannot be written over the database itself: {path} is one of its files.",
            ).format(what=what, path=shown(path)),
            hint=translate("files", "Choose another file name for the {what}.").format(what=what),
            reason=DATABASE,
        )
    try:
        found = os.lstat(path)
    except FileNotFoundError:
        return path
    except OSError:
        return path  # e.g. a folder that cannot be read: the writer says what is wrong
    if stat.S_ISLNK(found.st_mode):
        raise UnsafeOutputPath(
            translate(
                "files",
                "{path} is a symbolic link; AcuPlanner does not write a {what} through a link.",
            ).format(path=shown(path), what=what),
            hint=translate("files", "Choose the file itself, or a new file name."),
            reason=SYMLINK,
        )
    if not stat.S_ISREG(found.st_mode):
        kind = (
            translate("files", "a folder")
            if stat.S_ISDIR(found.st_mode)
            else translate("files", "a device, pipe or socket")
        )
        raise UnsafeOutputPath(
            translate(
                "files", "{path} is {kind}, not a file; a {what} is written only to a regular file."
            ).format(path=shown(path), kind=kind, what=what),
            hint=translate("files", "Choose a file name."),
            reason=NOT_A_FILE,
        )
    if not replace:
        raise UnsafeOutputPath(
            translate("files", "{path} already exists and was not replaced.").format(
                path=shown(path)
            ),
            hint=translate("files", "Use --force to replace it, or choose a new file name."),
            reason=EXISTS,
        )
    if found.st_size and not _starts_with(path, kinds):
        noun = translate("files", "PDF document") if kinds == PDF_KINDS else what
        raise UnsafeOutputPath(
            translate(
                "files",
                "{path} exists and is not a {noun}; AcuPlanner replaces only an earlier {noun}.",
            ).format(path=shown(path), noun=noun),
            hint=translate("files", "Choose a new file name."),
            reason=OTHER_KIND,
        )
    return path


def _key(path: Path) -> str:
    """The same file under another spelling compares equal: folder links resolved,
    letter case ignored (macOS and Windows file systems ignore it)."""
    try:
        folder = path.parent.resolve()
    except (OSError, ValueError, RuntimeError):
        folder = path.parent.absolute()
    return os.path.normcase(str(folder / path.name)).casefold()


def _is_protected(path: Path, protected: Iterable[Path]) -> bool:
    guarded = list(protected)
    if not guarded:
        return False
    keys = set()
    for file in guarded:
        keys.add(_key(file))
        with contextlib.suppress(OSError, ValueError, RuntimeError):  # reached through a link
            keys.add(_key(file.resolve()))
    if _key(path) in keys:
        return True
    for file in guarded:  # a hard link to the database under another name
        with contextlib.suppress(OSError, ValueError):
            if path.samefile(file):
                return True
    return False


def _starts_with(path: Path, kinds: tuple[bytes, ...]) -> bool:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        head = os.read(fd, max(len(k) for k in kinds))
    except OSError:
        return False
    finally:
        os.close(fd)
    return any(head.startswith(k) for k in kinds)


def write_atomic(
    target: Path | str,
    data: bytes,
    *,
    protected: Iterable[Path] = (),
    replace: bool = False,
    kinds: tuple[bytes, ...] = PDF_KINDS,
    what: str = "document",
) -> Path:
    """Write ``data`` (a PDF, or a ``what`` starting with one of ``kinds``: an earlier one
    of those may be replaced) to ``target`` atomically with owner-only permissions.

    The path is checked by :func:`check_output_path` first and again just before the
    rename. Raises :class:`UnsafeOutputPath` for a path refused, :class:`EnvironmentProblem`
    (a message for the user, no file contents) when the folder is missing or not
    writable, the disk is full, or the rename fails.
    """
    guarded = tuple(protected)
    path = check_output_path(target, protected=guarded, replace=replace, kinds=kinds, what=what)
    folder = path.parent
    try:
        handle, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
    except OSError as error:
        raise _problem(path, error, what) from error
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        temp.chmod(0o600)
        # changed meanwhile?
        check_output_path(path, protected=guarded, replace=replace, kinds=kinds, what=what)
        temp.replace(path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(error, OSError):
            raise _problem(path, error, what) from error
        raise
    _sync_folder(folder)
    return path


def temporary_beside(target: Path) -> Path:
    """A new empty owner-only temporary file in ``target``'s folder, for a writer that
    needs a file name (Qt's printer); :func:`place` moves it over the target."""
    try:
        handle, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=target.parent)
    except OSError as error:
        raise _problem(target, error) from error
    os.close(handle)
    return Path(name)


def place(
    temp: Path, target: Path, *, protected: Iterable[Path] = (), replace: bool = False
) -> Path:
    """Move a finished temporary file (from :func:`temporary_beside`) over ``target``
    once the path is checked again; the temporary file is removed whatever happens."""
    try:
        with temp.open("rb") as stream:
            os.fsync(stream.fileno())
        temp.chmod(0o600)
        check_output_path(target, protected=protected, replace=replace)
        temp.replace(target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(error, OSError):
            raise _problem(target, error) from error
        raise
    _sync_folder(target.parent)
    return target


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


def _problem(path: Path, error: OSError, what: str = "document") -> EnvironmentProblem:
    reason = error.strerror or type(error).__name__
    what = translate("files", what)  # one of THINGS
    return EnvironmentProblem(
        translate("files", "The {what} could not be saved as {name}: {reason}.").format(
            what=what, name=shown(path.name), reason=reason
        ),
        hint=translate("files", "Choose another folder, or free some disk space, and try again."),
    )
