"""Keys and marks as W3C Web Annotations: the JSON-LD written, the round trip of a key,
anchoring annotations from other tools by quote, and a student's marks from a real
progress database."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from closeread.core.authoring.annotation_import import anchor_quote, read_annotations
from closeread.core.authoring.annotation_key import import_annotations
from closeread.core.authoring.annotations import (
    CONTEXT,
    AnnotationError,
    find_mark_exercise,
    key_collection,
    marks_collection,
    student_marks,
)
from closeread.core.authoring.question_import import QuestionImportError
from closeread.core.pack.load import require_pack
from closeread.core.store.store import Store

MINIPACK = Path(__file__).parents[1] / "fixtures" / "minipack"
TEXT = (
    "Cats and the city\nCats make cities better. A survey of 400 households found that 61% "
    "of cat owners felt calmer.\nDogs, by contrast, need walks. Cats make cities better, the "
    "author says again."
)


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    return Path(shutil.copytree(MINIPACK, tmp_path / "pack"))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def annotation(exact: str, label: str = "claim", **selector: Any) -> dict[str, Any]:
    quote = {"type": "TextQuoteSelector", "exact": exact}
    quote |= {k: v for k, v in selector.items() if k in {"prefix", "suffix"}}
    selectors = [quote]
    if "start" in selector:
        selectors.append({"type": "TextPositionSelector", "start": selector["start"], "end": 0})
    return {
        "type": "Annotation",
        "body": [{"type": "TextualBody", "purpose": "tagging", "value": label}],
        "target": {"source": "https://example.org/op-ed", "selector": selectors},
    }


def write(tmp_path: Path, document: Any, name: str = "notes.jsonld") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_the_key_as_a_collection_of_w3c_annotations():
    loaded = require_pack(MINIPACK)
    collection = key_collection(loaded, find_mark_exercise(loaded, "one/marks"))
    assert loaded.article.text == TEXT
    assert collection["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert (collection["type"], collection["total"]) == ("AnnotationCollection", 2)
    assert collection["id"] == "urn:closeread:pack:mini:1.0:one/marks:key"
    first, second = collection["first"]["items"]
    assert first == {
        "id": "urn:closeread:pack:mini:1.0:one/marks:key:k1",
        "type": "Annotation",
        "motivation": "tagging",
        "body": [
            {"type": "TextualBody", "purpose": "tagging", "value": "claim"},
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "value": "The author's main claim.",
                "format": "text/markdown",
            },
        ],
        "target": {
            "source": "urn:closeread:pack:mini:1.0:article",
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": "Cats make cities better.",
                    "prefix": "Cats and the city\n",
                    "suffix": " A survey of 400 households foun",
                },
                {"type": "TextPositionSelector", "start": 18, "end": 42},
            ],
        },
    }
    quote, position = second["target"]["selector"]
    assert TEXT[position["start"] : position["end"]] == quote["exact"]
    assert len(quote["prefix"]) == len(quote["suffix"]) == CONTEXT
    json.dumps(collection)  # plain JSON all the way down


def test_a_key_goes_out_and_comes_back_equal(pack: Path, tmp_path: Path):
    loaded = require_pack(pack)
    exported = write(tmp_path, key_collection(loaded, find_mark_exercise(loaded, "one/marks")))
    made = import_annotations(exported, pack, "one/from-tool")
    assert made.created and made.spans == ("k1", "k2") and made.lesson_file == "lessons/one.toml"
    again = require_pack(pack).lesson("one")
    new = again.exercise("from-tool")
    assert new.key == loaded.lesson("one").exercise("marks").key
    assert new.labels == ("claim", "evidence")
    with pytest.raises(QuestionImportError, match="has a key of 2 spans already: give --replace"):
        import_annotations(exported, pack, "one/marks")
    replaced = import_annotations(exported, pack, "one/marks", replace=True)
    assert (replaced.created, replaced.replaced) == (False, 2)
    assert require_pack(pack).lesson("one").exercise("marks") == loaded.lesson("one").exercise(
        "marks"
    )


def test_repeated_words_are_told_apart_by_prefix_suffix_or_position():
    first = TEXT.index("Cats make cities better")
    second = TEXT.index("Cats make cities better", first + 1)
    twice = annotation("Cats make cities better")["target"]["selector"]
    with pytest.raises(AnnotationError, match="occurs 2 times in the article, and its prefix"):
        anchor_quote(TEXT, twice)
    after = annotation("Cats make cities better", prefix="need walks. ")["target"]["selector"]
    assert anchor_quote(TEXT, after) == (second, second + 23)
    before = annotation("Cats make cities better", suffix=". A survey")["target"]["selector"]
    assert anchor_quote(TEXT, before) == (first, first + 23)
    placed = annotation("Cats make cities better", start=second)["target"]["selector"]
    assert anchor_quote(TEXT, placed) == (second, second + 23)
    wrong = annotation("Cats make cities better", prefix="no such words ")["target"]["selector"]
    with pytest.raises(AnnotationError, match="occurs 2 times"):
        anchor_quote(TEXT, wrong)
    # another tool's text had a blank line between paragraphs, and a title before it all
    spaced = annotation("calmer.\n\nDogs", prefix="of cat owners felt ", suffix=", by contrast")[
        "target"
    ]["selector"]
    assert TEXT[slice(*anchor_quote(TEXT, spaced))] == "calmer.\nDogs"
    titled = annotation("Cats and the city", prefix="OPINION\n\n", suffix="\n\nCats")["target"][
        "selector"
    ]
    assert anchor_quote(TEXT, titled) == (0, 17)


def test_what_does_not_anchor_is_refused_and_nothing_is_written(pack: Path, tmp_path: Path):
    before = snapshot(pack)
    document = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationPage",
        "items": [
            annotation("Dogs, by contrast, need walks.", label="Evidence"),
            annotation("Cats make cities worse"),
            annotation("Cats make cities better"),
            annotation("need walks", label="opinion"),
            {"type": "Annotation", "target": "https://example.org/op-ed"},
            {"id": "x", "type": "Note"},
        ],
    }
    path = write(tmp_path, document)
    with pytest.raises(QuestionImportError) as refused:
        import_annotations(path, pack, "one/new")
    assert refused.value.lines == [
        f'{path}: error: annotation 2: the quote is not in the article: "Cats make cities worse"',
        f"{path}: error: annotation 3: the quote occurs 2 times in the article, and its prefix "
        'and suffix do not say which: "Cats make cities better"',
        f'{path}: error: annotation 4: its tag ("opinion") is none of the exercise\'s labels '
        '(claim, evidence): tag it with one, in a TextualBody with "purpose": "tagging"',
        f"{path}: error: annotation 5: its target has no TextQuoteSelector: CloseRead places a "
        "key by the article's words",
        f'{path}: error: annotation 6 (x): it is not an annotation (no "type": "Annotation")',
    ]
    assert snapshot(pack) == before


def test_an_exercise_that_is_not_a_marking_one_or_not_there(pack: Path, tmp_path: Path):
    path = write(tmp_path, annotation("Dogs, by contrast, need walks."))
    with pytest.raises(
        QuestionImportError, match='"pick" is a "choice" exercise, not a marking one'
    ):
        import_annotations(path, pack, "one/pick")
    with pytest.raises(
        QuestionImportError, match=r'the pack has no lesson "two" \(its lessons: one\)'
    ):
        import_annotations(path, pack, "two/marks")
    with pytest.raises(QuestionImportError, match="names no exercise"):
        import_annotations(path, pack, "marks")
    with pytest.raises(QuestionImportError, match='has no part "analogy/sides"'):
        import_annotations(path, pack, "one/analogy/sides")
    with pytest.raises(QuestionImportError, match="is not a valid exercise id"):
        import_annotations(path, pack, "one/New Key")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\xff\xfe", "not UTF-8 text"),
        (b"{not json", "not valid JSON"),
        (b'{"type": "Thing"}', "no Annotation, AnnotationPage or AnnotationCollection"),
        (b"[" * 200 + b"]" * 200, "nests more than 64 levels deep"),
        (
            b'{"type": "AnnotationCollection", "first": "https://example.org/page1"}',
            "pages are not in the file",
        ),
    ],
)
def test_files_that_are_not_annotations(raw: bytes, message: str):
    with pytest.raises(AnnotationError, match=message):
        read_annotations(raw)


def test_a_students_marks_from_the_progress_database(tmp_path: Path):
    loaded = require_pack(MINIPACK)
    target = find_mark_exercise(loaded, "one/marks")
    with Store.open(tmp_path / "data") as store:
        maya = store.roster.add_student("Maya Ng", "7B", "S004")
        store.work.record_attempt(
            maya.id, loaded, "one", "marks", {"marks": [[0, 5, "claim"]]}, score=0.0,
            submitted_at="2025-03-03T09:00:00+00:00",
        )  # fmt: skip
        store.work.record_attempt(
            maya.id, loaded, "one", "marks", {"marks": [[18, 41, "claim"], [43, 111, "evidence"]]},
            score=0.9, submitted_at="2025-03-03T09:05:00+00:00",
        )  # fmt: skip
        text, marks, created = student_marks(store, loaded, target, maya)
        assert (text, marks) == (TEXT, [[18, 41, "claim"], [43, 111, "evidence"]])
        collection = marks_collection(loaded, target, text, marks, maya, created)
        ben = store.roster.add_student("Ben Tan")
        with pytest.raises(AnnotationError, match="Ben Tan has no checked answer to one/marks"):
            student_marks(store, loaded, target, ben)
        other = _Copy(loaded.id, "0.9", "f" * 64)
        store.work.record_attempt(ben.id, other, "one", "marks", {"marks": []}, score=0.0)
        with pytest.raises(AnnotationError, match=r"another copy of the pack \(0.9, content hash"):
            student_marks(store, loaded, target, ben)
    assert collection["label"] == "Mark the claim and the evidence: marks by Maya Ng"
    first = collection["first"]["items"][0]
    assert first["id"] == "urn:closeread:pack:mini:1.0:one/marks:student:S004:mark:1"
    assert first["creator"] == {"type": "Person", "name": "Maya Ng"}
    assert first["created"].startswith("2025-03-03T09:05:00")
    assert first["target"]["selector"][0]["exact"] == "Cats make cities better"
    assert first["body"] == [{"type": "TextualBody", "purpose": "tagging", "value": "claim"}]


class _Copy:
    def __init__(self, pack_id: str, version: str, content_hash: str) -> None:
        self.id, self.version, self.content_hash = pack_id, version, content_hash


def test_marks_on_a_part_of_an_analogy_and_names_that_are_no_marking_exercise(tmp_path: Path):
    root = Path(shutil.copytree(MINIPACK, tmp_path / "pack"))
    lesson = root / "lessons" / "one.toml"
    lesson.write_text(
        lesson.read_text(encoding="utf-8")
        + '\n[[exercises.parts]]\nstep = "compared"\nid = "sides"\nkind = "mark"\n'
        'title = "Mark the sides"\nlabels = ["claim"]\n',
        encoding="utf-8",
    )
    loaded = require_pack(root)
    target = find_mark_exercise(loaded, "one/analogy/sides")
    assert (target.top_id, target.part_id, target.ref) == ("analogy", "sides", "one/analogy/sides")
    with pytest.raises(
        AnnotationError, match=r"its marking exercises: one/marks, one/analogy/sides"
    ):
        find_mark_exercise(loaded, "one/pick")
    with pytest.raises(AnnotationError, match="write LESSON/EXERCISE"):
        find_mark_exercise(loaded, "marks")
    path = write(tmp_path, [annotation("Dogs, by contrast, need walks."), annotation("need walks")])
    made = import_annotations(path, root, "one/analogy/sides")
    assert len(made.spans) == 2 and not made.created
    sides = require_pack(root).lesson("one").exercise("analogy").parts[-1].exercise
    dogs = TEXT.index("Dogs, by contrast, need walks.")
    walks = TEXT.index("need walks")
    assert [(span.start, span.end) for span in sides.key] == [
        (dogs, dogs + 30),
        (walks, walks + 10),
    ]
