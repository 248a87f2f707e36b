"""The clinical domain in plain Python: vocabularies, rules and errors. No Qt, no database."""
