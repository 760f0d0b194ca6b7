"""A cache of checked packs, so the app opens a pack it has seen without checking it again.

Checking a pack (``load_pack``: TOML, JSON Schema, Markdown, quote anchoring) takes a
good part of a second with its imports; opening the app should not. After a pack
folder loads with no error, its ``Pack`` is written as JSON to
``DATA/cache/packs/<hash of the folder's path>.json`` together with a *signature*:
the size and modification time of every file of the pack and of the code that
loads packs (an update of CloseRead changes those). A later open reads the cache only when the
signature is the same; anything changed, and the pack is checked again.

The JSON names only the plain-data classes of ``closeread.core.pack.model`` (no pickle:
a file on disk never decides what code runs). Beside the pack it keeps where the article
first uses each glossary term (the reader underlines them and an introduction lists
them; finding them again takes a regular expression per term). A cache that cannot be
read or written is ignored: it only ever saves time.
"""

from __future__ import annotations

import contextlib
import json
import os
import zlib
from pathlib import Path
from types import MappingProxyType
from typing import Any

import msgspec

from closeread.core.files.problems import Problem
from closeread.core.pack import glossary, model

CACHE_FORMAT = 2
CACHE_FOLDER = Path("cache") / "packs"
_CLASSES: dict[str, type] = {
    name: value
    for name, value in vars(model).items()
    if isinstance(value, type)
    and issubclass(value, msgspec.Struct)
    and value.__module__ == model.__name__
}
_CLASSES["Problem"] = Problem


class CachedLoad(msgspec.Struct, frozen=True):
    """What :func:`load_pack_cached` returns: like ``LoadResult``, and whether it was cached."""

    pack: model.Pack | None
    problems: tuple[Problem, ...]
    from_cache: bool

    @property
    def ok(self) -> bool:
        return self.pack is not None


def load_pack_cached(
    folder: str | os.PathLike[str], data_dir: str | os.PathLike[str]
) -> CachedLoad:
    """The pack in ``folder``, from the cache when nothing changed, else checked afresh."""
    folder = Path(folder)
    cache_file = cache_path(folder, data_dir)
    signature = folder_signature(folder) if folder.is_dir() else None
    if signature is not None:
        cached = _read(cache_file, signature)
        if cached is not None:
            return CachedLoad(cached[0], cached[1], True)
    from closeread.core.pack.load import load_pack  # the slow import, only when needed

    result = load_pack(folder)
    if result.pack is not None and signature is not None:
        _write(cache_file, signature, result.pack, result.problems)
    return CachedLoad(result.pack, result.problems, False)


def cached_pack(
    folder: str | os.PathLike[str], data_dir: str | os.PathLike[str]
) -> CachedLoad | None:
    """The pack in ``folder`` from the cache if nothing changed, else None (no checking)."""
    folder = Path(folder)
    if not folder.is_dir():
        return None
    cached = _read(cache_path(folder, data_dir), folder_signature(folder))
    return None if cached is None else CachedLoad(cached[0], cached[1], True)


def remember(
    folder: str | os.PathLike[str],
    data_dir: str | os.PathLike[str],
    pack: model.Pack,
    problems: tuple[Problem, ...] = (),
) -> None:
    """Cache ``pack``, just checked and loaded from ``folder`` (an install does this)."""
    folder = Path(folder)
    if folder.is_dir():
        _write(cache_path(folder, data_dir), folder_signature(folder), pack, problems)


def cache_path(folder: Path, data_dir: str | os.PathLike[str]) -> Path:
    # Two checksums, not a cryptographic hash (hashlib is slow to import): the file
    # also records the folder in its signature, so a clash only costs a check.
    name = str(folder.expanduser().absolute()).encode()
    return Path(data_dir) / CACHE_FOLDER / f"{zlib.crc32(name):08x}{zlib.adler32(name):08x}.json"


def folder_signature(folder: Path) -> list[list[Any]]:
    """Size and modification time of every file of the pack and of the pack loader."""
    entries: list[list[Any]] = [
        ["format", CACHE_FORMAT],  # the code's files below stand for CloseRead's version
        ["folder", str(folder.expanduser().absolute())],
    ]
    for base, tag in ((folder, "pack"), (Path(model.__file__).parent, "code")):
        entries += files_signature(base, tag)
    return entries


def files_signature(base: Path, tag: str) -> list[list[Any]]:
    """``[tag, relative path, size, modification time]`` of each file under ``base``."""
    return [
        [tag, path.relative_to(base).as_posix(), stat.st_size, stat.st_mtime_ns]
        for path, stat in _walk(base)
    ]


def _walk(base: Path):
    for here, folders, files in os.walk(base):
        folders[:] = sorted(name for name in folders if name != "__pycache__")
        for name in sorted(files):
            path = Path(here, name)
            if base.name == "core" and path.suffix != ".py":
                continue
            with contextlib.suppress(OSError):
                yield path, path.stat()


# -- reading and writing ----------------------------------------------------------------


def _read(path: Path, signature: list[list[Any]]) -> tuple[model.Pack, tuple[Problem, ...]] | None:
    try:
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle)
        if data.get("signature") != signature:
            return None
        pack = decode(data["pack"])
        problems = tuple(decode(item) for item in data["problems"])
        if not isinstance(pack, model.Pack):
            return None
        places = [(int(index), int(start), int(end)) for index, start, end in data["first_uses"]]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    glossary.known_first_uses(pack.article.text, pack.glossary, places)
    return pack, problems


def _write(
    path: Path, signature: list[list[Any]], pack: model.Pack, problems: tuple[Problem, ...]
) -> None:
    data = {
        "signature": signature,
        "pack": encode(pack),
        "problems": [encode(problem) for problem in problems],
        "first_uses": glossary.first_use_places(pack.article.text, pack.glossary),
    }
    write_json(path, data)


def write_json(path: Path, data: object) -> bool:
    """Write a cache file whole or not at all, without waiting for the disk (a lost cache
    is only rebuilt); False, leaving nothing behind, when it cannot be written."""
    import tempfile  # only when writing; reading the cache is what the start waits for

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, separators=(",", ":"))
        os.replace(temporary, path)
    except (OSError, TypeError, ValueError):
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(temporary)
        return False
    return True


def encode(value: Any) -> Any:
    """JSON for a value made of the model's structs, tuples, mappings and paths."""
    if isinstance(value, msgspec.Struct):
        name = type(value).__name__
        if _CLASSES.get(name) is not type(value):
            raise TypeError(f"cannot cache a {name}")
        fields = {field: encode(getattr(value, field)) for field in value.__struct_fields__}
        return {"$": name, **fields}
    if isinstance(value, tuple | list):
        return [encode(item) for item in value]
    if isinstance(value, frozenset):
        return {"$set": sorted(encode(item) for item in value)}
    if isinstance(value, MappingProxyType | dict):
        return {"$map": [[encode(key), encode(item)] for key, item in value.items()]}
    if isinstance(value, Path):
        return {"$path": str(value)}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")


def decode(value: Any) -> Any:
    """The value :func:`encode` was given (lists come back as tuples)."""
    if isinstance(value, list):
        return tuple(decode(item) for item in value)
    if not isinstance(value, dict):
        return value
    if "$" in value:
        cls = _CLASSES[value["$"]]
        return cls(**{key: decode(item) for key, item in value.items() if key != "$"})
    if "$set" in value:
        return frozenset(decode(item) for item in value["$set"])
    if "$map" in value:
        return MappingProxyType({decode(key): decode(item) for key, item in value["$map"]})
    if "$path" in value:
        return Path(value["$path"])
    raise ValueError("not a cached value")
