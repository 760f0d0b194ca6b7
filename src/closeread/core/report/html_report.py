"""The grade report as one self-contained HTML file (and the pieces the PDF reuses).

No external resource of any kind: the style sheet is inline, the charts are inline
SVG, there are no scripts, links or web fonts, and every text from the database or a
pack is escaped (pack Markdown goes through the sanitiser, links and pictures taken
out). The page prints: each student starts on a new page, and marks carry their
label as text as well as a colour, so a greyscale printout still says which is which.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Callable, Sequence

from closeread.core.grading.grade import Grade
from closeread.core.kinds.base import HIDDEN_KEY
from closeread.core.kinds.choice import student_key
from closeread.core.kinds.registry import awaits_teacher, kind_of
from closeread.core.pack.model import AnyExercise, Article
from closeread.core.report import lightmarkdown
from closeread.core.report.article import excerpt_html, label_colors
from closeread.core.report.data import (
    ClassReport,
    ExerciseView,
    GradebookRow,
    LessonStats,
    PackReport,
    StudentView,
    waits,
)
from closeread.core.report.gradebook import percent

BINS = 10
TITLE_CHARS = 40  # of an SVG chart's bold title, in its 300 pixels
TABLE = '<table border="1" cellspacing="0" cellpadding="3">'  # borders Qt draws too
STYLE = """
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 10pt;
       color: #111; max-width: 52em; margin: 1em auto; line-height: 1.45; }
h1 { font-size: 16pt; margin: 0 0 0.2em; } h2 { font-size: 13pt; margin: 1em 0 0.3em; }
h3 { font-size: 11pt; margin: 0.8em 0 0.2em; } h4 { font-size: 10pt; margin: 0.6em 0 0.2em; }
.meta { color: #444; } table { border-collapse: collapse; margin: 0.4em 0; }
th, td { border: 1px solid #999; padding: 2px 6px; text-align: left; }
td.num, th.num { text-align: right; }
.charts { display: flex; flex-wrap: wrap; gap: 8px; }
.student { page-break-before: always; break-before: page; }
table.article { width: 100%; margin: 0.3em 0; }
table.article td { border: 1px solid #bbb; padding: 0.3em 0.8em; }
.gap { color: #666; margin: 0; }
.tag { font-size: 7pt; font-weight: bold; }
.key { text-decoration: underline; }
.exercise { margin-top: 0.6em; border-top: 1px solid #ccc; }
.feedback { margin-left: 1em; } .legend { font-size: 8pt; color: #444; }
.score { font-weight: normal; color: #333; } h5 { font-size: 10pt; margin: 0.4em 0 0.1em; }
"""

ChartHook = Callable[[PackReport, int], str]  # (pack, lesson index) -> HTML of its chart


def report_html(report: ClassReport) -> str:
    """The whole report: for each pack, its class summary, then a page per student."""
    title = _title(report)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{_e(title)}</title>",
        f"<style>{STYLE}</style></head><body>",
    ]
    for pack_report in report.packs:
        parts.append(summary_html(report, pack_report))
        parts += [student_html(pack_report, student) for student in pack_report.students]
    if not report.packs:
        parts.append(f"<h1>{_e(title)}</h1><p>No pack to report on.</p>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _title(report: ClassReport) -> str:
    scope = f" · class {report.class_name}" if report.class_name else ""
    return f"CloseRead grade report{scope}"


def summary_html(
    report: ClassReport, pack_report: PackReport, chart: ChartHook | None = None
) -> str:
    """The class summary of one pack: lesson figures, a chart per lesson, the class table."""
    pack, book = pack_report.pack, pack_report.book
    chart = chart or (
        lambda pr, index: histogram_svg(
            pr.lessons[index].percents,
            f"{index + 1}. {pr.lessons[index].lesson.title}",
            counts_line(pr.lessons[index]),
        )
    )
    scope = f"class {report.class_name}" if report.class_name else "all classes"
    out = [
        '<div class="summary">',
        f"<h1>{_e(pack.title)}: grade report</h1>",
        f'<p class="meta">Pack {_e(pack.id)} version {_e(pack.version)} · {_e(scope)} · '
        f"{len(book.rows)} students · made {_e(report.generated_at)}</p>",
        "<h2>Lessons</h2>",
        f'{TABLE}<tr><th class="num">#</th><th>Lesson</th><th class="num">Started</th>'
        '<th class="num">Mean %</th><th class="num">Median %</th></tr>',
    ]
    for number, stats in enumerate(pack_report.lessons, 1):
        out.append(
            f'<tr><td class="num">{number}</td><td>{_e(stats.lesson.title)}</td>'
            f'<td class="num">{stats.started} of {stats.students}{_to_score(stats.waiting)}</td>'
            f'<td class="num">{percent(stats.mean) or "–"}</td>'
            f'<td class="num">{percent(stats.median) or "–"}</td></tr>'
        )
    out.append("</table>")
    out.append("<h2>Score distribution</h2>")
    out.append('<div class="charts">')
    out += [chart(pack_report, index) for index in range(len(pack_report.lessons))]
    out.append("</div>")
    out.append("<h2>Class</h2>")
    out.append(gradebook_table(pack_report))
    out.append("</div>")
    return "\n".join(out)


def gradebook_table(pack_report: PackReport) -> str:
    book = pack_report.book
    # Lesson titles head the columns of a few lessons; more are numbered (see "Lessons").
    numbered = len(book.columns) > 4
    head = "".join(
        f'<th class="num">{n if numbered else _e(c.lesson.title)} %</th>'
        for n, c in enumerate(book.columns, 1)
    )
    rows = [
        f"{TABLE}<tr><th>Name</th><th>Class</th><th>Student ID</th>{head}"
        '<th class="num">Total %</th></tr>'
    ]
    for row in book.rows:
        cells = "".join(
            f'<td class="num">{_lesson_cell(row, index, "–")}</td>'
            for index in range(len(row.percents))
        )
        pending = f" ({row.pending} to score)" if row.pending else ""
        rows.append(
            f"<tr><td>{_e(row.student.name)}</td><td>{_e(row.student.class_name or '')}</td>"
            f"<td>{_e(row.student.student_number or '')}</td>{cells}"
            f'<td class="num">{percent(row.total)}{pending}</td></tr>'
        )
    rows.append("</table>")
    return "\n".join(rows)


def histogram_bins(percents: Sequence[float], bins: int = BINS) -> list[int]:
    """Counts per bin of width 100/bins; 100 % falls in the last bin."""
    counts = [0] * bins
    for value in percents:
        counts[min(bins - 1, max(0, int(value * bins // 100)))] += 1
    return counts


def counts_line(stats: LessonStats) -> str:
    """``4 of 5 started · mean 62 %``, and ``· 2 to score`` when some wait for the
    teacher (they are left out of the mean and the chart: a score not given is no 0)."""
    parts = [f"{stats.started} of {stats.students} started"]
    if stats.mean is not None:
        parts.append(f"mean {stats.mean:.0f} %")
    if stats.waiting:
        parts.append(f"{stats.waiting} to score")
    return " · ".join(parts)


def histogram_svg(
    percents: Sequence[float], title: str, subtitle: str = "", width: int = 300, height: int = 175
) -> str:
    """An inline SVG bar chart of the scores (no namespace needed inside HTML), under
    its title on at most two lines (elided beyond) and a smaller ``subtitle``."""
    counts = histogram_bins(percents)
    top = max(counts) or 1
    left, bottom, plot_h = 24, height - 22, height - 85
    bar_w = (width - left - 8) / BINS
    out = [
        f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{_e(title)}: score distribution">',
    ]
    for number, line in enumerate(_wrapped(title, TITLE_CHARS)):
        out.append(
            f'<text x="{left}" y="{14 + 14 * number}" font-size="11" font-weight="bold">'
            f"{_e(line)}</text>"
        )
    if subtitle:
        out.append(f'<text x="{left}" y="43" font-size="9" fill="#444">{_e(subtitle)}</text>')
    out.append(f'<line x1="{left}" y1="{bottom}" x2="{width - 8}" y2="{bottom}" stroke="#333"/>')
    if not percents:
        out.append(
            f'<text x="{(left + width - 8) / 2:.0f}" y="{bottom - plot_h / 2:.0f}" font-size="10" '
            'text-anchor="middle" fill="#444">no scores yet</text>'
        )
    for index, count in enumerate(counts):
        bar_h = plot_h * count / top
        x = left + index * bar_w
        out.append(
            f'<rect x="{x + 1:.1f}" y="{bottom - bar_h:.1f}" width="{bar_w - 2:.1f}" '
            f'height="{bar_h:.1f}" fill="#555"/>'
        )
        if count:
            out.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{bottom - bar_h - 3:.1f}" font-size="9" '
                f'text-anchor="middle">{count}</text>'
            )
    for index in range(0, BINS + 1, 2):
        x = left + index * bar_w
        out.append(
            f'<text x="{x:.1f}" y="{bottom + 12}" font-size="9" text-anchor="middle">'
            f"{index * 100 // BINS}</text>"
        )
    out.append(
        f'<text x="{width - 8}" y="{height - 1}" font-size="9" text-anchor="end">% of points</text>'
    )
    out.append("</svg>")
    return "".join(out)


# -- one student ------------------------------------------------------------------------------


def student_html(pack_report: PackReport, student: StudentView, *, page_break: bool = True) -> str:
    pack, row = pack_report.pack, student.row
    who = ", ".join(part for part in (row.student.class_name, row.student.student_number) if part)
    pending = f" · {_answers(row.pending)} to score" if row.pending else ""
    lessons = " · ".join(
        f"{_e(column.lesson.title)} — {_lesson_cell(row, index, 'not started', ' %')}"
        for index, column in enumerate(pack_report.book.columns)
    )
    out = [
        f'<div class="{"student" if page_break else "student-page"}">',
        f"<h2>{_e(row.student.name)}</h2>",
        f'<p class="meta">{_e(who + " · " if who else "")}{_e(pack.title)} · '
        f"<b>total {percent(row.total)} %</b>{pending}<br>Lessons: {lessons}</p>",
    ]
    labels = label_colors(pack)
    if pack_report.key:
        out.append(
            '<p class="legend">Under each marking exercise, the passages of the article it is '
            "about: shaded, with the label in capitals before it, the student's marks for "
            "that exercise; underlined, that exercise's answer key.</p>"
        )
    lesson = None
    for view in student.exercises:
        if view.lesson is not lesson:
            lesson = view.lesson
            out.append(f"<h3>{_e(lesson.title)}</h3>")
        out.append(exercise_html(view, labels, pack.id, student_key(row.student), pack.article))
    out.append("</div>")
    return "\n".join(out)


def exercise_html(
    view: ExerciseView,
    labels: dict[str, tuple[str, str]],
    pack_id: str = "",
    student: str = "",
    article: Article | None = None,
) -> str:
    """One exercise: its score line, then (unless fully right) what the feedback does not
    say already, and the feedback. A fully right answer needs no more: it is the key.

    The feedback (as the student reads it once no attempt is left) names the options
    chosen and the right ones, every match and its right item, and every key span found
    or missed; the passages of ``article`` the exercise is about show its marks and its
    key. Short answers (and analogies, which may hold them) also get the student's text
    and the accepted answers; choices, every option in the order this student
    (``student``, a ``student_key``) saw them."""
    exercise = view.exercise
    title = _e(exercise.title)
    if view.counted is None or view.grade is None:
        why = "not attempted" if view.counted is None else "the saved answer no longer fits"
        return f'<div class="exercise"><h4>{title} <span class="score">· {why}</span></h4></div>'
    limit = f" of {exercise.attempts}" if exercise.attempts else ""
    made = f"attempt {view.counted.attempt_no} counts, {view.attempts}{limit} made"
    head = f'<div class="exercise"><h4>{title} <span class="score">· {_points(view.grade)} · {made}'
    override = view.grade.override
    noted = override is not None and (override.comment or override.levels)
    if view.grade.status == "correct" and not noted:
        return f"{head} · ✓ right</span></h4></div>"
    out = [f"{head}</span></h4>"]
    if article is not None:
        out.append(excerpt_html(article, view.marks, kind_of(exercise).key_spans(exercise), labels))
    if kind_of(exercise).report_answer:
        out.append(
            f"<p><b>Answer:</b> {answer_html(exercise, view.counted.answer, pack_id, student)}<br>"
            f"<b>Key:</b> {key_html(exercise, labels)}</p>"
        )
    out.append(f'<div class="feedback">{prose(_without_headline(view.feedback))}</div></div>')
    return "\n".join(out)


def _without_headline(feedback: str) -> str:
    """Feedback without its first line when that is the score, shown beside the title."""
    first, _, rest = feedback.partition("\n\n")
    return rest if first.startswith("**") and first.endswith("**") and rest else feedback


def answer_html(exercise: AnyExercise, answer, pack_id: str = "", student: str = "") -> str:
    """The answer; a choice's options in the order ``student`` (a ``student_key``) saw."""
    return kind_of(exercise).shown_answer_html(exercise, answer, pack_id, student)


def key_html(exercise: AnyExercise, labels: dict[str, tuple[str, str]]) -> str:
    if exercise.key_hidden:
        return HIDDEN_KEY
    return kind_of(exercise).key_html(exercise, labels)


# -- small pieces ---------------------------------------------------------------------------


def prose(markdown: str) -> str:
    """Feedback Markdown as HTML without links or pictures (a report stands alone).

    Through :mod:`closeread.core.report.lightmarkdown`: a school's report holds tens of
    thousands of feedback texts, and Python-Markdown would take minutes over them."""
    return lightmarkdown.to_html(markdown)


def _points(result: Grade) -> str:
    def number(value: float) -> str:
        return f"{value:.2f}".rstrip("0").rstrip(".")

    status = {
        "needs_review": " (provisional: waiting for review)",
        "pending": " (to be scored)",
    }.get(result.status, "")
    if awaits_teacher(result):
        return f"not scored yet, of {number(result.possible)} points (to be scored)"
    teacher = " (teacher's score)" if result.override is not None else ""
    unit = "point" if result.possible == 1 else "points"
    return f"{number(result.points)} of {number(result.possible)} {unit}{teacher}{status}"


def _lesson_cell(row: GradebookRow, index: int, not_started: str, unit: str = "") -> str:
    """A student's percent in a lesson; "to score" while every answer in it waits for
    the teacher, the percent so far with how many wait when some do."""
    value = row.percents[index]
    if value is None:
        return not_started
    waiting = waits(row, index)
    summary = row.lessons[index] if index < len(row.lessons) else None
    if waiting and summary is not None and waiting >= summary.exercises_done:
        return "to score"
    return f"{percent(value)}{unit}{f' so far, {waiting} to score' if waiting else ''}"


def _to_score(waiting: int) -> str:
    return f" ({waiting} to score)" if waiting else ""


def _answers(count: int) -> str:
    return f"{count} answer{'' if count == 1 else 's'}"


def _wrapped(text: str, width: int, lines: int = 2) -> list[str]:
    """``text`` wrapped at ``width`` characters onto at most ``lines`` lines, the last
    elided with "…" when the rest does not fit."""
    wrapped = textwrap.wrap(text, width) or [""]
    if len(wrapped) <= lines:
        return wrapped
    return [*wrapped[: lines - 1], _shorten(" ".join(wrapped[lines - 1 :]), width)]


def _shorten(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)
