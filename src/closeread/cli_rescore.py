"""``closeread rescore PACK [--yes] [--replace]``: re-score, after saying what will change.

PACK is a pack folder or archive (checked and staged, installed only once the teacher
agrees) or the id of an installed pack. Nothing is written until the teacher has seen
what will change: which version students will see from then on and what differs in it
(a retitled exercise, a reworded prompt), and, exercise by exercise, how many attempts
change score. On a terminal the command asks; with standard input not a terminal (a
script, a pipe) it needs ``--yes``, and without it refuses and changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from closeread.core.classwork.rescore import RescoreError, RescoreReport


class RescoreFailure(Exception):
    """A plain message for stderr; the command exits with status 1."""


def run_rescore(store, args: argparse.Namespace) -> int:
    from closeread.core.classwork.rescore_plan import plan_lines, plan_rescore, save_scores
    from closeread.core.library.install import commit_pack, discard
    from closeread.core.library.installed import known_packs

    known = known_packs(store, store.data_dir)
    staged = _stage(store, args.pack, args.replace) if Path(args.pack).exists() else None
    try:
        if staged is not None:
            pack, installs = staged.pack, not staged.already
        else:
            found = known.newest(args.pack)
            if found is None:
                raise RescoreFailure(
                    f'"{args.pack}" is neither a pack folder or archive nor an installed pack id'
                )
            pack, installs = found, False
        try:
            plan = plan_rescore(
                store,
                pack,
                installed=known.packs,
                shown_now=known.newest(pack.id, full=False),
                installs=installs,
            )
        except RescoreError as error:
            raise RescoreFailure(str(error)) from None
        print(f"What re-scoring {pack.id} with version {pack.version} changes:")
        for line in plan_lines(plan):
            print(line)
        if not plan.changes_anything:
            print("Nothing to change: no score moves, and students keep the copy they have.")
            return 0
        _confirm(plan.installs, bool(plan.scores), args.yes)
        if staged is not None and installs:
            installed = commit_pack(staged, store, replace=args.replace)
            staged = None
            print(f"installed {installed.pack.id} {installed.pack.version} in {installed.location}")
        save_scores(store, plan)
    finally:
        if staged is not None:
            discard(staged)
    _print_report(plan.report)
    return 0


def _stage(store, given: str, replace: bool):
    """``given`` checked and copied into the staging area; not installed yet."""
    from closeread.core.library.install import (
        InstallError,
        NeedsConfirmation,
        discard,
        stage_pack,
    )
    from closeread.core.library.replacing import displaced_pack

    try:
        staged = stage_pack(given, store.data_dir)
    except InstallError as error:
        for problem in error.problems:
            print(problem)
        raise RescoreFailure(str(error)) from None
    displaced = (
        None if staged.already or replace else displaced_pack(staged.pack, store, store.data_dir)
    )
    if displaced is not None:
        discard(staged)
        refused = NeedsConfirmation(staged.pack, displaced.pack, displaced.bundled)
        raise RescoreFailure(f"{refused} Run the command again with --replace to replace it.")
    return staged


def _confirm(installs: bool, scores: bool, yes: bool) -> None:
    """Go on when the teacher says so (``--yes``, or "y" at the prompt); else refuse."""
    what = " and ".join(
        part
        for part, wanted in (("install the new version", installs), ("save the new scores", scores))
        if wanted
    )
    if yes:
        return
    if not sys.stdin.isatty():
        raise RescoreFailure(
            f"nothing was changed: run the command again with --yes to {what} (standard "
            "input is not a terminal, so CloseRead cannot ask)"
        )
    seen = " and ".join(
        part
        for part, wanted in (("the new version", installs), ("the new scores", scores))
        if wanted
    )
    try:
        answer = input(f"{what[0].upper()}{what[1:]}? Students will see {seen}. [y/N] ")
    except EOFError:
        answer = ""
    if answer.strip().casefold() not in ("y", "yes"):
        raise RescoreFailure("nothing was changed")


def _print_report(report: RescoreReport) -> None:
    print(
        f"re-scored {report.attempts} attempts at {report.pack_id} with version "
        f"{report.version}: {len(report.changes)} changed, {report.unchanged} unchanged, "
        f"{len(report.skipped)} left as they were"
    )
    for change in report.changes:
        print(f"  {change}")
    for skipped in report.skipped:
        print(
            f"  left alone: attempt {skipped.attempt_id} at "
            f"{skipped.lesson_id}/{skipped.exercise_id}: {skipped.reason}"
        )
    if report.unverified:
        print(
            f"note: {report.unverified} attempts were made with a copy of the pack that is not "
            "installed; they were re-scored assuming its text and options are unchanged"
        )
