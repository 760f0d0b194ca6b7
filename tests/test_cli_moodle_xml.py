"""``closeread pack import-moodle-xml`` and ``closeread pack export-questions``, run as a
teacher runs them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cli_support import run

FIXTURES = Path(__file__).parent / "core" / "fixtures"
MOODLE = FIXTURES / "moodle"


@pytest.fixture
def pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return Path(shutil.copytree(FIXTURES / "minipack", tmp_path / "pack"))


def test_import_lists_what_it_skipped_added_and_what_the_checker_finds(capsys, pack: Path):
    code, out, err = run(
        capsys, "pack", "import-moodle-xml", str(MOODLE / "all.xml"), "--into", "pack",
        "--lesson", "lessons/quiz.toml",
    )  # fmt: skip
    assert (code, err) == (0, [])
    assert out[0].endswith(':5: skipped: category "$course$/top/Cats and the city" (CloseRead '
                           "has no question categories)")  # fmt: skip
    assert any(line.endswith(': skipped: numerical question "Percent calmer"') for line in out)
    assert (
        "added 8 exercises to lessons/quiz.toml (new, listed in pack.toml): which-is-evidence, "
        "pick-all-the-evidence, cats-and-walks, how-many-households, match-the-evidence, "
        "respond-to-the-survey, select-the-word, a-picture-from-the-web"
    ) in out
    assert "added 1 picture: images/survey-chart.png" in out
    assert out[-1].startswith("pack/lessons/quiz.toml:") and "warning: the right option" in out[-1]
    assert (pack / "images" / "survey-chart.png").is_file()


def test_import_of_a_broken_file_adds_nothing(capsys, pack: Path):
    before = (pack / "lessons" / "one.toml").read_bytes()
    code, out, err = run(
        capsys, "pack", "import-moodle-xml", str(MOODLE / "broken.xml"), "--into", "pack"
    )
    assert (code, out) == (1, [])
    assert err[0].endswith(':13: error: the fraction "lots" is not a number')
    assert err[-1] == "closeread: nothing was imported"
    assert (pack / "lessons" / "one.toml").read_bytes() == before


def test_import_of_a_gift_file_names_import_gift(capsys, pack: Path):
    gift = pack.parent / "quiz.gift"
    gift.write_text("::Q:: Cats are {=good ~bad}\n", encoding="utf-8")
    code, _, err = run(capsys, "pack", "import-moodle-xml", str(gift), "--into", "pack")
    assert code == 1
    assert err == [
        f"{gift}: error: this is a Moodle GIFT file, not a Moodle XML file: import it with "
        f"closeread pack import-gift {gift} --into pack",
        "closeread: nothing was imported",
    ]


def test_export_questions_writes_the_file_and_lists_what_it_left_out(capsys, pack: Path):
    code, out, err = run(capsys, "pack", "export-questions", "pack", "--format", "moodle-xml")
    assert code == 0, err
    assert out == [
        "one/marks: skipped: a marking exercise has no Moodle question type",
        "one/why: warning: Moodle XML has no place for its rubric",
        "one/pairs: warning: Moodle XML has no place for the marks it shows from another exercise",
        "one/analogy: skipped: an analogy has no Moodle question type",
        "wrote mini-1.0-questions.xml: 3 questions from mini 1.0 (moodle-xml)",
    ]
    assert Path("mini-1.0-questions.xml").read_bytes().startswith(b'<?xml version="1.0"')
    code, out, _ = run(
        capsys, "pack", "export-questions", "pack", "--format", "moodle-xml", "--out", "q.xml"
    )
    assert code == 0 and out[-1] == "wrote q.xml: 3 questions from mini 1.0 (moodle-xml)"


def test_export_questions_refuses_a_pack_with_errors_and_unknown_formats(capsys, pack: Path):
    (pack / "article.md").unlink()
    code, _, err = run(capsys, "pack", "export-questions", "pack", "--format", "moodle-xml")
    assert code == 1 and err[-1] == "closeread: pack has errors: nothing was exported"
    code, _, err = run(capsys, "pack", "export-questions", "pack", "--format", "qti")
    assert code == 2 and "invalid choice: 'qti'" in err[-1] and "moodle-xml" in err[-1]


def test_the_commands_import_no_qt(pack: Path):
    code = (
        "import sys; from closeread.cli import main; "
        f"code = main(['pack', 'import-moodle-xml', {str(MOODLE / 'all.xml')!r}, '--into', "
        "'pack']); "
        "code = code or main(['pack', 'export-questions', 'pack', '--format', 'moodle-xml']); "
        "assert 'PySide6' not in sys.modules, 'Qt was imported'; sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
