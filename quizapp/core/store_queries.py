"""Reading the progress database: stored plans and answers, the unfinished quiz, the history.

Functions here only read, through the connection :class:`quizapp.core.store.Store` passes in;
they never write or commit.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Container, Iterable, Iterator
from typing import Any

from quizapp.core.engine import QuizPlan, Response
from quizapp.core.model import AnyQuestion
from quizapp.core.store_errors import QuizNotFoundError, UnreadableQuizError
from quizapp.core.store_records import (
    AnswerRecord,
    AnswerRows,
    QuizSummary,
    ResumeState,
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
    try:
        for snapshot_id, body, topic, title, notice, order, *answer in rows:
            if snapshot_id not in questions:
                questions[snapshot_id] = load_snapshot(body)
            items.append(planned(questions[snapshot_id], topic, title, notice, order))
            if answer[0] is not None:
                responses.append(response_from_row(*answer))
        plan = QuizPlan(mode=mode_of(quiz[2]), seed=int(quiz[3]), items=tuple(items))
    except (ValueError, KeyError) as error:  # pydantic's ValidationError is a ValueError
        raise UnreadableQuizError(quiz_id) from error
    return plan, responses, float(quiz[5]), tuple(quiz)


def load_quiz(db: sqlite3.Connection, quiz_id: int) -> tuple[QuizPlan, list[Response], float]:
    """Return a stored quiz's plan, its answers in plan order, and the seconds spent.

    Raises:
        QuizNotFoundError: No such quiz.
        UnreadableQuizError: The stored quiz cannot be read by this version.
    """
    plan, responses, seconds, _ = _load(db, quiz_id)
    return plan, responses, seconds


def unfinished_quiz(db: sqlite3.Connection) -> ResumeState | None:
    """Return the newest unfinished (and not discarded) quiz, or None.

    Raises:
        UnreadableQuizError: It cannot be read by this version (offer to discard it).
    """
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
    topic_lists: dict[str, tuple[str, ...]] = {}  # most quizzes repeat a few topic choices
    summaries = []
    for quiz_id, started, finished, topics, mode, points, total, seconds in rows:
        chosen = topic_lists.get(topics)
        if chosen is None:
            chosen = topic_lists[topics] = tuple(json.loads(topics))
        summaries.append(
            QuizSummary(
                quiz_id,
                parse_utc(started),
                parse_utc(finished),
                chosen,
                mode_of(mode),
                points,
                total,
                round(100.0 * points / total, 1),
                seconds,
            )
        )
    return summaries


def stored_topic_titles(
    db: sqlite3.Connection, quizzes: Iterable[QuizSummary], known: Container[str]
) -> dict[str, str]:
    """Return the titles stored with the quizzes for topics not in ``known``, by topic id.

    A topic whose bank was removed still reads as it did when the quiz was taken: each title
    comes from the first quiz given that has the topic (pass the newest first for the newest
    title). A topic stored without a title reads as its id in words ("back-dimples" as
    "Back dimples").
    """
    titles: dict[str, str] = {}
    for quiz in quizzes:
        for topic in quiz.topics:
            if topic in known or topic in titles:
                continue
            row = db.execute(
                "SELECT topic_title FROM items WHERE quiz_id = ? AND topic = ? LIMIT 1",
                (quiz.id, topic),
            ).fetchone()
            stored = str(row[0]).strip() if row is not None else ""
            titles[topic] = stored or topic.replace("-", " ").replace("_", " ").capitalize()
    return titles


def answers(db: sqlite3.Connection) -> Iterator[AnswerRecord]:
    """Yield every answer ever given, by quiz and position, with its quiz's state.

    Answers of unfinished and discarded quizzes are included: they were given, and they moved
    the review schedule.
    """

    def body(snapshot_id: int) -> str:
        row = db.execute("SELECT body FROM snapshots WHERE id = ?", (snapshot_id,)).fetchone()
        return str(row[0])

    reader = AnswerRows(body)
    rows = db.execute(
        "SELECT a.quiz_id, a.position, a.answered_at, a.question_id, a.picked, a.points, "
        "a.outcome, a.seconds, a.confidence, i.snapshot_id, i.topic, i.topic_title, "
        "i.option_order, q.state "
        "FROM answers AS a JOIN quizzes AS q ON q.id = a.quiz_id "
        "JOIN items AS i ON i.quiz_id = a.quiz_id AND i.position = a.position "
        "ORDER BY a.quiz_id, a.position"
    )
    for row in rows:
        yield reader.record(*row)
