"""Building one lesson's exercises from its checked TOML, with the rules a schema cannot say.

The schema has already vouched for keys and types; this module checks ids, label
references, the quotes of answer keys (anchored to the article here) and whether each
exercise can be scored at all, and builds the immutable exercise objects. Checks that
need the grading rule itself (a rubric a gaming answer meets) are handed in by the
caller as a ``ShortCheck``: grading sits above this room.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from itertools import pairwise
from typing import Any

from closeread.core.files.problems import ProblemList
from closeread.core.pack.anchoring import AnchorError, Anchors, TextQuote
from closeread.core.pack.choice_audit import (
    Placed,
    check_longest_right,
    right_index,
    unshuffled_single,
)
from closeread.core.pack.model import (
    AnalogyExercise,
    AnalogyPart,
    AnyExercise,
    Article,
    ChoiceExercise,
    ChoiceOption,
    Hint,
    KeySpan,
    Label,
    Lesson,
    MarkExercise,
    MatchExercise,
    MatchPair,
    RubricItem,
    ShortAnswerExercise,
    WritingExercise,
)
from closeread.core.pack.places import Places, Where
from closeread.core.pack.rendering import MAX_PROSE_CHARS, refusal
from closeread.core.pack.writing import build_writing
from closeread.core.toml.read import TomlFile

# Warnings about a short answer's rubric from a room above this one (the grading rule:
# closeread.core.kinds.short.rubric_warnings); placed at the exercise's "rubric".
ShortCheck = Callable[[ShortAnswerExercise], list[str]]
_WORD = re.compile(r"\w")
# The keys whose strings are Markdown, wherever they stand in a lesson file.
PROSE_KEYS = {
    "intro", "prompt", "explanation", "text", "feedback", "model_answer", "commentary",
}  # fmt: skip
# ... a lesson's discussion prompts (a list), and pack.toml's glossary and source cards.
PROSE_KEYS |= {"discussion", "definition", "body"}


class ExerciseBuilder:
    def __init__(
        self,
        toml: TomlFile,
        article: Article,
        labels: tuple[Label, ...],
        label_credit: Mapping[tuple[str, str], float],
        theta: float,
        edition: str,
        problems: ProblemList,
        short_check: ShortCheck | None = None,
        anchors: Anchors | None = None,
    ) -> None:
        self.toml = toml
        self.article = article
        if anchors is None:  # the quotes of this lesson alone
            anchors = Anchors(article.text, quotes_in(toml.data))
        self.anchors = anchors
        self.label_ids = tuple(label.id for label in labels)
        self.label_credit = label_credit
        self.theta = theta
        self.key_hidden = edition == "assessment"
        self.problems = problems
        self.places = Places()  # "lesson/exercise[/part]": where it is written
        self.short_check = short_check
        self.unshuffled: list[Placed] = []  # for the pack-wide position check

    def error(self, message: str, *where: str | int) -> None:
        self.problems.error(self.toml.shown_path, message, *self.toml.at(*where))

    def warning(self, message: str, *where: str | int) -> None:
        self.problems.warning(self.toml.shown_path, message, *self.toml.at(*where))

    def lesson(self) -> Lesson:
        data = self.toml.data
        self.lesson_id = str(data["id"])
        self.check_prose_lengths(data, ())
        exercises: list[AnyExercise] = []
        seen: set[str] = set()
        for index, entry in enumerate(data["exercises"]):
            where = ("exercises", index)
            if entry["id"] in seen:
                self.error(f'duplicate exercise id "{entry["id"]}"', *where, "id")
                continue
            seen.add(entry["id"])
            exercises.append(self.exercise(entry, where))
        return Lesson(
            id=data["id"],
            title=data["title"],
            exercises=tuple(exercises),
            intro=data.get("intro", ""),
            requires=tuple(data.get("requires", ())),
            discussion=tuple(prompt.strip() for prompt in data.get("discussion", ())),
        )

    def check_prose_lengths(self, node: Any, where: Where) -> None:
        """Markdown the app would not render (too long, or too many Markdown marks) is an
        error here, not a surprise."""
        if isinstance(node, dict):
            for key, value in node.items():
                if key in PROSE_KEYS and isinstance(value, list):  # discussion prompts
                    texts = [((*where, key, index), item) for index, item in enumerate(value)]
                else:
                    texts = [((*where, key), value)]
                for at, text in texts:
                    if key in PROSE_KEYS and isinstance(text, str):
                        self.check_prose(text, at)
                    else:
                        self.check_prose_lengths(text, at)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                self.check_prose_lengths(value, (*where, index))

    def check_prose(self, text: str, at: Where) -> None:
        name = next(part for part in reversed(at) if isinstance(part, str))
        if len(text) > MAX_PROSE_CHARS:
            self.error(
                f'"{name}" is {len(text):,} characters long; at most {MAX_PROSE_CHARS:,}', *at
            )
        elif refusal(text):
            self.error(f'"{name}" cannot be formatted: {refusal(text)}', *at)

    def exercise(self, entry: dict[str, Any], where: Where) -> AnyExercise:
        builders: dict[str, Callable[[dict[str, Any], Where, dict[str, Any]], AnyExercise]] = {
            "mark": self.mark,
            "choice": self.choice,
            "short": self.short,
            "match": self.match,
            "analogy": self.analogy,
            "writing": lambda entry, where, common: build_writing(self, entry, where, common),
        }
        build = builders[entry["kind"]]
        exercise = build(entry, where, self.common(entry, where))
        ids = [str(self.toml.data["exercises"][where[1]]["id"])] if len(where) > 2 else []
        place = "/".join([self.lesson_id, *ids, str(entry["id"])])
        self.places.note(place, self.toml, where)
        return exercise

    def common(self, entry: dict[str, Any], where: Where) -> dict[str, Any]:
        hints = tuple(Hint(h["text"], float(h.get("cost", 0))) for h in entry.get("hints", ()))
        points = float(entry.get("points", 1))
        if sum(hint.cost for hint in hints) > points:
            self.warning("the hints cost more than the exercise is worth", *where, "hints")
        return {
            "id": entry["id"],
            "title": entry["title"],
            "prompt": entry.get("prompt", ""),
            "points": points,
            "attempts": entry.get("attempts", 3),
            "counts": entry.get("counts", "best"),
            "hints": hints,
            "explanation": entry.get("explanation", ""),
            "show_marks_from": entry.get("show_marks_from", ""),
            "card": entry.get("card", ""),
            "key_hidden": self.key_hidden,
        }

    def mark(self, entry: dict[str, Any], where: Where, common: dict[str, Any]) -> MarkExercise:
        labels = tuple(entry.get("labels", self.label_ids))
        for index, label in enumerate(entry.get("labels", ())):
            if label not in self.label_ids:
                self.error(f'unknown label "{label}"', *where, "labels", index)
            elif label in entry["labels"][:index]:
                self.warning(f'label "{label}" is listed twice', *where, "labels", index)
        if len(labels) > 9:
            self.warning(
                f"{len(labels)} labels: only the first 9 get a number key", *where, "labels"
            )
        key: list[KeySpan] = []
        seen_ids: set[str] = set()
        for index, item in enumerate(entry.get("key", ())):
            at = (*where, "key", index)
            span_id = item.get("id", f"k{index + 1}")
            if span_id in seen_ids:
                self.error(f'duplicate key span id "{span_id}"', *at, "id")
            seen_ids.add(span_id)
            if item["label"] not in labels:
                known = "the pack's labels" if "labels" not in entry else "this exercise's labels"
                self.error(f'unknown label "{item["label"]}": not one of {known}', *at, "label")
            quote = TextQuote(item["quote"], item.get("prefix", ""), item.get("suffix", ""))
            if not _WORD.search(item["quote"]):
                self.error(
                    "the quote has no word in it, so no mark can match it: "
                    + _shorten(item["quote"]),
                    *at,
                    "quote",
                )
                continue
            try:
                start, end = self.anchors.anchor(quote)
            except AnchorError as error:
                self.error(f"{error}: {_shorten(item['quote'])}", *at, "quote")
                continue
            if not item.get("explanation") and not self.key_hidden:
                self.warning("this key span has no explanation for students", *at)
            key.append(
                KeySpan(
                    start, end, item["label"], item["quote"], item.get("explanation", ""), span_id
                )
            )
        if self.key_hidden and key:
            self.warning("an assessment edition should not carry a key", *where, "key")
        if not key and not self.key_hidden and not entry.get("key"):
            self.warning("the key is empty: every mark will count as extra", *where, "key")
        self.check_overlaps(key, where)
        return MarkExercise(
            **common,
            labels=labels,
            key=tuple(key),
            theta=float(entry.get("theta", self.theta)),
            label_credit=self.label_credit,
        )

    def check_overlaps(self, key: list[KeySpan], where: Where) -> None:
        ordered = sorted(enumerate(key), key=lambda pair: pair[1].start)
        for (_, left), (index, right) in pairwise(ordered):
            if right.start < left.end and right.label == left.label:
                self.warning(
                    f'key spans "{left.id}" and "{right.id}" overlap with the same label',
                    *where,
                    "key",
                    index,
                )

    def choice(self, entry: dict[str, Any], where: Where, common: dict[str, Any]) -> ChoiceExercise:
        options = tuple(
            ChoiceOption(option["text"], option.get("weight", 0) / 100, option.get("feedback", ""))
            for option in entry["options"]
        )
        texts = [option.text for option in options]
        for index, text in enumerate(texts):
            if text in texts[:index]:
                self.warning(f"two options read {_shorten(text)}", *where, "options", index)
        multiple = entry.get("multiple", False)
        if not self.key_hidden:
            if not multiple and max(option.weight for option in options) < 1:
                self.error("no option is worth full points (weight = 100)", *where, "options")
            if multiple:
                total = sum(option.weight for option in options if option.weight > 0)
                if total < 0.995:
                    self.error(
                        f"the right options add up to {total * 100:g}%, not 100%: "
                        "nobody can get full points",
                        *where,
                        "options",
                    )
                elif total > 1.005:
                    self.warning(
                        f"the right options add up to {total * 100:g}%; scores are capped at 100%",
                        *where,
                        "options",
                    )
        exercise = ChoiceExercise(
            **common, options=options, multiple=multiple, shuffle=entry.get("shuffle", True)
        )
        check_longest_right(exercise, self.warning, *where)
        if unshuffled_single(exercise):
            right = right_index(exercise)
            at = self.toml.at(*where, "options", right)
            self.unshuffled.append(Placed(exercise, self.toml.shown_path, at, right))
        return exercise

    def short(
        self, entry: dict[str, Any], where: Where, common: dict[str, Any]
    ) -> ShortAnswerExercise:
        rubric = tuple(
            RubricItem(
                item["name"], tuple(item["terms"]), item["weight"] / 100, item.get("feedback", "")
            )
            for item in entry.get("rubric", ())
        )
        accepted = tuple(entry.get("accept", ()))
        if not self.key_hidden and not accepted and not rubric:
            self.warning(
                "no accepted answers and no rubric: every answer goes to the teacher for review",
                *where,
            )
        total = sum(item.weight for item in rubric)
        if rubric and total > 1.005:
            self.error(
                f"the rubric's weights add up to {total * 100:g}%, more than 100%", *where, "rubric"
            )
        exercise = ShortAnswerExercise(
            **common,
            accepted=accepted,
            rubric=rubric,
            model_answer=entry.get("model_answer", ""),
            auto_score=entry.get("auto_score", False),
        )
        if self.short_check is not None and not self.key_hidden:
            for message in self.short_check(exercise):
                self.warning(message, *where, "rubric")
        return exercise

    def match(self, entry: dict[str, Any], where: Where, common: dict[str, Any]) -> MatchExercise:
        pairs = tuple(
            MatchPair(pair["left"], pair["right"], pair.get("explanation", ""))
            for pair in entry["pairs"]
        )
        distractors = tuple(entry.get("distractors", ()))
        for side, items in (
            ("left", [p.left for p in pairs]),
            ("right", [p.right for p in pairs] + list(distractors)),
        ):
            repeated = sorted({item for item in items if items.count(item) > 1})
            for item in repeated:
                self.error(f"{_shorten(item)} appears twice on the {side} side", *where, "pairs")
        return MatchExercise(
            **common,
            pairs=pairs,
            distractors=distractors,
            left_title=entry.get("left_title", ""),
            right_title=entry.get("right_title", ""),
        )

    def analogy(
        self, entry: dict[str, Any], where: Where, common: dict[str, Any]
    ) -> AnalogyExercise:
        parts: list[AnalogyPart] = []
        seen: set[str] = set()
        for index, part in enumerate(entry["parts"]):
            at = (*where, "parts", index)
            if part["id"] in seen:
                self.error(f'duplicate part id "{part["id"]}"', *at, "id")
                continue
            seen.add(part["id"])
            for unused in ("attempts", "counts"):
                if unused in part:
                    self.warning(
                        f'"{unused}" has no effect on a part: the analogy\'s own counts',
                        *at,
                        unused,
                    )
            if "card" in part:
                self.warning(
                    '"card" has no effect on a part: name the card on the analogy', *at, "card"
                )
            built = self.exercise(part, at)
            # the schema allows no nesting, and no writing task in a part
            assert not isinstance(built, AnalogyExercise | WritingExercise)
            parts.append(AnalogyPart(part["step"], built))
        if "points" in entry:
            self.warning(
                'an analogy is worth the sum of its parts\' points; this "points" is not used',
                *where,
                "points",
            )
        common["points"] = sum(part.exercise.points for part in parts)
        return AnalogyExercise(**common, parts=tuple(parts))


def quotes_in(lesson: Mapping[str, Any]) -> Iterator[TextQuote]:
    """The quote of every key span of a lesson's marking exercises, analogy parts too."""
    for exercise in lesson.get("exercises", ()):
        for entry in (exercise, *exercise.get("parts", ())):
            if entry.get("kind") == "mark":
                for item in entry.get("key", ()):
                    yield TextQuote(item["quote"], item.get("prefix", ""), item.get("suffix", ""))


def _shorten(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return f'"{flat}"' if len(flat) <= limit else f'"{flat[: limit - 1]}…"'
