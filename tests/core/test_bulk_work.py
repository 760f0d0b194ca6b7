"""cycle_collection_paused: the collector off within, back as it was after."""

from __future__ import annotations

import gc
import threading

import pytest

from closeread.core.bulk_work import cycle_collection_paused


def test_the_collector_is_off_within_and_on_after():
    assert gc.isenabled()
    with cycle_collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_within_still_turns_it_back_on():
    with pytest.raises(RuntimeError), cycle_collection_paused():
        raise RuntimeError("the import failed")
    assert gc.isenabled()


def test_overlapping_pauses_turn_it_on_only_when_the_last_ends():
    first_in, second_done = threading.Event(), threading.Event()
    seen = []

    def other() -> None:
        first_in.wait()
        with cycle_collection_paused():
            pass
        seen.append(gc.isenabled())  # the first pause still holds
        second_done.set()

    thread = threading.Thread(target=other)
    thread.start()
    with cycle_collection_paused():
        first_in.set()
        second_done.wait(5)
    thread.join()
    assert seen == [False]
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off():
    gc.disable()
    try:
        with cycle_collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
