"""``closeread check`` and installing apply one set of rules, in the same words (issue 20,
#15): a pack the install refuses is refused by the checker first, for the same reason,
never passed by one and refused by the other with a misleading message."""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pytest

from closeread.core.authoring.validity import check_pack
from closeread.core.library.install import InstallError, install_pack, packs_dir
from closeread.core.store.store import Store

MINIPACK = Path(__file__).parents[1] / "fixtures" / "minipack"


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "data") as opened:
        yield opened


def inside_link(tmp_path: Path) -> Path:
    """article.md is a link to another file of the same pack."""
    pack = tmp_path / "pack"
    shutil.copytree(MINIPACK, pack)
    (pack / "article.md").rename(pack / "body.md")
    os.symlink("body.md", pack / "article.md")
    return pack


def hidden_article(tmp_path: Path) -> Path:
    """The article is a hidden file, named in pack.toml."""
    pack = tmp_path / "pack"
    shutil.copytree(MINIPACK, pack)
    (pack / "article.md").rename(pack / ".article.md")
    toml = pack / "pack.toml"
    toml.write_text(toml.read_text().replace('"article.md"', '".article.md"'))
    return pack


def empty_step(tmp_path: Path) -> Path:
    """An archive of the pack in a folder "mini/", with one more entry "mini//x"."""
    target = tmp_path / "mini.zip"
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(MINIPACK.rglob("*")):
            if path.is_file():
                archive.write(path, "mini/" + path.relative_to(MINIPACK).as_posix())
        archive.writestr("mini//x", "extra")
    return target


def errors(problems) -> list[str]:
    return [str(problem) for problem in problems if problem.severity == "error"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
@pytest.mark.parametrize(
    ("make", "words"),
    [
        (inside_link, "the path goes through a symbolic link"),
        (hidden_article, "hidden file or folder"),
        (empty_step, 'unsafe entry "mini//x": an empty or "." step in its path'),
    ],
    ids=["inside-symlink", "hidden-article", "empty-step-in-archive"],
)
def test_check_refuses_what_install_refuses_in_the_same_words(make, words, tmp_path, store):
    pack = make(tmp_path)
    checked = check_pack(pack)
    assert not checked.ok
    assert any(words in line for line in errors(checked.problems))
    with pytest.raises(InstallError) as raised:
        install_pack(pack, tmp_path / "data", store)
    assert errors(raised.value.problems) == errors(checked.problems)
    packs = packs_dir(tmp_path / "data")
    assert not packs.exists() or list(packs.iterdir()) == []
