"""Where each key and table of a TOML file stands, so problems can name a line and column.

``tomllib`` parses into plain dicts and forgets positions. This scanner walks a file that
``tomllib`` has already accepted and records, for every key path such as
``("exercises", 2, "key", 0, "quote")``, the line and column where it is written.
It understands just enough TOML to walk valid files: tables, arrays of tables, dotted and
quoted keys, inline tables and arrays, and all four kinds of string.
"""

from __future__ import annotations

import bisect
import tomllib
from collections.abc import Sequence

Path = tuple[str | int, ...]
Position = tuple[int, int]  # 1-based line and column

_BARE_KEY = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def locate(text: str) -> dict[Path, Position]:
    """Positions of every table, key and array element of a valid TOML document."""
    scanner = _Scanner(text)
    scanner.document()
    return scanner.positions


def position_of(positions: dict[Path, Position], path: Sequence[str | int]) -> Position:
    """The position of ``path``, or of the nearest enclosing thing that has one."""
    path = tuple(path)
    while path:
        if path in positions:
            return positions[path]
        path = path[:-1]
    return (1, 1)


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.i = 0
        self.positions: dict[Path, Position] = {}
        self._line_starts = [0] + [n + 1 for n, char in enumerate(text) if char == "\n"]
        self._array_lengths: dict[Path, int] = {}

    def position(self, index: int) -> Position:
        line = bisect.bisect_right(self._line_starts, index)
        return line, index - self._line_starts[line - 1] + 1

    def record(self, path: Path, index: int) -> None:
        self.positions.setdefault(path, self.position(index))

    def document(self) -> None:
        table: Path = ()
        while True:
            self.skip_blank(newlines=True)
            if self.i >= len(self.text):
                return
            if self.text[self.i] == "[":
                table = self.header()
            else:
                self.key_value(table)

    def header(self) -> Path:
        start = self.i
        is_array = self.text.startswith("[[", self.i)
        self.i += 2 if is_array else 1
        keys = self.key()
        self.i += 2 if is_array else 1
        path: Path = ()
        for n, key in enumerate(keys):
            path += (key,)
            last = n == len(keys) - 1
            if not last:
                self.record(path, start)  # "[a.b]" also defines the table "a"
            if path in self._array_lengths and not (last and is_array):
                path += (self._array_lengths[path] - 1,)
        if is_array:
            index = self._array_lengths.get(path, 0)
            self._array_lengths[path] = index + 1
            self.record(path, start)
            path += (index,)
        self.record(path, start)
        return path

    def key_value(self, table: Path) -> None:
        start = self.i
        keys = self.key()
        for n in range(1, len(keys) + 1):
            self.record(table + keys[:n], start)
        self.skip_blank()
        self.i += 1  # "="
        self.skip_blank()
        self.value(table + keys)

    def key(self) -> tuple[str, ...]:
        keys: list[str] = []
        while True:
            self.skip_blank()
            start = self.i
            if self.text[self.i] in "\"'":
                self.string()
                keys.append(tomllib.loads("k = " + self.text[start : self.i])["k"])
            else:
                while self.i < len(self.text) and self.text[self.i] in _BARE_KEY:
                    self.i += 1
                keys.append(self.text[start : self.i])
            self.skip_blank()
            if self.i < len(self.text) and self.text[self.i] == ".":
                self.i += 1
                continue
            return tuple(keys)

    def value(self, path: Path) -> None:
        char = self.text[self.i]
        if char in "\"'":
            self.string()
        elif char == "[":
            self.i += 1
            index = 0
            while True:
                self.skip_blank(newlines=True)
                if self.text[self.i] == "]":
                    self.i += 1
                    return
                self.record((*path, index), self.i)
                self.value((*path, index))
                self.skip_blank(newlines=True)
                if self.text[self.i] == ",":
                    self.i += 1
                    index += 1
        elif char == "{":
            self.i += 1
            while True:
                self.skip_blank()
                if self.text[self.i] == "}":
                    self.i += 1
                    return
                self.key_value(path)
                self.skip_blank()
                if self.text[self.i] == ",":
                    self.i += 1
        else:
            while self.i < len(self.text) and self.text[self.i] not in ",]}\n#":
                self.i += 1

    def string(self) -> None:
        quote = self.text[self.i]
        if self.text.startswith(quote * 3, self.i):
            end = self.i + 3
            while True:
                end = self.text.index(quote * 3, end)
                if quote == '"' and _escaped(self.text, end):
                    end += 1
                    continue
                break
            end += 3
            for _ in range(2):  # up to two quote characters may end the string's content
                if end < len(self.text) and self.text[end] == quote:
                    end += 1
            self.i = end
            return
        end = self.i + 1
        while self.text[end] != quote or (quote == '"' and _escaped(self.text, end)):
            end += 1
        self.i = end + 1

    def skip_blank(self, *, newlines: bool = False) -> None:
        text = self.text
        while self.i < len(text):
            char = text[self.i]
            if char in " \t" or (newlines and char in "\r\n"):
                self.i += 1
            elif char == "#":
                end = text.find("\n", self.i)
                self.i = len(text) if end < 0 else end
            else:
                return


def _escaped(text: str, index: int) -> bool:
    """Whether the character at ``index`` follows an odd number of backslashes."""
    count = 0
    while index - count - 1 >= 0 and text[index - count - 1] == "\\":
        count += 1
    return count % 2 == 1
