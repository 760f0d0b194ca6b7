"""Adding imported exercises to a lesson file: appended as text, the file's own bytes kept
(its byte-order mark and Windows line ends too), checked first, all or nothing."""

from __future__ import annotations

import shutil
import time
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from closeread.core.authoring.gift_import import import_gift
from closeread.core.authoring.moodle_import import import_moodle_xml
from closeread.core.authoring.question_import import (
    NewExercise,
    QuestionImportError,
    add_exercises,
    read_quiz,
)
from closeread.core.pack.load import load_pack, require_pack
from closeread.core.toml.read import MAX_TOML_BYTES

FIXTURES = Path(__file__).parents[1] / "fixtures"
ALL = FIXTURES / "gift" / "all.gift"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    return Path(shutil.copytree(FIXTURES / "minipack", tmp_path / "pack"))


def pick(line: int, title: str = "Pick", wanted_id: str = "", **fields) -> NewExercise:
    options = [{"text": "yes", "weight": 100}, {"text": "no"}]
    return NewExercise(line, "choice", title, {"options": options, **fields}, wanted_id)


def test_a_lesson_with_windows_line_ends_and_a_byte_order_mark_keeps_them(pack: Path):
    lesson = pack / "lessons" / "one.toml"
    original = lesson.read_text(encoding="utf-8").rstrip("\n")  # and no newline at the end
    lesson.write_bytes(("\ufeff" + original).replace("\n", "\r\n").encode("utf-8"))
    before = lesson.read_bytes()
    import_gift(ALL, pack)
    after = lesson.read_bytes()
    assert after.startswith(before + b"\r\n\r\n[[exercises]]\r\n# Imported from all.gift, line 5")
    assert b"\n" not in after.replace(b"\r\n", b"")
    assert load_pack(pack).ok


def test_text_on_several_lines_is_written_on_several_lines(pack: Path, tmp_path: Path):
    gift = tmp_path / "lines.gift"
    gift.write_text('::Lines::[markdown]First,\\n\\nthen "second". {=a ~b}\n', encoding="utf-8")
    import_gift(gift, pack)
    text = (pack / "lessons" / "one.toml").read_text(encoding="utf-8")
    assert 'prompt = """\nFirst,\n\nthen "second"."""\n' in text
    assert load_pack(pack).pack.lessons[0].exercise("lines").prompt == 'First,\n\nthen "second".'


def test_the_checker_errors_name_the_line_of_the_quiz_file(pack: Path):
    before = (pack / "lessons" / "one.toml").read_bytes()
    half = NewExercise(
        9, "choice", "Half", {"options": [{"text": "a", "weight": 50}, {"text": "b"}]}
    )
    long = pick(12, prompt="x" * 20_001)
    with pytest.raises(QuestionImportError) as raised:
        add_exercises([pick(3), half, long], pack, source="quiz.txt")
    assert raised.value.lines == [
        "quiz.txt:9: error: no option is worth full points (weight = 100)",
        'quiz.txt:12: error: "prompt" is 20,001 characters long; at most 20,000',
    ]
    assert (pack / "lessons" / "one.toml").read_bytes() == before


def test_a_picture_the_pack_may_not_show_is_an_error(pack: Path):
    web = pick(4, prompt="![map](https://example.com/map.png)")
    missing = pick(6, title="Other", prompt="![map](images/map.png)")  # a warning only
    with pytest.raises(QuestionImportError) as raised:
        add_exercises([web, missing], pack, source="quiz.txt")
    assert raised.value.lines == [
        "quiz.txt:4: error: an image may not name a scheme (such as file: or https:): "
        "image 'https://example.com/map.png'"
    ]


def test_a_marking_exercise_is_checked_against_the_labels_and_article_given(pack: Path):
    loaded = require_pack(pack)
    quote = "Dogs, by contrast, need walks"
    key = [{"quote": quote, "label": "claim"}]
    mark = NewExercise(3, "mark", "Mark it", {"labels": ["claim"], "key": key})
    with pytest.raises(QuestionImportError) as raised:
        add_exercises([mark], pack, source="quiz.txt")
    assert raised.value.lines == [
        'quiz.txt:3: error: unknown label "claim"',
        f'quiz.txt:3: error: the quote is not in the article: "{quote}"',
    ]
    added = add_exercises(
        [mark], pack, source="quiz.txt", labels=loaded.labels, article=loaded.article
    )
    written = require_pack(pack).lesson("one").exercise(added.ids[0])
    assert [(span.label, span.quote) for span in written.key] == [("claim", quote)]


def test_ids_are_the_files_own_when_free_and_kept_apart_from_the_lessons(pack: Path):
    exercises = [pick(1, wanted_id="pick"), pick(2, wanted_id="Own Id"), pick(3), pick(4)]
    added = add_exercises(exercises, pack, source="quiz.txt")
    assert added.ids == ("pick-2", "own-id", "pick-3", "pick-4")


def test_exercises_written_inline_cannot_be_added_to(pack: Path):
    lesson = pack / "lessons" / "inline.toml"
    inline = 'exercises = [{ id = "a", kind = "short", title = "A" }]\n'
    lesson.write_text(f'id = "inline"\ntitle = "Inline"\n{inline}', encoding="utf-8")
    with pytest.raises(QuestionImportError) as raised:
        add_exercises([pick(1)], pack, source="quiz.txt", lesson="lessons/inline.toml")
    assert raised.value.lines[0].startswith(
        f"{lesson}: error: exercises cannot be added to this file as [[exercises]] tables"
    )
    assert "[[exercises]]" not in lesson.read_text(encoding="utf-8")


def test_a_lesson_file_that_would_grow_past_the_limit_is_refused(pack: Path):
    big = [pick(n, title=f"Question {n}", prompt="w" * 19_000) for n in range(115)]
    with pytest.raises(QuestionImportError) as raised:
        add_exercises(big, pack, source="quiz.txt")
    assert f"and a lesson file holds at most {MAX_TOML_BYTES:,}" in raised.value.lines[0]
    assert len(tomllib.loads((pack / "lessons" / "one.toml").read_text())["exercises"]) == 5


def test_a_quiz_file_over_the_size_limit_is_not_read_whole(tmp_path: Path):
    path = tmp_path / "big.xml"
    path.write_bytes(b"<quiz>" + b" " * 2000 + b"</quiz>")
    with pytest.raises(QuestionImportError, match="larger than 1,000 bytes"):
        read_quiz(path, "moodle-xml", tmp_path, 1000)
    assert read_quiz(path, "moodle-xml", tmp_path, 5000).startswith(b"<quiz>")
    with pytest.raises(QuestionImportError, match="cannot read the file"):
        read_quiz(tmp_path / "missing.xml", "moodle-xml", tmp_path, 1000)
    with pytest.raises(QuestionImportError, match="this is a Moodle XML file, not a Moodle GIFT"):
        read_quiz(path, "gift", tmp_path, 5000)


def test_nothing_to_add_writes_nothing(pack: Path):
    before = {path: path.read_bytes() for path in pack.rglob("*") if path.is_file()}
    added = add_exercises([], pack, source="quiz.txt", lesson="lessons/new.toml")
    assert (added.ids, added.created) == ((), False)
    assert {path: path.read_bytes() for path in pack.rglob("*") if path.is_file()} == before


GIFT_QUESTION = "::Q{n}:: Question {n}? {{=right {n} ~wrong {n}}}\n\n"
MOODLE_QUESTION = (
    '<question type="multichoice"><name><text>Q{n}</text></name>'
    '<questiontext format="html"><text>&lt;p&gt;Question {n}?&lt;/p&gt;</text></questiontext>'
    '<answer fraction="100"><text>right {n}</text></answer>'
    '<answer fraction="0"><text>wrong {n}</text></answer></question>\n'
)


@pytest.mark.parametrize(
    ("importer", "name", "question", "around"),
    [
        (import_gift, "many.gift", GIFT_QUESTION, ("", "")),
        (import_moodle_xml, "many.xml", MOODLE_QUESTION, ("<quiz>\n", "</quiz>\n")),
    ],
)
def test_importing_grows_linearly_with_the_number_of_questions(
    pack: Path, tmp_path: Path, importer, name: str, question: str, around: tuple[str, str]
):
    # Issue 17, bug 6: 5,000 GIFT questions took 188 s (each one re-read every exercise);
    # the first Moodle XML importer took 2.4 s for 1,000 and 9.1 s for 2,000.
    quiz = tmp_path / name
    body = "".join(question.format(n=n) for n in range(5000))
    quiz.write_text(around[0] + body + around[1], encoding="utf-8")
    started = time.perf_counter()
    imported = importer(quiz, pack, lesson="lessons/many.toml")
    elapsed = time.perf_counter() - started
    assert len(imported.added) == 5000
    assert elapsed < 10, f"5,000 questions took {elapsed:.1f} s (the benchmark's budget is 2 s)"


PIECES = st.sampled_from(
    ["{", "}", "=", "~", "#", "####", "->", "::", "%50%", "%-100%", "%150%", "\\", "\\=",
     "\\n", "[html]", "[plain]", "[markdown]", "<b>", "*", "_", "T", "TRUE", "F", " ", "\n",
     "\n\n", "// [id:x]\n", "$CATEGORY: c\n", "a", "b", "Yes", "![i](https://x/i.png)"]
)  # fmt: skip


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(pieces=st.lists(PIECES, max_size=40))
def test_any_gift_text_imports_whole_or_not_at_all_and_never_fails_the_checker(
    tmp_path_factory: pytest.TempPathFactory, pieces: list[str]
):
    folder = tmp_path_factory.mktemp("fuzz")
    pack = Path(shutil.copytree(FIXTURES / "minipack", folder / "pack"))
    gift = folder / "q.gift"
    gift.write_text("".join(pieces), encoding="utf-8")
    before = {path: path.read_bytes() for path in pack.rglob("*") if path.is_file()}
    try:
        import_gift(gift, pack)
    except QuestionImportError as error:
        assert all(": error: " in line for line in error.lines)
        assert {path: path.read_bytes() for path in pack.rglob("*") if path.is_file()} == before
        return
    result = load_pack(pack)
    assert [str(p) for p in result.problems if p.severity == "error"] == []
