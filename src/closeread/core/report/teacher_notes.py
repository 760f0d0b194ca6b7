"""The teacher notes as one printable HTML file: the pack's ``notes.md``, then each lesson's
exercises, answers and discussion prompts, then the glossary and the source cards.

``closeread pack notes`` and Teacher > Export Teacher Notes… both write it. Like the grade
report it stands alone: one inline style sheet, no script, no web font, no link (a
card's URL is text), the notes' pictures embedded. Pack Markdown goes through the
sanitiser; every other text is escaped. A kind writes its own answers
(:meth:`~closeread.core.kinds.base.Kind.full_key_html`): nothing here knows one kind
from another. Printed, each lesson starts a page, table rows and source cards are not
split across pages, and everything is black on white.
"""

from __future__ import annotations

import html
import re

from closeread.core.kinds.base import HIDDEN_KEY
from closeread.core.kinds.registry import kind_of
from closeread.core.pack.glossary import first_uses
from closeread.core.pack.model import AnyExercise, Article, Lesson, Pack, SourceCard
from closeread.core.report.article import label_colors
from closeread.core.report.pack_prose import PackProse

STYLE = """
@page { size: A4; margin: 16mm 15mm 18mm; }
html { background: #fff; }
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 10.5pt;
       line-height: 1.45; color: #000; background: #fff; max-width: 46em; margin: 1.5em auto;
       padding: 0 1em; }
h1 { font-size: 19pt; margin: 0 0 0.2em; } h2 { font-size: 15pt; margin: 1.2em 0 0.4em; }
h3 { font-size: 12.5pt; margin: 1.1em 0 0.3em; } h4 { font-size: 11pt; margin: 1em 0 0.2em; }
h5 { font-size: 10.5pt; margin: 0.7em 0 0.2em; } h6 { font-size: 10.5pt; margin: 0.6em 0 0.2em; }
h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
p, li { orphans: 3; widows: 3; }
.meta, .muted { color: #333; } .small { font-size: 9pt; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.8em; }
th, td { border: 1px solid #000; padding: 3px 6px; text-align: left; vertical-align: top; }
th { font-weight: bold; } td.num, th.num { text-align: right; white-space: nowrap; }
thead { display: table-header-group; }
tr, .card, .source, blockquote, figure, img { break-inside: avoid; page-break-inside: avoid; }
table.overview { break-inside: avoid; page-break-inside: avoid; }
td > p:first-child, li > p:first-child { margin-top: 0; } td > p:last-child { margin-bottom: 0; }
.lesson, .glossary, .cards { break-before: page; page-break-before: always; }
.exercise { margin-top: 1.1em; border-top: 1px solid #000; padding-top: 0.2em; }
.exercise h4 { margin-top: 0.3em; }
.prompt { border-left: 3px solid #000; padding-left: 0.7em; margin: 0.3em 0 0.5em; }
.answer { margin: 0.3em 0; }
.card { border: 1px solid #000; padding: 0.2em 0.9em 0.5em; margin: 0.8em 0; }
.source { margin: 0.2em 0 0.2em 2.2em; text-indent: -2.2em; }
.url { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 9pt;
       overflow-wrap: anywhere; word-break: break-all; }
img { max-width: 100%; }
a { color: #000; text-decoration: none; }
ol.talk { break-inside: avoid; page-break-inside: avoid; } ol.talk li { margin-bottom: 0.3em; }
@media print { body { max-width: none; margin: 0; padding: 0; font-size: 10pt; } }
"""


def notes_html(pack: Pack, *, made: str = "") -> str:
    """The whole file for ``pack``; ``made`` (a date, optional) is printed under the title."""
    renderer = PackProse(pack)
    title = f"{pack.title}: teacher notes"
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(pack.language)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f"<style>{STYLE}</style></head><body>",
        _cover(pack, made),
    ]
    if pack.notes.strip():
        out.append(f'<section class="notes">{renderer.document(pack.notes)}</section>')
    for number, lesson in enumerate(pack.lessons, 1):
        out.append(_lesson(pack, lesson, number, renderer))
    if pack.glossary:
        out.append(_glossary(pack, renderer))
    if pack.cards:
        out.append(_cards(pack, renderer))
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def notes_file_name(pack: Pack) -> str:
    """What the file is called unless the teacher says otherwise."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", f"{pack.id}-{pack.version}-teacher-notes") + ".html"


def _cover(pack: Pack, made: str) -> str:
    points = sum(kind_of(e).points_possible(e) for lesson in pack.lessons for e in lesson.exercises)
    facts = [f"Pack {_e(pack.id)} version {_e(pack.version)}"]
    facts += [_count(len(pack.lessons), "lesson"), _points(points)]
    if made:
        facts.append(f"made {_e(made)}")
    source = pack.source
    cited = ", ".join(
        part
        for part in (
            f"“{_e(source.title)}”" if source.title else "",
            _e(source.author),
            _e(source.publisher),
            _e(source.published),
        )
        if part
    )
    out = [
        '<header class="cover">',
        f"<h1>{_e(pack.title)}</h1>",
        "<p><b>Teacher notes</b>: the answers, the discussion prompts, the glossary and the "
        "source cards.</p>",
        f'<p class="meta">{" · ".join(facts)}</p>',
    ]
    if cited:
        out.append(f'<p class="meta">The article: {cited}</p>')
    if pack.edition == "assessment":
        out.append(
            "<p><b>This copy is an assessment edition: its answer keys are not in it.</b> "
            "Export the notes from the full pack.</p>"
        )
    out.append('<h2>Contents</h2><ol class="contents">')
    for number, lesson in enumerate(pack.lessons, 1):
        count = _count(len(lesson.exercises), "exercise")
        out.append(
            f'<li>Lesson {number}: {_e(lesson.title)} <span class="muted">({count})</span></li>'
        )
    if pack.glossary:
        out.append(f"<li>Glossary ({len(pack.glossary)} terms)</li>")
    if pack.cards:
        out.append(f"<li>Source cards ({len(pack.cards)})</li>")
    out.append("</ol></header>")
    return "\n".join(out)


def _lesson(pack: Pack, lesson: Lesson, number: int, renderer: PackProse) -> str:
    labels = label_colors(pack)
    points = sum(kind_of(exercise).points_possible(exercise) for exercise in lesson.exercises)
    out = [
        f'<section class="lesson" id="lesson-{_e(lesson.id)}">',
        f"<h2>Lesson {number}: {_e(lesson.title)}</h2>",
        f'<p class="meta">{_count(len(lesson.exercises), "exercise")} · {_points(points)}'
        f"{_requires(pack, lesson)}</p>",
    ]
    if lesson.intro.strip():
        out.append("<h3>What students read first</h3>")
        out.append(f'<div class="prompt">{renderer.prose(lesson.intro)}</div>')
    out.append("<h3>Exercises</h3>")
    out.append(
        '<table class="overview"><thead><tr><th class="num">#</th><th>Exercise</th>'
        '<th>Kind</th><th class="num">Points</th><th>Attempts</th><th>Source card</th>'
        "</tr></thead><tbody>"
    )
    for index, exercise in enumerate(lesson.exercises, 1):
        out.append(
            f'<tr><td class="num">{index}</td><td>{_e(exercise.title)}</td>'
            f"<td>{_e(exercise.kind)}</td>"
            f'<td class="num">{_number(kind_of(exercise).points_possible(exercise))}</td>'
            f"<td>{_attempts(exercise, short=True)}</td>"
            f"<td>{_card_title(pack, exercise.card)}</td></tr>"
        )
    out.append("</tbody></table>")
    out.append("<h3>Answers</h3>")
    for index, exercise in enumerate(lesson.exercises, 1):
        out.append(_exercise(exercise, index, labels, renderer))
    if lesson.discussion:
        out.append("<h3>Talk about it</h3>")
        out.append('<ol class="talk">')
        out += [f"<li>{renderer.prose(prompt, inline=True)}</li>" for prompt in lesson.discussion]
        out.append("</ol>")
    out.append("</section>")
    return "\n".join(out)


def _exercise(
    exercise: AnyExercise,
    number: int,
    labels: dict[str, tuple[str, str]],
    renderer: PackProse,
) -> str:
    kind = kind_of(exercise)
    out = [
        '<div class="exercise">',
        f"<h4>{number}. {_e(exercise.title)}</h4>",
        f'<p class="meta small">{_e(exercise.kind)} · '
        f"{_points(kind.points_possible(exercise))} · {_attempts(exercise)}</p>",
    ]
    if exercise.prompt.strip():
        out.append(f'<div class="prompt">{renderer.prose(exercise.prompt)}</div>')
    key = HIDDEN_KEY if exercise.key_hidden else kind.full_key_html(exercise, labels)
    out.append(f'<div class="answer"><b>Answer:</b> {key}</div>')
    if exercise.explanation.strip() and not exercise.key_hidden:
        out.append(f"<p><b>Explanation:</b></p>{renderer.prose(exercise.explanation)}")
    if exercise.hints:
        out.append("<p><b>Hints:</b></p><ol>")
        for hint in exercise.hints:
            cost = f' <span class="muted">(costs {_points(hint.cost)})</span>' if hint.cost else ""
            out.append(f"<li>{renderer.prose(hint.text, inline=True)}{cost}</li>")
        out.append("</ol>")
    out.append("</div>")
    return "\n".join(out)


def _glossary(pack: Pack, renderer: PackProse) -> str:
    used = {use.entry.term: use for use in first_uses(pack.article.text, pack.glossary)}
    out = [
        '<section class="glossary"><h2>Glossary</h2>',
        '<p class="meta">Students see these in the lesson pane ("Words to know") and as a '
        "dotted underline where the article first uses each.</p>",
        "<table><thead><tr><th>Term</th><th>Definition</th><th>First use</th></tr></thead><tbody>",
    ]
    for entry in pack.glossary:
        use = used.get(entry.term)
        where = "not in the article"
        if use is not None:
            word = pack.article.text[use.start : use.end]
            where = f"“{_e(word)}”, {_paragraph(pack.article, use.start)}"
        out.append(
            f"<tr><td><b>{_e(entry.term)}</b></td>"
            f"<td>{renderer.prose(entry.definition, inline=True)}</td>"
            f"<td>{where}</td></tr>"
        )
    out.append("</tbody></table></section>")
    return "\n".join(out)


def _cards(pack: Pack, renderer: PackProse) -> str:
    out = [
        '<section class="cards"><h2>Source cards</h2>',
        '<p class="meta">Shown beside the article (View &gt; Source Cards), and opened by the '
        "exercises that name them. Check each fact against its numbered source.</p>",
    ]
    for card in pack.cards:
        out.append(_card(pack, card, renderer))
    out.append("</section>")
    return "\n".join(out)


def _card(pack: Pack, card: SourceCard, renderer: PackProse) -> str:
    used = [
        f"lesson {number}, “{_e(exercise.title)}”"
        for number, lesson in enumerate(pack.lessons, 1)
        for exercise in lesson.exercises
        if exercise.card == card.id
    ]
    out = [
        f'<div class="card" id="card-{_e(card.id)}">',
        f'<h3>{_e(card.title)} <span class="muted small">({_e(card.id)})</span></h3>',
        renderer.prose(card.body),
        "<h5>Sources</h5>",
    ]
    out += [_source_line(number, source) for number, source in enumerate(card.sources, 1)]
    if not card.sources:
        out.append('<p class="muted">No source.</p>')
    if used:
        out.append(f'<p class="meta small">Opened by: {"; ".join(used)}.</p>')
    out.append("</div>")
    return "\n".join(out)


def _source_line(number: int, source) -> str:
    parts = [_e(source.cite)]
    if source.date:
        parts.append(_e(source.date))
    if source.url:
        parts.append(f'<span class="url">{_e(source.url)}</span>')
    return f'<p class="source">[{number}] {". ".join(parts)}</p>'


# -- small pieces ---------------------------------------------------------------------------


def _requires(pack: Pack, lesson: Lesson) -> str:
    titles = [_e(_lesson_title(pack, lesson_id)) for lesson_id in lesson.requires]
    return f" · builds on: {', '.join(titles)}" if titles else ""


def _lesson_title(pack: Pack, lesson_id: str) -> str:
    try:
        return pack.lesson(lesson_id).title
    except KeyError:
        return lesson_id


def _card_title(pack: Pack, card_id: str) -> str:
    if not card_id:
        return ""
    try:
        return _e(pack.card(card_id).title)
    except KeyError:
        return _e(card_id)


def _attempts(exercise: AnyExercise, *, short: bool = False) -> str:
    if exercise.attempts == 0:
        return "unlimited" if short else "unlimited attempts"
    if short:
        return f"{exercise.attempts}, {exercise.counts} counts" if exercise.attempts > 1 else "1"
    plural = "s" if exercise.attempts != 1 else ""
    counted = f", the {exercise.counts} counts" if exercise.attempts != 1 else ""
    return f"{exercise.attempts} attempt{plural}{counted}"


def _paragraph(article: Article, offset: int) -> str:
    """Where ``offset`` is, as the reader numbers it: "paragraph 3", or the kind of block."""
    number = 0
    for block in article.blocks:
        if block.kind == "p":
            number += 1
        if block.start <= offset <= block.end:
            return f"paragraph {number}" if block.kind == "p" else _BLOCK_NAMES.get(block.kind, "")
    return ""


_BLOCK_NAMES = {"blockquote": "a quotation", "li": "a list item", "figure": "a caption"}
_BLOCK_NAMES |= {f"h{level}": "a heading" for level in range(1, 7)}


def _count(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' if count != 1 else ''}"


def _points(value: float) -> str:
    return f"{_number(value)} point{'s' if value != 1 else ''}"


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)
