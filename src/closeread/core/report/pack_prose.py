"""A pack's Markdown for a file that stands alone (the teacher notes): sanitised HTML
with the pack's own pictures inside it as ``data:`` images.

Rendering goes through :func:`closeread.core.pack.rendering.markdown_to_html` (nh3, no
URL schemes), and a picture is read only through the one rule for pack pictures
(:func:`closeread.core.pack.images.read_image`); what the sanitiser leaves of a link is
its text, and a picture that may not be shown becomes its alt text.
"""

from __future__ import annotations

import base64
import html
import re

from closeread.core.pack.images import read_image
from closeread.core.pack.model import Pack
from closeread.core.pack.rendering import MAX_NOTES_CHARS, TooLong, markdown_to_html
from closeread.core.pack.source import PackSource, PackSourceError, open_source

_IMAGE = re.compile(r"<img\b[^>]*>")
_SRC = re.compile(r'\bsrc="([^"]*)"')
_ALT = re.compile(r'\balt="([^"]*)"')
_LINK = re.compile(r"</?a\b[^>]*>")  # what the sanitiser leaves of a link: its text stays
_HEADING = re.compile(r"<(/?)h([1-6])\b")
_MIME = {"png": "png", "jpeg": "jpeg", "gif": "gif", "bmp": "bmp", "webp": "webp"}


class PackProse:
    """Pack Markdown to sanitised HTML, with the pack's own pictures embedded."""

    def __init__(self, pack: Pack) -> None:
        self.source: PackSource | None
        try:
            self.source = open_source(pack.root)
        except (PackSourceError, OSError):
            self.source = None  # the pack moved: its pictures are left out

    def prose(self, markdown: str, *, inline: bool = False) -> str:
        """``inline``: a text of one paragraph comes without its ``<p>`` (a list item)."""
        try:
            rendered = self._pictures(markdown_to_html(markdown.strip()))
        except TooLong:
            rendered = f"<p>{html.escape(markdown)}</p>"
        if inline and rendered.startswith("<p>") and rendered.count("<p>") == 1:
            rendered = rendered.removeprefix("<p>").removesuffix("</p>")
        return rendered

    def document(self, markdown: str) -> str:
        """A whole Markdown file (the notes), tables too; its headings one level down,
        under the file's own title."""
        try:
            rendered = markdown_to_html(markdown, limit=MAX_NOTES_CHARS, tables=True)
        except TooLong:
            return f"<pre>{html.escape(markdown)}</pre>"
        rendered = _HEADING.sub(lambda m: f"<{m[1]}h{min(int(m[2]) + 1, 6)}", rendered)
        return self._pictures(rendered)

    def _pictures(self, rendered: str) -> str:
        """Pictures of the pack as ``data:`` images; any other picture as its alt text."""

        def embedded(match: re.Match[str]) -> str:
            tag = match[0]
            src, alt = _SRC.search(tag), _ALT.search(tag)
            read = read_image(self.source, html.unescape(src[1])) if src else None
            if read is None or not read.ok or read.format not in _MIME:
                return f"[{alt[1]}]" if alt and alt[1] else ""
            data = base64.b64encode(read.data or b"").decode("ascii")
            shown = f'alt="{alt[1]}" ' if alt else ""
            return f'<img {shown}src="data:image/{_MIME[read.format]};base64,{data}">'

        return _IMAGE.sub(embedded, _LINK.sub("", rendered))
