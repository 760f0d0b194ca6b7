"""The Qt-free core of CloseRead: packs, grading, storage, classwork and reports.

The names below are the API for scripts, kept stable whatever moves inside the rooms::

    from closeread.core import load_pack, grade, score_spans, Span, tokenize

    pack = load_pack("lessons/cyber-threat-oped").pack
    text = tokenize(pack.article.text)
    key, marks = [Span(0, 40, "claim")], [Span(0, 42, "claim")]
    result = score_spans(text, key, marks)  # result.score: 0 to 1

Results files (the offline hand-in): ``parse_results`` reads one from its bytes,
``build_results`` makes one from a progress database and ``write_results`` saves it.

Each name is imported when first used, so ``import closeread.core`` stays cheap for the
app's start-up.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_API = {
    "load_pack": "closeread.core.pack.load",
    "LoadResult": "closeread.core.pack.load",
    "Pack": "closeread.core.pack.model",
    "grade": "closeread.core.grading.grade",
    "Grade": "closeread.core.grading.grade",
    "score_spans": "closeread.core.grading.spans",
    "Span": "closeread.core.grading.spans",
    "tokenize": "closeread.core.grading.spans",
    "parse_results": "closeread.core.classwork.results_file",
    "build_results": "closeread.core.classwork.results_file",
    "write_results": "closeread.core.classwork.results_file",
    "ResultsFile": "closeread.core.classwork.results_file",
    "ResultsError": "closeread.core.classwork.results_file",
}

__all__ = [
    "Grade",
    "LoadResult",
    "Pack",
    "ResultsError",
    "ResultsFile",
    "Span",
    "build_results",
    "grade",
    "load_pack",
    "parse_results",
    "score_spans",
    "tokenize",
    "write_results",
]

if TYPE_CHECKING:
    from closeread.core.classwork.results_file import (
        ResultsError,
        ResultsFile,
        build_results,
        parse_results,
        write_results,
    )
    from closeread.core.grading.grade import Grade, grade
    from closeread.core.grading.spans import Span, score_spans, tokenize
    from closeread.core.pack.load import LoadResult, load_pack
    from closeread.core.pack.model import Pack


def __getattr__(name: str) -> Any:
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'closeread.core' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
