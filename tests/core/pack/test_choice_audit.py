"""The checker's warnings about choice items a student could score by without reading."""

from __future__ import annotations

from test_exercises import lesson, make_pack

from closeread.core.files.paths import bundled_dir
from closeread.core.pack.load import load_pack

LONGEST = "the right option is the longest"
POSITION = "unshuffled single-answer items"


def choice(item_id: str, texts: list[str], right: int = 0, extra: str = "") -> str:
    """A single choice whose option ``right`` is worth full points."""
    body = f'id = "{item_id}"\nkind = "choice"\ntitle = "{item_id}"\n{extra}'
    for index, text in enumerate(texts):
        weight = 100 if index == right else 0
        body += f'\n[[exercises.options]]\ntext = "{text}"\nweight = {weight}\n'
    return body


def warnings(root, about: str) -> list[tuple[str, int, str]]:
    return [
        (problem.path.rsplit("/", 1)[-1], problem.line, problem.message)
        for problem in load_pack(root).problems
        if problem.severity == "warning" and about in problem.message
    ]


def line_of(root, name: str, text: str) -> int:
    lines = (root / "lessons" / name).read_text(encoding="utf-8").splitlines()
    """The line of the option table (its [[exercises.options]] header) holding ``text``."""
    return next(number for number, line in enumerate(lines, 1) if text in line) - 1


def test_a_right_option_longer_than_every_other_is_warned_about_at_its_line(tmp_path):
    root = make_pack(
        tmp_path,
        lesson(
            "one",
            choice("fair", ["Short and right", "Wrong but just as long"]),
            choice("telling", ["Wrong", "The right one, with every careful qualifier", "No"], 1),
        ),
    )
    (found,) = warnings(root, LONGEST)
    assert found[:2] == ("1.toml", line_of(root, "1.toml", "every careful qualifier"))
    assert "(43 characters, the next 5)" in found[2]


def test_a_character_or_two_and_yes_against_no_are_no_cue(tmp_path):
    root = make_pack(
        tmp_path,
        lesson(
            "one",
            choice("yes-no", ["Yes", "No"]),
            choice("close", ["The survey", "The title"]),
            choice("multi", ["Both right, and much the longest of these", "x"], extra=""),
        ),
    )
    assert len(warnings(root, LONGEST)) == 1  # only "multi", a single choice after all
    many = make_pack(
        tmp_path / "many",
        lesson(
            "one",
            'id = "m"\nkind = "choice"\ntitle = "m"\nmultiple = true\n'
            '[[exercises.options]]\ntext = "Right, and far longer than the other"\nweight = 100\n'
            '[[exercises.options]]\ntext = "Wrong"\nweight = -100\n',
        ),
    )
    assert warnings(many, LONGEST) == []  # multiple choices are not judged by length


def test_unshuffled_right_answers_in_one_place_across_lessons(tmp_path):
    fixed = "shuffle = false\n"
    texts = ["Option one", "Option two", "Option six", "Option ten"]
    first = lesson("one", *(choice(f"a{n}", texts, 0, fixed) for n in range(3)))
    second = lesson(
        "two",
        choice("b0", texts, 0, fixed),
        choice("b1", texts, 2, fixed),
        choice("shuffled", texts, 0),  # shuffled: its place gives nothing away
    )
    root = make_pack(tmp_path, first, second)
    (found,) = warnings(root, POSITION)
    assert found[:2] == ("1.toml", line_of(root, "1.toml", '"Option one"'))
    assert found[2].startswith(
        "4 of the pack's 5 unshuffled single-answer items (80%) have their right answer "
        'as option 1: "a0", "a1", "a2", "b0".'
    )


def test_spread_out_or_too_few_unshuffled_items_pass(tmp_path):
    fixed = "shuffle = false\n"
    texts = ["Option one", "Option two", "Option six", "Option ten"]
    spread = [choice(f"s{n}", texts, n % 4, fixed) for n in range(5)]  # 2 of 5 in place 1
    assert warnings(make_pack(tmp_path / "spread", lesson("one", *spread)), POSITION) == []
    few = [choice(f"f{n}", texts, 0, fixed) for n in range(4)]
    assert warnings(make_pack(tmp_path / "few", lesson("one", *few)), POSITION) == []


def test_the_bundled_pack_has_no_choice_warnings():
    result = load_pack(bundled_dir("lessons") / "cyber-threat-oped")
    assert result.pack is not None
    assert [str(problem) for problem in result.problems] == []
