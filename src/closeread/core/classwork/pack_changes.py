"""What students will see change when a new copy of a pack takes the place of theirs.

Re-scoring with a pack folder installs it, and the student app opens the newest copy,
so a teacher who fixed one key also hands out every other edit in that folder (a
retitled exercise, a reworded prompt). Before that happens the teacher is told, in
plain words: the pack's own texts, then lesson by lesson and exercise by exercise
what differs between the copy students have now and the new one.
"""

from __future__ import annotations

from dataclasses import dataclass

import msgspec

from closeread.core.pack.model import AnyExercise, Lesson, Pack

# Exercise fields, in the words a teacher uses; a field not named here is told by its
# own name, so a new field is never silently left out.
_FIELDS = {
    "prompt": "the instructions",
    "points": "the points",
    "attempts": "the attempts allowed",
    "counts": "which attempt counts",
    "hints": "the hints",
    "explanation": "the explanation after checking",
    "show_marks_from": "the marks shown from another exercise",
    "card": "the source card shown beside it",
    "labels": "the labels students may use",
    "key": "the answer key",
    "theta": "how much of a passage must be marked",
    "label_credit": "the credit for a near-miss label",
    "options": "the options or their weights and feedback",
    "multiple": "whether several options may be chosen",
    "shuffle": "whether the options are shuffled",
    "accepted": "the accepted answers",
    "rubric": "the rubric",
    "model_answer": "the model answer",
    "auto_score": "whether a full rubric score needs you",
    "pairs": "the pairs to match",
    "distractors": "the extra items to match",
    "left_title": "the heading of the left column",
    "right_title": "the heading of the right column",
    "words": "the word-count guide",
    "criteria": "the criteria",
    "exemplars": "the exemplars",
    "parts": "its parts",
}
_IGNORED = {"id", "title", "kind", "key_hidden"}


@dataclass(frozen=True)
class ContentChanges:
    pack: tuple[str, ...]  # the pack's own texts, lessons added or removed
    exercises: dict[tuple[str, str], tuple[str, ...]]  # (lesson id, exercise id) -> changes

    @property
    def any(self) -> bool:
        return bool(self.pack or self.exercises)


def content_changes(old: Pack | None, new: Pack) -> ContentChanges:
    """What differs for students between ``old`` (what they have now, if any) and ``new``."""
    if old is None:
        return ContentChanges((f'"{new.title}" is new to this computer',), {})
    if old.content_hash == new.content_hash:
        return ContentChanges((), {})
    pack: list[str] = []
    if old.title != new.title:
        pack.append(f'its title: "{old.title}" → "{new.title}"')
    for name, what in (
        ("description", "its description"),
        ("notes", "the teacher notes"),
        ("glossary", "the glossary"),
        ("cards", "the source cards"),
        ("labels", "the labels"),
        ("source", "what it says about the article's source"),
    ):
        if getattr(old, name) != getattr(new, name):
            pack.append(f"{what} changed")
    if old.article.text != new.article.text:
        pack.append("the article's text changed")
    elif old.article.markdown != new.article.markdown:
        pack.append("the article's layout changed (its words did not)")
    before = {lesson.id: lesson for lesson in old.lessons}
    after = {lesson.id: lesson for lesson in new.lessons}
    exercises: dict[tuple[str, str], tuple[str, ...]] = {}
    for lesson in old.lessons:
        if lesson.id not in after:
            pack.append(f'the lesson "{lesson.title}" is gone')
    for lesson in new.lessons:
        was = before.get(lesson.id)
        if was is None:
            pack.append(f'a new lesson: "{lesson.title}"')
            continue
        pack += _lesson_changes(was, lesson)
        exercises.update(_exercise_changes(was, lesson))
    return ContentChanges(tuple(pack), exercises)


def _lesson_changes(old: Lesson, new: Lesson) -> list[str]:
    out = []
    if old.title != new.title:
        out.append(f'a lesson\'s title: "{old.title}" → "{new.title}"')
    for name, what in (("intro", "introduction"), ("discussion", "discussion prompts")):
        if getattr(old, name) != getattr(new, name):
            out.append(f'the {what} of "{new.title}" changed')
    return out


def _exercise_changes(old: Lesson, new: Lesson) -> dict[tuple[str, str], tuple[str, ...]]:
    before = {exercise.id: exercise for exercise in old.exercises}
    after = {exercise.id for exercise in new.exercises}
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for exercise in new.exercises:
        was = before.get(exercise.id)
        found = ["a new exercise"] if was is None else exercise_changes(was, exercise)
        if found:
            out[(new.id, exercise.id)] = tuple(found)
    for exercise in old.exercises:
        if exercise.id not in after:
            out[(new.id, exercise.id)] = (f'"{exercise.title}" is gone',)
    return out


def exercise_changes(old: AnyExercise, new: AnyExercise) -> list[str]:
    """Each thing a student would notice differs, in a teacher's words."""
    out = []
    if old.title != new.title:
        out.append(f'title "{old.title}" → "{new.title}"')
    if old.kind != new.kind:
        return [*out, f"now a {new.kind} exercise, not a {old.kind} one"]
    for field in msgspec.structs.fields(new):
        name = field.name
        if name in _IGNORED:
            continue
        if getattr(old, name, None) != getattr(new, name):
            out.append(f"{_FIELDS.get(name, name.replace('_', ' '))} changed")
    return out
