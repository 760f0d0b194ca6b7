"""The packs a CloseRead has: the bundled ones and every installed copy, any version.

Teachers' commands need them all: a hand-in names the exact copy it was made with,
re-scoring checks answers against the copy they were made with, and reports use the
newest full copy of each pack. Installed copies are loaded through the cache of
checked packs (:mod:`closeread.core.library.cache`); a copy that no longer loads, or
whose folder now holds other content than the full hash recorded for it, is left out
and named in ``problems``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from closeread.core.files import paths
from closeread.core.library import cache as packcache
from closeread.core.pack.model import Pack


@dataclass(frozen=True)
class KnownPacks:
    packs: tuple[Pack, ...]  # newest first within each id; bundled copies last
    problems: tuple[str, ...]  # copies that could not be loaded, one line each

    def ids(self) -> list[str]:
        return sorted({pack.id for pack in self.packs})

    def newest(self, pack_id: str, *, full: bool = True) -> Pack | None:
        """The most recently installed copy of ``pack_id`` (a full edition if ``full``)."""
        for pack in self.packs:
            if pack.id == pack_id and (pack.edition == "full" or not full):
                return pack
        return None


def bundled_pack_folders() -> list[Path]:
    try:
        root = paths.bundled_dir("lessons")
    except FileNotFoundError:
        return []
    return sorted(p for p in root.iterdir() if (p / "pack.toml").is_file())


def known_packs(store, data_dir: str | os.PathLike[str]) -> KnownPacks:
    """Every installed copy (newest first per id), then the bundled packs."""
    packs: list[Pack] = []
    problems: list[str] = []
    seen: set[str] = set()
    folders: list[tuple[Path, str, str]] = [
        (Path(record.location), record.pack_id, record.content_hash)
        for record in store.roster.list_packs()
    ]
    folders += [(folder, "", "") for folder in bundled_pack_folders()]
    for folder, pack_id, recorded in folders:
        if not folder.is_dir():
            problems.append(f"{folder}: the installed copy of {pack_id or 'a pack'} is missing")
            continue
        loaded = packcache.load_pack_cached(folder, data_dir)
        if loaded.pack is None:
            problems.append(f"{folder}: does not load any more ({len(loaded.problems)} problems)")
            continue
        if recorded and loaded.pack.content_hash != recorded:
            problems.append(
                f"{folder}: holds other content than the copy of {pack_id} installed there"
            )
            continue
        if loaded.pack.content_hash in seen:
            continue
        seen.add(loaded.pack.content_hash)
        packs.append(loaded.pack)
    return KnownPacks(_grouped(packs), tuple(problems))


def _grouped(packs: Sequence[Pack]) -> tuple[Pack, ...]:
    """Keep the order within an id; ids in the order first seen."""
    order: dict[str, list[Pack]] = {}
    for pack in packs:
        order.setdefault(pack.id, []).append(pack)
    return tuple(pack for group in order.values() for pack in group)
