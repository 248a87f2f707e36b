"""Start AcuPlanner from a checkout: ``python main.py [--database URL] [COMMAND]``."""

import time

# Taken before anything heavy is imported, so --smoke-test measures what a user waits for.
_STARTED = time.monotonic()

if __name__ == "__main__":
    from planner.cli import main

    raise SystemExit(main(started=_STARTED))
