"""Markdown into what people read: the article's blocks and canonical text, and safe HTML.

HTML typed in a pack is shown as text, never interpreted. Python-Markdown does not
sanitise either, so every piece of HTML it makes still goes through nh3
with no URL schemes allowed: links and images can only name paths inside the pack,
and the UI serves those itself. Markdown's time grows with the square of some inputs,
so what is rendered is capped in size first.

The article's *canonical text* is what quotes anchor to and offsets count in: the text
of each block (heading, paragraph, list item, quote) with HTML whitespace collapsing
applied, blocks joined by a single "\\n". The reader builds its document block by block
from the same ``Block`` objects, so its plain text is this text exactly.
"""

from __future__ import annotations

import nh3

from closeread.core.pack.model import Article

MAX_ARTICLE_CHARS = 2_000_000
MAX_PROSE_CHARS = 20_000
MAX_NOTES_CHARS = 1_000_000  # a pack's notes.md (a close reading runs long)
# What Python-Markdown made of each piece of prose (up to MAX_PROSE_CHARS) by its text
# and ``tables``, the most recently shown last: in this process, or at an earlier start
# (core.library.prose_cache keeps the latest between starts, so a start that shows
# what the last one did need not load Python-Markdown). The oldest are forgotten first.
REMEMBERED = 4000
_RENDERED: dict[tuple[str, bool], str] = {}
_SHOWN: dict[tuple[str, bool], None] = {}

_ALLOWED_TAGS = {
    "p",
    "br",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "ul",
    "ol",
    "li",
    "strong",
    "b",
    "em",
    "i",
    "code",
    "pre",
    "a",
    "img",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "sup",
    "sub",
    "del",
    "span",
}
_ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}}


class TooLong(ValueError):
    """Markdown over the size CloseRead agrees to render, or with more Markdown marks."""


def refusal(text: str, limit: int = MAX_PROSE_CHARS) -> str:
    """Why ``text`` will not be rendered (too long, or too much Markdown in it), or "".

    The one rule for every Markdown text: the checker reports it at the text's file and
    field, and every view that renders shows such a text as it is, unformatted."""
    # (imported here: prose shown from the cache of rendered prose is never refused again)
    from closeread.core.pack.markdown_guard import marks_over_limit

    if len(text) > limit:
        return f"the text is {len(text):,} characters long; the limit is {limit:,}"
    return marks_over_limit(text)


def sanitise(html: str) -> str:
    """Keep only harmless tags and attributes; drop every URL that names a scheme."""
    return nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=set(),
        link_rel=None,
        attribute_filter=_pack_relative_only,
    )


def without_images(html: str) -> str:
    """Sanitised ``html`` with its pictures left out, for Qt text that has no pack behind
    it (a tooltip, a label): Qt's own loader would fetch them from the disk."""
    return nh3.clean(
        html,
        tags=_ALLOWED_TAGS - {"img"},
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=set(),
        link_rel=None,
        attribute_filter=_pack_relative_only,
    )


def _pack_relative_only(tag: str, attribute: str, value: str) -> str | None:
    """Drop links and image sources that could leave the pack: absolute or ``..`` paths."""
    if attribute not in {"href", "src"}:
        return value
    if value.startswith("#"):
        return value
    path = value.replace("\\", "/")
    if path.startswith("/") or ":" in path or ".." in path.split("/"):
        return None
    return value


def markdown_to_html(text: str, *, limit: int = MAX_PROSE_CHARS, tables: bool = False) -> str:
    """Render prose from a pack (prompts, explanations, feedback) to sanitised HTML.

    ``tables``: pipe tables become tables (the teacher notes have them)."""
    if not text:  # (an empty view: no need to make a Markdown converter for it)
        return ""
    html = sanitise(unsanitised_html(text, limit=limit, tables=tables))
    if len(text) <= MAX_PROSE_CHARS:
        _SHOWN.pop((text, tables), None)
        _SHOWN[text, tables] = None  # the most recent last
    return html


def unsanitised_html(text: str, *, limit: int = MAX_PROSE_CHARS, tables: bool = False) -> str:
    """What Markdown makes of ``text`` before the sanitiser: for checks, never for showing."""
    if len(text) > limit:
        raise TooLong(refusal(text, limit))
    key = (text, tables)
    html = _RENDERED.get(key)
    if html is None:
        from closeread.core.pack.conversion import convert  # Python-Markdown, when needed

        html = convert(text, tables)
        if len(text) <= MAX_PROSE_CHARS:
            _remember(key, html)
    return html


def _remember(key: tuple[str, bool], html: str) -> None:
    _RENDERED[key] = html
    while len(_RENDERED) > REMEMBERED:
        oldest = next(iter(_RENDERED))
        del _RENDERED[oldest]
        _SHOWN.pop(oldest, None)


def rendered() -> list[tuple[str, bool, str]]:
    """The prose shown lately, most recent last: ``(text, tables, Markdown's HTML)``."""
    made = ((key, _RENDERED.get(key)) for key in list(_SHOWN))
    return [(text, tables, html) for (text, tables), html in made if html is not None]


def reuse(entries: list[tuple[str, bool, str]]) -> None:
    """Take Markdown's HTML of these texts as made (by :func:`rendered`, in an earlier
    run of the same code), oldest first; what is shown is still sanitised as it is."""
    for text, tables, html in entries:
        if len(text) <= MAX_PROSE_CHARS:
            _remember((text, tables), html)
            _SHOWN[text, tables] = None


def article_from_markdown(text: str) -> Article:
    """Build the article's blocks and canonical text from its Markdown."""
    return article_with_images(text)[0]


def article_with_images(text: str) -> tuple[Article, list[str]]:
    """The article, and every image reference in it as ``images.image_references`` finds
    them, from one rendering (the longest text of a pack is converted once)."""
    from closeread.core.pack.html_blocks import blocks_of, html_image_references

    unsanitised = unsanitised_html(text, limit=MAX_ARTICLE_CHARS)  # (not prose shown)
    images = html_image_references(unsanitised) if "![" in text else []
    blocks = blocks_of(sanitise(unsanitised))
    canonical = "\n".join(block.text for block in blocks)
    return Article(markdown=text, text=canonical, blocks=blocks), images
