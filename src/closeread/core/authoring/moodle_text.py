"""The texts of a Moodle XML question as CloseRead's, with the pictures they carry as
files of the pack.

Each text is converted as its format says, by the rules every quiz format shares
(:mod:`closeread.core.authoring.markup`): what students read becomes Markdown, titles,
accepted answers and matching items plain words. What Moodle XML adds is pictures: a
picture stays when the file carries it (``<file encoding="base64">`` beside the text,
named in it as ``@@PLUGINFILE@@/name``), and becomes a file of the pack under ``images/``
(:mod:`closeread.core.authoring.pack_images` decides its name and whether it may be
one). Anything else (a sound, an SVG, a picture on the web) is left out with a warning,
and its alt text stands in.
"""

from __future__ import annotations

from urllib.parse import unquote

from closeread.core.authoring.markup import to_markdown, to_plain
from closeread.core.authoring.moodle_xml import MoodleFile, MoodleText
from closeread.core.authoring.pack_images import PackImages

PLUGINFILE = "@@PLUGINFILE@@/"


class MoodleTexts:
    """Converts the texts of one question at a time; ``warnings`` says what was lost."""

    def __init__(self, images: PackImages) -> None:
        self.images = images
        self.warnings: list[str] = []

    def markdown(self, text: MoodleText) -> str:
        if not text.text:
            return ""
        files = {_file_key(file.path + file.name): file for file in text.files}
        return to_markdown(text.text, text.markup, image=lambda src: self._picture(src, files))

    def plain(self, text: MoodleText) -> str:
        return to_plain(text.text, text.markup)

    def _picture(self, source: str, files: dict[str, MoodleFile]) -> str:
        """The pack path of the picture ``source`` names; "" (and why) when it has none."""
        if not source.startswith(PLUGINFILE):
            if source:
                self.warnings.append(
                    f'the picture "{source}" is not in the file: left out (a pack shows '
                    "only its own pictures)"
                )
            return ""
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
