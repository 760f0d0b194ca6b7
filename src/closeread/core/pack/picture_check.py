"""The pictures a pack's Markdown names, checked where they are named: the article, the
notes and every Markdown string of its TOML files, through the one resolver
(:func:`closeread.core.pack.images.read_image`)."""

from __future__ import annotations

from closeread.core.files.problems import ProblemList
from closeread.core.pack.exercises import PROSE_KEYS
from closeread.core.pack.images import ImageRead, image_references, read_image
from closeread.core.pack.model import Article
from closeread.core.pack.rendering import MAX_NOTES_CHARS, refusal
from closeread.core.pack.source import PackSource
from closeread.core.toml.read import TomlFile


class PictureCheck:
    """Reports each picture that may not be shown (an error) or is missing (a warning,
    an error for the article's figures), at its file and line or key."""

    def __init__(self, source: PackSource, problems: ProblemList) -> None:
        self.source = source
        self.problems = problems

    def article(self, article: Article, shown_article: str, references: list[str]) -> None:
        """Every image the article names can be shown; its figures count in the pack's hash."""
        figures = {block.image for block in article.blocks if block.image}
        self.file(article.markdown, shown_article, figures, references)

    def notes(self, notes: str, shown: str) -> None:
        """The teacher notes: their pictures, and whether they can be formatted at all."""
        reason = refusal(notes, MAX_NOTES_CHARS)
        if reason:
            self.problems.warning(shown, f"the notes will be shown unformatted: {reason}")
            return
        self.file(notes, shown, found=image_references(notes, limit=MAX_NOTES_CHARS))

    def file(
        self,
        markdown: str,
        shown: str,
        figures: set[str] | None = None,
        found: list[str] | None = None,
    ) -> None:
        """The images of a Markdown file (the article, the notes), each at its line.

        ``figures`` (the article's) count in the pack's hash, and one that is missing is
        an error; elsewhere a missing picture is only a warning (it is not shown).
        ``found``: the references, when the file has been rendered already."""
        found = image_references(markdown) if found is None else found
        for reference in dict.fromkeys(found):
            read = read_image(self.source, reference, hashed=reference in (figures or ()))
            if not read.ok:
                at = markdown.find(reference)
                line = markdown.count("\n", 0, at) + 1 if at >= 0 else 0
                self.problem(read, shown, figures is not None, line)

    def problem(self, read: ImageRead, shown: str, required: bool, *at: int) -> None:
        """A picture that may not be shown is an error; one that is missing, a warning."""
        message = f"{read.reason}: image {read.reference!r}"
        if read.missing and not required:
            self.problems.warning(shown, message, *at)
        else:
            self.problems.error(shown, message, *at)

    def toml(self, toml: TomlFile, where: tuple[str | int, ...]) -> None:
        """The images of every Markdown string in ``toml`` (at ``where``), at its key."""
        node = toml.data
        for key in where:
            if key not in node:
                return
            node = node[key]
        for path, text in _markdown_fields(node, where):
            for reference in dict.fromkeys(image_references(text)):
                read = read_image(self.source, reference)
                if not read.ok:
                    self.problem(read, toml.shown_path, False, *toml.at(*path))


def _markdown_fields(node: object, where: tuple[str | int, ...]):
    """(key path, text) of each Markdown string under ``node``: a lone string is one."""
    if isinstance(node, str):
        yield where, node
    elif isinstance(node, dict):
        for key, value in node.items():
            if key in PROSE_KEYS and isinstance(value, str):
                yield (*where, key), value
            elif key in PROSE_KEYS and isinstance(value, list):  # discussion prompts
                for index, item in enumerate(value):
                    if isinstance(item, str):
                        yield (*where, key, index), item
            elif isinstance(value, dict | list):
                yield from _markdown_fields(value, (*where, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            if isinstance(value, dict | list):
                yield from _markdown_fields(value, (*where, index))
