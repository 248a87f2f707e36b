"""Help for every window, installed once on the application: F1 opens the offline user
guide at the section of the window in front (:mod:`planner.ui.help.guide` maps windows to
sections, :mod:`planner.ui.help.window` shows the guide shipped in
``planner.resources/help``), Ctrl+W closes the window in front (never the main window;
:mod:`planner.ui.help.keys`), every window remembers its size and position
(:mod:`planner.ui.help.geometry`), and About lists the licences of the app, its libraries
and its fonts (:mod:`planner.ui.help.notices`, :mod:`planner.ui.help.about`). The help and
licence windows are imported only when first opened.
"""
