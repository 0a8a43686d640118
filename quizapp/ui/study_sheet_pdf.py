"""The study sheet as a PDF, drawn with Qt's own PDF writer from plain-text blocks.

The document is built with :class:`QTextCursor` inserting **plain** text only (never HTML or
Markdown), so bank text cannot turn into markup or make Qt load a file. Needs a
:class:`QGuiApplication` (for fonts); the ``export-missed`` command creates one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from quizapp.core.study_sheet import TITLE, SheetEntry

#: Point sizes of the title, topic headings, question headings and body text.
_SIZES = {"title": 18.0, "topic": 14.0, "question": 12.0, "body": 10.5}


class _Builder:
    """Appends plain-text blocks with a few character formats."""

    def __init__(self, document: QTextDocument) -> None:
        self.cursor = QTextCursor(document)
        self.first = True

    def block(self, text: str, size: str = "body", *, bold: bool = False, gap: float = 0) -> None:
        block_format = QTextBlockFormat()
        block_format.setTopMargin(gap)
        char_format = QTextCharFormat()
        char_format.setFontPointSize(_SIZES[size])
        char_format.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        if self.first:
            self.cursor.setBlockFormat(block_format)
            self.cursor.setBlockCharFormat(char_format)
            self.first = False
        else:
            self.cursor.insertBlock(block_format, char_format)
        self.cursor.insertText(text, char_format)

    def field(self, label: str, values: Sequence[str]) -> None:
        if len(values) == 1:
            self.labelled(f"{label}: ", values[0])
            return
        self.labelled(f"{label}:", "" if values else " (none)")
        for value in values:
            self.block(f"    \N{BULLET} {value}")

    def labelled(self, label: str, text: str) -> None:
        self.block(label, bold=True, gap=2)
        self.cursor.insertText(text, _plain())


def _plain() -> QTextCharFormat:
    char_format = QTextCharFormat()
    char_format.setFontPointSize(_SIZES["body"])
    char_format.setFontWeight(QFont.Weight.Normal)
    return char_format


def build_document(entries: Sequence[SheetEntry], generated: dt.date) -> QTextDocument:
    """Return the study sheet as a text document of plain-text blocks."""
    document = QTextDocument()
    builder = _Builder(document)
    noun = "question" if len(entries) == 1 else "questions"
    builder.block(TITLE, "title", bold=True)
    builder.block(f"{len(entries)} {noun} missed, as of {generated.isoformat()}.", gap=4)
    topic: str | None = None
    for number, entry in enumerate(entries, start=1):
        if entry.topic_title != topic:
            topic = entry.topic_title
            builder.block(topic, "topic", bold=True, gap=14)
        builder.block(f"Question {number}", "question", bold=True, gap=10)
        builder.block(entry.prompt, gap=2)
        builder.field("Your answer", entry.your_answer)
        if entry.why_wrong:
            builder.field("Why not", entry.why_wrong)
        builder.field("Right answer", entry.correct)
        builder.labelled("Explanation: ", entry.explanation)
        builder.field("Sources", entry.sources)
    return document


def write_pdf(entries: Sequence[SheetEntry], path: Path, generated: dt.date) -> None:
    """Write the study sheet as an A4 PDF; the file is replaced only once complete.

    Args:
        entries: From :func:`quizapp.core.study_sheet.sheet_entries`.
        path: The PDF file to write.
        generated: The date printed under the title.

    Raises:
        RuntimeError: No QGuiApplication exists.
        OSError: The file cannot be written.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("writing a PDF needs a QGuiApplication")
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(b"")  # fails early, with a plain OSError, if the folder is not writable
    try:
        writer = QPdfWriter(str(partial))
        writer.setTitle(TITLE)
        writer.setCreator("QuizApp")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),  # print_() adds its own 2 cm margin
                QPageLayout.Unit.Millimeter,
            )
        )
        document = build_document(entries, generated)
        document.print_(writer)
        del writer  # closes the file
        if partial.stat().st_size == 0:
            raise OSError(f"Qt could not write the PDF {path}")
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
