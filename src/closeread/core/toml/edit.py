"""A TOML file of a pack, open for editing: read, changed with tomlkit, written back whole.

``TomlDocument`` keeps what tomlkit does not: a UTF-8 byte-order mark and Windows line
ends (lines tomlkit adds get them too), and a guard against two writers. When the file
changed on disk since it was opened (the teacher saved it in a text editor meanwhile),
``save`` refuses rather than overwrite it, unless told to. Files are written atomically
(``closeread.core.files.atomic``): a crash leaves the old file or the new, never half.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Self

import tomlkit
from tomlkit.exceptions import TOMLKitError
from tomlkit.toml_document import TOMLDocument

from closeread.core.files.atomic import write_atomic
from closeread.core.toml import style as tomlstyle
from closeread.core.toml.read import MAX_TOML_BYTES
from closeread.core.toml.shape import shape_problem

_LONE_LF = re.compile(r"(?<!\r)\n")


class TomlEditError(ValueError):
    """An edit that cannot be made; the message says why, in a teacher's words."""


class TomlFileError(TomlEditError):
    """A file that cannot be opened or saved; the message names it."""


class ChangedOnDisk(TomlFileError):
    """The file changed on disk since it was opened; saving would lose those changes."""


class TomlDocument:
    """One TOML file, parsed with tomlkit; ``doc`` is the tomlkit document."""

    def __init__(self, path: str | os.PathLike[str], text: str, *, on_disk: bytes | None) -> None:
        self.path = Path(path)
        self._bom, self._crlf = file_style(text)
        self._on_disk = _digest(on_disk) if on_disk is not None else None
        self.doc = self._parse(text.removeprefix("\ufeff"))
        self._saved_text = self.as_text() if on_disk is not None else ""

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Self:
        try:
            raw = Path(path).read_bytes()
        except OSError as error:
            raise TomlFileError(f"{path}: cannot read the file: {error.strerror}") from error
        if len(raw) > MAX_TOML_BYTES:
            raise TomlFileError(f"{path}: the file is larger than {MAX_TOML_BYTES:,} bytes")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise TomlFileError(f"{path}: the file is not valid UTF-8 text") from error
        return cls(path, text, on_disk=raw)

    def _parse(self, text: str) -> TOMLDocument:
        shape = shape_problem(text)
        if shape is not None:
            raise TomlFileError(f"{self.path}:{shape.line}:{shape.column}: {shape.message}")
        try:
            doc = tomlkit.parse(text)
        except TOMLKitError as error:
            raise TomlFileError(f"{self.path}: TOML syntax: {error}") from error
        tomlstyle.own_leading_comments(doc)
        return doc

    def as_text(self) -> str:
        return self.doc.as_string()

    def restore(self, text: str) -> None:
        """Go back to ``text``, a result of ``as_text`` (an editor's undo and redo)."""
        self.doc = self._parse(text)

    @property
    def modified(self) -> bool:
        return self.as_text() != self._saved_text

    def save(self, *, force: bool = False) -> Path:
        """Write the file atomically and read it back. Refuses (``ChangedOnDisk``) when the
        file changed on disk since it was opened or last saved, unless ``force``; raises
        ``TomlFileError`` when it cannot be written or does not read back the same, and
        then counts as unsaved."""
        if not force:
            self._check_unchanged_on_disk()
        data = file_bytes(self.as_text(), bom=self._bom, crlf=self._crlf)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, data)
            written = self.path.read_bytes()
        except OSError as error:
            message = f"{self.path}: cannot write the file: {error.strerror or error}"
            raise TomlFileError(message) from error
        if written != data:
            raise TomlFileError(
                f"{self.path}: the file read back after writing is not what was written; "
                "your edits are still open in the editor"
            )
        self._on_disk = _digest(data)
        self._saved_text = self.as_text()
        return self.path

    def remove_file(self, *, force: bool = False) -> None:
        """Delete the file (a lesson taken out of its pack, on saving). Refuses
        (``ChangedOnDisk``) when it changed on disk since it was read, unless ``force``;
        the document stays open, to be written again if it is wanted back."""
        if self.path.exists():
            if not force:
                self._check_unchanged_on_disk()
            try:
                self.path.unlink()
            except OSError as error:
                message = f"{self.path}: cannot delete the file: {error.strerror or error}"
                raise TomlFileError(message) from error
        self.forget_saved()

    def forget_saved(self) -> None:
        """The file is gone from disk (a lesson deleted on saving): the next ``save``
        writes it anew, should the document be wanted again (undo)."""
        self._on_disk = None
        self._saved_text = ""

    def _check_unchanged_on_disk(self) -> None:
        try:
            current: str | None = _digest(self.path.read_bytes())
        except FileNotFoundError:
            current = None
        except OSError as error:
            raise TomlFileError(f"{self.path}: cannot read the file: {error.strerror}") from error
        if current != self._on_disk:
            raise ChangedOnDisk(
                f"{self.path}: the file changed on disk since it was opened; "
                "open it again, or save anyway to replace those changes"
            )


def file_style(text: str) -> tuple[bool, bool]:
    """Whether a file's text starts with a byte-order mark, and ends its lines "\r\n"."""
    return text.startswith("\ufeff"), "\r\n" in text and text.count("\r\n") == text.count("\n")


def file_bytes(text: str, *, bom: bool, crlf: bool) -> bytes:
    """``text`` as the bytes of a file in that style: lines added since it was read end
    in "\n" alone, and get the file's "\r\n" too."""
    if crlf:
        text = _LONE_LF.sub("\r\n", text)
    return (("\ufeff" if bom else "") + text).encode("utf-8")


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
