"""A class with hand-picked answers to the minipack, whose scores are known by heart.

The minipack's one lesson is worth 9 points: marks 4, pick 1, why 1, pairs 1, and the
analogy 2 (what 1, rule 1).

- Ada (5B): pick right (1), why accepted (1): 2 of 9, 22 %; 2 of 5 exercises tried.
- Bo (5C): pick wrong (0), marks with the evidence labelled as a claim (near miss at
  0.25, less three quarters of the chance correction: half the key is claims, so the
  label is worth 0.25 - 0.75·0.75·0.5/0.5 = -0.3125; 2·(1 - 0.3125)/4 = 0.34375 of 4 =
  1.375): 1.375 of 9, 15 %.
- Cy (5B): nothing yet.
- Dee (5B): marks the key exactly (4), pick right (1), pairs right (1): 6 of 9, 67 %.
- Eve (5C): why "Because the author says so." (needs review, 0), pick right (1): 11 %.
"""

from __future__ import annotations

from pathlib import Path

from closeread.core.grading.saved import detail_of, grade_saved, score_of
from closeread.core.library.install import install_pack

MINIPACK = Path(__file__).resolve().parents[2] / "core" / "fixtures" / "minipack"
EXPECTED = {"Ada": "22%", "Bo": "15%", "Cy": "—", "Dee": "67%", "Eve": "11%"}
TOTALS = {"Ada": "22%", "Bo": "15%", "Cy": "0%", "Dee": "67%", "Eve": "11%"}
REVIEW_TEXT = "Because the author says so."


def answer(store, pack, student, exercise_id, value, hints=None):
    lesson = pack.lessons[0]
    exercise = lesson.exercise(exercise_id)
    result = grade_saved(pack, exercise, value, hints or {})
    return store.work.record_attempt(
        student.id, pack, lesson.id, exercise_id, value,
        score=score_of(result), detail=detail_of(result, hints or {}),
    )  # fmt: skip


def key_marks(pack):
    return [[span.start, span.end, span.label] for span in pack.lessons[0].exercise("marks").key]


def make_class(store):
    pack = install_pack(MINIPACK, store.data_dir, store).pack
    people = {
        name: store.roster.add_student(name, class_name)
        for name, class_name in (("Ada", "5B"), ("Bo", "5C"), ("Cy", "5B"), ("Dee", "5B"),
                                 ("Eve", "5C"))
    }  # fmt: skip
    ada, bo, dee, eve = people["Ada"], people["Bo"], people["Dee"], people["Eve"]
    answer(store, pack, ada, "pick", {"selected": [0]})
    answer(store, pack, ada, "why", {"text": "it gives data"})
    answer(store, pack, bo, "pick", {"selected": [1]})
    claim, evidence = key_marks(pack)
    answer(store, pack, bo, "marks", {"marks": [claim, [evidence[0], evidence[1], "claim"]]})
    answer(store, pack, dee, "marks", {"marks": key_marks(pack)})
    answer(store, pack, dee, "pick", {"selected": [0]})
    answer(store, pack, dee, "pairs", {"matches": [[0, 0], [1, 1]]})
    answer(store, pack, eve, "why", {"text": REVIEW_TEXT})
    answer(store, pack, eve, "pick", {"selected": [0]})
    return store, pack, people
