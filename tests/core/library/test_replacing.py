"""A pack may not take another's place in the library unasked (issue 20, #12): not the
bundled pack's, and not an installed pack's when it has another author or source."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from closeread.core.library.install import NeedsConfirmation, install_pack, packs_dir
from closeread.core.library.installed import bundled_pack_folders
from closeread.core.pack.load import load_pack
from closeread.core.store.store import Store

MINIPACK = Path(__file__).parents[1] / "fixtures" / "minipack"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path):
    with Store.open(data_dir) as opened:
        yield opened


def pack_like(
    tmp_path: Path, name: str, *, pack_id="mini", version="1.0", author="A. Writer"
) -> Path:
    """The small test pack, with another id, version or source author."""
    folder = tmp_path / name
    shutil.copytree(MINIPACK, folder)
    toml = folder / "pack.toml"
    text = toml.read_text().replace('id = "mini"', f'id = "{pack_id}"')
    text = text.replace('version = "1.0"', f'version = "{version}"')
    toml.write_text(text.replace('author = "A. Writer"', f'author = "{author}"'))
    return folder


def installed_names(data_dir: Path) -> list[str]:
    packs = packs_dir(data_dir)
    return sorted(p.name for p in packs.iterdir()) if packs.is_dir() else []


def test_a_pack_with_the_bundled_packs_id_needs_confirmation(tmp_path, data_dir, store):
    [bundled_folder] = bundled_pack_folders()
    bundled = load_pack(bundled_folder).pack
    impostor = pack_like(tmp_path, "impostor", pack_id=bundled.id, author="Someone Else")
    with pytest.raises(NeedsConfirmation) as raised:
        install_pack(impostor, data_dir, store)
    assert raised.value.bundled and raised.value.existing.content_hash == bundled.content_hash
    message = str(raised.value)
    assert "A small pack" in message and bundled.title in message
    assert "Someone Else" in message
    assert store.roster.list_packs() == [] and installed_names(data_dir) == []
    installed = install_pack(impostor, data_dir, store, replace=True)
    assert [r.content_hash for r in store.roster.list_packs()] == [installed.pack.content_hash]


def test_the_bundled_pack_itself_installs_without_asking(data_dir, store):
    [bundled_folder] = bundled_pack_folders()
    installed = install_pack(bundled_folder, data_dir, store)
    assert not installed.already


def test_another_author_under_an_installed_id_needs_confirmation(tmp_path, data_dir, store):
    first = install_pack(pack_like(tmp_path, "first"), data_dir, store)
    other = pack_like(tmp_path, "other", version="2.0", author="B. Stranger")
    with pytest.raises(NeedsConfirmation) as raised:
        install_pack(other, data_dir, store)
    assert not raised.value.bundled
    assert "A. Writer" in str(raised.value) and "B. Stranger" in str(raised.value)
    assert installed_names(data_dir) == [first.location.name]
    # the same maker's next version is an update: no question
    update = install_pack(pack_like(tmp_path, "update", version="1.1"), data_dir, store)
    assert update.pack.version == "1.1"
