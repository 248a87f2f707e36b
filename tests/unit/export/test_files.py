"""Atomic, owner-only writing of documents, including when writing fails half-way."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from planner.domain.errors import EnvironmentProblem
from planner.export import files, remove_leftovers, render_receipt, write_atomic
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
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_atomic(str(target), b"new")
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
    target.write_bytes(b"previous complete pdf")
    monkeypatch.setattr(files.os, "fsync", _raise_os_error)
    with pytest.raises(EnvironmentProblem):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"previous complete pdf"
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
