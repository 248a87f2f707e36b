"""Treatment-room mode: the full-screen room view, its timers and needle counts, and the
timer strip on the main window."""
