"""Which passage an exercise is about: its key, the marks it shows, or what its prompt quotes."""

from __future__ import annotations

from pathlib import Path

from msgspec.structs import replace

from closeread.core.kinds.passage import opening, passage, quoted_passage
from closeread.core.pack.load import require_pack
from closeread.core.pack.paragraphs import block_start

ROOT = Path(__file__).resolve().parents[3]
BUNDLED = require_pack(ROOT / "lessons" / "cyber-threat-oped")
TEXT = BUNDLED.article.text
ARBITRARY = TEXT.index("The arbitrary nature of the US interpretation")


def exercise(lesson_id: str, exercise_id: str):
    lesson = BUNDLED.lesson(lesson_id)
    return lesson, lesson.exercise(exercise_id)


def test_a_marking_exercise_opens_at_the_paragraph_of_its_first_key_span():
    lesson, find = exercise("break-in-analogy", "find-analogy")
    first = min(span.start for span in find.key)
    assert passage(BUNDLED, lesson, find)[0] == first
    assert opening(BUNDLED, lesson, find) == ARBITRARY  # the paragraph its prompt names


def test_the_key_wins_over_the_prompt():
    lesson, find = exercise("break-in-analogy", "find-analogy")
    prompt = 'Read the paragraph that begins "Dogs, by contrast, need walks."'
    assert opening(BUNDLED, lesson, replace(find, prompt=prompt)) == ARBITRARY


def test_an_exercise_showing_another_ones_marks_opens_where_that_one_does():
    lesson, take_apart = exercise("break-in-analogy", "take-apart")
    assert take_apart.show_marks_from == "find-analogy"
    assert opening(BUNDLED, lesson, take_apart) == ARBITRARY
    elsewhere = replace(take_apart, show_marks_from="shape-of-the-argument/map-the-argument")
    _, mapped = exercise("shape-of-the-argument", "map-the-argument")
    first = min(span.start for span in mapped.key)
    assert opening(BUNDLED, lesson, elsewhere) == block_start(BUNDLED.article, first)
    missing = replace(take_apart, show_marks_from="no-such-exercise", prompt="")
    assert passage(BUNDLED, lesson, missing) is None


def test_a_question_opens_at_the_words_its_prompt_quotes():
    lesson, what_is_this = exercise("break-in-analogy", "what-is-this")  # a block quote
    assert opening(BUNDLED, lesson, what_is_this) == ARBITRARY
    lesson, pacts = exercise("reading-the-source", "pacts-card")  # quoted in the sentence
    found = passage(BUNDLED, lesson, pacts)
    assert TEXT[found[0] : found[1]].startswith("In recent months, China signed")


def test_a_question_about_the_whole_piece_leaves_the_reader_where_it_is():
    lesson, main_point = exercise("shape-of-the-argument", "main-point")
    assert passage(BUNDLED, lesson, main_point) is None


TOY = "The cat sat on the mat. The dog’s bed is by the door. The cat sat on the mat."


def toy(words: str) -> tuple[int, int]:
    start = TOY.index(words)
    return start, start + len(words)


def test_quotes_found_once_count_and_others_do_not():
    assert quoted_passage('Why does "the dog\'s bed" matter?', TOY) is None  # a capital
    assert quoted_passage('Why does "dog\'s bed is" matter?', TOY) == toy("dog’s bed is")
    assert quoted_passage('Read "The cat sat on the mat" twice.', TOY) is None  # twice
    assert quoted_passage('What does "the mat" mean?', TOY) is None  # under three words
    assert quoted_passage("No quotation at all.", TOY) is None


def test_a_quote_that_trails_off_a_block_quote_and_emphasis():
    assert quoted_passage("The sentence **“The dog’s bed is…”** says", TOY) == toy(
        "The dog’s bed is"
    )
    quoted = quoted_passage("> The dog's *bed* is\n> by the door.\n\nWhat is it?", TOY)
    assert quoted is not None and TOY[quoted[0] : quoted[1]] == "The dog’s bed is by the door."
    first = quoted_passage('Not "a quote in the text here", but "by the door. The cat"', TOY)
    assert first == toy("by the door. The cat")
