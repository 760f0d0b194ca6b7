"""Writing a pack's questions as GIFT, and the round trip: export, import into a fresh
pack, and the exercises are the same."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest

from closeread.core.authoring.gift import parse_gift
from closeread.core.authoring.gift_export import export_gift
from closeread.core.authoring.gift_import import GiftImportError, import_gift
from closeread.core.authoring.question_export import EXPORTERS, ExportRefused, export_questions
from closeread.core.authoring.scaffold import new_pack
from closeread.core.pack.load import load_pack, require_pack
from closeread.core.pack.model import Lesson, Pack

FIXTURES = Path(__file__).parents[1] / "fixtures"
GIFT = FIXTURES / "gift"
EVERY_KIND = ("all.gift", "format_tags.gift", "short_without_equals.gift")
EVERY_KIND += ("text_after_answers.gift", "hash_in_pairs.gift", "moodle_divergences.gift")
EVERY_KIND += ("essays.gift",)


def fresh_pack(folder: Path) -> Path:
    new_pack(folder, FIXTURES / "minipack" / "article.md", pack_id=folder.name)
    return folder


def quiz(path: Path) -> Lesson:
    result = load_pack(path)
    assert [str(p) for p in result.problems if p.severity == "error"] == []
    assert result.pack is not None
    return result.pack.lessons[-1]


def round_trip(pack: Pack, tmp_path: Path, name: str) -> tuple[Lesson, tuple[str, ...]]:
    """Export ``pack``, import the file into a fresh pack's lesson of its own."""
    exported = export_gift(pack)
    path = tmp_path / f"{name}.gift"
    path.write_bytes(exported.data)
    again = fresh_pack(tmp_path / name)
    import_gift(path, again, lesson="lessons/quiz.toml")
    return quiz(again), exported.notes


def test_every_kind_of_question_comes_back_the_same(tmp_path: Path):
    first = fresh_pack(tmp_path / "first")
    for name in EVERY_KIND:
        import_gift(GIFT / name, first, lesson="lessons/quiz.toml")
    original = quiz(first)
    assert {exercise.kind for exercise in original.exercises} == {
        "choice",
        "short",
        "match",
        "writing",
    }
    assert len(original.exercises) == 36
    lesson, notes = round_trip(require_pack(first), tmp_path, "second")
    assert lesson.exercises == original.exercises
    assert notes == ("first-lesson/find: skipped: a marking exercise has no GIFT form",)


def test_what_gift_cannot_hold_is_listed_and_the_rest_comes_back(tmp_path: Path):
    pack = require_pack(FIXTURES / "minipack")
    exported = export_gift(pack)
    assert exported.count == 3
    written = [q.idnumber for q in parse_gift(exported.data.decode()).questions]
    assert written == ["pick", "why", "pairs"]
    assert exported.notes == (
        "one/marks: skipped: a marking exercise has no GIFT form",
        "one/why: warning: GIFT has no place for its rubric",
        "one/pairs: warning: GIFT has no place for the marks it shows from another exercise",
        "one/analogy: skipped: an analogy has no GIFT form",
    )
    lesson, _ = round_trip(pack, tmp_path, "again")
    originals = pack.lessons[0]
    assert lesson.exercise("pick") == originals.exercise("pick")
    assert lesson.exercise("why") == msgspec.structs.replace(originals.exercise("why"), rubric=())
    assert lesson.exercise("pairs") == msgspec.structs.replace(
        originals.exercise("pairs"), show_marks_from=""
    )


def test_the_file_is_written_as_moodle_writes_gift(tmp_path: Path):
    first = fresh_pack(tmp_path / "first")
    import_gift(GIFT / "all.gift", first, lesson="lessons/quiz.toml")
    text = export_gift(require_pack(first)).data.decode()
    assert text.startswith("// Cats and the city (first 1.0), written by CloseRead\n\n")
    assert "\n\n$CATEGORY: $course$/first/quiz\n\n" in text
    assert (
        "// [id:victim]\n"
        "::Victim::[markdown]What does the author offer to show that China is a victim of "
        "attacks?{\n"
        "\t=A report by a security company#Yes\\: the Symantec Norton report.\n"
        "\t~Figures on the number of attacks#The excerpt gives no figures.\n"
        "\t~%50%A named source, without figures#Half right\\: the report is named, nothing more.\n"
        "\t~%-25%The author's own experience\n"
        "\t####A careful reader asks what the report measured.\n"
        "}\n"
    ) in text
    assert "::Which are evidence::[markdown]Choose **all**" in text
    assert "\t~%33.33333%The Symantec Norton report\n" in text  # no "=" in multiple answers
    assert "::Two kinds::[markdown]The US treats all cyber-espionage alike.{FALSE#Read" in text
    assert '::Analogy signal::[markdown]"Akin to" signals an analogy.{TRUE}' in text
    assert "{\n\t=akin to\n\t=this is akin to\n}" in text
    assert "\t= -> China is a threat\n" in text
    assert "::Essay::[markdown]Write what you think of the analogy.{}" in text
    assert (
        "::What\\: escapes?::[markdown]Marks such as \\~ \\= \\# \\{ \\} and \\: are text  \\n"
        in text
    )
    assert "$CATEGORY: $course$/first/first-lesson" not in text  # it has no question to write


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("{=a =%100%b}", ["=a", "~%100%b"]),  # "=" twice would read as a short answer
        ("{=a ~b ~%50%c}", ["=a", "~b", "~%50%c"]),
        ("{=a =b ~c}", ["=a", "=b", "~c"]),
    ],
)
def test_a_single_choice_always_reads_back_as_one(tmp_path: Path, question, written):
    first = fresh_pack(tmp_path / "first")
    (tmp_path / "q.gift").write_text(f"::Q:: Pick. {question}\n", encoding="utf-8")
    if question.startswith("{=a =%"):  # Moodle reads "=%100%b" as "b" at 100% only with "~"
        (tmp_path / "q.gift").write_text("::Q:: Pick. {=a ~%100%b}\n", encoding="utf-8")
    import_gift(tmp_path / "q.gift", first, lesson="lessons/quiz.toml")
    text = export_gift(require_pack(first)).data.decode()
    assert [line.strip() for line in text.splitlines() if line.startswith("\t")] == written
    assert parse_gift(text).questions[-1].kind == "choice"
    (tmp_path / "again.gift").write_text(text, encoding="utf-8")
    lesson, _ = round_trip(require_pack(first), tmp_path, "second")
    assert lesson.exercise("q") == quiz(first).exercise("q")


def test_questions_gift_cannot_write_are_skipped_with_the_reason(tmp_path: Path):
    first = fresh_pack(tmp_path / "first")
    (tmp_path / "q.gift").write_text(
        "::Arrow:: Name it. {=a -> b}\n\n::Fine:: Name it. {=ok}\n", encoding="utf-8"
    )
    with pytest.raises(GiftImportError, match="a matching question needs two pairs"):
        import_gift(tmp_path / "q.gift", first)  # "->" makes it a pair, not an answer
    lesson = first / "lessons" / "01-first-lesson.toml"
    text = lesson.read_text(encoding="utf-8")
    lesson.write_text(
        text
        + '\n[[exercises]]\nid = "arrow"\nkind = "short"\ntitle = "Arrow"\naccept = ["a -> b"]\n'
        + '\n[[exercises]]\nid = "none"\nkind = "short"\ntitle = "None"\n',
        encoding="utf-8",
    )
    exported = export_gift(require_pack(first))
    assert exported.notes[1:] == (
        'first-lesson/arrow: skipped: an accepted answer holds "->", which GIFT reads as a '
        "matching pair",
        "first-lesson/none: skipped: a short answer that accepts no answer has no GIFT "
        "form (empty braces are an essay)",
    )


def test_a_writing_task_becomes_an_essay_and_its_rubric_is_listed_as_lost(tmp_path: Path):
    pack = require_pack(FIXTURES / "writingpack")
    exported = export_gift(pack)
    assert (
        "respond/response: warning: GIFT has no place for its points, its word guide, "
        "its rubric, its exemplars"
    ) in exported.notes
    questions = parse_gift(exported.data.decode()).questions
    question = next(q for q in questions if q.idnumber == "response")
    assert question.kind == "essay"
    lesson, _ = round_trip(pack, tmp_path, "again")
    response = lesson.exercise("response")
    original = pack.lessons[0].exercise("response")
    assert (response.kind, response.title, response.prompt, response.attempts) == (
        "writing",
        original.title,
        original.prompt,
        1,
    )


def test_gift_is_a_format_export_questions_offers_and_keys_are_needed(tmp_path: Path):
    pack = require_pack(FIXTURES / "minipack")
    exported = export_questions(pack, "gift")
    assert (exported.extension, exported.count) == (".gift", 3)
    assert exported == export_gift(pack)
    assert "gift" in EXPORTERS
    assessment = msgspec.structs.replace(pack, edition="assessment")
    with pytest.raises(ExportRefused, match="is an assessment edition: it has no answers"):
        export_questions(assessment, "gift")
