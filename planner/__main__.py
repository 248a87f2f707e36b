"""``python -m planner`` behaves like ``main.py``."""

from planner.cli import main

raise SystemExit(main())
