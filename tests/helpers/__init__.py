"""Helpers the tests share: :mod:`.factories` (small builders of fictional records),
:mod:`.document_clinic` (the documents' fictional clinic, built through the services) and
:mod:`.clinics` (fixtures several modules use, registered by ``tests/conftest.py``).

A fixture has one name per type, so ``clinic`` alone is never used: ``document_clinic``
(a :class:`~tests.helpers.document_clinic.DocumentClinic`), ``course_clinic`` (the UI
presenters' ``CourseClinic``), ``staff_clinic`` (the course services' people and patient),
``signin_clinic`` (the sign-in controller's running app), ``pg_clinic`` (PostgreSQL with a
login per account), ``clinic_db`` (a Database holding a demo clinic), ``clinic_service``
(a ClinicService), ``workstation_clinic`` (a workstation signing in at the PostgreSQL
server), ``staffed_accounts`` (an AccountService with its first accounts) and
``recorded_session`` (a session being recorded on a server that may go away).
"""
