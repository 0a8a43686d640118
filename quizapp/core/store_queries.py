"""Reading the progress database: stored plans and answers, the unfinished quiz, the history.

Functions here only read, through the connection :class:`quizapp.core.store.Store` passes in;
they never write or commit.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from quizapp.core.engine import QuizPlan, Response
from quizapp.core.model import AnyQuestion
from quizapp.core.store_errors import QuizNotFoundError
from quizapp.core.store_records import (
    AnswerRecord,
    QuizSummary,
    ResumeState,
    answer_record,
    load_snapshot,
    mode_of,
    parse_utc,
    planned,
    response_from_row,
)


def _load(
    db: sqlite3.Connection, quiz_id: int
) -> tuple[QuizPlan, list[Response], float, tuple[Any, ...]]:
    quiz = db.execute(
        "SELECT id, started_at, mode, seed, topics, seconds FROM quizzes WHERE id = ?",
        (quiz_id,),
    ).fetchone()
    if quiz is None:
        raise QuizNotFoundError(f"There is no stored quiz {quiz_id}.")
    questions: dict[int, AnyQuestion] = {}
    items = []
    responses = []
    rows = db.execute(
        "SELECT i.snapshot_id, s.body, i.topic, i.topic_title, i.notice, i.option_order, "
        "a.position, a.question_id, a.picked, a.points, a.outcome, a.seconds, a.confidence "
        "FROM items AS i JOIN snapshots AS s ON s.id = i.snapshot_id "
        "LEFT JOIN answers AS a ON a.quiz_id = i.quiz_id AND a.position = i.position "
        "WHERE i.quiz_id = ? ORDER BY i.position",
        (quiz_id,),
    )
    for snapshot_id, body, topic, title, notice, order, *answer in rows:
        if snapshot_id not in questions:
            questions[snapshot_id] = load_snapshot(body)
        items.append(planned(questions[snapshot_id], topic, title, notice, order))
        if answer[0] is not None:
            responses.append(response_from_row(*answer))
    plan = QuizPlan(mode=mode_of(quiz[2]), seed=int(quiz[3]), items=tuple(items))
    return plan, responses, float(quiz[5]), tuple(quiz)


def load_quiz(db: sqlite3.Connection, quiz_id: int) -> tuple[QuizPlan, list[Response], float]:
    """Return a stored quiz's plan, its answers in plan order, and the seconds spent.

    Raises:
        QuizNotFoundError: No such quiz.
    """
    plan, responses, seconds, _ = _load(db, quiz_id)
    return plan, responses, seconds


def unfinished_quiz(db: sqlite3.Connection) -> ResumeState | None:
    """Return the newest unfinished (and not discarded) quiz, or None."""
    row = db.execute(
        "SELECT id FROM quizzes WHERE state = 'open' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    plan, responses, seconds, quiz = _load(db, int(row[0]))
    return ResumeState(
        quiz_id=int(quiz[0]),
        plan=plan,
        responses=tuple(responses),
        seconds=seconds,
        started_at=parse_utc(quiz[1]),
        topics=tuple(json.loads(quiz[4])),
    )


def history(db: sqlite3.Connection) -> list[QuizSummary]:
    """Return the finished quizzes, newest first."""
    rows = db.execute(
        "SELECT id, started_at, finished_at, topics, mode, points, total, seconds "
        "FROM quizzes WHERE state = 'finished' ORDER BY started_at DESC, id DESC"
    )
    return [
        QuizSummary(
            id=quiz_id,
            started_at=parse_utc(started),
            finished_at=parse_utc(finished),
            topics=tuple(json.loads(topics)),
            mode=mode_of(mode),
            points=points,
            total=total,
            percent=round(100.0 * points / total, 1),
            seconds=seconds,
        )
        for quiz_id, started, finished, topics, mode, points, total, seconds in rows
    ]


def answers(db: sqlite3.Connection) -> Iterator[AnswerRecord]:
    """Yield every answer of every quiz not discarded, by quiz and position."""
    questions: dict[int, AnyQuestion] = {}
    rows = db.execute(
        "SELECT a.quiz_id, a.position, a.answered_at, a.question_id, a.picked, a.points, "
        "a.outcome, a.seconds, a.confidence, i.snapshot_id, i.topic, i.topic_title, "
        "i.notice, i.option_order "
        "FROM answers AS a JOIN quizzes AS q ON q.id = a.quiz_id "
        "JOIN items AS i ON i.quiz_id = a.quiz_id AND i.position = a.position "
        "WHERE q.state != 'discarded' ORDER BY a.quiz_id, a.position"
    )
    for row in rows:
        quiz_id, position, answered_at, question_id, picked, points, outcome, seconds = row[:8]
        confidence, snapshot_id, topic, title, notice, order = row[8:]
        if snapshot_id not in questions:
            body = db.execute("SELECT body FROM snapshots WHERE id = ?", (snapshot_id,))
            questions[snapshot_id] = load_snapshot(body.fetchone()[0])
        item = planned(questions[snapshot_id], topic, title, notice, order)
        response = response_from_row(
            position, question_id, picked, points, outcome, seconds, confidence
        )
        yield answer_record(quiz_id, item, response, answered_at)
