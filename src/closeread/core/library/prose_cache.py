"""The prose the app showed lately, rendered, kept between starts.

A start shows the student's place again (a lesson's introduction, an exercise's prompt),
whose Markdown the last session rendered already; loading Python-Markdown for it would
cost a start about as much as everything else the lesson pane does. So the app keeps
what Markdown made of the prose it showed lately (:func:`closeread.core.pack.rendering.
rendered`) in ``DATA/cache/prose.json`` when it closes, and a start hands it back
(:func:`~closeread.core.pack.rendering.reuse`) before the window renders anything.

What is kept is Markdown's HTML *before* the sanitiser: everything shown is sanitised
as it is shown, from the cache or not. The file is used only while the code that
renders (``closeread.core.pack``, Python-Markdown) is the same, by the size and time of
its files, as the cache of checked packs does; a file that cannot be read or written is
ignored: it only ever saves time. It holds the most recent prose only, small enough to
read in a millisecond.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import Any

from closeread.core.library.cache import CACHE_FOLDER, files_signature, write_json
from closeread.core.pack import model, rendering

FORMAT = 1
FILE_NAME = "prose.json"
MAX_CHARS = 200_000  # text and HTML together, the most recent kept first
MAX_ENTRIES = 400
_on_disk: list[list[Any]] = []  # what the file held when loaded, or was last written


def cache_file(data_dir: str | os.PathLike[str]) -> Path:
    return Path(data_dir) / CACHE_FOLDER.parent / FILE_NAME


def code_signature() -> list[list[Any]]:
    """Size and modification time of the files that turn Markdown into HTML (and of the
    program: a standalone build keeps its modules inside itself, where they cannot be
    looked at one by one)."""
    entries: list[list[Any]] = [["format", FORMAT]]
    with contextlib.suppress(OSError):
        program = Path(sys.executable).stat()
        entries.append(["program", sys.executable, program.st_size, program.st_mtime_ns])
    entries += files_signature(Path(model.__file__).parent, "code")
    spec = importlib.util.find_spec("markdown")  # (found, not imported)
    for folder in (spec.submodule_search_locations or []) if spec else []:
        entries += files_signature(Path(folder), "markdown")
    return entries


def load(data_dir: str | os.PathLike[str]) -> int:
    """Hand the prose kept in ``data_dir`` to the renderer; how many pieces there were."""
    try:
        with cache_file(data_dir).open(encoding="utf-8") as handle:
            data = json.load(handle)
        if data.get("signature") != code_signature():
            return 0
        entries = [
            (text, tables, html)
            for text, tables, html in data["prose"]
            if isinstance(text, str) and isinstance(tables, bool) and isinstance(html, str)
        ]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return 0
    rendering.reuse(entries)
    _on_disk[:] = [list(entry) for entry in entries]
    return len(entries)


def save(data_dir: str | os.PathLike[str]) -> None:
    """Keep the prose rendered lately, the most recent first, up to the limits (the file
    is left alone when that is what it holds)."""
    kept: list[tuple[str, bool, str]] = []
    size = 0
    for text, tables, html in reversed(rendering.rendered()):
        size += len(text) + len(html)
        if size > MAX_CHARS or len(kept) >= MAX_ENTRIES:
            break
        kept.append((text, tables, html))
    prose = [list(entry) for entry in reversed(kept)]
    if prose == _on_disk:
        return
    if write_json(cache_file(data_dir), {"signature": code_signature(), "prose": prose}):
        _on_disk[:] = prose
