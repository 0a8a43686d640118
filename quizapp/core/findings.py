"""Problems found while reading bank files, and the one error type the loader raises."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True, order=True)
class Finding:
    """One problem in one file, precise enough for a person to find and fix it.

    Attributes:
        path: The file the problem is in.
        line: 1-based line, or 0 when unknown.
        column: 1-based column, or 0 when unknown.
        code: A short stable code for the kind of problem (e.g. ``toml-syntax``).
        message: What is wrong, in plain words.
        question_id: The id of the question concerned, or "" when none.
        key_path: Where in the document, e.g. ``questions[3].choices[1].text``.
    """

    path: str
    line: int
    column: int
    code: str
    message: str
    question_id: str = ""
    key_path: str = ""

    def where(self) -> str:
        """Return ``file:line:col`` (line and column left out when unknown)."""
        parts = [self.path]
        if self.line:
            parts.append(str(self.line))
            parts.append(str(self.column or 1))
        return ":".join(parts)

    def context(self) -> str:
        """Return the question id and key path as ``[id / path]``, or "" when neither is known."""
        bits = [bit for bit in (self.question_id, self.key_path) if bit]
        return f" [{' / '.join(bits)}]" if bits else ""

    def __str__(self) -> str:
        return f"{self.where()}: {self.message}{self.context()}"

    def as_dict(self) -> dict[str, str | int]:
        """Return the finding as a plain dict (for JSON output)."""
        return asdict(self)


class BankError(Exception):
    """A bank file that cannot be used; carries every finding, not just the first."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = sorted(findings)
        super().__init__("\n".join(str(finding) for finding in self.findings))
