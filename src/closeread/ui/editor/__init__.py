"""The pack editor (teacher mode): lesson packs written and their keys marked in the app."""

from closeread.ui.editor.window import PackEditor

__all__ = ["PackEditor"]
