"""AcuPlanner must work from an installed wheel, not only from a checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _listed_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return set(config["tool"]["setuptools"]["packages"])


def test_every_subpackage_is_listed_in_pyproject() -> None:
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "planner").rglob("*.py")
        if "__pycache__" not in path.parts
    }
    assert found <= _listed_packages(), found - _listed_packages()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
        + ["-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("acuplanner-*.whl")
    return built


def test_wheel_ships_catalog_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "planner/resources/acupoints.json",
        "planner/migrations/env.py",
        "planner/migrations/script.py.mako",
        "planner/migrations/versions/0001_initial_schema.py",
        "planner/storage/models/patients.py",
    ):
        assert required in names


def test_installed_wheel_migrates_a_new_database(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site), "ACUPLANNER_HOME": str(tmp_path / "home")}
    script = (
        "import planner, sys; print(planner.__file__); "
        "from planner.cli import main; sys.exit(main(['--database', 'x.sqlite3', 'migrate']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith(str(site))
    assert "Migrated an empty database" in result.stdout
    assert (tmp_path / "x.sqlite3").exists()
