"""Matching: each left item goes with one right item; distractors match nothing.

The answer is ``{"matches": [[left_index, right_index], ...]}``: ``left_index`` indexes
``exercise.pairs``, ``right_index`` the list :func:`rights` (the pairs' right items,
then the distractors); each left item at most once. Each left item matched to its own
right item earns an equal share of the points. The assessment edition lists the right
items sorted (:func:`assessment_rights`), so its answers are mapped back.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from closeread.core.grading.result import Grade, PairOutcome
from closeread.core.grading.verdicts import NOT_MATCHED, item_verdict
from closeread.core.i18n import translate
from closeread.core.kinds.base import (
    Checks,
    Kind,
    PartAnalyser,
    Scoring,
    Writer,
    describe,
    html_text,
    inline,
    is_int,
    key_table,
    prose_html,
    scored,
    sentence,
)
from closeread.core.kinds.stats import PairStat
from closeread.core.pack.model import MatchExercise


def rights(exercise: MatchExercise) -> list[str]:
    """The right-hand items answers index: the pairs' own, then the distractors."""
    return [pair.right for pair in exercise.pairs] + list(exercise.distractors)


def right_order(text: str) -> tuple[str, str]:
    """How the assessment edition sorts the right-hand items."""
    return (text.casefold(), text)


def assessment_rights(exercise: MatchExercise) -> list[str]:
    """The right-hand items in the order the assessment edition lists them."""
    return sorted(rights(exercise), key=right_order)


class MatchKind(Kind):
    name = "match"
    field = "matches"
    assessment_fields = ("left_title", "right_title", "pairs", "distractors")

    def blanks(self, exercise: MatchExercise, data: Mapping[str, Any]) -> int:
        return len(exercise.pairs) - len({left for left, _right in data["matches"]})

    def check(self, exercise: MatchExercise, value: object, checks: Checks) -> None:
        n_left = len(exercise.pairs)
        n_right = n_left + len(exercise.distractors)
        seen: set[int] = set()
        for number, pair in enumerate(checks.items(value, "matches", n_left), start=1):
            if not isinstance(pair, list | tuple) or len(pair) != 2:
                raise checks.fail(f"match {number} should be [left, right], got {describe(pair)}")
            left = checks.index(pair[0], n_left, f"match {number}: left item")
            checks.index(pair[1], n_right, f"match {number}: right item")
            if left in seen:
                raise checks.fail(f"match {number}: left item {left} is matched twice")
            seen.add(left)

    def grade(self, exercise: MatchExercise, answer: Mapping[str, Any], scoring: Scoring) -> Grade:
        right_items = rights(exercise)
        chosen: dict[int, int] = {left: right for left, right in answer["matches"]}
        items = tuple(
            PairOutcome(
                index,
                chosen.get(index),
                index in chosen and right_items[chosen[index]] == pair.right,
                pair.explanation,
            )
            for index, pair in enumerate(exercise.pairs)
        )
        right = sum(item.correct for item in items)
        return scored(exercise, right / len(items) if items else 0.0, items=items)

    def feedback(self, exercise: MatchExercise, result: Grade, writer: Writer) -> list[str]:
        pairs = [item for item in result.items if isinstance(item, PairOutcome)]
        right = sum(item.correct for item in pairs)
        matched = translate("Feedback", "You matched {right} of {total} correctly.")
        lines = [matched.format(right=right, total=len(pairs)), ""]
        for item in pairs:
            pair = exercise.pairs[item.left]
            verdict = item_verdict(item.correct, final=writer.reveal)
            if item.chosen is None and not item.correct:
                verdict = NOT_MATCHED
            if item.correct:
                lines.append(f"- {verdict.symbol} {inline(pair.left)} → {inline(pair.right)}")
            elif not writer.reveal:
                word = verdict.shown
                lines.append(
                    f"- {verdict.symbol} {inline(pair.left)}: {word[:1].lower()}{word[1:]}."
                )
            else:
                why = f" {inline(item.explanation)}" if item.explanation else ""
                goes = translate("Feedback", "{left} goes with “{right}”")
                goes = sentence(goes.format(left=inline(pair.left), right=inline(pair.right)))
                lines.append(f"- {verdict.symbol} {goes}{why}")
        return lines

    def analyse(self, exercise: MatchExercise, graded: Sequence[Grade], part: PartAnalyser) -> dict:
        right_items = rights(exercise)
        wrong: Counter[int] = Counter()
        chosen: dict[int, Counter[str]] = {i: Counter() for i in range(len(exercise.pairs))}
        for result in graded:
            for item in result.items:
                if isinstance(item, PairOutcome) and not item.correct:
                    wrong[item.left] += 1
                    if item.chosen is not None:
                        chosen[item.left][right_items[item.chosen]] += 1
        stats = [
            PairStat(
                pair.left,
                pair.right,
                wrong[i],
                chosen[i].most_common(1)[0][0] if chosen[i] else "",
            )
            for i, pair in enumerate(exercise.pairs)
        ]
        stats.sort(key=lambda stat: -stat.wrong)
        return {"pairs": tuple(stats)}

    def answer_html(self, exercise: MatchExercise, answer: Any) -> str:
        right_items = rights(exercise)
        pairs = [
            f"{html_text(exercise.pairs[left].left)} → {html_text(right_items[right])}"
            for left, right in answer.get("matches", ())
        ]
        return "; ".join(pairs) or "nothing matched"

    def key_html(self, exercise: MatchExercise, labels: Mapping[str, tuple[str, str]]) -> str:
        return "; ".join(
            f"{html_text(pair.left)} → {html_text(pair.right)}" for pair in exercise.pairs
        )

    def full_key_html(self, exercise: MatchExercise, labels: Mapping[str, tuple[str, str]]) -> str:
        left, right = exercise.left_title or "Item", exercise.right_title or "Matches"
        rows = [
            (html_text(pair.left), html_text(pair.right), prose_html(pair.explanation))
            for pair in exercise.pairs
        ]
        extra = ""
        if exercise.distractors:
            extra = (
                "<p>Matching nothing: " + "; ".join(map(html_text, exercise.distractors)) + "</p>"
            )
        return key_table((html_text(left), html_text(right), "Why"), rows) + extra

    def signature(self, exercise: MatchExercise) -> tuple:
        return ("match", tuple(pair.left for pair in exercise.pairs), tuple(rights(exercise)))

    def assessment_entry(self, entry: Mapping[str, Any]) -> dict[str, Any]:
        kept = super().assessment_entry(entry)
        lefts = [pair["left"] for pair in entry["pairs"]]
        right_items = [pair["right"] for pair in entry["pairs"]] + list(
            entry.get("distractors", ())
        )
        right_items.sort(key=right_order)
        kept["pairs"] = [
            {"left": left, "right": right} for left, right in zip(lefts, right_items, strict=False)
        ]
        kept.pop("distractors", None)
        if right_items[len(lefts) :]:
            kept["distractors"] = right_items[len(lefts) :]
        return kept

    def from_assessment(self, exercise: MatchExercise, answer: Mapping[str, Any]) -> dict[str, Any]:
        if not isinstance(answer.get("matches"), list):
            return dict(answer)
        shown = assessment_rights(exercise)
        position = {text: index for index, text in enumerate(rights(exercise))}
        matches = []
        for pair in answer["matches"]:
            if isinstance(pair, list) and len(pair) == 2 and _in_range(pair[1], len(shown)):
                pair = [pair[0], position[shown[pair[1]]]]
            matches.append(pair)
        return {**answer, "matches": matches}


def _in_range(value: object, size: int) -> bool:
    return is_int(value) and 0 <= value < size


MATCH = MatchKind()
