"""The patient list (search, lazy table model) and the patient overview."""
