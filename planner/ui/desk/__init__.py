"""The front desk's screens: the end of day (:mod:`.end_of_day`)."""
