"""A simulated class: students who work through a pack on their own computers and hand in
results files, with answers generated deterministically (a seed per student).

Each student has a skill from 0.2 to 0.95: how likely they find a key span, pick the
right option, match a pair. Answers are made with the full pack's key and written in
the index space of the copy the student uses (the assessment edition lists match
items in another order). Attempts are saved through the store as the app saves them.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from closeread.core.classwork.results_file import build_results, suggested_name, write_results
from closeread.core.grading.saved import detail_of, exercise_map, grade_saved, score_of
from closeread.core.grading.spans import tokenize
from closeread.core.library.archive import assessment_rights
from closeread.core.pack.model import (
    AnalogyExercise,
    AnyExercise,
    ChoiceExercise,
    MarkExercise,
    MatchExercise,
    Pack,
    ShortAnswerExercise,
    WritingExercise,
)

MINIPACK = Path(__file__).parent / "fixtures" / "minipack"
START = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)

SPECIAL_NAMES = [
    "Smith, Anna",
    'Jo "JJ" Jones',
    "Zoë Ångström",
    "王小明",
    "<script>alert(1)</script>",
    "O'Brien; Liam",
]
FIRST = ["Ava", "Ben", "Chloé", "Dev", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jon", "Kai"]
LAST = ["Ng", "Okafor", "Park", "Quinn", "Rossi", "Silva", "Tan", "Ueda", "Vos", "Wu"]


def student_name(index: int) -> str:
    if index < len(SPECIAL_NAMES):
        return SPECIAL_NAMES[index]
    return f"{FIRST[index % len(FIRST)]} {LAST[(index * 7) % len(LAST)]} {index}"


def class_of(index: int) -> str:
    return "7B" if index % 3 else "7A, group 2"


def make_answer(full: AnyExercise, used: AnyExercise, text: str, rng: random.Random, skill: float):
    """An answer to ``used`` (the student's copy of ``full``)."""
    if isinstance(full, MarkExercise):
        marks = []
        tokens = tokenize(text)
        starts, ends = tokens.starts, tokens.ends
        for span in full.key:
            if rng.random() < skill:
                first, last = tokens.token_range(span.start, span.end)
                first = min(max(0, first + rng.choice((0, 0, 0, -1, 1))), last - 1)
                last = max(min(len(starts), last + rng.choice((0, 0, -1, 1))), first + 1)
                label = span.label if rng.random() < 0.8 else rng.choice(full.labels)
                marks.append([starts[first], ends[last - 1], label])
        if rng.random() > skill:
            first = rng.randrange(0, len(starts) - 4)
            last = min(len(starts), first + rng.randint(1, 4))
            marks.append([starts[first], ends[last - 1], rng.choice(full.labels)])
        return {"marks": sorted(marks)}
    if isinstance(full, ChoiceExercise):
        weights = [option.weight for option in full.options]
        if full.multiple:
            picked = [i for i, w in enumerate(weights) if (w > 0) == (rng.random() < skill)]
            return {"selected": picked}
        best = weights.index(max(weights))
        if rng.random() < 0.05:
            return {"selected": []}
        return {"selected": [best if rng.random() < skill else rng.randrange(len(weights))]}
    if isinstance(full, ShortAnswerExercise):
        choices = ["I am not sure.", ""]
        if full.accepted:
            choices.append(full.accepted[0])
        if full.rubric:
            choices.append(f"It uses {full.rubric[0].terms[-1]} to back the claim.")
        good = choices[2:] or choices
        return {"text": rng.choice(good) if rng.random() < skill else rng.choice(choices)}
    if isinstance(full, MatchExercise):
        rights = [pair.right for pair in full.pairs] + list(full.distractors)
        shown = assessment_rights(used) if used.key_hidden else rights
        matches = []
        for left, pair in enumerate(full.pairs):
            if rng.random() < 0.1:
                continue
            text_ = pair.right if rng.random() < skill else rng.choice(rights)
            matches.append([left, shown.index(text_)])
        return {"matches": matches}
    if isinstance(full, AnalogyExercise):
        assert isinstance(used, AnalogyExercise)
        return {
            "parts": {
                part.exercise.id: make_answer(part.exercise, mine.exercise, text, rng, skill)
                for part, mine in zip(full.parts, used.parts, strict=True)
            }
        }
    if isinstance(full, WritingExercise):
        words = " ".join(["The author claims more than his evidence shows."] * rng.randint(5, 60))
        return {"text": words}
    raise TypeError(full)


def work_through(store, student_id: int, full: Pack, used: Pack, seed: int) -> int:
    """Save a student's attempts at every exercise, as the app does; returns how many."""
    rng = random.Random(seed)
    skill = 0.2 + 0.75 * rng.random()
    clock = START + timedelta(days=seed % 5, minutes=seed)
    saved = 0
    used_exercises = exercise_map(used)
    for (lesson_id, exercise_id), (_, exercise) in exercise_map(full).items():
        mine = used_exercises[(lesson_id, exercise_id)][1]
        tries = rng.choice((0, 1, 1, 2, 3, 3)) if rng.random() < 0.95 else 0
        if exercise.attempts:
            tries = min(tries, exercise.attempts)
        for _ in range(tries):
            answer = make_answer(exercise, mine, used.article.text, rng, skill)
            hints = {exercise_id: 1} if exercise.hints and rng.random() < 0.3 else {}
            result = grade_saved(used, mine, answer, hints)
            started = clock
            clock += timedelta(minutes=rng.randint(1, 9), milliseconds=rng.randint(0, 999))
            store.work.record_attempt(
                student_id, used, lesson_id, exercise_id, answer,
                score=score_of(result), detail=detail_of(result, hints),
                hints_used=sum(hints.values()), started_at=started, submitted_at=clock,
            )  # fmt: skip
            saved += 1
        skill = min(0.95, skill + 0.02)
    return saved


def hand_in_class(
    store, full: Pack, used: Pack, folder: Path, count: int = 30, seed: int = 1
) -> list[Path]:
    """``count`` students each work through ``used`` and export a results file to ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        student = store.roster.add_student(student_name(index), class_of(index), f"S{index:03}")
        work_through(store, student.id, full, used, seed * 1000 + index)
        export = build_results(store, student.id, used)
        path = folder / f"{index:02}-{suggested_name(student.name, used)}"
        write_results(path, export.data)
        paths.append(path)
    return paths


TABLES = ("students", "attempts", "scores", "overrides", "imports", "drafts")


def row_counts(store) -> dict[str, int]:
    """How many rows each table holds: what "changes nothing" is checked against."""
    return {
        table: store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES
    }


def variant(tmp: Path, name: str, edits: dict[str, tuple[str, str]], base: Path = MINIPACK) -> Path:
    """A copy of ``base`` with ``edits``: file -> (old text, new text), each replaced once."""
    import shutil

    folder = tmp / name
    shutil.copytree(base, folder)
    for relative, (old, new) in edits.items():
        path = folder / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, (relative, old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder
