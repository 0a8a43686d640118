"""The mistake workbench's data: missed answers from the progress database, filtered.

Plain functions over a connection to the progress file (the store's own, or a read-only one);
they only read. Times in and out are aware datetimes (stored in UTC).

* :func:`mistakes`: missed answers, filterable by topic, misconception, confidence and date,
  all of them or each question's newest;
* :func:`sources_for`: turns question ids into plan sources from the loaded course, for
  **Retry these** and **Review due**.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from quizapp.core.course import Course
from quizapp.core.engine import Confidence, Outcome, PlanSource
from quizapp.core.model import AnyQuestion, Option
from quizapp.core.store_records import decode_keys, load_snapshot, parse_utc, utc_text


@dataclass(frozen=True)
class Mistake:
    """One answer that was not fully right, with what the learner saw and picked.

    Attributes:
        quiz_id: The quiz it was given in.
        position: Its position in that quiz.
        question: The question as the learner saw it (snapshot).
        topic: Topic id.
        topic_title: Topic title.
        picked: The options picked, in the order shown (each has the feedback why it is
            wrong).
        answered_at: When (UTC).
        confidence: The confidence given, if any.
        outcome: Incorrect or partly right.
        points: Score between 0 and 1.
        misconceptions: Ids of the misconceptions the picked options stand for.
    """

    quiz_id: int
    position: int
    question: AnyQuestion
    topic: str
    topic_title: str
    picked: tuple[Option, ...]
    answered_at: dt.datetime
    confidence: Confidence | None
    outcome: Outcome
    points: float
    misconceptions: tuple[str, ...]


@dataclass(frozen=True)
class MistakeFilter:
    """Which mistakes to list; None (or empty) means no restriction.

    Attributes:
        topics: Topic ids.
        misconceptions: Misconception ids; a mistake matches when it picked one of them.
        confidences: Confidence levels; include None for answers given without one.
        since: Earliest answer time (inclusive).
        until: Latest answer time (exclusive).
        still_missed: Only questions whose latest answer is still not right.
    """

    topics: Collection[str] | None = None
    misconceptions: Collection[str] | None = None
    confidences: Collection[Confidence | None] | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    still_missed: bool = False


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" for _ in values)


def _where(chosen: MistakeFilter) -> tuple[str, list[Any]]:
    clauses = ["a.outcome != 'correct'"]
    params: list[Any] = []
    if chosen.topics:
        topics = sorted(chosen.topics)
        clauses.append(f"i.topic IN ({_marks(topics)})")
        params += topics
    if chosen.confidences:
        levels = sorted(level.value for level in chosen.confidences if level is not None)
        parts = [f"a.confidence IN ({_marks(levels)})"] if levels else []
        if None in chosen.confidences:
            parts.append("a.confidence IS NULL")
        clauses.append("(" + " OR ".join(parts) + ")")
        params += levels
    if chosen.since is not None:
        clauses.append("a.answered_at >= ?")
        params.append(utc_text(chosen.since))
    if chosen.until is not None:
        clauses.append("a.answered_at < ?")
        params.append(utc_text(chosen.until))
    if chosen.misconceptions:
        ids = sorted(chosen.misconceptions)
        clauses.append(
            "EXISTS (SELECT 1 FROM misconception_events AS e WHERE e.quiz_id = a.quiz_id "
            f"AND e.position = a.position AND e.picked = 1 AND e.misconception IN ({_marks(ids)}))"
        )
        params += ids
    if chosen.still_missed:
        clauses.append(
            "EXISTS (SELECT 1 FROM schedules AS s WHERE s.question_id = a.question_id "
            "AND s.last_rating = 1)"
        )
    return " AND ".join(clauses), params


def mistakes(
    db: sqlite3.Connection,
    chosen: MistakeFilter | None = None,
    *,
    per_question: bool = False,
    limit: int | None = None,
) -> list[Mistake]:
    """Return the answers that were not fully right, newest first.

    Args:
        db: A connection to the progress file.
        chosen: Filters; everything when None.
        per_question: Only each question's newest mistake among those matching (what the
            workbench and the study sheet list); otherwise a question missed twice is listed
            twice.
        limit: Return at most this many.

    Returns:
        The mistakes.
    """
    where, params = _where(chosen or MistakeFilter())
    columns = (
        "a.quiz_id, a.position, i.snapshot_id, i.topic, i.topic_title, i.option_order, "
        "a.picked, a.answered_at, a.confidence, a.outcome, a.points"
    )
    joined = "answers AS a JOIN items AS i ON i.quiz_id = a.quiz_id AND i.position = a.position"
    if per_question:
        # SQLite takes the bare columns from the row holding max(): each question's newest.
        sql = (
            f"SELECT {columns}, max(a.answered_at) AS newest FROM {joined} WHERE {where} "
            "GROUP BY a.question_id ORDER BY newest DESC, a.quiz_id DESC, a.position DESC"
        )
    else:
        sql = (
            f"SELECT {columns} FROM {joined} WHERE {where} "
            "ORDER BY a.answered_at DESC, a.quiz_id DESC, a.position DESC"
        )
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    seen: dict[int, tuple[AnyQuestion, dict[str, Option]]] = {}
    found = []
    for row in db.execute(sql, params).fetchall():
        quiz_id, position, snapshot_id, topic, title, order, picked, at, level, outcome, pts, *_ = (
            row
        )
        if snapshot_id not in seen:
            body = db.execute("SELECT body FROM snapshots WHERE id = ?", (snapshot_id,))
            question = load_snapshot(str(body.fetchone()[0]))
            seen[snapshot_id] = (question, {option.key: option for option in question.options()})
        question, by_key = seen[snapshot_id]
        keys = set(decode_keys(picked))
        shown = tuple(by_key[key] for key in decode_keys(order) if key in keys and key in by_key)
        found.append(
            Mistake(
                quiz_id=int(quiz_id),
                position=int(position),
                question=question,
                topic=str(topic),
                topic_title=str(title),
                picked=shown,
                answered_at=parse_utc(at),
                confidence=None if level is None else Confidence(level),
                outcome=Outcome(outcome),
                points=float(pts),
                misconceptions=tuple(
                    dict.fromkeys(o.misconception for o in shown if o.misconception)
                ),
            )
        )
    return found


def latest_per_question(found: Iterable[Mistake]) -> list[Mistake]:
    """Keep each question's newest mistake (input newest first, as :func:`mistakes` gives)."""
    seen: dict[str, Mistake] = {}
    for mistake in found:
        seen.setdefault(mistake.question.id, mistake)
    return list(seen.values())


def sources_for(course: Course, question_ids: Iterable[str]) -> list[PlanSource]:
    """Return plan sources for questions still in the loaded course, in the order given.

    Questions no longer in any loaded bank are left out. The current bank text is used, so a
    corrected question is asked as corrected.
    """
    index: dict[str, PlanSource] = {}
    for bank in course.banks:
        for question in bank.questions:
            index.setdefault(
                question.id,
                PlanSource(question, bank.info.topic, bank.info.title, bank.info.notice),
            )
    wanted = dict.fromkeys(question_ids)
    return [index[question_id] for question_id in wanted if question_id in index]
