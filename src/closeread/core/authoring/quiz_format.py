"""What kind of quiz file a file is, so that an importer given the wrong one says so.

``detect_format`` tells the quiz formats CloseRead imports apart (GIFT, Moodle XML) by
a file's first bytes, and the other files people pick by mistake: a web page, JSON, an
archive, text with no question in it. ``wrong_format`` is the error line an importer
prints for a file that is not its format, with the command that imports what it is
(``IMPORT_COMMANDS``). A Moodle XML file given to ``closeread pack import-gift`` was
once "imported" as three garbled skipped questions. What a format's reader says about a
line of its file is a ``QuizNote``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Severity = Literal["skipped", "warning", "note", "error"]


@dataclass(frozen=True)
class QuizNote:
    """What a reader says about the question on ``line`` of a quiz file: "error" means
    nothing of the file may be imported."""

    line: int
    severity: Severity
    message: str


IMPORT_COMMANDS = {
    "gift": "closeread pack import-gift",
    "moodle-xml": "closeread pack import-moodle-xml",
}

_WHAT = {
    "gift": "a Moodle GIFT file",
    "moodle-xml": "a Moodle XML file",
    "xml": "an XML file, but not a Moodle XML quiz",
    "html": "a web page (HTML)",
    "json": "a JSON file",
    "binary": "not a text file",
    "none": "a text file with no GIFT question in it",
}
_BINARY = (b"PK\x03\x04", b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\xd0\xcf\x11\xe0")


def detect_format(data: str | bytes) -> str:
    """What ``data`` (a whole file, or its first few kilobytes) is: ``"gift"``,
    ``"moodle-xml"``, ``"xml"``, ``"html"``, ``"json"``, ``"binary"``, or ``"none"`` (text
    with no sign of a quiz: no answers in braces, no ``::title::``, no category)."""
    if isinstance(data, bytes):
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return "none"  # UTF-16: the importer asks for UTF-8
        if data.startswith(_BINARY) or b"\x00" in data[:4096]:
            return "binary"
        data = data[:4096].decode("utf-8", errors="replace")
    text = data.removeprefix("\ufeff").lstrip()
    head = text[:4096].lower()
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    if head.startswith(("<?xml", "<quiz")) or (head.startswith("<!--") and "<quiz" in head):
        return "moodle-xml" if "<quiz" in head else "xml"
    if text[:1] in ("{", "[") and _is_json(text):
        return "json"
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("//"):
            continue
        if "{" in stripped or stripped.startswith(("::", "$CATEGORY:")):
            return "gift"
    return "none"


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def wrong_format(
    data: str | bytes, shown: str, expected: str, pack_dir: str | Path | None = None
) -> str:
    """An error line when ``data`` (read from the file ``shown``) is not of the
    ``expected`` format, naming the command that imports what it is; "" when it is.
    Bytes are judged by their start only: text with no quiz in it is not refused then."""
    found = detect_format(data)
    if found == expected or (found == "none" and isinstance(data, bytes)):
        return ""
    if expected == "moodle-xml" and found in ("xml", "none"):
        return ""  # its reader says what the XML is instead, or that it is none
    message = f"{shown}: error: this is {_WHAT[found]}, not {_WHAT[expected]}"
    command = IMPORT_COMMANDS.get(found)
    if command:
        return f"{message}: import it with {command} {shown} --into {pack_dir or 'DIR'}"
    if found == "none":
        return message + ": a GIFT question has its answers in braces: Question? {=right ~wrong}"
    return message
