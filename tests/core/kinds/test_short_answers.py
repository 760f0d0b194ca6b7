"""Short answers as a teacher marking by hand would score them (issue 13).

The rubric only finds words, so its score is provisional and goes to the teacher; an
accepted answer scores at once; denials and word salads never get full credit. The
answers below are what a strong, an average, a careless and a gaming student might
write to each short question of the bundled pack, with answers in a student's own
words; the expected points are the provisional points the rules give now.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from msgspec.structs import replace

from closeread.cli import main
from closeread.core.grading import wording
from closeread.core.grading.grade import grade
from closeread.core.kinds.short import DENIES, rubric_warnings
from closeread.core.pack.load import require_pack
from closeread.core.pack.model import RubricItem, ShortAnswerExercise

ROOT = Path(__file__).resolve().parents[3]
BUNDLED = ROOT / "lessons" / "cyber-threat-oped"
MINIPACK = ROOT / "tests" / "core" / "fixtures" / "minipack"


def bundled_shorts() -> dict[str, ShortAnswerExercise]:
    found = {}
    for lesson in require_pack(BUNDLED).lessons:
        for exercise in lesson.exercises:
            if isinstance(exercise, ShortAnswerExercise):
                found[exercise.id] = exercise
            for part in getattr(exercise, "parts", ()):
                if isinstance(part.exercise, ShortAnswerExercise):
                    found[f"{exercise.id}/{part.exercise.id}"] = part.exercise
    return found


SHORTS = bundled_shorts() if (BUNDLED / "pack.toml").exists() else {}

# (exercise, who, answer, provisional points, flag: "" / "salad" / "denies")
STUDENTS = [
    ("how-much-does-it-prove", "strong", "The figure shows that about a thousand people from "
     "outside China came to the conference. It doesn't show that their governments had any say "
     "in running it: delegates from companies are not countries, so I would want to know who "
     "set the agenda.", 2, ""),
    ("how-much-does-it-prove", "average", "It shows lots of foreign people attended. But it "
     "doesn't prove that other countries agreed with China.", 2, ""),
    ("how-much-does-it-prove", "own words", "Half the crowd came from elsewhere, yet being in "
     "the room is different from helping write the rules, and we are never told which "
     "governments sent anyone.", 2, ""),
    ("how-much-does-it-prove", "careless", "It shows the conference was big and important.",
     0, ""),
    ("how-much-does-it-prove", "gaming", "attended delegates does not show", 1, "salad"),
    ("how-much-does-it-prove", "gaming", "international participants control agenda", 1,
     "salad"),
    ("how-much-does-it-prove", "gaming", "It is not true that foreign people attended, and "
     "nobody had any say in it.", 0, "denies"),
    ("why-concede", "strong", "Admitting a weakness makes the writer look fair and honest, so "
     "readers trust the rest of the article more. But the weakness he admits is about Internet "
     "development in rural areas, not about hacking or spying, so it does not touch the charge "
     "that China is a cyber threat.", 3, ""),
    ("why-concede", "average", "It makes him seem more believable. The concession is about "
     "development, which is a different issue from cyber attacks.", 3, ""),
    ("why-concede", "own words", "A writer who owns up to a flaw sounds like someone you can "
     "believe. Still, lagging behind in building the internet has nothing in common with "
     "breaking into other countries' networks.", 3, ""),
    ("why-concede", "careless", "He says China still has some way to go in Internet "
     "development.", 0, ""),
    ("why-concede", "gaming", "he admits that China is a cyber threat", 0, ""),
    ("why-concede", "gaming", "credible balanced development threat", 1.5, "salad"),
    ("why-concede", "gaming", "It is not true that he is honest, and he never talks about "
     "development.", 0, "denies"),
    ("take-apart/verdict", "strong", "It is right that both kinds of spying mean getting into "
     "someone's systems without permission, and a good motive does not change that. But it "
     "breaks down because a state is not a private person: governments have a duty to protect "
     "their citizens, and many countries, China included, spy for security.", 3, ""),
    ("take-apart/verdict", "average", "The analogy has a point that spying is still intrusion. "
     "But states are different from burglars.", 3, ""),
    ("take-apart/verdict", "own words", "Sneaking into a network uninvited is a lot like "
     "sneaking into a house. Yet a nation guarding its people is not a thief after a "
     "television.", 3, ""),
    ("take-apart/verdict", "careless", "The analogy is good because spying is bad.", 0, ""),
    ("take-apart/verdict", "gaming", "double standard different duty", 1.5, "salad"),
    ("take-apart/verdict", "gaming", "It is not true that it is similar, and states are not "
     "different.", 0, "denies"),
    ("other-picture", "strong", "They might compare it to a night watchman checking who is "
     "near the gate, which makes spying look like a normal, protective duty rather than a "
     "crime.", 2, ""),
    ("other-picture", "average", "It is like a security camera, so it looks like protection.",
     2, ""),
    ("other-picture", "own words", "A lookout on a ship's mast scanning the horizon: it makes "
     "the spying seem like plain good sense.", 2, ""),
    ("other-picture", "careless", "They would say it is fine.", 0, ""),
    ("other-picture", "gaming", "like protection", 1, "salad"),
    ("other-picture", "gaming", "It is not like a guard, and it is never normal.", 1, "denies"),
    ("does-it-answer", "strong", "Only partly. The word \"Morally\" suggests his reply: a "
     "practice can be long accepted and still be wrong. But the analogy pictures states as "
     "private neighbours, who never accepted break-ins from each other, so it ignores the very "
     "practice the US reason rests on, and the difference in purpose.", 3, ""),
    ("does-it-answer", "average", "The analogy does not answer it, because a country is not "
     "like a person.", 1.8, ""),
    ("does-it-answer", "own words", "He could say that something being a habit between "
     "governments does not make it right. Still, a homeowner never agreed to burglars, while "
     "governments have put up with each other's spies for centuries.", 3, ""),
    ("does-it-answer", "careless", "Yes, because breaking into a house is wrong and so is "
     "spying.", 0, ""),
    ("does-it-answer", "gaming", "morally tradition neighbours purpose", 1.5, "salad"),
    ("does-it-answer", "gaming", "It is not true that it is morally wrong, and states are not "
     "unlike neighbours.", 0, "denies"),
    ("victim-or-source", "strong", "No, it does not follow. A country can be attacked and "
     "still attack others at the same time; the US also calls itself a victim. Treating "
     "\"victim\" as if it ruled out \"attacker\" is a non sequitur.", 3, ""),
    ("victim-or-source", "average", "No, China can be a victim and also be an attacker at the "
     "same time.", 2.4, ""),
    ("victim-or-source", "own words", "Being a victim doesn't mean China can't also attack "
     "others. The argument assumes the two rule each other out, which is a logical leap.", 3,
     ""),
    ("victim-or-source", "careless", "Yes, because China gets attacked a lot so it is the "
     "victim.", 0, ""),
    ("victim-or-source", "gaming", "no both non sequitur", 1.5, "salad"),
    ("victim-or-source", "gaming", "It is not true that it does not follow, and China cannot "
     "be both.", 0, "denies"),
]  # fmt: skip

needs_bundled = pytest.mark.skipif(not SHORTS, reason="the bundled pack is not written yet")


@needs_bundled
@pytest.mark.parametrize(("exercise_id", "who", "text", "points", "flag"), STUDENTS)
def test_the_bundled_questions_as_a_teacher_would_mark_them(exercise_id, who, text, points, flag):
    result = grade(SHORTS[exercise_id], {"text": text})
    assert result.status == "needs_review"  # every rubric score goes to the teacher
    assert result.points == pytest.approx(points)
    flags = {"salad": wording.SALAD, "denies": DENIES}
    assert (flags[flag] in result.flags) if flag else not result.flags


@needs_bundled
def test_accepted_answers_score_at_once_and_need_no_review():
    for exercise in SHORTS.values():
        for accepted in exercise.accepted:
            result = grade(exercise, {"text": accepted})
            assert (result.status, result.points) == ("correct", exercise.points)


@needs_bundled
def test_the_bundled_rubrics_give_no_gaming_answer_full_points():
    assert [(key, rubric_warnings(ex)) for key, ex in SHORTS.items() if rubric_warnings(ex)] == []


SHOP = ShortAnswerExercise(
    id="shop",
    title="What is compared?",
    points=2,
    rubric=(
        RubricItem("names the lanes", ("lanes",), 0.5),
        RubricItem("names the door", ("door",), 0.5),
    ),
)


def test_a_full_rubric_score_is_final_only_with_auto_score():
    answer = {"text": "Refusing the lanes is like locking the door."}
    assert (grade(SHOP, answer).status, grade(SHOP, answer).points) == ("needs_review", 2)
    auto = replace(SHOP, auto_score=True)
    assert (grade(auto, answer).status, grade(auto, answer).points) == ("correct", 2)
    salad = grade(auto, {"text": "lanes door"})  # auto_score never takes a salad as final
    assert (salad.status, salad.points, salad.flags) == ("needs_review", 1, (wording.SALAD,))


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("He did not mention the lanes, and the door is open.", [False, True]),
        ("Never the lanes; and no door either.", [False, False]),
        ("It isn't true that the lanes are like the door.", [False, False]),
        ("It is the lanes, but not the door.", [True, False]),
        ("The lanes are compared to a locked door.", [True, True]),
    ],
)
def test_a_term_denied_nearby_or_by_its_sentence_is_not_met(text, met):
    result = grade(SHOP, {"text": text})
    assert [item.met for item in result.items] == met
    assert [item.denied for item in result.items] == [not m for m in met]
    assert (DENIES in result.flags) == (not all(met))


def test_a_criterion_that_asks_for_a_negation_is_not_cancelled_by_one():
    limit = RubricItem("a limit", ("does not show", "agree"), 0.5)
    exercise = replace(SHOP, rubric=(SHOP.rubric[0], limit))
    text = "The lanes are one thing, but nobody can agree with China on them."
    result = grade(exercise, {"text": text})
    assert [item.met for item in result.items] == [True, True] and not result.flags


def test_a_salad_is_few_words_besides_the_terms_or_no_verb():
    def salad(text: str) -> bool:
        reading = wording.read(text)
        terms = ("lanes", "door")
        protected = wording.covered(wording.occurrences(reading, t) for t in terms)
        return wording.is_salad(reading, protected)

    assert salad("lanes door") and salad("the lanes and door")
    assert salad("lanes, door, highway, market, shop")  # enough words, but no verb
    assert not salad("It compares the lanes to a door")  # a word after "it"
    assert not salad("The lanes are the door")


def test_the_probes_are_a_salad_and_a_denial_using_every_term():
    probes = wording.probes([("a", "b"), ("c",)])
    assert probes == [
        ("a list of its terms", "a c"),
        ("a sentence denying its terms", "It is not true that a and c."),
        ("a list of its terms", "b c"),
        ("a sentence denying its terms", "It is not true that b and c."),
    ]


def test_check_warns_about_a_rubric_that_a_denial_meets_in_full(tmp_path, monkeypatch, capsys):
    """A rubric asking for "not true" protects the denial itself: the probe meets it."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(MINIPACK, tmp_path / "pack")
    lesson = next((tmp_path / "pack" / "lessons").glob("*.toml"))
    text = lesson.read_text(encoding="utf-8")
    old = 'terms = ["data", "numbers", "statistic"]'
    assert text.count(old) == 1
    lesson.write_text(text.replace(old, 'terms = ["not true", "data"]'), encoding="utf-8")
    assert main(["check", "--quiet", "pack"]) == 0
    rubric = text.rindex("[[exercises.rubric]]", 0, text.index(old))
    line = text[:rubric].count("\n") + 1  # the warning points at the rubric
    shown = f"pack/lessons/{lesson.name}"
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{shown}:{line}:1: warning: the rubric gives full provisional points to a sentence"
        " denying its terms: 'It is not true that not true.'"
    ]
