"""The app's frame: start-up, the main window, its menus and commands, autosave, opening packs."""
