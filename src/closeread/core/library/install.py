"""Installing a lesson pack into the data folder: checked, copied whole, or not at all.

A pack (a folder or a zip archive) is installed in two steps:

1. :func:`stage_pack` checks it with the pack checker, copies its files into a new
   temporary folder inside ``DATA/packs/`` (so the final rename stays on one disk),
   and checks the copy again: it must load with no error and the same content hash.
   This is the slow part and may run on any thread.
2. :func:`commit_pack` renames the staged folder to ``packs/<id>-<version>-<hash8>``
   (atomic) and records it in the progress database; when the record fails the
   folder is removed again. It must run on the thread that owns the store.

The short name is for people; a copy's identity is its full content hash. Two packs
whose hashes share the first 8 digits (which can be forced in minutes) do not share a
folder: when the short name holds anything but this very content, the copy goes to
``packs/<id>-<version>-<full hash>`` instead, and no other pack's folder is replaced.

A pack that would take the place of another in the library (the bundled pack's id, or an
installed pack's id with a different author or source; see
:mod:`closeread.core.library.replacing`) is not committed unless ``replace=True``:
:func:`commit_pack` raises :class:`NeedsConfirmation`, which names both, and keeps the
staged copy so the caller can ask and commit again (or :func:`discard` it).

Whatever fails, nothing is left half-installed: a staged folder is removed on any
error, and one left behind by a crash starts with ``.incoming-`` and is swept away by
the next install. Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import msgspec

from closeread.core.files.atomic import sync_folder
from closeread.core.files.problems import Problem
from closeread.core.pack.load import LoadResult, load_pack
from closeread.core.pack.model import Pack
from closeread.core.pack.source import (
    MAX_ENTRIES,
    MAX_TOTAL_BYTES,
    ArchiveSource,
    FolderSource,
    PackSourceError,
    open_source,
)
from closeread.core.records import InstalledPack

PACKS_FOLDER = "packs"
STAGING_PREFIX = ".incoming-"
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class InstallError(Exception):
    """The pack was not installed; ``str()`` says why in plain words.

    ``problems`` holds the checker's problems when the pack itself is at fault.
    """

    def __init__(self, message: str, problems: tuple[Problem, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.problems = problems

    def __str__(self) -> str:
        return self.message


class NeedsConfirmation(InstallError):
    """The pack would replace another in the library; ask, then ``replace=True``."""

    def __init__(self, pack: Pack, existing: Pack, bundled: bool) -> None:
        what = "the pack that comes with CloseRead" if bundled else "the installed pack"
        super().__init__(
            f"“{pack.title}” ({pack.id} {pack.version}, {_made_by(pack)}) would replace "
            f"{what} “{existing.title}” ({existing.id} {existing.version}, "
            f"{_made_by(existing)}). Nothing was installed without your confirmation."
        )
        self.pack = pack
        self.existing = existing
        self.bundled = bundled


def _made_by(pack: Pack) -> str:
    who = ", ".join(pack.authors) or pack.source.author or "no author given"
    source = pack.source.publisher or pack.source.url
    return f"by {who}" + (f", from {source}" if source else "")


@dataclass(frozen=True)
class StagedPack:
    """A checked copy of a pack in a temporary folder, waiting for :func:`commit_pack`."""

    pack: Pack  # as loaded from the source the user chose
    folder: Path | None  # the staged copy; None when the same content is installed already
    target: Path  # where commit_pack puts it
    problems: tuple[Problem, ...] = ()  # warnings the checker printed

    @property
    def already(self) -> bool:
        return self.folder is None


@dataclass(frozen=True)
class Installed:
    pack: Pack  # loaded from its installed folder
    location: Path
    record: InstalledPack
    already: bool  # the same content was installed before; nothing was copied


def packs_dir(data_dir: str | os.PathLike[str]) -> Path:
    return Path(data_dir) / PACKS_FOLDER


def short_hash(content_hash: str) -> str:
    """The first 8 hex digits: enough for a person to tell copies apart, not for identity."""
    return content_hash[:8]


def folder_name(pack: Pack, *, full: bool = False) -> str:
    """``<id>-<version>-<short hash>``, or with the whole content hash when ``full``."""
    digits = pack.content_hash if full else short_hash(pack.content_hash)
    return _SAFE_NAME.sub("_", f"{pack.id}-{pack.version}-{digits}")


def install_pack(
    source: str | os.PathLike[str], data_dir: str | os.PathLike[str], store, *, replace=False
) -> Installed:
    """Check and install ``source`` in one go (see the module's notes)."""
    staged = stage_pack(source, data_dir)
    try:
        return commit_pack(staged, store, replace=replace)
    except NeedsConfirmation:
        discard(staged)
        raise


def stage_pack(
    source: str | os.PathLike[str],
    data_dir: str | os.PathLike[str],
    checked: LoadResult | None = None,
) -> StagedPack:
    """Check ``source`` and copy it into a staging folder; raises :class:`InstallError`."""
    result = checked if checked is not None else load_pack(source)
    if result.pack is None:
        raise InstallError(
            f"{source} is not a lesson pack CloseRead can use. Nothing was installed.",
            result.problems,
        )
    pack = result.pack
    root = packs_dir(data_dir)
    target, already = _place_for(root, pack)
    if already:
        return StagedPack(pack, None, target, result.problems)
    try:
        root.mkdir(parents=True, exist_ok=True)
        sweep_staging(root)
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=root))
    except OSError as error:
        raise _os_error(error, root) from None
    try:
        _copy_files(source, staging)
        again = load_pack(staging)
        if again.pack is None or again.pack.content_hash != pack.content_hash:
            raise InstallError(
                f"{source} changed while it was being installed, or could not be copied "
                "whole. Nothing was installed; try again.",
                again.problems,
            )
    except BaseException as error:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(error, OSError):
            raise _os_error(error, root) from None
        raise
    return StagedPack(pack, staging, target, result.problems)


def commit_pack(staged: StagedPack, store, *, replace: bool = False) -> Installed:
    """Move the staged copy into place and record it; on any failure, undo both.

    Raises :class:`NeedsConfirmation` (keeping the staged copy) when the pack would take
    another's place and ``replace`` is not set."""
    from closeread.core.library.replacing import displaced_pack

    target = staged.target
    already = staged.folder is None
    if not already and not replace:
        data_dir = target.parent.parent  # target is DATA/packs/<name>
        try:
            displaced = displaced_pack(staged.pack, store, data_dir)
        except BaseException:
            discard(staged)
            raise
        if displaced is not None:
            raise NeedsConfirmation(staged.pack, displaced.pack, displaced.bundled)
    moved_aside: Path | None = None
    try:
        if staged.folder is not None:
            if target.exists():  # a damaged copy of this content (see _place_for)
                moved_aside = target.with_name(f"{STAGING_PREFIX}old-{target.name}")
                shutil.rmtree(moved_aside, ignore_errors=True)
                target.rename(moved_aside)
            staged.folder.rename(target)
            sync_folder(target.parent)
    except OSError as error:
        discard(staged)
        if moved_aside is not None and not target.exists():
            moved_aside.rename(target)
        raise _os_error(error, target.parent) from None
    pack = msgspec.structs.replace(staged.pack, root=target)
    try:
        record = store.roster.install_pack(
            pack.id, pack.version, pack.content_hash, str(target), pack.title
        )
    except BaseException:
        if not already:
            shutil.rmtree(target, ignore_errors=True)
            if moved_aside is not None:
                with contextlib.suppress(OSError):
                    moved_aside.rename(target)
        raise
    if moved_aside is not None:
        shutil.rmtree(moved_aside, ignore_errors=True)
    return Installed(pack, target, record, already)


def discard(staged: StagedPack) -> None:
    """Remove a staged copy that will not be committed."""
    if staged.folder is not None:
        shutil.rmtree(staged.folder, ignore_errors=True)


def sweep_staging(root: Path) -> None:
    """Remove staging folders an interrupted install left behind."""
    if not root.is_dir():
        return
    for entry in root.iterdir():
        if entry.name.startswith(STAGING_PREFIX) and entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)


# -- copying ---------------------------------------------------------------------------


def _copy_files(source: str | os.PathLike[str], staging: Path) -> None:
    try:
        opened = open_source(source)
    except PackSourceError as error:
        raise InstallError(f"{error.path}: {error.message}. Nothing was installed.") from None
    if isinstance(opened, ArchiveSource):
        prefix = opened._root_prefix
        files = {
            name[len(prefix) :]: data
            for name, data in opened.files.items()
            if name.startswith(prefix) and not name.endswith("/")
        }
        for relative, data in files.items():
            _write(staging, relative, data)
        return
    assert isinstance(opened, FolderSource)
    relatives = _folder_files(opened.root)
    total = 0
    for relative in relatives:
        try:
            data = opened.read(relative)
        except PackSourceError as error:
            raise InstallError(f"{error.path}: {error.message}. Nothing was installed.") from None
        total += len(data)
        if len(relatives) > MAX_ENTRIES or total > MAX_TOTAL_BYTES:
            raise InstallError(
                f"{source} holds more than {MAX_ENTRIES:,} files or {MAX_TOTAL_BYTES:,} bytes: "
                "too much for a lesson pack. Nothing was installed."
            )
        _write(staging, relative, data)


def _folder_files(root: Path) -> list[str]:
    """Files under ``root``, as pack-relative POSIX paths; hidden files and links skipped.

    The pack's source refuses to read a hidden file or a path through a link, so what is
    skipped here is never part of the pack that was checked (and hashed)."""
    found: list[str] = []
    for folder, folders, files in os.walk(root, followlinks=False):
        here = Path(folder)
        folders[:] = sorted(
            name for name in folders if not name.startswith(".") and not (here / name).is_symlink()
        )
        for name in sorted(files):
            path = here / name
            if name.startswith(".") or path.is_symlink() or not path.is_file():
                continue
            found.append(path.relative_to(root).as_posix())
    return found


def _write(staging: Path, relative: str, data: bytes) -> None:
    target = (staging / relative).resolve()
    if not target.is_relative_to(staging.resolve()):
        raise InstallError(
            f'The pack names a file outside itself: "{relative}". Nothing was installed.'
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("xb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _place_for(root: Path, pack: Pack) -> tuple[Path, bool]:
    """The folder for ``pack``, and whether it holds this very content already.

    The short name unless it holds anything else (another pack whose hash begins alike,
    or a damaged copy that may be another pack's): then the name with the full hash,
    where only this content belongs, so a damaged copy there may be replaced."""
    short = root / folder_name(pack)
    if not short.exists():
        return short, False
    if _holds(short, pack.content_hash):
        return short, True
    full = root / folder_name(pack, full=True)
    return full, _holds(full, pack.content_hash)


def _holds(target: Path, content_hash: str) -> bool:
    if not target.is_dir():
        return False
    existing = load_pack(target)
    return existing.pack is not None and existing.pack.content_hash == content_hash


def _os_error(error: OSError, where: Path) -> InstallError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return InstallError(
            f"The disk holding {where} is full, so the pack could not be installed. "
            "Nothing was installed. Free some space and try again."
        )
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return InstallError(
            f"CloseRead may not write to {where}, so the pack could not be installed. "
            "Nothing was installed."
        )
    return InstallError(
        f"The pack could not be copied into {where}: {error.strerror or error}. "
        "Nothing was installed."
    )
