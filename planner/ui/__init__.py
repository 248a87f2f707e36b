"""The Qt user interface: the main window, shared helpers and one subpackage per screen.

Only this package and :mod:`planner.app` import PySide6. Widgets lay out controls and
render plain data; presenters (plain Python) call the services that ``app.py`` hands them.
"""
