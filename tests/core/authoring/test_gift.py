"""Moodle GIFT files into exercises: every construct of fixtures/gift/all.gift, read by the
parser, imported into a copy of the small pack, and loaded back with the core."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from closeread.core.authoring.gift import GiftText, parse_gift
from closeread.core.authoring.gift_import import GiftImportError, import_gift
from closeread.core.pack.load import load_pack, require_pack
from closeread.core.pack.markdowntext import html_to_markdown, html_to_text
from closeread.core.pack.model import ChoiceOption, MatchPair, WritingCriterion

FIXTURES = Path(__file__).parents[1] / "fixtures"
ALL = FIXTURES / "gift" / "all.gift"
BROKEN = FIXTURES / "gift" / "broken.gift"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    return Path(shutil.copytree(FIXTURES / "minipack", tmp_path / "pack"))


def test_the_parser_finds_each_question_with_its_type_and_line():
    parsed = parse_gift(ALL.read_text(encoding="utf-8"))
    found = [(question.line, question.kind, question.title) for question in parsed.questions]
    assert found == [
        (5, "choice", "Victim"),
        (13, "multiple", "Which are evidence"),
        (20, "truefalse", "Analogy signal"),
        (22, "truefalse", "Two kinds"),
        (24, "truefalse", "Short T"),
        (26, "truefalse", "Short F"),
        (28, "short", "Signal word"),
        (30, "match", "Pairs"),
        (36, "choice", "What: escapes?"),
        (38, "choice", ""),
        (40, "choice", ""),
        (42, "choice", "Moodle format"),
        (45, "choice", ""),
        (47, "choice", ""),
        (49, "numeric", "Year"),
        (51, "essay", "Essay"),
        (53, "choice", "Missing"),  # a missing-word question: text after the answers
        (55, "description", "Only text"),
    ]
    assert [(note.line, note.severity) for note in parsed.notes] == [(3, "skipped")]
    victim = parsed.questions[0]
    assert [(a.text.text, a.weight, a.feedback.text) for a in victim.answers] == [
        ("A report by a security company", 100, "Yes: the Symantec Norton report."),
        ("Figures on the number of attacks", 0, "The excerpt gives no figures."),
        ("A named source, without figures", 50, "Half right: the report is named, nothing more."),
        ("The author's own experience", -25, ""),
    ]
    assert victim.general_feedback == GiftText("A careful reader asks what the report measured.")
    escapes = parsed.questions[8]
    assert (
        escapes.text.text == "Marks such as ~ = # { } and : are text\nwhen escaped, and so is \\."
    )
    assert [answer.text.text for answer in escapes.answers] == ["yes#really", "no"]
    two_kinds = parsed.questions[3]
    assert (two_kinds.truth, two_kinds.wrong_feedback.text, two_kinds.general_feedback.text) == (
        False,
        "Read the second paragraph again.",
        "The author says the US has two standards.",
    )
    missing = parsed.questions[16]
    assert missing.blank and missing.text.text == (
        "The author compares spying to _____ in the last paragraph."
    )


def test_importing_adds_every_usable_question_and_lists_the_rest(pack: Path):
    imported = import_gift(ALL, pack)
    shown = str(ALL)
    assert imported.lesson_file == "lessons/one.toml" and not imported.created
    assert imported.notes == (
        f'{shown}:3: skipped: category "$course$/Critical reading" '
        "(CloseRead has no question categories)",
        f'{shown}:28: warning: the answer "akin" is worth 50%: CloseRead accepts whole answers '
        "for full points only, so it is left out (such answers go to the teacher for review)",
        f'{shown}:28: warning: the feedback for "akin" is left out',
        f'{shown}:49: skipped: numeric question "Year": CloseRead has no numeric exercise',
        f'{shown}:51: note: the essay "Essay" becomes a writing task with one criterion, '
        '"Response to the task": write its rubric before handing it out',
        f'{shown}:55: skipped: text with no answers "Only text": a Moodle description, '
        "not a question",
    )
    result = load_pack(pack)
    assert [str(problem) for problem in result.problems if problem.severity == "error"] == []
    lesson = result.pack.lessons[0]
    assert [exercise.id for exercise in lesson.exercises] == [
        *("marks", "pick", "why", "pairs", "analogy"),  # the lesson's own
        *("victim", "which-are-evidence", "analogy-signal", "two-kinds", "short-t", "short-f"),
        *("signal-word", "pairs-2", "what-escapes", "is-this-safe-sound-one-two"),
        *("is-2-3-4-equal-to", "moodle-format", "pick-the-odd-one-out"),
        *("pick-the-odd-one-out-2", "essay", "missing"),
    ]
    assert imported.added == tuple(exercise.id for exercise in lesson.exercises[5:])

    victim = lesson.exercise("victim")
    assert (victim.kind, victim.multiple, victim.title) == ("choice", False, "Victim")
    assert victim.options == (
        ChoiceOption("A report by a security company", 1.0, "Yes: the Symantec Norton report."),
        ChoiceOption("Figures on the number of attacks", 0.0, "The excerpt gives no figures."),
        ChoiceOption(
            "A named source, without figures", 0.5, "Half right: the report is named, nothing more."
        ),
        ChoiceOption("The author's own experience", -0.25, ""),
    )
    assert victim.explanation == "A careful reader asks what the report measured."

    several = lesson.exercise("which-are-evidence")
    assert several.multiple and several.prompt.startswith("Choose **all**")
    assert [round(option.weight, 6) for option in several.options] == [0.333333] * 3 + [-1.0]
    assert several.options[3].feedback == "That is an *analogy*."

    signal = lesson.exercise("analogy-signal")
    assert signal.options == (ChoiceOption("True", 1.0), ChoiceOption("False", 0.0))
    two_kinds = lesson.exercise("two-kinds")
    assert two_kinds.options == (
        ChoiceOption("True", 0.0, "Read the second paragraph again."),
        ChoiceOption(
            "False",
            1.0,
            "Right: commercial spying and spying for security are treated differently.",
        ),
    )
    assert two_kinds.explanation == "The author says the US has two standards."
    assert [option.weight for option in lesson.exercise("short-f").options] == [0.0, 1.0]
    assert lesson.exercise("short-f").explanation == "It names no figures."

    short = lesson.exercise("signal-word")
    assert (short.kind, short.accepted) == ("short", ("akin to", "this is akin to"))

    match = lesson.exercise("pairs-2")
    assert match.pairs == (
        MatchPair("The Symantec Norton report", "China is a victim of cyber attacks"),
        MatchPair("Two kinds of spying", "The US view is arbitrary"),
    )
    assert match.distractors == ("China is a threat",)

    escapes = lesson.exercise("what-escapes")
    assert escapes.title == "What: escapes?"
    assert [option.text for option in escapes.options] == ["yes#really", "no"]
    # "\\n" is a line break, shown as one; "\\\\" is a backslash, which Markdown writes as "\\\\".
    assert escapes.prompt == (
        "Marks such as ~ = # { } and : are text  \nwhen escaped, and so is \\\\."
    )

    html = lesson.exercise("is-this-safe-sound-one-two")
    assert html.prompt == "Is **this** safe & *sound*?\n\n- one\n\n- two"  # no script, no tags
    assert html.options[1].feedback == "Look again"  # the link's words, not the link

    assert lesson.exercise("is-2-3-4-equal-to").prompt == "Is 2\\*3\\*4 equal to 24?"  # [plain]
    # Moodle's own format shows a line break as a line break: Markdown's two spaces.
    assert lesson.exercise("moodle-format").prompt == "First line  \nsecond line"

    essay = lesson.exercise("essay")
    assert (essay.kind, essay.prompt, essay.attempts) == (
        "writing",
        "Write what you think of the analogy.",
        1,
    )
    assert essay.criteria == (
        WritingCriterion(
            "Response to the task",
            1.0,
            (
                "No answer, or one that does not address the task.",
                "Addresses part of the task.",
                "Addresses the whole task.",
                "Addresses the whole task with precision and insight.",
            ),
        ),
    )
    missing = lesson.exercise("missing")
    assert missing.prompt == "The author compares spying to \\_\\_\\_\\_\\_ in the last paragraph."
    assert [(o.text, o.weight) for o in missing.options] == [
        ("breaking into a house", 1.0),
        ("a game", 0.0),
    ]


def test_each_exercise_says_where_it_came_from(pack: Path):
    import_gift(ALL, pack)
    text = (pack / "lessons" / "one.toml").read_text(encoding="utf-8")
    assert '[[exercises]]\n# Imported from all.gift, line 5\nid = "victim"\n' in text
    assert text.startswith((FIXTURES / "minipack" / "lessons" / "one.toml").read_text())


def test_importing_into_a_new_lesson_file_lists_it_in_the_pack(pack: Path):
    imported = import_gift(ALL, pack, lesson="lessons/quiz.toml")
    assert (imported.lesson_file, imported.created) == ("lessons/quiz.toml", True)
    meta = tomllib.loads((pack / "pack.toml").read_text(encoding="utf-8"))
    assert meta["lessons"] == ["lessons/one.toml", "lessons/quiz.toml"]
    assert (pack / "pack.toml").read_text().startswith("# A small pack the checker tests copy")
    lessons = require_pack(pack).lessons
    assert (lessons[1].id, lessons[1].title) == ("quiz", "Questions from all.gift")
    assert lessons[1].exercises[0].id == "victim"  # no clash with the other lesson's ids


def test_importing_twice_keeps_ids_apart(pack: Path):
    import_gift(ALL, pack, lesson="lessons/quiz.toml")
    again = import_gift(ALL, pack, lesson="lessons/quiz.toml")
    assert again.added[:2] == ("victim-2", "which-are-evidence-2") and not again.created
    assert load_pack(pack).ok


def test_a_file_with_an_error_imports_nothing(pack: Path):
    before = {path: path.read_bytes() for path in pack.rglob("*") if path.is_file()}
    with pytest.raises(GiftImportError) as raised:
        import_gift(BROKEN, pack)
    assert raised.value.lines == [
        f'{BROKEN}:3: error: the answers are not closed: "}}" is missing',
        f'{BROKEN}:5: error: a "}}" comes before any "{{"',
        f'{BROKEN}:7: error: a pair has no "->": "c"',
    ]
    assert {path: path.read_bytes() for path in pack.rglob("*") if path.is_file()} == before


def test_what_cannot_be_imported_says_why(pack: Path, tmp_path: Path):
    latin1 = tmp_path / "latin1.gift"
    latin1.write_bytes(b"::Q:: Caf\xe9? {T}\n")
    with pytest.raises(GiftImportError, match=r"latin1.gift:1: error: the file is not UTF-8"):
        import_gift(latin1, pack)
    with pytest.raises(GiftImportError, match=r"no such file: is .* a pack folder"):
        import_gift(ALL, tmp_path)
    with pytest.raises(GiftImportError, match=r"must be a .* file inside the pack"):
        import_gift(ALL, pack, lesson="../outside.toml")
    with pytest.raises(GiftImportError, match="cannot read the file"):
        import_gift(tmp_path / "missing.gift", pack)
    (pack / "lessons" / "one.toml").write_text('id = "one\n', encoding="utf-8")
    with pytest.raises(GiftImportError, match="TOML syntax"):
        import_gift(ALL, pack)


def test_html_becomes_safe_markdown_or_plain_text():
    html = '<h1>Title</h1><p>A <strong>bold</strong> and <em>odd*</em> <a href="x">link</a>.</p>'
    html += "<script>alert('x')</script><style>p {}</style><p># not a heading<br>1. no list</p>"
    assert html_to_markdown(html) == (
        "Title\n\nA **bold** and *odd\\** link.\n\n\\# not a heading  \n1\\. no list"
    )
    assert html_to_text(html) == "Title\nA bold and odd* link.\n# not a heading\n1. no list"
    assert html_to_markdown("<p>a <b></b>b &amp;c; &lt;tag&gt;</p>") == "a b &amp;c; &lt;tag>"


def test_a_line_break_in_html_stays_a_line_break_and_two_make_a_paragraph():
    assert html_to_markdown("one<br>two<br/><br/>three<br>") == "one  \ntwo\n\nthree"
    assert html_to_text("one<br>two<br/><br/>three<br>") == "one\ntwo\nthree"
    assert html_to_markdown("<br>lead <b>x</b><br>*y*") == "lead **x**  \n\\*y\\*"


def test_only_line_ends_end_a_line():
    # A form feed or a Unicode line separator in a text is no line end: Moodle splits at
    # "\n" and "\r" only, and the line numbers after it stay right.
    text = "::A:: One\u2028still one {=a ~b}\r\n\r\n::B:: Two\x0c {=c ~d}\r::C:: Three {T}"
    parsed = parse_gift(text)
    assert [(q.line, q.title) for q in parsed.questions] == [(1, "A"), (3, "B")]
    # The rest of the block is B's text: its answers are the first braces, as in Moodle.
    assert parsed.questions[1].text.text == "Two\x0c \n::C:: Three {T}"
