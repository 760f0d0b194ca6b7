"""The GIFT reader against Moodle's: issue 17's numbered bugs, each reproduced by a file in
tests/core/fixtures/gift/ written for this project, and what Moodle's reader
(qformat_gift::readquestion in question/format/gift/format.php, and its tests in
giftformat_test.php) does with the same text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from closeread.core.authoring.gift import parse_gift
from closeread.core.authoring.gift_import import GiftImportError, import_gift
from closeread.core.pack.load import load_pack
from closeread.core.pack.model import ChoiceOption, MatchPair, Pack

FIXTURES = Path(__file__).parents[1] / "fixtures"
GIFT = FIXTURES / "gift"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    return Path(shutil.copytree(FIXTURES / "minipack", tmp_path / "pack"))


def imported(pack: Path, name: str) -> tuple[tuple[str, ...], Pack]:
    """Import the fixture ``name`` into ``pack``; its notes and the pack, loaded back
    with no error (the importer writes nothing the checker refuses)."""
    result = import_gift(GIFT / name, pack, lesson="lessons/quiz.toml")
    loaded = load_pack(pack)
    assert [str(p) for p in loaded.problems if p.severity == "error"] == []
    assert loaded.pack is not None
    notes = tuple(note.removeprefix(f"{GIFT / name}:") for note in result.notes)
    return notes, loaded.pack


def quiz(loaded: Pack):
    return loaded.lessons[-1]


def test_bug_1_format_tags_on_answers_feedback_and_pairs_are_read_not_shown(pack: Path):
    # Moodle: commentparser() and the matching branch call parse_text_with_format() on each
    # answer, feedback and left-hand item, defaulting to the question's format; the
    # right-hand item of a pair is never format-parsed (giftformat_test: test_import_match,
    # test_import_multichoice, whose "[plain]blue" answer is "blue" in FORMAT_PLAIN).
    notes, loaded = imported(pack, "format_tags.gift")
    colours = quiz(loaded).exercise("colours")
    assert colours.options == (
        ChoiceOption("&lt;yellow>", 1.0, "Right: **yellow**."),  # [plain]: shown as written
        ChoiceOption("**red**", 0.0, "No."),
        ChoiceOption("blue", 0.0, "No: 2\\*3 is not a colour."),
        ChoiceOption("*green*", 0.0, "*No*, that is one of the ends."),
    )
    assert colours.explanation == "The spectrum runs from **red** to violet."
    pairs = quiz(loaded).exercise("tags-on-pairs")
    assert pairs.pairs == (
        MatchPair("a*b", "one"),
        MatchPair("c", "two"),
        MatchPair("d", "[plain]three"),
    )
    true_false = quiz(loaded).exercise("tags-on-true-false")
    assert true_false.options == (
        ChoiceOption("True", 0.0, "**It is not.**"),
        ChoiceOption("False", 1.0, "Right: &lt;blue>."),
    )
    assert true_false.explanation == "Look *up*."
    assert quiz(loaded).exercise("tags-on-short-answers").accepted == ("yellow", "gold")
    assert notes == ('22: warning: the feedback for "yellow" is left out',)
    # format_name_to_const() knows the four names in lower case only: anything else is text.
    assert quiz(loaded).exercise("not-a-tag").prompt == (
        "\\[HTML\\]**capitals** and \\[note\\] are text."
    )


def test_bug_2_a_short_answer_without_equals_is_a_short_answer(pack: Path):
    # Moodle: the short-answer branch explodes the answers on "=" and drops the first
    # piece only when it is empty, so "{One}" has one answer, "One", worth 100%.
    notes, loaded = imported(pack, "short_without_equals.gift")
    lesson = quiz(loaded)
    assert [(e.id, e.kind, e.accepted) for e in lesson.exercises] == [
        ("one", "short", ("One",)),
        ("two-ways", "short", ("analogy", "comparison")),
        ("with-feedback", "short", ("yes",)),
    ]
    assert notes == ('9: warning: the feedback for "yes" is left out',)


def test_bug_3_text_after_the_answers_leaves_a_blank_in_the_question(pack: Path):
    # Moodle: when the text does not end with "}", the answers are replaced by "_____"
    # and the question keeps its type; "{#3.14:0.01}." is still numerical.
    notes, loaded = imported(pack, "text_after_answers.gift")
    lesson = quiz(loaded)
    blank = "\\_" * 5  # Markdown for "_____"
    full_stop = lesson.exercise("full-stop")
    assert full_stop.prompt == f"The author calls China a major {blank}."
    assert full_stop.options == (ChoiceOption("victim", 1.0), ChoiceOption("threat", 0.0))
    middle = lesson.exercise("blank-in-the-middle")
    assert middle.prompt == f"The report was written by {blank}, a security company."
    assert middle.accepted == ("Symantec Norton", "Symantec")
    markdown = lesson.exercise("markdown-blank")
    assert markdown.prompt == f"The conference was held in **{blank}** in 2015."
    assert notes == (
        '11: skipped: numeric question "Number after": CloseRead has no numeric exercise',
    )


def test_bug_4_what_the_checker_refuses_is_refused_before_anything_is_written(pack: Path):
    # Moodle refuses "{~only}" and "{=a -> b}" (check_answer_count: importminerror) and
    # grades outside its list such as 150% and -200% (invalidgrade), and with its default
    # "stop on error" imports nothing at all. The 80% total and the right-hand item given
    # twice are the checker's own rules, run before writing.
    before = {path: path.read_bytes() for path in pack.rglob("*") if path.is_file()}
    with pytest.raises(GiftImportError) as raised:
        import_gift(GIFT / "checker_rejects.gift", pack)
    shown = GIFT / "checker_rejects.gift"
    assert raised.value.lines == [
        f"{shown}:5: error: a multiple choice needs two answers",
        f"{shown}:7: error: a matching question needs two pairs",
        f'{shown}:9: error: the answer "yes" is worth 150%: a weight runs from -100% to 100% '
        "(Moodle refuses it too)",
        f'{shown}:11: error: the answer "no" is worth -200%: a weight runs from -100% to 100% '
        "(Moodle refuses it too)",
    ]
    assert {path: path.read_bytes() for path in pack.rglob("*") if path.is_file()} == before
    # With those four fixed, the checker's own rules still find two.
    text = shown.read_text(encoding="utf-8").splitlines(keepends=True)
    fixed = pack.parent / "fixed.gift"
    fixed.write_text("".join(text[:4] + ["\n"] * 8 + text[12:]), encoding="utf-8")
    with pytest.raises(GiftImportError) as raised:
        import_gift(fixed, pack)
    assert raised.value.lines == [
        f"{fixed}:13: error: the right options add up to 80%, not 100%: nobody can get full points",
        f'{fixed}:15: error: "x" appears twice on the right side',
    ]
    assert {path: path.read_bytes() for path in pack.rglob("*") if path.is_file()} == before


def test_bug_5_a_hash_in_a_matching_pair_is_part_of_the_item(pack: Path):
    # Moodle: the matching branch splits each pair at "->" and never calls commentparser().
    _, loaded = imported(pack, "hash_in_pairs.gift")
    assert quiz(loaded).exercise("languages").pairs == (
        MatchPair("C#", "the C family"),
        MatchPair("F#", "ML"),
        MatchPair("Java", "C#-like"),
    )


def test_bug_7_the_smaller_divergences_follow_moodle(pack: Path):
    notes, loaded = imported(pack, "moodle_divergences.gift")
    lesson = quiz(loaded)
    # An unclosed title: Moodle sets no name and reads the text after the first "::".
    untitled = lesson.exercises[0]
    assert (untitled.title, untitled.prompt) == (
        "Untitled A title that is never closed",
        "Untitled A title that is never closed",
    )
    assert notes[0] == (
        '3: warning: the title is not closed ("::" is missing): the question is read '
        "without a title, as Moodle reads it"
    )
    # "{true}": Moodle's true/false check is in_array() against T, TRUE, F, FALSE, which
    # is case-sensitive, so this is a short answer accepting "true".
    lower = lesson.exercise("lower-case")
    assert (lower.kind, lower.accepted) == ("short", ("true",))
    # Two "####": Moodle splits at the last (strrpos); the first stays in the answers,
    # where "#" starts the feedback of the answer before it.
    separators = lesson.exercise("two-separators")
    assert separators.explanation == "second"
    assert separators.options[1] == ChoiceOption("b", 0.0, "\\###first")
    # Moodle's own format shows a line break as a line break, not a new paragraph.
    assert lesson.exercise("line-break").prompt == "First line  \nsecond line"
    # A name made from Markdown text is the words a reader sees.
    named = lesson.exercises[4]
    assert named.title == "Bold words and emphasis make the name"
    assert named.prompt == "**Bold** words and *emphasis* make the name"


def test_a_question_id_in_a_comment_names_the_exercise(pack: Path, tmp_path: Path):
    # Moodle reads "[id:...]" in a question's comment lines as its idnumber.
    gift = tmp_path / "ids.gift"
    gift.write_text(
        "// [id:my-pick]\n::A:: Pick. {=a ~b}\n\n// [id:Q 2]\n::B:: Pick. {=a ~b}\n\n"
        "// [id:marks]\n::C:: Pick. {=a ~b}\n",
        encoding="utf-8",
    )
    parsed = parse_gift(gift.read_text(encoding="utf-8"))
    assert [question.idnumber for question in parsed.questions] == ["my-pick", "Q 2", "marks"]
    result = import_gift(gift, pack)
    assert result.added == ("my-pick", "q-2", "c")  # "marks" is taken in that lesson


def test_an_answer_without_a_marker_is_a_wrong_answer_as_moodle_reads_it(pack: Path, tmp_path):
    # Moodle: "{Yes =No ~Maybe}" becomes "Yes ~=No ~Maybe" split on "~": "Yes" is an
    # answer with no weight.
    gift = tmp_path / "marker.gift"
    gift.write_text("::M:: Pick. {Yes =No ~Maybe}\n", encoding="utf-8")
    result = import_gift(gift, pack)
    assert result.notes == (
        f'{gift}:1: warning: the answer "Yes" starts with neither "=" nor "~": it is read '
        "as a wrong answer, as Moodle reads it",
    )
    exercise = load_pack(pack).pack.lessons[0].exercise("m")
    assert [(option.text, option.weight) for option in exercise.options] == [
        ("Yes", 0.0),
        ("No", 1.0),
        ("Maybe", 0.0),
    ]


def test_essays_become_writing_tasks_with_a_criterion_to_rewrite(pack: Path):
    # Moodle: empty braces are an essay (answertext == ''), even with general feedback.
    notes, loaded = imported(pack, "essays.gift")
    lesson = quiz(loaded)
    assert [(e.kind, e.attempts, len(e.criteria)) for e in lesson.exercises] == [
        ("writing", 1, 1)
    ] * 3
    assert lesson.exercise("with-feedback").explanation == "Think of who owns the house."
    assert lesson.exercise("html-essay").prompt == (
        "Read the **last** paragraph.\n\nThen answer it in your own words."
    )
    assert [note.split(": ", 2)[1] for note in notes] == ["note"] * 3
