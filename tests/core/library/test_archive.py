"""Pack archives and the assessment edition: no key left in, the same bytes every time,
match items in an order that gives nothing away, answers mapped back to the full pack."""

from __future__ import annotations

import io
import math
import tomllib
import zipfile

import pytest
from classroom import MINIPACK, variant
from hypothesis import given, settings
from hypothesis import strategies as st

from closeread.core.grading.grade import grade
from closeread.core.library.archive import (
    BuildError,
    answer_from_assessment,
    archive_bytes,
    assessment_hash,
    assessment_rights,
    build_pack,
    default_name,
)
from closeread.core.pack.load import PackError, load_pack
from closeread.core.toml.write import dumps

SECRETS = [
    "The author's main claim.",  # key explanations
    "A statistic offered as support.",
    "Yes: it reports data.",  # option feedback
    "it gives data",  # accepted answers
    "mentions data",  # rubric
    "cats and dogs",
    "SECRET TEACHER NOTE",
    "The model answer says so.",
    "Pairs explained here.",
    "General explanation.",
]


@pytest.fixture(scope="module")
def rich_pack(tmp_path_factory):
    """The minipack with teacher notes, pictures, a model answer and a stray file."""
    folder = variant(
        tmp_path_factory.mktemp("packs"),
        "rich",
        {
            "pack.toml": ('article = "article.md"', 'article = "article.md"\nnotes = "notes.md"'),
            "article.md": (
                "# Cats and the city\n",
                "# Cats and the city\n\n![A cat](img/cat.png)\n",
            ),
            "lessons/one.toml": (
                'accept = ["it gives data"]',
                'accept = ["it gives data"]\nmodel_answer = "The model answer says so."\n'
                'explanation = "General explanation."\nprompt = "See ![dog](img/dog.png)"',
            ),
        },
    )
    lesson = folder / "lessons" / "one.toml"
    lesson.write_text(
        lesson.read_text().replace(
            'right = "Cats are easier"',
            'right = "Cats are easier"\nexplanation = "Pairs explained here."',
        )
        + '\n[[exercises]]\nid = "more"\nkind = "match"\ntitle = "More"\n'
        'distractors = ["Apples", "zebras"]\n'
        '[[exercises.pairs]]\nleft = "L1"\nright = "banana"\n'
        '[[exercises.pairs]]\nleft = "L2"\nright = "Cherry"\n'
    )
    (folder / "notes.md").write_text("SECRET TEACHER NOTE\n")
    (folder / "img").mkdir()
    (folder / "img" / "cat.png").write_bytes(b"\x89PNG cat")
    (folder / "img" / "dog.png").write_bytes(b"\x89PNG dog")
    (folder / "answers.txt").write_text("SECRET TEACHER NOTE in a stray file\n")
    result = load_pack(folder)
    assert result.pack is not None, [str(p) for p in result.problems]
    return folder


def test_the_assessment_edition_holds_no_key(rich_pack, tmp_path):
    built = build_pack(rich_pack, assessment=True)
    assert sorted(built.files) == [
        "article.md", "img/cat.png", "img/dog.png", "lessons/one.toml", "pack.toml",
    ]  # fmt: skip
    for name, data in built.files.items():
        for secret in SECRETS:
            assert secret.encode() not in data, (name, secret)
    meta = tomllib.loads(built.files["pack.toml"].decode())
    assert meta["edition"] == "assessment"
    assert "notes" not in meta and "near_miss" not in meta
    lesson = tomllib.loads(built.files["lessons/one.toml"].decode())
    marks, pick, why, pairs, analogy, more = lesson["exercises"]
    assert "key" not in marks and marks["hints"] == [{"text": "Look for numbers.", "cost": 0.5}]
    assert pick["options"] == [{"text": "The survey"}, {"text": "The title"}]
    assert set(why) == {"id", "kind", "title", "prompt"}
    assert all(set(pair) == {"left", "right"} for pair in pairs["pairs"])
    assert analogy["parts"][1]["options"] == [
        {"text": "Less work is better"},
        {"text": "Noise is good"},
    ]
    assert [p["left"] for p in more["pairs"]] == ["L1", "L2"]
    assert [p["right"] for p in more["pairs"]] + more["distractors"] == [
        "Apples", "banana", "Cherry", "zebras",
    ]  # fmt: skip


def test_the_edition_loads_with_every_key_hidden_and_the_same_identity(rich_pack, tmp_path):
    full = load_pack(rich_pack).pack
    built = build_pack(rich_pack, assessment=True)
    path = tmp_path / default_name(full, True)
    path.write_bytes(built.archive)
    assert path.name == "mini-1.0-assessment.crpack"
    loaded = load_pack(path)
    assert loaded.pack is not None and not loaded.problems
    edition = loaded.pack
    assert (edition.id, edition.version, edition.edition) == (full.id, full.version, "assessment")
    assert edition.content_hash == built.content_hash != full.content_hash
    assert edition.article.text == full.article.text
    exercises = [e for lesson in edition.lessons for e in lesson.exercises]
    assert all(exercise.key_hidden for exercise in exercises)
    assert grade(exercises[1], {"selected": [0]}).status == "pending"


def test_the_teacher_recomputes_the_edition_hash_from_the_full_pack(rich_pack, tmp_path):
    first = build_pack(rich_pack, assessment=True)
    second = build_pack(rich_pack, assessment=True)
    assert first.archive == second.archive
    full = load_pack(rich_pack).pack
    assert assessment_hash(full) == first.content_hash
    with zipfile.ZipFile(io.BytesIO(first.archive)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_a_full_build_holds_every_file_and_the_same_hash(rich_pack, tmp_path):
    built = build_pack(rich_pack)
    full = load_pack(rich_pack).pack
    assert built.content_hash == full.content_hash
    assert "answers.txt" in built.files and "notes.md" in built.files
    (tmp_path / "full.crpack").write_bytes(built.archive)
    assert load_pack(tmp_path / "full.crpack").pack.content_hash == full.content_hash


def test_match_answers_map_back_to_the_full_pack(rich_pack):
    full = load_pack(rich_pack).pack
    more = full.lesson("one").exercise("more")
    assert assessment_rights(more) == ["Apples", "banana", "Cherry", "zebras"]
    # On the edition: L1 -> "banana" (position 1), L2 -> "zebras" (position 3).
    mapped = answer_from_assessment(more, {"matches": [[0, 1], [1, 3]]})
    rights = [pair.right for pair in more.pairs] + list(more.distractors)
    assert [rights[right] for _, right in mapped["matches"]] == ["banana", "zebras"]
    assert grade(more, mapped).points == pytest.approx(0.5)
    assert answer_from_assessment(more, {"matches": [[0, 9]]}) == {"matches": [[0, 9]]}
    analogy = full.lesson("one").exercise("analogy")
    answer = {"parts": {"rule": {"selected": [1]}}}
    assert answer_from_assessment(analogy, answer) == answer


def test_a_pack_with_errors_is_not_built(tmp_path):
    broken = variant(
        tmp_path, "broken", {"lessons/one.toml": ('label = "claim"', 'label = "opinion"')}
    )
    with pytest.raises(PackError) as caught:
        build_pack(broken, assessment=True)
    assert any("opinion" in str(problem) for problem in caught.value.problems)


def test_an_assessment_edition_has_no_key_to_take_out(tmp_path):
    built = build_pack(MINIPACK, assessment=True)
    (tmp_path / "a.crpack").write_bytes(built.archive)
    with pytest.raises(BuildError, match="already"):
        build_pack(tmp_path / "a.crpack", assessment=True)


def test_archives_are_the_same_bytes_for_the_same_files():
    files = {"b.txt": b"2", "a/x.toml": b"1"}
    assert archive_bytes(files) == archive_bytes(dict(reversed(files.items())))
    with zipfile.ZipFile(io.BytesIO(archive_bytes(files))) as archive:
        assert archive.namelist() == ["a/x.toml", "b.txt"]


# -- the TOML writer --------------------------------------------------------------------------

_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
_scalar = st.one_of(
    _text,
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
)
_value = st.recursive(
    _scalar,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(_text, inner, max_size=3),
    ),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(_text, _value, max_size=5))
def test_toml_written_reads_back_the_same(data):
    assert tomllib.loads(dumps(data, header="a comment\nover two lines")) == data


def test_toml_is_written_the_same_way_every_time():
    data = {
        "id": "x",
        "t": {"n": 1.5, "s": 'a "q"\n\\'},
        "rows": [{"a": 1}, {"a": 2, "b": [{"c": 3}]}],
    }
    assert dumps(data) == (
        'id = "x"\n\n[t]\nn = 1.5\ns = "a \\"q\\"\\n\\\\"\n\n[[rows]]\na = 1\n\n[[rows]]\na = 2\n\n'
        "[[rows.b]]\nc = 3\n"
    )
    with pytest.raises(ValueError):
        dumps({"x": math.inf})
