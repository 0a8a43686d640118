"""Where things are in a parsed TOML file: findings with positions, raw ids, duplicates.

Shared by the bank and registry checks. A :class:`Locator` turns key-path problems into
findings with line and column, building the file's line index only when first asked.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from quizapp.core.findings import Finding, KeyPath, Problem, key_path_text, shown
from quizapp.core.line_index import LineIndex
from quizapp.core.safe_read import parse_toml, read_text


class Locator:
    """Turns problems into findings, building the file's line index only when first needed."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text
        self._index: LineIndex | None = None

    def position(self, location: KeyPath) -> tuple[int, int]:
        """Return the (line, column) of a key path, or (0, 0) when unknown."""
        if self._index is None:
            self._index = LineIndex(self.text)
        return self._index.position_of(location)

    def place(self, location: KeyPath) -> str:
        """Return ``file:line`` of a key path (``file`` alone when the line is unknown)."""
        line = self.position(location)[0]
        return f"{self.path}:{line}" if line else str(self.path)

    def finding(self, problem: Problem) -> Finding:
        """Return the finding for a problem, with its position in this file."""
        line, column = self.position(problem.location)
        return Finding(
            str(self.path),
            line,
            column,
            problem.code,
            problem.message,
            problem.question_id,
            key_path_text(problem.location),
            problem.severity,
        )


def read_document(path: Path) -> tuple[dict[str, Any], LineIndex]:
    """Read and parse one TOML file safely.

    Returns:
        The document and an index of its lines.

    Raises:
        BankError: The file cannot be read or parsed.
    """
    text = read_text(path)
    return parse_toml(text, path), LineIndex(text)


def raw_id(raw: object) -> str:
    """Return the ``id`` of a raw table when it is text, else ""."""
    value = raw.get("id") if isinstance(raw, dict) else None
    return value if isinstance(value, str) else ""


def raw_ids(entries: object) -> set[str]:
    """Return the text ids of the tables of a raw array (nothing when it is not one)."""
    if not isinstance(entries, list):
        return set()
    return {entry_id for entry in entries if (entry_id := raw_id(entry))}


def duplicate_entries(entries: object, key: str) -> list[Problem]:
    """Return a problem for each table of a raw array whose id an earlier table has."""
    problems = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries if isinstance(entries, list) else []):
        entry_id = raw_id(entry)
        if entry_id in seen:
            first = seen[entry_id] + 1
            message = f"id {shown(entry_id)} is used twice in [[{key}]] (first by entry {first})"
            problems.append(Problem("duplicate-id", message, (key, index, "id")))
        elif entry_id:
            seen[entry_id] = index
    return problems
