"""Import a GIFT or Aiken file: read it safely, tell its format, parse it, build the bank text.

This is what ``quizapp import`` and the app's File ▸ Import… share: one call,
:func:`import_file`, returns the bank as TOML text plus every finding and the counts a summary
needs. Writing the file is left to the caller.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from quizapp.core.aiken import looks_like_aiken, parse_aiken
from quizapp.core.bank_writer import bank_to_toml
from quizapp.core.findings import BankError, Finding
from quizapp.core.gift import parse_gift
from quizapp.core.importing import PLACEHOLDER_MARK, ParseResult, build_bank
from quizapp.core.model import BankFile
from quizapp.core.safe_read import read_text

ImportFormat = Literal["gift", "aiken"]
FORMAT_NAMES: dict[str, str] = {"gift": "Moodle GIFT", "aiken": "Aiken"}
#: Largest file imported, in bytes (GIFT and Aiken files are far smaller than banks).
MAX_IMPORT_BYTES = 8 * 1024 * 1024


@dataclass
class ImportOutcome:
    """What importing one file gave.

    Attributes:
        source: The imported file.
        format: The format it was read as ("" when it could not be told or read).
        bank: The bank (None when nothing could be imported).
        text: The bank as TOML text, ready to write ("" when nothing was imported).
        findings: Every finding about the imported file, by line.
        total: Questions in the file.
        imported: Questions in the bank.
        skipped: Questions of a type format v1 cannot hold.
        failed: Malformed questions, or ones format v1 refuses.
    """

    source: Path
    format: str = ""
    bank: BankFile | None = None
    text: str = ""
    findings: list[Finding] = field(default_factory=list)
    total: int = 0
    imported: int = 0
    skipped: int = 0
    failed: int = 0

    @property
    def placeholders(self) -> int:
        """How many questions got placeholder text to replace."""
        return sum(finding.code == "placeholder" for finding in self.findings)


def detect_format(path: Path, text: str) -> ImportFormat | None:
    """Tell a file's format from its name (``.gift``, ``.aiken``), else from its content."""
    suffix = path.suffix.lower()
    if suffix == ".gift":
        return "gift"
    if suffix == ".aiken":
        return "aiken"
    if looks_like_aiken(text):
        return "aiken"
    if "{" in text and "}" in text:
        return "gift"
    return None


def import_file(path: Path, import_format: ImportFormat | None = None) -> ImportOutcome:
    """Read, parse and convert one file; never raises for bad input.

    Args:
        path: The GIFT or Aiken file.
        import_format: Its format, or None to tell it from the name and content.

    Returns:
        The outcome; ``outcome.bank`` is None when nothing could be imported (the findings
        say why).
    """
    outcome = ImportOutcome(path)
    try:
        text = read_text(path, max_bytes=MAX_IMPORT_BYTES)
    except BankError as error:
        outcome.findings = error.findings
        return outcome
    chosen = import_format or detect_format(path, text)
    if chosen is None:
        message = "cannot tell whether this is a GIFT or an Aiken file; name the format"
        outcome.findings = [Finding(str(path), 0, 0, "unknown-import-format", message)]
        return outcome
    outcome.format = chosen
    result: ParseResult = parse_gift(text, path) if chosen == "gift" else parse_aiken(text, path)
    bank, findings = build_bank(result, path, FORMAT_NAMES[chosen])
    outcome.findings = sorted(findings, key=lambda f: (f.line, not f.is_error, f.code))
    outcome.total, outcome.skipped, outcome.failed = result.total, result.skipped, result.failed
    if bank is not None:
        outcome.bank = bank
        outcome.imported = len(bank.questions)
        comment = (
            f"Imported from {path.name} ({FORMAT_NAMES[chosen]}) by quizapp import.\n"
            f"Replace every text that starts with '{PLACEHOLDER_MARK}', then run: "
            "quizapp validate <this file>"
        )
        outcome.text = bank_to_toml(bank, comment=comment)
    return outcome
