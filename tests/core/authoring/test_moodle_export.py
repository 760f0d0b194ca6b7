"""A pack's questions as Moodle XML: the file Moodle's reader expects, the notes for what
it cannot hold, and the round trip: exported, imported into a fresh pack, equal."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import msgspec
import pytest

from closeread.core.authoring.moodle_export import export_moodle_xml
from closeread.core.authoring.moodle_import import import_moodle_xml
from closeread.core.authoring.moodle_xml import parse_moodle_xml
from closeread.core.authoring.question_export import (
    EXPORTERS,
    ExportRefused,
    export_questions,
)
from closeread.core.authoring.scaffold import new_pack
from closeread.core.pack.load import require_pack

FIXTURES = Path(__file__).parents[1] / "fixtures"
MOODLE = FIXTURES / "moodle"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """The small pack with a lesson of every kind Moodle XML can carry, and a picture."""
    root = Path(shutil.copytree(FIXTURES / "minipack", tmp_path / "pack"))
    shutil.copy(MOODLE / "roundtrip.toml", root / "lessons" / "quiz.toml")
    (root / "images").mkdir()
    shutil.copy(MOODLE / "chart.png", root / "images" / "chart.png")
    toml = root / "pack.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace(
            'lessons = ["lessons/one.toml"]', 'lessons = ["lessons/one.toml", "lessons/quiz.toml"]'
        ),
        encoding="utf-8",
    )
    return root


def test_the_round_trip_gives_back_equal_exercises(pack: Path, tmp_path: Path):
    original = require_pack(pack)
    exported = export_moodle_xml(original)
    xml = tmp_path / "questions.xml"
    xml.write_bytes(exported.data)
    fresh = tmp_path / "fresh"
    new_pack(fresh, pack / "article.md")
    imported = import_moodle_xml(xml, fresh, lesson="lessons/moodle.toml")
    assert imported.images == ("images/chart.png",)
    assert (fresh / "images" / "chart.png").read_bytes() == (
        pack / "images" / "chart.png"
    ).read_bytes()
    again = require_pack(fresh).lesson("moodle")
    for exercise in original.lesson("quiz").exercises:
        assert again.exercise(exercise.id) == exercise, exercise.id
    one = original.lesson("one")
    for exercise_id in ("pick", "why", "pairs"):
        back = msgspec.structs.replace(again.exercise(exercise_id), show_marks_from="")
        wanted = msgspec.structs.replace(one.exercise(exercise_id), show_marks_from="")
        if exercise_id == "why":  # Moodle's short answer has no rubric: the accepted answer only
            wanted = msgspec.structs.replace(wanted, rubric=())
        assert back == wanted, exercise_id


def test_the_file_is_what_moodles_reader_expects(pack: Path):
    exported = export_moodle_xml(require_pack(pack))
    assert exported.extension == ".xml"
    assert exported.data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')
    root = ElementTree.fromstring(exported.data)
    questions = root.findall("question")
    assert [(q.get("type"), q.findtext("idnumber")) for q in questions] == [
        ("category", None),
        ("multichoice", "pick"),
        ("shortanswer", "why"),
        ("matching", "pairs"),
        ("category", None),
        ("multichoice", "evidence"),
        ("multichoice", "all-evidence"),
        ("truefalse", "walks"),
        ("shortanswer", "households"),
        ("matching", "match"),
        ("essay", "respond"),
    ]
    assert questions[0].findtext("category/text") == "$course$/top/A small pack/Claims and evidence"
    evidence = questions[5]
    assert evidence.find("questiontext").get("format") == "markdown"
    assert "![A chart of the survey](@@PLUGINFILE@@/images/chart.png)" in evidence.findtext(
        "questiontext/text"
    )
    picture = evidence.find("questiontext/file")
    assert (picture.get("name"), picture.get("path"), picture.get("encoding")) == (
        "chart.png",
        "/images/",
        "base64",
    )
    assert [a.get("fraction") for a in evidence.findall("answer")] == ["100", "0", "-33.33333"]
    assert (evidence.findtext("single"), evidence.findtext("defaultgrade")) == ("true", "2")
    households = questions[8]
    assert [a.findtext("text") for a in households.findall("answer")][-1] == "20\\*20"
    walks = questions[7]
    assert [(a.findtext("text"), a.get("fraction")) for a in walks.findall("answer")] == [
        ("true", "0"),
        ("false", "100"),
    ]
    essay = questions[10]
    assert (essay.findtext("minwordlimit"), essay.findtext("maxwordlimit")) == ("40", "120")
    assert 'data-closeread="rubric"' in essay.findtext("graderinfo/text")
    matching = questions[9]
    assert [s.findtext("text") for s in matching.findall("subquestion")] == [
        "61% felt calmer",
        "Dogs need walks",
        "",
        "",
    ]
    # the file reads back with CloseRead's own reader, with nothing to complain about
    quiz = parse_moodle_xml(exported.data)
    assert [n.severity for n in quiz.notes] == ["skipped", "skipped"]


def test_what_moodle_cannot_hold_is_noted(pack: Path):
    lesson = pack / "lessons" / "quiz.toml"
    text = lesson.read_text(encoding="utf-8").replace(
        'text = "Look for numbers."', 'text = "Look for numbers."\ncost = 0.5'
    )
    lesson.write_text(
        text.replace('title = "Match the evidence"', 'title = "Match"\nleft_title = "Evidence"'),
        encoding="utf-8",
    )
    notes = export_moodle_xml(require_pack(pack)).notes
    assert notes == (
        "one/marks: skipped: a marking exercise has no Moodle question type",
        "one/why: warning: Moodle XML has no place for its rubric",
        "one/pairs: warning: Moodle XML has no place for the marks it shows from another exercise",
        "one/analogy: skipped: an analogy has no Moodle question type",
        "quiz/evidence: warning: Moodle XML has no place for the hints' costs",
        "quiz/match: warning: Moodle XML has no place for the left column's title",
    )


def test_weights_moodle_does_not_accept_are_written_as_its_own_or_warned(tmp_path: Path):
    root = Path(shutil.copytree(FIXTURES / "minipack", tmp_path / "pack"))
    lesson = root / "lessons" / "one.toml"
    text = lesson.read_text(encoding="utf-8")
    text = text.replace(
        'text = "The title"\nweight = 0', 'text = "The title"\nweight = 33.33'
    ).replace('text = "The survey"\nweight = 100', 'text = "The survey"\nweight = 100')
    text += '\n[[exercises]]\nid = "odd"\nkind = "choice"\ntitle = "Odd"\noptions = [\n'
    text += '  { text = "a", weight = 100 },\n  { text = "b", weight = 37 },\n]\n'
    lesson.write_text(text, encoding="utf-8")
    exported = export_moodle_xml(require_pack(root))
    root_element = ElementTree.fromstring(exported.data)
    fractions = [
        [a.get("fraction") for a in q.findall("answer")]
        for q in root_element.findall("question")
        if q.findtext("idnumber") in {"pick", "odd"}
    ]
    assert fractions == [["100", "33.33333"], ["100", "37"]]
    assert any(
        note.startswith("one/odd: warning: the weight 37% is not one Moodle accepts")
        for note in exported.notes
    )


def test_the_format_table_and_an_assessment_edition(pack: Path):
    assert list(EXPORTERS) == ["gift", "moodle-xml"]
    loaded = require_pack(pack)
    assert export_questions(loaded, "moodle-xml").count == 9
    hidden = msgspec.structs.replace(loaded, edition="assessment")
    with pytest.raises(ExportRefused, match="assessment edition"):
        export_questions(hidden, "moodle-xml")
