"""Save failures: the n-th write fails; an error says so, nothing is half-stored, a retry works."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from quizapp.core.connection import FailOnWrite
from quizapp.core.engine import Phase, Quiz, QuizPlan
from quizapp.core.store import Store
from quizapp.core.store_errors import SaveFailedError
from tests.core.factories import at, make_plan, pick_for

QUESTIONS = 4
WRITES = 1 + QUESTIONS + 1  # start, each answer, finish


def rows(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    db = store._live()
    return {
        table: db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
        for table in ("quizzes", "items", "answers", "snapshots")
    }


def take_quiz(store: Store, plan: QuizPlan) -> list[str]:
    """Take a whole quiz the way the session does: retry each failed save once."""
    failures = []

    def attempt(action: Any, *args: Any) -> Any:
        try:
            return action(*args)
        except SaveFailedError as error:
            failures.append(str(error))
            assert store.fault is not None
            return action(*args)

    quiz_id = attempt(store.start_quiz, plan, ["topic-0"], at(0))
    quiz = Quiz(plan, clock=lambda: 0.0)
    rng = random.Random(5)
    while quiz.phase is not Phase.FINISHED:
        response = quiz.submit(pick_for(plan, quiz.index, rng))
        attempt(store.record_answer, quiz_id, response, at(1 + quiz.index))
        quiz.advance()
    attempt(store.finish_quiz, quiz_id, at(10), 30.0)
    return failures


def test_without_faults(tmp_path: Path) -> None:
    hook = FailOnWrite(0)
    with Store.open(tmp_path / "a.sqlite3") as store:
        store.fault = hook
        assert take_quiz(store, make_plan(QUESTIONS)) == []
    assert hook.count == WRITES


@pytest.mark.parametrize("n", range(1, WRITES + 1))
def test_failed_nth_write_then_retry_ends_as_without_failure(tmp_path: Path, n: int) -> None:
    plan = make_plan(QUESTIONS)
    with Store.open(tmp_path / "clean.sqlite3") as clean:
        take_quiz(clean, plan)
        expected = rows(clean)
    hook = FailOnWrite(n)
    with Store.open(tmp_path / "faulty.sqlite3") as store:
        store.fault = hook
        failures = take_quiz(store, plan)
        assert rows(store) == expected
        assert store.integrity_check() == ["ok"]
    assert len(failures) == 1
    assert "disk is full" in failures[0]
    assert hook.failed is not None and hook.failed in failures[0]


def test_failed_answer_is_not_stored_and_resume_asks_it_again(db_path: Path) -> None:
    plan = make_plan(3)
    store = Store.open(db_path)
    quiz_id = store.start_quiz(plan, [], at(0))
    quiz = Quiz(plan)
    first = quiz.submit(pick_for(plan, 0, random.Random(0)))
    store.fault = FailOnWrite(1)
    with pytest.raises(SaveFailedError, match="could not save your answer: the disk is full"):
        store.record_answer(quiz_id, first, at(1))
    assert not store._live().in_transaction
    store.close()  # the app gives up (or crashes) with the answer only in memory
    with Store.open(db_path) as reopened:
        state = reopened.unfinished_quiz()
        assert state is not None
        assert state.responses == ()
        assert state.to_quiz().current == plan.items[0]


def test_a_real_full_database_fails_cleanly_and_recovers(store: Store) -> None:
    # SQLite's own "database or disk is full", from a page limit: no mock involved.
    db = store._live()
    quiz_id = store.start_quiz(make_plan(2), [], at(0))
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    before = rows(store)
    with pytest.raises(SaveFailedError, match="the disk is full"):
        store.start_quiz(make_plan(60, prefix="big"), ["x"], at(1))
    assert rows(store) == before
    db.execute(f"PRAGMA max_page_count = {pages * 100}")
    retried = store.start_quiz(make_plan(60, prefix="big"), ["x"], at(1))
    assert retried != quiz_id
    assert len(store.load_quiz(retried)[0].items) == 60


def test_programming_errors_are_not_disguised_as_save_failures(store: Store) -> None:
    store.fault = FailOnWrite(1, sqlite3.IntegrityError("constraint failed"))
    with pytest.raises(sqlite3.IntegrityError):
        store.start_quiz(make_plan(1), [], at(0))
    assert store.unfinished_quiz() is None
