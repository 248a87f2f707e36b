"""The intake: taking a back-pain history for one patient, re-assessing, reading old ones.

:class:`~planner.ui.intake.window.IntakeWindow` hosts the
:class:`~planner.ui.intake.editor.IntakeEditor`; the
:class:`~planner.ui.intake.presenter.IntakePresenter` does the work without a window.
:mod:`planner.ui.intake.safety_widgets` renders a safety summary anywhere.
"""
