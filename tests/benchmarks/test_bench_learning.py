"""Speed of the learning features with 100,000 stored answers (run with ``make bench``).

The history: 200 questions in 5 topics (a quarter of the wrong choices tagged with one of 12
misconceptions), 10,000 finished quizzes of 10 questions over a year, about 70 % right, the
confidence levels mixed. Rows are inserted in bulk, then the learning rows are derived by the
same code the schema step runs for an existing history (timed too). Targets: the due queue and
the statistics screen's data each under 300 ms.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
import statistics as stats
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from quizapp.core.connection import connect
from quizapp.core.engine import Confidence, Outcome, Response
from quizapp.core.learning_queries import MistakeFilter, mistakes
from quizapp.core.learning_schema import create_learning_tables, has_learning_tables
from quizapp.core.learning_stats import statistics
from quizapp.core.learning_store import (
    backfill_learning,
    due_count,
    due_questions,
    held_misconceptions,
    record_learning,
)
from quizapp.core.model import Choice, SingleQuestion
from quizapp.core.store import DB_FILE_NAME, Store
from quizapp.core.store_records import encode_keys, snapshot, utc_text

ANSWERS = 100_000
PER_QUIZ = 10
QUESTIONS = 200
TOPICS = 5
START = dt.datetime(2024, 3, 1, 8, 0, tzinfo=dt.UTC)
NOW = START + dt.timedelta(days=366)
LIMIT_MS = 300.0
ROUNDS = 15


def _questions(rng: random.Random) -> list[SingleQuestion]:
    found = []
    for n in range(QUESTIONS):
        choices = [Choice(text=f"Right answer {n}", correct=True, feedback="Yes.")]
        for k in range(1, 4):
            myth = f"myth-{rng.randrange(12)}" if rng.random() < 0.25 else None
            choices.append(
                Choice(text=f"Wrong {k} of {n}", feedback=f"Because {k}.", misconception=myth)
            )
        found.append(
            SingleQuestion(
                type="single",
                id=f"q{n:03d}",
                prompt=f"Question number {n}?",
                explanation=f"Explanation {n}.",
                sources=["src"],
                choices=choices,
            )
        )
    return found


def _seed(db: sqlite3.Connection) -> None:
    rng = random.Random(6)
    questions = _questions(rng)
    db.execute("BEGIN IMMEDIATE")
    snapshot_ids = {}
    for question in questions:
        body, digest = snapshot(question)
        cursor = db.execute("INSERT INTO snapshots (digest, body) VALUES (?, ?)", (digest, body))
        snapshot_ids[question.id] = cursor.lastrowid
    quizzes, items, answers = [], [], []
    levels = [None, Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH]
    for quiz in range(1, ANSWERS // PER_QUIZ + 1):
        started = START + dt.timedelta(minutes=52.5 * quiz)
        chosen = rng.sample(questions, PER_QUIZ)
        points = 0.0
        for position, question in enumerate(chosen):
            topic = f"topic-{int(question.id[1:]) % TOPICS}"
            right = rng.random() < 0.7
            picked = "0" if right else str(rng.randrange(1, 4))
            points += right
            confidence = rng.choice(levels)
            shown = encode_keys(["0", "1", "2", "3"])
            snap = snapshot_ids[question.id]
            items.append((quiz, position, question.id, snap, topic, topic.title(), "", shown))
            answers.append(
                (
                    quiz,
                    position,
                    question.id,
                    encode_keys([picked]),
                    float(right),
                    "correct" if right else "incorrect",
                    round(rng.uniform(2.0, 40.0), 3),
                    None if confidence is None else confidence.value,
                    utc_text(started + dt.timedelta(seconds=20 * position)),
                )
            )
        ended = utc_text(started + dt.timedelta(minutes=4))
        topics = json.dumps(["topic-0"])
        begun = utc_text(started)
        quizzes.append(
            (quiz, begun, "practice", quiz, topics, PER_QUIZ, "finished", 300.0, ended, points)
        )
    db.executemany("INSERT INTO quizzes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", quizzes)
    db.executemany("INSERT INTO items VALUES (?, ?, ?, ?, ?, ?, ?, ?)", items)
    db.executemany("INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", answers)
    db.execute("COMMIT")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, float]]:
    path = tmp_path_factory.mktemp("bench") / DB_FILE_NAME
    Store.open(path).close()
    db = connect(path)
    _seed(db)
    start = time.perf_counter()
    db.execute("BEGIN IMMEDIATE")
    if has_learning_tables(db):  # the schema step has run (and found no answers yet)
        backfill_learning(db)
    else:
        create_learning_tables(db)
    db.execute("COMMIT")
    derive_s = time.perf_counter() - start
    db.execute("ANALYZE")
    db.close()
    yield path, derive_s


def _median_ms(action: Callable[[], Any]) -> float:
    action()  # warm the page cache
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return stats.median(times) * 1000


@pytest.mark.benchmark
def test_due_queue_and_statistics_with_100k_answers(seeded: tuple[Path, float]) -> None:
    path, derive_s = seeded
    db = connect(path, read_only=True)
    try:
        assert db.execute("SELECT count(*) FROM answers").fetchone()[0] == ANSWERS
        assert db.execute("SELECT count(*) FROM review_logs").fetchone()[0] == ANSWERS
        due_ms = _median_ms(lambda: (due_questions(db, NOW), due_count(db, NOW)))
        stats_ms = _median_ms(lambda: statistics(db, NOW, dt.UTC))
        held_ms = _median_ms(lambda: held_misconceptions(db))
        still = MistakeFilter(still_missed=True)
        still_ms = _median_ms(lambda: mistakes(db, still, per_question=True))
        every_ms = _median_ms(lambda: mistakes(db))
        topic_ms = _median_ms(lambda: mistakes(db, MistakeFilter(topics={"topic-1"}), limit=500))
        due = len(due_questions(db, NOW))
        data = statistics(db, NOW, dt.UTC)
    finally:
        db.close()
    print(
        f"\nlearning with {ANSWERS:,} answers (median of {ROUNDS}): due queue {due_ms:.1f} ms "
        f"({due} due); statistics {stats_ms:.1f} ms ({len(data.scores)} quizzes, "
        f"{len(data.per_day)} days); held misconceptions {held_ms:.1f} ms; workbench (each "
        f"question still missed, newest mistake) {still_ms:.1f} ms; every mistake "
        f"{every_ms:.1f} ms; one topic's newest 500 mistakes {topic_ms:.1f} ms; "
        f"deriving the learning rows of the whole history once: {derive_s:.1f} s"
    )
    assert due_ms < LIMIT_MS
    assert stats_ms < LIMIT_MS


@pytest.mark.benchmark
def test_recording_one_answer_with_its_learning_rows(seeded: tuple[Path, float]) -> None:
    path, _ = seeded
    db = connect(path)
    quiz_id = ANSWERS // PER_QUIZ + 1
    times = []
    try:
        db.execute("BEGIN IMMEDIATE")
        db.execute(
            "INSERT INTO quizzes (id, started_at, mode, seed, topics, total) "
            "VALUES (?, ?, 'practice', 1, '[]', ?)",
            (quiz_id, utc_text(NOW), ROUNDS),
        )
        db.executemany(
            "INSERT INTO items SELECT ?, ?, question_id, snapshot_id, topic, topic_title, notice, "
            "option_order FROM items WHERE quiz_id = 1 AND position = 0",
            [(quiz_id, position) for position in range(ROUNDS)],
        )
        db.execute("COMMIT")
        question_id = db.execute("SELECT question_id FROM items WHERE quiz_id = 1").fetchone()[0]
        for position in range(ROUNDS):
            response = Response(position, question_id, frozenset({"1"}), 0.0, Outcome.INCORRECT)
            when = utc_text(NOW + dt.timedelta(minutes=position))
            start = time.perf_counter()
            db.execute("BEGIN IMMEDIATE")
            db.execute(
                "INSERT INTO answers VALUES (?, ?, ?, ?, 0, 'incorrect', 3.0, 'high', ?)",
                (quiz_id, position, response.question_id, encode_keys(response.picked), when),
            )
            record_learning(db, quiz_id, position)
            db.execute("COMMIT")
            times.append(time.perf_counter() - start)
    finally:
        db.close()
    median_ms = stats.median(times) * 1000
    print(
        f"\none answer with its learning rows, committed (median of {ROUNDS}): {median_ms:.1f} ms"
    )
    assert median_ms < 10.0
