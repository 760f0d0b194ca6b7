"""Which pack a new one would take the place of, when that must be asked first.

The library shows the newest copy of each pack id, and an installed copy of the bundled
pack's id takes the bundled one's place. A pack downloaded from anyone may say any id, so
installing must not let it take another pack's place unasked (issue 20, #12): a pack
whose id is an installed pack's, with a different author or source, or whose id is the
bundled pack's while no installed copy stands in for it yet, needs the user's yes.
:func:`displaced_pack` finds that pack; :mod:`closeread.core.library.install` raises
``NeedsConfirmation`` with it, and the app and the command line ask.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from closeread.core.library import cache as packcache
from closeread.core.library.installed import bundled_pack_folders
from closeread.core.pack.model import Pack


@dataclass(frozen=True)
class Displaced:
    pack: Pack  # the pack the new one would take the place of
    bundled: bool  # it is a pack that comes with CloseRead


def provenance(pack: Pack) -> tuple[object, ...]:
    """Who made the pack and from what: what must match for an update to need no asking."""
    source = pack.source
    return (tuple(sorted(pack.authors)), source.author, source.publisher, source.url)


def displaced_pack(pack: Pack, store, data_dir: str | os.PathLike[str]) -> Displaced | None:
    """The pack ``pack`` would replace in the library, when that must be asked first."""
    for record in store.roster.list_packs():  # the newest copy of the id first
        if record.pack_id != pack.id:
            continue
        if record.content_hash == pack.content_hash:
            return None  # this very pack is installed already
        loaded = packcache.load_pack_cached(record.location, data_dir).pack
        if loaded is None or loaded.content_hash != record.content_hash:
            continue  # a damaged copy stands in for nothing
        if provenance(loaded) != provenance(pack):
            return Displaced(loaded, bundled=False)
        return None  # an update from the same maker
    for folder in bundled_pack_folders():
        loaded = packcache.load_pack_cached(folder, data_dir).pack
        if loaded is None or loaded.id != pack.id or loaded.content_hash == pack.content_hash:
            continue
        return Displaced(loaded, bundled=True)
    return None
