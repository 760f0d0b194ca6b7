"""CloseRead's translations: refresh the .ts sources from the code, compile the .qm files.

    python packaging/translations.py update [LANG...]   # every closeread_*.ts (or LANG's)
    python packaging/translations.py compile            # every .ts -> its .qm beside it

``update`` runs ``pyside6-lupdate`` over every Python file of ``src/closeread``: new
strings arrive unfinished, translations of unchanged strings stay, strings the code no
longer has are kept as vanished (Qt Linguist shows them greyed, for reference). A LANG
with no file yet (``fr``, ``pt_BR``) gets a new ``closeread_LANG.ts``. English is
special: ``closeread_en.ts`` holds only the count-dependent strings (``-pluralonly``),
and their English forms are filled in from the source's ``(s)``: "%n attempt(s)" gives
"%n attempt" and "%n attempts"; a source without "(s)" ("%n missed") is both forms.
The script prints each message it fills: when the English needs other forms ("%n
answers wait" gives "%n answer waits"), correct them in Qt Linguist or the file; a
finished message is never touched again, and one with two "(s)" is left to you.

``compile`` runs ``pyside6-lrelease`` on each .ts; the .qm files are committed beside
them (``tests/ui/test_translations.py`` fails when one is stale), so the wheel and the
standalone app carry them as part of ``resources/``. Run both from any folder; they use
the PySide6 tools installed beside this Python. See docs/translating.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "i18n"
SOURCES = ROOT / "src" / "closeread"
PREFIX = "closeread_"


def tool(name: str) -> str:
    """A PySide6 tool (``pyside6-lupdate``): beside this Python first, else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this Python ({sys.executable})")
    return found


def ts_files() -> dict[str, Path]:
    """language -> its .ts file."""
    return {path.stem[len(PREFIX) :]: path for path in sorted(FOLDER.glob(f"{PREFIX}*.ts"))}


def python_files() -> list[str]:
    """The sources lupdate reads, relative to the checkout (the .ts records them so)."""
    return sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))


def lupdate(language: str, ts: Path, *, quiet: bool = False) -> None:
    """Refresh ``ts`` (made if missing) with the strings of the code."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(python_files()) + "\n")
    try:
        command = [tool("pyside6-lupdate"), f"@{listing.name}", "-target-language", language]
        if language == "en":
            command.append("-pluralonly")
        if quiet:
            command.append("-silent")
        subprocess.run([*command, "-ts", str(ts)], cwd=ROOT, check=True)
    finally:
        os.unlink(listing.name)


def english_forms(source: str) -> tuple[str, str] | None:
    """("%n attempt", "%n attempts") for "%n attempt(s)", the source twice when it has no
    "(s)" ("%n missed"); None when it has more than one."""
    if source.count("(s)") > 1:
        return None
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill_english(ts: Path) -> tuple[list[str], list[str]]:
    """Fill the unfinished English forms that follow from "(s)"; the sources filled, and
    those left over."""
    tree = ET.parse(ts)
    filled, left = [], []
    changed = False
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        forms = english_forms(source)
        if forms is None:
            left.append(source)
            continue
        for child in list(translation):
            translation.remove(child)
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
        del translation.attrib["type"]
        filled.append(source)
        changed = True
    if changed:
        ET.indent(tree, "    ")
        with ts.open("wb") as out:
            out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(out, encoding="utf-8", xml_declaration=False)
            out.write(b"\n")
    return filled, left


def lrelease(ts: Path, qm: Path) -> None:
    command = [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    commands = parser.add_subparsers(dest="command", required=True)
    update = commands.add_parser("update", help="refresh the .ts files from the code")
    update.add_argument("languages", nargs="*", metavar="LANG", help="only these (or a new one)")
    commands.add_parser("compile", help="compile every .ts to its .qm")
    args = parser.parse_args(argv)
    files = ts_files()
    if args.command == "update":
        for language in args.languages or list(files):
            ts = files.get(language, FOLDER / f"{PREFIX}{language}.ts")
            lupdate(language, ts)
            if language == "en":
                filled, left = fill_english(ts)
                for source in filled:
                    print(f"  filled, check the English forms: {source}")
                for source in left:
                    print(f"  fill in by hand, in {ts.name}: {source}")
    else:
        for ts in files.values():
            lrelease(ts, ts.with_suffix(".qm"))
            print(f"compiled {ts.with_suffix('.qm').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
