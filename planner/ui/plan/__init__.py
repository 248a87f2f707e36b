"""The plan editor: techniques, points and parameters of a course's treatment."""
