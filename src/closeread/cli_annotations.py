"""Marks in and out as W3C Web Annotations, from the command line::

    closeread pack export-annotations PACK --exercise LESSON/EXERCISE [--student NAME_OR_ID]
                                      [--out FILE]
    closeread pack import-annotations FILE --into DIR --exercise LESSON/EXERCISE [--replace]

``export-annotations`` writes a marking exercise's key (or, with ``--student``, the marks
of the attempt that counts for that student, from the progress database) as a W3C
annotation collection in JSON-LD; ``import-annotations`` makes such a file the key of a
marking exercise. The profile is docs/annotations.md. Failures a user can cause end in a
plain message and exit status 1. No Qt is imported.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from closeread.cli_lookup import STUDENT_HELP
from closeread.cli_pack import checked, pack_actions, refused


def add_annotation_commands(commands, data_dir_option: Callable[..., None]) -> None:
    """Add both commands under ``closeread pack``."""
    actions = pack_actions(commands, data_dir_option)
    export = actions.add_parser(
        "export-annotations",
        help="write a marking exercise's key, or a student's marks, as W3C annotations",
        description="Check PACK (a folder or archive) and write the key of its marking "
        "exercise LESSON/EXERCISE (or LESSON/ANALOGY/PART) as a W3C Web Annotation "
        "collection (JSON-LD): each passage with a TextQuoteSelector and a "
        "TextPositionSelector, its label as a tagging body. With --student, the marks of "
        "the attempt that counts for that student instead, from the progress database. "
        "Output goes to standard output unless --out is given.",
    )
    export.add_argument("pack", metavar="PACK")
    export.add_argument("--exercise", required=True, metavar="LESSON/EXERCISE")
    export.add_argument("--student", metavar="NAME_OR_ID", help=STUDENT_HELP)
    export.add_argument("--out", metavar="FILE", help="write the annotations to FILE")
    data_dir_option(export, default=argparse.SUPPRESS)
    export.set_defaults(run=_run_export)

    importing = actions.add_parser(
        "import-annotations",
        help="make W3C annotations (from another tool) the key of a marking exercise",
        description="Read the W3C Web Annotations of FILE (a collection, a page, a list or "
        "one annotation, in JSON-LD) and write them as the key of the marking exercise "
        "LESSON/EXERCISE of the pack folder DIR, made when it does not exist. Each "
        "annotation needs a TextQuoteSelector (prefix and suffix tell repeated words apart) "
        "and a tagging body naming one of the labels. If any annotation does not anchor in "
        "the article, nothing is written.",
    )
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("--into", required=True, metavar="DIR", help="the pack folder")
    importing.add_argument("--exercise", required=True, metavar="LESSON/EXERCISE")
    importing.add_argument(
        "--replace", action="store_true", help="replace the exercise's key if it has one"
    )
    data_dir_option(importing, default=argparse.SUPPRESS)
    importing.set_defaults(run=_run_import)


def _fail(message: str) -> int:
    print(f"closeread: {message}", file=sys.stderr)
    return 1


def _run_export(args: argparse.Namespace) -> int:
    from closeread.cli_lookup import NotFound, find_student
    from closeread.core.authoring.annotations import (
        AnnotationError,
        find_mark_exercise,
        key_collection,
        marks_collection,
        student_marks,
    )
    from closeread.core.files.atomic import write_atomic
    from closeread.core.pack.load import load_pack
    from closeread.core.store.errors import StorageError

    result = load_pack(args.pack)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.pack is None:
        return _fail(f"{args.pack} has errors: nothing was exported")
    pack = result.pack
    try:
        target = find_mark_exercise(pack, args.exercise)
        if args.student is None:
            collection = key_collection(pack, target)
        else:
            from closeread.core.store.store import Store

            with Store.open(getattr(args, "data_dir", None), read_only=True) as store:
                student = find_student(store.roster.list_students(), args.student)
                text, marks, created = student_marks(store, pack, target, student)
            collection = marks_collection(pack, target, text, marks, student, created)
    except (AnnotationError, StorageError, NotFound) as error:
        return _fail(str(error))
    data = json.dumps(collection, ensure_ascii=False, indent=2) + "\n"
    if args.out is None:
        sys.stdout.write(data)
        return 0
    try:
        write_atomic(args.out, data.encode("utf-8"))
    except OSError as error:
        return _fail(f"could not write {args.out}: {error.strerror or error}")
    what = "marks" if args.student else "key spans"
    print(f"wrote {args.out}: {collection['total']} {what} of {target.ref} as W3C annotations")
    return 0


def _run_import(args: argparse.Namespace) -> int:
    from closeread.core.authoring.annotation_key import import_annotations
    from closeread.core.authoring.question_import import QuestionImportError

    try:
        imported = import_annotations(args.file, args.into, args.exercise, replace=args.replace)
    except QuestionImportError as error:
        return refused(error.lines)
    spans = f"{len(imported.spans)} key span{'s' if len(imported.spans) != 1 else ''}"
    made = " (a new marking exercise)" if imported.created else ""
    print(f"wrote {spans} to {imported.exercise}{made} in {imported.lesson_file}")
    if imported.replaced:
        print(f"they replace the {imported.replaced} spans the key had")
    if imported.duplicates:
        print(f"{imported.duplicates} annotations repeated a passage and label: left out")
    return checked(args.into)
