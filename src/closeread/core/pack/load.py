"""Loading a lesson pack: files in, typed immutable objects (or problems) out.

``load_pack`` reads a pack folder or archive, checks every file against its schema and
every rule the schema cannot say (ids, references, quotes), anchors the answer keys to
the article, and returns the ``Pack`` with the problems it found. Nothing here imports
Qt; ``closeread check`` is this module and a printer.
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from closeread.core.files.problems import Place, Problem, ProblemList
from closeread.core.pack.anchoring import Anchors
from closeread.core.pack.cards import check_card_references, read_cards
from closeread.core.pack.choice_audit import Placed, position_warning
from closeread.core.pack.exercises import (
    ExerciseBuilder,
    ShortCheck,
    quotes_in,
)
from closeread.core.pack.glossary import glossary_texts, read_glossary
from closeread.core.pack.model import Article, Label, Lesson, Pack, Source
from closeread.core.pack.picture_check import PictureCheck
from closeread.core.pack.places import Places
from closeread.core.pack.rendering import TooLong, article_with_images, refusal
from closeread.core.pack.source import PackSource, PackSourceError, open_source
from closeread.core.toml.read import TomlFile, parse_toml, utf8_error_position, validate


@dataclass(frozen=True)
class LoadResult:
    """The pack when it has no errors, and every problem found either way."""

    pack: Pack | None
    problems: tuple[Problem, ...]
    # Where each exercise is written, by "lesson/exercise" or "lesson/analogy/part".
    places: Mapping[str, Place] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.pack is not None


class PackError(Exception):
    """A pack that cannot be used; ``problems`` say why, one line each."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


def load_pack(path: str | os.PathLike[str], *, short_check: ShortCheck | None = None) -> LoadResult:
    """Load and check the pack at ``path`` (a folder or a zip archive).

    ``short_check`` adds warnings about each short answer's rubric (``closeread check``
    passes :func:`closeread.core.kinds.short.rubric_warnings`)."""
    problems = ProblemList()
    try:
        source = open_source(path)
    except PackSourceError as error:
        problems.error(error.path, error.message)
        return LoadResult(None, tuple(problems))
    loader = _Loader(source, problems, short_check)
    pack = loader.load()
    if problems.has_errors:
        pack = None
    return LoadResult(pack, tuple(problems), loader.places)


def require_pack(path: str | Path) -> Pack:
    """The pack at ``path``, or ``PackError`` with its problems."""
    result = load_pack(path)
    if result.pack is None:
        raise PackError(result.problems)
    return result.pack


class _Loader:
    def __init__(
        self, source: PackSource, problems: ProblemList, short_check: ShortCheck | None = None
    ) -> None:
        self.source = source
        self.problems = problems
        self.pictures = PictureCheck(source, problems)
        self.short_check = short_check
        self.lesson_failed = False
        self.places = Places()
        self.unshuffled: list[Placed] = []  # every lesson's, for one position check

    def read_text(self, relative: str, cited_in: TomlFile, *key: str | int) -> str | None:
        """A UTF-8 file of the pack; a problem at the key that names it when it fails."""
        try:
            raw = self.source.read(relative)
        except PackSourceError as error:
            self.problems.error(
                cited_in.shown_path, error.message + f': "{relative}"', *cited_in.at(*key)
            )
            return None
        try:
            return raw.decode("utf-8").removeprefix("\ufeff")
        except UnicodeDecodeError as error:
            self.problems.error(
                self.source.display(relative),
                "the file is not valid UTF-8 text",
                *utf8_error_position(raw, error),
            )
            return None

    def read_toml(
        self, relative: str, schema: str, cited_in: TomlFile | None = None, *key: str | int
    ) -> TomlFile | None:
        shown = self.source.display(relative)
        try:
            raw = self.source.read(relative)
        except PackSourceError as error:
            if cited_in is None:
                self.problems.error(error.path, error.message)
            else:
                self.problems.error(
                    cited_in.shown_path, f'{error.message}: "{relative}"', *cited_in.at(*key)
                )
            return None
        toml = parse_toml(shown, raw, self.problems)
        if toml is None or not validate(toml, schema, self.problems):
            return None
        return toml

    def load(self) -> Pack | None:
        meta = self.read_toml("pack.toml", "pack.schema.json")
        if meta is None:
            return None
        data = meta.data
        labels = self.labels(meta)
        label_credit = self.near_misses(meta, {label.id for label in labels})
        article_markdown = self.read_text(data.get("article", "article.md"), meta, "article")
        notes = self.read_text(data["notes"], meta, "notes") if "notes" in data else ""
        if article_markdown is None:
            return None
        try:
            article, references = article_with_images(article_markdown)
        except TooLong as error:
            self.problems.error(
                self.source.display(data.get("article", "article.md")),
                f"the article is too long to show: {error}",
            )
            return None
        self.pictures.article(
            article, self.source.display(data.get("article", "article.md")), references
        )
        if notes:
            self.pictures.notes(notes, self.source.display(data["notes"]))
        self.pictures.toml(meta, ("description",))
        reason = refusal(data.get("description", ""))
        if reason:
            self.problems.error(
                meta.shown_path,
                f'"description" cannot be formatted: {reason}',
                *meta.at("description"),
            )
        cards = read_cards(meta, self.problems)
        lessons = self.lessons(meta, article, labels, label_credit)
        self.check_references(lessons)
        check_card_references(lessons, {card.id for card in cards}, self.problems)
        texts = glossary_texts(article.text, (lesson for lesson, _ in lessons))
        glossary = read_glossary(meta, self.problems, texts if not self.lesson_failed else ())
        for part in ("glossary", "cards"):
            self.pictures.toml(meta, (part,))
        found = position_warning(self.unshuffled)
        if found is not None:
            self.problems.warning(found[0].shown_path, found[1], *found[0].position)
        for _, toml in lessons:
            self.pictures.toml(toml, ())
        source_data = data.get("source", {})
        return Pack(
            id=data["id"],
            version=data["version"],
            title=data["title"],
            root=Path(self.source.name),
            article=article,
            labels=labels,
            lessons=tuple(lesson for lesson, _ in lessons),
            content_hash=self.source.content_hash(),
            description=data.get("description", ""),
            authors=tuple(data.get("authors", ())),
            language=data.get("language", "en"),
            edition=data.get("edition", "full"),
            source=Source(**source_data),
            notes=notes or "",
            glossary=glossary,
            cards=cards,
            theta=data.get("scoring", {}).get("theta", 0.5),
            label_credit=label_credit,
        )

    def labels(self, meta: TomlFile) -> tuple[Label, ...]:
        labels: list[Label] = []
        seen: set[str] = set()
        for index, entry in enumerate(meta.data["labels"]):
            if entry["id"] in seen:
                self.problems.error(
                    meta.shown_path,
                    f'duplicate label id "{entry["id"]}"',
                    *meta.at("labels", index, "id"),
                )
                continue
            seen.add(entry["id"])
            labels.append(
                Label(entry["id"], entry["name"], entry["color"], entry.get("description", ""))
            )
        return tuple(labels)

    def near_misses(self, meta: TomlFile, label_ids: set[str]) -> MappingProxyType:
        credit: dict[tuple[str, str], float] = {}
        for index, entry in enumerate(meta.data.get("near_miss", ())):
            for key in ("marked", "key"):
                if entry[key] not in label_ids:
                    self.problems.error(
                        meta.shown_path,
                        f'unknown label "{entry[key]}"',
                        *meta.at("near_miss", index, key),
                    )
            if entry["marked"] == entry["key"]:
                self.problems.error(
                    meta.shown_path,
                    "a near miss needs two different labels",
                    *meta.at("near_miss", index),
                )
            if (entry["marked"], entry["key"]) in credit:
                self.problems.error(
                    meta.shown_path,
                    f'the near miss "{entry["marked"]}" for "{entry["key"]}" is given twice',
                    *meta.at("near_miss", index),
                )
            credit[(entry["marked"], entry["key"])] = float(entry["credit"])
        return MappingProxyType(credit)

    def lessons(
        self,
        meta: TomlFile,
        article: Article,
        labels: tuple[Label, ...],
        label_credit: MappingProxyType,
    ) -> list[tuple[Lesson, TomlFile]]:
        lessons: list[tuple[Lesson, TomlFile]] = []
        seen_ids: set[str] = set()
        edition = meta.data.get("edition", "full")
        theta = meta.data.get("scoring", {}).get("theta", 0.5)
        files = self.lesson_files(meta)
        quotes = (quote for toml, _ in files if toml is not None for quote in quotes_in(toml.data))
        anchors = Anchors(article.text, quotes)  # every quote of the pack, found together
        for toml, found in files:
            self.problems.extend(found)
            if toml is None:
                continue
            builder = ExerciseBuilder(
                toml, article, labels, label_credit, theta, edition, self.problems,
                self.short_check, anchors,
            )  # fmt: skip
            lesson = builder.lesson()
            self.places.update(builder.places)
            self.unshuffled += builder.unshuffled
            if lesson.id in seen_ids:
                self.problems.error(
                    toml.shown_path, f'duplicate lesson id "{lesson.id}"', *toml.at("id")
                )
                continue
            seen_ids.add(lesson.id)
            lessons.append((lesson, toml))
        return lessons

    def lesson_files(self, meta: TomlFile) -> list[tuple[TomlFile | None, list[Problem]]]:
        """Each lesson file read and checked against the schema (None when it cannot be),
        with the problems found reading it: they are reported with the file's lesson, in
        the order the files are listed, once the quotes of all of them are known."""
        files: list[tuple[TomlFile | None, list[Problem]]] = []
        seen_files: set[str] = set()
        for index, relative in enumerate(meta.data["lessons"]):
            before = len(self.problems)
            toml = None
            if posixpath.normpath(relative) in seen_files:
                self.problems.error(
                    meta.shown_path,
                    f'lesson file "{relative}" is listed twice',
                    *meta.at("lessons", index),
                )
            else:
                seen_files.add(posixpath.normpath(relative))
                toml = self.read_toml(relative, "lesson.schema.json", meta, "lessons", index)
                self.lesson_failed |= toml is None
            files.append((toml, self.problems[before:]))
            del self.problems[before:]
        return files

    def check_references(self, lessons: list[tuple[Lesson, TomlFile]]) -> None:
        """Lesson and exercise ids named across files, checked once all are loaded.

        When a lesson file could not be loaded, a name that is not found may well be in
        it: such references are left unjudged rather than reported as a second error."""
        exercises = {
            f"{lesson.id}/{exercise.id}": exercise.kind
            for lesson, _ in lessons
            for exercise in lesson.exercises
        }
        lesson_ids = {lesson.id for lesson, _ in lessons}
        for lesson, toml in lessons:
            for index, required in enumerate(lesson.requires):
                at = toml.at("requires", index)
                if required == lesson.id:
                    self.problems.error(toml.shown_path, "a lesson cannot require itself", *at)
                elif required not in lesson_ids and not self.lesson_failed:
                    self.problems.error(toml.shown_path, f'unknown lesson "{required}"', *at)
            for where, named in _show_marks_references(toml.data):
                target = named if "/" in named else f"{lesson.id}/{named}"
                at = toml.at(*where, "show_marks_from")
                if target not in exercises:
                    if not self.lesson_failed or target.startswith(f"{lesson.id}/"):
                        self.problems.error(toml.shown_path, f'unknown exercise "{named}"', *at)
                elif exercises[target] != "mark":
                    self.problems.error(
                        toml.shown_path,
                        f'"{named}" is not a marking exercise: it has no marks to show',
                        *at,
                    )


def _show_marks_references(data: dict) -> list[tuple[tuple[str | int, ...], str]]:
    """Each ``show_marks_from`` of a lesson's exercises and analogy parts, with its path."""
    found = []
    for index, exercise in enumerate(data.get("exercises", ())):
        where: tuple[str | int, ...] = ("exercises", index)
        if exercise.get("show_marks_from"):
            found.append((where, exercise["show_marks_from"]))
        for part_index, part in enumerate(exercise.get("parts", ())):
            if part.get("show_marks_from"):
                found.append(((*where, "parts", part_index), part["show_marks_from"]))
    return found
