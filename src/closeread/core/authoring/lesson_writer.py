"""Editing a lesson file the way a teacher would by hand, for the pack editor and tools.

``LessonDocument`` opens one lesson file with tomlkit, applies edits (exercises added,
changed, moved or deleted; entries of their lists such as options and pairs; key spans
marked on the article) and writes the file back atomically. Everything an edit does not
touch is written back byte for byte: comments, blank lines, key order, string styles.

Exercises are named by id; a part of an analogy by ``"analogy-id/part-id"``. Key spans are
named by their id: the ``id`` they have, or ``k1``, ``k2``, ... by place when they have
none (as the checker names them). Offsets are the article's canonical text
(``Pack.article.text``); the quote written is the article's exact words, with a prefix or
suffix of whole words only when the words occur more than once.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.items import AoT, Array, InlineTable, Table

from closeread.core.files.paths import bundled_dir
from closeread.core.kinds.registry import KINDS
from closeread.core.pack.anchoring import quote_for
from closeread.core.pack.ids import is_id, slugify, unique_id
from closeread.core.toml import style as tomlstyle
from closeread.core.toml.edit import TomlDocument, TomlEditError, TomlFileError

# The order pack-format.md writes keys in: a new key goes after those before it.
EXERCISE_KEYS = (
    *("step", "id", "kind", "title", "prompt", "labels", "theta", "multiple", "shuffle"),
    *("left_title", "right_title", "points", "attempts", "counts", "show_marks_from"),
    *("accept", "model_answer", "auto_score", "distractors", "words", "explanation"),
    *("hints", "key", "options", "rubric", "pairs", "parts", "criteria", "exemplars"),
)
LESSON_KEYS = ("id", "title", "intro", "requires")
SPAN_KEYS = ("id", "quote", "prefix", "suffix", "label", "explanation")
LISTS = ("hints", "key", "options", "rubric", "pairs", "parts", "criteria", "exemplars")


LessonEditError = TomlEditError
LessonFileError = TomlFileError


class LessonDocument(TomlDocument):
    """One lesson file, open for editing (see ``TomlDocument`` for opening and saving)."""

    @classmethod
    def create(cls, path: str | os.PathLike[str], lesson_id: str, title: str) -> LessonDocument:
        """A new lesson file (written by ``save``); it needs an exercise to be valid."""
        if Path(path).exists():
            raise LessonFileError(f"{path}: the file exists already")
        _check_id(lesson_id, "lesson")
        doc = tomlkit.document()
        doc.add("id", lesson_id)
        doc.add("title", tomlstyle.text_item(title))
        return cls(path, doc.as_string(), on_disk=None)

    # --- the lesson ----------------------------------------------------------------------

    def set_lesson_field(self, key: str, value: Any) -> None:
        if key not in LESSON_KEYS:
            raise LessonEditError(f'a lesson has no key "{key}"')
        tomlstyle.set_value(self.doc, key, value, order=LESSON_KEYS)

    # --- exercises -------------------------------------------------------------------------

    def exercises(self) -> list[dict[str, Any]]:
        """Every exercise, as plain data (a copy: change it through this document)."""
        aot = self.doc.get("exercises")
        return [table.unwrap() for table in aot.body] if isinstance(aot, AoT) else []

    def exercise_ids(self) -> list[str]:
        """Read from the tables as they are: unwrapping every exercise on each call made
        adding n exercises take time in n² (a 1,000-question import, 25 s)."""
        aot = self.doc.get("exercises")
        return [str(table.get("id", "")) for table in aot.body] if isinstance(aot, AoT) else []

    def exercise(self, ref: str) -> dict[str, Any]:
        return self._table(ref).unwrap()

    def add_exercise(
        self,
        kind: str,
        exercise_id: str,
        title: str,
        *,
        fields: Mapping[str, Any] | None = None,
        index: int | None = None,
        comment: str = "",
    ) -> str:
        """Add an exercise (at ``index``, else last) with ``fields`` besides id, kind and
        title, in the order given; ``comment`` goes just below its header."""
        if kind not in KINDS:
            raise LessonEditError(f'"{kind}" is not an exercise kind: one of {", ".join(KINDS)}')
        _check_id(exercise_id, "exercise")
        if exercise_id in self.exercise_ids():
            raise LessonEditError(f'the lesson has an exercise "{exercise_id}" already')
        table = tomlkit.table()
        for line in comment.splitlines():
            table.add(tomlkit.comment(line))
        table.add("id", exercise_id)
        table.add("kind", kind)
        table.add("title", tomlstyle.text_item(title))
        for key, value in (fields or {}).items():
            if key in {"id", "kind", "title"}:
                raise LessonEditError(f'"{key}" is given as an argument of its own')
            _check_key(key, kind, part=False)
            table.add(key, tomlstyle.to_item(value))
        aot = self.doc.get("exercises")
        if aot is None:
            aot = tomlkit.aot()
            self.doc.append("exercises", aot)
        elif not isinstance(aot, AoT):
            raise LessonEditError("the exercises are not written as [[exercises]] tables")
        tomlstyle.insert_table(aot, len(aot.body) if index is None else index, table, self.doc)
        return exercise_id

    def remove_exercise(self, ref: str) -> None:
        aot, index = self._locate(ref)
        tomlstyle.remove_table(aot, index, self.doc)

    def move_exercise(self, ref: str, index: int) -> None:
        """Move an exercise (or a part within its analogy) to place ``index``."""
        aot, old = self._locate(ref)
        tomlstyle.move_table(aot, old, index)

    def set_field(self, ref: str, key: str, value: Any) -> None:
        """Set one key of an exercise or part; ``None`` removes it."""
        table = self._table(ref)
        _check_key(key, str(table.get("kind", "")), part="step" in table)
        if key == "id":
            _check_id(value, "exercise")
            aot, index = self._locate(ref)
            taken = [str(t.get("id")) for n, t in enumerate(aot.body) if n != index]
            if value in taken:
                raise LessonEditError(f'the id "{value}" is taken')
        tomlstyle.set_value(table, key, value, order=EXERCISE_KEYS)

    # --- entries of an exercise's lists: options, pairs, hints, rubric, parts, key --------

    def entries(self, ref: str, name: str) -> list[dict[str, Any]]:
        found = self._table(ref).get(name)
        return [dict(entry.unwrap()) for entry in _list_body(found)] if found else []

    def add_entry(
        self, ref: str, name: str, fields: Mapping[str, Any], *, index: int | None = None
    ) -> int:
        """Add an entry to list ``name``, written in the list's own style; its place."""
        table = self._table(ref)
        _check_key(name, str(table.get("kind", "")), part="step" in table)
        if name not in LISTS:
            raise LessonEditError(f'"{name}" is not a list of entries')
        found = table.get(name)
        if isinstance(found, Array) and len(found):
            position = len(found) if index is None else max(0, min(index, len(found)))
            spaced = tomlstyle.spaced_like(found)
            found.insert(position, tomlstyle.inline_table(fields, spaced=spaced))
            return position
        if not isinstance(found, AoT):
            tomlstyle.set_value(table, name, None)
            found = tomlkit.aot()
            table.append(name, found)
        position = len(found.body) if index is None else max(0, min(index, len(found.body)))
        entry = tomlstyle.to_item(dict(fields))
        assert isinstance(entry, Table)  # a mapping always becomes a table
        tomlstyle.insert_table(found, position, entry, table.value)
        return position

    def set_entry_field(self, ref: str, name: str, index: int, key: str, value: Any) -> None:
        entry = self._entry(ref, name, index)
        tomlstyle.set_value(entry, key, value, order=SPAN_KEYS if name == "key" else ())

    def remove_entry(self, ref: str, name: str, index: int) -> None:
        table = self._table(ref)
        self._entry(ref, name, index)
        found = table[name]
        if isinstance(found, Array):
            del found[index]
            return
        if len(found.body) > 1:
            tomlstyle.remove_table(found, index, table.value)
            return
        tail = tomlstyle.detach_tail(found)
        del table[name]
        tomlstyle.set_value(table, name, [], order=EXERCISE_KEYS)
        tomlstyle.attach_tail(found, tail, tomlstyle.deep_end(table.value))

    def move_entry(self, ref: str, name: str, index: int, new_index: int) -> None:
        self._entry(ref, name, index)
        found = self._table(ref)[name]
        if isinstance(found, Array):
            entry = found[index]
            del found[index]
            found.insert(new_index, entry)
        else:
            tomlstyle.move_table(found, index, new_index)

    # --- key spans ----------------------------------------------------------------------

    def key_spans(self, ref: str) -> list[dict[str, Any]]:
        """The key spans of a marking exercise, each with its ``id`` filled in."""
        spans = self.entries(ref, "key")
        return [{**span, "id": span.get("id", f"k{n + 1}")} for n, span in enumerate(spans)]

    def add_key_span(
        self,
        ref: str,
        start: int,
        end: int,
        label: str,
        explanation: str,
        article_text: str,
        *,
        span_id: str | None = None,
    ) -> str:
        """Add ``article_text[start:end]`` to the key with ``label``; its span id."""
        self._check_label(ref, label)
        quote = quote_for(article_text, start, end, words=True)
        taken = {span["id"] for span in self.key_spans(ref)}
        if span_id is None:
            span_id = unique_id(slugify(quote.exact, max_words=4, max_length=32) or "span", taken)
        elif span_id in taken:
            raise LessonEditError(f'the key has a span "{span_id}" already')
        _check_id(span_id, "key span")
        fields = {"id": span_id, "quote": quote.exact, "prefix": quote.prefix}
        fields |= {"suffix": quote.suffix, "label": label, "explanation": explanation}
        self.add_entry(ref, "key", {key: value for key, value in fields.items() if value})
        return span_id

    def update_key_span(
        self,
        ref: str,
        span_id: str,
        *,
        start: int | None = None,
        end: int | None = None,
        article_text: str | None = None,
        label: str | None = None,
        explanation: str | None = None,
    ) -> None:
        """Change a key span's passage (``start``, ``end`` and ``article_text`` together),
        label or explanation; an empty explanation removes it."""
        index = self._span_index(ref, span_id)
        if label is not None:
            self._check_label(ref, label)
            self.set_entry_field(ref, "key", index, "label", label)
        if explanation is not None:
            self.set_entry_field(ref, "key", index, "explanation", explanation or None)
        if start is not None or end is not None or article_text is not None:
            if start is None or end is None or article_text is None:
                raise LessonEditError("a new passage needs start, end and the article's text")
            quote = quote_for(article_text, start, end, words=True)
            self.set_entry_field(ref, "key", index, "quote", quote.exact)
            self.set_entry_field(ref, "key", index, "prefix", quote.prefix or None)
            self.set_entry_field(ref, "key", index, "suffix", quote.suffix or None)

    def remove_key_span(self, ref: str, span_id: str) -> None:
        """Remove a span. Later spans without an id get the one they had (``k3``...)
        written in, so that reports keep naming them the same."""
        index = self._span_index(ref, span_id)
        spans = self.entries(ref, "key")
        for later in range(index + 1, len(spans)):
            if "id" not in spans[later]:
                self.set_entry_field(ref, "key", later, "id", f"k{later + 1}")
        self.remove_entry(ref, "key", index)

    # --- finding things -------------------------------------------------------------------

    def _locate(self, ref: str) -> tuple[AoT, int]:
        exercise_id, _, part_id = ref.partition("/")
        aot = self.doc.get("exercises")
        index = _index_of(aot, exercise_id, "exercise")
        assert isinstance(aot, AoT)  # _index_of found the exercise in it
        if not part_id:
            return aot, index
        parts = aot.body[index].get("parts")
        part = _index_of(parts, part_id, f'part of "{exercise_id}"')
        assert isinstance(parts, AoT)
        return parts, part

    def _table(self, ref: str) -> Table:
        aot, index = self._locate(ref)
        return aot.body[index]

    def _entry(self, ref: str, name: str, index: int) -> Table | InlineTable:
        found = self._table(ref).get(name)
        body = _list_body(found) if found is not None else []
        if not 0 <= index < len(body):
            raise LessonEditError(f'"{ref}" has no {name} entry number {index + 1}')
        return body[index]

    def _span_index(self, ref: str, span_id: str) -> int:
        for index, span in enumerate(self.key_spans(ref)):
            if span["id"] == span_id:
                return index
        raise LessonEditError(f'"{ref}" has no key span "{span_id}"')

    def _check_label(self, ref: str, label: str) -> None:
        table = self._table(ref)
        if table.get("kind") != "mark":
            raise LessonEditError(f'"{ref}" is not a marking exercise')
        labels = table.get("labels")
        if labels is not None and label not in labels:
            raise LessonEditError(f'"{label}" is not one of the labels of "{ref}"')


def _index_of(aot: Any, wanted: str, what: str) -> int:
    if isinstance(aot, AoT):
        for index, table in enumerate(aot.body):
            if table.get("id") == wanted:
                return index
    elif isinstance(aot, Array):
        raise LessonEditError(f"the {what}s are written inline; write each as a [[table]]")
    raise LessonEditError(f'no {what} "{wanted}"')


def _list_body(found: Any) -> list[Any]:
    if isinstance(found, AoT):
        return list(found.body)
    if isinstance(found, Array):
        return [entry for entry in found if isinstance(entry, InlineTable)]
    return []


def _check_id(value: Any, what: str) -> None:
    if not isinstance(value, str) or not is_id(value):
        raise LessonEditError(
            f"{value!r} is not a valid {what} id: use lower-case letters, digits, '-' and '_'"
        )


@functools.cache
def _schema_definitions() -> dict[str, Any]:
    path = bundled_dir("resources") / "schema" / "lesson.schema.json"
    return json.loads(path.read_text(encoding="utf-8"))["$defs"]


def _check_key(key: str, kind: str, *, part: bool) -> None:
    definitions = _schema_definitions()
    known = set(definitions["common"]["properties"])
    known |= set(definitions.get(kind, {}).get("properties", {}))
    if part:
        known.add("step")
    if key not in known:
        raise LessonEditError(f'a "{kind or "?"}" exercise has no key "{key}"')
