"""Logging, configured once: a rotating file in the user log folder.

Log ids and kinds of events, never names, intake answers or notes. The log folder is
created 0700 and the log files 0600 (owner only), whatever the umask.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import Any

LOG_FILE_NAME = "acuplanner.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class OwnerOnlyFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created readable by their owner only (and made so
    when an older log was readable by others)."""

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if sys.platform != "win32":
            with contextlib.suppress(OSError):  # another user's file: left as it is
                os.fchmod(fd, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def configure_logging(log_dir: Path, *, quiet: bool = False) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_acuplanner", False) for h in root.handlers):
        return
    root.setLevel(logging.INFO)
    try:
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler: logging.Handler = OwnerOnlyFileHandler(
            log_dir / LOG_FILE_NAME, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()  # an unwritable log folder must not stop the app
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler._acuplanner = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if not quiet:
        console = logging.StreamHandler()
        console.setLevel(logging.WARNING)
        console.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(console)
