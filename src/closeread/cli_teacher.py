"""The teacher's subcommands of ``closeread``: reports, hand-ins, re-scoring, pack builds.

    closeread report --format csv|csv-long|html|pdf [--pack ID] [--class NAME] [--out FILE]
    closeread results import FILE...
    closeread results export --student NAME_OR_ID --pack ID [--out FILE]
    closeread results send | xapi ...            (xAPI: see closeread.cli_xapi)
    closeread rescore PACK [--yes] [--replace]
    closeread pack build PACK [--assessment] [--out FILE]

Nothing here imports Qt, except ``report --format pdf``. Every failure a user can
cause ends in a plain message on stderr and exit status 1, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from closeread.cli_lookup import STUDENT_HELP
from closeread.cli_xapi import add_xapi_commands
from closeread.core.report import FORMATS

if TYPE_CHECKING:
    from closeread.core.report.data import ClassReport

EXIT_FAILED = 1


class Failure(Exception):
    """A plain message for stderr; the command exits with status 1."""


def add_teacher_commands(commands, data_dir_option: Callable[..., None]) -> None:
    """Add the subcommands to ``commands`` (the main parser's subparsers)."""
    report = commands.add_parser(
        "report",
        help="grade report from the progress database (CSV, HTML or PDF)",
        description="Grade report from the progress database: csv (one row per student, a "
        "column per lesson and the total), csv-long (one row per attempt), moodle (points "
        "per lesson for Moodle's gradebook import, matched on the student id), lms-csv "
        "(points per lesson for any other platform), html or pdf (class summary with "
        "charts, then a page per student). Output goes to standard output unless --out is "
        "given; a PDF is not written to a terminal.",
    )
    report.add_argument("--format", required=True, choices=FORMATS)
    report.add_argument(
        "--pack", metavar="ID", help="only this pack (default: every pack with work)"
    )
    report.add_argument("--class", dest="class_name", metavar="NAME", help="only this class")
    report.add_argument("--out", metavar="FILE", help="write the report to FILE")
    report.add_argument(
        "--no-bom",
        action="store_true",
        help="CSV without the byte order mark Excel needs to read UTF-8 (for LMS importers)",
    )
    data_dir_option(report, default=argparse.SUPPRESS)
    report.set_defaults(run=_guarded(_run_report))

    results = commands.add_parser(
        "results",
        help="import or export offline hand-ins (results files)",
        description="Offline hand-ins: 'import' scores results files with this CloseRead's "
        "own keys; 'export' writes one student's results file for a pack.",
    )
    data_dir_option(results, default=argparse.SUPPRESS)
    actions = results.add_subparsers(dest="action", metavar="ACTION", required=True)
    importing = actions.add_parser(
        "import",
        help="import results files",
        description="Import results files. Prints one line per file: imported, skipped "
        "(already imported) or refused with the reason; exits 1 if any file was refused.",
    )
    importing.add_argument("files", nargs="+", metavar="FILE")
    data_dir_option(importing, default=argparse.SUPPRESS)
    importing.set_defaults(run=_guarded(_run_import))
    exporting = actions.add_parser(
        "export",
        help="write a student's results file",
        description="Write one student's results file for a pack: every checked answer, "
        "with times and hints (drafts are not handed in).",
    )
    exporting.add_argument("--student", required=True, metavar="NAME_OR_ID", help=STUDENT_HELP)
    exporting.add_argument("--pack", required=True, metavar="ID")
    exporting.add_argument("--out", metavar="FILE")
    data_dir_option(exporting, default=argparse.SUPPRESS)
    exporting.set_defaults(run=_guarded(_run_export))
    add_xapi_commands(actions, data_dir_option, _guarded)

    rescore = commands.add_parser(
        "rescore",
        help="score every attempt at a pack again with a (new) version's key",
        description="Re-score every saved attempt at a pack with PACK's key (a pack folder "
        "or archive, installed first if it is new, or the id of an installed pack). "
        "First prints what will change: the version students will see from then on and "
        "what differs in it, and per exercise how many attempts change score; then asks "
        "(or needs --yes when standard input is not a terminal). Teacher overrides stay "
        "and still count.",
    )
    rescore.add_argument("pack", metavar="PACK")
    rescore.add_argument(
        "-y",
        "--yes",
        action="store_true",
        help="install and save without asking (for scripts: without it, a re-score that "
        "is not run on a terminal changes nothing)",
    )
    rescore.add_argument(
        "--replace",
        action="store_true",
        help="install PACK even when it takes the place of the bundled pack or of an "
        "installed pack by another author or source (refused without it)",
    )
    data_dir_option(rescore, default=argparse.SUPPRESS)
    rescore.set_defaults(run=_guarded(_run_rescore))

    pack = commands.add_parser("pack", help="build a pack archive to hand out")
    data_dir_option(pack, default=argparse.SUPPRESS)
    pack_actions = pack.add_subparsers(dest="action", metavar="ACTION", required=True)
    build = pack_actions.add_parser(
        "build",
        help="zip a checked pack into a .crpack (with --assessment: without its keys)",
        description="Check PACK and write it as one .crpack archive. With --assessment, "
        "write the assessment edition: no answer keys, explanations or teacher notes; "
        "students get no feedback until the teacher imports and scores their hand-in.",
    )
    build.add_argument("pack", metavar="PACK")
    build.add_argument("--assessment", action="store_true")
    build.add_argument("--out", metavar="FILE")
    data_dir_option(build, default=argparse.SUPPRESS)
    build.set_defaults(run=_guarded(_run_build))


def _guarded(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """``run``, with known failures turned into one plain line on stderr."""

    def guarded(args: argparse.Namespace) -> int:
        from closeread.core.store.errors import StorageError

        try:
            return run(args)
        except (Failure, StorageError) as error:
            _error(str(error))
        except OSError as error:
            where = f"{error.filename}: " if error.filename else ""
            _error(f"{where}{error.strerror or error}")
        return EXIT_FAILED

    return guarded


def _error(message: str) -> None:
    print(f"closeread: {message}", file=sys.stderr)


# -- report --------------------------------------------------------------------------------


def _run_report(args: argparse.Namespace) -> int:
    from closeread.core.report.formats import report_file

    pdf: Callable[[ClassReport], bytes] | None = None
    if args.format == "pdf":
        if not args.out and sys.stdout.isatty():
            raise Failure(
                "a PDF is binary and would garble the terminal: give --out FILE "
                "(for example --out report.pdf), or redirect it (> report.pdf)"
            )
        from closeread.ui.teacher.report_pdf import report_pdf

        pdf = report_pdf
    with _open_store(args, read_only=True) as store:
        if args.class_name is not None:
            _check_class(store, args.class_name)
        packs = _report_packs(store, args)
        made = report_file(store, packs, args.class_name, args.format, bom=not args.no_bom, pdf=pdf)
    _emit(made.data, args.out)
    for note in made.notes:
        print(f"note: {note}", file=sys.stderr)
    return 0


def _report_packs(store, args: argparse.Namespace):
    from closeread.core.library.installed import known_packs

    known = known_packs(store, store.data_dir)
    wanted = [args.pack] if args.pack else store.reports.pack_ids_with_attempts()
    if not wanted:
        raise Failure(f"no work has been saved in {store.data_dir} yet: nothing to report")
    packs = []
    for pack_id in wanted:
        pack = known.newest(pack_id)
        if pack is None:
            message = f'the pack "{pack_id}" is not installed here (with its key)'
            if args.pack:
                raise Failure(f"{message}; installed: {', '.join(known.ids()) or 'none'}")
            _error(f"{message}: its work is left out of the report")
            continue
        packs.append(pack)
    if not packs:
        raise Failure("none of the packs with saved work is installed here: nothing to report")
    return packs


def _emit(data: bytes, out: str | None) -> None:
    if out:
        from closeread.core.files.atomic import write_atomic

        write_atomic(out, data)
        print(f"wrote {out}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


# -- results ---------------------------------------------------------------------------------


def _run_import(args: argparse.Namespace) -> int:
    from closeread.core.classwork.results_import import import_results
    from closeread.core.library.installed import known_packs

    with _open_store(args) as store:
        known = known_packs(store, store.data_dir)
        refused = False
        for report in import_results(store, args.files, known.packs):
            print(report)
            refused = refused or report.outcome == "refused"
    return EXIT_FAILED if refused else 0


def _run_export(args: argparse.Namespace) -> int:
    from closeread.core.classwork.results_file import build_results, suggested_name, write_results
    from closeread.core.library.installed import known_packs

    with _open_store(args, read_only=True) as store:
        student = _find_student(store, args.student)
        known = known_packs(store, store.data_dir)
        copies = [pack for pack in known.packs if pack.id == args.pack]
        if not copies:
            raise Failure(f'the pack "{args.pack}" is not installed here')
        used: dict[str, int] = {}
        for attempt in store.work.list_attempts(student_id=student.id, pack_id=args.pack):
            used[attempt.content_hash] = used.get(attempt.content_hash, 0) + 1
        pack = max(copies, key=lambda p: used.get(p.content_hash, 0))
        export = build_results(store, student.id, pack)
    out = args.out or suggested_name(student.name, pack)
    write_results(out, export.data)
    print(f"wrote {out}: {export.attempts} attempts by {student.name} at {pack.id} {pack.version}")
    if export.left_out:
        print(
            f"note: {export.left_out} attempts made with another copy of the pack were left out",
            file=sys.stderr,
        )
    return 0


def _find_student(store, wanted: str):
    from closeread.cli_lookup import NotFound, find_student

    try:
        return find_student(store.roster.list_students(), wanted)
    except NotFound as error:
        raise Failure(str(error)) from None


def _check_class(store, wanted: str) -> None:
    from closeread.cli_lookup import NotFound, check_class

    try:
        check_class(store.roster.list_students(), wanted)
    except NotFound as error:
        raise Failure(str(error)) from None


# -- rescore ---------------------------------------------------------------------------------


def _run_rescore(args: argparse.Namespace) -> int:
    from closeread.cli_rescore import RescoreFailure, run_rescore

    with _open_store(args) as store:
        try:
            return run_rescore(store, args)
        except RescoreFailure as error:
            raise Failure(str(error)) from None


# -- pack build ------------------------------------------------------------------------------


def _run_build(args: argparse.Namespace) -> int:
    from closeread.core.files.atomic import write_atomic
    from closeread.core.library.archive import BuildError, build_pack, default_name
    from closeread.core.pack.load import PackError

    try:
        built = build_pack(args.pack, assessment=args.assessment)
    except PackError as error:
        for problem in error.problems:
            print(problem)
        raise Failure(f"{args.pack} has errors: nothing was built") from None
    except BuildError as error:
        for problem in error.problems:
            print(problem)
        raise Failure(str(error)) from None
    for problem in built.problems:
        print(problem)
    out = args.out or default_name(built.pack, args.assessment)
    write_atomic(out, built.archive)
    edition = "assessment edition" if args.assessment else "pack"
    print(
        f"wrote {out}: {edition} {built.pack.id} {built.pack.version} "
        f"(content hash {built.content_hash[:12]}…)"
    )
    return 0


# -- pieces ----------------------------------------------------------------------------------


def _open_store(args: argparse.Namespace, *, read_only: bool = False):
    from closeread.core.store.store import Store

    return Store.open(getattr(args, "data_dir", None), read_only=read_only)
