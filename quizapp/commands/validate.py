"""``quizapp validate PATH...``: check bank files and folders, print every problem.

Output, one finding a line: ``file:line:col: message [question id / key path]``, then a summary.
``--format json`` prints the same as one JSON document. Exit status: 0 when every file is
valid (warnings allowed), 1 when any has an error, 2 for a usage error (such as a path that
does not exist). No traceback ever reaches the user.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from quizapp.core.findings import escape_unprintable
from quizapp.core.resources import assets_dir, questions_dir
from quizapp.core.validation import ValidationReport, expand_paths, validate_paths

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def configure_parser(parser: argparse.ArgumentParser) -> None:
    """Add the command's arguments."""
    parser.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="PATH",
        help="bank files, registry files (sources.toml, misconceptions.toml, glossary.toml) "
        "or folders holding them",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="how to print the findings (default: text, one per line)",
    )


def main(args: argparse.Namespace) -> int:
    """Run the command; return the exit status."""
    out = _safe_stream(sys.stdout)
    paths: list[Path] = list(args.paths)
    missing = [path for path in paths if not (path.exists() or path.is_symlink())]
    if missing:
        for path in missing:
            _safe_stream(sys.stderr).write(
                f"quizapp validate: no such file or folder: {escape_unprintable(str(path))}\n"
            )
        return EXIT_USAGE
    registries, banks = expand_paths(paths)
    if not registries and not banks:
        _safe_stream(sys.stderr).write("quizapp validate: no .toml files to check\n")
        return EXIT_USAGE
    report = validate_paths(paths, bundled=questions_dir(), asset_roots=(assets_dir(),))
    if args.format == "json":
        json.dump(report_json(report), out, indent=2)
        out.write("\n")
    else:
        write_text(report, out)
    out.flush()
    return EXIT_OK if report.ok else EXIT_INVALID


def write_text(report: ValidationReport, out: TextIO) -> None:
    """Print every finding, one a line, then the summary line."""
    for finding in report.findings():
        out.write(f"{finding}\n")
    out.write(summary(report) + "\n")


def summary(report: ValidationReport) -> str:
    """Return the one-line summary of a report."""
    files = len(report.files)
    invalid = sum(1 for file in report.files if file.errors)
    errors = sum(file.errors for file in report.files)
    warnings = sum(file.warnings for file in report.files)
    questions = sum(file.questions for file in report.files)
    verdict = "all valid" if not invalid else f"{invalid} invalid"
    return (
        f"{_plural(files, 'file')} checked ({_plural(questions, 'question')}): {verdict}; "
        f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}"
    )


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def report_json(report: ValidationReport) -> dict[str, Any]:
    """Return the report as plain data for ``--format json``."""
    return {
        "valid": report.ok,
        "files": [
            {
                "path": str(file.path),
                "kind": file.kind,
                "valid": not file.errors,
                "questions": file.questions,
                "errors": file.errors,
                "warnings": file.warnings,
            }
            for file in report.files
        ],
        "findings": [finding.as_dict() for finding in report.findings()],
        "summary": summary(report),
    }


def _safe_stream(stream: TextIO) -> TextIO:
    """Let a stream write any text: characters its encoding lacks become escapes."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")
    return stream
