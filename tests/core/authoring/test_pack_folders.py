"""Where a pack may be edited: never in CloseRead's own copies; an editable copy with a new
version or a new id; pack.toml edited by hand-kept rules."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from closeread.core.authoring.pack_folders import (
    BUNDLED,
    INSTALLED,
    MISSING,
    READ_ONLY,
    CopyError,
    copy_pack,
    editable_folder,
    next_version,
    remember_folder,
    why_not_editable,
)
from closeread.core.authoring.pack_meta import PackDocument
from closeread.core.files.paths import bundled_dir
from closeread.core.library.install import install_pack
from closeread.core.pack.load import load_pack
from closeread.core.store.store import Store
from closeread.core.toml.edit import TomlEditError

MINIPACK = Path(__file__).parents[1] / "fixtures" / "minipack"
BUNDLED_PACK = bundled_dir("lessons") / "cyber-threat-oped"


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "data") as opened:
        yield opened


def meta(folder: Path) -> dict:
    return tomllib.loads((folder / "pack.toml").read_text(encoding="utf-8"))


def test_closereads_own_copies_are_not_edited_in_place(store, tmp_path):
    data = store.data_dir
    assert why_not_editable(BUNDLED_PACK, data) == BUNDLED
    installed = install_pack(MINIPACK, data, store)
    assert why_not_editable(installed.location, data) == INSTALLED
    mine = tmp_path / "mine"
    shutil.copytree(MINIPACK, mine)
    assert why_not_editable(mine, data) == ""
    assert why_not_editable(tmp_path / "nothing", data) == MISSING
    (mine / "pack.toml").chmod(0o444)
    try:
        assert why_not_editable(mine, data) == READ_ONLY
    finally:
        (mine / "pack.toml").chmod(0o644)


def test_an_editable_copy_with_a_new_version_or_a_new_id(tmp_path):
    version = copy_pack(BUNDLED_PACK, tmp_path / "v2", version="1.2.0")
    new = copy_pack(BUNDLED_PACK, tmp_path / "mine", pack_id="my-oped", title="My op-ed")
    original = load_pack(BUNDLED_PACK).pack
    for folder, wanted in ((version, (original.id, "1.2.0", original.title)),
                           (new, ("my-oped", original.version, "My op-ed"))):  # fmt: skip
        pack = load_pack(folder).pack
        assert (pack.id, pack.version, pack.title) == wanted
        assert [lesson.id for lesson in pack.lessons] == [lesson.id for lesson in original.lessons]
        assert pack.article.text == original.article.text
    # Only the keys changed: the comments and the rest of pack.toml are as they were.
    before = (BUNDLED_PACK / "pack.toml").read_text(encoding="utf-8")
    after = (version / "pack.toml").read_text(encoding="utf-8")
    assert after == before.replace('version = "1.1.0"', 'version = "1.2.0"')


def test_a_copy_goes_only_into_a_new_or_empty_folder(tmp_path):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine")
    with pytest.raises(CopyError, match="not empty"):
        copy_pack(MINIPACK, tmp_path / "full", version="2")
    with pytest.raises(CopyError, match="not a valid pack id"):
        copy_pack(MINIPACK, tmp_path / "bad", pack_id="My Pack")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["full"]


def test_the_folder_a_pack_is_edited_in_is_remembered(store, tmp_path):
    mine = tmp_path / "mine"
    shutil.copytree(MINIPACK, mine)
    assert editable_folder(store, "key", store.data_dir) is None
    remember_folder(store, "key", mine, "origin")
    found = editable_folder(store, "key", store.data_dir)
    assert found is not None and (found.folder, found.made) == (mine.resolve(), "origin")
    (mine / "pack.toml").chmod(0o444)
    assert editable_folder(store, "key", store.data_dir).reason == READ_ONLY
    (mine / "pack.toml").chmod(0o644)
    shutil.rmtree(mine)  # gone: nothing to edit there any more
    assert editable_folder(store, "key", store.data_dir) is None


def test_next_version():
    cases = {"1": "2", "1.0": "1.1", "1.1.0": "1.1.1", "2.0-draft": "2.1-draft",
             "1.1+class-7b": "1.2+class-7b", "draft": "draft.1"}  # fmt: skip
    assert {version: next_version(version) for version in cases} == cases


def test_pack_toml_edits_keep_everything_else(tmp_path):
    folder = tmp_path / "pack"
    shutil.copytree(BUNDLED_PACK, folder)
    doc = PackDocument.open(folder / "pack.toml")
    before = doc.as_text()
    doc.set_meta("title", "A new title")
    doc.set_source("url", "https://example.org/oped")
    doc.add_lesson("lessons/06-more.toml", 1)
    assert doc.lessons()[1] == "lessons/06-more.toml"
    assert doc.remove_lesson("lessons/06-more.toml") == 1
    doc.set_source("url", None)
    doc.set_meta("title", meta(BUNDLED_PACK)["title"])
    assert doc.as_text() == before
    with pytest.raises(TomlEditError, match="needs a title"):
        doc.set_meta("title", "  ")
    with pytest.raises(TomlEditError, match=r"edited in pack\.toml itself"):
        doc.set_meta("labels", [])
    for rel in doc.lessons()[1:]:
        doc.remove_lesson(rel)
    with pytest.raises(TomlEditError, match="at least one lesson"):
        doc.remove_lesson(doc.lessons()[0])
