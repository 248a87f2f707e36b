"""Where an SQLite database may live: on a local disk, never on a share or in a sync folder.

SQLite's locking relies on the local file system. Over SMB/CIFS, NFS and network FUSE
file systems, and in folders that a sync client (Dropbox, OneDrive, Google Drive,
iCloud …) copies behind SQLite's back, two computers can both believe they hold the
write lock, and the file is silently corrupted. So such paths are refused (reliability
plan D5) with a message that points to PostgreSQL, which is made for several
workstations.

What is detected:

* UNC paths (``\\\\server\\share\\…`` or ``//server/share/…``);
* sync folders, by a folder name in the path (see :data:`SYNC_FOLDERS`), as given and
  with its symbolic links resolved (a link ``~/clinic`` to ``~/Dropbox/clinic`` is in a
  sync folder);
* network file systems in the mount table: ``/proc/mounts`` on Linux, the output of
  ``mount`` on macOS and the BSDs (injectable for tests: ``mounts=``);
* on Windows, drive letters mapped to a network share (``GetDriveTypeW``).

A Windows drive letter mapped to a share cannot be seen from Linux (a Linux machine
reaches shares only through mounts, which are detected), and a share mounted under a
name that is not in the mount table (e.g. inside a container) cannot be seen at all.
"""

from __future__ import annotations

import logging
import os
import re
import stat
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path, PurePath

from planner.domain.errors import DatabaseUnavailable
from planner.domain.i18n import translate

log = logging.getLogger(__name__)

# File-system types that live on another computer (lower case, as the mount table names them).
NETWORK_FILESYSTEMS = frozenset(
    {
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "nfs",
        "nfs4",
        "afs",
        "ncpfs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "davfs",
        "webdav",
        "afpfs",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.gcsfuse",
        "fuse.davfs2",
        "fuse.gvfsd-fuse",
        "fuse.glusterfs",
        "fuse.cephfs",
        "fuse.onedriver",
        "fuse.google-drive-ocamlfuse",
    }
)
# Folder names made by sync clients (compared case-insensitively; "OneDrive - Contoso" too).
SYNC_FOLDERS = (
    "dropbox",
    "onedrive",
    "google drive",
    "googledrive",
    "my drive",
    "icloud drive",
    "iclouddrive",
    "mobile documents",  # macOS: ~/Library/Mobile Documents (iCloud)
    "cloudstorage",  # macOS: ~/Library/CloudStorage (every File Provider sync client)
    "nextcloud",
    "owncloud",
    "box sync",
    "pcloud drive",
    "megasync",
    "synologydrive",
    "seafile",
)
_PREFIXED = ("onedrive", "dropbox", "nextcloud", "synologydrive")  # "OneDrive - Contoso"

Mounts = Iterable[tuple[str, str]]  # (mount point, file-system type)
_POSTGRES_HINT = translate(
    "database_location",
    "Keep the SQLite file on this computer's own disk, or, for several "
    "workstations, set up PostgreSQL (docs/admin-guide.md: 'A clinic with "
    "several workstations: PostgreSQL').",
)


def check_local_database(
    path: Path, *, mounts: Callable[[], Mounts] | None = None, platform: str = sys.platform
) -> None:
    """Raise :class:`DatabaseUnavailable` when ``path`` is on a share or in a sync folder."""
    text = str(path)
    if is_unc(text):
        raise DatabaseUnavailable(
            translate(
                "database_location",
                "{text} is on a network share; an SQLite database there can be corrupted "
                "when two computers use it.",
            ).format(text=text),
            hint=_POSTGRES_HINT,
        )
    folder = sync_folder(path) or sync_folder(_existing(path))
    if folder is not None:
        raise DatabaseUnavailable(
            translate(
                "database_location",
                "{text} is inside a sync folder ({folder}); syncing an open SQLite "
                "database corrupts it.",
            ).format(text=text, folder=folder),
            hint=_POSTGRES_HINT,
        )
    if platform == "win32":  # pragma: no cover - exercised on Windows only
        if _windows_remote_drive(path):
            raise DatabaseUnavailable(
                translate(
                    "database_location",
                    "{text} is on a network drive; an SQLite database there can be corrupted "
                    "when two computers use it.",
                ).format(text=text),
                hint=_POSTGRES_HINT,
            )
        return
    found = network_mount(path, (mounts or read_mounts)())
    if found is not None:
        point, fstype = found
        raise DatabaseUnavailable(
            translate(
                "database_location",
                "{text} is on a network file system ({fstype} mounted at {point}); an "
                "SQLite database there can be corrupted when two computers use it.",
            ).format(text=text, fstype=fstype, point=point),
            hint=_POSTGRES_HINT,
        )


OWNER_ONLY = 0o600
COMPANIONS = ("-wal", "-shm", "-journal")  # the files SQLite keeps beside a database


def make_owner_only(database: Path, *, platform: str = sys.platform) -> None:
    """Make the SQLite file and its companions readable and writable by their owner only
    (0600): a database made before AcuPlanner set its umask, or copied in, may be readable
    by every user of the computer. Files of another user, and failures, are left alone
    (SQLite creates -wal and -shm with the database file's permissions)."""
    if platform == "win32":  # pragma: no cover - Windows has no such mode bits
        return
    for path in (database, *(database.with_name(database.name + end) for end in COMPANIONS)):
        try:
            found = path.stat()
            if (
                stat.S_ISREG(found.st_mode)
                and found.st_uid == os.getuid()
                and stat.S_IMODE(found.st_mode) & 0o077
            ):
                path.chmod(stat.S_IMODE(found.st_mode) & OWNER_ONLY)
        except FileNotFoundError:
            continue
        except OSError as exc:
            log.warning("cannot make %s owner-only: %s", path.name, exc.strerror or exc)


def is_unc(text: str) -> bool:
    r"""``\\server\share``, ``//server/share`` (not ``\\?\C:\`` long local paths)."""
    if text.startswith(("\\\\?\\", "\\\\.\\")):
        return text[4:].upper().startswith("UNC\\")
    return bool(re.match(r"^(\\\\|//)[^\\/]+[\\/][^\\/]+", text))


def sync_folder(path: PurePath) -> str | None:
    """The name of the sync-client folder ``path`` is in, if any."""
    for part in path.parts:
        lowered = part.casefold()
        if lowered in SYNC_FOLDERS or lowered.startswith(tuple(f"{p} -" for p in _PREFIXED)):
            return part
    return None


def network_mount(path: Path, mounts: Mounts) -> tuple[str, str] | None:
    """The (mount point, type) of the mount holding ``path`` when it is a network one."""
    target = _existing(path)
    best: tuple[str, str] | None = None
    for point, fstype in mounts:
        mount = Path(point)
        inside = target == mount or mount in target.parents
        if inside and (best is None or len(point) >= len(best[0])):  # last overmount wins
            best = (point, fstype)
    if best is not None and best[1].lower() in NETWORK_FILESYSTEMS:
        return best
    return None


def read_mounts() -> list[tuple[str, str]]:
    """The mount table: /proc/mounts on Linux, ``mount`` elsewhere; empty when unreadable."""
    proc = Path("/proc/mounts")
    try:
        if proc.exists():
            return parse_proc_mounts(proc.read_text(encoding="utf-8", errors="replace"))
        output = subprocess.run(
            ["mount"], capture_output=True, text=True, timeout=5, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("cannot read the mount table: %s", exc)
        return []
    return parse_bsd_mounts(output)


def parse_proc_mounts(text: str) -> list[tuple[str, str]]:
    """``/proc/mounts`` lines: device, mount point (octal escapes), type, options …"""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[1])
            mounts.append((point, fields[2]))
    return mounts


def parse_bsd_mounts(text: str) -> list[tuple[str, str]]:
    """macOS/BSD ``mount`` lines: ``//user@server/share on /Volumes/share (smbfs, …)``."""
    mounts = []
    for line in text.splitlines():
        found = re.match(r"^.+? on (.+) \(([^,)]+)", line)
        if found:
            mounts.append((found.group(1), found.group(2).strip()))
    return mounts


def _existing(path: Path) -> Path:
    """The absolute path with the symlinks of its existing part resolved."""
    path = path.absolute()
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate.resolve() / path.relative_to(candidate)
    return path


def _windows_remote_drive(path: Path) -> bool:  # pragma: no cover - Windows only
    import ctypes

    anchor = path.absolute().anchor
    drive_remote = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(anchor) == drive_remote)  # type: ignore[attr-defined]
