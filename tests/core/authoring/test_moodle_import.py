"""Moodle XML files into exercises: every question of fixtures/moodle/all.xml read, imported
into a copy of the small pack, and loaded back with the core; files with mistakes, files
of another format, and pictures."""

from __future__ import annotations

import base64
import shutil
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from closeread.core.authoring.moodle_import import import_moodle_xml
from closeread.core.authoring.moodle_xml import NotMoodleXml, parse_moodle_xml
from closeread.core.authoring.question_import import QuestionImportError
from closeread.core.pack.load import load_pack, require_pack
from closeread.core.pack.model import ChoiceOption, Hint, MatchPair, WritingCriterion

FIXTURES = Path(__file__).parents[1] / "fixtures"
MOODLE = FIXTURES / "moodle"
ALL = MOODLE / "all.xml"
RED = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGM4IScHRAwQCgAfJgQRoo8irwAAAABJRU5ErkJggg=="
)


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    return Path(shutil.copytree(FIXTURES / "minipack", tmp_path / "pack"))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_the_parser_reads_each_question_with_its_type_and_line():
    quiz = parse_moodle_xml(ALL.read_bytes())
    assert [(q.line, q.type, q.name) for q in quiz.questions] == [
        (11, "multichoice", "Which is evidence?"),
        (61, "multichoice", "Pick all the evidence"),
        (82, "truefalse", "Cats and walks"),
        (103, "shortanswer", "How many households"),
        (131, "matching", "Match the evidence"),
        (159, "essay", "Respond to the survey"),
        (181, "gapselect", "Select the word"),
        (203, "gapselect", "Three gaps"),
        (215, "numerical", "Percent calmer"),
        (228, "description", "About this quiz"),
        (237, "multichoice", "A picture from the web"),
    ]
    assert [(n.line, n.severity) for n in quiz.notes] == [(5, "skipped")]
    first = quiz.questions[0]
    assert [(a.fraction, a.text.markup) for a in first.answers] == [
        (100, "html"),
        (0, "html"),
        (-33.33333, "html"),
    ]
    assert (first.single, first.shuffle, first.default_grade) == (True, True, 2.0)
    assert first.text.files[0].name == "survey chart.png" and first.text.files[0].data == RED
    second = quiz.questions[1]
    assert (second.single, second.shuffle, second.text.markup) == (False, False, "moodle")
    essay = quiz.questions[5]
    assert (essay.words, essay.default_grade, essay.text.markup) == ((50, 200), 10, "markdown")


def test_importing_adds_every_usable_question_and_lists_the_rest(pack: Path):
    imported = import_moodle_xml(ALL, pack)
    shown = str(ALL)
    assert imported.lesson_file == "lessons/one.toml" and not imported.created
    assert imported.added == (
        "which-is-evidence", "pick-all-the-evidence", "cats-and-walks", "how-many-households",
        "match-the-evidence", "respond-to-the-survey", "select-the-word", "a-picture-from-the-web",
    )  # fmt: skip
    assert imported.images == ("images/survey-chart.png",)
    assert (pack / "images" / "survey-chart.png").read_bytes() == RED
    assert imported.notes == (
        f'{shown}:5: skipped: category "$course$/top/Cats and the city" (CloseRead has no '
        "question categories)",
        f'{shown}:103: warning: the feedback for "four hundred" is left out',
        f'{shown}:103: warning: the answer "about 400" is worth 50%: CloseRead accepts whole '
        "answers for full points only, so it is left out (such answers go to the teacher for "
        "review)",
        f'{shown}:103: warning: the answer "4*" has Moodle\'s wildcard "*" (any text), which '
        "CloseRead does not read: left out (CloseRead compares whole answers)",
        f"{shown}:159: warning: the information for graders is kept as a comment in the "
        "lesson file",
        f'{shown}:159: note: the essay "Respond to the survey" becomes a writing task with one '
        'criterion, "Response to the task": write its rubric before handing it out',
        f"{shown}:203: skipped: question with 3 gaps (a CloseRead choice has one blank; make "
        'one question per gap): "Three gaps"',
        f'{shown}:215: skipped: numerical question "Percent calmer"',
        f'{shown}:228: skipped: description (text with no question) "About this quiz"',
        f'{shown}:237: warning: the picture "https://example.org/cat.png" is not in the file: '
        "left out (a pack shows only its own pictures)",
        f'{shown}:237: warning: "sound.mp3" is not a PNG, JPEG, GIF, BMP or WebP picture: left out',
    )
    result = load_pack(pack)
    assert result.ok, result.problems
    lesson = require_pack(pack).lesson("one")
    evidence = lesson.exercise("which-is-evidence")
    assert evidence.prompt == (
        "Which of these is **evidence** for the claim?\n\n"
        "![A chart of the survey](images/survey-chart.png)"
    )
    assert evidence.options == (
        ChoiceOption("The survey of 400 households", 1.0, "Yes: it reports data."),
        ChoiceOption("The title", 0.0),
        ChoiceOption("The author's name", pytest.approx(-0.3333333)),
    )
    assert (evidence.points, evidence.explanation, evidence.hints, evidence.shuffle) == (
        2.0,
        "A survey reports *data*.",
        (Hint("Look for numbers."),),
        True,
    )
    every = lesson.exercise("pick-all-the-evidence")
    assert (every.multiple, every.shuffle) == (True, False)
    assert [o.weight for o in every.options] == [0.5, 0.5, -1.0]
    walks = lesson.exercise("cats-and-walks")
    assert walks.options == (
        ChoiceOption("True", 0.0, "Dogs do."),
        ChoiceOption("False", 1.0, "Right."),
    )
    households = lesson.exercise("how-many-households")
    assert households.accepted == ("400", "four hundred")
    assert households.prompt == "How many households did the survey ask? Write \\*the number\\*."
    matching = lesson.exercise("match-the-evidence")
    assert matching.pairs == (
        MatchPair("61% felt calmer", "Cats make cities better"),
        MatchPair("Dogs need walks", "Cats are easier"),
    )
    assert matching.distractors == ("Cats are noisy",)
    essay = lesson.exercise("respond-to-the-survey")
    assert essay.kind == "writing"
    assert (essay.words, essay.points, essay.attempts) == ((50, 200), 10.0, 1)
    assert [c.name for c in essay.criteria] == ["Response to the task"]
    assert isinstance(essay.criteria[0], WritingCriterion) and essay.criteria[0].weight == 1.0
    text = (pack / "lessons" / "one.toml").read_text(encoding="utf-8")
    assert "# Information for graders, from Moodle: Look for a claim about what" in text
    gap = lesson.exercise("select-the-word")
    assert gap.prompt == "Cats make cities \\_\\_\\_\\_\\_."
    assert gap.options == (ChoiceOption("worse", 0.0), ChoiceOption("better", 1.0))
    web = lesson.exercise("a-picture-from-the-web")
    assert web.prompt == "Look: a cat and a sound"


def test_html_is_sanitised_scripts_and_links_do_not_survive(pack: Path):
    import_moodle_xml(ALL, pack)
    text = (pack / "lessons" / "one.toml").read_text(encoding="utf-8")
    assert "alert" not in text and "script" not in text
    assert "example.org" not in text.split("A picture from the web")[0]
    assert 'feedback = "Yes: it reports data."' in text


def test_a_new_lesson_file_is_made_and_listed(pack: Path):
    imported = import_moodle_xml(ALL, pack, lesson="lessons/quiz.toml")
    assert imported.created and imported.lesson_file == "lessons/quiz.toml"
    loaded = require_pack(pack)
    assert [lesson.id for lesson in loaded.lessons] == ["one", "quiz"]
    assert loaded.lessons[1].title == "Questions from all.xml"


def test_a_file_with_mistakes_adds_nothing(pack: Path):
    before = snapshot(pack)
    broken = MOODLE / "broken.xml"
    with pytest.raises(QuestionImportError) as refused:
        import_moodle_xml(broken, pack)
    assert refused.value.lines == [
        f'{broken}:13: error: the fraction "lots" is not a number',
        f'{broken}:16: error: a "shortanswer" question has no <name>',
        f'{broken}:24: error: the file "a.png" is not valid base64',
    ]
    assert snapshot(pack) == before


def test_questions_moodle_or_the_checker_would_refuse_add_nothing(pack: Path, tmp_path: Path):
    before = snapshot(pack)
    unscorable = MOODLE / "unscorable.xml"
    with pytest.raises(QuestionImportError) as refused:
        import_moodle_xml(unscorable, pack)
    assert refused.value.lines == [
        f'{unscorable}:19: error: the answer "One" is worth 150%: a weight runs from -100% to '
        "100% (Moodle refuses it too)",
        f"{unscorable}:25: error: a matching question needs two pairs with text on both sides; "
        "it has 1",
    ]
    assert snapshot(pack) == before
    fixed = tmp_path / "fixed.xml"
    pair = '<subquestion format="html"><text>a</text><answer><text>b</text></answer></subquestion>'
    text = unscorable.read_text(encoding="utf-8").replace('fraction="150"', 'fraction="100"')
    other = pair.replace(">a<", ">c<").replace(">b<", ">d<")
    fixed.write_text(text.replace(pair, pair + other), encoding="utf-8")
    with pytest.raises(QuestionImportError) as refused:
        import_moodle_xml(fixed, pack)
    assert refused.value.lines == [
        f"{fixed}:11: error: the right options add up to 80%, not 100%: nobody can get full points"
    ]
    assert snapshot(pack) == before


def test_a_gift_file_is_recognised_and_import_gift_named(pack: Path, tmp_path: Path):
    for name, text in [
        ("quiz.xml", "::Q1:: Cats make cities better. {T}\n"),
        ("html.gift", "<b>Cats</b> are {=good ~bad}\n"),
    ]:
        gift = tmp_path / name
        gift.write_text(text, encoding="utf-8")
        with pytest.raises(QuestionImportError) as refused:
            import_moodle_xml(gift, pack)
        assert refused.value.lines == [
            f"{gift}: error: this is a Moodle GIFT file, not a Moodle XML file: import it with "
            f"closeread pack import-gift {gift} --into {pack}"
        ]


def test_other_xml_and_other_text_are_named_for_what_they_are():
    with pytest.raises(NotMoodleXml, match=r"its top element is <html>, not <quiz>"):
        parse_moodle_xml(b"<html><body>hi</body></html>")
    with pytest.raises(NotMoodleXml, match="does not start with an XML element"):
        parse_moodle_xml(b"just some words")


def test_pictures_get_safe_names_and_are_written_once(pack: Path, tmp_path: Path):
    images = pack / "images"
    images.mkdir()
    (images / "survey-chart.png").write_bytes(b"\x89PNG another picture")
    blue = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAMAAAABCAIAAACUgoPjAAAADUlEQVR4nGOQkzsBQQANSAMNU/ueKAAAAABJRU5ErkJggg=="
    )
    (images / "mine.png").write_bytes(blue)
    encoded = {name: base64.b64encode(data).decode() for name, data in [("r", RED), ("b", blue)]}
    xml = tmp_path / "pictures.xml"
    xml.write_text(
        f"""<quiz>
<question type="multichoice"><name><text>Pictures</text></name>
<questiontext format="html"><text><![CDATA[<p>
<img src="@@PLUGINFILE@@/Survey%20Chart.PNG" alt="one">
<img src="@@PLUGINFILE@@/sub/again.png" alt="two"> <img src="@@PLUGINFILE@@/..%2F..%2Fevil.png">
<img src="@@PLUGINFILE@@/mine.png" alt="three"></p>]]></text>
<file name="Survey Chart.PNG" path="/" encoding="base64">{encoded["r"]}</file>
<file name="again.png" path="/sub/" encoding="base64">{encoded["r"]}</file>
<file name="../../evil.png" path="/" encoding="base64">{encoded["r"]}</file>
<file name="mine.png" path="/" encoding="base64">{encoded["b"]}</file>
</questiontext>
<answer fraction="100"><text>Yes</text></answer><answer fraction="0"><text>No</text></answer>
</question></quiz>""",
        encoding="utf-8",
    )
    imported = import_moodle_xml(xml, pack)
    assert imported.images == ("images/survey-chart-2.png",)
    assert (images / "survey-chart-2.png").read_bytes() == RED
    assert (images / "survey-chart.png").read_bytes() == b"\x89PNG another picture"
    prompt = require_pack(pack).lesson("one").exercise("pictures").prompt
    assert prompt == (
        "![one](images/survey-chart-2.png) ![two](images/survey-chart-2.png) "
        "![](images/survey-chart-2.png) ![three](images/mine.png)"
    )
    assert sorted(p.name for p in tmp_path.rglob("evil*")) == []


def test_an_images_folder_that_is_a_link_gets_no_picture(pack: Path, tmp_path: Path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (pack / "images").symlink_to(outside, target_is_directory=True)
    with pytest.raises(QuestionImportError, match="is not a folder of the pack"):
        import_moodle_xml(ALL, pack)
    assert list(outside.iterdir()) == []


TEXTS = st.sampled_from(
    ["", " ", "a", "b", "Yes", "2*3", "\\*", "<b>x</b>", "<p></p>", "<br>", "#", "- item", "_",
     "&lt;script&gt;", "![i](https://x/i.png)", '<img src="@@PLUGINFILE@@/none.png">', "1986."]
)  # fmt: skip
FORMATS = st.sampled_from(["html", "moodle_auto_format", "plain_text", "markdown", "wiki_like"])
FRACTIONS = st.sampled_from(["100", "0", "50", "-100", "33.33333", "150", "-200", "40"])


@st.composite
def moodle_question(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["multichoice", "truefalse", "shortanswer", "matching", "essay"]))
    text = escape(draw(TEXTS))
    parts = [f"<name><text>{escape(draw(TEXTS))}x</text></name>"]
    parts.append(f'<questiontext format="{draw(FORMATS)}"><text>{text}</text></questiontext>')
    if kind == "multichoice":
        parts.append(f"<single>{draw(st.sampled_from(['true', 'false']))}</single>")
    for _ in range(draw(st.integers(0, 4))):
        if kind == "matching":
            item, match = escape(draw(TEXTS)), escape(draw(TEXTS))
            parts.append(f"<subquestion><text>{item}</text><answer><text>{match}</text>"
                         "</answer></subquestion>")  # fmt: skip
        elif kind != "essay":
            answer, feedback = escape(draw(TEXTS)), escape(draw(TEXTS))
            parts.append(f'<answer fraction="{draw(FRACTIONS)}"><text>{answer}</text>'
                         f"<feedback><text>{feedback}</text></feedback></answer>")  # fmt: skip
    if kind == "essay" and draw(st.booleans()):
        parts.append(f"<graderinfo><text>{escape(draw(TEXTS))}</text></graderinfo>")
    return f'<question type="{kind}">{"".join(parts)}</question>'


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(questions=st.lists(moodle_question(), max_size=6))
def test_any_moodle_xml_imports_whole_or_not_at_all_and_never_fails_the_checker(
    tmp_path_factory: pytest.TempPathFactory, questions: list[str]
):
    folder = tmp_path_factory.mktemp("fuzz")
    pack = Path(shutil.copytree(FIXTURES / "minipack", folder / "pack"))
    xml = folder / "q.xml"
    xml.write_text("<quiz>" + "\n".join(questions) + "</quiz>", encoding="utf-8")
    before = snapshot(pack)
    try:
        import_moodle_xml(xml, pack)
    except QuestionImportError as error:
        assert all(": error: " in line for line in error.lines)
        assert snapshot(pack) == before
        return
    result = load_pack(pack)
    assert [str(p) for p in result.problems if p.severity == "error"] == []
