"""A parent that has imported AcuPlanner once and forks workers on request.

The kill -9 tests start hundreds of short-lived writers; starting Python and importing
SQLAlchemy for each would cost most of a second. This process pays that once, then
forks one worker per request, each opening its own database connections after the fork
(nothing is connected before it). Protocol, one line each way on stdin/stdout:

    run TASK JSON   ->  pid N          (the worker runs TASK(**JSON), then exits 0; 1 on error)
    wait N          ->  exit N STATUS  (STATUS: the exit code, or -SIGNAL)
    quit

Linux and macOS only (fork).
"""

from __future__ import annotations

import json
import os
import sys
import traceback

from tests.reliability import workers


def _child(task: str, arguments: dict[str, object]) -> None:
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)  # the protocol pipe belongs to the parent
    try:
        getattr(workers, task)(**arguments)
    except BaseException:
        traceback.print_exc(file=sys.stderr)
        sys.stderr.flush()
        os._exit(1)
    os._exit(0)


def main() -> None:
    for line in sys.stdin:
        words = line.split(maxsplit=2)
        if not words or words[0] == "quit":
            break
        if words[0] == "run":
            pid = os.fork()
            if pid == 0:
                _child(words[1], json.loads(words[2]))
            print(f"pid {pid}", flush=True)
        elif words[0] == "wait":
            pid = int(words[1])
            _, status = os.waitpid(pid, 0)
            code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
            print(f"exit {pid} {code}", flush=True)


if __name__ == "__main__":
    main()
