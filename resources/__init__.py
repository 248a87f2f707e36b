"""Data shipped with AcuPlanner (installed as ``planner.resources``)."""
