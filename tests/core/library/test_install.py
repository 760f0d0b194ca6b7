"""Installing packs: checked first, copied whole into packs/<id>-<version>-<hash8>, or not
at all. And the cache that spares the app checking a pack it has seen."""

from __future__ import annotations

import errno
import shutil
import zipfile
from pathlib import Path

import pytest

from closeread.core.library import install as install_module
from closeread.core.library.cache import decode, encode, load_pack_cached
from closeread.core.library.install import (
    STAGING_PREFIX,
    InstallError,
    commit_pack,
    folder_name,
    install_pack,
    packs_dir,
    stage_pack,
)
from closeread.core.library.installed import known_packs
from closeread.core.pack.load import load_pack
from closeread.core.store.store import StorageError, Store

MINIPACK = Path(__file__).parents[1] / "fixtures" / "minipack"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path):
    with Store.open(data_dir) as opened:
        yield opened


@pytest.fixture
def pack_dir(tmp_path: Path) -> Path:
    shutil.copytree(MINIPACK, tmp_path / "pack")
    return tmp_path / "pack"


def zip_folder(folder: Path, target: Path, top: str = "") -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, top + path.relative_to(folder).as_posix())
    return target


def visible(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_folder_installs_under_id_version_hash(pack_dir, data_dir, store):
    installed = install_pack(pack_dir, data_dir, store)
    original = load_pack(pack_dir).pack
    expected = packs_dir(data_dir) / f"mini-1.0-{original.content_hash[:8]}"
    assert installed.location == expected
    assert visible(packs_dir(data_dir)) == [expected.name]
    assert installed.pack.root == expected
    assert installed.pack.content_hash == original.content_hash
    assert not installed.already
    [record] = store.roster.list_packs()
    assert (record.pack_id, record.version, record.title) == ("mini", "1.0", "A small pack")
    assert record.location == str(expected)
    again = load_pack(expected)
    assert again.ok and again.pack.content_hash == original.content_hash


@pytest.mark.parametrize("top", ["", "minipack/"])
def test_archive_installs_the_same_as_its_folder(pack_dir, tmp_path, data_dir, store, top):
    archive = zip_folder(pack_dir, tmp_path / "mini.zip", top)
    installed = install_pack(archive, data_dir, store)
    assert (installed.location / "pack.toml").is_file()
    assert (installed.location / "lessons" / "one.toml").is_file()
    assert installed.pack.content_hash == load_pack(pack_dir).pack.content_hash


def test_installing_the_same_pack_twice_copies_nothing(pack_dir, data_dir, store):
    first = install_pack(pack_dir, data_dir, store)
    second = install_pack(pack_dir, data_dir, store)
    assert second.already and second.location == first.location
    assert len(store.roster.list_packs()) == 1
    assert visible(packs_dir(data_dir)) == [first.location.name]


def test_a_new_version_installs_beside_the_old(pack_dir, data_dir, store):
    first = install_pack(pack_dir, data_dir, store)
    toml = pack_dir / "pack.toml"
    toml.write_text(toml.read_text().replace('version = "1.0"', 'version = "1.1"'))
    second = install_pack(pack_dir, data_dir, store)
    assert second.location != first.location and second.location.name.startswith("mini-1.1-")
    assert [p.version for p in store.roster.list_packs()] == ["1.1", "1.0"]


def test_a_broken_pack_installs_nothing_and_says_why(pack_dir, data_dir, store):
    lesson = pack_dir / "lessons" / "one.toml"
    lesson.write_text(lesson.read_text().replace("Cats make cities better.", "Dogs rule."))
    with pytest.raises(InstallError) as caught:
        install_pack(pack_dir, data_dir, store)
    assert caught.value.problems
    assert any("Dogs rule." in str(problem) for problem in caught.value.problems)
    assert "Nothing was installed" in str(caught.value)
    assert visible(packs_dir(data_dir)) == []
    assert store.roster.list_packs() == []


def test_an_unsafe_archive_installs_nothing(tmp_path, data_dir, store):
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        for path in sorted(MINIPACK.rglob("*")):
            if path.is_file():
                handle.write(path, path.relative_to(MINIPACK).as_posix())
        handle.writestr("../outside.txt", "gotcha")
    with pytest.raises(InstallError) as caught:
        install_pack(archive, data_dir, store)
    assert any("leaves the pack" in str(problem) for problem in caught.value.problems)
    assert not (tmp_path / "outside.txt").exists()
    assert visible(packs_dir(data_dir)) == []


def test_links_and_hidden_files_are_not_copied(pack_dir, tmp_path, data_dir, store):
    secret = tmp_path / "secret.txt"
    secret.write_text("private")
    (pack_dir / "link.txt").symlink_to(secret)
    (pack_dir / ".git").mkdir()
    (pack_dir / ".git" / "HEAD").write_text("ref")
    installed = install_pack(pack_dir, data_dir, store)
    assert visible(installed.location) == ["article.md", "lessons", "pack.toml"]


def test_a_full_disk_while_copying_leaves_nothing(pack_dir, data_dir, store, monkeypatch):
    real_write = install_module._write
    calls = []

    def write_until_full(staging, relative, data):
        calls.append(relative)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(staging, relative, data)

    monkeypatch.setattr(install_module, "_write", write_until_full)
    with pytest.raises(InstallError, match=r"disk .* is full"):
        install_pack(pack_dir, data_dir, store)
    assert visible(packs_dir(data_dir)) == []
    assert store.roster.list_packs() == []


def test_a_failed_record_removes_the_installed_folder(pack_dir, data_dir, store):
    staged = stage_pack(pack_dir, data_dir)
    assert staged.folder.name.startswith(STAGING_PREFIX)
    store.close()  # recording now fails
    with pytest.raises(StorageError):
        commit_pack(staged, store)
    assert visible(packs_dir(data_dir)) == []


def test_a_damaged_installed_copy_is_not_overwritten(pack_dir, data_dir, store):
    """It may be another pack's whose hash begins alike: the good copy goes beside it."""
    first = install_pack(pack_dir, data_dir, store)
    (first.location / "article.md").write_text("tampered")
    second = install_pack(pack_dir, data_dir, store)
    assert not second.already
    assert load_pack(second.location).pack.content_hash == first.pack.content_hash
    assert second.location.name == folder_name(first.pack, full=True)
    assert (first.location / "article.md").read_text() == "tampered"
    [record] = store.roster.list_packs()
    assert record.location == str(second.location)
    (second.location / "article.md").write_text("tampered")
    third = install_pack(pack_dir, data_dir, store)  # the full-hash folder: only this pack's
    assert third.location == second.location and not third.already
    assert load_pack(third.location).ok


def test_leftovers_of_an_interrupted_install_are_swept(pack_dir, data_dir, store):
    leftover = packs_dir(data_dir) / f"{STAGING_PREFIX}crashed"
    leftover.mkdir(parents=True)
    (leftover / "pack.toml").write_text("half")
    install_pack(pack_dir, data_dir, store)
    assert not leftover.exists()


def test_folder_name_is_safe_for_any_file_system(pack_dir):
    toml = pack_dir / "pack.toml"
    toml.write_text(toml.read_text().replace('version = "1.0"', 'version = "1.0+build/7"'))
    pack = load_pack(pack_dir).pack
    if pack is not None:  # the schema may refuse the version outright
        assert "/" not in folder_name(pack)


# -- the cache of checked packs ----------------------------------------------------------


def test_cached_pack_equals_the_checked_one(pack_dir, data_dir):
    first = load_pack_cached(pack_dir, data_dir)
    second = load_pack_cached(pack_dir, data_dir)
    assert (first.from_cache, second.from_cache) == (False, True)
    assert second.pack == load_pack(pack_dir).pack
    assert decode(encode(second.pack)) == second.pack


def test_a_changed_pack_is_checked_again(pack_dir, data_dir):
    load_pack_cached(pack_dir, data_dir)
    lesson = pack_dir / "lessons" / "one.toml"
    lesson.write_text(lesson.read_text().replace("Cats make cities better.", "Dogs rule!!"))
    again = load_pack_cached(pack_dir, data_dir)
    assert not again.from_cache and not again.ok
    assert any("Dogs rule!!" in str(problem) for problem in again.problems)


def test_a_damaged_cache_is_ignored(pack_dir, data_dir):
    load_pack_cached(pack_dir, data_dir)
    [cache_file] = (data_dir / "cache" / "packs").iterdir()
    cache_file.write_text('{"signature": 1, "pack": {"$": "os.system"}}')
    again = load_pack_cached(pack_dir, data_dir)
    assert again.ok and not again.from_cache


# -- identity is the full content hash (issue 20, #10) ------------------------------------


def test_packs_whose_short_hashes_collide_get_distinct_folders(
    pack_dir, tmp_path, data_dir, store, monkeypatch
):
    """Two real packs, same id and version, different content; the short form of every
    hash is forced to one value (only ``short_hash`` is patched, nothing is crafted)."""
    monkeypatch.setattr(install_module, "short_hash", lambda content_hash: "c0111de5")
    other = tmp_path / "other"
    shutil.copytree(pack_dir, other)
    toml = other / "pack.toml"
    toml.write_text(toml.read_text().replace("Used by the tests.", "Used by other tests."))
    first = install_pack(pack_dir, data_dir, store)
    second = install_pack(other, data_dir, store)
    assert first.pack.content_hash != second.pack.content_hash
    assert first.location.name == folder_name(first.pack) == "mini-1.0-c0111de5"
    assert not second.already and second.location != first.location
    assert second.location.name == folder_name(second.pack, full=True)
    # the first copy is untouched, and both are found by their full hash
    assert load_pack(first.location).pack.content_hash == first.pack.content_hash
    known = {pack.content_hash for pack in known_packs(store, data_dir).packs}
    assert {first.pack.content_hash, second.pack.content_hash} <= known
    # installing either again finds it where it is
    assert install_pack(pack_dir, data_dir, store).location == first.location
    again = install_pack(other, data_dir, store)
    assert again.already and again.location == second.location


def test_a_folder_holding_other_content_than_its_record_is_not_taken_for_it(
    pack_dir, tmp_path, data_dir, store
):
    installed = install_pack(pack_dir, data_dir, store)
    toml = installed.location / "pack.toml"
    toml.write_text(toml.read_text().replace("Used by the tests.", "Used by other tests."))
    known = known_packs(store, data_dir)
    assert installed.pack.content_hash not in {pack.content_hash for pack in known.packs}
    assert any("holds other content" in line for line in known.problems)
