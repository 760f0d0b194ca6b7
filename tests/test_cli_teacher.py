"""The teacher's commands: report, results import/export, rescore, pack build.

Most run in this process through ``closeread.cli.main``; the ones that must prove
something about a fresh process (no Qt imported, a PDF made with no app running) run
``closeread`` in a child process.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "core"))
from classroom import MINIPACK, hand_in_class, variant

from closeread.cli import main
from closeread.core.library.install import install_pack
from closeread.core.pack.load import load_pack
from closeread.core.store.store import Store

STUDENTS = 5


@pytest.fixture(scope="module")
def handed_in(tmp_path_factory):
    """A student computer with the pack installed, and the files its class handed in."""
    tmp = tmp_path_factory.mktemp("class")
    with Store(tmp / "students") as store:
        pack = install_pack(MINIPACK, tmp / "students", store).pack
        paths = hand_in_class(store, pack, pack, tmp / "files", count=STUDENTS, seed=7)
    return tmp / "students", paths


@pytest.fixture
def teacher(tmp_path, handed_in, capsys):
    """A teacher's data folder with the pack installed and the class's hand-ins imported."""
    data = tmp_path / "teacher"
    with Store(data) as store:
        install_pack(MINIPACK, data, store)
    assert main(["results", "import", *map(str, handed_in[1]), "--data-dir", str(data)]) == 0
    capsys.readouterr()
    return data


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_import_prints_a_line_per_file_and_skips_what_it_has(capsys, tmp_path, handed_in, teacher):
    code, out, _ = run(
        capsys, "--data-dir", str(teacher), "results", "import", *map(str, handed_in[1])
    )
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == STUDENTS and all(
        line.endswith(": skipped: already imported") for line in lines
    )
    junk = tmp_path / "junk.json"
    junk.write_text("{}")
    code, out, _ = run(
        capsys, "results", "--data-dir", str(teacher), "import", str(junk), str(handed_in[1][0])
    )
    assert code == 1
    assert out.splitlines() == [
        f'{junk}: refused: not a CloseRead results file (no "format": "closeread-results")',
        f"{handed_in[1][0]}: skipped: already imported",
    ]


def test_the_first_import_reports_what_it_imported(capsys, tmp_path, handed_in):
    data = tmp_path / "fresh"
    with Store(data) as store:
        install_pack(MINIPACK, data, store)
    code, out, _ = run(capsys, "results", "import", str(handed_in[1][0]), "--data-dir", str(data))
    assert code == 0
    assert re.fullmatch(r".*: imported \d+ attempts? for Smith, Anna \(7A, group 2, S000\)\n", out)


def test_import_says_which_attempts_were_refused_over_the_limit(capsys, tmp_path):
    """Four fresh profiles under one name and id, one "pick" attempt each (3 allowed)."""
    from closeread.core.classwork.results_file import export_results, write_results

    data = tmp_path / "fresh"
    with Store(data) as store:
        install_pack(MINIPACK, data, store)
    files = []
    for option in range(4):
        with Store(tmp_path / f"computer-{option}") as theirs:
            pack = install_pack(MINIPACK, theirs.data_dir, theirs).pack
            student = theirs.roster.add_student("Ann Lee", "7B", "S1")
            when = f"2025-03-03T10:{option:02}:00+00:00"
            theirs.work.record_attempt(
                student.id, pack, "one", "pick", {"selected": [option % 2]}, submitted_at=when
            )
            files.append(tmp_path / f"{option}.results.json")
            write_results(files[-1], export_results(theirs, student.id, pack))
    code, out, _ = run(capsys, "results", "import", *map(str, files), "--data-dir", str(data))
    assert code == 0
    assert out.splitlines()[-1] == (
        f"{files[-1]}: imported 0 attempts for Ann Lee (7B, S1); refused 1 attempt over the "
        "limit, counting every hand-in from this student (“Which is evidence?” allows 3 "
        "attempts: 1 refused)"
    )


def test_csv_report_to_stdout_and_to_a_file(capsys, tmp_path, teacher):
    code, out, _ = run(capsys, "report", "--format", "csv", "--data-dir", str(teacher))
    assert code == 0 and out.startswith("\ufeffName,Class,Student ID,")
    code, _, err = run(
        capsys,
        "report",
        "--format",
        "csv",
        "--out",
        str(tmp_path / "g.csv"),
        "--data-dir",
        str(teacher),
    )
    assert code == 0 and "wrote" in err
    data = (tmp_path / "g.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["Name", "Class", "Student ID", "Claims and evidence (%)", "Total (%)"]
    assert len(rows) == 1 + STUDENTS
    assert {row[0] for row in rows[1:]} >= {"Smith, Anna", 'Jo "JJ" Jones', "王小明"}
    code, _, _ = run(
        capsys, "--data-dir", str(teacher), "report", "--format", "csv", "--class", "7B",
        "--no-bom", "--out", str(tmp_path / "b.csv"),
    )  # fmt: skip
    data = (tmp_path / "b.csv").read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert {row[1] for row in list(csv.reader(io.StringIO(data.decode())))[1:]} == {"7B"}


def test_long_csv_and_html_reports(capsys, tmp_path, teacher):
    code, _, _ = run(
        capsys,
        "report",
        "--format",
        "csv-long",
        "--out",
        str(tmp_path / "l.csv"),
        "--data-dir",
        str(teacher),
    )
    with Store(teacher, read_only=True) as store:
        attempts = len(store.work.list_attempts())
    assert (
        code == 0 and len((tmp_path / "l.csv").read_text("utf-8-sig").splitlines()) >= 1 + attempts
    )
    code, _, _ = run(
        capsys,
        "report",
        "--format",
        "html",
        "--pack",
        "mini",
        "--out",
        str(tmp_path / "r.html"),
        "--data-dir",
        str(teacher),
    )
    page = (tmp_path / "r.html").read_text()
    assert code == 0 and page.count('<div class="student">') == STUDENTS
    assert "&lt;script&gt;" in page and "<script" not in page


def test_report_failures_are_plain_messages(capsys, tmp_path, teacher):
    code, out, err = run(capsys, "report", "--format", "csv", "--data-dir", str(tmp_path / "empty"))
    assert code == 1 and not out and err.startswith("closeread: No progress has been saved")
    code, _, err = run(
        capsys, "report", "--format", "csv", "--pack", "nope", "--data-dir", str(teacher)
    )
    assert code == 1 and 'the pack "nope" is not installed here' in err
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    code, _, err = run(
        capsys,
        "report",
        "--format",
        "csv",
        "--out",
        str(blocked / "no" / "x.csv"),
        "--data-dir",
        str(teacher),
    )
    assert code == 1 and err.startswith("closeread: ") and "No such file" in err


def test_export_a_students_results_file(capsys, tmp_path, handed_in):
    students, _ = handed_in
    out_file = tmp_path / "zoe.json"
    code, out, _ = run(
        capsys,
        "results",
        "export",
        "--student",
        "Zoë Ångström",
        "--pack",
        "mini",
        "--out",
        str(out_file),
        "--data-dir",
        str(students),
    )
    assert code == 0 and out.startswith(f"wrote {out_file}: ")
    document = json.loads(out_file.read_bytes())
    assert document["student"] == {"name": "Zoë Ångström", "class": "7B", "id": "S002"}
    code, _, err = run(
        capsys,
        "results",
        "export",
        "--student",
        "S002",
        "--pack",
        "mini",
        "--out",
        str(tmp_path / "b.json"),
        "--data-dir",
        str(students),
    )
    assert (
        code == 0
        and json.loads((tmp_path / "b.json").read_bytes())["attempts"] == document["attempts"]
    )
    code, _, err = run(
        capsys,
        "results",
        "export",
        "--student",
        "Nobody",
        "--pack",
        "mini",
        "--data-dir",
        str(students),
    )
    assert code == 1 and 'no student "Nobody"' in err


def fixed_pack(tmp_path):
    """Version 1.1 of the minipack: "pick"'s key fixed, and its title edited as well."""
    return variant(
        tmp_path,
        "fixed",
        {
            "pack.toml": ('version = "1.0"', 'version = "1.1"'),
            "lessons/one.toml": (
                'title = "Which is evidence?"\npoints',
                'title = "Which is evidence? (edited)"\npoints',
            ),
        },
    ), {"lessons/one.toml": ('text = "The title"\nweight = 0', 'text = "The title"\nweight = 100')}


def test_rescore_with_a_fixed_version(capsys, tmp_path, teacher):
    folder, key_fix = fixed_pack(tmp_path)
    path = folder / "lessons" / "one.toml"
    old, new = key_fix["lessons/one.toml"]
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    code, out, _ = run(capsys, "rescore", str(folder), "--yes", "--data-dir", str(teacher))
    assert code == 0
    lines = out.splitlines()
    assert lines[:2] == [
        "What re-scoring mini with version 1.1 changes:",
        "Students will see the new version: mini 1.1 will be installed here in place of "
        "version 1.0, and CloseRead opens it for every student who uses this data folder.",
    ]
    assert re.fullmatch(
        r'  Lesson 1, "Which is evidence\? \(edited\)": (\d+) attempts? by \d+ students? '
        r'changes? score; title "Which is evidence\?" → "Which is evidence\? \(edited\)"; '
        r"the options or their weights and feedback changed",
        lines[2],
    ), lines[2]
    installed = next(i for i, line in enumerate(lines) if line.startswith("installed mini 1.1 in "))
    summary = re.fullmatch(
        r"re-scored (\d+) attempts at mini with version 1.1: (\d+) changed, .*",
        lines[installed + 1],
    )
    changes = lines[installed + 2 :]
    assert summary and int(summary[2]) == len(changes) > 0
    assert all(": 0% → 100%" in line and "one/pick attempt" in line for line in changes)
    code, out, _ = run(capsys, "rescore", "mini", "--data-dir", str(teacher))
    assert code == 0 and out.splitlines()[-1].startswith("Nothing to change")
    code, _, err = run(capsys, "rescore", "nope", "--data-dir", str(teacher))
    assert code == 1 and "neither a pack folder" in err


def test_rescore_shows_what_changes_and_needs_yes_without_a_terminal(capsys, tmp_path, teacher):
    folder, _ = fixed_pack(tmp_path)  # only the title: no score changes, students see it
    with Store(teacher, read_only=True) as store:
        before = (store.roster.list_packs(), len(store.work.list_attempts()))
    code, out, err = run(capsys, "rescore", str(folder), "--data-dir", str(teacher))
    assert code == 1
    assert "Students will see the new version: mini 1.1" in out
    assert 'title "Which is evidence?" → "Which is evidence? (edited)"' in out
    assert err == (
        "closeread: nothing was changed: run the command again with --yes to install the new "
        "version (standard input is not a terminal, so CloseRead cannot ask)\n"
    )
    with Store(teacher, read_only=True) as store:
        assert (store.roster.list_packs(), len(store.work.list_attempts())) == before
    assert not list((teacher / "packs").glob(".incoming-*"))  # the staged copy is gone


@pytest.mark.parametrize(("reply", "code"), [("n", 1), ("y", 0)])
def test_rescore_asks_on_a_terminal(tmp_path, teacher, reply, code):
    import pty

    folder, _ = fixed_pack(tmp_path)
    master, slave = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "closeread", "rescore", str(folder), "--data-dir", str(teacher)],
        stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    os.close(slave)
    os.write(master, reply.encode() + b"\n")  # the terminal keeps it until input() reads it
    out, err = process.communicate(timeout=120)
    os.close(master)
    assert process.returncode == code, err
    assert b"Install the new version? Students will see the new version. [y/N]" in out
    with Store(teacher, read_only=True) as store:
        versions = {record.version for record in store.roster.list_packs()}
    assert versions == ({"1.0", "1.1"} if reply == "y" else {"1.0"})


def test_rescore_refuses_a_pack_by_another_author_under_the_same_id(capsys, tmp_path, teacher):
    """Issue 20, #12: a pack may not take an installed one's place without --replace."""
    stranger = variant(
        tmp_path,
        "stranger",
        {"pack.toml": ('author = "A. Writer"', 'author = "B. Stranger"')},
    )
    code, _, err = run(capsys, "rescore", str(stranger), "--yes", "--data-dir", str(teacher))
    assert code == 1
    assert "A. Writer" in err and "B. Stranger" in err and "--replace" in err
    code, out, _ = run(
        capsys, "rescore", str(stranger), "--replace", "--yes", "--data-dir", str(teacher)
    )
    assert code == 0 and "\ninstalled mini 1.0 in " in out
    assert "what it says about the article's source changed" in out


def test_pack_build(capsys, tmp_path):
    out_file = tmp_path / "a.crpack"
    code, out, _ = run(
        capsys, "pack", "build", str(MINIPACK), "--assessment", "--out", str(out_file)
    )
    assert code == 0 and out.startswith(f"wrote {out_file}: assessment edition mini 1.0")
    assert load_pack(out_file).pack.edition == "assessment"
    broken = variant(
        tmp_path, "broken", {"lessons/one.toml": ('label = "claim"', 'label = "opinion"')}
    )
    code, out, err = run(capsys, "pack", "build", str(broken), "--out", str(tmp_path / "b.crpack"))
    assert code == 1 and "has errors: nothing was built" in err
    assert re.search(r"lessons/one\.toml:\d+:\d+: error: unknown label \"opinion\"", out)
    assert not (tmp_path / "b.crpack").exists()


def child(*argv, env=None):
    code = (
        "import sys; from closeread.cli import main; code = main(sys.argv[1:]); "
        "print('QT-IMPORTED' if 'PySide6' in sys.modules else 'NO-QT', file=sys.stderr); "
        "sys.exit(code)"
    )
    return subprocess.run(
        [sys.executable, "-c", code, *argv], capture_output=True, env=env, timeout=120
    )


def test_csv_and_html_reports_import_no_qt(teacher):
    for form in ("csv", "csv-long", "html"):
        result = child("report", "--format", form, "--data-dir", str(teacher))
        assert result.returncode == 0 and result.stderr.decode().endswith("NO-QT\n"), result.stderr


def test_a_pdf_report_in_a_fresh_process_without_a_screen(tmp_path, teacher):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    result = child(
        "report",
        "--format",
        "pdf",
        "--out",
        str(tmp_path / "r.pdf"),
        "--data-dir",
        str(teacher),
        env=env,
    )
    assert result.returncode == 0, result.stderr
    data = (tmp_path / "r.pdf").read_bytes()
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1 + STUDENTS


def test_a_report_of_a_class_that_does_not_exist_names_the_classes(capsys, teacher):
    code, out, err = run(
        capsys, "report", "--format", "csv", "--class", "10A", "--data-dir", str(teacher)
    )
    assert code == 1 and not out
    assert err == 'closeread: no class "10A" here. The classes are: "7A, group 2", "7B"\n'
    code, out, err = run(
        capsys, "report", "--format", "csv", "--class", "7b", "--data-dir", str(teacher)
    )
    assert code == 1 and not out and 'no class "7b" here. Did you mean "7B"?' in err


def test_export_suggests_close_names_and_says_what_the_student_may_be(capsys, handed_in):
    students, _ = handed_in
    code, _, err = run(
        capsys, "results", "export", "--student", "anna", "--pack", "mini",
        "--data-dir", str(students),
    )  # fmt: skip
    assert code == 1
    assert err.startswith(
        'closeread: no student "anna" here. Did you mean: Smith, Anna (7A, group 2, '
        "student id S000)? --student takes the student: their full name (any case), "
        "their student id"
    )
    code, _, err = run(
        capsys, "results", "export", "--student", "Zoe Angstrom", "--pack", "mini",
        "--data-dir", str(students),
    )  # fmt: skip
    assert code == 1 and "Did you mean: Zoë Ångström (7B, student id S002)?" in err
    code, _, err = run(
        capsys, "results", "export", "--student", "Nobody", "--pack", "mini",
        "--data-dir", str(students),
    )  # fmt: skip
    assert code == 1 and "none with a name like it" in err and "CloseRead's number" in err


def test_a_pdf_report_is_not_written_to_a_terminal(teacher):
    import pty

    master, slave = pty.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "closeread", "report", "--format", "pdf",
             "--data-dir", str(teacher)],
            stdout=slave, stderr=subprocess.PIPE, timeout=120,
        )  # fmt: skip
    finally:
        os.close(slave)
    os.set_blocking(master, False)
    try:
        shown = os.read(master, 1 << 16)
    except (BlockingIOError, OSError):
        shown = b""
    os.close(master)
    assert result.returncode == 1 and b"%PDF" not in shown
    assert b"give --out FILE" in result.stderr and b"Traceback" not in result.stderr


def test_grades_for_moodle_and_for_another_lms(capsys, tmp_path, teacher):
    code, _, err = run(
        capsys, "report", "--format", "moodle", "--out", str(tmp_path / "m.csv"),
        "--data-dir", str(teacher),
    )  # fmt: skip
    assert code == 0 and err == f"wrote {tmp_path / 'm.csv'}\n"  # every student has an id
    rows = list(csv.reader(io.StringIO((tmp_path / "m.csv").read_text("utf-8-sig"))))
    assert rows[0] == [
        "ID number", "Full name", "Claims and evidence (of 9 points)", "Total (of 9 points)"
    ]  # fmt: skip
    assert sorted(row[0] for row in rows[1:]) == [f"S{n:03}" for n in range(STUDENTS)]
    code, out, _ = run(
        capsys, "report", "--format", "lms-csv", "--class", "7B", "--data-dir", str(teacher)
    )
    rows = list(csv.reader(io.StringIO(out.lstrip("\ufeff"))))
    assert code == 0 and rows[0][:3] == ["Student ID", "Name", "Class"]
    assert rows[0][-1] == "Total (%)" and {row[2] for row in rows[1:]} == {"7B"}
