"""Loading a pack: typed, immutable objects with offsets in code points."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path
from types import MappingProxyType

import msgspec
import pytest
from classroom import variant

from closeread.core.pack.load import LoadResult, PackError, load_pack, require_pack
from closeread.core.pack.model import (
    AnalogyExercise,
    Article,
    Block,
    ChoiceExercise,
    ChoiceOption,
    Hint,
    KeySpan,
    Label,
    Lesson,
    MarkExercise,
    MatchExercise,
    Pack,
    ShortAnswerExercise,
    Source,
)

MINIPACK = Path(__file__).parents[1] / "fixtures" / "minipack"


@pytest.fixture
def pack_dir(tmp_path: Path) -> Path:
    shutil.copytree(MINIPACK, tmp_path / "pack")
    return tmp_path / "pack"


def zip_folder(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    return target


def every_struct(value: object, seen: set[int] | None = None):
    """Every struct of the model reachable from ``value``."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, msgspec.Struct):
        yield value
        for name in value.__struct_fields__:
            yield from every_struct(getattr(value, name), seen)
    elif isinstance(value, tuple | list | frozenset):
        for item in value:
            yield from every_struct(item, seen)


def test_load_pack_returns_typed_objects():
    result = load_pack(MINIPACK)
    assert isinstance(result, LoadResult)
    assert result.ok and result.problems == ()
    pack = result.pack
    assert isinstance(pack, Pack)
    assert (pack.id, pack.version, pack.title) == ("mini", "1.0", "A small pack")
    assert pack.root == MINIPACK
    assert pack.source == Source(author="A. Writer", publisher="The Daily Test")
    assert isinstance(pack.article, Article)
    assert all(isinstance(block, Block) for block in pack.article.blocks)
    assert pack.labels == (
        Label("claim", "Claim", "#d55e00", number=1),
        Label("evidence", "Evidence", "#0072b2", number=2),
    )
    assert pack.theta == 0.5
    assert dict(pack.label_credit) == {("claim", "evidence"): 0.25}

    (lesson,) = pack.lessons
    assert isinstance(lesson, Lesson)
    assert pack.lesson("one") is lesson
    kinds = [(exercise.id, type(exercise)) for exercise in lesson.exercises]
    assert kinds == [
        ("marks", MarkExercise),
        ("pick", ChoiceExercise),
        ("why", ShortAnswerExercise),
        ("pairs", MatchExercise),
        ("analogy", AnalogyExercise),
    ]
    assert [exercise.kind for exercise in lesson.exercises] == [
        "mark",
        "choice",
        "short",
        "match",
        "analogy",
    ]


def test_exercise_fields_are_loaded_with_their_defaults():
    lesson = require_pack(MINIPACK).lesson("one")
    marks = lesson.exercise("marks")
    assert isinstance(marks, MarkExercise)
    assert (marks.points, marks.attempts, marks.counts) == (4.0, 3, "best")
    assert marks.hints == (Hint("Look for numbers.", 0.5),)
    assert marks.labels == ("claim", "evidence")
    assert [span.id for span in marks.key] == ["k1", "k2"]
    assert [span.label for span in marks.key] == ["claim", "evidence"]
    assert marks.theta == 0.5
    assert marks.label_credit == {("claim", "evidence"): 0.25}

    pick = lesson.exercise("pick")
    assert isinstance(pick, ChoiceExercise)
    assert pick.options == (
        ChoiceOption("The survey", 1.0, "Yes: it reports data."),
        ChoiceOption("The title", 0.0),
    )
    assert not pick.multiple

    why = lesson.exercise("why")
    assert isinstance(why, ShortAnswerExercise)
    assert why.accepted == ("it gives data",)
    assert why.rubric[0].weight == 1.0
    assert why.rubric[0].terms == ("data", "numbers", "statistic")

    pairs = lesson.exercise("pairs")
    assert isinstance(pairs, MatchExercise)
    assert pairs.show_marks_from == "marks"
    assert [(pair.left, pair.right) for pair in pairs.pairs] == [
        ("61% felt calmer", "Cats make cities better"),
        ("Dogs need walks", "Cats are easier"),
    ]

    analogy = lesson.exercise("analogy")
    assert isinstance(analogy, AnalogyExercise)
    assert [part.step for part in analogy.parts] == ["compared", "principle"]
    assert [part.exercise.kind for part in analogy.parts] == ["short", "choice"]
    assert analogy.points == sum(part.exercise.points for part in analogy.parts) == 2.0

    with pytest.raises(KeyError):
        lesson.exercise("nope")
    with pytest.raises(KeyError):
        require_pack(MINIPACK).label("nope")


def test_loaded_objects_are_immutable():
    pack = require_pack(MINIPACK)
    objects = list(every_struct(pack))
    assert len(objects) > 20
    for value in objects:
        assert type(value).__struct_config__.frozen, type(value).__name__
    with pytest.raises(AttributeError, match="immutable"):
        pack.title = "Changed"  # type: ignore[misc]
    marks = pack.lessons[0].exercises[0]
    with pytest.raises(AttributeError, match="immutable"):
        marks.points = 100  # type: ignore[misc]
    with pytest.raises(AttributeError, match="immutable"):
        marks.key[0].start = 0  # type: ignore[misc,index]
    assert isinstance(pack.lessons, tuple)
    assert isinstance(marks.key, tuple)
    assert isinstance(pack.label_credit, MappingProxyType)
    with pytest.raises(TypeError):
        pack.label_credit[("evidence", "claim")] = 1.0  # type: ignore[index]


def test_key_offsets_point_at_their_quotes():
    pack = require_pack(MINIPACK)
    text = pack.article.text
    marks = pack.lessons[0].exercise("marks")
    assert isinstance(marks, MarkExercise)
    for span in marks.key:
        assert text[span.start : span.end] == span.quote
    # the suffix picked the first of the two "Cats make cities better"
    assert marks.key[0].start == text.index("Cats make cities better.")


def test_offsets_are_code_points_after_astral_characters(pack_dir):
    """Emoji and CJK Extension B characters are one code point but two UTF-16 units."""
    article = "# Cats 🐈 and the city 𠀀𠀁\n\nCats 😺 make 𪜀 cities better. A survey of 400 households found that 61% of cat owners felt calmer.\n\nDogs, by contrast, need walks. Cats make cities better, the author says again.\n"  # noqa: E501
    (pack_dir / "article.md").write_text(article, encoding="utf-8")
    lesson = pack_dir / "lessons/one.toml"
    lesson.write_text(
        lesson.read_text(encoding="utf-8").replace(
            'quote = "Cats make cities better."', 'quote = "Cats 😺 make 𪜀 cities better."'
        ),
        encoding="utf-8",
    )
    pack = require_pack(pack_dir)
    text = pack.article.text
    key = pack.lessons[0].exercise("marks").key  # type: ignore[union-attr]
    for span in key:
        assert text[span.start : span.end] == span.quote
    survey = key[1]
    assert survey.quote.startswith("A survey")
    assert survey.start == text.index("A survey")
    utf16_start = len(text[: survey.start].encode("utf-16-le")) // 2
    assert utf16_start == survey.start + 5  # five astral characters before it
    assert text.startswith("Cats 🐈 and the city 𠀀𠀁\n")


def test_folder_and_archive_load_the_same_pack(tmp_path):
    folder = require_pack(MINIPACK)
    archive = require_pack(zip_folder(MINIPACK, tmp_path / "mini.zip"))
    assert archive.content_hash == folder.content_hash
    assert archive.lessons == folder.lessons
    assert archive.article == folder.article
    assert archive.root == tmp_path / "mini.zip"


def test_content_hash_is_stable_and_follows_every_file(pack_dir):
    first = require_pack(pack_dir).content_hash
    assert require_pack(pack_dir).content_hash == first
    assert len(first) == 64
    article = pack_dir / "article.md"
    article.write_text(article.read_text(encoding="utf-8") + "\nOne more line.\n")
    second = require_pack(pack_dir).content_hash
    assert second != first
    meta = pack_dir / "pack.toml"
    meta.write_text(meta.read_text(encoding="utf-8") + "\n# a comment\n")
    assert require_pack(pack_dir).content_hash not in {first, second}


def test_require_pack_raises_with_every_problem(pack_dir):
    lesson = pack_dir / "lessons/one.toml"
    text = lesson.read_text(encoding="utf-8")
    lesson.write_text(text.replace("points = 4", "points = 0").replace("cost = 0.5", "cost = 9"))
    result = load_pack(pack_dir)
    assert result.pack is None and not result.ok
    assert [problem.severity for problem in result.problems] == ["error"]
    with pytest.raises(PackError) as raised:
        require_pack(pack_dir)
    assert raised.value.problems == result.problems
    assert str(raised.value) == str(result.problems[0])


def test_warnings_do_not_stop_a_pack_from_loading(pack_dir):
    lesson = pack_dir / "lessons/one.toml"
    lesson.write_text(lesson.read_text(encoding="utf-8").replace("cost = 0.5", "cost = 9"))
    result = load_pack(pack_dir)
    assert result.ok
    assert [problem.severity for problem in result.problems] == ["warning"]


def test_key_span_ids_can_be_named(pack_dir):
    lesson = pack_dir / "lessons/one.toml"
    text = lesson.read_text(encoding="utf-8")
    lesson.write_text(text.replace('quote = "Cats make', 'id = "thesis"\nquote = "Cats make'))
    marks = require_pack(pack_dir).lessons[0].exercise("marks")
    assert [span.id for span in marks.key] == ["thesis", "k2"]  # type: ignore[union-attr]
    assert isinstance(marks.key[0], KeySpan)  # type: ignore[union-attr]


def test_assessment_edition_hides_the_key(pack_dir):
    meta = pack_dir / "pack.toml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("theta = 0.5", "theta = 0.6"))
    text = meta.read_text(encoding="utf-8")
    meta.write_text(text.replace('article = "article.md"', 'edition = "assessment"'))
    lesson = pack_dir / "lessons/one.toml"
    text = lesson.read_text(encoding="utf-8")
    start = text.index("[[exercises.key]]")
    end = text.index("[[exercises]]", start)
    lesson.write_text(text[:start] + text[end:])
    result = load_pack(pack_dir)
    assert result.problems == ()
    pack = result.pack
    assert pack is not None and pack.edition == "assessment"
    assert pack.theta == 0.6
    assert all(exercise.key_hidden for exercise in pack.lessons[0].exercises)
    assert pack.lessons[0].exercise("marks").theta == 0.6  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('id = "mini"', 'id = "mini\\n"'),
        ('version = "1.0"', 'version = "1.0\\n"'),
        ('color = "#d55e00"', 'color = "#d55e00\\n"'),
        ('id = "claim"', 'id = "claim\\n"'),
    ],
)
def test_a_value_ending_in_a_line_break_does_not_pass_for_an_id(tmp_path, old, new):
    pack = variant(tmp_path, "newline", {"pack.toml": (old, new)})
    result = load_pack(pack)
    assert result.pack is None
    line = 1 + (pack / "pack.toml").read_text().splitlines().index(new)
    assert any(p.severity == "error" and p.line == line for p in result.problems), [
        str(p) for p in result.problems
    ]


def test_a_lesson_id_ending_in_a_line_break_is_refused(tmp_path):
    pack = variant(tmp_path, "newline", {"lessons/one.toml": ('id = "one"', 'id = "one\\n"')})
    assert load_pack(pack).pack is None
