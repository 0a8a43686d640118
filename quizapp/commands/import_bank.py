"""``quizapp import FILE [-o OUT.toml]``: convert a Moodle GIFT or Aiken file to a bank.

Prints every finding about the imported file (``file:line:col: message``), writes the bank in
format v1, checks the written bank as ``quizapp validate`` would, then prints a summary.
Exit status: 0 when the bank was written and every question of the file was either imported
or skipped as a type format v1 cannot hold; 1 when a question was malformed (the others are
still written) or nothing could be imported; 2 for a usage error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from quizapp.core.bank import Registries, check_bank
from quizapp.core.bank_writer import write_text_atomically
from quizapp.core.findings import escape_unprintable
from quizapp.core.import_file import ImportOutcome, import_file

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def configure_parser(parser: argparse.ArgumentParser) -> None:
    """Add the command's arguments."""
    parser.add_argument("file", type=Path, metavar="FILE", help="the GIFT or Aiken file")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT.toml",
        help="where to write the bank (default: FILE with .toml; '-' prints it)",
    )
    parser.add_argument(
        "--format",
        choices=("gift", "aiken"),
        help="the file's format (default: told from the name, .gift or .aiken, or the content)",
    )
    parser.add_argument("--force", action="store_true", help="replace OUT.toml if it exists")


def main(args: argparse.Namespace) -> int:
    """Run the command; return the exit status."""
    source: Path = args.file
    output: Path = args.output or source.with_suffix(".toml")
    to_stdout = str(output) == "-"
    report = _stream(sys.stderr if to_stdout else sys.stdout)
    if not (source.exists() or source.is_symlink()):
        return _usage(f"no such file: {source}")
    if not to_stdout:
        if _same_file(source, output):
            return _usage(f"the output would replace the file being imported: {output}")
        if output.exists() and not args.force:
            return _usage(f"{output} exists; use --force to replace it, or -o to choose a name")
    outcome = import_file(source, args.format)
    for finding in outcome.findings:
        report.write(f"{finding}\n")
    if outcome.bank is None:
        report.write(f"Nothing imported from {_show(source)}.\n")
        return EXIT_FAILED
    if to_stdout:
        _stream(sys.stdout).write(outcome.text)
    else:
        try:
            write_text_atomically(output, outcome.text)
        except OSError as error:
            report.write(f"quizapp import: cannot write {_show(output)}: {error.strerror}\n")
            return EXIT_FAILED
        check = check_bank(output, Registries())
        if not check.ok:  # the importer built something the loader refuses: a bug
            for finding in check.findings:
                report.write(f"{finding}\n")
            report.write("quizapp import: the written bank does not validate (a bug).\n")
            return EXIT_FAILED
    report.write(summary(outcome, None if to_stdout else output) + "\n")
    return EXIT_FAILED if outcome.failed else EXIT_OK


def summary(outcome: ImportOutcome, output: Path | None) -> str:
    """Return the closing lines: what was imported, skipped, failed, and what to do next."""
    target = f" into {_show(output)}" if output else ""
    parts = [
        f"Imported {outcome.imported} of {_questions(outcome.total)} from "
        f"{_show(outcome.source)}{target}",
    ]
    if outcome.skipped:
        parts.append(f"{outcome.skipped} skipped (a type format v1 cannot hold)")
    if outcome.failed:
        parts.append(f"{outcome.failed} failed (see the errors above)")
    text = "; ".join(parts) + "."
    if outcome.placeholders:
        text += (
            f"\n{_questions(outcome.placeholders)} got placeholder text starting with 'TODO:'; "
            "replace it before handing the bank out."
        )
    return text


def _questions(count: int) -> str:
    return f"{count} question{'' if count == 1 else 's'}"


def _show(path: Path | None) -> str:
    return escape_unprintable(str(path))


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == second.resolve()
    except (OSError, RuntimeError):
        return False


def _usage(message: str) -> int:
    _stream(sys.stderr).write(f"quizapp import: {escape_unprintable(message)}\n")
    return EXIT_USAGE


def _stream(stream: TextIO) -> TextIO:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")
    return stream
