"""A font for Chinese in the standalone app, when the computer has none.

A bare Debian has no font with Chinese characters, so a Chinese window would show empty
boxes. The standalone build carries one (WenQuanYi Micro Hei, taken from the build
machine's ``fonts-wqy-microhei`` with its licence, in ``resources/fonts``); a checkout or
a wheel carries none and relies on the system's, as the README says. The font is added
only for a Chinese interface and only when the system lacks one: reading a 5 MB font
file is not free at start-up.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtGui import QFontDatabase

from closeread.core.files import paths

FONT_SUFFIXES = (".ttf", ".ttc", ".otf")


def bundled_fonts() -> list[Path]:
    """The font files the app carries (none outside the standalone build)."""
    with contextlib.suppress(FileNotFoundError):
        folder = paths.bundled_dir("resources") / "fonts"
        if folder.is_dir():
            return sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES)
    return []


def has_chinese_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def add_chinese_font(language: str, fonts: list[Path] | None = None) -> list[str]:
    """For a Chinese interface without a Chinese font, add the carried ones; the font
    families added (none when not needed or none is carried)."""
    if not language.startswith("zh") or has_chinese_font():
        return []
    return add_fonts(bundled_fonts() if fonts is None else fonts)


def add_fonts(fonts: list[Path]) -> list[str]:
    """Make ``fonts`` available to this run; the families they hold."""
    added: list[str] = []
    for font in fonts:
        font_id = QFontDatabase.addApplicationFont(str(font))
        if font_id >= 0:
            added += QFontDatabase.applicationFontFamilies(font_id)
    return added
