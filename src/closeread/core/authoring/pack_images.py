"""Pictures an import brings into a pack folder, named and checked before any is written.

Each picture becomes ``images/NAME.EXT``: NAME is :func:`~closeread.core.pack.ids.slugify`
of the name it came with ("Chart 1 (2015).PNG" -> ``chart-1-2015``), EXT the extension of
its real format, found from its bytes. It must pass the rule every pack picture follows
(:mod:`closeread.core.pack.images`): PNG, JPEG, GIF, BMP or WebP, at most
``MAX_IMAGE_BYTES``, a path :func:`~closeread.core.pack.images.pack_path` accepts. The same
picture twice is one file; a name the pack already uses for other bytes gets ``-2``,
``-3``... A file already in the pack with the same bytes is used as it is.
"""

from __future__ import annotations

import hashlib
from pathlib import Path, PurePosixPath

from closeread.core.files.atomic import write_atomic
from closeread.core.pack.ids import slugify
from closeread.core.pack.images import MAX_IMAGE_BYTES, image_format, pack_path

IMAGE_FOLDER = "images"
# The extension a format's files get; a name that already has one of these keeps it.
_EXTENSIONS = {"png": ".png", "jpeg": ".jpg", "gif": ".gif", "bmp": ".bmp", "webp": ".webp"}
_ALSO = {"jpeg": {".jpeg", ".jpe"}}


class ImageFolderError(OSError):
    """The pack's images folder cannot take the pictures; ``str()`` says why."""


class PackImages:
    """The pictures an import adds to one pack folder: names chosen before anything is
    written, so that an import refused for another reason writes no picture either."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.planned: dict[str, bytes] = {}  # pack path -> bytes, for pictures not on disk
        self._by_digest: dict[str, str] = {}

    def place(self, file_name: str, data: bytes) -> tuple[str, str]:
        """The pack path the picture ``file_name`` will have, or "" and why it is left out."""
        shown = file_name
        kind = image_format(data)
        if not kind:
            return "", f'"{shown}" is not a PNG, JPEG, GIF, BMP or WebP picture: left out'
        if len(data) > MAX_IMAGE_BYTES:
            return "", f'the picture "{shown}" is larger than {MAX_IMAGE_BYTES:,} bytes: left out'
        digest = hashlib.sha256(data).hexdigest()
        if digest in self._by_digest:
            return self._by_digest[digest], ""
        given = PurePosixPath(file_name.replace("\\", "/"))
        base = slugify(given.stem, max_length=40) or "image"
        extension = given.suffix.lower()
        if extension not in _ALSO.get(kind, set()):
            extension = _EXTENSIONS[kind]
        number = 1
        while True:
            suffix = "" if number == 1 else f"-{number}"
            name = pack_path(f"{IMAGE_FOLDER}/{base}{suffix}{extension}")
            there = self.planned.get(name, self._on_disk(name))
            if there is None or there == data:
                break
            number += 1
        if there is None:
            self.planned[name] = data
        self._by_digest[digest] = name
        return name, ""

    def _on_disk(self, name: str) -> bytes | None:
        """The bytes of the pack's file ``name``; None when there is none. Anything that
        is not an ordinary file counts as taken (b"")."""
        path = self.root / name
        if not path.exists() and not path.is_symlink():
            return None
        if path.is_symlink() or not path.is_file():
            return b""
        try:
            with path.open("rb") as handle:
                return handle.read(MAX_IMAGE_BYTES + 1)
        except OSError:
            return b""

    def write(self) -> list[str]:
        """Write the planned pictures; their pack paths."""
        if not self.planned:
            return []
        folder = self.root / IMAGE_FOLDER
        if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
            raise ImageFolderError(f"{folder} is not a folder of the pack: no picture was written")
        folder.mkdir(exist_ok=True)
        for name, data in self.planned.items():
            write_atomic(self.root / name, data)
        return list(self.planned)
