"""Spaced-review schedules, review logs and misconception events in the progress database.

This module extends the progress store (:mod:`quizapp.core.store`) with these tables:

* ``review_logs``: one FSRS review per answer (rating, time, duration), keyed like the answer;
* ``schedules``: each question's current FSRS card (JSON) and its due time, for the due queue;
* ``misconception_events``: one row per misconception a question offered, picked or rejected;
* ``answer_hours`` and ``answer_levels``: running counts of answers (and right ones) per UTC
  hour and per confidence level, so the statistics never scan every answer.

The tables are created by :mod:`quizapp.core.learning_schema`. :func:`record_learning` is called
by ``Store.record_answer`` right after it inserts the answer, **inside the same transaction**,
so an answer, its review log, its schedule and its ledger events are committed together or not
at all. Nothing here commits or opens a transaction; readers only read.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import deque
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from fsrs import Card, Rating, Scheduler, State

from quizapp.core.engine import Confidence, Outcome
from quizapp.core.ledger import (
    CLEAR_POINTS,
    CONFIDENCE_RANK,
    REJECTION_POINTS,
    HeldMisconception,
    events_for,
)
from quizapp.core.model import Option
from quizapp.core.scheduling import (
    MEDIAN_WINDOW,
    Review,
    card_from_json,
    card_to_json,
    make_scheduler,
    median_seconds,
    rating_for,
    replay,
    review,
)
from quizapp.core.store_records import load_snapshot, parse_utc, response_from_row, utc_text

#: How an answer without a confidence level is counted in ``answer_levels``.
NO_CONFIDENCE = "none"

_ANSWER_COLUMNS = (
    "a.quiz_id, a.position, a.question_id, a.picked, a.points, a.outcome, a.seconds, "
    "a.confidence, a.answered_at, i.topic, i.topic_title, i.snapshot_id"
)
_ANSWER_JOIN = (
    "FROM answers AS a JOIN items AS i ON i.quiz_id = a.quiz_id AND i.position = a.position"
)


@dataclass(frozen=True)
class DueQuestion:
    """A question whose review is due.

    Attributes:
        question_id: The question.
        topic: Its topic when last answered.
        due: When it became due (UTC).
        learning: True while it is still in a learning or relearning step (recently missed).
    """

    question_id: str
    topic: str
    due: dt.datetime
    learning: bool


class _Derivation:
    """Turns stored answers into learning rows, keeping what the next answer needs."""

    def __init__(self, scheduler: Scheduler, durations: Iterable[float]) -> None:
        self.scheduler = scheduler
        self.recent: deque[float] = deque(durations, maxlen=MEDIAN_WINDOW)  # newest first
        self.options: dict[int, tuple[Option, ...]] = {}
        self.review_rows: list[tuple[Any, ...]] = []
        self.event_rows: list[tuple[Any, ...]] = []
        self.schedules: dict[str, tuple[str, str, Card, Rating, int, dt.datetime]] = {}
        self.hours: dict[str, list[int]] = {}
        self.levels: dict[str, list[int]] = {}

    def options_of(self, db: sqlite3.Connection, snapshot_id: int) -> tuple[Option, ...]:
        if snapshot_id not in self.options:
            body = db.execute("SELECT body FROM snapshots WHERE id = ?", (snapshot_id,))
            self.options[snapshot_id] = load_snapshot(str(body.fetchone()[0])).options()
        return self.options[snapshot_id]

    def add(
        self, db: sqlite3.Connection, row: Sequence[Any], card: Card | None, reviews: int
    ) -> Card:
        quiz_id, position, question_id, *answer, answered_at, topic, title, snapshot_id = row
        response = response_from_row(position, question_id, *answer)
        at = parse_utc(answered_at)
        rating = rating_for(response, median_seconds(list(self.recent)))
        duration = round(response.seconds * 1000)
        card, _ = review(self.scheduler, card, Review(question_id, rating, at, duration))
        self.recent.appendleft(duration / 1000.0)  # as read back from review_logs
        when = utc_text(at)
        self.review_rows.append((quiz_id, position, question_id, int(rating), when, duration))
        self.schedules[question_id] = (topic, title, card, rating, reviews + 1, at)
        right = int(response.outcome is Outcome.CORRECT)
        level = NO_CONFIDENCE if response.confidence is None else response.confidence.value
        for key, counts in ((when[:13], self.hours), (level, self.levels)):
            entry = counts.setdefault(key, [0, 0])
            entry[0] += 1
            entry[1] += right
        options = self.options_of(db, snapshot_id)
        stored_level = None if response.confidence is None else response.confidence.value
        for event in events_for(options, response.picked, response.confidence, at):
            self.event_rows.append(
                (quiz_id, position, event.misconception, int(event.picked), stored_level, when)
            )
        return card

    def write(self, db: sqlite3.Connection) -> None:
        db.executemany(
            "INSERT INTO review_logs (quiz_id, position, question_id, rating, reviewed_at, "
            "duration_ms) VALUES (?, ?, ?, ?, ?, ?)",
            self.review_rows,
        )
        db.executemany(
            "INSERT INTO schedules (question_id, topic, topic_title, card, due, state, "
            "last_rating, reviews, last_review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (question_id) DO UPDATE SET topic = excluded.topic, "
            "topic_title = excluded.topic_title, card = excluded.card, due = excluded.due, "
            "state = excluded.state, last_rating = excluded.last_rating, "
            "reviews = excluded.reviews, last_review = excluded.last_review",
            (_schedule_row(question_id, *values) for question_id, values in self.schedules.items()),
        )
        db.executemany(
            "INSERT INTO misconception_events (quiz_id, position, misconception, picked, "
            "confidence, at) VALUES (?, ?, ?, ?, ?, ?)",
            self.event_rows,
        )
        for table, key, counts in (
            ("answer_hours", "hour", self.hours),
            ("answer_levels", "confidence", self.levels),
        ):
            db.executemany(
                f"INSERT INTO {table} ({key}, answers, correct) VALUES (?, ?, ?) "
                f"ON CONFLICT ({key}) DO UPDATE SET answers = answers + excluded.answers, "
                "correct = correct + excluded.correct",
                ((name, n, right) for name, (n, right) in counts.items()),
            )


def _schedule_row(
    question_id: str,
    topic: str,
    title: str,
    card: Card,
    rating: Rating,
    reviews: int,
    at: dt.datetime,
) -> tuple[Any, ...]:
    return (
        question_id,
        topic,
        title,
        card_to_json(card),
        utc_text(card.due),
        int(card.state),
        int(rating),
        reviews,
        utc_text(at),
    )


def _recent_durations(db: sqlite3.Connection) -> list[float]:
    rows = db.execute(
        "SELECT duration_ms FROM review_logs ORDER BY quiz_id DESC, position DESC LIMIT ?",
        (MEDIAN_WINDOW,),
    )
    return [float(value or 0) / 1000.0 for (value,) in rows]


def record_learning(
    db: sqlite3.Connection, quiz_id: int, position: int, *, scheduler: Scheduler | None = None
) -> bool:
    """Store the review log, new schedule and ledger events of an answer just inserted.

    Call it inside the transaction that inserted the answer (it neither begins nor commits).
    Everything it needs is read from the answer's row, its plan item and its snapshot.

    Args:
        db: The store's connection, inside the open write transaction.
        quiz_id: The answer's quiz.
        position: The answer's position in the quiz.
        scheduler: The FSRS scheduler; :func:`~quizapp.core.scheduling.make_scheduler` when None.

    Returns:
        True when rows were written; False when this answer had them already (a retry).

    Raises:
        LookupError: There is no such answer.
    """
    if not db.in_transaction:
        raise ValueError("record_learning() must run inside the answer's transaction")
    done = db.execute(
        "SELECT 1 FROM review_logs WHERE quiz_id = ? AND position = ?", (quiz_id, position)
    ).fetchone()
    if done is not None:
        return False
    row = db.execute(
        f"SELECT {_ANSWER_COLUMNS} {_ANSWER_JOIN} WHERE a.quiz_id = ? AND a.position = ?",
        (quiz_id, position),
    ).fetchone()
    if row is None:
        raise LookupError(f"no stored answer at quiz {quiz_id}, position {position}")
    stored = db.execute(
        "SELECT card, reviews FROM schedules WHERE question_id = ?", (row[2],)
    ).fetchone()
    card = None if stored is None else card_from_json(stored[0])
    derivation = _Derivation(scheduler or make_scheduler(), _recent_durations(db))
    derivation.add(db, row, card, 0 if stored is None else int(stored[1]))
    derivation.write(db)
    return True


def backfill_learning(db: sqlite3.Connection, *, scheduler: Scheduler | None = None) -> int:
    """Derive learning rows for every stored answer that has none, in the order answered.

    Used by the schema step for answers stored before it, and to seed benchmarks. Runs in the
    caller's transaction.

    Returns:
        How many answers were processed.
    """
    durations = _recent_durations(db)
    derivation = _Derivation(scheduler or make_scheduler(), durations)
    cards: dict[str, tuple[Card, int]] = {
        str(question_id): (card_from_json(text), int(count))
        for question_id, text, count in db.execute(
            "SELECT question_id, card, reviews FROM schedules"
        )
    }
    rows = db.execute(
        f"SELECT {_ANSWER_COLUMNS} {_ANSWER_JOIN} "
        "WHERE NOT EXISTS (SELECT 1 FROM review_logs AS r "
        "WHERE r.quiz_id = a.quiz_id AND r.position = a.position) "
        "ORDER BY a.quiz_id, a.position"
    ).fetchall()
    for row in rows:
        card, count = cards.get(row[2], (None, 0))
        cards[row[2]] = (derivation.add(db, row, card, count), count + 1)
    derivation.write(db)
    return len(rows)


def stored_reviews(db: sqlite3.Connection) -> dict[str, list[Review]]:
    """Return every stored review, per question, in the order given."""
    found: dict[str, list[Review]] = {}
    rows = db.execute(
        "SELECT question_id, rating, reviewed_at, duration_ms FROM review_logs "
        "ORDER BY quiz_id, position"
    )
    for question_id, rating, reviewed_at, duration in rows:
        found.setdefault(question_id, []).append(
            Review(question_id, Rating(rating), parse_utc(reviewed_at), duration)
        )
    return found


def recompute_cards(
    db: sqlite3.Connection, *, scheduler: Scheduler | None = None
) -> dict[str, Card]:
    """Recompute every question's card from the stored review logs alone."""
    chosen = scheduler or make_scheduler()
    cards: dict[str, Card] = {}
    for question_id, reviews in stored_reviews(db).items():
        card = replay(chosen, reviews)
        if card is not None:
            cards[question_id] = card
    return cards


def stored_cards(db: sqlite3.Connection) -> dict[str, Card]:
    """Return every question's stored card."""
    return {
        str(question_id): card_from_json(text)
        for question_id, text in db.execute("SELECT question_id, card FROM schedules")
    }


def due_questions(db: sqlite3.Connection, now: dt.datetime) -> list[DueQuestion]:
    """Return the questions due for review at ``now``, longest overdue first."""
    rows = db.execute(
        "SELECT question_id, topic, due, state FROM schedules WHERE due <= ? "
        "ORDER BY due, question_id",
        (utc_text(now),),
    )
    return [
        DueQuestion(str(question_id), str(topic), parse_utc(due), int(state) != State.Review)
        for question_id, topic, due, state in rows
    ]


def due_count(
    db: sqlite3.Connection, now: dt.datetime, among: Collection[str] | None = None
) -> int:
    """Return how many questions are due for review at ``now``.

    Args:
        db: The progress database.
        now: The moment.
        among: Count only these question ids (the questions of the loaded banks); all when
            None.
    """
    if among is None:
        row = db.execute("SELECT count(*) FROM schedules WHERE due <= ?", (utc_text(now),))
        return int(row.fetchone()[0])
    rows = db.execute("SELECT question_id FROM schedules WHERE due <= ?", (utc_text(now),))
    return sum(1 for (question_id,) in rows if question_id in among)


def next_due(
    db: sqlite3.Connection, now: dt.datetime, among: Collection[str] | None = None
) -> dt.datetime | None:
    """Return when the next question becomes due after ``now`` (of ``among``, if given)."""
    if among is None:
        row = db.execute("SELECT min(due) FROM schedules WHERE due > ?", (utc_text(now),))
        value = row.fetchone()[0]
        return None if value is None else parse_utc(value)
    rows = db.execute(
        "SELECT question_id, due FROM schedules WHERE due > ? ORDER BY due", (utc_text(now),)
    )
    return next((parse_utc(due) for question_id, due in rows if question_id in among), None)


def _case(points: dict[Confidence | None, int], column: str) -> str:
    whens = " ".join(
        f"WHEN '{level.value}' THEN {int(value)}"
        for level, value in points.items()
        if level is not None
    )
    return f"(CASE {column} {whens} ELSE {int(points[None])} END)"


_CONFIDENCE_OF_RANK = {rank: level for level, rank in CONFIDENCE_RANK.items()}


def held_misconceptions(db: sqlite3.Connection) -> list[HeldMisconception]:
    """Return the misconceptions the learner holds (rule: :mod:`quizapp.core.ledger`).

    Returns:
        Most recently picked first, then by id.
    """
    rank = _case(CONFIDENCE_RANK, "confidence")
    weight = _case(REJECTION_POINTS, "r.confidence")
    rows = db.execute(
        "WITH picks AS (SELECT misconception, count(*) AS times, max(id) AS last_id, "
        f"max({rank}) AS top FROM misconception_events WHERE picked = 1 "
        "GROUP BY misconception), "
        "scored AS (SELECT p.misconception, p.times, p.top, e.at, "
        f"(SELECT coalesce(sum({weight}), 0) FROM misconception_events AS r "
        "WHERE r.misconception = p.misconception AND r.picked = 0 AND r.id > p.last_id) "
        "AS progress FROM picks AS p JOIN misconception_events AS e ON e.id = p.last_id) "
        "SELECT misconception, times, at, top, progress FROM scored WHERE progress < ? "
        "ORDER BY at DESC, misconception",
        (CLEAR_POINTS,),
    )
    return [
        HeldMisconception(
            str(misconception),
            int(times),
            parse_utc(at),
            _CONFIDENCE_OF_RANK[int(top)],
            int(progress),
        )
        for misconception, times, at, top, progress in rows
    ]
