"""Reading a pack's files from a folder or an archive, refusing anything unsafe."""

from __future__ import annotations

import os
import shutil
import stat
import struct
import time
import zipfile
from pathlib import Path

import pytest

from closeread.core.pack import source as packsource
from closeread.core.pack.source import (
    HIDDEN,
    THROUGH_LINK,
    ArchiveSource,
    FolderSource,
    MissingFile,
    PackSourceError,
    open_source,
)

MINIPACK = Path(__file__).parents[1] / "fixtures" / "minipack"


def make_zip(target: Path, entries: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(target, "w", method) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return target


def patch_headers(
    data: bytes, name: str, local_at: int, central_at: int, value: int, form: str = "<H"
) -> bytes:
    """Write ``value`` at an offset of ``name``'s local and central headers."""
    patched = bytearray(data)
    for signature, length_at, name_at, at in (
        (b"PK\x03\x04", 26, 30, local_at),
        (b"PK\x01\x02", 28, 46, central_at),
    ):
        position = patched.find(signature)
        while position >= 0:
            (length,) = struct.unpack_from("<H", patched, position + length_at)
            if patched[position + name_at : position + name_at + length] == name.encode():
                struct.pack_into(form, patched, position + at, value)
            position = patched.find(signature, position + 4)
    return bytes(patched)


def refusal(path: Path) -> str:
    with pytest.raises(PackSourceError) as raised:
        open_source(path)
    return raised.value.message


# --- choosing the source ---------------------------------------------------------------------


def test_open_source_picks_folder_or_archive(tmp_path):
    assert isinstance(open_source(MINIPACK), FolderSource)
    archive = make_zip(tmp_path / "p.zip", {"pack.toml": b"x"})
    assert isinstance(open_source(archive), ArchiveSource)
    assert isinstance(open_source(str(archive)), ArchiveSource)


def test_open_source_refuses_what_is_neither(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    assert refusal(tmp_path / "notes.txt") == "not a pack folder or a zip archive of one"
    with pytest.raises(MissingFile) as raised:
        open_source(tmp_path / "nowhere")
    assert str(raised.value) == f"{tmp_path / 'nowhere'}: no such folder or file"


# --- folders ---------------------------------------------------------------------------------


def test_folder_reads_files_and_names_them_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(MINIPACK, tmp_path / "pack")
    source = open_source("pack/")
    assert source.read("lessons/one.toml") == (MINIPACK / "lessons/one.toml").read_bytes()
    assert source.display("lessons/one.toml") == "pack/lessons/one.toml"
    assert source.display("") == source.name == "pack/"
    assert set(source.read_digests) == {"lessons/one.toml"}


@pytest.mark.parametrize(
    "relative",
    ["../secret", "lessons/../../secret", "/etc/passwd", "\\etc\\passwd", "C:/x", "c:x", "..\\x"],
)
def test_paths_that_leave_the_pack_are_refused_before_any_read(relative):
    source = open_source(MINIPACK)
    with pytest.raises(PackSourceError) as raised:
        source.read(relative)
    assert raised.value.message == "the path leaves the pack folder"
    assert source.read_digests == {}


def test_a_link_inside_the_pack_is_refused_as_the_install_would(tmp_path):
    shutil.copytree(MINIPACK, tmp_path / "pack")
    os.symlink("article.md", tmp_path / "pack" / "copy.md")
    (tmp_path / "pack" / "linked").symlink_to(tmp_path / "pack" / "lessons")
    source = open_source(tmp_path / "pack")
    for relative in ("copy.md", "linked/one.toml"):
        with pytest.raises(PackSourceError) as raised:
            source.read(relative)
        assert raised.value.message == THROUGH_LINK
    assert source.read_digests == {}


def test_a_hidden_file_is_refused_as_the_install_would(tmp_path):
    shutil.copytree(MINIPACK, tmp_path / "pack")
    (tmp_path / "pack" / ".notes.md").write_text("hidden")
    with pytest.raises(PackSourceError) as raised:
        open_source(tmp_path / "pack").read(".notes.md")
    assert raised.value.message == HIDDEN


def test_a_linked_folder_leading_outside_is_refused(tmp_path):
    shutil.copytree(MINIPACK, tmp_path / "pack")
    (tmp_path / "private").mkdir()
    (tmp_path / "private" / "secret.md").write_text("secret")
    os.symlink(tmp_path / "private", tmp_path / "pack" / "more")
    with pytest.raises(PackSourceError) as raised:
        open_source(tmp_path / "pack").read("more/secret.md")
    assert raised.value.message == "the path leads outside the pack folder"


def test_a_loop_of_links_is_a_problem_not_a_crash(tmp_path):
    shutil.copytree(MINIPACK, tmp_path / "pack")
    os.symlink("loop.md", tmp_path / "pack" / "loop.md")
    with pytest.raises(PackSourceError) as raised:
        open_source(tmp_path / "pack").read("loop.md")
    assert raised.value.message == "the path is a loop of symbolic links"


def test_a_missing_file_and_a_folder_are_missing_files(tmp_path):
    source = open_source(MINIPACK)
    with pytest.raises(MissingFile, match="no such file in the pack"):
        source.read("nothing.md")
    with pytest.raises(MissingFile):
        source.read("lessons")


def test_folder_files_over_the_cap_are_refused(monkeypatch):
    monkeypatch.setattr(packsource, "MAX_FILE_BYTES", 100)
    source = open_source(MINIPACK)
    with pytest.raises(PackSourceError, match="larger than 100 bytes"):
        source.read("lessons/one.toml")


def test_content_hash_covers_paths_and_bytes_in_any_order(tmp_path):
    one, two = open_source(MINIPACK), open_source(MINIPACK)
    one.read("pack.toml")
    one.read("article.md")
    two.read("article.md")
    two.read("pack.toml")
    assert one.content_hash() == two.content_hash()
    shutil.copytree(MINIPACK, tmp_path / "pack")
    (tmp_path / "pack" / "renamed.md").write_bytes((MINIPACK / "article.md").read_bytes())
    three = open_source(tmp_path / "pack")
    three.read("pack.toml")
    three.read("renamed.md")
    assert three.content_hash() != one.content_hash()


# --- archives --------------------------------------------------------------------------------


def test_archive_with_one_top_folder_reads_inside_it(tmp_path):
    archive = make_zip(tmp_path / "p.zip", {"pack/pack.toml": b"meta", "pack/a.md": b"text"})
    source = open_source(archive)
    assert source.read("pack.toml") == b"meta"
    assert source.read("a.md") == b"text"
    assert source.display("a.md") == f"{archive}/a.md"


def test_archive_made_by_shutil_with_folder_entries(tmp_path):
    shutil.copytree(MINIPACK, tmp_path / "minipack")
    archive = shutil.make_archive(str(tmp_path / "made"), "zip", tmp_path, "minipack")
    assert any(name.endswith("/") for name in zipfile.ZipFile(archive).namelist())
    source = open_source(archive)
    assert source.read("lessons/one.toml") == (MINIPACK / "lessons/one.toml").read_bytes()


def test_archive_with_a_top_folder_but_no_pack_toml_in_it(tmp_path):
    archive = make_zip(tmp_path / "p.zip", {"pack/a.md": b"text"})
    with pytest.raises(MissingFile, match="no such file in the archive"):
        open_source(archive).read("pack.toml")


def test_archive_paths_are_checked_like_folder_paths(tmp_path):
    source = open_source(make_zip(tmp_path / "p.zip", {"pack.toml": b"x"}))
    with pytest.raises(PackSourceError, match="leaves the pack folder"):
        source.read("../pack.toml")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("../x", 'unsafe entry "../x": a path that leaves the pack'),
        ("a/../../x", 'unsafe entry "a/../../x": a path that leaves the pack'),
        ("..\\x", 'unsafe entry "..\\x": a path that leaves the pack'),
        ("/x", 'unsafe entry "/x": an absolute path'),
        ("\\x", 'unsafe entry "\\x": an absolute path'),
        ("D:\\x", 'unsafe entry "D:\\x": an absolute path'),
        ("d:x", 'unsafe entry "d:x": an absolute path'),
        (".", 'unsafe entry ".": a path with no name'),
    ],
)
def test_unsafe_entry_names(tmp_path, name, message):
    archive = make_zip(tmp_path / "p.zip", {"pack.toml": b"x", name: b"y"})
    assert refusal(archive) == message


def test_a_path_with_a_nul_is_a_problem_not_a_value_error(tmp_path):
    """Found by the hostile-pack fuzz test: pack.toml naming "a\\0b.md" as its article."""
    (tmp_path / "pack").mkdir()
    with pytest.raises(PackSourceError, match="the path holds a NUL character"):
        open_source(tmp_path / "pack").read("a\x00b.md")


def test_an_entry_with_no_name_is_refused(tmp_path):
    """Found by the hostile-pack fuzz test: zipfile's own is_dir() failed on it."""
    archive = tmp_path / "p.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("pack.toml", "x")
        nameless = zipfile.ZipInfo("placeholder")
        nameless.filename = ""  # zipfile will not write an empty name on its own
        zipped.writestr(nameless, "y")
    assert refusal(archive) == 'unsafe entry "": a path with no name'


def test_symlink_entries_are_refused(tmp_path):
    archive = tmp_path / "p.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("pack.toml", "x")
        link = zipfile.ZipInfo("article.md")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        zipped.writestr(link, "/etc/passwd")
    assert refusal(archive) == 'unsafe entry "article.md": a symbolic link'


def test_password_protected_entries_are_refused(tmp_path):
    archive = make_zip(tmp_path / "p.zip", {"pack.toml": b"x" * 100})
    archive.write_bytes(patch_headers(archive.read_bytes(), "pack.toml", 6, 8, 0x1))
    assert refusal(archive) == (
        'entry "pack.toml" is protected by a password; CloseRead cannot open it'
    )


def test_unknown_compression_is_refused(tmp_path):
    archive = make_zip(tmp_path / "p.zip", {"pack.toml": b"x" * 100})
    archive.write_bytes(patch_headers(archive.read_bytes(), "pack.toml", 8, 10, 99))
    assert refusal(archive) == (
        'entry "pack.toml" is packed in a way CloseRead cannot unpack; '
        "make the archive again as an ordinary zip"
    )


@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_other_ordinary_compressions_are_read(tmp_path, method):
    archive = make_zip(tmp_path / "p.zip", {"pack.toml": b"meta" * 100}, method)
    assert open_source(archive).read("pack.toml") == b"meta" * 100


def test_entry_count_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(packsource, "MAX_ENTRIES", 3)
    entries = {f"f{n}": b"" for n in range(3)}
    assert open_source(make_zip(tmp_path / "ok.zip", entries))
    entries["f3"] = b""
    assert refusal(make_zip(tmp_path / "big.zip", entries)) == (
        "the archive has 4 entries; at most 3"
    )


def test_a_header_that_under_reports_a_size_lets_no_more_bytes_through(tmp_path, monkeypatch):
    monkeypatch.setattr(packsource, "MAX_FILE_BYTES", 1000)
    archive = make_zip(tmp_path / "p.zip", {"pack.toml": b"x" * 5000})
    assert refusal(archive) == 'entry "pack.toml" is larger than 1,000 bytes'
    archive.write_bytes(patch_headers(archive.read_bytes(), "pack.toml", 22, 24, 10, "<I"))
    assert zipfile.ZipFile(archive).getinfo("pack.toml").file_size == 10
    assert refusal(archive) == "the archive is damaged: Bad CRC-32 for file 'pack.toml'"


def test_a_header_that_over_reports_a_size_is_caught(tmp_path):
    archive = make_zip(tmp_path / "p.zip", {"pack.toml": b"x" * 1000})
    archive.write_bytes(patch_headers(archive.read_bytes(), "pack.toml", 22, 24, 5000, "<I"))
    assert refusal(archive) == '"pack.toml": the archive says 5,000 bytes, it holds 1,000'


def test_total_size_limit_counts_every_file(tmp_path, monkeypatch):
    monkeypatch.setattr(packsource, "MAX_TOTAL_BYTES", 250)
    entries = {"a": b"1" * 100, "b": b"2" * 100}
    assert open_source(make_zip(tmp_path / "ok.zip", entries))
    entries["c"] = b"3" * 100
    assert refusal(make_zip(tmp_path / "big.zip", entries)) == (
        '"c": the archive\'s files in all unpack to more than 250 bytes'
    )


def test_compression_ratio_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(packsource, "RATIO_FLOOR", 10_000)
    monkeypatch.setattr(packsource, "MAX_RATIO", 50)
    small_bomb = make_zip(tmp_path / "small.zip", {"pack.toml": b"0" * 9_000})
    assert open_source(small_bomb)  # under the floor: ratio not checked
    bomb = make_zip(tmp_path / "bomb.zip", {"pack.toml": b"0" * 500_000})
    assert refusal(bomb) == (
        '"pack.toml" unpacks to more than 50 times its packed size (a zip bomb?)'
    )
    stored = make_zip(tmp_path / "stored.zip", {"pack.toml": b"0" * 500_000}, zipfile.ZIP_STORED)
    assert open_source(stored)


def test_a_damaged_archive_is_a_problem_not_a_crash(tmp_path):
    archive = make_zip(tmp_path / "p.zip", {"pack.toml": os.urandom(2000)})
    data = bytearray(archive.read_bytes())
    data[100:140] = bytes(40)
    archive.write_bytes(bytes(data))
    assert refusal(archive).startswith("the archive is damaged: ")


def _many_entries(path: Path, count: int) -> bytes:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for number in range(count):
            archive.writestr(f"f{number:06}", b"")
    return path.read_bytes()


def test_the_stated_entry_count_is_checked_before_the_directory_is_read(tmp_path, monkeypatch):
    path = tmp_path / "many.zip"
    _many_entries(path, 30_000)

    def never(*args, **kwargs):
        raise AssertionError("the central directory was read")

    monkeypatch.setattr(zipfile, "ZipFile", never)
    started = time.perf_counter()
    with pytest.raises(PackSourceError, match="30,000 entries; at most 1,000"):
        open_source(path)
    assert time.perf_counter() - started < 0.5


def test_an_end_record_that_understates_the_count_is_caught_by_the_directory_size(tmp_path):
    path = tmp_path / "liar.zip"
    data = bytearray(_many_entries(path, 30_000))
    end = data.rfind(b"PK\x05\x06")
    struct.pack_into("<HH", data, end + 8, 1, 1)  # "one entry"
    path.write_bytes(bytes(data))
    with pytest.raises(PackSourceError, match="list of files takes"):
        open_source(path)
