"""Reading one TOML file of a pack: size, encoding, syntax, schema, each with its line."""

from __future__ import annotations

import pytest

from closeread.core.files.problems import Problem, ProblemList
from closeread.core.toml import read as tomlfile
from closeread.core.toml.read import parse_toml, utf8_error_position, validate


def parse(raw: bytes | str) -> tuple[tomlfile.TomlFile | None, list[str]]:
    problems = ProblemList()
    data = raw.encode() if isinstance(raw, str) else raw
    toml = parse_toml("f.toml", data, problems)
    return toml, [str(problem) for problem in problems]


def lesson_problems(text: str) -> list[str]:
    problems = ProblemList()
    toml = parse_toml("l.toml", text.encode(), problems)
    assert toml is not None, problems
    validate(toml, "lesson.schema.json", problems)
    return [str(problem) for problem in problems]


LESSON = 'id = "one"\ntitle = "T"\n\n[[exercises]]\nid = "x"\n'


def test_a_valid_file_keeps_its_data_and_positions():
    toml, problems = parse('a = 1\n[t]\nb = "x"\n')
    assert problems == []
    assert toml is not None
    assert toml.data == {"a": 1, "t": {"b": "x"}}
    assert toml.at("t", "b") == (3, 1)
    assert toml.at("t", "missing") == (2, 1)


def test_a_byte_order_mark_is_accepted():
    toml, problems = parse(b"\xef\xbb\xbfa = 1\n")
    assert problems == [] and toml is not None and toml.data == {"a": 1}
    assert toml.at("a") == (1, 1)


def test_the_size_is_capped(monkeypatch):
    monkeypatch.setattr(tomlfile, "MAX_TOML_BYTES", 10)
    assert parse("a = 1\n")[1] == []
    assert parse("a = 123456789\n") == (None, ["f.toml: error: the file is larger than 10 bytes"])


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"a = 1\nb = '\xff'\n", "f.toml:2:6"),
        ("a = 1\nb = 'ÅÄÖ".encode() + b"\xc3'\n", "f.toml:2:9"),  # columns count characters
        ("é = 1\n😀".encode() + b"\x80", "f.toml:2:2"),
        (b"\xff", "f.toml:1:1"),
    ],
)
def test_invalid_utf8_names_line_and_column(raw, expected):
    assert parse(raw) == (None, [f"{expected}: error: the file is not valid UTF-8 text"])


def test_utf8_error_position_counts_characters():
    raw = "ab\ncd€".encode() + b"\xfe"
    with pytest.raises(UnicodeDecodeError) as raised:
        raw.decode("utf-8")
    assert utf8_error_position(raw, raised.value) == (2, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('a = "open\nb = 1\n', "f.toml:1:10: error: TOML syntax: the text in quotes is not closed"),
        ("a = 'open\nb = 1\n", "f.toml:1:10: error: TOML syntax: the text in quotes is not closed"),
        ("a = 1\nb = \n", "f.toml:2:5: error: TOML syntax: invalid value"),
        ("a = 1\na = 2\n", "f.toml:2:6: error: TOML syntax: cannot overwrite a value"),
        ("[t]\n[t]\n", "f.toml:2:3: error: TOML syntax: cannot declare ('t',) twice"),
        ("a = [1, 2", "f.toml:1:10: error: TOML syntax: unclosed array"),
        ("a 1\n", "f.toml:1:3: error: TOML syntax: expected '=' after a key in a key/value pair"),
    ],
)
def test_syntax_errors_name_line_and_column(text, expected):
    toml, problems = parse(text)
    assert toml is None
    (problem,) = problems
    assert problem.startswith(expected), problem


def test_a_syntax_error_at_the_end_of_the_file_points_there():
    _, problems = parse('a = 1\ns = """never closed\n\nmore')
    assert problems == ["f.toml:4:5: error: TOML syntax: unterminated string"]


def test_a_valid_lesson_has_no_schema_problems():
    assert lesson_problems(LESSON + 'kind = "short"\ntitle = "S"\n') == []


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (
            'kind = "short"\ntitle = "S"\noptions = []\n',
            ['l.toml:8:1: error: unknown key "options" in exercises[1]'],
        ),
        (
            'kind = "short"\ntitle = "S"\naccept = "yes"\n',
            ['l.toml:8:1: error: "accept" must be a list, not text'],
        ),
        ('title = "S"\n', ['l.toml:4:1: error: missing key "kind" in exercises[1]']),
        (
            'kind = "essay"\ntitle = "S"\naccept = ["x"]\n',
            [
                'l.toml:6:1: error: "kind" is "essay"; '
                'it must be one of: "mark", "choice", "short", "match", "analogy", "writing"'
            ],
        ),
        (
            'kind = "essay"\ntitle = "S"\nfavourite = 1\n',
            [
                'l.toml:6:1: error: "kind" is "essay"; '
                'it must be one of: "mark", "choice", "short", "match", "analogy", "writing"',
                'l.toml:8:1: error: unknown key "favourite" in exercises[1]',
            ],
        ),
        (
            'kind = "choice"\ntitle = "S"\noptions = [{ text = "a", weight = true }, '
            '{ text = "b" }]\n',
            ['l.toml:8:26: error: "weight" must be a number, not true/false'],
        ),
        (
            'kind = "match"\ntitle = "S"\n',
            ['l.toml:4:1: error: missing key "pairs" in exercises[1]'],
        ),
    ],
    ids=[
        "key-of-another-kind",
        "wrong-type-no-sibling-noise",
        "missing-kind-once",
        "bad-kind-known-keys-not-unknown",
        "bad-kind-still-reports-truly-unknown",
        "inline-table-position",
        "missing-required-for-kind",
    ],
)
def test_schema_messages(extra, expected):
    assert lesson_problems(LESSON + extra) == expected


def test_each_schema_problem_is_reported_once():
    text = LESSON + 'kind = "mark"\ntitle = "M"\npoints = -1\ncounts = "worst"\n'
    problems = lesson_problems(text)
    assert problems == [
        'l.toml:8:1: error: the exercise is worth no points: "points" must be more than 0',
        'l.toml:9:1: error: "counts" is "worst"; it must be one of: "best", "last"',
    ]


def test_problem_lines_look_like_compiler_output():
    assert str(Problem("p/f.toml", "bad", 3, 7)) == "p/f.toml:3:7: error: bad"
    assert str(Problem("p/f.toml", "bad", 3)) == "p/f.toml:3:1: error: bad"
    assert str(Problem("p.zip", "unsafe", severity="warning")) == "p.zip: warning: unsafe"
    problems = ProblemList()
    problems.warning("a", "w")
    assert not problems.has_errors
    problems.error("a", "e", 1, 2)
    assert problems.has_errors
