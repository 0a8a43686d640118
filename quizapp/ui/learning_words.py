"""Words for the learning screens: confidence levels, answer times, and the myth-clearing rule.

Shared by the myths page and the mistake workbench so both name a confidence level or a time
the same way; the clearing rule is written from the ledger's own constants, so the screen
cannot drift from the code.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from quizapp.core.engine import Confidence
from quizapp.core.ledger import CLEAR_POINTS, REJECTION_POINTS


def confidence_words(level: Confidence | None) -> str:
    """Return the translated name of a confidence level ("not given" for None)."""
    translate = QCoreApplication.translate
    if level is None:
        return translate("Confidence", "not given")
    return {
        Confidence.LOW: translate("Confidence", "Low"),
        Confidence.MEDIUM: translate("Confidence", "Medium"),
        Confidence.HIGH: translate("Confidence", "High"),
    }[level]


def local_time(at: dt.datetime) -> str:
    """Return a stored (UTC) time in the computer's time zone, as the history page shows it."""
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def clearing_rule() -> str:
    """Return, in plain words, when a myth leaves the list (from the ledger's constants)."""
    translate = QCoreApplication.translate
    return (
        translate(
            "Myths",
            "How a myth leaves this list: each later answer that avoids it, on a question "
            "that offers it, earns points by the confidence you gave: High %1, Medium %2, "
            "none given %5, Low %3. Once it has %4 points since you last picked it, the myth "
            "is cleared. Picking it again starts the count afresh.",
        )
        .replace("%1", str(REJECTION_POINTS[Confidence.HIGH]))
        .replace("%2", str(REJECTION_POINTS[Confidence.MEDIUM]))
        .replace("%3", str(REJECTION_POINTS[Confidence.LOW]))
        .replace("%4", str(CLEAR_POINTS))
        .replace("%5", str(REJECTION_POINTS[None]))
    )
