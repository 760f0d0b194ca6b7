"""Refusing TOML shaped to exhaust the parser, before it is parsed.

``tomllib`` parses nested arrays and inline tables recursively, so ``x = [[[...]]]`` a few
hundred deep (1 KB) ends in a RecursionError; and a table header of 40,000 dotted parts
(80 KB) builds 40,000 nested tables and takes gigabytes. No lesson file needs either.
One pass over the text, which skips strings and comments, finds the deepest nesting and
the longest dotted key with their lines, so the problem is reported where it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_NESTING = 32  # arrays and inline tables inside one another
MAX_KEY_PARTS = 32  # parts of one dotted key or table header: a.b.c is three
_INTERESTING = re.compile(r"[\n#\"'.\[\]{}=,]")
_STRING_STOP = {'"': re.compile(r'["\\\n]'), "'": re.compile(r"['\n]")}


@dataclass(frozen=True)
class ShapeProblem:
    message: str
    line: int
    column: int


def shape_problem(text: str) -> ShapeProblem | None:
    """The first place where ``text`` nests or dots deeper than the limits, or None."""
    return _Scanner(text).run()


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.i = 0
        self.line = 1
        self.line_start = 0
        self.stack: list[str] = []  # "[" and "{" of the value being read
        self.in_key = True  # reading a key (or a header), not a value
        self.parts = 1  # parts of the key being read

    def _here(self, message: str) -> ShapeProblem:
        return ShapeProblem(message, self.line, self.i - self.line_start + 1)

    def run(self) -> ShapeProblem | None:
        text = self.text
        header = False
        while True:
            found = _INTERESTING.search(text, self.i)  # jump over plain words at C speed
            if found is None:
                return None
            self.i = found.start()
            char = text[self.i]
            if char == "\n":
                self.line += 1
                self.line_start = self.i + 1
                if not self.stack:
                    self.in_key, self.parts, header = True, 1, False
            elif char == "#":
                end = text.find("\n", self.i)
                self.i = len(text) if end < 0 else end
                continue
            elif char in "\"'":
                self._skip_string(char)
                continue
            elif self.in_key and char == ".":
                self.parts += 1
                if self.parts > MAX_KEY_PARTS:
                    return self._here(f"a key or table name has more than {MAX_KEY_PARTS} parts")
            elif self.in_key and char == "[" and not self.stack and not header:
                header = True  # [table] or [[array of tables]]: its name is a key
            elif self.in_key and char == "]" and header:
                self.in_key = False
            elif char == "=" and self.in_key:
                self.in_key, self.parts = False, 1
            elif not self.in_key and char in "[{":
                self.stack.append(char)
                if len(self.stack) > MAX_NESTING:
                    return self._here(f"lists and tables are nested more than {MAX_NESTING} deep")
                self.in_key, self.parts = char == "{", 1
            elif not self.in_key and char in "]}" and self.stack:
                self.stack.pop()
            elif char == "," and self.stack:
                self.in_key, self.parts = self.stack[-1] == "{", 1
            elif self.in_key and char == "}" and self.stack:
                self.stack.pop()  # an empty inline table
                self.in_key = False
            self.i += 1

    def _skip_string(self, quote: str) -> None:
        text = self.text
        triple = text.startswith(quote * 3, self.i)
        end = quote * 3 if triple else quote
        self.i += len(end)
        stop = _STRING_STOP[quote]
        while True:
            found = stop.search(text, self.i)
            if found is None:
                self.i = len(text)
                return
            self.i = found.start()
            char = text[self.i]
            if char == "\\":
                if text.startswith("\n", self.i + 1):
                    self.line += 1
                    self.line_start = self.i + 2
                self.i += 2
                continue
            if char == "\n":
                if not triple:
                    return  # an unclosed string: tomllib reports it
                self.line += 1
                self.line_start = self.i + 1
                self.i += 1
                continue
            if text.startswith(end, self.i):
                self.i += len(end)
                while triple and self.i < len(text) and text[self.i] == quote:
                    self.i += 1  # """a"""" : up to two quotes may close the content
                return
            self.i += 1
