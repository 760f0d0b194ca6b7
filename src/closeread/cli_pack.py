"""The pack-authoring subcommands of ``closeread``::

    closeread pack new DIR --article FILE [--id ID] [--title TITLE]
    closeread pack import-gift FILE.gift --into DIR [--lesson LESSON_FILE]
    closeread pack import-moodle-xml FILE.xml --into DIR [--lesson LESSON_FILE]
    closeread pack export-questions PACK --format FORMAT [--out FILE]
    closeread pack notes PACK [--out FILE]

``pack new`` scaffolds a valid pack around an article; ``pack import-gift`` and
``pack import-moodle-xml`` add the questions of a Moodle GIFT or Moodle XML file to a
pack as exercises; ``pack export-questions`` writes a pack's questions in one of the
formats of :data:`closeread.core.authoring.question_export.EXPORTERS`; ``pack notes``
writes the teacher notes with every answer as one printable HTML file. Each ends a
failure a user can cause with a plain message and exit status 1, never a traceback. No
Qt is imported.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable


def add_pack_commands(commands, data_dir_option: Callable[..., None]) -> None:
    """Add ``new`` and ``import-gift`` under ``closeread pack`` (made here unless another
    module made it first) to ``commands``, the main parser's subparsers."""
    pack = commands.choices.get("pack")
    if pack is None:
        pack = commands.add_parser("pack", help="make and change lesson packs")
        data_dir_option(pack, default=argparse.SUPPRESS)
        pack.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions = next(
        action for action in pack._actions if isinstance(action, argparse._SubParsersAction)
    )
    new = actions.add_parser(
        "new",
        help="make a new pack around an article (plain text or Markdown)",
        description="Make a new lesson pack in DIR (a new or empty folder) around the article "
        "FILE: pack.toml, article.md, notes.md and one lesson with a marking exercise whose "
        "key is empty, every file with comments explaining its keys. A .md file is copied as "
        "Markdown; any other file is read as plain text, one paragraph per line (or per "
        "block between blank lines).",
    )
    new.add_argument("folder", metavar="DIR")
    new.add_argument("--article", required=True, metavar="FILE", help="the article (UTF-8)")
    new.add_argument("--id", metavar="ID", help="the pack's id (default: from DIR's name)")
    new.add_argument(
        "--title", metavar="TITLE", help="the pack's title (default: the article's first line)"
    )
    data_dir_option(new, default=argparse.SUPPRESS)
    new.set_defaults(run=_run_new)

    gift = actions.add_parser(
        "import-gift",
        help="add the questions of a Moodle GIFT file to a pack",
        description="Add the questions of a Moodle GIFT file to the pack folder DIR, as "
        "exercises appended to a lesson file: LESSON_FILE (a path inside the pack, made and "
        "listed in pack.toml when new), else the pack's last lesson. Questions CloseRead has "
        "no exercise for are listed as skipped, with their lines. A GIFT file with an error "
        "adds nothing.",
    )
    gift.add_argument("gift", metavar="FILE.gift")
    gift.add_argument("--into", required=True, metavar="DIR", help="the pack folder")
    gift.add_argument(
        "--lesson", metavar="LESSON_FILE", help="e.g. lessons/02-quiz.toml, inside the pack"
    )
    data_dir_option(gift, default=argparse.SUPPRESS)
    gift.set_defaults(run=_run_import_gift)

    moodle = actions.add_parser(
        "import-moodle-xml",
        help="add the questions of a Moodle XML file to a pack",
        description="Add the questions of a Moodle XML file (Question bank > Export > Moodle "
        "XML format) to the pack folder DIR, as exercises appended to a lesson file: "
        "LESSON_FILE (a path inside the pack, made and listed in pack.toml when new), else "
        "the pack's last lesson. Pictures the file carries become files under images/. "
        "Questions CloseRead has no exercise for are listed as skipped, with their lines. "
        "A file with an error adds nothing.",
    )
    moodle.add_argument("xml", metavar="FILE.xml")
    moodle.add_argument("--into", required=True, metavar="DIR", help="the pack folder")
    moodle.add_argument(
        "--lesson", metavar="LESSON_FILE", help="e.g. lessons/02-quiz.toml, inside the pack"
    )
    data_dir_option(moodle, default=argparse.SUPPRESS)
    moodle.set_defaults(run=_run_import_moodle_xml)

    from closeread.core.authoring.question_export import EXPORTERS

    export = actions.add_parser(
        "export-questions",
        help="write a pack's questions for another program (" + ", ".join(EXPORTERS) + ")",
        description="Check PACK (a folder or archive) and write its choice, short-answer, "
        "matching and writing exercises as questions another program imports: "
        "moodle-xml is Moodle's XML format (Question bank > Import). Marking exercises "
        "and analogies have no counterpart and are listed as skipped; what a question "
        "cannot hold is listed too. FILE defaults to PACKID-VERSION-questions and the "
        "format's extension, here.",
    )
    export.add_argument("pack", metavar="PACK")
    export.add_argument("--format", required=True, choices=list(EXPORTERS))
    export.add_argument("--out", metavar="FILE", help="where to write the file")
    data_dir_option(export, default=argparse.SUPPRESS)
    export.set_defaults(run=_run_export_questions)

    notes = actions.add_parser(
        "notes",
        help="write the teacher notes, with every answer, as one printable HTML file",
        description="Check PACK (a folder or archive) and write its teacher notes as one "
        "self-contained HTML file to print or share: the pack's notes, then each lesson's "
        "exercises with their answers and discussion prompts, the glossary and the source "
        "cards. FILE defaults to PACKID-VERSION-teacher-notes.html here.",
    )
    notes.add_argument("pack", metavar="PACK")
    notes.add_argument("--out", metavar="FILE", help="where to write the HTML file")
    data_dir_option(notes, default=argparse.SUPPRESS)
    notes.set_defaults(run=_run_notes)


def _run_new(args: argparse.Namespace) -> int:
    from closeread.core.authoring.scaffold import ScaffoldError, new_pack

    try:
        made = new_pack(args.folder, args.article, pack_id=args.id, title=args.title)
    except ScaffoldError as error:
        print(f"closeread: {error}", file=sys.stderr)
        return 1
    print(f'made the pack "{made.pack_id}" ("{made.title}") in {args.folder}:')
    for relative in made.files:
        print(f"  {relative}")
    lesson = made.files[-1]
    print(f"next: write the answer key in {lesson}, then run: closeread check {args.folder}")
    return 0


def _run_notes(args: argparse.Namespace) -> int:
    import datetime

    from closeread.core.files.atomic import write_atomic
    from closeread.core.pack.load import load_pack
    from closeread.core.report.teacher_notes import notes_file_name, notes_html

    result = load_pack(args.pack)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.pack is None:
        print(f"closeread: {args.pack} has errors: no notes were written", file=sys.stderr)
        return 1
    out = args.out or notes_file_name(result.pack)
    page = notes_html(result.pack, made=datetime.date.today().isoformat())
    try:
        write_atomic(out, page.encode("utf-8"))
    except OSError as error:
        print(f"closeread: could not write {out}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"wrote {out}: the teacher notes of {result.pack.id} {result.pack.version}")
    return 0


def _run_import_gift(args: argparse.Namespace) -> int:
    from closeread.core.authoring.gift_import import GiftImportError, import_gift
    from closeread.core.pack.load import load_pack

    try:
        imported = import_gift(args.gift, args.into, lesson=args.lesson)
    except GiftImportError as error:
        for line in error.lines:
            print(line if ": error: " in line else f"closeread: {line}", file=sys.stderr)
        print("closeread: nothing was imported", file=sys.stderr)
        return 1
    for note in imported.notes:
        print(note)
    if not imported.added:
        print(f"no question of {args.gift} could be added")
        return 0
    where = imported.lesson_file + (" (new, listed in pack.toml)" if imported.created else "")
    count = f"{len(imported.added)} exercise{'s' if len(imported.added) != 1 else ''}"
    print(f"added {count} to {where}: {', '.join(imported.added)}")
    result = load_pack(args.into)
    for problem in result.problems:
        print(problem)
    return 0 if result.ok else 1


def _run_import_moodle_xml(args: argparse.Namespace) -> int:
    from closeread.core.authoring.exercise_import import ImportRefused
    from closeread.core.authoring.moodle_import import import_moodle_xml
    from closeread.core.pack.load import load_pack

    try:
        imported = import_moodle_xml(args.xml, args.into, lesson=args.lesson)
    except ImportRefused as error:
        for line in error.lines:
            print(line if ": error: " in line else f"closeread: {line}", file=sys.stderr)
        print("closeread: nothing was imported", file=sys.stderr)
        return 1
    for note in imported.notes:
        print(note)
    if not imported.added:
        print(f"no question of {args.xml} could be added")
        return 0
    where = imported.lesson_file + (" (new, listed in pack.toml)" if imported.created else "")
    count = f"{len(imported.added)} exercise{'s' if len(imported.added) != 1 else ''}"
    print(f"added {count} to {where}: {', '.join(imported.added)}")
    if imported.images:
        print(f"added {len(imported.images)} pictures: {', '.join(imported.images)}")
    result = load_pack(args.into)
    for problem in result.problems:
        print(problem)
    return 0 if result.ok else 1


def _run_export_questions(args: argparse.Namespace) -> int:
    from closeread.core.authoring.question_export import ExportRefused, export_questions
    from closeread.core.files.atomic import write_atomic
    from closeread.core.pack.load import load_pack

    result = load_pack(args.pack)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.pack is None:
        print(f"closeread: {args.pack} has errors: nothing was exported", file=sys.stderr)
        return 1
    pack = result.pack
    try:
        exported = export_questions(pack, args.format)
    except ExportRefused as error:
        print(f"closeread: {error}", file=sys.stderr)
        return 1
    for note in exported.notes:
        print(note)
    if not exported.count:
        print(f"closeread: no exercise of {args.pack} can be a {args.format} question: "
              "nothing was written", file=sys.stderr)  # fmt: skip
        return 1
    out = args.out or f"{pack.id}-{pack.version}-questions{exported.extension}"
    try:
        write_atomic(out, exported.data)
    except OSError as error:
        print(f"closeread: could not write {out}: {error.strerror or error}", file=sys.stderr)
        return 1
    count = f"{exported.count} question{'s' if exported.count != 1 else ''}"
    print(f"wrote {out}: {count} from {pack.id} {pack.version} ({args.format})")
    return 0
