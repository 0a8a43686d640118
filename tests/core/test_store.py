"""The store's API: plans and answers stored as given, resume, finish, history, discard."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

import pytest

from quizapp.core.engine import (
    Confidence,
    Mode,
    Phase,
    PlannedQuestion,
    Quiz,
    QuizPlan,
    Response,
    summarise,
)
from quizapp.core.store import Store
from quizapp.core.store_errors import (
    AnswerConflictError,
    QuizNotFoundError,
    QuizStateError,
    SaveFailedError,
    StoreOpenError,
    UnreadableQuizError,
)
from tests.core.factories import at, make_plan, pick_for


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def answer(store: Store, quiz_id: int, quiz: Quiz, rng: random.Random, minute: float) -> Response:
    response = quiz.submit(pick_for(quiz.plan, quiz.index, rng), Confidence.MEDIUM)
    store.record_answer(quiz_id, response, at(minute), elapsed=quiz.elapsed())
    quiz.advance()
    return response


def test_settings_that_make_commits_durable(store: Store) -> None:
    db = store._live()
    assert db.isolation_level is None
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert not db.in_transaction


def test_whole_plan_is_stored_as_the_learner_saw_it(store: Store) -> None:
    plan = make_plan(8, Mode.EXAM, seed=3)
    quiz_id = store.start_quiz(plan, ["topic-0", "topic-1"], at(0))
    stored, responses, seconds = store.load_quiz(quiz_id)
    assert stored == plan  # mode, seed, questions, topics, notices and option order
    assert [item.option_order for item in stored.items] == [i.option_order for i in plan.items]
    assert responses == []
    assert seconds == 0.0


def test_answers_are_stored_and_the_quiz_resumes_where_it_stopped(db_path: Path) -> None:
    plan = make_plan(6)
    rng = random.Random(1)
    clock = FakeClock()
    with Store.open(db_path) as store:
        quiz_id = store.start_quiz(plan, ["topic-0"], at(0))
        quiz = Quiz(plan, clock=clock)
        given = []
        for minute in range(3):
            clock.now += 10
            given.append(answer(store, quiz_id, quiz, rng, minute))
    with Store.open(db_path) as store:
        state = store.unfinished_quiz()
    assert state is not None
    assert state.quiz_id == quiz_id
    assert state.plan == plan
    assert list(state.responses) == given
    assert state.next_index == 3
    assert state.seconds == pytest.approx(30.0)
    assert state.topics == ("topic-0",)
    assert state.started_at == at(0)
    resumed = state.to_quiz(clock=clock)
    assert resumed.phase is Phase.ASKING
    assert resumed.index == 3
    assert resumed.current == plan.items[3]
    assert resumed.elapsed() == pytest.approx(30.0)


def test_finished_quiz_appears_in_history_with_its_score(store: Store) -> None:
    plan = make_plan(4, Mode.PRACTICE, seed=11)
    rng = random.Random(2)
    quiz_id = store.start_quiz(plan, ["topic-0", "topic-1"], at(0))
    quiz = Quiz(plan)
    for minute in range(4):
        answer(store, quiz_id, quiz, rng, minute)
    assert quiz.phase is Phase.FINISHED
    store.finish_quiz(quiz_id, at(5), 123.5)
    assert store.unfinished_quiz() is None
    [summary] = store.history()
    result = summarise(plan, quiz.responses, 123.5)
    assert summary.id == quiz_id
    assert (summary.points, summary.total, summary.percent) == (
        result.points,
        result.total,
        result.percent,
    )
    assert summary.started_at == at(0)
    assert summary.finished_at == at(5)
    assert summary.mode is Mode.PRACTICE
    assert summary.topics == ("topic-0", "topic-1")
    assert summary.seconds == 123.5
    assert store.load_quiz(quiz_id) == (plan, quiz.responses, 123.5)
    store.finish_quiz(quiz_id, at(9), 999.0)  # finishing again changes nothing
    assert store.history() == [summary]


def test_history_is_newest_first(store: Store) -> None:
    ids = []
    for start in (10, 30, 20):
        plan = make_plan(1, seed=start)
        quiz_id = store.start_quiz(plan, [], at(start))
        quiz = Quiz(plan)
        answer(store, quiz_id, quiz, random.Random(start), start)
        store.finish_quiz(quiz_id, at(start + 1), 1.0)
        ids.append(quiz_id)
    assert [summary.id for summary in store.history()] == [ids[1], ids[2], ids[0]]


def test_retrying_an_answer_stores_it_once(store: Store) -> None:
    plan = make_plan(3)
    quiz_id = store.start_quiz(plan, [], at(0))
    quiz = Quiz(plan)
    response = quiz.submit(pick_for(plan, 0, random.Random(3)))
    store.record_answer(quiz_id, response, at(1))
    store.record_answer(quiz_id, response, at(2))  # same answer, retried later
    _, responses, _ = store.load_quiz(quiz_id)
    assert responses == [response]


def test_a_different_answer_for_an_answered_question_is_refused(store: Store) -> None:
    plan = make_plan(3)
    quiz_id = store.start_quiz(plan, [], at(0))
    quiz = Quiz(plan)
    response = quiz.submit(pick_for(plan, 0, random.Random(3)))
    store.record_answer(quiz_id, response, at(1))
    other = Response(0, response.question_id, frozenset(), 0.0, response.outcome, 9.0)
    with pytest.raises(AnswerConflictError, match="already has another answer"):
        store.record_answer(quiz_id, other, at(2))
    assert store.load_quiz(quiz_id)[1] == [response]


def test_answers_must_follow_the_plan(store: Store) -> None:
    plan = make_plan(3)
    quiz_id = store.start_quiz(plan, [], at(0))
    first = plan.items[0].question.id
    wrong_id = Response(0, "not-planned", frozenset(), 0.0, Quiz(plan).submit([]).outcome)
    with pytest.raises(AnswerConflictError, match="is not 'not-planned'"):
        store.record_answer(quiz_id, wrong_id, at(1))
    skipping = Response(1, plan.items[1].question.id, frozenset(), 0.0, wrong_id.outcome)
    with pytest.raises(AnswerConflictError, match="not the next one"):
        store.record_answer(quiz_id, skipping, at(1))
    beyond = Response(3, first, frozenset(), 0.0, wrong_id.outcome)
    with pytest.raises(AnswerConflictError):
        store.record_answer(quiz_id, beyond, at(1))
    with pytest.raises(QuizNotFoundError):
        store.record_answer(quiz_id + 1, wrong_id, at(1))
    assert store.load_quiz(quiz_id)[1] == []


def test_a_quiz_with_unanswered_questions_cannot_be_finished(store: Store) -> None:
    quiz_id = store.start_quiz(make_plan(2), [], at(0))
    with pytest.raises(QuizStateError, match="0 of 2"):
        store.finish_quiz(quiz_id, at(1), 1.0)
    assert store.history() == []


def test_elapsed_time_is_kept_with_each_answer(store: Store) -> None:
    plan = make_plan(3)
    quiz_id = store.start_quiz(plan, [], at(0))
    quiz = Quiz(plan)
    response = quiz.submit(pick_for(plan, 0, random.Random(1)))
    store.record_answer(quiz_id, response, at(1), elapsed=42.0)
    state = store.unfinished_quiz()
    assert state is not None and state.seconds == 42.0
    quiz.advance()
    second = quiz.submit(pick_for(plan, 1, random.Random(1)))
    store.record_answer(quiz_id, second, at(2))  # no elapsed given: never goes back in time
    state = store.unfinished_quiz()
    assert state is not None and state.seconds == 42.0


def test_discarded_quiz_is_not_offered_nor_answerable(store: Store) -> None:
    plan = make_plan(2)
    quiz_id = store.start_quiz(plan, [], at(0))
    store.discard_quiz(quiz_id)
    store.discard_quiz(quiz_id)  # again: no change
    assert store.unfinished_quiz() is None
    response = Quiz(plan).submit([])
    with pytest.raises(QuizStateError, match="discarded"):
        store.record_answer(quiz_id, response, at(1))
    with pytest.raises(QuizNotFoundError):
        store.discard_quiz(quiz_id + 1)


def test_a_finished_quiz_cannot_be_discarded(store: Store) -> None:
    plan = make_plan(1)
    quiz_id = store.start_quiz(plan, [], at(0))
    quiz = Quiz(plan)
    answer(store, quiz_id, quiz, random.Random(0), 1)
    store.finish_quiz(quiz_id, at(2), 1.0)
    with pytest.raises(QuizStateError, match="finished"):
        store.discard_quiz(quiz_id)
    assert len(store.history()) == 1


def test_starting_a_new_quiz_sets_the_unfinished_one_aside(store: Store) -> None:
    first = store.start_quiz(make_plan(2, seed=1), [], at(0))
    second = store.start_quiz(make_plan(2, seed=2), [], at(1))
    state = store.unfinished_quiz()
    assert state is not None and state.quiz_id == second
    with pytest.raises(QuizStateError):
        store.record_answer(first, Quiz(make_plan(2, seed=1)).submit([]), at(2))


def test_editing_a_bank_does_not_change_a_stored_quiz(store: Store) -> None:
    plan = make_plan(2)
    quiz_id = store.start_quiz(plan, [], at(0))
    first = plan.items[0]
    edited = first.question.model_copy(update={"prompt": "Rewritten later"})
    later = QuizPlan(plan.mode, 1, (PlannedQuestion(edited, "t", "T", first.option_order),))
    store.start_quiz(later, [], at(1))
    stored, _, _ = store.load_quiz(quiz_id)
    assert stored.items[0].question.prompt == plan.items[0].question.prompt


def test_identical_questions_are_stored_once(store: Store) -> None:
    plan = make_plan(4)
    for minute in range(3):
        store.start_quiz(plan, [], at(minute))
    count = store._live().execute("SELECT count(*) FROM snapshots").fetchone()[0]
    assert count == 4


def test_times_must_carry_a_time_zone(store: Store) -> None:
    with pytest.raises(ValueError, match="time zone"):
        store.start_quiz(make_plan(1), [], dt.datetime(2025, 1, 1, 12, 0))
    assert store.unfinished_quiz() is None


def test_a_closed_store_refuses_work(db_path: Path) -> None:
    store = Store.open(db_path)
    store.close()
    store.close()
    with pytest.raises(Exception, match="closed"):
        store.history()


def test_read_only_store_reads_but_never_writes(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.start_quiz(make_plan(2), [], at(0))
    with Store.open(db_path, read_only=True) as reader:
        assert reader.unfinished_quiz() is not None
        with pytest.raises(SaveFailedError, match="read-only"):
            reader.start_quiz(make_plan(1), [], at(1))


def test_read_only_open_needs_an_existing_database(tmp_path: Path) -> None:
    with pytest.raises(StoreOpenError, match="no up-to-date"):
        Store.open(tmp_path / "missing.sqlite3", read_only=True)
    assert not (tmp_path / "missing.sqlite3").exists()


def test_folder_that_cannot_be_created_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreOpenError, match="cannot create the folder"):
        Store.open(blocker / "sub" / "quizapp.sqlite3")


def test_schema_rejects_impossible_rows(store: Store) -> None:
    quiz_id = store.start_quiz(make_plan(1), [], at(0))
    with pytest.raises(sqlite3.IntegrityError):
        store._live().execute(
            "INSERT INTO answers (quiz_id, position, question_id, picked, points, outcome, "
            "seconds, answered_at) VALUES (?, 5, 'x', '[]', 0.5, 'partial', 1.0, 't')",
            (quiz_id,),
        )


def test_a_quiz_this_version_cannot_read_is_reported(store: Store) -> None:
    quiz_id = store.start_quiz(make_plan(2), [], at(0))
    store._live().execute('UPDATE snapshots SET body = \'{"type": "future"}\'')
    with pytest.raises(UnreadableQuizError, match="cannot read"):
        store.unfinished_quiz()
    store.discard_quiz(quiz_id)  # the way out the app offers
    assert store.unfinished_quiz() is None
