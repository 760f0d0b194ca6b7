"""A teacher's store: the minipack installed, a small class with known answers."""

from __future__ import annotations

import pytest
from teacher_support import make_class

from closeread.core.classwork import pin
from closeread.core.store.store import Store


@pytest.fixture(autouse=True)
def cheap_pin(monkeypatch):
    """A low scrypt cost, in the tests only (the record keeps the cost it was made with)."""
    monkeypatch.setattr(pin, "SCRYPT_N", 2**8)


@pytest.fixture
def store(tmp_path):
    opened = Store.open(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def school(store):
    """The class: (store, pack, {name: student}) with the answers teacher_support describes."""
    return make_class(store)
