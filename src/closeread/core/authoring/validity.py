"""Is every score a pack can give one a teacher would sign? The checker's validity audit.

``closeread check`` (and the pack editor's problems) runs the pack's own key through the
scoring rule as a few archetypal students would answer (:mod:`closeread.core.grading.
archetypes`) and warns, at the exercise's line, where the numbers would mislead:

- a strategy that needs no reading (every sentence of the key's paragraphs, with one
  label or every label; every paragraph that holds a key) scores above 0.40 (every
  sentence of the article with every label scores less than its paragraphs' share);
- marking the whole sentences around the key, as a prompt that says "mark whole
  sentences" asks, scores under 0.85;
- a short answer's rubric is met in full by a salad of its own terms, or by a sentence
  denying them (:func:`closeread.core.kinds.short.rubric_warnings`, handed to the loader,
  which knows each rubric's line).

Warnings, not errors: the pack still loads, and the teacher decides (re-key, or accept).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping

from closeread.core.files.problems import Place, Problem
from closeread.core.grading.archetypes import archetype_scores, mark_exercises
from closeread.core.kinds.short import rubric_warnings
from closeread.core.pack.load import LoadResult, load_pack
from closeread.core.pack.model import Pack

MAX_BLANKET = 0.40
# Marking every sentence of the article scores no more than marking those of the key's
# paragraphs (the rule never rewards a mark that meets no key span), so the audit needs
# only the paragraphs' archetypes.
MIN_STRONG = 0.85
BLANKETS = {
    "sentences_one_label": "every sentence of the paragraphs that hold the key, with one label",
    "sentences_all_labels": "every sentence of those paragraphs, with every label",
    "paragraphs": "every paragraph that holds the key, whole",
}


def check_pack(path: str | os.PathLike[str]) -> LoadResult:
    """:func:`load_pack`, with the validity audit's warnings after the loader's problems."""
    result = load_pack(path, short_check=rubric_warnings)
    if result.pack is None:
        return result
    audit = validity_problems(result.pack, result.places)
    return dataclasses.replace(result, problems=(*result.problems, *audit))


def check_summary(path: str | os.PathLike[str], result: LoadResult) -> str:
    """The line ``closeread check`` prints for a pack without errors:
    ``PATH: ok, 5 lessons, 45 exercises`` (and its warnings, counted)."""
    assert result.pack is not None
    lessons = result.pack.lessons
    exercises = sum(len(lesson.exercises) for lesson in lessons)
    warnings = sum(problem.severity == "warning" for problem in result.problems)
    parts = [_count(len(lessons), "lesson"), _count(exercises, "exercise")]
    if warnings:
        parts.append(_count(warnings, "warning"))
    return f"{os.fspath(path)}: ok, {', '.join(parts)}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def validity_problems(pack: Pack, places: Mapping[str, Place]) -> list[Problem]:
    """A warning for each marking exercise whose scores would mislead."""
    if pack.edition != "full":
        return []  # an assessment edition has no key to audit
    problems = []
    for path, exercise in mark_exercises(pack):
        place = places.get(path, Place(path))
        scores = archetype_scores(pack, exercise, ("strong", *BLANKETS))
        for name, what in BLANKETS.items():
            if scores[name] > MAX_BLANKET:
                problems.append(
                    _warning(
                        place,
                        f"{exercise.id}: a student who marks {what} scores "
                        f"{scores[name]:.2f} without reading (at most {MAX_BLANKET:.2f} is fair); "
                        "key more of the passages, or narrow the exercise's labels",
                    )
                )
        if scores["strong"] < MIN_STRONG:
            problems.append(
                _warning(
                    place,
                    f"{exercise.id}: marking the whole sentences around the key scores only "
                    f"{scores['strong']:.2f} (at least {MIN_STRONG:.2f} is fair); "
                    "key whole sentences, or the exact words a student should mark",
                )
            )
    return problems


def _warning(place: Place, message: str) -> Problem:
    return Problem(place.path, message, place.line, place.column, "warning")
