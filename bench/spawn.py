"""Run a command and report its wall time and peak memory (used by processes.py).

    python bench/spawn.py RESULT.json -- COMMAND…

A child forked straight from the (large) benchmark process would be charged the
parent's memory: Linux counts the memory it had before ``exec`` in its peak. Forked
from this small launcher instead, the peak is the command's own. The launcher also
looks at the command's resident memory every 5 ms, so the last look tells what it held
when it finished (for the smoke test: just after the first paint).
"""

from __future__ import annotations

import json
import os
import sys
import time


def main() -> int:
    result, separator, *command = sys.argv[1:]
    assert separator == "--" and command
    start = time.perf_counter()
    pid = os.posix_spawn(command[0], command, os.environ)
    last_kb = 0  # resident memory at the last look (every 5 ms): the size it ended at
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        last_kb = _resident_kb(pid) or last_kb
        time.sleep(0.005)
    wall_ms = (time.perf_counter() - start) * 1000
    code = os.waitstatus_to_exitcode(status)
    measured = {"wall_ms": wall_ms, "peak_kb": usage.ru_maxrss, "last_kb": last_kb}
    with open(result, "w") as out:  # noqa: PTH123
        json.dump({**measured, "exit_code": code}, out)
    return 0


def _resident_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as status:  # noqa: PTH123
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
