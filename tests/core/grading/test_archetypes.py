"""Is the span rule a valid grade? Archetypal students, built from each pack's own key.

Targets (docs/scoring.md, "Is the rule fair?"), as a fraction of the points before hints:
strong ≥ 0.85; honest but incomplete between 0.40 and 0.75; every sentence of the
article with every label ≤ 0.15; every sentence of the key's paragraphs with one label
or every label ≤ 0.40; every key paragraph with the commonest label ≤ 0.40 (and above 0
on at least one exercise of the bundled pack).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from closeread.core.grading.archetypes import (
    ARCHETYPES,
    _sentences_in,
    archetype_marks,
    archetype_scores,
    is_sentence_level,
    mark_exercises,
    sentence_spans,
)
from closeread.core.grading.spans import Span, score_spans, tokenize
from closeread.core.pack.load import load_pack
from closeread.core.pack.model import Article, KeySpan, MarkExercise
from closeread.core.pack.rendering import article_from_markdown

BUNDLED_PACK = Path(__file__).parents[3] / "lessons" / "cyber-threat-oped"


def check_targets(scores: dict[str, float], where: str) -> None:
    assert set(scores) == set(ARCHETYPES)
    assert scores["strong"] >= 0.85, (where, scores)
    assert 0.40 <= scores["honest"] <= 0.75, (where, scores)
    assert scores["article_all_labels"] <= 0.15, (where, scores)
    assert scores["sentences_one_label"] <= 0.40, (where, scores)
    assert scores["sentences_all_labels"] <= 0.40, (where, scores)
    assert scores["paragraphs"] <= 0.40, (where, scores)


# --- the bundled pack -----------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled():
    loaded = load_pack(BUNDLED_PACK)
    assert loaded.pack is not None, loaded.problems
    return loaded.pack


def test_every_mark_exercise_of_the_bundled_pack_meets_the_targets(bundled):
    exercises = list(mark_exercises(bundled))
    assert len(exercises) >= 5
    paragraphs = []
    for name, exercise in exercises:
        scores = archetype_scores(bundled, exercise)
        check_targets(scores, name)
        paragraphs.append(scores["paragraphs"])
    assert max(paragraphs) > 0.0  # a whole paragraph earns a little somewhere


def test_the_lead_in_of_a_sentence_costs_nothing(bundled):
    exercise = bundled.lesson("claims-and-evidence").exercise("mark-first-half")
    assert isinstance(exercise, MarkExercise)
    text = bundled.article.text
    sentence = "Indeed, the second WIC represents a global and multilateral effort."
    start = text.index(sentence)
    (key,) = [k for k in exercise.key if k.quote.startswith("the second WIC")]
    assert is_sentence_level(tokenize(text), key.start, key.end)
    marks = [Span(start, start + len(sentence), "claim")]
    result = score_spans(text, [key], marks, theta=exercise.theta)
    assert result.score == 1.0


def _sentence(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, text.index(".", start) + 1


def test_a_claim_with_its_evidence_inside_earns_both_marks(bundled):
    exercise = bundled.lesson("claims-and-evidence").exercise("mark-first-half")
    assert isinstance(exercise, MarkExercise)
    text = bundled.article.text
    sentence = _sentence(text, "On the latter agreement")
    fact = text.index("arresting hackers"), text.index(" government.") + len(" government")
    key = [k for k in exercise.key if sentence[0] <= k.start and k.end <= sentence[1]]
    assert sorted(k.label for k in key) == ["claim", "evidence"]

    def score(*marks: tuple[tuple[int, int], str]) -> float:
        spans = [Span(*where, label) for where, label in marks]
        return score_spans(text, key, spans, theta=exercise.theta).score

    assert score((sentence, "claim"), (fact, "evidence")) == 1.0
    # The author's reading and the fact, split where the grammar splits them.
    split = text.index(" by arresting", *sentence)
    assert score(((sentence[0], split), "claim"), ((split + 1, sentence[1]), "evidence")) >= 0.85
    # The whole sentence as evidence, as the 1.0 key had it, finds the fact only in part.
    assert score((sentence, "evidence")) < 0.2


def test_either_sentence_of_the_concession_earns_most_of_its_credit(bundled):
    exercise = bundled.lesson("shape-of-the-argument").exercise("map-the-argument")
    assert isinstance(exercise, MarkExercise)
    text = bundled.article.text
    (key,) = [k for k in exercise.key if k.label == "concession"]
    first, second = _sentence(text, "As a developing"), _sentence(text, "There remains")

    def fit(start: int, end: int) -> float:
        return score_spans(text, [key], [Span(start, end, "concession")]).credit

    assert fit(first[0], second[1]) == 1.0
    assert fit(*first) >= 0.75 and fit(*second) >= 0.75
    core = text.index("China still has some way"), text.index(" in Internet development.") + 24
    assert fit(*core) >= 0.6


# --- synthetic packs ------------------------------------------------------------------

WORDS = ["the", "report", "said", "that", "many", "towns", "have", "built", "new", "lanes"]
WORDS += ["for", "bikes", "and", "cars"]
LEAD_INS = ["Indeed,", "First,", "Second,", "Moreover,", "Yet"]


def synthetic(seed: int) -> tuple[Article, list[MarkExercise]]:
    """An article of paragraphs of sentences, and three exercises keyed on it."""
    rng = random.Random(seed)
    paragraphs = []
    for _ in range(rng.randint(8, 12)):
        sentences = []
        for _ in range(rng.randint(2, 5)):
            words = [rng.choice(WORDS) for _ in range(rng.randint(7, 22))]
            lead = rng.choice(LEAD_INS) + " " if rng.random() < 0.3 else ""
            sentences.append(lead + " ".join(words).capitalize() + ".")
        paragraphs.append(" ".join(sentences))
    article = article_from_markdown("\n\n".join(paragraphs))
    tokens = tokenize(article.text)
    ranges = tokens.sentence_ranges()

    def offsets(lo: int, hi: int) -> tuple[int, int]:
        return tokens.token_offsets(lo)[0], tokens.token_offsets(hi - 1)[1]

    def block_of(lo: int) -> int:
        start = tokens.token_offsets(lo)[0]
        return next(i for i, b in enumerate(article.blocks) if b.start <= start < b.end)

    def key_span(lo: int, hi: int, label: str, n: int) -> KeySpan:
        start, end = offsets(lo, hi)
        return KeySpan(start, end, label, article.text[start:end], id=f"k{n}")

    # Exhaustive: every sentence of three paragraphs, claims and evidence (about 3 to 7);
    # a key may leave out a lead-in word.
    chosen = rng.sample(range(len(article.blocks)), 3)
    exhaustive = []
    in_chosen = [(lo, hi) for lo, hi in ranges if block_of(lo) in chosen]
    claims = set(rng.sample(range(len(in_chosen)), max(1, len(in_chosen) * 3 // 10)))
    for n, (lo, hi) in enumerate(in_chosen):
        label = "claim" if n in claims else "evidence"
        skip = 1 if rng.random() < 0.3 else 0  # the key leaves out the first word
        exhaustive.append(key_span(lo + skip, hi, label, len(exhaustive)))
    exhaustive = exhaustive[: len(exhaustive) // 2 * 2]
    # Sparse: six phrases of one to three words, one label.
    sparse = []
    for lo, hi in rng.sample(ranges, 6):
        at = rng.randrange(lo, hi - 3)
        sparse.append(key_span(at, at + rng.randint(1, 3), "loaded", len(sparse)))
    # Mixed: eight whole sentences with five labels.
    labels = ("thesis", "counterclaim", "claim", "concession", "conclusion")
    mixed = [
        key_span(lo, hi, rng.choice(labels), n)
        for n, (lo, hi) in enumerate(sorted(rng.sample(ranges, 8)))
    ]
    near = {("claim", "thesis"): 0.5, ("thesis", "claim"): 0.5, ("claim", "conclusion"): 0.5}
    return article, [
        MarkExercise(
            id="exhaustive", title="t", labels=("claim", "evidence"), key=tuple(exhaustive)
        ),
        MarkExercise(id="sparse", title="t", labels=("loaded",), key=tuple(sparse), theta=0.25),
        MarkExercise(id="mixed", title="t", labels=labels, key=tuple(mixed), label_credit=near),
    ]


@pytest.mark.parametrize("seed", range(60))
def test_synthetic_packs_meet_the_targets(seed):
    article, exercises = synthetic(seed)
    tokens = tokenize(article.text)
    for exercise in exercises:
        marks = archetype_marks(article, exercise)
        scores = {
            name: score_spans(
                tokens,
                exercise.key,
                spans,
                theta=exercise.theta,
                label_credit=exercise.label_credit,
            ).score
            for name, spans in marks.items()
        }
        check_targets(scores, f"seed {seed}, {exercise.id}")


def test_the_key_itself_scores_one_and_is_the_strong_answer_for_phrases():
    article, exercises = synthetic(3)
    sparse = exercises[1]
    marks = archetype_marks(article, sparse)["strong"]
    assert [(m.start, m.end) for m in marks] == [(k.start, k.end) for k in sparse.key]


def test_whole_sentence_and_core_clause_of_a_sentence_level_key():
    text = (
        "Second, because the town is growing fast, it is in our interest to build the lanes now."
        " The cost of the lanes is small compared with the cost of repaving the road."
        " Other towns have built them and none has taken them out again."
    )
    key = [KeySpan(8, text.index(" now.") + 4, "claim", "")]  # all but "Second,"
    whole = [Span(0, text.index(".") + 1, "claim")]
    core = [Span(text.index("it is"), text.index(" now."), "claim")]  # the main clause
    assert score_spans(text, key, whole).score >= 0.85
    assert score_spans(text, key, core).score >= 0.6
    paragraph = [Span(0, len(text), "claim")]
    assert 0.0 < score_spans(text, key, paragraph).score <= 0.4


@pytest.mark.parametrize("seed", range(5))
def test_the_sentences_inside_stretches_of_the_article_are_all_found(seed):
    rng = random.Random(seed)
    paragraphs = [
        " ".join(
            f"Word{rng.randrange(50)} said {rng.choice('ab')}." for _ in range(rng.randint(1, 5))
        )
        for _ in range(30)
    ]
    article = article_from_markdown("\n\n".join(paragraphs))
    tokens = tokenize(article.text)
    cuts = sorted(rng.sample(range(len(article.text) + 1), 20))  # apart, and anywhere
    blocks = list(zip(cuts[::2], cuts[1::2], strict=True))
    inside = [
        (start, end)
        for start, end in sentence_spans(tokens)
        if any(lo <= start and end <= hi for lo, hi in blocks)
    ]
    assert _sentences_in(tokens, blocks) == inside
