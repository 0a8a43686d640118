"""Saving the study sheet from the app: ask where, then write Markdown or PDF.

The entries come from :mod:`quizapp.core.study_sheet`; Markdown is written atomically with
:func:`quizapp.core.bank_writer.write_text_atomically`, the PDF with Qt's own writer
(:mod:`quizapp.ui.study_sheet_pdf`, imported on first use). A failure is reported in plain
words; a half-written file never replaces an existing one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from quizapp.core.study_sheet import SheetEntry, to_markdown

translate = QCoreApplication.translate

#: Suffix of each format the dialog offers.
SUFFIXES = {"pdf": ".pdf", "md": ".md"}


def ask_target(parent: QWidget | None, folder: Path) -> Path | None:
    """Ask where to save the study sheet; return the file (with a suffix), or None.

    The format follows the file's suffix; a name without one gets the chosen filter's.
    """
    pdf_filter = translate("StudySheetExport", "PDF document (*.pdf)")
    markdown_filter = translate("StudySheetExport", "Markdown text (*.md)")
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        translate("StudySheetExport", "Save study sheet"),
        str(folder / "quizapp-study-sheet.pdf"),
        ";;".join((pdf_filter, markdown_filter)),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in SUFFIXES.values():
        path = path.with_name(path.name + (".md" if chosen == markdown_filter else ".pdf"))
    return path


def write_sheet(entries: Sequence[SheetEntry], path: Path, today: dt.date) -> None:
    """Write the study sheet to ``path`` as Markdown (``.md``) or PDF (anything else).

    Raises:
        OSError: The file could not be written; nothing replaced what was there.
    """
    if path.suffix.lower() == SUFFIXES["md"]:
        from quizapp.core.bank_writer import write_text_atomically

        write_text_atomically(path, to_markdown(entries, today))
    else:
        from quizapp.ui.study_sheet_pdf import write_pdf

        write_pdf(entries, path, today)
