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

# command -> (its file's name, the format, where the file comes from); each command's
# format is its name without "import-", as quiz_format.IMPORT_COMMANDS has it.
_IMPORTS = {
    "import-gift": ("FILE.gift", "Moodle GIFT", ""),
    "import-moodle-xml": (
        "FILE.xml",
        "Moodle XML",
        " (Question bank > Export > Moodle XML format; the pictures it carries become files "
        "under images/)",
    ),
}


def pack_actions(commands, data_dir_option: Callable[..., None]) -> argparse._SubParsersAction:
    """The subcommands of ``closeread pack`` in ``commands``, the main parser's
    subparsers: ``pack`` is made here unless another module made it first."""
    pack = commands.choices.get("pack")
    if pack is None:
        pack = commands.add_parser("pack", help="make and change lesson packs")
        data_dir_option(pack, default=argparse.SUPPRESS)
        pack.add_subparsers(dest="action", metavar="ACTION", required=True)
    return next(
        action for action in pack._actions if isinstance(action, argparse._SubParsersAction)
    )


def add_pack_commands(commands, data_dir_option: Callable[..., None]) -> None:
    """Add the pack commands under ``closeread pack`` to ``commands``, the main parser's
    subparsers."""
    actions = pack_actions(commands, data_dir_option)
    new = actions.add_parser(
        "new",
        help="make a new pack around an article (plain text or Markdown)",
        description="Make a new lesson pack in DIR (a new or empty folder) around the article "
        "FILE: pack.toml, article.md, notes.md and one lesson with a marking exercise whose "
        "key is empty, every file with comments explaining its keys. A .md file is copied as "
        "Markdown; any other file is read as plain text, one paragraph per line (or per "
        "block between blank lines), and a first line that reads as a title (short, not "
        "ending like a sentence) becomes the article's heading and the pack's title.",
    )
    new.add_argument("folder", metavar="DIR")
    new.add_argument("--article", required=True, metavar="FILE", help="the article (UTF-8)")
    new.add_argument("--id", metavar="ID", help="the pack's id (default: from DIR's name)")
    new.add_argument(
        "--title",
        metavar="TITLE",
        help="the pack's title (default: the article's heading, else its first line)",
    )
    data_dir_option(new, default=argparse.SUPPRESS)
    new.set_defaults(run=_run_new)

    for command, (file_name, what, more) in _IMPORTS.items():
        importing = actions.add_parser(
            command,
            help=f"add the questions of a {what} file to a pack",
            description=f"Add the questions of a {what} file{more} to the pack folder DIR, "
            "as exercises appended to a lesson file: LESSON_FILE (a path inside the pack, "
            "made and listed in pack.toml when new), else the pack's last lesson. Questions "
            "CloseRead has no exercise for are listed as skipped, with their lines. A file "
            "with an error, or a question the checker would refuse, adds nothing.",
        )
        importing.add_argument("file", metavar=file_name)
        importing.add_argument("--into", required=True, metavar="DIR", help="the pack folder")
        importing.add_argument(
            "--lesson", metavar="LESSON_FILE", help="e.g. lessons/02-quiz.toml, inside the pack"
        )
        data_dir_option(importing, default=argparse.SUPPRESS)
        importing.set_defaults(run=_run_import, format=command.removeprefix("import-"))

    from closeread.core.authoring.question_export import EXPORTERS

    export = actions.add_parser(
        "export-questions",
        help="write a pack's questions for another program (" + ", ".join(EXPORTERS) + ")",
        description="Check PACK (a folder or archive) and write its choice, short-answer, "
        "matching and writing exercises as questions another program imports: gift is "
        "Moodle's GIFT format and moodle-xml Moodle's XML format (Question bank > Import), "
        "one category per lesson. Marking exercises and analogies have no counterpart and "
        "are listed as skipped; what a question cannot hold is listed too. FILE defaults to "
        "PACKID-VERSION-questions and the format's extension, here.",
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


def _run_import(args: argparse.Namespace) -> int:
    from closeread.core.authoring.gift_import import import_gift
    from closeread.core.authoring.moodle_import import import_moodle_xml
    from closeread.core.authoring.question_import import QuestionImportError, QuizImport

    importers: dict[str, Callable[..., QuizImport]] = {
        "gift": import_gift,
        "moodle-xml": import_moodle_xml,
    }
    try:
        imported = importers[args.format](args.file, args.into, lesson=args.lesson)
    except QuestionImportError as error:
        return refused(error.lines)
    for note in imported.notes:
        print(note)
    if not imported.added:
        print(f"no question of {args.file} could be added")
        return 0
    where = imported.lesson_file + (" (new, listed in pack.toml)" if imported.created else "")
    count = f"{len(imported.added)} exercise{'s' if len(imported.added) != 1 else ''}"
    print(f"added {count} to {where}: {', '.join(imported.added)}")
    if imported.images:
        pictures = f"{len(imported.images)} picture{'s' if len(imported.images) != 1 else ''}"
        print(f"added {pictures}: {', '.join(imported.images)}")
    return checked(args.into)


def refused(lines: list[str]) -> int:
    """Say why an import added nothing; its exit status."""
    for line in lines:
        print(line if ": error: " in line else f"closeread: {line}", file=sys.stderr)
    print("closeread: nothing was imported", file=sys.stderr)
    return 1


def checked(folder: str) -> int:
    """Run the checker on the pack ``folder`` an import wrote to; its exit status."""
    from closeread.core.pack.load import load_pack

    result = load_pack(folder)
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
