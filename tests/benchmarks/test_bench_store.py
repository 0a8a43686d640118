"""Speed of the progress store: one answer with its commit, and the history of 100,000 answers.

Targets (issue 5): recording one answer, committed (``synchronous=FULL``), median under 10 ms on
a local disk; with 100,000 stored answers, :meth:`Store.history` (what the History screen's
table model reads) under 200 ms. Run with ``make bench``.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from quizapp.core.engine import Phase, Quiz, QuizPlan
from quizapp.core.store import DB_FILE_NAME, Store
from tests.core.factories import at, make_plan, pick_for

ANSWERS = 100_000
PER_QUIZ = 10  # short quizzes: more rows in the history than longer ones would give
RECORD_ROUNDS = 300


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / DB_FILE_NAME)
    yield opened
    opened.close()


@pytest.mark.benchmark
def test_record_one_answer_with_its_commit(store: Store, benchmark: Any) -> None:
    plan = make_plan(RECORD_ROUNDS + 10)
    quiz_id = store.start_quiz(plan, ["topic-0"], at(0))
    quiz = Quiz(plan)
    rng = random.Random(1)

    def setup() -> tuple[tuple[Any, ...], dict[str, Any]]:
        if quiz.phase is Phase.ANSWERED:
            quiz.advance()
        response = quiz.submit(pick_for(plan, quiz.index, rng))
        return (quiz_id, response, at(1)), {"elapsed": quiz.elapsed()}

    benchmark.pedantic(store.record_answer, setup=setup, rounds=RECORD_ROUNDS, iterations=1)
    assert len(store.load_quiz(quiz_id)[1]) == RECORD_ROUNDS
    median_ms = benchmark.stats.stats.median * 1000
    print(f"\nrecord_answer with commit: median {median_ms:.2f} ms")
    assert median_ms < 10.0


def _fill(path: Path, plan: QuizPlan) -> None:
    """Store one real quiz, then copy its rows into enough quizzes for 100,000 answers."""
    with Store.open(path) as store:
        quiz_id = store.start_quiz(plan, ["topic-0", "topic-1"], at(0))
        quiz = Quiz(plan)
        rng = random.Random(2)
        for index in range(len(plan.items)):
            store.record_answer(quiz_id, quiz.submit(pick_for(plan, index, rng)), at(1))
            quiz.advance()
        store.finish_quiz(quiz_id, at(2), 300.0)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("BEGIN")
        for copy in range(2, ANSWERS // PER_QUIZ + 1):
            connection.execute(
                "INSERT INTO quizzes (id, started_at, mode, seed, topics, total, state, seconds, "
                "finished_at, points) SELECT ?, ?, mode, seed, topics, total, state, seconds, "
                "?, points FROM quizzes WHERE id = 1",
                (copy, at(copy).isoformat(), at(copy + 1).isoformat()),
            )
            connection.execute(
                "INSERT INTO items (quiz_id, position, question_id, snapshot_id, topic, "
                "topic_title, notice, option_order) SELECT ?, position, question_id, snapshot_id, "
                "topic, topic_title, notice, option_order FROM items WHERE quiz_id = 1",
                (copy,),
            )
            connection.execute(
                "INSERT INTO answers (quiz_id, position, question_id, picked, points, outcome, "
                "seconds, confidence, answered_at) SELECT ?, position, question_id, picked, "
                "points, outcome, seconds, confidence, answered_at FROM answers WHERE quiz_id = 1",
                (copy,),
            )
        connection.execute("COMMIT")
    finally:
        connection.close()


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / DB_FILE_NAME
    _fill(path, make_plan(PER_QUIZ))
    return path


@pytest.mark.benchmark
def test_history_of_100000_answers(big_db: Path, benchmark: Any) -> None:
    with Store.open(big_db) as store:
        count = store._live().execute("SELECT count(*) FROM answers").fetchone()[0]
        assert count == ANSWERS
        history = benchmark(store.history)
    assert len(history) == ANSWERS // PER_QUIZ
    median_ms = benchmark.stats.stats.median * 1000
    print(f"\nhistory() with {ANSWERS:,} answers: median {median_ms:.1f} ms")
    assert median_ms < 200.0


@pytest.mark.benchmark
def test_open_with_100000_answers(big_db: Path, benchmark: Any) -> None:
    # Opening runs the damage checks (header, -wal, quick_check): the cost at start-up.
    def open_and_close() -> None:
        Store.open(big_db).close()

    benchmark.pedantic(open_and_close, rounds=10, iterations=1)
    median_ms = benchmark.stats.stats.median * 1000
    print(f"\nStore.open with {ANSWERS:,} answers: median {median_ms:.1f} ms")


@pytest.mark.benchmark
def test_export_all_100000_answers(big_db: Path, benchmark: Any) -> None:
    with Store.open(big_db, read_only=True) as store:
        count = benchmark.pedantic(lambda: sum(1 for _ in store.answers()), rounds=3, iterations=1)
    assert count == ANSWERS
    print(f"\nanswers() over {ANSWERS:,} answers: median {benchmark.stats.stats.median:.2f} s")
