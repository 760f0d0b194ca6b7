"""A label's number is its place in the pack's list of labels, the same in every exercise."""

from pathlib import Path

from msgspec.structs import replace

from closeread.core.library.cache import load_pack_cached
from closeread.core.pack.load import load_pack

BUNDLED = Path(__file__).resolve().parents[3] / "lessons" / "cyber-threat-oped"
MINIPACK = Path(__file__).resolve().parents[1] / "fixtures" / "minipack"


def test_labels_are_numbered_in_the_pack_order():
    pack = load_pack(MINIPACK).pack
    assert [(label.id, label.number) for label in pack.labels] == [("claim", 1), ("evidence", 2)]
    assert pack.label("evidence").number == 2


def test_every_exercise_of_the_bundled_pack_sees_the_same_numbers():
    pack = load_pack(BUNDLED).pack
    numbers = {label.id: label.number for label in pack.labels}
    assert sorted(numbers.values()) == list(range(1, len(pack.labels) + 1))
    for lesson in pack.lessons:
        for exercise in lesson.exercises:
            for label_id in getattr(exercise, "labels", ()):
                assert pack.label(label_id).number == numbers[label_id]


def test_a_changed_pack_numbers_its_labels_again(tmp_path):
    pack = load_pack(MINIPACK).pack
    swapped = replace(pack, labels=pack.labels[::-1])
    assert [(label.id, label.number) for label in swapped.labels] == [
        ("evidence", 1),
        ("claim", 2),
    ]


def test_a_cached_pack_keeps_the_numbers(tmp_path):
    first = load_pack_cached(MINIPACK, tmp_path)
    again = load_pack_cached(MINIPACK, tmp_path)
    assert again.from_cache and not first.from_cache
    assert [label.number for label in again.pack.labels] == [1, 2]
