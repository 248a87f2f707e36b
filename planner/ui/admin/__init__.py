"""Administration screens: users, the audit trail and the clinic settings."""
