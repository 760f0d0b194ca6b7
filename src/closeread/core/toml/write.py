"""Writing TOML, byte for byte the same every time, for files CloseRead makes itself.

The assessment edition of a pack (:mod:`closeread.core.library.archive`) is written by this
module, and its content hash is recomputed from the full pack when students hand in
their work: the same data must always give the same bytes, whatever library version
is installed. So this writer is small and ours. It writes what ``tomllib`` reads from a
pack: text, whole numbers, floats, booleans, arrays, tables and arrays of tables.

Layout: a table's plain keys first, in the order given, then its sub-tables and
arrays of tables as sections (``[a.b]``, ``[[a.c]]``, ``[[a.c.d]]``: a section inside an
array of tables belongs to its last element, as TOML says). Text is one basic string
with escapes, never multi-line.

``array_table`` writes one more element of an array of tables, as text to append to a
file a person edits (the quiz importers add thousands of exercises this way, where
tomlkit would take minutes): there, text with line breaks is a multi-line string.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f\x7f"\\]')
_LINE = 80  # a longer array is written one item a line, in array_table
_TRAILING_SPACE = re.compile(r"[ \t]\n|[ \t]$")
_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def dumps(data: Mapping[str, Any], header: str = "") -> str:
    """``data`` as a TOML document; ``header`` (plain text) becomes comment lines on top."""
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    if lines:
        lines.append("")
    _table(data, (), lines)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def array_table(name: str, data: Mapping[str, Any], *, comment: str = "") -> str:
    """``[[name]]``, ``comment`` as comment lines, then ``data``: one element of the array
    of tables ``name``, its own arrays of tables after its keys. Text with line breaks is
    written on several lines (``\"\"\"``), unless a line ends in spaces, which editors
    drop; a long array, one item a line."""
    lines = [f"[[{_key(name)}]]"]
    lines += [f"# {line}".rstrip() for line in comment.splitlines()]
    _table(data, (name,), lines, multiline=True)
    return "\n".join(lines) + "\n"


def _table(
    data: Mapping[str, Any], path: tuple[str, ...], lines: list[str], *, multiline: bool = False
) -> None:
    nested: list[tuple[str, Any]] = []
    for key, value in data.items():
        if isinstance(value, Mapping) or _is_table_array(value):
            nested.append((key, value))
        elif multiline and isinstance(value, str) and _fits_multiline(value):
            lines.append(f"{_key(key)} = {_multiline_string(value)}")
        elif multiline and isinstance(value, list) and len(_value(value)) > _LINE:
            lines.append(f"{_key(key)} = [")
            lines += [f"    {_value(item)}," for item in value]
            lines.append("]")
        else:
            lines.append(f"{_key(key)} = {_value(value)}")
    for key, value in nested:
        inner = (*path, key)
        name = ".".join(_key(part) for part in inner)
        if isinstance(value, Mapping):
            lines += ["", f"[{name}]"]
            _table(value, inner, lines, multiline=multiline)
        else:
            for item in value:
                lines += ["", f"[[{name}]]"]
                _table(item, inner, lines, multiline=multiline)


def _is_table_array(value: Any) -> bool:
    return (
        isinstance(value, Sequence)
        and not isinstance(value, str)
        and bool(value)
        and all(isinstance(item, Mapping) for item in value)
    )


def _key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else _string(key)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"TOML packs hold finite numbers only, not {value!r}")
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, Mapping):
        inner = ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items())
        return f"{{ {inner} }}" if inner else "{}"
    if isinstance(value, Sequence):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def _string(text: str) -> str:
    if not _NEEDS_ESCAPE.search(text):
        return f'"{text}"'
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _fits_multiline(text: str) -> bool:
    return "\n" in text and "\r" not in text and not _TRAILING_SPACE.search(text)


def _multiline_string(text: str) -> str:
    """A multi-line basic string; a quote is escaped where it would end the string."""
    out = []
    for index, char in enumerate(text):
        if char == '"' and text[index + 1 : index + 2] in ('"', ""):
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif char not in "\n\t" and (ord(char) < 0x20 or ord(char) == 0x7F):
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"""\n' + "".join(out) + '"""'
