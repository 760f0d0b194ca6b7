"""Editing a pack's ``pack.toml`` the way a teacher would by hand: its title, description
and source, its id and version, and the list of its lesson files.

Like :class:`~closeread.core.authoring.lesson_writer.LessonDocument`, everything an edit
does not touch is written back byte for byte: comments, blank lines, key order. A key
that is added goes where ``docs/pack-format.md`` writes it. The labels, scoring and
cards are left to a text editor.
"""

from __future__ import annotations

from typing import Any

import tomlkit
from tomlkit.items import Array, Table

from closeread.core.pack.ids import is_id
from closeread.core.toml import style as tomlstyle
from closeread.core.toml.edit import TomlDocument, TomlEditError

PACK_KEYS = (
    *("format", "id", "version", "title", "description", "authors", "language", "edition"),
    *("article", "notes", "lessons"),
)
EDITABLE = ("id", "version", "title", "description")
SOURCE_KEYS = ("title", "author", "publisher", "url", "published", "disclaimer")


class PackDocument(TomlDocument):
    """``pack.toml``, open for editing (see ``TomlDocument`` for opening and saving)."""

    def meta(self) -> dict[str, Any]:
        """The whole file as plain data (a copy)."""
        return self.doc.unwrap()

    def set_meta(self, key: str, value: Any) -> None:
        """Set the pack's ``id``, ``version``, ``title`` or ``description``; None or ""
        removes the description."""
        if key not in EDITABLE:
            raise TomlEditError(f'the pack\'s "{key}" is edited in pack.toml itself')
        if key == "description":
            tomlstyle.set_value(self.doc, key, value or None, order=PACK_KEYS)
            return
        if not isinstance(value, str) or not value.strip():
            raise TomlEditError(f"the pack needs a {key}")
        if key == "id" and not is_id(value):
            raise TomlEditError(
                f"{value!r} is not a valid pack id: use lower-case letters, digits, '-' and '_'"
            )
        tomlstyle.set_value(self.doc, key, value, order=PACK_KEYS)

    def source(self) -> dict[str, Any]:
        found = self.doc.get("source")
        return dict(found.unwrap()) if isinstance(found, Table) else {}

    def set_source(self, key: str, value: str | None) -> None:
        """Set one key of ``[source]`` (made when missing); None or "" removes it."""
        if key not in SOURCE_KEYS:
            raise TomlEditError(f'[source] has no key "{key}"')
        found = self.doc.get("source")
        if found is None:
            if not value:
                return
            found = tomlkit.table()
            self.doc.add("source", found)
            found = self.doc["source"]
        if not isinstance(found, Table):
            raise TomlEditError("[source] is not written as a table; change it in pack.toml")
        tomlstyle.set_value(found, key, value or None, order=SOURCE_KEYS)

    # --- the lesson files ------------------------------------------------------------------

    def lessons(self) -> list[str]:
        found = self.doc.get("lessons")
        return [str(item) for item in found] if isinstance(found, list) else []

    def _lesson_array(self) -> Array:
        found = self.doc.get("lessons")
        if found is None:
            tomlstyle.set_value(self.doc, "lessons", [], order=PACK_KEYS)
            found = self.doc.get("lessons")
        if not isinstance(found, Array):
            raise TomlEditError('"lessons" in pack.toml is not a list; fix it in pack.toml')
        return found

    def add_lesson(self, relative: str, index: int | None = None) -> None:
        """List the lesson file ``relative`` at place ``index`` (else last)."""
        array = self._lesson_array()
        if relative in self.lessons():
            raise TomlEditError(f"the pack lists {relative} already")
        position = len(array) if index is None else max(0, min(index, len(array)))
        array.insert(position, relative)
        if len(array) > 1 and "\n" in array.as_string():
            array.multiline(True)

    def remove_lesson(self, relative: str) -> int:
        """Take the lesson file ``relative`` off the list; its place."""
        array = self._lesson_array()
        listed = self.lessons()
        if relative not in listed:
            raise TomlEditError(f"the pack does not list {relative}")
        if len(listed) == 1:
            raise TomlEditError("a pack needs at least one lesson")
        index = listed.index(relative)
        del array[index]
        return index
