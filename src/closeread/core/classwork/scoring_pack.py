"""Which of the teacher's packs scores a hand-in.

A results file names its pack by id, version and content hash. The teacher may have
several versions installed, and a student may have worked on the assessment edition
(no key) of one of them: then the full copy whose assessment edition has that hash
scores it. Anything else is refused with what the teacher can do about it.
"""

from __future__ import annotations

from collections.abc import Sequence

from closeread.core.classwork.results_file import ResultsFile
from closeread.core.library.archive import assessment_hash
from closeread.core.pack.model import Pack


class NoScoringPack(Exception):
    """No pack installed here can score the file; the message says why."""


def scoring_pack(results: ResultsFile, packs: Sequence[Pack]) -> tuple[Pack, bool]:
    """The teacher's full pack to score ``results`` with, and whether the student worked
    on its assessment edition; :class:`NoScoringPack` with the reason when there is none."""
    ref = results.pack
    same_id = [pack for pack in packs if pack.id == ref.id]
    if not same_id:
        raise NoScoringPack(
            f'it is for the pack "{ref.id}" (version {ref.version}), which is not installed '
            "here: install that pack first"
        )
    same_version = [pack for pack in same_id if pack.version == ref.version]
    if not same_version:
        installed = ", ".join(sorted({pack.version for pack in same_id}))
        raise NoScoringPack(
            f'it is for version {ref.version} of the pack "{ref.id}"; installed here: '
            f"version {installed}. Install version {ref.version} to import it"
        )
    full = [pack for pack in same_version if pack.edition == "full"]
    for pack in full:
        if pack.content_hash == ref.content_hash:
            return pack, False
    for pack in full:
        try:
            if assessment_hash(pack) == ref.content_hash:
                return pack, True
        except (OSError, KeyError, ValueError):
            continue  # the installed copy cannot be read again: it matches nothing
    if not full:
        raise NoScoringPack(
            f'only the assessment edition of "{ref.id}" {ref.version} is installed here; '
            "install the full pack (with its key) to score hand-ins"
        )
    installed = ", ".join(pack.content_hash[:12] for pack in full)
    raise NoScoringPack(
        f'it was made with a copy of "{ref.id}" {ref.version} whose content differs from '
        f"the one installed here (content hash {ref.content_hash[:12]}…, installed "
        f"{installed}…): the pack was changed without a new version number"
    )
