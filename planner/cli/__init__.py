"""Command line: ``acuplanner [--database URL] [COMMAND]`` (also ``python main.py`` and
``python -m planner``).

Without a command it opens the window. Expected problems (bad URL, unreachable server,
unwritable folder, newer database) print one line to standard error and exit 2; no
traceback reaches the user and nothing is changed. :mod:`.run` runs a command line,
:mod:`.parser` builds the parser, :mod:`.common` holds what the commands share, and one
module per command group does the work through the services: :mod:`.demo`,
:mod:`.database` (check, migrate), :mod:`.users`, :mod:`.server` (pg-logins,
grant-app-role), :mod:`.audit`, :mod:`.backups` (backup, restore), :mod:`.screen` and
:mod:`.export`.
"""

from planner.cli.parser import build_parser
from planner.cli.run import main

__all__ = ["build_parser", "main"]
