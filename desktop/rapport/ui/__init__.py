"""The Qt user interface: the main window, its pages (one sub-package per screen), dialogs.

Nothing outside `rapport.ui` (and the GUI branch of the CLI) imports Qt. Screens get the
open store through `Page.set_store` and call `rapport.store` functions; they never write SQL.
"""
