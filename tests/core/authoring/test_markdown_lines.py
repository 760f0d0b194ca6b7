"""Unwrapped Markdown reads the same: every Markdown field of the bundled pack renders to
the same HTML with its paragraphs on one line each."""

from __future__ import annotations

import re
import tomllib

from closeread.core.authoring.markdown_lines import unwrap
from closeread.core.files.paths import bundled_dir
from closeread.core.pack.rendering import markdown_to_html

PACK = bundled_dir("lessons") / "cyber-threat-oped"
MARKDOWN_KEYS = {"description", "intro", "prompt", "explanation", "feedback", "text",
                 "model_answer", "commentary", "definition", "body"}  # fmt: skip


def rendered(text: str) -> str:
    return re.sub(r"\s+", " ", markdown_to_html(text)).replace("> <", "><").strip()


def markdown_fields(value, key=""):
    if isinstance(value, dict):
        for name, item in value.items():
            yield from markdown_fields(item, name)
    elif isinstance(value, list):
        for item in value:
            yield from markdown_fields(item, key)
    elif isinstance(value, str) and key in MARKDOWN_KEYS:
        yield value


def test_every_markdown_field_of_the_bundled_pack_renders_the_same_unwrapped():
    texts = []
    for path in [PACK / "pack.toml", *sorted((PACK / "lessons").glob("*.toml"))]:
        texts += list(markdown_fields(tomllib.loads(path.read_text(encoding="utf-8"))))
    wrapped = [text for text in texts if unwrap(text) != text]
    assert len(wrapped) > 20  # the pack is hard-wrapped: the test tests something
    for text in texts:
        assert rendered(unwrap(text)) == rendered(text), text
        assert unwrap(unwrap(text)) == unwrap(text)


def test_what_unwrapping_joins_and_what_it_keeps():
    assert unwrap("A claim is\nsomething you\nbelieve.") == "A claim is something you believe."
    text = "Two kinds:\n\n- A **claim**: an opinion, a\n  judgement.\n- Evidence:\n  facts."
    assert (
        unwrap(text) == "Two kinds:\n\n- A **claim**: an opinion, a judgement.\n- Evidence: facts."
    )
    kept = [
        "Line one  \nline two",  # a hard break
        "Line one\\\nline two",
        "# Heading\ntext",
        "Text\n> quote",
        "```\ncode\nmore code\n```",
        "    indented code\n    more",
        "a | b\n--- | ---",
        "[1]: https://example.org\n[2]: https://example.org",
        "Text\n1. first",
    ]
    for text in kept:
        assert unwrap(text) == text, text
