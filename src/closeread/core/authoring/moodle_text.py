"""Moodle's texts as CloseRead's, and the pictures they carry as files of the pack.

A question's text, feedback and options are HTML (or Moodle's own format, plain text or
Markdown). What students read becomes Markdown: the HTML is first sanitised with nh3
(scripts, styles, links, attributes and every URL with a scheme are gone), then written as
Markdown that keeps paragraphs, lists, bold, italics and pictures. Titles, accepted
answers and matching items are plain text in a pack, so they keep only the words.

A picture stays when the file carries it (``<file encoding="base64">`` beside the text,
named in it as ``@@PLUGINFILE@@/name``): it becomes a file of the pack under ``images/``
(:mod:`closeread.core.authoring.pack_images` decides its name and whether it may be one).
Anything else (a sound, an SVG, a picture on the web) is left out with a warning, and its
alt text stands in.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

import nh3

from closeread.core.authoring.moodle_xml import MoodleFile, MoodleText
from closeread.core.authoring.pack_images import PackImages
from closeread.core.pack.images import html_image_references
from closeread.core.pack.markdowntext import html_to_markdown, html_to_text, plain_to_markdown

PLUGINFILE = "@@PLUGINFILE@@/"
_KEPT_TAGS = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table",
    "tr", "td", "th", "ul", "ol", "li", "dl", "dt", "dd", "b", "strong", "i", "em", "img",
}  # fmt: skip
_MARKDOWN_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(@@PLUGINFILE@@/([^)\s]*)\)")


class MoodleTexts:
    """Converts the texts of one question at a time; ``warnings`` says what was lost."""

    def __init__(self, images: PackImages) -> None:
        self.images = images
        self.warnings: list[str] = []

    def markdown(self, text: MoodleText) -> str:
        if not text.text:
            return ""
        if text.format in {"plain_text", "wiki_like"}:
            return plain_to_markdown(text.text)
        files = {_file_key(file.path + file.name): file for file in text.files}
        if text.format == "markdown":
            return _MARKDOWN_IMAGE.sub(
                lambda found: self._markdown_image(found, files), text.text
            ).strip()
        html = text.text.replace("\n", "<br>") if text.format == "moodle_auto_format" else text.text
        for source in html_image_references(html):
            if source and not source.startswith(PLUGINFILE):
                self.warnings.append(
                    f'the picture "{source}" is not in the file: left out (a pack shows '
                    "only its own pictures)"
                )
        clean = nh3.clean(
            html,
            tags=_KEPT_TAGS,
            attributes={"img": {"src", "alt"}},
            url_schemes=set(),
            clean_content_tags={"script", "style"},
            link_rel=None,
        )
        return html_to_markdown(clean, image=lambda src: self._picture(src, files))

    def plain(self, text: MoodleText) -> str:
        if text.format in {"html", "moodle_auto_format"}:
            return " ".join(html_to_text(text.text).split())
        return " ".join(text.text.split())

    def _markdown_image(self, found: re.Match[str], files: dict[str, MoodleFile]) -> str:
        path = self._picture(PLUGINFILE + found.group(2), files)
        return f"![{found.group(1)}]({path})" if path else found.group(1)

    def _picture(self, source: str, files: dict[str, MoodleFile]) -> str:
        if not source.startswith(PLUGINFILE):
            return ""  # a picture on the web, or none: reported before sanitising
        file = files.get(_file_key(source.removeprefix(PLUGINFILE).split("?", 1)[0]))
        if file is None:
            self.warnings.append(f'the file does not carry the picture "{source}": left out')
            return ""
        path, problem = self.images.place(file.name, file.data)
        if problem:
            self.warnings.append(problem)
        return path


def _file_key(path: str) -> str:
    """How a text names a file of its own: "/a b.png", "a%20b.png" and "a b.png" alike."""
    return unquote(path).strip("/")
