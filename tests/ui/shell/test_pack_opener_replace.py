"""Open Pack asks before a pack takes the bundled pack's place (issue 20, #12): the
question names both packs, its default is No, and No installs nothing."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from app_support import MINIPACK
from PySide6.QtWidgets import QMainWindow, QMessageBox

from closeread.core.library.install import stage_pack
from closeread.core.pack.load import load_pack
from closeread.core.store.store import Store
from closeread.ui.common import outside_text
from closeread.ui.shell.pack_opener import PackOpener, bundled_packs, library_entries


class Host:
    """The little of the main window the opener uses."""

    def __init__(self, data_dir: Path, store: Store) -> None:
        self.data_dir = data_dir
        self.store = store
        self.main = QMainWindow()
        self.library = SimpleNamespace(entries={})
        self.opened: list[str] = []

    def window(self) -> QMainWindow:
        return self.main

    def statusBar(self):
        return self.main.statusBar()

    def refresh_library(self) -> None:
        pass

    def open_entry(self, key: str, place=None) -> None:
        self.opened.append(key)


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "data") as opened:
        yield opened


@pytest.mark.parametrize("answer", ["No", "Yes"])
def test_open_pack_asks_before_replacing_the_bundled_pack(
    qtbot, tmp_path, store, monkeypatch, answer
):
    bundled = load_pack(bundled_packs()[0]).pack
    impostor = tmp_path / "impostor"
    shutil.copytree(MINIPACK, impostor)
    toml = impostor / "pack.toml"
    toml.write_text(toml.read_text().replace('id = "mini"', f'id = "{bundled.id}"'))
    asked = []

    def question(parent, title, text, buttons, default):
        asked.append((text, default))
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(outside_text, "plain_question", question)
    host = Host(tmp_path / "data", store)
    qtbot.addWidget(host.main)
    opener = PackOpener(host)
    staged = stage_pack(impostor, host.data_dir)
    opener._staged(impostor, staged)
    [(text, default)] = asked
    assert "A small pack" in text and bundled.title in text
    assert default == QMessageBox.StandardButton.No
    entries = library_entries(store)
    if answer == "No":
        assert store.roster.list_packs() == []
        assert entries[0].bundled and not staged.folder.exists()
    else:
        assert [r.pack_id for r in store.roster.list_packs()] == [bundled.id]
        assert not entries[0].bundled
