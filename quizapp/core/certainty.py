"""Certainty-based marking (CBM) on Moodle's scale, and the "confident but wrong" count.

Marks per answer, by the confidence the learner gave:

==========  =====  ======  =====
            Low    Medium  High
==========  =====  ======  =====
right       +1     +2      +3
wrong        0     -2      -6
==========  =====  ======  =====

A partly right answer (points ``p`` between 0 and 1) gets ``wrong + (right - wrong) x p``,
Moodle's own linear formula (High at ``p = 0.5``: -1.5). An answer given **without** a
confidence level counts as **Low**, which is also what Moodle assumes; such answers are counted
in :attr:`CbmSummary.without_confidence` so the results can say so.

"Confident answers that were wrong" are answers not fully right (wrong or partly right) given
with Medium or High confidence: those are worth another look.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from quizapp.core.engine import Confidence, Outcome, Response

#: Mark for a right answer, by confidence.
RIGHT_MARK: dict[Confidence, float] = {
    Confidence.LOW: 1.0,
    Confidence.MEDIUM: 2.0,
    Confidence.HIGH: 3.0,
}
#: Mark for a wrong answer, by confidence.
WRONG_MARK: dict[Confidence, float] = {
    Confidence.LOW: 0.0,
    Confidence.MEDIUM: -2.0,
    Confidence.HIGH: -6.0,
}
#: The level an answer without confidence counts as.
DEFAULT_CONFIDENCE = Confidence.LOW
#: Levels that make a wrong answer a "confident" one.
CONFIDENT = frozenset({Confidence.MEDIUM, Confidence.HIGH})


def cbm_mark(points: float, confidence: Confidence | None) -> float:
    """Return the CBM mark of one answer.

    Args:
        points: The answer's score, 0 to 1.
        confidence: The confidence given; None counts as Low.

    Returns:
        A mark between -6 and +3.
    """
    level = DEFAULT_CONFIDENCE if confidence is None else confidence
    wrong, right = WRONG_MARK[level], RIGHT_MARK[level]
    return round(wrong + (right - wrong) * min(max(points, 0.0), 1.0), 4)


@dataclass(frozen=True)
class LevelTally:
    """Answers given at one confidence level.

    Attributes:
        confidence: The level (None: no confidence given).
        answers: How many answers.
        right: How many were fully right.
    """

    confidence: Confidence | None
    answers: int
    right: int

    @property
    def share_right(self) -> float | None:
        """Fraction of these answers that were right, or None when there are none."""
        return self.right / self.answers if self.answers else None


@dataclass(frozen=True)
class CbmSummary:
    """The certainty-based result of a set of answers.

    Attributes:
        answers: How many answers.
        total: Sum of the CBM marks.
        average: Mean CBM mark per answer (-6 to +3), 0 when there is no answer.
        accuracy: Share of plain points earned, 0 to 1 (ignores confidence).
        without_confidence: Answers given without a confidence level (counted as Low).
        confident_wrong: Positions (``Response.index``) of the answers not fully right that
            were given with Medium or High confidence, in order.
        by_level: Tallies for Low, Medium, High and no confidence, in that order.
    """

    answers: int
    total: float
    average: float
    accuracy: float
    without_confidence: int
    confident_wrong: tuple[int, ...]
    by_level: tuple[LevelTally, ...]

    @property
    def confident_wrong_count(self) -> int:
        """How many confident answers were wrong (for "N confident answers were wrong")."""
        return len(self.confident_wrong)

    @property
    def max_total(self) -> float:
        """The best possible total: every answer right with High confidence."""
        return RIGHT_MARK[Confidence.HIGH] * self.answers


def cbm_summary(responses: Iterable[Response]) -> CbmSummary:
    """Score answers with certainty-based marking.

    Args:
        responses: The answers (e.g. ``Quiz.responses``).

    Returns:
        The summary; see :class:`CbmSummary`.
    """
    items = list(responses)
    total = sum(cbm_mark(response.points, response.confidence) for response in items)
    levels: tuple[Confidence | None, ...] = (*Confidence, None)
    tallies = tuple(
        LevelTally(
            level,
            sum(1 for response in items if response.confidence is level),
            sum(
                1
                for response in items
                if response.confidence is level and response.outcome is Outcome.CORRECT
            ),
        )
        for level in levels
    )
    count = len(items)
    return CbmSummary(
        answers=count,
        total=round(total, 4),
        average=round(total / count, 4) if count else 0.0,
        accuracy=round(sum(response.points for response in items) / count, 4) if count else 0.0,
        without_confidence=sum(1 for response in items if response.confidence is None),
        confident_wrong=tuple(
            response.index
            for response in items
            if response.outcome is not Outcome.CORRECT and response.confidence in CONFIDENT
        ),
        by_level=tallies,
    )
