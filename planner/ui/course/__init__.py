"""Courses, plans and sessions: start a course, edit its plan, record sessions, review."""
