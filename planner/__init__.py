"""AcuPlanner: session planner and clinical record for acupuncturists treating back pain."""

__version__ = "0.1.0"
APP_NAME = "AcuPlanner"
