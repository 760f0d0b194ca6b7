"""The XML reader for files from other people: what it refuses, and what it keeps."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from closeread.core.authoring.safe_xml import XmlRefused, parse_xml

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<quiz><question type="shortanswer"><name><text>&lol9;</text></name></question></quiz>
"""


def test_a_billion_laughs_is_refused_at_once():
    began = time.perf_counter()
    with pytest.raises(XmlRefused, match="DOCTYPE, entities or external references") as refused:
        parse_xml(BILLION_LAUGHS)
    assert time.perf_counter() - began < 1
    assert refused.value.line == 2


def test_external_entities_are_never_read(tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text("the teacher's PIN", encoding="utf-8")
    raw = (
        f'<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM "file://{secret}">]>\n'
        "<quiz><question><name><text>&x;</text></name></question></quiz>"
    ).encode()
    with pytest.raises(XmlRefused) as refused:
        parse_xml(raw)
    assert "the teacher's PIN" not in str(refused.value)


@pytest.mark.parametrize(
    "raw",
    [
        b'<!DOCTYPE quiz SYSTEM "http://example.org/quiz.dtd"><quiz/>',
        b"<!DOCTYPE quiz><quiz/>",
        b'<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY a "b">]><quiz>plain</quiz>',
    ],
)
def test_any_doctype_is_refused(raw: bytes):
    with pytest.raises(XmlRefused, match="DOCTYPE"):
        parse_xml(raw)


def test_nesting_deeper_than_the_limit_is_refused_without_a_stack_overflow():
    deep = b"<quiz>" + b"<a>" * 100_000 + b"</a>" * 100_000 + b"</quiz>"
    with pytest.raises(XmlRefused, match="nest more than 64 deep"):
        parse_xml(deep)
    assert parse_xml(b"<quiz>" + b"<a>" * 60 + b"</a>" * 60 + b"</quiz>").root.tag == "quiz"


def test_broken_xml_says_where():
    with pytest.raises(XmlRefused, match="not well-formed XML: mismatched tag") as refused:
        parse_xml(b"<quiz>\n<question>\n</quiz>\n")
    assert refused.value.line == 3


def test_each_element_keeps_its_line_and_entities_of_xml_itself_are_read():
    tree = parse_xml(
        b'<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n<q>a &amp; b</q>\n\n<q/></quiz>'
    )
    first, second = list(tree.root)
    assert [tree.line(first), tree.line(second)] == [3, 5]
    assert first.text == "a & b"
