"""``quizapp export-missed``: write a study sheet of the missed questions, as PDF or Markdown.

By default the sheet lists the questions still missed (their latest answer was not fully
right); ``--all`` lists every question ever missed. Each entry gives the prompt, the learner's
answer and why it is wrong, the right answer, the explanation and the sources. The progress
file is opened read-only. Qt is imported only for the PDF (and for the default data folder).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sqlite3
import sys
from pathlib import Path

from quizapp.core.learning_queries import MistakeFilter, mistakes
from quizapp.core.learning_schema import has_learning_tables
from quizapp.core.model import Source
from quizapp.core.store import DB_FILE_NAME, Store
from quizapp.core.store_errors import StoreError
from quizapp.core.study_sheet import SheetEntry, sheet_entries, to_markdown

_ORGANIZATION = "QuizApp"
_APPLICATION = "QuizApp"
_PROGRAM = "quizapp export-missed"


def configure_parser(parser: argparse.ArgumentParser) -> None:
    """Add this command's options."""
    parser.add_argument("--format", choices=("pdf", "md"), required=True, help="output format")
    parser.add_argument(
        "-o", "--output", type=Path, metavar="FILE", required=True, help="file to write"
    )
    parser.add_argument(
        "--all",
        action="store_true",
        help="also list questions answered right since they were missed",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        default=argparse.SUPPRESS,  # keeps a --data-dir given before the command name
        help="folder holding your progress (default: the app's data folder)",
    )


def default_data_dir() -> Path:
    """Return the folder the app keeps progress in (Qt's app data location)."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths  # Qt only when needed

    QCoreApplication.setOrganizationName(_ORGANIZATION)
    QCoreApplication.setApplicationName(_APPLICATION)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def known_sources(data_dir: Path) -> dict[str, Source]:
    """Return the sources of the bundled course and the learner's own banks, by id."""
    from quizapp.core.course import load_course
    from quizapp.core.resources import questions_dir

    paths = [questions_dir()]
    if (data_dir / "questions").is_dir():
        paths.append(data_dir / "questions")
    course = load_course(paths)
    found = dict(course.registries.sources)
    for bank in course.banks:
        for source in bank.sources:
            found.setdefault(source.id, source)
    return found


def read_entries(path: Path, data_dir: Path, *, include_all: bool) -> list[SheetEntry]:
    """Read the missed questions from the progress file at ``path``.

    Raises:
        StoreError: The file is missing, damaged, too new or too old.
        sqlite3.Error: Reading failed.
    """
    from quizapp.core.connection import connect

    Store.open(path, read_only=True).close()  # checks the file and its version
    db = connect(path, read_only=True)
    try:
        if not has_learning_tables(db):
            raise StoreError(f"Open QuizApp once to upgrade the progress file {path}.")
        found = mistakes(db, MistakeFilter(still_missed=not include_all), per_question=True)
    finally:
        db.close()
    return sheet_entries(found, known_sources(data_dir))


def write_markdown(text: str, target: Path) -> None:
    """Write text to ``target``, replacing it only once complete."""
    partial = target.with_name(target.name + ".partial")
    try:
        with open(partial, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def write_pdf(entries: list[SheetEntry], target: Path, generated: dt.date) -> None:
    """Write the PDF, creating a headless QGuiApplication when none exists."""
    if sys.platform == "linux" and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from quizapp.ui.study_sheet_pdf import write_pdf as draw

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0] if sys.argv else "quizapp"])
    draw(entries, target, generated)
    del app


def main(args: argparse.Namespace) -> int:
    """Run the command; return the exit code (0 on success, 1 on any problem)."""
    data_dir: Path | None = getattr(args, "data_dir", None)
    folder = data_dir if data_dir is not None else default_data_dir()
    path = folder / DB_FILE_NAME
    if not path.is_file():
        print(f"{_PROGRAM}: no saved progress in {folder}", file=sys.stderr)
        return 1
    try:
        entries = read_entries(path, folder, include_all=args.all)
    except (StoreError, sqlite3.Error) as error:
        print(f"{_PROGRAM}: cannot read the progress file: {error}", file=sys.stderr)
        return 1
    today = dt.datetime.now().astimezone().date()
    try:
        if args.format == "md":
            write_markdown(to_markdown(entries, today), args.output)
        else:
            write_pdf(entries, args.output, today)
    except OSError as error:
        print(f"{_PROGRAM}: cannot write {args.output}: {error}", file=sys.stderr)
        return 1
    noun = "question" if len(entries) == 1 else "questions"
    print(f"Wrote {len(entries)} {noun} to {args.output}.", file=sys.stderr)
    return 0
