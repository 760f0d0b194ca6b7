"""Editing lesson files with the pack writer: what is not edited stays byte for byte.

The hand-written pack in fixtures/handwritten has comments everywhere, literal and
multi-line strings, inline option arrays and an analogy with parts. Each test copies it,
edits it through ``LessonDocument``, and compares the saved file line by line with the
original (difflib), then loads the pack with the core to see that the edit means what
it should.
"""

from __future__ import annotations

import difflib
import shutil
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from closeread.core.authoring.lesson_writer import LessonDocument, LessonEditError
from closeread.core.grading.spans import token_pattern
from closeread.core.pack.anchoring import anchor, count_occurrences, quote_for
from closeread.core.pack.load import load_pack, require_pack
from closeread.core.toml.edit import ChangedOnDisk, TomlFileError

FIXTURES = Path(__file__).parents[1] / "fixtures"
HANDWRITTEN = FIXTURES / "handwritten"
MINIPACK = FIXTURES / "minipack"
BUNDLED = Path(__file__).resolve().parents[3] / "lessons"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    return Path(shutil.copytree(HANDWRITTEN, tmp_path / "pack"))


def lesson_of(pack: Path) -> Path:
    return pack / "lessons" / "claims.toml"


def changes(before: str, after: str) -> tuple[list[str], list[str]]:
    """The lines removed and the lines added, as difflib sees them."""
    removed, added = [], []
    for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0):
        if line.startswith(("---", "+++", "@@")):
            continue
        (removed if line.startswith("-") else added).append(line[1:])
    return removed, added


def edit(path: Path, change) -> tuple[list[str], list[str]]:
    before = path.read_text(encoding="utf-8")
    document = LessonDocument.open(path)
    change(document)
    document.save()
    return changes(before, path.read_text(encoding="utf-8"))


# --- nothing edited, nothing changed ------------------------------------------------------


def every_lesson_file() -> list[Path]:
    files = sorted(FIXTURES.glob("*/lessons/*.toml")) + sorted(BUNDLED.glob("*/lessons/*.toml"))
    return [path for path in files if path.is_file()]


@pytest.mark.parametrize("path", every_lesson_file(), ids=lambda path: path.parent.parent.name)
def test_opening_and_saving_changes_no_byte(path: Path, tmp_path: Path):
    copy = tmp_path / path.name
    copy.write_bytes(path.read_bytes())
    document = LessonDocument.open(copy)
    assert not document.modified
    document.save()
    assert copy.read_bytes() == path.read_bytes()


# --- the round trip the issue asks for -----------------------------------------------------


def test_editing_one_explanation_changes_only_its_line(pack: Path):
    def change(document: LessonDocument) -> None:
        document.update_key_span("marks", "k2", explanation="A statistic: it needs a source.")

    removed, added = edit(lesson_of(pack), change)
    # The old one was a 'literal' string: the new one is written the same way.
    assert removed == ["explanation = 'A statistic offered as support.'"]
    assert added == ["explanation = 'A statistic: it needs a source.'"]
    span = require_pack(pack).lessons[0].exercise("marks").key[1]
    assert span.explanation == "A statistic: it needs a source."


def test_editing_a_multiline_explanation_changes_only_its_lines(pack: Path):
    def change(document: LessonDocument) -> None:
        document.update_key_span("marks", "k3", explanation="A contrast.\nNot evidence.")

    removed, added = edit(lesson_of(pack), change)
    assert removed == [
        'explanation = """',
        "A contrast, offered as if it were evidence.",
        'It says nothing about cats."""',
    ]
    assert added == ['explanation = """A contrast.', 'Not evidence."""']
    assert require_pack(pack).lessons[0].exercise("marks").key[2].explanation == (
        "A contrast.\nNot evidence."
    )


def test_an_edited_value_keeps_its_comment(pack: Path):
    def change(document: LessonDocument) -> None:
        document.update_key_span("marks", "main", explanation="The claim, said three times.")

    removed, added = edit(lesson_of(pack), change)
    assert removed == ['explanation = "The author\'s main claim."   # explained']
    assert added == ['explanation = "The claim, said three times."   # explained']


# --- key spans ----------------------------------------------------------------------------


def test_a_repeated_phrase_gets_the_shortest_whole_word_context(pack: Path):
    text = require_pack(pack).article.text
    phrase = "Cats make cities better"
    assert count_occurrences(text, phrase) == 3
    start = text.index(phrase, text.index("Dogs"))  # the second of three
    document = LessonDocument.open(lesson_of(pack))
    span_id = document.add_key_span(
        "marks", start, start + len(phrase), "claim", "Said again.", text
    )
    document.save()
    written = tomllib.loads(lesson_of(pack).read_text(encoding="utf-8"))
    entry = written["exercises"][0]["key"][-1]
    assert entry == {
        "id": span_id,
        "quote": phrase,
        "suffix": ",",  # "better," is a whole word; the quote is the article's exact words
        "label": "claim",
        "explanation": "Said again.",
    }
    key = require_pack(pack).lessons[0].exercise("marks").key
    assert (key[-1].start, key[-1].end, key[-1].id) == (start, start + len(phrase), span_id)


def test_a_unique_phrase_gets_no_prefix_or_suffix(pack: Path):
    text = require_pack(pack).article.text
    start = text.index("need walks")
    document = LessonDocument.open(lesson_of(pack))
    document.add_key_span("marks", start, start + 10, "claim", "", text, span_id="walks")
    document.save()
    entry = tomllib.loads(lesson_of(pack).read_text(encoding="utf-8"))["exercises"][0]["key"][-1]
    assert entry == {"id": "walks", "quote": "need walks", "label": "claim"}


def words_of(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in token_pattern().finditer(text)]


MINI_TEXT = require_pack(MINIPACK).article.text
MINI_WORDS = words_of(MINI_TEXT)


@st.composite
def word_ranges(draw):
    first = draw(st.integers(0, len(MINI_WORDS) - 1))
    last = draw(st.integers(first, min(first + 12, len(MINI_WORDS) - 1)))
    return MINI_WORDS[first][0], MINI_WORDS[last][1]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    ranges=st.lists(word_ranges(), min_size=1, max_size=3),
    label=st.sampled_from(["claim", "evidence"]),
)
def test_spans_added_at_word_ranges_load_back_at_the_same_offsets(tmp_path_factory, ranges, label):
    pack = Path(shutil.copytree(MINIPACK, tmp_path_factory.mktemp("mini") / "pack"))
    path = pack / "lessons" / "one.toml"
    document = LessonDocument.open(path)
    for start, end in ranges:
        document.add_key_span("marks", start, end, label, "Why.", MINI_TEXT)
    document.save()
    key = require_pack(pack).lessons[0].exercise("marks").key
    assert [(span.start, span.end) for span in key[2:]] == ranges
    assert all(span.quote == MINI_TEXT[span.start : span.end] for span in key)


def test_moving_a_span_rewrites_its_quote_and_context(pack: Path):
    text = require_pack(pack).article.text
    start = text.rindex("Cats make cities better.")
    document = LessonDocument.open(lesson_of(pack))
    document.update_key_span("marks", "main", start=start, end=start + 24, article_text=text)
    document.save()
    entry = tomllib.loads(lesson_of(pack).read_text(encoding="utf-8"))["exercises"][0]["key"][0]
    assert entry["quote"] == "Cats make cities better."
    assert "suffix" not in entry
    assert entry["prefix"] == "itself. "
    span = require_pack(pack).lessons[0].exercise("marks").key[0]
    assert (span.start, span.end) == (start, start + 24)


def test_removing_a_span_keeps_the_names_of_the_spans_after_it(pack: Path):
    removed, added = edit(lesson_of(pack), lambda d: d.remove_key_span("marks", "main"))
    # The spans after it had no id: each keeps the name it had, written in.
    assert added == ['id = "k2"', 'id = "k3"']
    assert "# The main claim: it occurs three times, so it needs a suffix." in removed
    key = require_pack(pack).lessons[0].exercise("marks").key
    assert [span.id for span in key] == ["k2", "k3"]


def test_removing_the_last_span_leaves_an_empty_key(pack: Path):
    path = lesson_of(pack)
    edit(path, lambda d: d.remove_key_span("garden/sides", "k1"))
    assert tomllib.loads(path.read_text())["exercises"][3]["parts"][0]["key"] == []
    assert path.read_text().endswith("# The end of the file: a closing comment.\n")
    line = path.read_text().splitlines().index("key = []") + 1
    assert [str(problem) for problem in load_pack(pack).problems] == [
        f"{path}:{line}:1: warning: the key is empty: every mark will count as extra"
    ]


def test_a_span_label_must_be_one_of_the_exercise_labels(pack: Path):
    document = LessonDocument.open(lesson_of(pack))
    text = require_pack(pack).article.text
    with pytest.raises(LessonEditError, match='"analogy" is not one of the labels of "marks"'):
        document.add_key_span("marks", 0, 4, "analogy", "", text)
    with pytest.raises(LessonEditError, match='"pick" is not a marking exercise'):
        document.add_key_span("pick", 0, 4, "claim", "", text)
    with pytest.raises(LessonEditError, match='has no key span "nope"'):
        document.update_key_span("marks", "nope", label="claim")


# --- exercises ----------------------------------------------------------------------------


def test_removing_an_exercise_takes_the_comments_above_it_and_nothing_else(pack: Path):
    removed, added = edit(lesson_of(pack), lambda d: d.remove_exercise("pick"))
    assert added == []
    assert removed == [
        "# --- A choice with inline options ---",
        "[[exercises]]",
        'id = "pick"',
        'kind = "choice"',
        'title = "Which is evidence?"',
        "options = [",
        '  { text = "The survey", weight = 100, feedback = "Yes: it reports data." },',
        '  { text = "The title" },   # no weight: worth nothing',
        "]",
        "",
    ]
    assert [exercise.id for exercise in require_pack(pack).lessons[0].exercises] == [
        "marks",
        "why",
        "garden",
    ]


def test_moving_an_exercise_moves_its_comments_and_keeps_the_end_of_the_file(pack: Path):
    path = lesson_of(pack)
    document = LessonDocument.open(path)
    document.move_exercise("garden", 0)
    document.move_exercise("pick", 3)
    document.save()
    text = path.read_text(encoding="utf-8")
    lesson = require_pack(pack).lessons[0]
    assert [exercise.id for exercise in lesson.exercises] == ["garden", "marks", "why", "pick"]
    assert '# --- A choice with inline options ---\n[[exercises]]\nid = "pick"' in text
    assert text.index("# --- The first exercise: marking ---") < text.index('id = "marks"')
    assert text.endswith("# The end of the file: a closing comment.\n")
    assert "\n\n\n" not in text and "]\n[[" not in text  # one blank line between tables
    assert sorted(text.splitlines()) == sorted(
        HANDWRITTEN.joinpath("lessons/claims.toml").read_text().splitlines()
    )


def test_adding_exercises_of_every_kind(pack: Path):
    path = lesson_of(pack)
    text = require_pack(pack).article.text
    document = LessonDocument.open(path)
    document.add_exercise("mark", "more", "Mark more", fields={"labels": ["claim"]}, index=1)
    start = text.index("Keeping a cat")
    document.add_key_span("more", start, start + 13, "claim", "A comparison.", text)
    document.add_exercise(
        "choice",
        "several",
        "Several",
        fields={"multiple": True, "options": [{"text": "A", "weight": 100}, {"text": "B"}]},
        comment="Added by a test",
    )
    document.add_exercise(
        "match",
        "pairs",
        "Pairs",
        fields={"pairs": [{"left": "a", "right": "b"}, {"left": "c", "right": "d"}]},
    )
    document.add_exercise(
        "analogy",
        "again",
        "Again",
        fields={
            "parts": [
                {
                    "step": "compared",
                    "id": "sides",
                    "kind": "mark",
                    "title": "Sides",
                    "labels": ["analogy"],
                    "key": [
                        {"quote": "a garden", "label": "analogy", "explanation": "The other side."}
                    ],
                },
                {
                    "step": "breakdown",
                    "id": "why",
                    "kind": "short",
                    "title": "Why?",
                    "accept": ["x"],
                },
            ]
        },
    )
    document.add_entry("pick", "options", {"text": "A third", "feedback": "No."}, index=1)
    document.save()
    result = load_pack(pack)
    assert [str(problem) for problem in result.problems] == []
    lesson = result.pack.lessons[0]
    assert [exercise.id for exercise in lesson.exercises] == [
        "marks",
        "more",
        "pick",
        "why",
        "garden",
        "several",
        "pairs",
        "again",
    ]
    assert lesson.exercise("more").key[0].quote == "Keeping a cat"
    assert [option.text for option in lesson.exercise("pick").options] == [
        "The survey",
        "A third",
        "The title",
    ]
    assert lesson.exercise("again").parts[0].exercise.key[0].quote == "a garden"
    written = path.read_text()
    assert "# Added by a test\n" in written
    assert '  { text = "A third", feedback = "No." },\n' in written  # the inline style kept


def test_an_exercise_id_must_be_new_and_valid(pack: Path):
    document = LessonDocument.open(lesson_of(pack))
    with pytest.raises(LessonEditError, match='has an exercise "pick" already'):
        document.add_exercise("choice", "pick", "Again")
    with pytest.raises(LessonEditError, match="not a valid exercise id"):
        document.add_exercise("choice", "Pick Me", "Again")
    with pytest.raises(LessonEditError, match='"quiz" is not an exercise kind'):
        document.add_exercise("quiz", "quiz", "Quiz")
    with pytest.raises(LessonEditError, match='the id "why" is taken'):
        document.set_field("pick", "id", "why")
    with pytest.raises(LessonEditError, match='no exercise "nope"'):
        document.remove_exercise("nope")
    assert not document.modified


def test_set_field_puts_a_new_key_where_the_format_puts_it(pack: Path):
    def change(document: LessonDocument) -> None:
        document.set_field("why", "points", 2)
        document.set_field("why", "explanation", None)
        document.set_field("garden/rule", "prompt", "Pick one.")

    removed, added = edit(lesson_of(pack), change)
    assert removed == ['explanation = "Data can be checked."']
    assert added == ["points = 2", 'prompt = "Pick one."']
    text = lesson_of(pack).read_text()
    assert (
        'title = "What makes the survey evidence?"\naccept = ["it gives data"]\npoints = 2'
        not in text
    )
    assert 'title = "What makes the survey evidence?"\npoints = 2\n' in text
    lesson = require_pack(pack).lessons[0]
    assert lesson.exercise("why").points == 2
    assert lesson.exercise("garden").parts[1].exercise.prompt == "Pick one."


def test_set_field_refuses_keys_the_kind_does_not_have(pack: Path):
    document = LessonDocument.open(lesson_of(pack))
    with pytest.raises(LessonEditError, match='a "choice" exercise has no key "key"'):
        document.set_field("pick", "key", [])
    with pytest.raises(LessonEditError, match='a "short" exercise has no key "step"'):
        document.set_field("why", "step", "x")
    document.set_field("garden/sides", "step", "the two sides")


def test_entries_can_be_changed_moved_and_removed(pack: Path):
    path = lesson_of(pack)
    document = LessonDocument.open(path)
    document.set_entry_field("pick", "options", 1, "feedback", "A title is no evidence.")
    document.move_entry("marks", "hints", 0, 0)
    document.add_entry("marks", "hints", {"text": "Then look for a contrast."})
    document.move_entry("marks", "hints", 1, 0)
    document.remove_entry("garden/rule", "options", 1)
    document.add_entry("garden/rule", "options", {"text": "Gardens need care", "weight": 0})
    document.save()
    lesson = require_pack(pack).lessons[0]
    assert lesson.exercise("pick").options[1].feedback == "A title is no evidence."
    assert [hint.text for hint in lesson.exercise("marks").hints] == [
        "Then look for a contrast.",
        "Look for numbers.",
    ]
    options = lesson.exercise("garden").parts[1].exercise.options
    assert [option.text for option in options] == ["Little care is enough", "Gardens need care"]
    assert "{text = " in path.read_text()  # that array had no inner spaces: still none


# --- the file as a whole ------------------------------------------------------------------


def test_windows_line_ends_and_a_byte_order_mark_are_kept(pack: Path):
    path = lesson_of(pack)
    original = "\ufeff" + path.read_text(encoding="utf-8").replace("\n", "\r\n")
    path.write_bytes(original.encode("utf-8"))
    document = LessonDocument.open(path)
    document.set_field("why", "points", 3)
    document.add_exercise("short", "more", "More", fields={"accept": ["x"]})
    document.save()
    raw = path.read_bytes()
    assert raw.startswith("\ufeff".encode())
    assert raw.count(b"\n") == raw.count(b"\r\n")
    assert require_pack(pack).lessons[0].exercise("why").points == 3


def test_saving_refuses_to_overwrite_a_change_made_on_disk(pack: Path):
    path = lesson_of(pack)
    document = LessonDocument.open(path)
    document.set_field("why", "points", 3)
    path.write_text(path.read_text() + "# edited in a text editor\n", encoding="utf-8")
    with pytest.raises(ChangedOnDisk, match="changed on disk since it was opened"):
        document.save()
    assert path.read_text().endswith("# edited in a text editor\n")
    document.save(force=True)
    assert "points = 3" in path.read_text()
    document.set_field("why", "points", 4)
    document.save()  # its own save is not a change on disk


def test_a_removed_lesson_file_is_written_again_if_wanted_back(pack: Path):
    path = lesson_of(pack)
    document = LessonDocument.open(path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "# edited in a text editor\n", encoding="utf-8")
    with pytest.raises(ChangedOnDisk):  # not deleted under a teacher's own changes
        document.remove_file()
    assert path.exists()
    document.remove_file(force=True)
    assert not path.exists() and document.modified  # gone, and unsaved now
    document.save()
    assert path.read_text(encoding="utf-8") == text


def test_restore_undoes_and_redoes(pack: Path):
    document = LessonDocument.open(lesson_of(pack))
    before = document.as_text()
    document.remove_exercise("pick")
    after = document.as_text()
    document.restore(before)
    assert document.as_text() == before and not document.modified
    assert "pick" in document.exercise_ids()
    document.restore(after)
    assert "pick" not in document.exercise_ids() and document.modified


def test_a_new_lesson_file(tmp_path: Path):
    path = tmp_path / "lessons" / "new.toml"
    document = LessonDocument.create(path, "new", "A new lesson")
    assert document.modified
    document.add_exercise("short", "say", "Say it", fields={"accept": ["it"]})
    document.save()
    assert tomllib.loads(path.read_text()) == {
        "id": "new",
        "title": "A new lesson",
        "exercises": [{"id": "say", "kind": "short", "title": "Say it", "accept": ["it"]}],
    }
    with pytest.raises(TomlFileError, match="exists already"):
        LessonDocument.create(path, "new", "Again")


def test_files_that_cannot_be_opened(tmp_path: Path):
    broken = tmp_path / "broken.toml"
    broken.write_text('id = "x\n', encoding="utf-8")
    with pytest.raises(TomlFileError, match="TOML syntax"):
        LessonDocument.open(broken)
    broken.write_bytes(b'id = "\xff"\n')
    with pytest.raises(TomlFileError, match="not valid UTF-8"):
        LessonDocument.open(broken)
    with pytest.raises(TomlFileError, match="cannot read the file"):
        LessonDocument.open(tmp_path / "missing.toml")


# --- quote_for in whole words -------------------------------------------------------------

WORDY = st.lists(
    st.sampled_from(["cat", "cats", "the", "sat.", "a", "\n", "on"]), min_size=1, max_size=30
).map(lambda words: " ".join(words))


@given(WORDY, st.data())
def test_whole_word_quotes_anchor_back_with_context_cut_at_spaces(text, data):
    assume_words = words_of(text)
    if not assume_words:
        return
    first = data.draw(st.integers(0, len(assume_words) - 1))
    last = data.draw(st.integers(first, len(assume_words) - 1))
    start, end = assume_words[first][0], assume_words[last][1]
    quote = quote_for(text, start, end, words=True)
    assert quote.exact == text[start:end]
    assert anchor(text, quote) == (start, end)
    prefix_start = start - len(quote.prefix)
    suffix_end = end + len(quote.suffix)
    assert prefix_start == 0 or text[prefix_start - 1].isspace() or not quote.prefix
    assert suffix_end == len(text) or text[suffix_end].isspace() or not quote.suffix
    if count_occurrences(text, quote.exact) == 1:
        assert not quote.prefix and not quote.suffix


def test_whole_word_quotes_take_the_shorter_side():
    text = "the cat sat on a mat. the cat ran off."
    start = text.rindex("the cat")
    assert quote_for(text, start, start + 7, words=True).suffix == " ran"
    assert quote_for(text, 0, 7, words=True).suffix == " sat"
    text = "one cat here, two cat here"
    start = text.rindex("cat")
    assert quote_for(text, start, start + 3, words=True).prefix == "two "


def test_a_whole_list_set_at_once_keeps_the_list_style(pack: Path):
    def change(document: LessonDocument) -> None:
        document.set_field(
            "marks", "hints", [{"text": "Numbers."}, {"text": "A contrast.", "cost": 1}]
        )
        document.set_field("garden/rule", "options", [{"text": "X", "weight": 100}, {"text": "Y"}])

    removed, added = edit(lesson_of(pack), change)
    assert removed == [
        'text = "Look for numbers."   # the gentle hint',
        "cost = 0.5",
        'options = [{text = "Little care is enough", weight = 100}, {text = "Cats are gardens"}]',
    ]
    assert added == [
        'text = "Numbers."',
        "",
        "[[exercises.hints]]",
        'text = "A contrast."',
        "cost = 1",
        'options = [{text = "X", weight = 100}, {text = "Y"}]',
    ]
    lesson = require_pack(pack).lessons[0]
    assert [hint.cost for hint in lesson.exercise("marks").hints] == [0.0, 1.0]


def test_a_new_lesson_key_goes_between_its_neighbours_with_their_comments(tmp_path: Path):
    path = tmp_path / "lesson.toml"
    path.write_text(
        'id = "one"\ntitle = "One"\n# Lessons to read first.\nrequires = ["zero"]\n\n'
        '[[exercises]]\nid = "x"\nkind = "short"\ntitle = "X"\nprompt = "Why?"\n'
        'accept = ["because"]\n',
        encoding="utf-8",
    )
    document = LessonDocument.open(path)
    document.set_lesson_field("intro", "Read closely.")
    document.save()
    assert path.read_text(encoding="utf-8").startswith(
        'id = "one"\ntitle = "One"\nintro = "Read closely."\n# Lessons to read first.\n'
        'requires = ["zero"]\n\n[[exercises]]\n'
    )
