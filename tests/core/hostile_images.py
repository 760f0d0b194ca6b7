"""A pack whose pictures try to leave it, for the core and UI tests of the image rule.

No Qt here (the core tests must not import it): the PNGs are written by hand.
"""

from __future__ import annotations

import os
import shutil
import struct
import zlib
from pathlib import Path

MINIPACK = Path(__file__).parent / "fixtures" / "minipack"
GOOD = "images/x.png"  # 3 x 2 pixels, inside the pack
GOOD_SIZE = (3, 2)
IN_CWD = "incwd.png"  # in the working folder, not in the pack
HUGE_BYTES = 16 * 1024 * 1024 + 1

# Each one must be refused by the resolver, reported by `check` and load nothing.
HOSTILE = [
    "%2fdev%2fzero",
    "%2Fetc%2Fpasswd",
    "/etc/passwd",
    "../outside.png",
    "//host/share/x.png",
    "C:/x.png",
    "file:///etc/passwd",
    IN_CWD,
    "images/escape.png",  # a link inside the pack to outside.png
    "images/pipe.png",  # a FIFO: opening it for reading waits forever
    "images/huge.png",  # one byte over the limit
]


def png(width: int, height: int) -> bytes:
    """A real, opaque red PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + b"\xff\x00\x00" * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


def make_hostile_pack(base: Path) -> Path:
    """base/pack (minipack with hostile neighbours), base/outside.png, base/cwd/incwd.png."""
    root = base / "pack"
    shutil.copytree(MINIPACK, root)
    (root / "images").mkdir()
    (root / GOOD).write_bytes(png(*GOOD_SIZE))
    (base / "outside.png").write_bytes(png(30, 20))
    (base / "cwd").mkdir()
    (base / "cwd" / IN_CWD).write_bytes(png(30, 20))
    os.symlink(base / "outside.png", root / "images" / "escape.png")
    os.mkfifo(root / "images" / "pipe.png")
    with open(root / "images" / "huge.png", "wb") as handle:
        handle.write(png(1, 1))
        handle.truncate(HUGE_BYTES)  # sparse: no 16 MiB written
    return root


def set_intro(root: Path, markdown: str) -> None:
    """Line 3 of lessons/one.toml, the lesson's intro, becomes ``markdown``."""
    lesson = root / "lessons" / "one.toml"
    text = lesson.read_text()
    old = 'intro = "Find the claim and its evidence."'
    assert old in text
    lesson.write_text(text.replace(old, f"intro = '''{markdown}'''"))
