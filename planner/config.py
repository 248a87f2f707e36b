"""Where AcuPlanner keeps its files, and which database it opens.

Paths come from platformdirs for "AcuPlanner" unless ``ACUPLANNER_HOME`` names one
folder for everything (used by tests, demos and portable installs).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from planner import APP_NAME
from planner.domain.errors import ConfigurationError
from planner.domain.i18n import translate

HOME_ENV = "ACUPLANNER_HOME"
DATABASE_ENV = "ACUPLANNER_DATABASE_URL"
BACKUP_DIR_ENV = "ACUPLANNER_BACKUP_DIR"
BACKUP_FOLDER_NAME = "backups"
DEFAULT_DB_NAME = "acuplanner.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    log_dir: Path
    config_dir: Path

    @property
    def default_database(self) -> Path:
        return self.data_dir / DEFAULT_DB_NAME

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    @classmethod
    def from_environment(cls) -> AppPaths:
        home = os.environ.get(HOME_ENV)
        if home:
            root = Path(home).expanduser()
            return cls(data_dir=root, log_dir=root / "logs", config_dir=root)
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        )


def database_argument(cli_value: str | None, paths: AppPaths) -> str:
    """``--database`` wins, then ``ACUPLANNER_DATABASE_URL``, then the default SQLite file.

    ``--database ""`` (or blanks) is an error, not the default: a script whose variable
    came out empty must not quietly open the clinic's own database."""
    if cli_value is not None:
        if not cli_value.strip():
            raise ConfigurationError(
                translate("config", "--database is empty."),
                hint=translate(
                    "config", "Give an SQLite file path or a postgresql+psycopg:// address."
                ),
            )
        return cli_value
    return os.environ.get(DATABASE_ENV) or str(paths.default_database)


def backup_folder(sqlite_file: Path | None, paths: AppPaths, cli_value: str | None = None) -> Path:
    """Where backups go: ``--backup-dir``, then ``ACUPLANNER_BACKUP_DIR``, then a
    ``backups`` folder beside the SQLite file (in the data folder for PostgreSQL)."""
    chosen = cli_value or os.environ.get(BACKUP_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser().absolute()
    if sqlite_file is not None:
        return sqlite_file.parent / BACKUP_FOLDER_NAME
    return paths.data_dir / BACKUP_FOLDER_NAME
