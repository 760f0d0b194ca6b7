"""Pictures named in a pack's Markdown: the one rule for which file an image may be.

Packs come from other people, and an ``<img src>`` is an invitation to read a file.
Qt's own loader would take ``%2fdev%2fzero`` as ``/dev/zero`` (and read it forever),
a bare ``x.png`` as a file of the working folder, ``//host/share/x.png`` as a network
share. So every image every view shows, and every image ``closeread check`` judges,
goes through :func:`read_image`, and nothing else reads a picture.

The rule: a reference is a path relative to the pack's top folder, written with
``/`` (``\\`` is read as ``/``). It is percent-decoded once, as a browser would, and
then it must not be empty, name a scheme (``file:``, ``data:`` …) or a drive
(``C:``), hold a ``:``, a ``?``, a ``#`` or a control character (NUL included),
start with ``/`` (absolute, or ``//host``), climb with ``..``, or name a Windows
device (``con``, ``nul``, ``com1`` …). ``.`` and empty segments are dropped. The file
it names must be an ordinary file inside the pack once links are followed (not a
folder, device or pipe), at most ``MAX_IMAGE_BYTES`` long, and a PNG, JPEG, GIF, BMP
or WebP by its first bytes: an SVG may itself name other files, so it is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from closeread.core.pack.html_blocks import html_image_references
from closeread.core.pack.rendering import MAX_PROSE_CHARS, TooLong, unsanitised_html
from closeread.core.pack.source import MissingFile, PackSource, PackSourceError

MAX_IMAGE_BYTES = 16 * 1024 * 1024
FORMATS = ("png", "jpeg", "gif", "bmp", "webp")
_DRIVE = re.compile(r"^[A-Za-z]:")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_DEVICE = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$", re.I)


@dataclass(frozen=True)
class ImageRead:
    """The picture's bytes and format, or why it is not shown (``reason``)."""

    reference: str  # as the Markdown wrote it
    path: str = ""  # inside the pack, once normalised; "" when the reference was refused
    data: bytes | None = None
    format: str = ""  # one of FORMATS
    reason: str = ""
    missing: bool = False  # the path was fine, but the pack has no such file

    @property
    def ok(self) -> bool:
        return self.data is not None


class RefusedReference(ValueError):
    """A reference that cannot name a file of the pack; ``str()`` says why."""


def pack_path(reference: str) -> str:
    """The pack-relative path ``reference`` names ("images/x.png"), or RefusedReference."""
    if not reference or not reference.strip():
        raise RefusedReference("an image needs a file name")
    if _DRIVE.match(reference):
        raise RefusedReference("an image path may not start with a drive letter")
    if _SCHEME.match(reference):
        raise RefusedReference("an image may not name a scheme (such as file: or https:)")
    if "?" in reference or "#" in reference:
        raise RefusedReference("an image path may not hold '?' or '#'")
    path = unquote(reference, errors="strict") if "%" in reference else reference
    if _CONTROL.search(path):
        raise RefusedReference("an image path may not hold control characters")
    path = path.replace("\\", "/")
    if path.startswith("/"):
        raise RefusedReference("an image path must be relative to the pack, not start with '/'")
    if ":" in path:
        raise RefusedReference("an image path may not hold ':' (a drive letter or a scheme)")
    parts = [part for part in path.split("/") if part not in ("", ".")]
    if ".." in parts:
        raise RefusedReference("an image path may not climb out of its folder with '..'")
    if not parts:
        raise RefusedReference("an image needs a file name")
    for part in parts:
        if _DEVICE.match(part.rstrip(" .")) or part != part.rstrip(" ."):
            raise RefusedReference(f"{part!r} is not a portable file name")
    return "/".join(parts)


def image_format(data: bytes) -> str:
    """The format of a picture by its first bytes, "" for anything else (SVG included)."""
    if data.startswith(b"\x89PNG"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if data.startswith(b"BM"):
        return "bmp"
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "webp"
    return ""


def read_image(
    source: PackSource | None,
    reference: str,
    *,
    limit: int = MAX_IMAGE_BYTES,
    hashed: bool = False,
) -> ImageRead:
    """The picture ``reference`` names inside ``source``, or why it may not be shown.

    ``hashed`` counts the file in the pack's content hash (the article's figures)."""
    try:
        path = pack_path(reference)
    except (RefusedReference, UnicodeDecodeError) as error:
        reason = str(error) if isinstance(error, RefusedReference) else "bad %-escapes"
        return ImageRead(reference, reason=reason)
    if source is None:
        return ImageRead(reference, path, reason="there is no pack to read it from")
    try:
        data = source.read(path, limit=min(limit, MAX_IMAGE_BYTES), hashed=hashed)
    except MissingFile as error:
        return ImageRead(reference, path, reason=error.message, missing=True)
    except (PackSourceError, OSError) as error:
        reason = error.message if isinstance(error, PackSourceError) else str(error)
        return ImageRead(reference, path, reason=reason)
    kind = image_format(data)
    if not kind:
        return ImageRead(reference, path, reason="not a PNG, JPEG, GIF, BMP or WebP picture")
    return ImageRead(reference, path, data=data, format=kind)


def image_references(markdown: str, *, limit: int = MAX_PROSE_CHARS) -> list[str]:
    """Every image reference in ``markdown`` (``![alt](ref)``, reference style too), in order.

    Read from what Markdown makes *before* the sanitiser, so references it drops
    (``/etc/passwd``, ``file:…``) are found and reported too, not silently shown as
    nothing. Text over ``limit`` is not rendered at all, so it has none. Every Markdown
    image starts with ``![`` (HTML typed in a pack is shown as text), so a text without
    one is not rendered either."""
    if "![" not in markdown:
        return []
    try:
        html = unsanitised_html(markdown, limit=limit)
    except TooLong:
        return []
    return html_image_references(html)
