"""``closeread pack new``, ``import-gift`` and ``export-questions``, run as a teacher runs
them."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from cli_support import run
from closeread.cli_pack import add_pack_commands

GIFT = Path(__file__).parent / "core" / "fixtures" / "gift"
ARTICLE = "A headline\nCats make cities better. A survey of 400 households agrees.\n"


@pytest.fixture
def article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "oped.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_pack_new_then_check(capsys, article: Path):
    code, out, err = run(capsys, "pack", "new", "my-pack", "--article", "oped.txt")
    assert (code, err) == (0, [])
    assert out == [
        'made the pack "my-pack" ("A headline") in my-pack:',
        "  pack.toml",
        "  article.md",
        "  notes.md",
        "  lessons/01-first-lesson.toml",
        "next: write the answer key in lessons/01-first-lesson.toml, then run: "
        "closeread check my-pack",
    ]
    code, out, _ = run(capsys, "check", "my-pack")
    assert code == 0
    assert out == [
        "my-pack/lessons/01-first-lesson.toml:31:1: warning: "
        "the key is empty: every mark will count as extra",
        "my-pack: ok, 1 lesson, 1 exercise, 1 warning",
    ]


def test_pack_new_with_id_title_and_data_dir_before_or_after(capsys, article: Path, tmp_path):
    data = str(tmp_path / "data")
    code, out, _ = run(capsys, "--data-dir", data, "pack", "new", "a", "--article", "oped.txt")
    assert code == 0
    code, out, _ = run(
        capsys,
        "pack",
        "new",
        "b",
        "--article",
        "oped.txt",
        "--id",
        "b-2",
        "--title",
        "Mine",
        "--data-dir",
        data,
    )
    assert code == 0 and out[0] == 'made the pack "b-2" ("Mine") in b:'
    assert not Path(data).exists()  # making a pack needs no database


def test_pack_new_refuses_a_folder_that_is_not_empty(capsys, article: Path):
    Path("full").mkdir()
    Path("full/keep.txt").write_text("mine", encoding="utf-8")
    code, out, err = run(capsys, "pack", "new", "full", "--article", "oped.txt")
    assert (code, out) == (1, [])
    assert err == [
        "closeread: full is a folder that is not empty; give the name of a new or empty folder"
    ]
    assert [path.name for path in Path("full").iterdir()] == ["keep.txt"]
    code, _, err = run(capsys, "pack", "new", "x", "--article", "missing.txt")
    assert code == 1 and err[0].startswith("closeread: missing.txt: cannot read the article")
    code, _, err = run(capsys, "pack", "new", "x")
    assert code == 2 and "the following arguments are required: --article" in err[-1]


def test_import_gift_lists_what_it_skipped_and_what_it_added(capsys, article: Path):
    run(capsys, "pack", "new", "my-pack", "--article", "oped.txt")
    gift = str(GIFT / "all.gift")
    code, out, err = run(capsys, "pack", "import-gift", gift, "--into", "my-pack")
    assert (code, err) == (0, [])
    assert out[0] == (
        f'{gift}:3: skipped: category "$course$/Critical reading" '
        "(CloseRead has no question categories)"
    )
    assert f'{gift}:49: skipped: numeric question "Year": CloseRead has no numeric exercise' in out
    assert any(line.startswith(f'{gift}:51: note: the essay "Essay" becomes') for line in out)
    added = next(line for line in out if line.startswith("added "))
    assert added.startswith("added 16 exercises to lessons/01-first-lesson.toml: victim, ")
    assert added.endswith(", essay, missing")
    assert any(
        line.endswith("warning: the key is empty: every mark will count as extra") for line in out
    )


def test_import_gift_into_a_new_lesson(capsys, article: Path):
    run(capsys, "pack", "new", "my-pack", "--article", "oped.txt")
    Path("quiz.gift").write_text("::Q1:: Is it? {T}\n\n::Q2:: Name it {=it}\n", encoding="utf-8")
    code, out, _ = run(
        capsys,
        "pack",
        "import-gift",
        "quiz.gift",
        "--into",
        "my-pack",
        "--lesson",
        "lessons/02-quiz.toml",
    )
    assert code == 0
    assert out[0] == "added 2 exercises to lessons/02-quiz.toml (new, listed in pack.toml): q1, q2"
    assert run(capsys, "check", "my-pack")[0] == 0


def test_import_gift_fails_whole_on_a_broken_file(capsys, article: Path):
    run(capsys, "pack", "new", "my-pack", "--article", "oped.txt")
    before = Path("my-pack/lessons/01-first-lesson.toml").read_bytes()
    broken = str(GIFT / "broken.gift")
    code, out, err = run(capsys, "pack", "import-gift", broken, "--into", "my-pack")
    assert (code, out) == (1, [])
    assert err == [
        f'{broken}:3: error: the answers are not closed: "}}" is missing',
        f'{broken}:5: error: a "}}" comes before any "{{"',
        f'{broken}:7: error: a pair has no "->": "c"',
        "closeread: nothing was imported",
    ]
    assert Path("my-pack/lessons/01-first-lesson.toml").read_bytes() == before
    code, _, err = run(capsys, "pack", "import-gift", broken, "--into", "nowhere")
    assert code == 1 and err[-1] == "closeread: nothing was imported"


def test_import_gift_refuses_what_the_checker_would_refuse(capsys, article: Path):
    run(capsys, "pack", "new", "my-pack", "--article", "oped.txt")
    before = Path("my-pack/lessons/01-first-lesson.toml").read_bytes()
    Path("half.gift").write_text("::Half:: Pick both {~%50%a ~b ~c}\n", encoding="utf-8")
    code, out, err = run(capsys, "pack", "import-gift", "half.gift", "--into", "my-pack")
    assert (code, out) == (1, [])
    assert err == [
        "half.gift:1: error: the right options add up to 50%, not 100%: nobody can get full points",
        "closeread: nothing was imported",
    ]
    assert Path("my-pack/lessons/01-first-lesson.toml").read_bytes() == before


def test_import_gift_names_the_command_for_a_moodle_xml_file(capsys, article: Path):
    run(capsys, "pack", "new", "my-pack", "--article", "oped.txt")
    xml = str(GIFT / "not-gift" / "quiz.xml")
    code, out, err = run(capsys, "pack", "import-gift", xml, "--into", "my-pack")
    assert (code, out) == (1, [])
    assert err == [
        f"{xml}: error: this is a Moodle XML file, not a Moodle GIFT file: import it with "
        f"closeread pack import-moodle-xml {xml} --into my-pack",
        "closeread: nothing was imported",
    ]


def test_export_questions_writes_gift_that_imports_into_another_pack(capsys, article: Path):
    run(capsys, "pack", "new", "my-pack", "--article", "oped.txt")
    run(capsys, "pack", "import-gift", str(GIFT / "all.gift"), "--into", "my-pack")
    code, out, err = run(capsys, "pack", "export-questions", "my-pack", "--format", "gift")
    assert code == 0 and all(": warning: " in line for line in err)  # the checker's
    assert out == [
        "first-lesson/find: skipped: a marking exercise has no GIFT form",
        "wrote my-pack-1.0-questions.gift: 16 questions from my-pack 1.0 (gift)",
    ]
    run(capsys, "pack", "new", "other", "--article", "oped.txt")
    code, out, _ = run(
        capsys, "pack", "import-gift", "my-pack-1.0-questions.gift", "--into", "other"
    )
    assert code == 0 and any(line.startswith("added 16 exercises") for line in out)
    code, out, err = run(
        capsys, "pack", "export-questions", "my-pack", "--format", "gift", "--out", "q.gift"
    )
    assert code == 0 and out[-1] == "wrote q.gift: 16 questions from my-pack 1.0 (gift)"
    assert Path("q.gift").read_text(encoding="utf-8") == Path(
        "my-pack-1.0-questions.gift"
    ).read_text(encoding="utf-8")


def test_export_questions_says_what_it_cannot_do(capsys, article: Path):
    run(capsys, "pack", "new", "my-pack", "--article", "oped.txt")
    code, _, err = run(capsys, "pack", "export-questions", "my-pack", "--format", "gift")
    assert code == 1
    assert (
        err[-1] == "closeread: no exercise of my-pack can be a gift question: nothing was written"
    )
    code, _, err = run(capsys, "pack", "export-questions", "nowhere", "--format", "gift")
    assert code == 1 and err[-1] == "closeread: nowhere has errors: nothing was exported"
    code, _, err = run(capsys, "pack", "export-questions", "my-pack", "--format", "qti")
    assert code == 2 and "invalid choice: 'qti' (choose from 'gift', 'moodle-xml')" in err[-1]
    code, _, err = run(capsys, "pack", "export-questions", "my-pack")
    assert code == 2 and "the following arguments are required: --format" in err[-1]


def test_pack_commands_join_a_pack_command_made_elsewhere():
    parser = argparse.ArgumentParser(prog="closeread")
    commands = parser.add_subparsers(dest="command")
    pack = commands.add_parser("pack")
    actions = pack.add_subparsers(dest="action", required=True)
    actions.add_parser("build").set_defaults(run="build")

    def data_dir(sub, *, default):
        sub.add_argument("--data-dir", default=default)

    add_pack_commands(commands, data_dir)
    assert parser.parse_args(["pack", "build"]).run == "build"
    args = parser.parse_args(["pack", "new", "d", "--article", "a.txt", "--data-dir", "x"])
    assert (args.folder, args.article, args.data_dir) == ("d", "a.txt", "x")
    args = parser.parse_args(["pack", "import-gift", "q.gift", "--into", "d"])
    assert (args.file, args.into, args.lesson, args.format) == ("q.gift", "d", None, "gift")


def test_the_pack_commands_import_no_qt(tmp_path: Path, article: Path):
    code = (
        "import sys; from closeread.cli import main; "
        "code = main(['pack', 'new', 'p', '--article', 'oped.txt']); "
        f"code = code or main(['pack', 'import-gift', {str(GIFT / 'all.gift')!r}, '--into', 'p']); "
        "assert 'PySide6' not in sys.modules, 'Qt was imported'; sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_every_command_in_the_authoring_guide_is_one_closeread_has():
    import shlex

    from closeread.cli import build_parser

    guide = Path(__file__).resolve().parents[1] / "docs" / "authoring.md"
    commands = [
        line.removeprefix("$ closeread ")
        for line in guide.read_text(encoding="utf-8").splitlines()
        if line.startswith("$ closeread ")
    ]
    assert len(commands) >= 5
    for command in commands:
        args = build_parser().parse_args(shlex.split(command))
        assert callable(args.run), command


CARDPACK = Path(__file__).parent / "core" / "fixtures" / "cardpack"


def test_pack_notes_writes_the_teacher_notes(capsys, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "pack", "notes", str(CARDPACK))
    assert (code, err) == (0, [])
    assert out == ["wrote cards-demo-1.1-teacher-notes.html: the teacher notes of cards-demo 1.1"]
    page = (tmp_path / "cards-demo-1.1-teacher-notes.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<h3>Talk about it</h3>" in page

    code, out, err = run(capsys, "pack", "notes", str(CARDPACK), "--out", "n/notes.html")
    assert code == 1 and out == []
    assert err[-1].startswith("closeread: could not write n/notes.html: ")


def test_pack_notes_refuses_a_pack_with_errors(capsys, tmp_path: Path):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "pack.toml").write_text('format = 1\nid = "x"\n', encoding="utf-8")
    code, out, err = run(capsys, "pack", "notes", str(broken), "--out", str(tmp_path / "n.html"))
    assert code == 1 and out == []
    assert err[-1] == f"closeread: {broken} has errors: no notes were written"
    assert not (tmp_path / "n.html").exists()


def test_export_questions_refuses_an_assessment_edition(capsys, article: Path):
    run(capsys, "pack", "new", "my-pack", "--article", "oped.txt")
    Path("q.gift").write_text("::Q:: Pick. {=a ~b}\n", encoding="utf-8")
    run(capsys, "pack", "import-gift", "q.gift", "--into", "my-pack")
    run(capsys, "pack", "build", "my-pack", "--assessment", "--out", "exam.crpack")
    code, out, err = run(capsys, "pack", "export-questions", "exam.crpack", "--format", "gift")
    assert (code, out) == (1, [])
    assert err[-1] == (
        "closeread: exam.crpack is an assessment edition: it has no answers to export; "
        "export the full pack"
    )
