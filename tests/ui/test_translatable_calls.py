"""Every translatable string where pyside6-lupdate can find it.

lupdate reads the source, and it does not look inside f-strings: ``f"{self.tr('Rubric')}"``
is translated at run time from a .ts that never got the string, so the window shows
English whatever the language. The completeness test (test_translations) compares the
.ts with what lupdate finds, so it cannot see these; this scan can.
"""

from __future__ import annotations

import ast
from pathlib import Path

import closeread

SOURCES = Path(closeread.__file__).parent
NAMES = {"tr", "translate"}


def _called(node: ast.Call) -> str:
    function = node.func
    if isinstance(function, ast.Attribute):
        return function.attr
    return function.id if isinstance(function, ast.Name) else ""


def hidden_calls(tree: ast.AST) -> list[int]:
    """Lines of tr/translate calls inside an f-string."""
    found = []
    for string in ast.walk(tree):
        if isinstance(string, ast.JoinedStr):
            for node in ast.walk(string):
                if isinstance(node, ast.Call) and _called(node) in NAMES:
                    found.append(node.lineno)
    return found


def test_no_translated_string_is_written_inside_an_f_string():
    hidden = [
        f"{path.relative_to(SOURCES.parent)}:{line}"
        for path in sorted(SOURCES.rglob("*.py"))
        for line in hidden_calls(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert not hidden, "lupdate cannot see these (take them out of the f-string):\n" + "\n".join(
        hidden
    )


def test_the_scan_finds_a_call_inside_an_f_string():
    assert hidden_calls(ast.parse("x = f\"<b>{self.tr('Rubric')}</b>\"")) == [1]
    assert hidden_calls(ast.parse("x = '<b>' + self.tr('Rubric')")) == []
