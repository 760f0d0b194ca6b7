"""The ``closeread`` command: the app with no arguments, subcommands for the rest.

Qt is imported only when a window is wanted, so ``closeread check`` and the other
subcommands start fast and run where there is no screen.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

import closeread

if TYPE_CHECKING:  # argparse is imported when a command line is parsed, not to open the app
    import argparse


def _data_dir_option(parser: argparse.ArgumentParser, *, default: object) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="keep the progress database and imported packs in DIR "
        "(default: $CLOSEREAD_DATA_DIR, else the usual place for app data)",
    )


def _language(text: str) -> str:
    """``--lang``'s value: a language CloseRead speaks, or a plain message."""
    import argparse

    from closeread.core.i18n import LANGUAGES, SYSTEM, language_code

    code = language_code(text)
    if code is None:
        known = ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())
        raise argparse.ArgumentTypeError(
            f"CloseRead has no {text!r} interface; choose {known}, or {SYSTEM}"
        )
    return code


def build_parser() -> argparse.ArgumentParser:
    import argparse

    from closeread.cli_annotations import add_annotation_commands
    from closeread.cli_pack import add_pack_commands
    from closeread.cli_teacher import add_teacher_commands

    class _VersionAction(argparse.Action):
        """``--version``, reading the version only when asked (importlib.metadata is slow)."""

        def __call__(self, parser, namespace, values, option_string=None) -> None:
            print(f"CloseRead {closeread.__version__}")
            parser.exit()

    parser = argparse.ArgumentParser(
        prog="closeread",
        usage="%(prog)s [-h] [--version] [--data-dir DIR] [--lang LANG] [PACK | COMMAND ...]",
        description="CloseRead: critical-reading exercises. With no command, opens the app; "
        "with a PACK (a pack folder or .zip archive), checks and installs it and opens it.",
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0)
    _data_dir_option(parser, default=None)
    parser.add_argument(
        "--lang",
        metavar="LANG",
        type=_language,
        help="the window's language for this run: en, es, zh_CN, or system "
        "(default: as View > Language says, else the system's language)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    # Each subcommand accepts --data-dir too, so it may stand before or after the name;
    # SUPPRESS keeps a value given before the name from being reset to the default.
    check = commands.add_parser(
        "check",
        help="check lesson packs (folders or archives) and print every problem",
        description="Check lesson packs. Prints one line per problem, "
        "PATH:LINE:COL: error|warning: message, then for each pack without errors a "
        "summary, PATH: ok, N lessons, N exercises; exits 1 when any pack has an error.",
    )
    check.add_argument("packs", nargs="+", metavar="PACK")
    check.add_argument(
        "-q", "--quiet", action="store_true", help="print only the problems (for scripts)"
    )
    _data_dir_option(check, default=argparse.SUPPRESS)
    check.set_defaults(run=_run_check)
    add_teacher_commands(commands, _data_dir_option)
    add_pack_commands(commands, _data_dir_option)  # after the teacher's: it adds to 'pack'
    add_annotation_commands(commands, _data_dir_option)
    return parser


def _run_check(args: argparse.Namespace) -> int:
    from closeread.core.authoring.validity import check_pack, check_summary

    failed = False
    for path in args.packs:
        result = check_pack(path)
        for problem in result.problems:
            print(problem)
        failed = failed or not result.ok
        if result.pack is not None and not args.quiet:
            print(check_summary(path, result))
    return 1 if failed else 0


def _split_pack(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[list[str], str | None]:
    """Take a pack path out of ``argv`` when the first word is not a command's name."""
    commands: set[str] = set()
    for action in parser._subparsers._group_actions if parser._subparsers else ():
        commands.update(getattr(action, "choices", None) or ())
    index = 0
    while index < len(argv):
        word = argv[index]
        if word == "--":
            rest = argv[index + 1 :]
            return (argv[:index], rest[0]) if len(rest) == 1 else (argv, None)
        if word in ("--data-dir", "--lang"):
            index += 2
            continue
        if word.startswith("-"):
            index += 1
            continue
        if word in commands:
            return argv, None
        return argv[:index] + argv[index + 1 :], word
    return argv, None


def _only_the_app(argv: list[str]) -> tuple[bool, str | None]:
    """Whether ``argv`` just opens the app (nothing, or ``--data-dir DIR``), and the DIR.

    The window then opens without building the whole command line (the subcommands'
    modules take a while to import, and the student waits for the window).
    """
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--data-dir" and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--data-dir=") and len(argv[0]) > 11:
        return True, argv[0].split("=", 1)[1]
    return False, None


def _open_the_app(**options: str | None) -> int:
    """Run the window, with Python's cyclic garbage collector paused while it opens.

    Opening creates a few hundred thousand objects that live as long as the app (its
    modules, classes, Qt's enums); collecting among them while they are made took
    about 15 ms of the start and finds nothing to free. The app resumes collecting
    once the window is ready (``closeread.ui.shell.app``), and at the latest here."""
    was_collecting = gc.isenabled()
    gc.disable()
    try:
        from closeread.ui.shell.app import run_app

        return run_app(**options)
    finally:
        if was_collecting:
            gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    only_app, data_dir = _only_the_app(argv)
    if only_app:
        return _open_the_app(data_dir=data_dir)
    parser = build_parser()
    argv, pack = _split_pack(parser, argv)
    args = parser.parse_args(argv)
    if args.command is None:
        return _open_the_app(data_dir=args.data_dir, pack=pack, language=args.lang)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
