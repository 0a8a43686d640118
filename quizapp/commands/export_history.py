"""``quizapp export-history``: write every answered question as CSV or JSON.

The progress file is opened read-only, so exporting never changes it, even while the app runs.
Each row holds the quiz id, question number, time answered (ISO 8601, UTC), question id,
topic, prompt, the choices picked and the right ones (as the learner saw them), and points.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import sqlite3
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from quizapp.core.store import DB_FILE_NAME, Store
from quizapp.core.store_errors import StoreError
from quizapp.core.store_records import AnswerRecord

#: Columns of the CSV output, and keys of each JSON answer, in order.
FIELDS = (
    "quiz_id",
    "question_number",
    "answered_at",
    "question_id",
    "topic",
    "topic_title",
    "prompt",
    "picked",
    "correct",
    "points",
    "outcome",
    "confidence",
    "seconds",
    "quiz_state",
)
#: Version of the JSON layout.
JSON_FORMAT = 1
#: Joins several choice texts in one CSV cell (JSON keeps lists).
CSV_SEPARATOR = " | "
#: A spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ORGANIZATION = "QuizApp"
_APPLICATION = "QuizApp"


def configure_parser(parser: argparse.ArgumentParser) -> None:
    """Add this command's options."""
    parser.add_argument("--format", choices=("csv", "json"), required=True, help="output format")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="write to FILE (replaced only once complete) instead of standard output",
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


def _iso(record: AnswerRecord) -> str:
    return record.answered_at.isoformat(timespec="seconds").replace("+00:00", "Z")


def as_dict(record: AnswerRecord) -> dict[str, Any]:
    """Return one answer as a JSON-ready dict with the keys of :data:`FIELDS`."""
    return {
        "quiz_id": record.quiz_id,
        "question_number": record.position + 1,
        "answered_at": _iso(record),
        "question_id": record.question_id,
        "topic": record.topic,
        "topic_title": record.topic_title,
        "prompt": record.prompt,
        "picked": list(record.picked),
        "correct": list(record.correct),
        "points": record.points,
        "outcome": record.outcome.value,
        "confidence": None if record.confidence is None else record.confidence.value,
        "seconds": record.seconds,
        "quiz_state": record.quiz_state,
    }


def _cell(value: object) -> object:
    if isinstance(value, list):
        value = CSV_SEPARATOR.join(value)
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value  # shown as text, never run as a spreadsheet formula
    return value


def write_csv(records: Iterable[AnswerRecord], out: IO[str]) -> int:
    """Write answers as CSV with a header row; return how many were written."""
    writer = csv.writer(out)
    writer.writerow(FIELDS)
    count = 0
    for record in records:
        row = as_dict(record)
        writer.writerow([_cell(row[name]) for name in FIELDS])
        count += 1
    return count


def write_json(records: Iterable[AnswerRecord], out: IO[str]) -> int:
    """Write answers as one JSON object ``{"format": 1, "answers": [...]}``; return the count."""
    out.write(f'{{"format": {JSON_FORMAT}, "answers": [')
    count = 0
    for record in records:
        out.write(",\n  " if count else "\n  ")
        out.write(json.dumps(as_dict(record), ensure_ascii=False))
        count += 1
    out.write("\n]}\n" if count else "]}\n")
    return count


@contextlib.contextmanager
def _output(target: Path | None, fmt: str) -> Iterator[IO[str]]:
    if target is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    partial = target.with_name(target.name + ".partial")
    # A BOM lets spreadsheet programs read the CSV as UTF-8.
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    try:
        with open(partial, "w", encoding=encoding, newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def main(args: argparse.Namespace) -> int:
    """Run the command; return the exit code (0 on success, 1 on any problem)."""
    data_dir: Path | None = getattr(args, "data_dir", None)
    folder = data_dir if data_dir is not None else default_data_dir()
    path = folder / DB_FILE_NAME
    if not path.is_file():
        print(f"quizapp export-history: no saved progress in {folder}", file=sys.stderr)
        return 1
    try:
        store = Store.open(path, read_only=True)
    except StoreError as error:
        print(f"quizapp export-history: {error}", file=sys.stderr)
        return 1
    writer = write_csv if args.format == "csv" else write_json
    try:
        with _output(args.output, args.format) as out:
            count = writer(store.answers(), out)
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as error:
        print(f"quizapp export-history: cannot write {args.output}: {error}", file=sys.stderr)
        return 1
    except (StoreError, sqlite3.Error) as error:
        print(f"quizapp export-history: cannot read the progress file: {error}", file=sys.stderr)
        return 1
    finally:
        store.close()
    if args.output is not None:
        print(f"Wrote {count} answers to {args.output}.", file=sys.stderr)
    return 0
