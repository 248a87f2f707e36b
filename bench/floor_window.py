"""The least any AcuPlanner start can cost: the bare window plus what the product card and
issue 4 fix, with none of AcuPlanner's own code.

It imports SQLAlchemy's ORM (the storage layer is SQLAlchemy 2.x) and checks one password
with argon2id at argon2-cffi's defaults (issue 4: "its defaults or stronger"), then shows
the bare window of :mod:`bench.bare_window`. The cold-start and memory ratios are
measured against the bare window; this process shows how much of each ratio those fixed
choices take by themselves.

    python bench/floor_window.py
"""

from __future__ import annotations

import sys

import sqlalchemy.orm  # noqa: F401 - the import is what is measured
from argon2 import PasswordHasher

from bench.bare_window import main as bare_window

# "a fictional password" hashed at argon2-cffi's defaults (3 passes over 64 MiB, 4 lanes).
STORED = (
    "$argon2id$v=19$m=65536,t=3,p=4$bdBaYU+r5f2qUWxL8zcjDw$"
    "JMw2PLsHKf6sR0lIJad6GgwWZNmzXKCh9VvwapbZ0Tw"
)


def main() -> int:
    PasswordHasher().verify(STORED, "a fictional password")  # as a sign-in does, once
    return bare_window()


if __name__ == "__main__":
    sys.exit(main())
