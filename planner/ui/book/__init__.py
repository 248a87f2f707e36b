"""The appointment book: its screens and its booking dialogs."""
