"""Text in Moodle's four text formats, as CloseRead's Markdown or as one line of plain text.

Moodle keeps a format with every text, and both its quiz formats name it: GIFT with a
tag (``[html]``, ``[moodle]``, ``[plain]``, ``[markdown]``), Moodle XML with an attribute
(``html``, ``moodle_auto_format``, ``plain_text``, ``markdown``), which its reader turns
into these names. What each means, as Moodle shows it:

- ``moodle`` (Moodle's own, GIFT's default): HTML in which a line break is a line break;
- ``html``: HTML;
- ``plain``: the characters as written, line breaks kept;
- ``markdown``: Markdown.

``to_markdown`` makes a prompt, an option or a piece of feedback of it: HTML loses every
tag but paragraphs, line breaks, lists and emphasis (:mod:`closeread.core.pack.
markdowntext`); plain text is escaped so it shows as written. Pictures, in HTML or in
Markdown, go to the caller's ``image``, which names the pack file to show instead (a
picture the quiz file carries) or "" for its alt text. ``to_plain`` makes a title, an
accepted answer or a matching item of it: the words only, on one line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal, get_args

from closeread.core.pack.markdowntext import (
    HARD_BREAK,
    escape_markdown,
    html_to_markdown,
    html_to_text,
)
from closeread.core.pack.rendering import TooLong, markdown_to_html

Markup = Literal["moodle", "html", "plain", "markdown"]
MARKUPS: tuple[Markup, ...] = get_args(Markup)
_PARAGRAPHS = re.compile(r"\n[ \t]*\n")
_MARKDOWN_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(([^)\s]*)\)")


def to_markdown(text: str, markup: str, *, image: Callable[[str], str] | None = None) -> str:
    """``text``, written in ``markup``, as CloseRead's Markdown. Without ``image``, a
    picture in HTML is its alt text, and one in Markdown stays as written."""
    if markup == "markdown":
        if image is None:
            return text.strip()
        return _MARKDOWN_IMAGE.sub(lambda found: _picture(found, image), text).strip()
    if markup == "plain":
        paragraphs = (
            HARD_BREAK.join(escape_markdown(line) for line in block.splitlines() if line.strip())
            for block in _PARAGRAPHS.split(text)
        )
        return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
    if markup == "moodle":
        text = text.replace("\r\n", "\n").replace("\n", "<br>")
    return html_to_markdown(text, image=image)


def _picture(found: re.Match[str], image: Callable[[str], str]) -> str:
    path = image(found.group(2))
    return f"![{found.group(1)}]({path})" if path else found.group(1)


def to_plain(text: str, markup: str) -> str:
    """The words of ``text``, written in ``markup``, on one line."""
    if not text.strip():
        return ""
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
