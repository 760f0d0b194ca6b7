"""``array_table``: one more element of an array of tables, written as a person would,
that ``tomllib`` reads back as the same data whatever the text holds."""

from __future__ import annotations

import tomllib

from hypothesis import given, settings
from hypothesis import strategies as st

from closeread.core.toml.write import array_table

TEXTS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)


def test_an_exercise_is_written_with_its_comment_keys_and_tables():
    text = array_table(
        "exercises",
        {
            "id": "pick",
            "kind": "choice",
            "prompt": 'Two lines,\nthe second "quoted"',
            "options": [{"text": "yes", "weight": 100}, {"text": "no"}],
            "levels": ["a" * 30, "b" * 30, "c" * 30],
            "tags": ["short", "list"],
        },
        comment="Imported from quiz.gift, line 5",
    )
    assert text == (
        "[[exercises]]\n"
        "# Imported from quiz.gift, line 5\n"
        'id = "pick"\n'
        'kind = "choice"\n'
        'prompt = """\nTwo lines,\nthe second "quoted\\""""\n'
        "levels = [\n"
        f'    "{"a" * 30}",\n'
        f'    "{"b" * 30}",\n'
        f'    "{"c" * 30}",\n'
        "]\n"
        'tags = ["short", "list"]\n'
        "\n[[exercises.options]]\n"
        'text = "yes"\n'
        "weight = 100\n"
        "\n[[exercises.options]]\n"
        'text = "no"\n'
    )


def test_a_line_ending_in_spaces_stays_on_one_line_where_editors_cannot_trim_it():
    text = array_table("exercises", {"prompt": "a hard break  \nnext"})
    assert 'prompt = "a hard break  \\nnext"' in text


@settings(max_examples=300, deadline=None)
@given(prompt=TEXTS, option=TEXTS, lines=st.lists(TEXTS, max_size=4))
def test_any_text_reads_back_the_same(prompt: str, option: str, lines: list[str]):
    data = {
        "id": "x",
        "prompt": prompt,
        "explanation": "\n".join(lines),
        "options": [{"text": option}, {"text": prompt + '"'}],
        "accept": lines,
    }
    text = array_table("exercises", data, comment="line one\nline two")
    assert tomllib.loads(text) == {"exercises": [data]}
    twice = tomllib.loads(text + "\n" + text)
    assert twice == {"exercises": [data, data]}
