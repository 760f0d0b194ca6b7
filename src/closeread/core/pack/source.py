"""Reading a pack's files safely, from a folder or a zip archive.

Packs come from other people. A folder may hold links that lead out of it; an archive
may name paths outside the folder it unpacks to, hold links, or lie about its sizes to
fill a disk. Every path is checked here, and every archive entry is read with its bytes
counted, before the loader sees a single byte. A folder's file must be an ordinary file
(not a folder, a device such as ``/dev/zero`` or a pipe, which never end or never
answer): that is checked before it is opened and again once it is open, and no more
than the limit (plus one byte, to know it was exceeded) is ever read.

These are also the rules installing a pack copies by (:mod:`closeread.core.library.
install` copies ordinary, visible files only), so ``closeread check`` refuses, in the same
words, every pack the install would refuse: a path through a symbolic link (even one
that stays inside the pack), a hidden file or folder (a name starting with "."), and an
archive entry with an empty or "." step in its path (``mini//x``).
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from closeread.core.pack.zipdirectory import read_directory

MAX_ENTRIES = 1_000
MAX_DIRECTORY_BYTES = MAX_ENTRIES * 1_024  # the central directory: 1,000 names of 1 KB
MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_TOTAL_BYTES = 64 * 1024 * 1024
MAX_RATIO = 200  # uncompressed to compressed, for entries over RATIO_FLOOR bytes
RATIO_FLOOR = 1024 * 1024
_CHUNK = 64 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")
_ENCRYPTED = 0x1  # bit 0 of a zip entry's flags
_COMPRESSIONS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
# No links followed at the last step, and a pipe swapped in after the check cannot block.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


class PackSourceError(Exception):
    """A file of the pack cannot be read; the message says why, in plain words."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class MissingFile(PackSourceError):
    pass


class PackSource:
    """The files of one pack, by their path inside it ("lessons/01.toml")."""

    def __init__(self, name: str) -> None:
        self.name = name  # as the user wrote it, so problems point where they look
        self.read_digests: dict[str, str] = {}

    def display(self, relative: str) -> str:
        return str(PurePosixPath(self.name, relative)) if relative else self.name

    def read(self, relative: str, *, limit: int | None = None, hashed: bool = True) -> bytes:
        """The file's bytes; at most ``limit`` (default ``MAX_FILE_BYTES``), else an error.

        ``hashed`` files count in :meth:`content_hash`; pictures in prompts do not."""
        data = self._read(_checked_relative(self, relative), _limit(limit))
        if hashed:
            self.read_digests[relative] = hashlib.sha256(data).hexdigest()
        return data

    def content_hash(self) -> str:
        """A hash of every file read so far, with its path: what the pack is made of."""
        digest = hashlib.sha256()
        for relative in sorted(self.read_digests):
            digest.update(f"{relative}\0{self.read_digests[relative]}\n".encode())
        return digest.hexdigest()

    def _read(self, relative: str, limit: int) -> bytes:
        raise NotImplementedError


def _limit(limit: int | None) -> int:
    return MAX_FILE_BYTES if limit is None else min(limit, MAX_FILE_BYTES)


def open_source(path: str | os.PathLike[str]) -> PackSource:
    """A folder or a zip archive, chosen by what ``path`` is."""
    name = str(path)
    path = Path(path)
    if path.is_dir():
        return FolderSource(name, path)
    if not path.exists():
        raise MissingFile(name, "no such folder or file")
    if not zipfile.is_zipfile(path):
        raise PackSourceError(name, "not a pack folder or a zip archive of one")
    return ArchiveSource(name, path)


HIDDEN = (
    'the path names a hidden file or folder (its name starts with "."), which is not '
    "copied when the pack is installed; rename it"
)
THROUGH_LINK = (
    "the path goes through a symbolic link, which is not copied when the pack is "
    "installed; put the file itself in the pack"
)


def _checked_relative(source: PackSource, relative: str) -> str:
    if "\0" in relative:  # the operating system refuses it with a ValueError
        raise PackSourceError(source.display(relative), "the path holds a NUL character")
    parts = PurePosixPath(relative.replace("\\", "/")).parts
    if not parts or relative.startswith(("/", "\\")) or _DRIVE.match(relative) or ".." in parts:
        raise PackSourceError(source.display(relative), "the path leaves the pack folder")
    if any(part.startswith(".") for part in parts):
        raise PackSourceError(source.display(relative), HIDDEN)
    return "/".join(parts)


class FolderSource(PackSource):
    def __init__(self, name: str, root: Path) -> None:
        super().__init__(name)
        self.root = root.resolve()

    def _read(self, relative: str, limit: int) -> bytes:
        shown = self.display(relative)
        try:
            target = (self.root / relative).resolve(strict=True)
        except FileNotFoundError:
            raise MissingFile(shown, "no such file in the pack") from None
        except (OSError, RuntimeError) as error:  # Python 3.11 and 3.12 raise RuntimeError
            if isinstance(error, OSError) and error.errno != errno.ELOOP:
                reason = error.strerror or str(error)
                raise PackSourceError(shown, f"the file cannot be read ({reason})") from None
            raise PackSourceError(shown, "the path is a loop of symbolic links") from None
        if not target.is_relative_to(self.root):
            raise PackSourceError(shown, "the path leads outside the pack folder")
        step = self.root
        for part in relative.split("/"):
            step = step / part
            if step.is_symlink():
                raise PackSourceError(shown, THROUGH_LINK)
        try:
            return _read_ordinary_file(target, shown, limit)
        except OSError as error:
            reason = error.strerror or str(error)
            raise PackSourceError(shown, f"the file cannot be read ({reason})") from None


def _read_ordinary_file(path: Path, shown: str, limit: int) -> bytes:
    """At most ``limit`` bytes of an ordinary file, checked before and after opening it."""
    before = os.stat(path, follow_symlinks=False)
    _require_ordinary(before.st_mode, shown)
    if before.st_size > limit:
        raise PackSourceError(shown, f"the file is larger than {limit:,} bytes")
    with os.fdopen(os.open(path, _OPEN_FLAGS), "rb") as handle:
        after = os.fstat(handle.fileno())
        _require_ordinary(after.st_mode, shown)
        if (after.st_dev, after.st_ino) != (before.st_dev, before.st_ino):
            raise PackSourceError(shown, "the file was replaced while it was being read")
        data = handle.read(limit + 1)  # sizes can change under us: count what comes
    if len(data) > limit:
        raise PackSourceError(shown, f"the file is larger than {limit:,} bytes")
    return data


def _require_ordinary(mode: int, shown: str) -> None:
    if stat.S_ISDIR(mode):
        raise MissingFile(shown, "no such file in the pack (the path names a folder)")
    if not stat.S_ISREG(mode):
        raise PackSourceError(
            shown, "the path names a device, a pipe or another special file, not a file"
        )


class ArchiveSource(PackSource):
    """A zip archive, checked whole when opened: one unsafe entry refuses all of it."""

    def __init__(self, name: str, path: Path) -> None:
        super().__init__(name)
        self.files = _read_archive(name, path)
        self._root_prefix = _single_top_folder(self.files)

    def _read(self, relative: str, limit: int) -> bytes:
        try:
            data = self.files[self._root_prefix + relative]
        except KeyError:
            message = "no such file in the archive"
            if relative == "pack.toml":
                message += " (a pack archive holds pack.toml at its top, or in its only folder)"
            raise MissingFile(self.display(relative), message) from None
        if len(data) > limit:
            shown = self.display(relative)
            raise PackSourceError(shown, f"the file is larger than {limit:,} bytes")
        return data


def _read_archive(name: str, path: Path) -> dict[str, bytes]:
    try:
        stated = read_directory(path)
        if stated is not None and stated.entries > MAX_ENTRIES:
            raise PackSourceError(
                name, f"the archive has {stated.entries:,} entries; at most {MAX_ENTRIES:,}"
            )
        if stated is not None and stated.size > MAX_DIRECTORY_BYTES:
            raise PackSourceError(
                name,
                f"the archive's list of files takes {stated.size:,} bytes; "
                f"at most {MAX_DIRECTORY_BYTES:,}",
            )
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ENTRIES:
                raise PackSourceError(
                    name, f"the archive has {len(entries):,} entries; at most {MAX_ENTRIES:,}"
                )
            for entry in entries:
                _check_entry(name, entry)
            files: dict[str, bytes] = {}
            total = 0
            for entry in entries:
                if entry.is_dir():
                    continue
                data = _read_entry(name, archive, entry, MAX_TOTAL_BYTES - total)
                total += len(data)
                files[entry.filename] = data
            return files
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
        raise PackSourceError(name, f"the archive is damaged: {error}") from None


def _check_entry(name: str, entry: zipfile.ZipInfo) -> None:
    filename = entry.filename
    parts = PurePosixPath(filename.replace("\\", "/")).parts
    if not parts:
        raise PackSourceError(name, f'unsafe entry "{filename}": a path with no name')
    if filename.startswith(("/", "\\")) or _DRIVE.match(filename):
        raise PackSourceError(name, f'unsafe entry "{filename}": an absolute path')
    if ".." in parts:
        raise PackSourceError(name, f'unsafe entry "{filename}": a path that leaves the pack')
    if any(step in ("", ".") for step in filename.replace("\\", "/").rstrip("/").split("/")):
        raise PackSourceError(name, f'unsafe entry "{filename}": an empty or "." step in its path')
    if stat.S_ISLNK(entry.external_attr >> 16):
        raise PackSourceError(name, f'unsafe entry "{filename}": a symbolic link')
    if entry.flag_bits & _ENCRYPTED:
        raise PackSourceError(
            name, f'entry "{filename}" is protected by a password; CloseRead cannot open it'
        )
    if entry.compress_type not in _COMPRESSIONS:
        raise PackSourceError(
            name,
            f'entry "{filename}" is packed in a way CloseRead cannot unpack; '
            "make the archive again as an ordinary zip",
        )
    if entry.file_size > MAX_FILE_BYTES:
        raise PackSourceError(name, f'entry "{filename}" is larger than {MAX_FILE_BYTES:,} bytes')


def _read_entry(name: str, archive: zipfile.ZipFile, entry: zipfile.ZipInfo, room: int) -> bytes:
    """Read one entry, counting the bytes it really gives: headers can lie."""
    limit = min(MAX_FILE_BYTES, room)
    chunks: list[bytes] = []
    size = 0
    with archive.open(entry) as handle:
        while chunk := handle.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                what = "the entry" if limit == MAX_FILE_BYTES else "the archive's files in all"
                largest = MAX_FILE_BYTES if limit == MAX_FILE_BYTES else MAX_TOTAL_BYTES
                raise PackSourceError(
                    name, f'"{entry.filename}": {what} unpack to more than {largest:,} bytes'
                )
            if size > RATIO_FLOOR and size > MAX_RATIO * max(entry.compress_size, 1):
                raise PackSourceError(
                    name,
                    f'"{entry.filename}" unpacks to more than {MAX_RATIO} times its packed '
                    "size (a zip bomb?)",
                )
            chunks.append(chunk)
    if size != entry.file_size:
        raise PackSourceError(
            name,
            f'"{entry.filename}": the archive says {entry.file_size:,} bytes, it holds {size:,}',
        )
    return b"".join(chunks)


def _single_top_folder(files: dict[str, bytes]) -> str:
    """ "folder/" when the archive holds one folder with the pack in it, else "".

    Folders and files that archivers add on their own (``__MACOSX/``, ``.DS_Store``)
    do not count as a second top-level entry."""
    if "pack.toml" in files:
        return ""
    tops = {name.split("/", 1)[0] for name in files if not _archiver_litter(name)}
    if len(tops) == 1:
        top = tops.pop()
        if f"{top}/pack.toml" in files:
            return f"{top}/"
    return ""


def _archiver_litter(name: str) -> bool:
    return name.startswith("__MACOSX/") or PurePosixPath(name).name in {".DS_Store", "Thumbs.db"}
