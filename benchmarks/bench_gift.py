"""How long importing a quiz file takes, as it grows: 1,000, 2,000 and 5,000 questions,
in GIFT and in Moodle XML.

Issue 17 measured GIFT at 4.7 s, 17.7 s and 188 s (each exercise added re-read every
exercise before it); the first Moodle XML importer, on its own branch, took 2.4 s for
1,000 and 9.1 s for 2,000 (it added each exercise through tomlkit). Budget: 5,000 GIFT
questions in under 2 s, and time that grows in proportion to the number of questions,
for both formats (they share one path: closeread.core.authoring.question_import). The questions mix
every kind CloseRead imports (multiple choice with feedback and shares, multiple
answers, true/false, short answers, matching, missing words, essays) with titles,
format tags and general feedback. The Moodle XML file is those questions imported into
the test minipack and exported again (``closeread pack export-questions --format
moodle-xml``), so it holds Markdown texts and essays with their rubric as the
information for graders, and the minipack's own three questions besides. Each run
imports into a fresh copy of the test minipack, into a lesson of its own, and is checked
before it is written, as ``closeread pack import-gift`` and ``import-moodle-xml`` do.
The command's own run, with the checker it runs afterwards on the whole pack, is timed
once for the largest GIFT file.

    .venv/bin/python benchmarks/bench_gift.py [--runs N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from closeread.core.authoring.gift_import import import_gift
from closeread.core.authoring.moodle_export import export_moodle_xml
from closeread.core.authoring.moodle_import import import_moodle_xml
from closeread.core.authoring.question_import import QuizImport
from closeread.core.pack.load import require_pack

MINIPACK = Path(__file__).parent.parent / "tests" / "core" / "fixtures" / "minipack"
SIZES = (1_000, 2_000, 5_000)
BUDGET_S = 2.0
KINDS = (
    "::Choice {n}:: Which is the claim in paragraph {n}? {{\n"
    "\t=The first sentence#Yes: it states a position.\n\t~The second#It supports it.\n"
    "\t~%50%Both#Half right.\n\t####Claims state positions.\n}}",
    "::Several {n}::[markdown] Pick **all** the evidence in part {n}. {{\n"
    "\t~%50%The survey\n\t~%50%The figures\n\t~%-100%The comparison#An *analogy*.\n}}",
    "::True or false {n}:: The author names a source in part {n}.{{TRUE#Look again.#Yes.}}",
    "::Short {n}:: Which words signal the comparison in part {n}? {{=akin to =like}}",
    "::Pairs {n}:: Match each piece of evidence to its claim. {{\n"
    "\t=Survey {n} -> Cats calm people\n\t=Walks {n} -> Dogs need work\n\t= -> Cities\n}}",
    "::Missing {n}:: The author calls China a major {{=victim ~threat}} in part {n}.",
    "::Essay {n}::[html]<p>Write what you think of the analogy in part {n}.</p>{{}}",
)


def gift_file(count: int) -> str:
    return "\n\n".join(KINDS[n % len(KINDS)].format(n=n) for n in range(count)) + "\n"


def time_import(
    importer: Callable[..., QuizImport], quiz: Path, folder: Path, runs: int
) -> tuple[float, int]:
    times, added = [], 0
    for _ in range(runs):
        pack = Path(shutil.copytree(MINIPACK, Path(tempfile.mkdtemp(dir=folder)) / "pack"))
        start = time.perf_counter()
        imported = importer(quiz, pack, lesson="lessons/bench.toml")
        times.append(time.perf_counter() - start)
        added = len(imported.added)
    return statistics.median(times), added


def moodle_xml_file(gift: Path, folder: Path) -> Path:
    """The questions of ``gift`` as Moodle XML, as CloseRead exports them."""
    pack = Path(shutil.copytree(MINIPACK, folder / f"pack-export-{gift.stem}"))
    import_gift(gift, pack, lesson="lessons/bench.toml")
    xml = folder / f"{gift.stem}.xml"
    xml.write_bytes(export_moodle_xml(require_pack(pack)).data)
    return xml


def measure(name: str, importer: Callable[..., QuizImport], files: dict[int, Path], runs: int):
    folder = next(iter(files.values())).parent
    time_import(importer, files[min(files)], folder, 1)  # modules imported once, as in a process
    results = {}
    for count, quiz in files.items():
        seconds, added = time_import(importer, quiz, folder, runs)
        results[count] = seconds
        print(
            f"{name}, {count:>5,} questions: {seconds:6.2f} s median of {runs} "
            f"({seconds / count * 1e6:4.0f} µs a question, {added:,} exercises added)"
        )
    ratio = results[SIZES[-1]] / results[SIZES[0]]
    verdict = "met" if results[SIZES[-1]] < BUDGET_S else "MISSED"
    print(
        f"{name}, 5,000 against 1,000: {ratio:.1f}× the time for 5× the questions; "
        f"budget {BUDGET_S:.0f} s: {verdict}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        gifts = {}
        for count in SIZES:
            gifts[count] = folder / f"q{count}.gift"
            gifts[count].write_text(gift_file(count), encoding="utf-8")
        xmls = {count: moodle_xml_file(gift, folder) for count, gift in gifts.items()}
        measure("GIFT", import_gift, gifts, runs)
        measure("Moodle XML", import_moodle_xml, xmls, runs)
        pack = Path(shutil.copytree(MINIPACK, folder / "pack-cli"))
        command = [sys.executable, "-m", "closeread", "pack", "import-gift"]
        command += [str(gifts[SIZES[-1]]), "--into", str(pack)]
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        print(
            f"closeread pack import-gift, {SIZES[-1]:,} questions, whole process with the "
            f"checker's run afterwards: {time.perf_counter() - start:.2f} s "
            f"(exit status {done.returncode})"
        )


if __name__ == "__main__":
    main()
