"""The window's preferences, kept in ``closeread-window.ini`` in the data folder.

Layout (size, splitter, library panel), the appearance, the language and the pack opened last are
read here *before* the progress database is opened, so the window can appear at once
in the right colours with the right pack, while the database opens. The database
stays the record of everything that matters (the appearance is saved there too, as
a setting, and wins when the two disagree); this file only saves the start a moment.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from closeread.core.i18n import SYSTEM, language_code

FILE_NAME = "closeread-window.ini"


class Prefs:
    def __init__(self, data_dir: str | Path) -> None:
        self.path = Path(data_dir) / FILE_NAME
        self.settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _get(self, key: str, default=None):
        return self.settings.value(key, default)

    def _set(self, key: str, value) -> None:
        self.settings.setValue(key, value)
        self.settings.sync()

    @property
    def appearance(self) -> str:
        return str(self._get("appearance", "system"))

    @appearance.setter
    def appearance(self, mode: str) -> None:
        if mode != self.appearance:  # (every start says it again: no need to write)
            self._set("appearance", mode)

    @property
    def language(self) -> str:
        """View > Language: a code of ``closeread.core.i18n.LANGUAGES``, or "system".

        Only here, not in the database: the translators are installed before any
        window is built, long before the database opens."""
        return language_code(str(self._get("language", SYSTEM))) or SYSTEM

    @language.setter
    def language(self, code: str) -> None:
        self._set("language", code)

    @property
    def last_pack(self) -> str:
        """The folder of the pack shown last (any student)."""
        return str(self._get("last_pack", ""))

    @last_pack.setter
    def last_pack(self, location: str) -> None:
        if location != self.last_pack:
            self._set("last_pack", location)

    def geometry(self) -> QByteArray | None:
        value = self._get("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def splitter(self) -> list[int] | None:
        value = self._get("window/splitter")
        try:
            sizes = [int(size) for size in value] if isinstance(value, list) else None
        except (TypeError, ValueError):
            return None
        return sizes if sizes and len(sizes) == 3 else None

    def library_visible(self) -> bool:
        return str(self._get("window/library", "true")).lower() != "false"

    def save_layout(self, geometry: QByteArray, splitter: list[int], library: bool) -> None:
        self.settings.setValue("window/geometry", geometry)
        self.settings.setValue("window/splitter", [str(size) for size in splitter])
        self.settings.setValue("window/library", "true" if library else "false")
        self.settings.sync()

    def cards_layout(self) -> tuple[bool, list[int] | None]:
        """Whether the source cards pane was open, and the article's and its widths."""
        visible = str(self._get("window/cards", "false")).lower() == "true"
        value = self._get("window/cards_split")
        try:
            sizes = [int(size) for size in value] if isinstance(value, list) else None
        except (TypeError, ValueError):
            sizes = None
        return visible, sizes if sizes and len(sizes) == 2 and min(sizes) > 0 else None

    def save_cards_layout(self, visible: bool, sizes: list[int] | None) -> None:
        self.settings.setValue("window/cards", "true" if visible else "false")
        if sizes and len(sizes) == 2 and min(sizes) > 0:
            self.settings.setValue("window/cards_split", [str(size) for size in sizes])
        self.settings.sync()
