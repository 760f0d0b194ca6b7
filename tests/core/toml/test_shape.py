"""TOML shaped to exhaust the parser is refused at its line, before it is parsed."""

from __future__ import annotations

import time

import pytest
import tomlkit
from hypothesis import given, settings
from hypothesis import strategies as st

from closeread.core.files.problems import ProblemList
from closeread.core.toml.read import parse_toml
from closeread.core.toml.shape import MAX_KEY_PARTS, MAX_NESTING, shape_problem

HOSTILE = {
    "arrays 500 deep": ("x = " + "[" * 500 + "]" * 500, 1, "nested more than"),
    "inline tables 200 deep": ("x = " + "{a = " * 200 + "1" + "}" * 200, 1, "nested more than"),
    "a header of 100,000 parts": ("[" + ".".join(["a"] * 100_000) + "]", 1, "more than 32 parts"),
    "an array-of-tables header": ("a = 1\n[[" + ".".join(["b"] * 40) + "]]", 2, "parts"),
    "a dotted key": ('id = "x"\n' + ".".join(["k"] * 50) + " = 1", 2, "parts"),
    "a key inside an inline table": ("t = {" + ".".join(["k"] * 50) + " = 1}", 1, "parts"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_shapes_are_refused_at_their_line_quickly(name):
    text, line, words = HOSTILE[name]
    problems = ProblemList()
    started = time.perf_counter()
    assert parse_toml("lesson.toml", text.encode(), problems) is None
    assert time.perf_counter() - started < 0.5
    [problem] = problems
    assert problem.severity == "error" and problem.line == line and words in problem.message


def test_dots_and_brackets_inside_strings_and_comments_do_not_count():
    text = (
        'title = "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.1.2.3.4.5.6.7"\n'
        "# [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u\n"
        "note = '''\n[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n'''\n"
        'q = "\\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["\n'
        "v = 1.5\nd = 1979-05-27T07:32:00Z\n"
        '[a."b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.1.2.3.4.5.6.7.8.9"]\n'
        "x = [[1, 2], [3, {y = [4]}]]\n"
    )
    assert shape_problem(text) is None


nested = st.recursive(
    st.integers(0, 9) | st.text("ab.[]{}#\"'", max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["a", "b.c", "d"]), inner, max_size=2)
    ),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["x", "y.z", "q"]), nested, min_size=1, max_size=3))
def test_documents_within_the_limits_are_never_refused(document):
    text = tomlkit.dumps(document)
    assert shape_problem(text) is None, text


def test_the_limits_leave_room_for_any_lesson():
    assert MAX_NESTING >= 8 and MAX_KEY_PARTS >= 8


def test_the_editor_refuses_to_open_such_a_file_with_its_line(tmp_path):
    from closeread.core.toml.edit import TomlDocument, TomlFileError

    path = tmp_path / "one.toml"
    path.write_text('id = "one"\nx = ' + "[" * 500 + "]" * 500 + "\n", encoding="utf-8")
    with pytest.raises(TomlFileError, match=r"one\.toml:2:\d+: lists and tables are nested"):
        TomlDocument.open(path)
