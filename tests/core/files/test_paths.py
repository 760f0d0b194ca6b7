"""Where the data folder and the bundled folders are found."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

import closeread
from closeread.core.files import paths


@pytest.fixture
def fake_app(tmp_path, monkeypatch):
    """Pretend CloseRead runs from an executable in tmp_path/app/bin, with no env set."""
    exe_dir = tmp_path / "app" / "bin"
    exe_dir.mkdir(parents=True)
    monkeypatch.setattr(sys, "executable", str(exe_dir / "python"))
    monkeypatch.delenv(paths.ENV_VAR, raising=False)
    return exe_dir


def test_explicit_folder_wins_over_everything(fake_app, tmp_path, monkeypatch):
    (fake_app / paths.PORTABLE_FOLDER).mkdir()
    monkeypatch.setenv(paths.ENV_VAR, str(tmp_path / "from-env"))
    assert paths.data_dir(tmp_path / "explicit") == tmp_path / "explicit"
    assert paths.data_dir(str(tmp_path / "as-text")) == tmp_path / "as-text"


def test_environment_variable_wins_over_portable_and_default(fake_app, tmp_path, monkeypatch):
    (fake_app / paths.PORTABLE_FOLDER).mkdir()
    monkeypatch.setenv(paths.ENV_VAR, str(tmp_path / "from-env"))
    assert paths.data_dir() == tmp_path / "from-env"
    assert paths.data_dir(None) == tmp_path / "from-env"


def test_empty_explicit_and_empty_environment_are_ignored(fake_app, monkeypatch):
    monkeypatch.setenv(paths.ENV_VAR, "")
    (fake_app / paths.PORTABLE_FOLDER).mkdir()
    assert paths.data_dir("") == fake_app / paths.PORTABLE_FOLDER


def test_relative_and_home_paths_are_made_absolute(fake_app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert paths.data_dir("rel") == tmp_path / "rel"
    assert paths.data_dir("~/cr") == tmp_path / "home" / "cr"


def test_portable_folder_beside_the_executable_is_used_when_present(fake_app):
    portable = fake_app / paths.PORTABLE_FOLDER
    portable.mkdir()
    assert paths.data_dir() == portable


def test_portable_folder_beside_a_macos_app_bundle(tmp_path, monkeypatch):
    macos = tmp_path / "stick" / "CloseRead.app" / "Contents" / "MacOS"
    macos.mkdir(parents=True)
    monkeypatch.setattr(sys, "executable", str(macos / "CloseRead"))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delenv(paths.ENV_VAR, raising=False)
    assert paths.app_folder() == tmp_path / "stick"
    (tmp_path / "stick" / paths.PORTABLE_FOLDER).mkdir()
    assert paths.data_dir() == tmp_path / "stick" / paths.PORTABLE_FOLDER


def test_frozen_executable_outside_a_bundle_uses_its_own_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "executable", str(tmp_path / "CloseRead.exe"))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert paths.app_folder() == tmp_path


def test_platform_default_without_portable_folder(fake_app):
    expected = Path(platformdirs.user_data_dir("CloseRead", appauthor=False))
    assert paths.data_dir() == expected
    assert not (fake_app / paths.PORTABLE_FOLDER).exists()


def test_a_portable_file_rather_than_folder_is_not_used(fake_app):
    (fake_app / paths.PORTABLE_FOLDER).write_text("not a folder")
    expected = Path(platformdirs.user_data_dir("CloseRead", appauthor=False))
    assert paths.data_dir() == expected


def test_bundled_folders_of_this_checkout():
    repo_top = Path(closeread.__file__).parent.parent.parent
    if (Path(closeread.__file__).parent / "resources").is_dir():
        pytest.skip("running from an installed wheel, not a checkout")
    assert paths.bundled_dir("resources") == repo_top / "resources"
    assert (paths.bundled_dir("resources") / "schema" / "pack.schema.json").is_file()


def test_bundled_folder_inside_an_installed_package_wins(tmp_path):
    package = tmp_path / "site-packages" / "closeread"
    (package / "resources").mkdir(parents=True)
    (tmp_path / "resources").mkdir()  # what an editable checkout would have
    assert paths.bundled_dir_from(package, "resources") == package / "resources"


def test_bundled_folder_of_an_editable_checkout(tmp_path):
    package = tmp_path / "src" / "closeread"
    package.mkdir(parents=True)
    (tmp_path / "lessons").mkdir()
    assert paths.bundled_dir_from(package, "lessons") == tmp_path / "lessons"


def test_missing_bundled_folder_is_a_plain_error(tmp_path):
    package = tmp_path / "src" / "closeread"
    package.mkdir(parents=True)
    with pytest.raises(FileNotFoundError, match="bundled lessons folder is missing"):
        paths.bundled_dir_from(package, "lessons")


def test_unknown_bundled_folder_name_is_refused(tmp_path):
    with pytest.raises(ValueError, match="no bundled folder"):
        paths.bundled_dir_from(tmp_path, "secrets")
