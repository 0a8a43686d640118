"""Bank findings as plain text for the app: short lines for messages, the home note, all."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from quizapp.core.findings import Finding

FINDINGS_SHOWN = 5
"""How many findings a message shows at once (all of them are in its details)."""


def finding_line(finding: Finding) -> str:
    """Return a finding as ``file:line: message [question id]``, short enough to read at once."""
    from quizapp.core.findings import escape_unprintable

    where = Path(finding.path).name + (f":{finding.line}" if finding.line else "")
    label = "warning: " if not finding.is_error else ""
    question = f" [{finding.question_id}]" if finding.question_id else ""
    return escape_unprintable(f"{where}: {label}{finding.message}{question}")


def first_findings(findings: Sequence[Finding], limit: int = FINDINGS_SHOWN) -> str:
    """Return the first ``limit`` findings as short lines, and how many more there are."""
    return _first(findings, limit, finding_line)


def describe_failures(failures: Sequence[Finding], limit: int = 12) -> str:
    """Return the first ``limit`` load problems in full (path, line, message), one per line."""
    return _first(failures, limit, str)


def _first(findings: Sequence[Finding], limit: int, line: Callable[[Finding], str]) -> str:
    lines = [line(finding) for finding in findings[:limit]]
    if len(findings) > limit:
        more = QCoreApplication.translate("Findings", "…and %n more", "", len(findings) - limit)
        lines.append(more)
    return "\n".join(lines)


def show_all_load_problems(parent: QWidget | None, failures: Sequence[Finding]) -> None:
    """Show every problem of the banks that failed to load: the first few, all in details."""
    from quizapp.ui.app import show_plain_message

    translate = QCoreApplication.translate
    show_plain_message(
        parent,
        translate("Findings", "Question banks that could not be loaded"),
        translate(
            "Findings",
            "%n problem(s) [was|were] found; the details list every one.",
            "",
            len(failures),
        )
        + "\n\n"
        + describe_failures(failures, limit=5),
        "\n".join(str(finding) for finding in failures),
    )
