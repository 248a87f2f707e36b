"""Progress: a course's pain chart with its meaningful-improvement marker, the review card
on the patient overview, and the clinic-level view."""
