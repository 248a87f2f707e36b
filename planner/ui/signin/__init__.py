"""Signing in: the first-run and sign-in dialogs, the lock screen and their presenter."""
