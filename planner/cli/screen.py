"""``acuplanner screen CASE.json``: the safety rules (:mod:`planner.domain.safety`) run on
a JSON case, the findings printed as JSON; no database involved.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from planner.cli.common import Subcommands
from planner.domain.errors import ConfigurationError


def add_parsers(commands: Subcommands) -> None:
    screen = commands.add_parser(
        "screen", help="run the safety rules on a JSON case and print the findings as JSON"
    )
    screen.add_argument("case", metavar="CASE.json", help="the case file, or - for standard input")


def screen_command(case: str) -> int:
    """Print the safety findings for a JSON case (no database involved)."""
    from planner.domain.safety import screen
    from planner.domain.screening_case import parse_case, printable

    if case == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(case).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            raise ConfigurationError(f"Cannot read the case file {case}: {reason}.") from None
    patient, plan = parse_case(text)
    findings = [finding.as_dict() for finding in screen(patient, plan)]
    lines = json.dumps(findings, ensure_ascii=False, indent=2).splitlines()
    print("\n".join(printable(line) for line in lines))  # what the case said, escaped
    return 0
