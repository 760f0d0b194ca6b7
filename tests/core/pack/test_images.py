"""The pack image rule: one resolver, and `closeread check` judging every picture by it."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

import pytest
from hostile_images import (
    GOOD,
    GOOD_SIZE,
    HOSTILE,
    IN_CWD,
    make_hostile_pack,
    png,
    set_intro,
)

from closeread.cli import main
from closeread.core.pack.images import (
    RefusedReference,
    image_references,
    pack_path,
    read_image,
)
from closeread.core.pack.source import PackSourceError, open_source

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and symlinks")
ZERO = "%2fdev%2fzero"


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The hostile pack, with a working folder that holds a picture the pack does not."""
    root = make_hostile_pack(tmp_path)
    monkeypatch.chdir(tmp_path / "cwd")
    return root


def check_lines(capsys: pytest.CaptureFixture[str], root: Path) -> list[str]:
    main(["check", "--quiet", str(root)])
    return capsys.readouterr().out.splitlines()


# --- the resolver ------------------------------------------------------------------------


@pytest.mark.timeout(20)
@pytest.mark.parametrize("reference", HOSTILE)
def test_the_resolver_refuses_each_hostile_reference(hostile, reference):
    assert (Path.cwd() / IN_CWD).is_file()
    read = read_image(open_source(hostile), reference)
    assert not read.ok and read.data is None
    assert read.reason


def test_a_picture_inside_the_pack_is_read(hostile):
    read = read_image(open_source(hostile), GOOD)
    assert read.ok and read.format == "png" and read.path == GOOD
    assert read.data == png(*GOOD_SIZE)


def test_pictures_of_an_archived_pack_follow_the_same_rule(hostile, tmp_path):
    archive = tmp_path / "pack.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        for path in ("pack.toml", "article.md", "lessons/one.toml", GOOD):
            handle.write(hostile / path, f"pack/{path}")
    source = open_source(archive)
    assert read_image(source, GOOD).data == png(*GOOD_SIZE)
    assert read_image(source, "images%2Fx.png").ok
    for reference in ("../pack/images/x.png", "/pack/images/x.png", "images", IN_CWD):
        assert not read_image(source, reference).ok, reference


@pytest.mark.parametrize(
    ("reference", "path"),
    [
        ("images/x.png", "images/x.png"),
        ("./images//x.png", "images/x.png"),
        ("images\\x.png", "images/x.png"),
        ("%69mages%2Fx.png", "images/x.png"),
        ("my%20picture.png", "my picture.png"),
    ],
)
def test_references_are_decoded_and_normalised(reference, path):
    assert pack_path(reference) == path


@pytest.mark.parametrize(
    "reference",
    [
        "",
        " ",
        ".",
        "x%00.png",
        "a\x00b.png",
        "a/../b.png",
        "..%2fx.png",
        "%5c%5chost%5cx.png",
        "\\\\host\\x.png",
        "c:x.png",
        "data:image/png;base64,AAAA",
        "x.png?size=2",
        "x.png#top",
        "nul.png",
        "images/CON",
        "x.png:stream",
        "%252e%252e/x.png/..",
        "images./x.png",
    ],
)
def test_references_that_name_no_file_of_the_pack_are_refused(reference):
    with pytest.raises(RefusedReference):
        pack_path(reference)


def test_a_folder_and_a_file_that_is_no_picture_are_refused(hostile):
    (hostile / "images" / "drawing.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="/etc/passwd"/></svg>'
    )
    source = open_source(hostile)
    assert read_image(source, "images").missing
    assert "not a PNG" in read_image(source, "images/drawing.svg").reason


@pytest.mark.timeout(20)
def test_a_pipe_named_as_a_pack_file_is_refused_without_waiting(hostile):
    with pytest.raises(PackSourceError, match="special file"):
        open_source(hostile).read("images/pipe.png")


def test_image_references_include_those_the_sanitiser_drops():
    text = "![a](%2fdev%2fzero) ![b](/etc/passwd) ![c][ref]\n\n[ref]: file:///etc/passwd\n"
    assert image_references(text) == [ZERO, "/etc/passwd", "file:///etc/passwd"]


# --- closeread check ----------------------------------------------------------------------


@pytest.mark.timeout(30)
@pytest.mark.parametrize("reference", HOSTILE)
def test_check_reports_each_hostile_picture_at_its_line(hostile, capsys, reference):
    set_intro(hostile, f"Look: ![a picture]({reference})")
    lines = check_lines(capsys, hostile)
    where = f"{hostile}/lessons/one.toml:3:1:"
    severity = "warning" if reference == IN_CWD else "error"
    reported = [line for line in lines if line.startswith(f"{where} {severity}:")]
    assert reported and reported[0].endswith(f"image {reference!r}"), lines


def test_a_missing_picture_in_a_prompt_is_a_warning(hostile, capsys):
    set_intro(hostile, f"![x]({IN_CWD})")
    assert check_lines(capsys, hostile) == [
        f"{hostile}/lessons/one.toml:3:1: warning: no such file in the pack: image 'incwd.png'"
    ]


def test_check_judges_the_pictures_of_every_markdown_field(hostile, capsys):
    """Lesson intro, hint, key explanation, option text and feedback, pack description,
    notes and article: the same rule, each at its line."""
    lesson = hostile / "lessons" / "one.toml"
    text = lesson.read_text()
    for old in (
        "Find the claim and its evidence.",
        "Look for numbers.",
        "The author's main claim.",
        "The survey",
        "Yes: it reports data.",
    ):
        assert f'"{old}"' in text
        text = text.replace(f'"{old}"', f'"{old} ![x]({ZERO})"')
    lesson.write_text(text)
    meta = hostile / "pack.toml"
    meta.write_text(
        meta.read_text()
        .replace('"Used by the tests."', f'"Used by the tests. ![x]({ZERO})"')
        .replace('article = "article.md"', 'article = "article.md"\nnotes = "notes.md"')
    )
    (hostile / "notes.md").write_text(f"# Notes\n\nSee ![x]({ZERO}).\n")
    with open(hostile / "article.md", "a") as handle:
        handle.write(f"\n![x]({ZERO})\n")
    expected = set()
    for path in (lesson, meta, hostile / "notes.md", hostile / "article.md"):
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if ZERO in line:
                expected.add((f"{path}", number))
    found = set()
    for line in check_lines(capsys, hostile):
        if "the right option is the longest" in line:  # "The survey ![x](…)" now is
            continue
        match = re.match(r"(.*?):(\d+):\d+: error: .*image '%2fdev%2fzero'$", line)
        assert match, line
        found.add((match[1], int(match[2])))
    assert found == expected and len(expected) == 8


def test_a_good_picture_in_a_prompt_passes_check(hostile, capsys):
    set_intro(hostile, f"![a chart]({GOOD})")
    assert main(["check", "--quiet", str(hostile)]) == 0
    assert capsys.readouterr().out == ""
