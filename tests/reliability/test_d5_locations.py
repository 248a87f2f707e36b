"""D5: an SQLite database on a network share or in a sync folder is never opened."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from planner.domain.errors import DatabaseUnavailable
from planner.storage import location
from planner.storage.database import open_database
from planner.storage.location import (
    check_local_database,
    is_unc,
    network_mount,
    parse_bsd_mounts,
    parse_proc_mounts,
    sync_folder,
)

PROC_MOUNTS = r"""/dev/sda1 / ext4 rw,relatime 0 0
//nas/clinic /mnt/clinic cifs rw,vers=3.0 0 0
nas:/export /srv/nfs nfs4 rw 0 0
user@host:/data /home/ada/remote fuse.sshfs rw 0 0
/dev/sdb1 /mnt/clinic/local ext4 rw 0 0
/dev/sdc1 /media/with\040space ext4 rw 0 0
"""
BSD_MOUNT = """/dev/disk1s1 on / (apfs, local, journaled)
//ada@nas._smb._tcp.local/clinic on /Volumes/clinic (smbfs, nodev, nosuid, mounted by ada)
nas:/export on /Volumes/export (nfs)
"""


@pytest.mark.parametrize(
    ("path", "unc"),
    [
        (r"\\nas\clinic\acuplanner.sqlite3", True),
        ("//nas/clinic/acuplanner.sqlite3", True),
        (r"\\?\UNC\nas\clinic\db.sqlite3", True),
        (r"\\?\C:\Users\ada\db.sqlite3", False),
        (r"C:\Users\ada\db.sqlite3", False),
        ("/home/ada/db.sqlite3", False),
    ],
)
def test_unc_paths(path: str, unc: bool) -> None:
    assert is_unc(path) is unc


@pytest.mark.parametrize(
    ("path", "folder"),
    [
        (PurePosixPath("/home/ada/Dropbox/clinic/db.sqlite3"), "Dropbox"),
        (PureWindowsPath(r"C:\Users\ada\OneDrive - Riverside\db.sqlite3"), "OneDrive - Riverside"),
        (PureWindowsPath(r"C:\Users\ada\OneDrive\db.sqlite3"), "OneDrive"),
        (
            PurePosixPath("/Users/ada/Library/Mobile Documents/com~apple~CloudDocs/db"),
            "Mobile Documents",
        ),
        (
            PurePosixPath("/Users/ada/Library/CloudStorage/GoogleDrive-ada/My Drive/db"),
            "CloudStorage",
        ),
        (PurePosixPath("/home/ada/Google Drive/db.sqlite3"), "Google Drive"),
        (PurePosixPath("/home/ada/Nextcloud/db.sqlite3"), "Nextcloud"),
        (PurePosixPath("/home/ada/clinic/db.sqlite3"), None),
        (PurePosixPath("/home/ada/dropbox-notes-old/db.sqlite3"), None),
    ],
)
def test_sync_folders(path, folder: str | None) -> None:
    assert sync_folder(path) == folder


def test_mount_tables_are_read_on_linux_and_macos() -> None:
    mounts = parse_proc_mounts(PROC_MOUNTS)
    assert ("/mnt/clinic", "cifs") in mounts and ("/media/with space", "ext4") in mounts
    assert parse_bsd_mounts(BSD_MOUNT)[1:] == [
        ("/Volumes/clinic", "smbfs"),
        ("/Volumes/export", "nfs"),
    ]


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("/mnt/clinic/acuplanner.sqlite3", "cifs"),
        ("/mnt/clinic/deeper/new/acuplanner.sqlite3", "cifs"),
        ("/mnt/clinic/local/acuplanner.sqlite3", None),  # a local disk mounted inside a share
        ("/srv/nfs/db.sqlite3", "nfs4"),
        ("/home/ada/remote/db.sqlite3", "fuse.sshfs"),
        ("/home/ada/db.sqlite3", None),
    ],
)
def test_network_mounts_are_found_by_the_longest_mount_point(path: str, network) -> None:
    found = network_mount(Path(path), parse_proc_mounts(PROC_MOUNTS))
    assert (found[1] if found else None) == network


def test_open_database_refuses_a_share_and_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    monkeypatch.setattr(location, "read_mounts", lambda: [("/", "ext4"), (str(share), "cifs")])
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(str(share / "clinic" / "acuplanner.sqlite3"))
    message = caught.value.user_text()
    assert "network file system" in message and "PostgreSQL" in message
    assert list(share.iterdir()) == []
    database, _ = open_database(str(tmp_path / "local.sqlite3"))  # a local disk is fine
    database.dispose()


def test_unc_and_sync_folders_are_refused_before_the_mount_table(tmp_path: Path) -> None:
    def no_mounts():
        raise AssertionError("the mount table is not needed for these")

    with pytest.raises(DatabaseUnavailable, match="network share"):
        check_local_database(Path("//nas/clinic/db.sqlite3"), mounts=no_mounts)
    with pytest.raises(DatabaseUnavailable, match="sync folder"):
        check_local_database(tmp_path / "OneDrive" / "db.sqlite3", mounts=no_mounts)


def test_the_real_mount_table_is_readable() -> None:
    mounts = location.read_mounts()
    assert any(point == "/" for point, _ in mounts)
