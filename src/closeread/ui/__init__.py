"""The PySide6 front end: widgets that adapt the core and hold no rules of their own."""
