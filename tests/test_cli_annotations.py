"""``closeread pack export-annotations`` and ``import-annotations``, run as a teacher runs
them, with a real progress database for a student's marks."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from closeread.cli import main
from closeread.core.pack.load import require_pack
from closeread.core.store.store import Store

MINIPACK = Path(__file__).parent / "core" / "fixtures" / "minipack"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, list[str]]:
    try:
        code = main(list(args))
    except SystemExit as exit:  # argparse's usage errors
        code = exit.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err.splitlines()


@pytest.fixture
def pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return Path(shutil.copytree(MINIPACK, tmp_path / "pack"))


def test_export_the_key_then_import_it_as_the_key_of_a_new_exercise(capsys, pack: Path):
    code, out, err = run(capsys, "pack", "export-annotations", "pack", "--exercise", "one/marks")
    assert (code, err) == (0, [])
    collection = json.loads(out)
    assert collection["type"] == "AnnotationCollection" and collection["total"] == 2
    code, out, _ = run(
        capsys, "pack", "export-annotations", "pack", "--exercise", "one/marks", "--out", "k.json"
    )
    assert (code, out) == (0, "wrote k.json: 2 key spans of one/marks as W3C annotations\n")
    code, out, err = run(
        capsys, "pack", "import-annotations", "k.json", "--into", "pack", "--exercise", "one/copy"
    )
    assert code == 0, err
    assert out.splitlines() == [
        "wrote 2 key spans to one/copy (a new marking exercise) in lessons/one.toml"
    ]
    lesson = require_pack(pack).lesson("one")
    assert lesson.exercise("copy").key == lesson.exercise("marks").key


def test_import_refuses_what_does_not_anchor(capsys, pack: Path):
    notes = pack.parent / "notes.json"
    notes.write_text(
        json.dumps(
            {
                "type": "Annotation",
                "body": {"type": "TextualBody", "purpose": "tagging", "value": "claim"},
                "target": {"selector": {"type": "TextQuoteSelector", "exact": "Dogs bark."}},
            }
        ),
        encoding="utf-8",
    )
    before = (pack / "lessons" / "one.toml").read_bytes()
    code, out, err = run(
        capsys, "pack", "import-annotations", str(notes), "--into", "pack", "--exercise", "one/x"
    )
    assert (code, out) == (1, "")
    assert err == [
        f'{notes}: error: annotation 1: the quote is not in the article: "Dogs bark."',
        "closeread: nothing was imported",
    ]
    assert (pack / "lessons" / "one.toml").read_bytes() == before


def test_a_students_marks_from_the_data_folder(capsys, pack: Path, tmp_path: Path):
    loaded = require_pack(pack)
    data = tmp_path / "data"
    with Store.open(data) as store:
        maya = store.roster.add_student("Maya Ng", "7B", "S004")
        store.work.record_attempt(
            maya.id, loaded, "one", "marks", {"marks": [[18, 41, "claim"]]}, score=0.8
        )
    code, out, err = run(
        capsys, "pack", "export-annotations", "pack", "--exercise", "one/marks",
        "--student", "maya ng", "--data-dir", str(data),
    )  # fmt: skip
    assert code == 0, err
    items = json.loads(out)["first"]["items"]
    assert [item["target"]["selector"][0]["exact"] for item in items] == ["Cats make cities better"]
    assert items[0]["creator"] == {"type": "Person", "name": "Maya Ng"}
    code, out, err = run(
        capsys, "pack", "export-annotations", "pack", "--exercise", "one/marks",
        "--student", "Mya", "--data-dir", str(data),
    )  # fmt: skip
    assert code == 1 and out == ""
    assert err[0].startswith('closeread: no student "Mya" here. Did you mean: Maya Ng')


def test_export_names_what_there_is_when_the_exercise_is_wrong(capsys, pack: Path):
    code, _, err = run(capsys, "pack", "export-annotations", "pack", "--exercise", "one/pick")
    assert code == 1
    assert err == [
        'closeread: the lesson "one" has no marking exercise "pick" (its marking exercises: '
        "one/marks)"
    ]


def test_every_command_in_the_annotations_guide_is_one_closeread_has():
    import shlex

    from closeread.cli import build_parser

    guide = Path(__file__).resolve().parents[1] / "docs" / "annotations.md"
    lines = guide.read_text(encoding="utf-8").splitlines()
    commands = [
        line.removeprefix("$ closeread ") for line in lines if line.startswith("$ closeread ")
    ]
    assert len(commands) >= 4
    for command in commands:
        args = build_parser().parse_args(shlex.split(command))
        assert callable(args.run), command
