"""The cache of checked packs keeps where the article first uses each glossary term, so
that opening a cached pack finds them without a regular expression per term."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from closeread.core.library.cache import cache_path, cached_pack, load_pack_cached
from closeread.core.pack import glossary
from closeread.core.pack.glossary import first_uses

ROOT = Path(__file__).resolve().parents[3]
BUNDLED = ROOT / "lessons" / "cyber-threat-oped"


@pytest.fixture
def pack_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "pack"
    shutil.copytree(BUNDLED, folder)
    return folder


def forget_first_uses() -> None:
    glossary._FIRST_USES.clear()
    glossary._pattern.cache_clear()


def found(pack) -> list[tuple[str, int, int]]:
    return [
        (use.entry.term, use.start, use.end) for use in first_uses(pack.article.text, pack.glossary)
    ]


def test_a_cached_pack_brings_its_first_uses_without_looking_for_them(pack_dir, tmp_path):
    checked = load_pack_cached(pack_dir, tmp_path / "data").pack
    assert checked is not None and checked.glossary
    forget_first_uses()
    expected = found(checked)  # looked for: one pattern per term
    assert len(expected) > 10 and glossary._pattern.cache_info().currsize > 0
    forget_first_uses()
    cached = cached_pack(pack_dir, tmp_path / "data")
    assert cached is not None and cached.pack is not None
    assert found(cached.pack) == expected
    assert glossary._pattern.cache_info().currsize == 0  # nothing was looked for


def test_first_uses_out_of_the_text_in_a_cache_are_looked_for_again(pack_dir, tmp_path):
    checked = load_pack_cached(pack_dir, tmp_path / "data").pack
    assert checked is not None
    expected = found(checked)
    cache_file = cache_path(pack_dir, tmp_path / "data")
    data = json.loads(cache_file.read_text(encoding="utf-8"))
    data["first_uses"][0] = [0, 0, len(checked.article.text) + 5]
    cache_file.write_text(json.dumps(data), encoding="utf-8")
    forget_first_uses()
    cached = cached_pack(pack_dir, tmp_path / "data")
    assert cached is not None and cached.pack is not None
    assert found(cached.pack) == expected


def test_a_cache_without_first_uses_is_not_used(pack_dir, tmp_path):
    load_pack_cached(pack_dir, tmp_path / "data")
    cache_file = cache_path(pack_dir, tmp_path / "data")
    data = json.loads(cache_file.read_text(encoding="utf-8"))
    del data["first_uses"]
    cache_file.write_text(json.dumps(data), encoding="utf-8")
    assert cached_pack(pack_dir, tmp_path / "data") is None
    assert load_pack_cached(pack_dir, tmp_path / "data").from_cache is False
