"""Source cards, exercises' ``card`` and lessons' ``discussion``: loaded, and checked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from closeread.core.library.archive import assessment_files
from closeread.core.pack.cards import cited_numbers
from closeread.core.pack.load import load_pack, require_pack
from closeread.core.pack.model import CardSource, SourceCard

CARDPACK = Path(__file__).parents[1] / "fixtures" / "cardpack"


@pytest.fixture
def pack_dir(tmp_path: Path) -> Path:
    shutil.copytree(CARDPACK, tmp_path / "pack")
    return tmp_path / "pack"


def problems(root: Path) -> list[str]:
    return [str(problem) for problem in load_pack(root).problems]


def line_of(path: Path, text: str, nth: int = 1) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    found = [number for number, line in enumerate(lines, 1) if text in line]
    return found[nth - 1]


def test_cards_load_with_numbered_sources_in_file_order():
    pack = require_pack(CARDPACK)
    assert [card.id for card in pack.cards] == ["daily-test", "the-survey"]
    card = pack.card("daily-test")
    assert isinstance(card, SourceCard)
    assert card.title == "What is The Daily Test?"
    assert card.body.startswith("*The Daily Test* is a newspaper")
    assert card.sources == (
        CardSource(
            'The Daily Test, "About us", dailytest.invalid',
            "accessed 2024-05-01",
            "https://dailytest.invalid/about",
        ),
        CardSource('A. Editor, "Twenty years of pets", The Daily Test', "2023-03-14"),
    )
    assert cited_numbers(card.body) == [1, 2]
    with pytest.raises(KeyError):
        pack.card("nope")


def test_exercises_name_their_card_and_lessons_their_discussion():
    lesson = require_pack(CARDPACK).lesson("one")
    assert [exercise.card for exercise in lesson.exercises] == ["the-survey", "daily-test", "", ""]
    assert lesson.discussion == (
        "Would you trust a **survey** of 400 households? What would you ask first?",
        "Where could you check who publishes *The Daily Test*?",
    )


def test_a_pack_without_the_new_parts_has_none():
    pack = require_pack(Path(__file__).parents[1] / "fixtures" / "minipack")
    assert (pack.glossary, pack.cards, pack.lessons[0].discussion) == ((), (), ())
    assert all(exercise.card == "" for exercise in pack.lessons[0].exercises)


def test_an_unknown_card_is_an_error_at_the_key(pack_dir: Path):
    lesson = pack_dir / "lessons" / "one.toml"
    text = lesson.read_text(encoding="utf-8")
    lesson.write_text(text.replace('card = "daily-test"', 'card = "daily-tset"'), "utf-8")
    line = line_of(lesson, 'card = "daily-tset"')
    assert problems(pack_dir) == [
        f'{lesson}:{line}:1: error: unknown card "daily-tset" '
        '(the pack\'s cards: "daily-test", "the-survey")'
    ]


def test_a_duplicate_card_id_is_an_error(pack_dir: Path):
    toml = pack_dir / "pack.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace('id = "the-survey"', 'id = "daily-test"'), "utf-8")
    second = line_of(toml, 'id = "daily-test"', 2)
    assert f'{toml}:{second}:1: error: duplicate card id "daily-test"' in problems(pack_dir)
    assert not load_pack(pack_dir).ok


def test_a_cite_of_spaces_is_an_error(pack_dir: Path):
    toml = pack_dir / "pack.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace('"The article itself, paragraph 1"', '"   "'), "utf-8")
    line = line_of(toml, 'cite = "   "')
    assert problems(pack_dir) == [
        f"{toml}:{line}:1: error: a source needs a cite: enough words to find it"
    ]


def test_an_empty_cite_is_a_schema_error(pack_dir: Path):
    toml = pack_dir / "pack.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace('cite = "The article itself, paragraph 1"', 'cite = ""'), "utf-8")
    line = line_of(toml, 'cite = ""')
    assert problems(pack_dir) == [f'{toml}:{line}:1: error: "cite" must not be empty']


def test_warnings_for_dates_numbers_cited_and_cards_without_sources(pack_dir: Path):
    toml = pack_dir / "pack.toml"
    text = toml.read_text(encoding="utf-8")
    text = text.replace('date = "2023-03-14"', 'date = "14 March 2023"')
    text = text.replace("households [1].", "households [1], [3].")
    text += '\n[[cards]]\nid = "bare"\ntitle = "Bare"\nbody = "No source."\n'
    toml.write_text(text, "utf-8")
    found = problems(pack_dir)
    date = line_of(toml, 'date = "14 March 2023"')
    body = line_of(toml, "body", 2)
    bare = line_of(toml, 'id = "bare"')
    assert found == [
        f'{toml}:{date}:1: warning: the date "14 March 2023" is not written as YYYY-MM-DD, '
        'YYYY-MM, YYYY or "accessed YYYY-MM-DD"',
        f"{toml}:{body}:1: warning: the body cites [3], but the card has 1 source",
        f"{toml}:{bare}:1: warning: the card cites no source, so nobody can check its facts",
    ]


def test_a_card_on_an_analogy_part_has_no_effect(tmp_path: Path):
    root = tmp_path / "pack"
    shutil.copytree(Path(__file__).parents[1] / "fixtures" / "minipack", root)
    lesson = root / "lessons" / "one.toml"
    text = lesson.read_text(encoding="utf-8")
    lesson.write_text(text.replace('step = "compared"', 'step = "compared"\ncard = "x"'), "utf-8")
    line = line_of(lesson, 'card = "x"')
    assert problems(root) == [
        f'{lesson}:{line}:1: warning: "card" has no effect on a part: name the card on the analogy',
    ]


def test_the_cited_numbers_are_not_links():
    assert cited_numbers("a [1] b [2](x.png) c [3][ref] d \\[4] e [5]") == [1, 5]


def test_the_assessment_edition_keeps_cards_glossary_and_discussion():
    full = require_pack(CARDPACK)
    files = assessment_files(full)
    lesson = files["lessons/one.toml"].decode("utf-8")
    assert 'card = "the-survey"' in lesson and "discussion" in lesson
    assert "[[glossary]]" in files["pack.toml"].decode("utf-8")
    assert "[[cards.sources]]" in files["pack.toml"].decode("utf-8")
