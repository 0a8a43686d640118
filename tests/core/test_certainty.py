"""Certainty-based marking on Moodle's scale and the "confident but wrong" count."""

from __future__ import annotations

import pytest

from quizapp.core.certainty import LevelTally, cbm_mark, cbm_summary
from quizapp.core.engine import Confidence, Response, outcome_of

LOW, MEDIUM, HIGH = Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH


def response(index: int, points: float, confidence: Confidence | None) -> Response:
    return Response(index, f"q{index}", frozenset(), points, outcome_of(points), 5.0, confidence)


@pytest.mark.parametrize(
    ("points", "confidence", "mark"),
    [
        (1.0, LOW, 1.0),
        (1.0, MEDIUM, 2.0),
        (1.0, HIGH, 3.0),
        (0.0, LOW, 0.0),
        (0.0, MEDIUM, -2.0),
        (0.0, HIGH, -6.0),
        (1.0, None, 1.0),  # no confidence counts as Low
        (0.0, None, 0.0),
        (0.5, HIGH, -1.5),  # partial credit: linear between wrong and right
        (0.5, MEDIUM, 0.0),
        (0.25, LOW, 0.25),
    ],
)
def test_marks_follow_moodles_scale(
    points: float, confidence: Confidence | None, mark: float
) -> None:
    assert cbm_mark(points, confidence) == mark


def test_summary_of_a_quiz() -> None:
    answers = [
        response(0, 1.0, HIGH),  # +3
        response(1, 0.0, HIGH),  # -6, confident and wrong
        response(2, 0.0, MEDIUM),  # -2, confident and wrong
        response(3, 0.0, LOW),  # 0, wrong but unsure: not counted
        response(4, 0.5, HIGH),  # -1.5, partly right: counted
        response(5, 1.0, None),  # +1 (as Low)
        response(6, 1.0, MEDIUM),  # +2
    ]
    summary = cbm_summary(answers)
    assert summary.answers == 7
    assert summary.total == -3.5
    assert summary.average == -0.5
    assert summary.accuracy == round(3.5 / 7, 4)
    assert summary.max_total == 21.0
    assert summary.without_confidence == 1
    assert summary.confident_wrong == (1, 2, 4)
    assert summary.confident_wrong_count == 3
    assert summary.by_level == (
        LevelTally(LOW, 1, 0),
        LevelTally(MEDIUM, 2, 1),
        LevelTally(HIGH, 3, 1),
        LevelTally(None, 1, 1),
    )
    assert summary.by_level[2].share_right == pytest.approx(1 / 3)


def test_summary_of_nothing() -> None:
    summary = cbm_summary([])
    assert (summary.answers, summary.total, summary.average, summary.accuracy) == (0, 0, 0, 0)
    assert summary.confident_wrong == ()
    assert all(level.share_right is None for level in summary.by_level)


def test_right_answers_are_never_confident_wrong() -> None:
    summary = cbm_summary([response(0, 1.0, HIGH), response(1, 1.0, MEDIUM)])
    assert summary.confident_wrong_count == 0
    assert summary.total == 5.0
