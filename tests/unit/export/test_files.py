"""Atomic, owner-only writing of documents, including when writing fails half-way."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from planner import files
from planner.domain.errors import EnvironmentProblem
from planner.export import remove_leftovers, render_receipt, write_atomic
from tests.unit.export import samples


def _leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(files.TEMP_PREFIX)]


def test_writes_the_whole_document_owner_only(tmp_path: Path) -> None:
    data = render_receipt(samples.receipt(1)).data
    target = write_atomic(tmp_path / "receipt.pdf", data)
    assert target.read_bytes() == data
    assert data.rstrip().endswith(b"%%EOF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not _leftovers(tmp_path)


def test_replaces_an_existing_file_in_one_step(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF-1.4 old")
    target.chmod(0o644)
    write_atomic(str(target), b"new", replace=True)
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.parametrize("step", ["write", "fsync", "chmod", "replace"])
def test_a_failure_leaves_nothing_at_the_target_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    if step == "write":
        monkeypatch.setattr(files.os, "fdopen", _FailingStream.opening)
    elif step == "fsync":
        monkeypatch.setattr(files.os, "fsync", fail)
    elif step == "chmod":
        monkeypatch.setattr(Path, "chmod", fail)
    else:
        monkeypatch.setattr(Path, "replace", fail)
    target = tmp_path / "sheet.pdf"
    with pytest.raises(EnvironmentProblem) as caught:
        write_atomic(target, b"%PDF-1.4 ...")
    assert "sheet.pdf" in caught.value.message
    assert "No space left on device" in caught.value.message
    assert not target.exists()
    assert not _leftovers(tmp_path)


def test_a_failure_keeps_the_previous_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"%PDF- previous complete pdf")
    monkeypatch.setattr(files.os, "fsync", _raise_os_error)
    with pytest.raises(EnvironmentProblem):
        write_atomic(target, b"new", replace=True)
    assert target.read_bytes() == b"%PDF- previous complete pdf"
    assert not _leftovers(tmp_path)


def test_an_interrupt_removes_the_temporary_file_and_is_not_swallowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupt(_fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "sheet.pdf", b"data")
    assert not list(tmp_path.iterdir())


def test_a_missing_folder_is_a_plain_message(tmp_path: Path) -> None:
    with pytest.raises(EnvironmentProblem) as caught:
        write_atomic(tmp_path / "nowhere" / "sheet.pdf", b"data")
    assert "Choose another folder" in caught.value.user_text()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_is_a_plain_message(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(EnvironmentProblem):
            write_atomic(folder / "sheet.pdf", b"data")
    finally:
        folder.chmod(0o700)


def test_a_folder_that_cannot_be_synced_is_still_fine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = os.open

    def no_directories(path: object, flags: int, *args: object) -> int:
        if Path(str(path)) == tmp_path:
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(files.os, "open", no_directories)
    assert write_atomic(tmp_path / "a.pdf", b"data").read_bytes() == b"data"


def test_a_folder_fsync_failure_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_fsync = os.fsync
    calls: list[int] = []

    def fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) > 1:  # the folder, after the file itself
            raise OSError(22, "Invalid argument")
        real_fsync(fd)

    monkeypatch.setattr(files.os, "fsync", fsync)
    assert write_atomic(tmp_path / "a.pdf", b"data").read_bytes() == b"data"
    assert len(calls) == 2


def test_leftovers_of_an_interrupted_export_are_cleaned(tmp_path: Path) -> None:
    (tmp_path / f"{files.TEMP_PREFIX}abc{files.TEMP_SUFFIX}").write_bytes(b"half")
    (tmp_path / "keep.pdf").write_bytes(b"whole")
    assert remove_leftovers(tmp_path) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["keep.pdf"]


class _FailingStream:
    @classmethod
    def opening(cls, fd: int, *_args: object) -> _FailingStream:
        os.close(fd)
        return cls()

    def __enter__(self) -> _FailingStream:
        return self

    def __exit__(self, *_exc: object) -> None:
        return None

    def write(self, _data: bytes) -> int:
        raise OSError(28, "No space left on device")


def _raise_os_error(*_args: object) -> None:
    raise OSError(5, "Input/output error")


# --- where a file may be written (issue 19, High 1) ------------------------------------------


def _database(folder: Path) -> tuple[Path, ...]:
    database = folder / "clinic.sqlite3"
    database.write_bytes(b"SQLite format 3\x00 the clinic")
    return files.database_files(database)


@pytest.mark.parametrize("name", ["clinic.sqlite3", "clinic.sqlite3-wal", "clinic.sqlite3-shm"])
def test_the_database_and_its_companions_are_refused(tmp_path: Path, name: str) -> None:
    protected = _database(tmp_path)
    before = (tmp_path / "clinic.sqlite3").read_bytes()
    with pytest.raises(files.UnsafeOutputPath) as caught:
        write_atomic(tmp_path / name, b"%PDF-1.4", protected=protected, replace=True)
    assert caught.value.reason == files.DATABASE
    assert "over the database itself" in caught.value.message and name in caught.value.message
    assert (tmp_path / "clinic.sqlite3").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clinic.sqlite3"]


def test_the_database_under_another_spelling_is_refused(tmp_path: Path) -> None:
    protected = _database(tmp_path)
    (tmp_path / "via").symlink_to(tmp_path)  # a link to the folder
    os.link(tmp_path / "clinic.sqlite3", tmp_path / "hard.pdf")  # a second name
    for spelling in [
        tmp_path / "via" / "clinic.sqlite3",
        tmp_path / "sub" / ".." / "clinic.sqlite3-journal",
        tmp_path / "CLINIC.sqlite3-WAL",
        tmp_path / "hard.pdf",
    ]:
        (tmp_path / "sub").mkdir(exist_ok=True)
        with pytest.raises(files.UnsafeOutputPath) as caught:
            files.check_output_path(spelling, protected=protected, replace=True)
        assert caught.value.reason == files.DATABASE, spelling


def test_a_database_reached_through_a_link_is_refused_at_its_real_place(tmp_path: Path) -> None:
    real = tmp_path / "real.sqlite3"
    real.write_bytes(b"SQLite format 3\x00")
    link = tmp_path / "clinic.sqlite3"
    link.symlink_to(real)
    with pytest.raises(files.UnsafeOutputPath):
        files.check_output_path(tmp_path / "real.sqlite3-wal", protected=files.database_files(link))


def test_no_folder_device_fifo_or_socket(tmp_path: Path) -> None:
    import socket

    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    sock = tmp_path / "s.pdf"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(sock))
        for target in [Path("/dev/null"), fifo, folder, sock]:
            with pytest.raises(files.UnsafeOutputPath) as caught:
                if target.parent == Path("/dev"):  # the rule alone: never risk a device
                    files.check_output_path(target, replace=True)
                else:
                    write_atomic(target, b"%PDF-1.4", replace=True)
            assert caught.value.reason == files.NOT_A_FILE, target
            assert "not a file" in caught.value.message
        assert stat.S_ISFIFO(fifo.lstat().st_mode) and folder.is_dir()
    assert not _leftovers(tmp_path)


def test_a_symbolic_link_is_refused_whatever_it_points_to(tmp_path: Path) -> None:
    document = tmp_path / "old.pdf"
    document.write_bytes(b"%PDF-1.4 old")
    for target, points_to in [("link.pdf", document), ("dangling.pdf", tmp_path / "none")]:
        link = tmp_path / target
        link.symlink_to(points_to)
        with pytest.raises(files.UnsafeOutputPath) as caught:
            write_atomic(link, b"%PDF-1.4 new", replace=True)
        assert caught.value.reason == files.SYMLINK
        assert link.is_symlink()
    assert document.read_bytes() == b"%PDF-1.4 old"
    assert not (tmp_path / "none").exists()


def test_an_existing_pdf_only_when_asked_and_never_another_kind_of_file(tmp_path: Path) -> None:
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4 old")
    with pytest.raises(files.UnsafeOutputPath) as caught:
        write_atomic(pdf, b"%PDF-1.4 new")
    assert caught.value.reason == files.EXISTS and "--force" in caught.value.user_text()
    assert pdf.read_bytes() == b"%PDF-1.4 old"
    other = tmp_path / "notes.pdf"
    other.write_bytes(b"my notes")
    with pytest.raises(files.UnsafeOutputPath) as caught:
        write_atomic(other, b"%PDF-1.4 new", replace=True)
    assert caught.value.reason == files.OTHER_KIND and "not a PDF" in caught.value.message
    assert other.read_bytes() == b"my notes"
    empty = tmp_path / "empty.pdf"
    empty.touch()
    assert write_atomic(empty, b"%PDF-1.4 new", replace=True).read_bytes() == b"%PDF-1.4 new"
    assert write_atomic(pdf, b"%PDF-1.4 new", replace=True).read_bytes() == b"%PDF-1.4 new"


def test_a_name_with_a_newline_is_shown_on_one_line(tmp_path: Path) -> None:
    target = tmp_path / "a\nb.pdf"
    target.write_bytes(b"%PDF-1.4")
    with pytest.raises(files.UnsafeOutputPath) as caught:
        files.check_output_path(target)
    assert "\n" not in caught.value.user_text() and "a\\nb.pdf" in caught.value.message


def test_a_link_put_in_place_while_writing_is_refused_at_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "sheet.pdf"
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"keep me")
    real_fsync = os.fsync

    def meanwhile(fd: int) -> None:
        real_fsync(fd)
        if not target.is_symlink():
            target.symlink_to(victim)

    monkeypatch.setattr(files.os, "fsync", meanwhile)
    with pytest.raises(files.UnsafeOutputPath) as caught:
        write_atomic(target, b"%PDF-1.4")
    assert caught.value.reason == files.SYMLINK
    assert target.is_symlink() and victim.read_bytes() == b"keep me"
    assert not _leftovers(tmp_path)


def test_a_file_printed_beside_its_target_is_placed_after_the_same_checks(tmp_path: Path) -> None:
    protected = _database(tmp_path)
    target = tmp_path / "printed.pdf"
    temp = files.temporary_beside(target)
    temp.write_bytes(b"%PDF-1.4 printed")
    assert files.place(temp, target, protected=protected) == target
    assert target.read_bytes() == b"%PDF-1.4 printed" and not temp.exists()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    temp = files.temporary_beside(target)
    with pytest.raises(files.UnsafeOutputPath):
        files.place(temp, tmp_path / "clinic.sqlite3-wal", protected=protected)
    with pytest.raises(files.UnsafeOutputPath):
        files.place(files.temporary_beside(target), target)  # exists, not asked to replace
    assert not _leftovers(tmp_path) and target.read_bytes() == b"%PDF-1.4 printed"
