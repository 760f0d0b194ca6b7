"""Where keys stand in a TOML file: the positions problems are reported at."""

from __future__ import annotations

import json
import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from closeread.core.toml.positions import locate, position_of

DOCUMENT = '''\
# a comment with [brackets] and key = value
a = 1
"quoted key" = 2
'lit.key' = 3
b.c.d = 4
e = { f = 1, g = { h = "x" } }
arr = [
  1,  # [x] = y
  [2, 3],
  { i = "j" },
]
ml = """
[not.a.table]
k = "v" # not a comment
"""
lit = \'\'\'
[[not.an.array]]
x = 'y' # not a comment
\'\'\'
[t]
u = "a\\"[b]=#"
[t.sub]
v = 1
[[aot]]
w = 1
[[aot.inner]]
x = 1
[[aot.inner]]
x = 2
[[aot]]
w = 2
[[aot.inner]]
x = 3
[ "q k" . 'r' ]
s = 1
after = """ends with quotes"\"""
  z = 1
'''

EXPECTED = {
    ("a",): (2, 1),
    ("quoted key",): (3, 1),
    ("lit.key",): (4, 1),
    ("b",): (5, 1),
    ("b", "c"): (5, 1),
    ("b", "c", "d"): (5, 1),
    ("e",): (6, 1),
    ("e", "f"): (6, 7),
    ("e", "g"): (6, 14),
    ("e", "g", "h"): (6, 20),
    ("arr",): (7, 1),
    ("arr", 0): (8, 3),
    ("arr", 1): (9, 3),
    ("arr", 1, 0): (9, 4),
    ("arr", 1, 1): (9, 7),
    ("arr", 2): (10, 3),
    ("arr", 2, "i"): (10, 5),
    ("ml",): (12, 1),
    ("lit",): (16, 1),
    ("t",): (20, 1),
    ("t", "u"): (21, 1),
    ("t", "sub"): (22, 1),
    ("t", "sub", "v"): (23, 1),
    ("aot",): (24, 1),
    ("aot", 0): (24, 1),
    ("aot", 0, "w"): (25, 1),
    ("aot", 0, "inner"): (26, 1),
    ("aot", 0, "inner", 0): (26, 1),
    ("aot", 0, "inner", 0, "x"): (27, 1),
    ("aot", 0, "inner", 1): (28, 1),
    ("aot", 0, "inner", 1, "x"): (29, 1),
    ("aot", 1): (30, 1),
    ("aot", 1, "w"): (31, 1),
    ("aot", 1, "inner"): (32, 1),
    ("aot", 1, "inner", 0): (32, 1),
    ("aot", 1, "inner", 0, "x"): (33, 1),
    ("q k",): (34, 1),
    ("q k", "r"): (34, 1),
    ("q k", "r", "s"): (35, 1),
    ("q k", "r", "after"): (36, 1),
    ("q k", "r", "z"): (37, 3),
}


def every_path(value: object, prefix: tuple = ()) -> set[tuple]:
    """Every key and array element of parsed TOML, as the scanner names them."""
    paths: set[tuple] = set()
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return paths
    for key, item in items:
        paths.add((*prefix, key))
        paths |= every_path(item, (*prefix, key))
    return paths


def test_positions_of_every_kind_of_key():
    assert tomllib.loads(DOCUMENT)  # the document itself is valid TOML
    positions = locate(DOCUMENT)
    assert positions == EXPECTED
    assert set(positions) == every_path(tomllib.loads(DOCUMENT))


def test_lesson_shaped_file():
    text = """id = "one"
title = "T"

[[exercises]]
id = "a"
kind = "mark"

[[exercises.hints]]
text = "h"

[[exercises.key]]
quote = "x"

[[exercises.key]]
quote = \"\"\"y [z] = "w" # v\"\"\"

[[exercises]]
id = "b"
options = [
  { text = "yes", weight = 100 },
  { text = "no" },
]
"""
    positions = locate(text)
    assert positions[("exercises", 0)] == (4, 1)
    assert positions[("exercises", 0, "hints", 0, "text")] == (9, 1)
    assert positions[("exercises", 0, "key", 1)] == (14, 1)
    assert positions[("exercises", 0, "key", 1, "quote")] == (15, 1)
    assert positions[("exercises", 1, "id")] == (18, 1)
    assert positions[("exercises", 1, "options", 1, "text")] == (21, 5)
    assert set(positions) == every_path(tomllib.loads(text))


def test_windows_line_endings_give_the_same_positions():
    text = DOCUMENT.replace("\n", "\r\n")
    data = tomllib.loads(text)
    assert set(locate(text)) == every_path(data)
    assert locate(text)[("aot", 1, "inner", 0, "x")] == (33, 1)


def test_position_of_falls_back_to_the_nearest_enclosing_key():
    positions = locate(DOCUMENT)
    assert position_of(positions, ("t", "sub", "v")) == (23, 1)
    assert position_of(positions, ("t", "sub", "missing", 3)) == (22, 1)
    assert position_of(positions, ("nothing", "here")) == (1, 1)
    assert position_of(positions, ()) == (1, 1)


# --- generated documents ---------------------------------------------------------------------

KEYS = st.sampled_from(
    ["a", "b", "key-1", "k_2", "7", "q k", "x.y", "[z]", "a=b", "#h", "é", "🐈", 'say "hi"']
)
TRICKY_TEXT = st.text(alphabet=st.sampled_from("ab []=#\"'\\\n{},.😀"), max_size=12)
BARE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def basic(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


@st.composite
def key_text(draw, key: str) -> str:
    styles = ["basic"]
    if set(key) <= BARE:
        styles.append("bare")
    if "'" not in key:
        styles.append("literal")
    style = draw(st.sampled_from(styles))
    return {"bare": key, "basic": basic(key), "literal": f"'{key}'"}[style]


@st.composite
def string_text(draw) -> str:
    text = draw(TRICKY_TEXT)
    styles = ["basic", "multi-basic"]
    if "'" not in text and "\n" not in text:
        styles.append("literal")
    if "'''" not in text and not text.endswith("'") and not text.startswith("\n"):
        styles.append("multi-literal")
    style = draw(st.sampled_from(styles))
    if style == "basic":
        return basic(text)
    if style == "literal":
        return f"'{text}'"
    if style == "multi-literal":
        return f"'''{text}'''"
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"""{escaped}"""'


@st.composite
def value_text(draw, depth: int = 0) -> str:
    choices = ["int", "bool", "string"]
    if depth < 2:
        choices += ["array", "inline"]
    kind = draw(st.sampled_from(choices))
    if kind == "int":
        return str(draw(st.integers(-1000, 1000)))
    if kind == "bool":
        return draw(st.sampled_from(["true", "false"]))
    if kind == "string":
        return draw(string_text())
    if kind == "array":
        items = draw(st.lists(value_text(depth + 1), max_size=3))
        if draw(st.booleans()):
            return "[" + ", ".join(items) + "]"
        lines = "".join(f"  {item},  # ] [x] = y\n" for item in items)
        return f"[ # a list\n{lines}]"
    keys = draw(st.lists(KEYS, unique=True, max_size=3))
    pairs = [f"{draw(key_text(key))} = {draw(value_text(depth + 1))}" for key in keys]
    return "{ " + ", ".join(pairs) + " }"


@st.composite
def table_body(draw, header: list[str], depth: int) -> str:
    """Key/value lines of one table, then its sub-tables and arrays of tables."""
    keys = draw(st.lists(KEYS, unique=True, max_size=4))
    kinds = {key: draw(st.sampled_from(["value", "dotted", "table", "aot"])) for key in keys}
    if depth >= 2:
        kinds = {key: "value" if kind in {"table", "aot"} else kind for key, kind in kinds.items()}
    lines: list[str] = []
    if draw(st.booleans()):
        lines.append('# [not] a = "table"')
    for key in keys:
        if kinds[key] == "value":
            lines.append(f"{draw(key_text(key))} = {draw(value_text())}")
        elif kinds[key] == "dotted":
            for sub in draw(st.lists(KEYS, unique=True, min_size=1, max_size=2)):
                lines.append(
                    f"{draw(key_text(key))} . {draw(key_text(sub))} = {draw(value_text())}"
                )
    for key in keys:
        path = [*header, draw(key_text(key))]
        if kinds[key] == "table":
            lines.append(f"\n[{' . '.join(path)}]")
            lines.append(draw(table_body(path, depth + 1)))
        elif kinds[key] == "aot":
            for _ in range(draw(st.integers(1, 2))):
                lines.append(f"\n[[ {'.'.join(path)} ]]  # an entry")
                lines.append(draw(table_body(path, depth + 1)))
    return "\n".join(lines)


@settings(max_examples=100, deadline=None)
@given(table_body([], 0))
def test_the_scanner_records_exactly_the_paths_tomllib_parses(document):
    data = tomllib.loads(document)
    positions = locate(document)
    assert set(positions) == every_path(data)
    lines = document.split("\n")
    for path, (line, column) in positions.items():
        assert 1 <= line <= len(lines), path
        assert lines[line - 1][column - 1 :].strip(), path  # something is written there
    for key in data:
        line, column = positions[(key,)]
        assert lines[line - 1][column - 1] in "[\"'" or lines[line - 1][column - 1 :].startswith(
            key
        )


@pytest.mark.parametrize(
    "document",
    [
        's = """a""""',  # the content ends with a quote
        's = """a"""""',  # ... or two
        "s = '''a''''",
        's = """\\\\"""\nt = 1',  # an escaped backslash before the closing quotes
        's = "\\\\"\nt = 1',
        "[a]\n[a.b.c]\n[d.e]\n",
        "a = [ # it's \"quoted\"\n  1, # '''\n]\nb = { c = '#' } # \"\"\"\n[t] # [[u]]\nd = 1\n",
        'x = 1979-05-27 07:32:00Z\ny = [1979-05-27, 2]\nz = inf\nw = 1_000 # c\n"" = 3\n',
    ],
)
def test_string_and_header_edge_cases(document):
    assert set(locate(document)) == every_path(tomllib.loads(document))
