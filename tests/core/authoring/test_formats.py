"""Telling quiz formats apart, so that an importer given the wrong file says which command
reads it (issue 17: a Moodle XML file given to import-gift was "imported" as three
garbled skipped questions)."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from closeread.core.authoring.gift_import import GiftImportError, import_gift
from closeread.core.authoring.quiz_format import detect_format, wrong_format

FIXTURES = Path(__file__).parents[1] / "fixtures"
GIFT = FIXTURES / "gift"
MOODLE_XML = GIFT / "not-gift" / "quiz.xml"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    return Path(shutil.copytree(FIXTURES / "minipack", tmp_path / "pack"))


def test_each_kind_of_file_is_recognised():
    assert detect_format(MOODLE_XML.read_bytes()) == "moodle-xml"
    assert detect_format(MOODLE_XML.read_text(encoding="utf-8")) == "moodle-xml"
    assert detect_format("\ufeff  <quiz>\n<question type='essay'/></quiz>") == "moodle-xml"
    assert detect_format('<?xml version="1.0"?><rss></rss>') == "xml"
    assert detect_format("<!-- written by hand -->\n<quiz>{a}</quiz>") == "moodle-xml"
    assert detect_format("<b>Cats</b> are {=good ~bad}") == "gift"
    assert detect_format("<!DOCTYPE html><html><p>{x}</p></html>") == "html"
    assert detect_format('{"format": "closeread-results"}') == "json"
    assert detect_format(b"PK\x03\x04rest of a zip") == "binary"
    assert detect_format(b"%PDF-1.7") == "binary"
    for name in ("all.gift", "format_tags.gift", "broken.gift"):
        assert detect_format((GIFT / name).read_text(encoding="utf-8")) == "gift"
    assert detect_format("::Title:: a description only") == "gift"
    assert detect_format("$CATEGORY: $course$/x") == "gift"
    assert detect_format("{=a ~b}") == "gift"  # a question with no text, not JSON
    assert detect_format("[markdown]A question {T}") == "gift"
    assert detect_format("An article.\n\nIt has {no} quiz in it? It does: braces.") == "gift"
    assert detect_format("An article.\n\n// with a {comment}\nAnd no question.") == "none"
    assert detect_format("") == "none"


def test_a_moodle_xml_file_is_refused_with_the_command_that_reads_it(pack: Path):
    before = {path: path.read_bytes() for path in pack.rglob("*") if path.is_file()}
    with pytest.raises(GiftImportError) as raised:
        import_gift(MOODLE_XML, pack)
    assert raised.value.lines == [
        f"{MOODLE_XML}: error: this is a Moodle XML file, not a Moodle GIFT file: import it "
        f"with closeread pack import-moodle-xml {MOODLE_XML} --into {pack}"
    ]
    assert {path: path.read_bytes() for path in pack.rglob("*") if path.is_file()} == before


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"<!doctype html>\n<html><body><p>{=a ~b}</p></body></html>", "a web page (HTML)"),
        (b'{"questions": []}', "a JSON file"),
        (b'<?xml version="1.0"?>\n<feed></feed>', "an XML file, but not a Moodle XML quiz"),
        (b"An article saved as text.\n\nNo question in it.\n", "a text file with no GIFT"),
    ],
)
def test_what_is_clearly_not_gift_is_refused(pack: Path, tmp_path: Path, content, said):
    path = tmp_path / "questions.gift"
    path.write_bytes(content)
    with pytest.raises(GiftImportError) as raised:
        import_gift(path, pack)
    assert raised.value.lines[0].startswith(f"{path}: error: this is {said}")


def test_an_archive_is_refused_before_it_is_read_as_text(pack: Path, tmp_path: Path):
    archive = tmp_path / "pack.crpack"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("pack.toml", "id = 'x'")
    with pytest.raises(GiftImportError) as raised:
        import_gift(archive, pack)
    assert raised.value.lines == [
        f"{archive}: error: this is not a text file, not a Moodle GIFT file"
    ]
    utf16 = tmp_path / "utf16.gift"
    utf16.write_bytes("::Q:: Is it? {T}\n".encode("utf-16"))
    with pytest.raises(GiftImportError, match="is not UTF-8 text; save it as UTF-8"):
        import_gift(utf16, pack)


def test_the_message_names_any_folder_when_no_pack_is_given():
    message = wrong_format(MOODLE_XML.read_bytes(), "quiz.xml", "gift")
    assert message.endswith("import it with closeread pack import-moodle-xml quiz.xml --into DIR")
    assert wrong_format(b"::Q:: x {T}", "q.gift", "gift") == ""
