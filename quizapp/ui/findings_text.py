"""Bank findings as short plain-text lines for message boxes (Open bank, Import)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
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
    """Return the first ``limit`` findings, one per line, and how many more there are."""
    lines = [finding_line(finding) for finding in findings[:limit]]
    if len(findings) > limit:
        more = QCoreApplication.translate("Findings", "…and %n more", "", len(findings) - limit)
        lines.append(more)
    return "\n".join(lines)
