"""Settings every test shares: no screen, and never the real user folders."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    """Point CLOSEREAD_DATA_DIR at a fresh folder so no test touches real user data."""
    monkeypatch.setenv("CLOSEREAD_DATA_DIR", str(tmp_path_factory.mktemp("closeread-data")))
