"""Registering a new patient and editing a patient's details (New patient / Edit patient).

:class:`~planner.ui.registration.dialog.PatientDialog` hosts a
:class:`~planner.ui.registration.form_widget.PatientFormWidget`; the
:class:`~planner.ui.registration.presenter.PatientFormPresenter` does the work without
a window, asking its questions through :mod:`planner.ui.questions`.
"""
