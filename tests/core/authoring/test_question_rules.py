"""The rules GIFT and Moodle XML share, one place for both importers and both exporters:
Moodle's short-answer wildcard both ways, options, pairs, the blank, Moodle's text
formats with their pictures, and what an exporter cannot keep."""

from __future__ import annotations

import shutil
from pathlib import Path

import msgspec

from closeread.core.authoring import question_rules as rules
from closeread.core.authoring.gift_export import export_gift
from closeread.core.authoring.gift_import import import_gift
from closeread.core.authoring.markup import to_markdown, to_plain
from closeread.core.authoring.moodle_export import export_moodle_xml
from closeread.core.authoring.moodle_import import import_moodle_xml
from closeread.core.authoring.question_export import not_kept
from closeread.core.pack.load import require_pack
from closeread.core.pack.model import Hint, MatchExercise, MatchPair

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_a_star_is_moodles_wildcard_and_a_backslashed_star_a_star():
    accepted, warnings = rules.short_answers(
        [("colo*r", 100, False), ("20\\*20", 100, False), ("  about   400 ", 50, True)]
    )
    assert accepted == ["20*20"]
    assert warnings == [
        'the answer "colo*r" has Moodle\'s wildcard "*" (any text), which CloseRead does not '
        "read: left out (CloseRead compares whole answers)",
        'the answer "about 400" is worth 50%: CloseRead accepts whole answers for full points '
        "only, so it is left out (such answers go to the teacher for review)",
        'the feedback for "about 400" is left out',
    ]
    assert rules.moodle_answer("20*20") == "20\\*20"


def test_a_star_in_an_accepted_answer_survives_both_formats(tmp_path: Path):
    pack = Path(shutil.copytree(FIXTURES / "minipack", tmp_path / "pack"))
    lesson = pack / "lessons" / "one.toml"
    text = lesson.read_text(encoding="utf-8")
    lesson.write_text(text + '\n[[exercises]]\nid = "star"\nkind = "short"\ntitle = "Star"\n'
                      'accept = ["20*20", "a\\\\b"]\n', encoding="utf-8")  # fmt: skip
    original = require_pack(pack)
    for name, export, importer in [
        ("q.gift", export_gift, import_gift),
        ("q.xml", export_moodle_xml, import_moodle_xml),
    ]:
        quiz = tmp_path / name
        quiz.write_bytes(export(original).data)
        again = Path(shutil.copytree(FIXTURES / "minipack", tmp_path / name.replace(".", "-")))
        importer(quiz, again, lesson="lessons/quiz.toml")
        star = require_pack(again).lesson("quiz").exercise("star")
        assert star.accepted == ("20*20", "a\\b"), name


def test_options_and_pairs_moodle_would_refuse_are_errors():
    options, warnings, errors = rules.choice_options(
        [("**Yes**", 100, "Right."), ("", 0, ""), ("No", 150, "")]
    )
    assert options == [{"text": "**Yes**", "weight": 100, "feedback": "Right."}]
    assert warnings == ["an answer with no text is left out"]
    assert errors == [
        'the answer "No" is worth 150%: a weight runs from -100% to 100% (Moodle refuses it too)'
    ]
    assert rules.choice_options([("Yes", 100, "")])[2] == [
        "a multiple choice needs two answers with text"
    ]
    fields, errors = rules.matching([("a", "b"), ("", "extra"), ("c", "")])
    assert fields == {"pairs": [{"left": "a", "right": "b"}], "distractors": ["extra"]}
    assert errors == ['the item "c" has nothing to match it']
    assert rules.matching([("a", "b")])[1] == [
        "a matching question needs two pairs with text on both sides; it has 1"
    ]


def test_the_blank_is_escaped_only_in_markdown():
    assert rules.blank("markdown") == "\\_\\_\\_\\_\\_"
    assert rules.blank("html") == rules.BLANK == "_____"
    assert to_markdown(f"A {rules.BLANK}.", "html") == "A \\_\\_\\_\\_\\_."


def test_pictures_go_to_the_callers_choice_in_html_and_markdown_alike():
    seen: list[str] = []

    def image(source: str) -> str:
        seen.append(source)
        return "images/a.png" if source == "a.png" else ""

    html = '<p>See <img src="a.png" alt="chart"> and <img src="web.png" alt="web"></p>'
    assert to_markdown(html, "html", image=image) == "See ![chart](images/a.png) and web"
    markdown = "See ![chart](a.png)\n\nand ![web](web.png)"
    assert to_markdown(markdown, "markdown", image=image) == (
        "See ![chart](images/a.png)\n\nand web"
    )
    assert seen == ["a.png", "web.png", "a.png", "web.png"]
    assert to_markdown(markdown, "markdown") == markdown  # GIFT: as written
    assert to_markdown("one\ntwo", "moodle") == "one  \ntwo"  # a line break, not a paragraph
    assert to_plain("**Bold** move", "markdown") == "Bold move"
    assert to_plain("  ", "markdown") == ""


def test_hint_costs_and_pair_explanations_are_named_where_their_lists_are_kept():
    exercise = MatchExercise(
        id="m",
        title="M",
        pairs=(MatchPair("a", "b", "because"), MatchPair("c", "d")),
        hints=(Hint("Look", 0.5),),
        left_title="Evidence",
    )
    assert not_kept(exercise, {"pairs"}) == [
        "its hints",
        "the left column's title",
        "the pairs' explanations",
    ]
    assert not_kept(exercise, {"pairs", "hints"}) == [
        "the left column's title",
        "the hints' costs",
        "the pairs' explanations",
    ]
    plain = msgspec.structs.replace(exercise, pairs=(MatchPair("a", "b"),), hints=(), left_title="")
    assert not_kept(plain, {"pairs", "hints"}) == []
