"""Every grade report format, made the same way by the command line and the dashboard.

``closeread report --format KIND`` and the dashboard's Export menu both call
:func:`report_file`, so a teacher gets the same file either way, with the same notes
(who a gradebook export left out, which grades wait for the teacher). The PDF is drawn
by Qt (``closeread.ui.teacher.report_pdf``), which the core may not import: the caller
passes that renderer in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from closeread.core.pack.model import Pack
from closeread.core.report import FORMATS
from closeread.core.report.data import ClassReport, build_report
from closeread.core.report.gradebook import attempts_csv, gradebook, gradebook_csv
from closeread.core.report.lms import LMS_FORMATS, lms_export


@dataclass(frozen=True)
class ReportFile:
    data: bytes
    notes: tuple[str, ...] = ()  # what the teacher should know about it, one line each


def report_file(
    store: Any,
    packs: Sequence[Pack],
    class_name: str | None,
    kind: str,
    *,
    bom: bool = True,
    pdf: Callable[[ClassReport], bytes] | None = None,
) -> ReportFile:
    """The report ``kind`` (one of :data:`FORMATS`) of ``packs``, for one class or all."""
    if kind == "csv":
        return ReportFile(gradebook_csv(gradebook(store, packs, class_name), bom=bom))
    if kind == "csv-long":
        return ReportFile(attempts_csv(store, packs, class_name, bom=bom))
    if kind in LMS_FORMATS:
        export = lms_export(gradebook(store, packs, class_name), kind, bom=bom)
        return ReportFile(export.data, tuple(export.notes()))
    if kind not in FORMATS:
        raise ValueError(f"unknown report format {kind!r}")
    report = build_report(store, packs, class_name)
    if kind == "html":
        from closeread.core.report.html_report import report_html

        return ReportFile(report_html(report).encode("utf-8"))
    if pdf is None:
        raise ValueError("a PDF report needs a PDF renderer")
    return ReportFile(pdf(report))


def report_bytes(
    store: Any,
    packs: Sequence[Pack],
    class_name: str | None,
    kind: str,
    *,
    bom: bool = True,
    pdf: Callable[[ClassReport], bytes] | None = None,
) -> bytes:
    """Only the bytes of :func:`report_file`."""
    return report_file(store, packs, class_name, kind, bom=bom, pdf=pdf).data
