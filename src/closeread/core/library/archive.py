"""Pack archives to hand out, and the assessment edition: a copy without its keys.

``closeread pack build PACK`` zips a checked pack into one ``.crpack`` file. With
``--assessment`` it first takes out everything that gives an answer away, so the copy
can sit on students' computers while they are assessed:

- ``pack.toml``: ``edition = "assessment"``; the teacher notes and near-miss credits go.
- every exercise keeps only what students need to answer (a list of allowed keys, so
  anything a later format adds is left out until it is known to be safe): its id,
  kind, title, prompt, points, attempts, which attempt counts, hints, and
  ``show_marks_from``; mark exercises their labels; choices their option texts (no
  weights, no feedback); match exercises their items; analogies their parts, each
  stripped the same way (each kind's ``assessment_entry``, :mod:`closeread.core.kinds`).
  Keys, explanations, accepted answers, rubrics and model answers go. Comments go
  too (the TOML is written anew).
- match exercises: answers name right-hand items by position, and in a full pack the
  first right-hand items are the pairs' own, in the order of the left ones. The
  assessment edition lists every right-hand item (pairs' and distractors') in
  alphabetical order (:func:`assessment_rights`), written as pairs and distractors so
  the loader reads it as it reads any pack: those "pairs" are not the answers, as a
  comment at the top of the file says.

The edition keeps the pack's id and version; its content hash differs. The teacher's
CloseRead recognises a hand-in from it by rebuilding the edition from its own full
copy (:func:`assessment_hash`: the same full pack always gives the same bytes, see
:mod:`closeread.core.toml.write`) and maps match answers back with
:func:`answer_from_assessment`. ``ASSESSMENT_RULES`` numbers these rules; changing
what the edition holds means a new number, and importing keeps recognising the old.
"""

from __future__ import annotations

import contextlib
import io
import posixpath
import re
import tempfile
import tomllib
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from closeread.core.files.problems import Problem
from closeread.core.kinds import match
from closeread.core.kinds.registry import KINDS, kind_of
from closeread.core.pack.load import PackError, load_pack
from closeread.core.pack.model import AnyExercise, MatchExercise, Pack
from closeread.core.pack.source import (
    ArchiveSource,
    FolderSource,
    PackSource,
    PackSourceError,
    open_source,
)
from closeread.core.toml.write import dumps

ASSESSMENT_RULES = 1
SUFFIX = ".crpack"
_PACK_DROPPED = ("notes", "near_miss")
_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)|<img[^>]*\bsrc\s*=\s*[\"']([^\"']+)", re.I)
_IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp"}


class BuildError(Exception):
    """The archive was not built; ``str()`` says why, ``problems`` lists the checker's."""

    def __init__(self, message: str, problems: tuple[Problem, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems


@dataclass(frozen=True)
class BuiltPack:
    pack: Pack  # the copy as CloseRead loads it from the archive
    files: Mapping[str, bytes]  # pack-relative path to contents
    archive: bytes  # the .crpack (a zip of ``files``)
    problems: tuple[Problem, ...] = ()  # warnings about the source pack

    @property
    def content_hash(self) -> str:
        return self.pack.content_hash


def default_name(pack: Pack, assessment: bool) -> str:
    suffix = "-assessment" if assessment else ""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", f"{pack.id}-{pack.version}{suffix}") + SUFFIX


def build_pack(source: str | Path, *, assessment: bool = False) -> BuiltPack:
    """Check ``source`` and build its archive (its assessment edition if asked).

    Raises :class:`~closeread.core.pack.load.PackError` when the pack has errors and
    :class:`BuildError` when it cannot be built (an assessment of an assessment).
    """
    result = load_pack(source)
    if result.pack is None:
        raise PackError(result.problems)
    full = result.pack
    if assessment and full.edition == "assessment":
        raise BuildError(f"{source} is an assessment edition already: it has no keys to take out")
    opened = open_source(source)
    files = assessment_files(full, opened) if assessment else _all_files(opened)
    built = _checked(files)
    if built.id != full.id or built.version != full.version:
        raise BuildError("the built copy does not name the same pack; nothing was written")
    if assessment and built.content_hash != assessment_hash(full, opened):
        raise BuildError("the assessment edition did not come out the same twice (a bug)")
    if not assessment and built.content_hash != full.content_hash:
        raise BuildError(f"{source} changed while it was being built; nothing was written")
    return BuiltPack(built, files, archive_bytes(files), result.problems)


def archive_bytes(files: Mapping[str, bytes]) -> bytes:
    """A zip of ``files``, the same bytes for the same files (fixed times and order)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[name])
    return buffer.getvalue()


# -- the assessment edition ----------------------------------------------------------------


def assessment_files(full: Pack, source: PackSource | None = None) -> dict[str, bytes]:
    """The files of ``full``'s assessment edition, from its own files (``full.root``)."""
    opened = source or open_source(full.root)
    meta = _toml(opened.read("pack.toml"))
    header = (
        f'Assessment edition of the CloseRead pack "{full.id}", version {full.version}: '
        f"no answer keys, explanations or teacher notes (rules {ASSESSMENT_RULES}).\n"
        "Match exercises list their right-hand items in alphabetical order: the pairs "
        "written here are not the answers.\n"
        "Do not edit this copy: the teacher's CloseRead recognises hand-ins by its exact "
        "content."
    )
    edited: dict[str, Any] = {}
    for key, value in meta.items():
        if key not in _PACK_DROPPED and key != "edition":
            edited[key] = value
        if key == "version":
            edited["edition"] = "assessment"
    article = meta.get("article", "article.md")
    files = {"pack.toml": dumps(edited, header).encode("utf-8")}
    files[article] = opened.read(article)
    texts = _strings(edited)
    for relative in meta["lessons"]:
        lesson = _toml(opened.read(relative))
        lesson["exercises"] = [
            KINDS[entry["kind"]].assessment_entry(entry) for entry in lesson["exercises"]
        ]
        texts += _strings(lesson)
        files[relative] = dumps(lesson, header).encode("utf-8")
    for block in full.article.blocks:  # the loader reads (and hashes) the article's images
        if block.image:
            relative = posixpath.normpath(block.image)
            files.setdefault(relative, opened.read(relative))
    for text in texts:  # pictures in prompts and hints, when the pack has them
        for found in _IMAGE.findall(text):
            relative = posixpath.normpath((found[0] or found[1]).split("#")[0].split("?")[0])
            if PurePosixPath(relative).suffix.lower() in _IMAGE_SUFFIXES and relative not in files:
                with contextlib.suppress(PackSourceError):
                    files[relative] = opened.read(relative)
    return files


_HASHES: dict[tuple[str, str], str] = {}  # (root, full content hash) -> edition's hash


def assessment_hash(full: Pack, source: PackSource | None = None) -> str:
    """The content hash of ``full``'s assessment edition, without writing it anywhere.

    Read from ``source``, or from ``full.root`` (remembered for the next call).
    """
    if source is not None:
        return _hash_of(assessment_files(full, source))
    key = (str(full.root), full.content_hash)
    if key not in _HASHES:
        _HASHES[key] = _hash_of(assessment_files(full))
    return _HASHES[key]


def assessment_rights(exercise: MatchExercise) -> list[str]:
    """The right-hand items in the order the assessment edition lists them."""
    return match.assessment_rights(exercise)


def answer_from_assessment(exercise: AnyExercise, answer: Mapping[str, Any]) -> dict[str, Any]:
    """An answer given on the assessment edition, as positions in the full pack.

    Only match answers differ (right-hand items are listed in another order); an index
    out of range is left as it is, for the answer's checks to refuse.
    """
    return kind_of(exercise).from_assessment(exercise, answer)


# -- pieces --------------------------------------------------------------------------------


def _strings(value: Any) -> list[str]:
    """Every text in a parsed TOML document (to find the pictures it shows)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, Mapping):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


def _toml(data: bytes) -> dict[str, Any]:
    return tomllib.loads(data.decode("utf-8").removeprefix("\ufeff"))


def _all_files(source: PackSource) -> dict[str, bytes]:
    """Every file of a pack folder or archive (hidden files and links left out)."""
    from closeread.core.library.install import (
        _folder_files,  # one rule for what a pack folder holds
    )

    if isinstance(source, ArchiveSource):
        prefix = source._root_prefix
        return {
            name[len(prefix) :]: data
            for name, data in source.files.items()
            if name.startswith(prefix) and not name.endswith("/")
        }
    assert isinstance(source, FolderSource)
    return {relative: source.read(relative) for relative in _folder_files(source.root)}


def _checked(files: Mapping[str, bytes]) -> Pack:
    """Load the built copy as a student's CloseRead will; it must have no error."""
    with tempfile.TemporaryDirectory(prefix="closeread-build-") as folder:
        path = Path(folder) / "built.crpack"
        path.write_bytes(archive_bytes(files))
        result = load_pack(path)
    if result.pack is None:
        raise BuildError(
            "the built copy does not load (a bug in CloseRead); nothing was written",
            result.problems,
        )
    return result.pack


def _hash_of(files: Mapping[str, bytes]) -> str:
    """The content hash CloseRead gives a pack made of ``files`` (loaded as a student's
    CloseRead loads it, so the hash covers exactly what the loader reads)."""
    return _checked(files).content_hash
