"""What a zip archive's end record says about its central directory, read before opening.

``zipfile.ZipFile`` reads the whole central directory into memory before anyone can
count its entries: an archive of two million empty entries costs a gigabyte and seconds
before "at most 1,000 entries" could be said. The end-of-central-directory record (and
its Zip64 twin) at the end of the file states the number of entries and the directory's
size; both are checked first. The size bounds what ``zipfile`` will read even when the
stated count lies.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

_END = b"PK\x05\x06"
_END_SIZE = 22
_MAX_COMMENT = 0xFFFF
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_LOCATOR_SIZE = 20
_ZIP64_END = b"PK\x06\x06"


@dataclass(frozen=True)
class Directory:
    entries: int
    size: int  # bytes of the central directory


def read_directory(path: Path) -> Directory | None:
    """The entry count and central-directory size the archive states; None if it has no
    end record (not a zip archive, or a damaged one: ``zipfile`` then says so)."""
    with path.open("rb") as handle:
        handle.seek(0, 2)
        length = handle.tell()
        tail_length = min(length, _END_SIZE + _MAX_COMMENT + _ZIP64_LOCATOR_SIZE)
        handle.seek(length - tail_length)
        tail = handle.read(tail_length)
        at = tail.rfind(_END)
        if at < 0 or len(tail) - at < _END_SIZE:
            return None
        entries, size = struct.unpack_from("<10xHI", tail, at)
        if entries != 0xFFFF and size != 0xFFFFFFFF:
            return Directory(entries, size)
        locator = at - _ZIP64_LOCATOR_SIZE
        if locator < 0 or tail[locator : locator + 4] != _ZIP64_LOCATOR:
            return Directory(entries, size)
        (offset,) = struct.unpack_from("<8xQ", tail, locator)
        handle.seek(offset)
        record = handle.read(56)
        if len(record) < 56 or record[:4] != _ZIP64_END:
            return Directory(entries, size)
        entries, size = struct.unpack_from("<32xQQ", record)
        return Directory(entries, size)
