"""The glossary: whole-word matching, first uses, and what ``closeread check`` says of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from closeread.core.pack.glossary import first_uses, mentions, term_at, uses
from closeread.core.pack.load import load_pack, require_pack
from closeread.core.pack.model import GlossaryEntry

CARDPACK = Path(__file__).parents[1] / "fixtures" / "cardpack"


@pytest.fixture
def pack_dir(tmp_path: Path) -> Path:
    shutil.copytree(CARDPACK, tmp_path / "pack")
    return tmp_path / "pack"


def entry(term: str, *forms: str) -> GlossaryEntry:
    return GlossaryEntry(term, f"About {term}.", forms or (term,))


def problems(root: Path) -> list[str]:
    return [str(problem) for problem in load_pack(root).problems]


def test_the_pack_loads_its_glossary_in_file_order():
    pack = require_pack(CARDPACK)
    assert [(e.term, e.forms) for e in pack.glossary] == [
        ("survey", ("survey", "surveys")),
        ("by contrast", ("by contrast",)),  # forms default to the term
        ("household", ("household", "households")),
    ]
    assert pack.glossary[0].definition.startswith("A set of questions asked of **many people**")


def test_whole_words_in_any_case_and_across_line_breaks():
    text = "Surveys differ. A resurvey is not one; a survey-like form is. By\ncontrast, SURVEY."
    found = [text[start:end] for start, end in uses(text, entry("survey", "survey", "surveys"))]
    assert found == ["Surveys", "survey", "SURVEY"]  # not "resurvey"; "survey-like" has it
    assert [text[s:e] for s, e in uses(text, entry("by contrast"))] == ["By\ncontrast"]
    assert not mentions("contrasting views", entry("by contrast"))


def test_first_uses_are_in_text_order_and_leave_out_unused_terms():
    text = "Akin to that: an espionage case. Espionage again, akin again."
    glossary = (entry("espionage"), entry("norms"), entry("akin"))
    found = [(use.entry.term, use.start, use.end) for use in first_uses(text, glossary)]
    assert found == [("akin", 0, 4), ("espionage", 17, 26)]


def test_the_longer_form_wins_where_two_start_together():
    text = "a tu quoque argument"
    (use,) = first_uses(text, (entry("tu quoque", "tu quoque", "tu quoque argument"),))
    assert text[use.start : use.end] == "tu quoque argument"


def test_term_at_a_cursor_inside_or_just_after_a_word():
    text = "The norms of espionage."
    glossary = (entry("norms"), entry("espionage"))
    assert term_at(text, glossary, 5).entry.term == "norms"
    assert term_at(text, glossary, 9).entry.term == "norms"  # just after "norms"
    assert term_at(text, glossary, 10) is None  # on "of"
    assert term_at(text, glossary, 22).entry.term == "espionage"


def test_the_first_use_is_found_in_the_articles_canonical_text():
    pack = require_pack(CARDPACK)
    text = pack.article.text
    spans = {use.entry.term: text[use.start : use.end] for use in first_uses(text, pack.glossary)}
    assert spans == {"survey": "survey", "household": "households", "by contrast": "by contrast"}


def test_a_duplicate_term_is_an_error_at_its_line(pack_dir: Path):
    toml = pack_dir / "pack.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(
        text + '\n[[glossary]]\nterm = "Survey"\ndefinition = "Again."\n', encoding="utf-8"
    )
    line = len(text.splitlines()) + 3
    assert problems(pack_dir) == [
        f'{toml}:{line}:1: error: duplicate glossary term "Survey"',
    ]


def test_a_term_used_nowhere_is_a_warning_and_intros_and_prompts_count(pack_dir: Path):
    toml = pack_dir / "pack.toml"
    text = toml.read_text(encoding="utf-8")
    added = (
        '\n[[glossary]]\nterm = "akin"\ndefinition = "Alike."\n'
        '\n[[glossary]]\nterm = "trust"\ndefinition = "Belief."\n'  # in a discussion prompt
    )
    toml.write_text(text + added, encoding="utf-8")
    line = len(text.splitlines()) + 3
    found = problems(pack_dir)
    assert found == [
        f'{toml}:{line}:1: warning: the glossary term "akin" is not used in the article, an '
        'intro or a prompt: check its spelling, or list the words used in "forms"'
    ]
    assert load_pack(pack_dir).ok  # a warning only


def test_schema_errors_name_the_key(pack_dir: Path):
    toml = pack_dir / "pack.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text + '\n[[glossary]]\nterm = "x"\nforms = []\n', encoding="utf-8")
    found = problems(pack_dir)
    assert any('missing key "definition" in glossary[4]' in line for line in found), found
    assert any('"forms" needs at least 1 item' in line for line in found), found
    assert not load_pack(pack_dir).ok
