"""A healthy, screened patient: every red-flag question asked at intake answered No.

An intake with no red-flag answers has every question open (a screen not done is not a
screen passed), which blocks the first plan; tests about something else use this.
"""

from planner.domain.red_flags import ASKED
from planner.domain.vocab import RedFlag

SCREENED: dict[RedFlag, bool] = {flag: False for flag in ASKED}
