"""After the main window is up, what start-up made is moved out of the collector's reach."""

from __future__ import annotations

import gc

from planner.app import freeze_long_lived_objects


def test_start_up_objects_are_frozen() -> None:
    gc.unfreeze()
    try:
        freeze_long_lived_objects()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()  # the other tests make and drop many objects
