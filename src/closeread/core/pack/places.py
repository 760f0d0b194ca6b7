"""Where each exercise of a pack is written, for messages that point at its lines."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from closeread.core.files.problems import Place
from closeread.core.toml.read import TomlFile

Where = tuple[str | int, ...]


class Places(Mapping[str, Place]):
    """Where each exercise is written, found only when asked for: a file's positions
    take a scan of its text, and most checks of a pack never need one."""

    def __init__(self) -> None:
        self._where: dict[str, tuple[TomlFile, Where]] = {}

    def note(self, name: str, toml: TomlFile, where: Where) -> None:
        self._where[name] = (toml, where)

    def update(self, other: Places) -> None:
        self._where.update(other._where)

    def __getitem__(self, name: str) -> Place:
        toml, where = self._where[name]
        return Place(toml.shown_path, *toml.at(*where))

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)
