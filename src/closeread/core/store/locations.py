"""Where an installed pack's files are, as the progress database records it.

A portable CloseRead lives on a stick or in a synced folder whose drive letter or
mount point changes. A pack installed into the data folder (``DATA/packs/<name>``) is
therefore recorded relative to the data folder, with ``/`` between the parts
(``packs/<name>``), and read back against wherever the data folder is now. A pack
anywhere else keeps its absolute path. Migration 0005 rewrites the absolute records
older CloseReads made.
"""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath

PACKS_FOLDER = "packs"  # as core.library.install names it (the store is below it)
_PARTS = re.compile(r"[\\/]+")


def to_record(location: str | os.PathLike[str], data_dir: Path) -> str:
    """What to store for ``location``: relative to ``data_dir`` when inside it."""
    path = Path(location)
    if not path.is_absolute():
        return PurePosixPath(*_PARTS.split(str(location))).as_posix()
    for inside, base in ((path.absolute(), data_dir.absolute()), (_real(path), _real(data_dir))):
        try:
            relative = inside.relative_to(base)
        except ValueError:
            continue
        if relative.parts and ".." not in relative.parts:
            return relative.as_posix()
    return str(path)


def from_record(text: str, data_dir: Path) -> str:
    """The absolute path a stored location means now that the data folder is ``data_dir``."""
    if Path(text).is_absolute() or _looks_absolute(text):
        return text
    return str(data_dir.absolute().joinpath(*PurePosixPath(text).parts))


def migrated(text: str, data_dir: Path) -> str:
    """An old absolute record rewritten: relative when it is inside ``data_dir``, or when
    it names ``.../packs/<name>`` and the data folder has that pack (it was moved before
    this upgrade)."""
    if not _looks_absolute(text):
        return text
    if Path(text).is_absolute():  # here: a Windows path is not absolute on a Mac
        relative = to_record(text, data_dir)
        if relative != text:
            return relative
    parts = [part for part in _PARTS.split(text) if part]
    moved = len(parts) >= 2 and parts[-2] == PACKS_FOLDER
    if moved and (data_dir / PACKS_FOLDER / parts[-1]).is_dir():
        return f"{PACKS_FOLDER}/{parts[-1]}"
    return text


def _looks_absolute(text: str) -> bool:
    """Absolute here, or on Windows (``E:\\...``, ``\\\\server\\...``) or POSIX."""
    return (
        Path(text).is_absolute()
        or text.startswith(("/", "\\"))
        or re.match(r"^[A-Za-z]:[\\/]", text) is not None
    )


def _real(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()
