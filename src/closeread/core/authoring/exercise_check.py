"""The checker's judgement on exercises not written yet, for importers that must not write
what ``closeread check`` would then refuse.

An importer builds its exercises as the data a lesson file holds (what ``tomllib``
reads), already in the shape the lesson schema asks for. Here the loader's own builder
(:class:`closeread.core.pack.exercises.ExerciseBuilder`) runs its rules on them: a single
choice with no option worth 100%, multiple answers that add up to less than 100%, an
item twice on one side of a matching exercise, a writing task whose criteria do not
add up, text too long to show. So do the pack's rules for pictures in Markdown (a
picture the pack may not show is an error). Each error comes back with the index of
its exercise, so the importer can name the line of its own file.

The builder's warnings are left to the checker that runs after importing: they do not
stop an import.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import Any

from closeread.core.files.problems import ProblemList
from closeread.core.kinds.short import rubric_warnings
from closeread.core.pack.exercises import PROSE_KEYS, ExerciseBuilder
from closeread.core.pack.images import image_references, read_image
from closeread.core.pack.model import Article, Label
from closeread.core.pack.rendering import article_from_markdown
from closeread.core.pack.source import PackSource, PackSourceError, open_source
from closeread.core.toml.read import TomlFile


class _Recorder(ExerciseBuilder):
    """The loader's builder, with its errors kept by place instead of printed."""

    def __init__(
        self, data: dict[str, Any], labels: tuple[Label, ...], article: Article | None
    ) -> None:
        toml = TomlFile("", data, "")  # no text: positions are never looked up
        article = article or article_from_markdown("")
        problems = ProblemList()
        super().__init__(toml, article, labels, {}, 0.5, "full", problems, rubric_warnings)
        self.found: list[tuple[int, str]] = []

    def error(self, message: str, *where: str | int) -> None:
        index = where[1] if len(where) > 1 and where[0] == "exercises" else -1
        self.found.append((int(index), message))

    def warning(self, message: str, *where: str | int) -> None:
        pass


def exercise_errors(
    entries: Sequence[dict[str, Any]],
    pack_dir: str | os.PathLike[str],
    *,
    labels: tuple[Label, ...] = (),
    article: Article | None = None,
) -> list[tuple[int, str]]:
    """(index, message) for every error the checker would find in ``entries``, exercises
    to add to a lesson of the pack folder ``pack_dir`` whose labels and article are
    ``labels`` and ``article`` (none, and an empty one, unless given), in order of index."""
    data = {"id": "imported", "title": "Imported", "exercises": list(entries)}
    recorder = _Recorder(data, labels, article)
    recorder.lesson()
    found = recorder.found
    try:
        source: PackSource | None = open_source(pack_dir)
    except PackSourceError:
        source = None  # the importer reports a pack it cannot read
    if source is not None:
        for index, entry in enumerate(entries):
            for text in _prose(entry):
                for reference in dict.fromkeys(image_references(text)):
                    read = read_image(source, reference)
                    if not read.ok and not read.missing:
                        found.append((index, f"{read.reason}: image {read.reference!r}"))
    return sorted(found, key=lambda pair: pair[0])


def _prose(node: Any) -> Iterator[str]:
    """Every Markdown string of an exercise, wherever it stands."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in PROSE_KEYS and isinstance(value, str):
                yield value
            elif isinstance(value, dict | list):
                yield from _prose(value)
    elif isinstance(node, list):
        for value in node:
            yield from _prose(value)
