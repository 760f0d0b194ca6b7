"""Building exercises from lesson files: defaults, cross-references and scoring rules."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from closeread.core.pack.load import load_pack
from closeread.core.pack.model import (
    AnalogyExercise,
    ChoiceExercise,
    MarkExercise,
    MatchExercise,
    ShortAnswerExercise,
)

MINIPACK = Path(__file__).parents[1] / "fixtures" / "minipack"


def make_pack(tmp_path: Path, *lessons: str) -> Path:
    """Minipack's metadata and article with these lesson files (lessons/1.toml, ...)."""
    root = tmp_path / "pack"
    shutil.copytree(MINIPACK, root)
    (root / "lessons" / "one.toml").unlink()
    names = []
    for number, text in enumerate(lessons, 1):
        (root / "lessons" / f"{number}.toml").write_text(text, encoding="utf-8")
        names.append(f'"lessons/{number}.toml"')
    meta = root / "pack.toml"
    meta.write_text(
        meta.read_text(encoding="utf-8").replace('["lessons/one.toml"]', f"[{', '.join(names)}]"),
        encoding="utf-8",
    )
    return root


def lesson(lesson_id: str, *exercises: str, extra: str = "") -> str:
    return f'id = "{lesson_id}"\ntitle = "{lesson_id}"\n{extra}\n' + "\n".join(
        f"[[exercises]]\n{body}" for body in exercises
    )


MARK = 'id = "marks"\nkind = "mark"\ntitle = "M"\n'
CLAIM_KEY = (
    '[[exercises.key]]\nquote = "A survey of 400 households"\nlabel = "evidence"\n'
    'explanation = "Data."\n'
)


def messages(root: Path) -> list[str]:
    return [problem.message for problem in load_pack(root).problems]


def test_a_mark_exercise_takes_the_pack_labels_and_theta_unless_it_names_its_own(tmp_path):
    root = make_pack(
        tmp_path,
        lesson("one", MARK + CLAIM_KEY, 'id = "own"\nkind = "mark"\ntitle = "O"\ntheta = 0.8\n'),
    )
    result = load_pack(root)
    assert [(p.severity, p.message) for p in result.problems] == [
        ("warning", "the key is empty: every mark will count as extra")
    ]
    pack = result.pack
    assert pack is not None
    marks, own = pack.lessons[0].exercises
    assert isinstance(marks, MarkExercise) and isinstance(own, MarkExercise)
    assert marks.labels == ("claim", "evidence") and marks.theta == 0.5
    assert own.theta == 0.8 and own.key == ()
    (span,) = marks.key
    assert pack.article.text[span.start : span.end] == "A survey of 400 households"


def test_references_across_lessons(tmp_path):
    root = make_pack(
        tmp_path,
        lesson("first", MARK + CLAIM_KEY),
        lesson(
            "second",
            'id = "again"\nkind = "short"\ntitle = "S"\naccept = ["x"]\n'
            'show_marks_from = "first/marks"\n',
            extra='requires = ["first"]',
        ),
    )
    result = load_pack(root)
    assert result.problems == ()
    second = result.pack.lesson("second")  # type: ignore[union-attr]
    assert second.requires == ("first",)
    assert second.exercises[0].show_marks_from == "first/marks"


def test_show_marks_from_names_the_lesson_when_it_is_another_one(tmp_path):
    root = make_pack(
        tmp_path,
        lesson("first", MARK + CLAIM_KEY),
        lesson(
            "second",
            'id = "s"\nkind = "short"\ntitle = "S"\naccept = ["x"]\nshow_marks_from = "marks"\n',
        ),
    )
    assert messages(root) == ['unknown exercise "marks"']


def test_choice_weights_are_fractions_and_negative_options_do_not_count(tmp_path):
    root = make_pack(
        tmp_path,
        lesson(
            "one",
            'id = "c"\nkind = "choice"\ntitle = "C"\nmultiple = true\nshuffle = true\n'
            'options = [{ text = "a", weight = 50 }, { text = "b", weight = 50 },'
            ' { text = "c", weight = -100, feedback = "No." }]\n',
        ),
    )
    result = load_pack(root)
    assert result.problems == ()
    choice = result.pack.lessons[0].exercises[0]  # type: ignore[union-attr]
    assert isinstance(choice, ChoiceExercise)
    assert choice.multiple and choice.shuffle
    assert [option.weight for option in choice.options] == [0.5, 0.5, -1.0]
    assert choice.options[2].feedback == "No."


@pytest.mark.parametrize(
    ("weights", "expected"),
    [
        ("60, 40", []),
        ("60, 40.4", []),  # rounding in a teacher's percentages is forgiven
        ("60, 41", ["the rubric's weights add up to 101%, more than 100%"]),
    ],
)
def test_rubric_weights(tmp_path, weights, expected):
    first, second = weights.split(", ")
    root = make_pack(
        tmp_path,
        lesson(
            "one",
            'id = "s"\nkind = "short"\ntitle = "S"\n'
            f'rubric = [{{ name = "a", terms = ["x"], weight = {first} }},'
            f' {{ name = "b", terms = ["y"], weight = {second} }}]\n',
        ),
    )
    assert messages(root) == expected
    if not expected:
        short = load_pack(root).pack.lessons[0].exercises[0]  # type: ignore[union-attr]
        assert isinstance(short, ShortAnswerExercise)
        assert [item.name for item in short.rubric] == ["a", "b"]


def test_match_titles_and_distractors(tmp_path):
    root = make_pack(
        tmp_path,
        lesson(
            "one",
            'id = "m"\nkind = "match"\ntitle = "M"\nleft_title = "Evidence"\n'
            'right_title = "Claim"\ndistractors = ["Nothing"]\n'
            'pairs = [{ left = "a", right = "b", explanation = "Why." },'
            ' { left = "c", right = "d" }]\n',
        ),
    )
    result = load_pack(root)
    assert result.problems == ()
    match = result.pack.lessons[0].exercises[0]  # type: ignore[union-attr]
    assert isinstance(match, MatchExercise)
    assert (match.left_title, match.right_title, match.distractors) == (
        "Evidence",
        "Claim",
        ("Nothing",),
    )
    assert match.pairs[0].explanation == "Why."


def test_analogy_parts_of_every_simple_kind(tmp_path):
    root = make_pack(
        tmp_path,
        lesson(
            "one",
            'id = "a"\nkind = "analogy"\ntitle = "A"\n'
            '[[exercises.parts]]\nstep = "compared"\nid = "find"\nkind = "mark"\ntitle = "F"\n'
            "points = 2\n"
            '[[exercises.parts.key]]\nquote = "Dogs, by contrast"\nlabel = "claim"\n'
            'explanation = "The other side."\n'
            '[[exercises.parts]]\nstep = "principle"\nid = "rule"\nkind = "short"\ntitle = "R"\n'
            'accept = ["less work"]\n'
            '[[exercises.parts]]\nstep = "breakdown"\nid = "pair"\nkind = "match"\ntitle = "P"\n'
            'pairs = [{ left = "a", right = "b" }, { left = "c", right = "d" }]\n'
            '[[exercises.parts]]\nstep = "my own step"\nid = "pick"\nkind = "choice"\n'
            'title = "C"\noptions = [{ text = "a", weight = 100 }, { text = "b" }]\n',
        ),
    )
    result = load_pack(root)
    assert result.problems == ()
    analogy = result.pack.lessons[0].exercises[0]  # type: ignore[union-attr]
    assert isinstance(analogy, AnalogyExercise)
    assert [part.step for part in analogy.parts] == [
        "compared",
        "principle",
        "breakdown",
        "my own step",
    ]
    assert [part.exercise.kind for part in analogy.parts] == ["mark", "short", "match", "choice"]
    assert analogy.points == 5.0
    find = analogy.parts[0].exercise
    assert isinstance(find, MarkExercise)
    (span,) = find.key
    assert result.pack.article.text[span.start : span.end] == "Dogs, by contrast"  # type: ignore[union-attr]


def test_a_key_problem_inside_an_analogy_part_points_at_the_part(tmp_path):
    root = make_pack(
        tmp_path,
        lesson(
            "one",
            'id = "a"\nkind = "analogy"\ntitle = "A"\n'
            '[[exercises.parts]]\nstep = "compared"\nid = "find"\nkind = "mark"\ntitle = "F"\n'
            '[[exercises.parts.key]]\nquote = "Horses, by contrast"\nlabel = "claim"\n',
        ),
    )
    (problem,) = load_pack(root).problems
    assert str(problem) == (
        f'{root}/lessons/1.toml:14:1: error: the quote is not in the article: "Horses, by contrast"'
    )
