"""Text in Moodle's four text formats, as CloseRead's Markdown or as one line of plain text.

Moodle keeps a format with every text, and its quiz formats name it: GIFT with a tag
(``[html]``, ``[moodle]``, ``[plain]``, ``[markdown]``), Moodle XML with an attribute.
What each means, as Moodle shows it:

- ``moodle`` (Moodle's own, GIFT's default): HTML in which a line break is a line break;
- ``html``: HTML;
- ``plain``: the characters as written, line breaks kept;
- ``markdown``: Markdown.

``to_markdown`` makes a prompt, an option or a piece of feedback of it: HTML loses every
tag but paragraphs, line breaks, lists and emphasis (:mod:`closeread.core.pack.
markdowntext`); plain text is escaped so it shows as written. ``to_plain`` makes a
title, an accepted answer or a matching item of it: the words only, on one line.
"""

from __future__ import annotations

import re

from closeread.core.pack.markdowntext import (
    HARD_BREAK,
    escape_markdown,
    html_to_markdown,
    html_to_text,
)
from closeread.core.pack.rendering import TooLong, markdown_to_html

MARKUPS = ("moodle", "html", "plain", "markdown")
_PARAGRAPHS = re.compile(r"\n[ \t]*\n")


def to_markdown(text: str, markup: str) -> str:
    """``text``, written in ``markup``, as CloseRead's Markdown."""
    if markup == "markdown":
        return text.strip()
    if markup == "plain":
        paragraphs = (
            HARD_BREAK.join(escape_markdown(line) for line in block.splitlines() if line.strip())
            for block in _PARAGRAPHS.split(text)
        )
        return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
    if markup == "moodle":
        text = text.replace("\r\n", "\n").replace("\n", "<br>")
    return html_to_markdown(text)


def to_plain(text: str, markup: str) -> str:
    """The words of ``text``, written in ``markup``, on one line."""
    if markup == "plain":
        words = text
    elif markup == "markdown":
        words = markdown_to_plain(text)
    else:
        words = html_to_text(text)
    return " ".join(words.split())


def markdown_to_plain(text: str) -> str:
    """The words a reader sees in Markdown ``text``: "**Bold** move" -> "Bold move"."""
    try:
        return html_to_text(markdown_to_html(text))
    except TooLong:
        return text
