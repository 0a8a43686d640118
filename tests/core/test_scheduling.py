"""Spaced review: the rating rule, due dates per rating, and schedules recomputed from logs."""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fsrs import Rating, State
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.core.connection import FailOnWrite, connect
from quizapp.core.engine import Confidence, Mode, Outcome, PlanSource, Response, build_plan
from quizapp.core.learning_store import (
    backfill_learning,
    due_count,
    due_questions,
    next_due,
    recompute_cards,
    record_learning,
    stored_cards,
    stored_reviews,
)
from quizapp.core.scheduling import (
    Review,
    card_from_json,
    card_to_json,
    make_scheduler,
    median_seconds,
    rating_for,
    replay,
    review,
    slow_limit,
)
from quizapp.core.store import DB_FILE_NAME, Store
from quizapp.core.store_errors import SaveFailedError
from quizapp.core.store_records import utc_text
from tests.core.learning_support import (
    LEARNING_TABLES,
    T0,
    Learner,
    myth_question,
    transaction,
)

LOW, MEDIUM, HIGH = Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH
MINUTE = dt.timedelta(minutes=1)
DAY = dt.timedelta(days=1)


def answer(
    outcome: Outcome, confidence: Confidence | None = None, seconds: float = 5.0
) -> Response:
    points = {Outcome.CORRECT: 1.0, Outcome.PARTIAL: 0.5, Outcome.INCORRECT: 0.0}[outcome]
    return Response(0, "q", frozenset({"0"}), points, outcome, seconds, confidence)


@pytest.fixture
def learner(tmp_path: Path) -> Iterator[Learner]:
    opened = Learner(tmp_path / "data")
    yield opened
    opened.close()


# -- the rating rule ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("outcome", "confidence", "seconds", "expected"),
    [
        (Outcome.INCORRECT, None, 3.0, Rating.Again),
        (Outcome.INCORRECT, HIGH, 3.0, Rating.Again),
        (Outcome.PARTIAL, HIGH, 3.0, Rating.Again),
        (Outcome.PARTIAL, LOW, 50.0, Rating.Again),
        (Outcome.CORRECT, LOW, 3.0, Rating.Hard),
        (Outcome.CORRECT, None, 31.0, Rating.Hard),
        (Outcome.CORRECT, HIGH, 31.0, Rating.Hard),
        (Outcome.CORRECT, MEDIUM, 30.0, Rating.Good),
        (Outcome.CORRECT, None, 3.0, Rating.Good),
        (Outcome.CORRECT, MEDIUM, 3.0, Rating.Good),
        (Outcome.CORRECT, HIGH, 10.0, Rating.Good),
        (Outcome.CORRECT, HIGH, 9.9, Rating.Easy),
        (Outcome.CORRECT, HIGH, 0.0, Rating.Easy),
    ],
)
def test_rating_rule_without_a_median(
    outcome: Outcome, confidence: Confidence | None, seconds: float, expected: Rating
) -> None:
    assert rating_for(answer(outcome, confidence, seconds)) is expected


@pytest.mark.parametrize(
    ("median", "limit"),
    [(None, 30.0), (2.0, 10.0), (5.0, 10.0), (8.0, 16.0), (15.0, 30.0), (40.0, 30.0)],
)
def test_slow_limit_is_twice_the_median_between_10_and_30_seconds(
    median: float | None, limit: float
) -> None:
    assert slow_limit(median) == limit


def test_slow_relative_to_the_learner_makes_a_right_answer_hard() -> None:
    right = answer(Outcome.CORRECT, MEDIUM, 17.0)
    assert rating_for(right) is Rating.Good  # under 30 s
    assert rating_for(right, median=8.0) is Rating.Hard  # over 2 x 8 s
    assert rating_for(right, median=9.0) is Rating.Good  # under 2 x 9 s
    quick = answer(Outcome.CORRECT, HIGH, 9.0)
    assert rating_for(quick, median=2.0) is Rating.Easy  # the limit never drops below 10 s


def test_median_needs_ten_answers_and_uses_the_latest_window() -> None:
    assert median_seconds([5.0] * 9) is None
    assert median_seconds([1.0] * 5 + [9.0] * 6) == 9.0
    assert median_seconds([2.0] * 200 + [100.0] * 500) == 2.0


# -- due dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rating", "interval", "state"),
    [
        (Rating.Again, 10 * MINUTE, State.Learning),
        (Rating.Hard, 15 * MINUTE, State.Learning),
        (Rating.Good, 2 * DAY, State.Review),
        (Rating.Easy, 8 * DAY, State.Review),
    ],
)
def test_due_date_after_a_first_review(
    rating: Rating, interval: dt.timedelta, state: State
) -> None:
    card, log = review(make_scheduler(), None, Review("q", rating, T0))
    assert card.due == T0 + interval
    assert card.state is state
    assert log.rating is rating


def test_intervals_grow_and_a_lapse_comes_back_in_ten_minutes() -> None:
    scheduler = make_scheduler()
    card = None
    now = T0
    intervals = []
    for rating in (Rating.Good, Rating.Good, Rating.Good, Rating.Again, Rating.Good):
        card, _ = review(scheduler, card, Review("q", rating, now))
        intervals.append(card.due - now)
        now = card.due
    assert intervals == [2 * DAY, 11 * DAY, 46 * DAY, 10 * MINUTE, 3 * DAY]


def test_a_missed_question_is_due_again_the_same_day() -> None:
    scheduler = make_scheduler()
    card, _ = review(scheduler, None, Review("q", Rating.Good, T0))
    later = T0 + 5 * DAY  # in review, well past learning
    card, _ = review(scheduler, card, Review("q", Rating.Again, later))
    assert card.due.date() == later.date()
    assert card.due - later == 10 * MINUTE


def test_times_must_carry_a_zone_and_are_kept_in_utc() -> None:
    with pytest.raises(ValueError, match="time zone"):
        review(make_scheduler(), None, Review("q", Rating.Good, dt.datetime(2025, 1, 1)))
    paris = dt.timezone(dt.timedelta(hours=1))
    card, _ = review(make_scheduler(), None, Review("q", Rating.Again, T0.astimezone(paris)))
    assert card.due == T0 + 10 * MINUTE
    assert card.due.utcoffset() == dt.timedelta(0)


def test_card_json_round_trip_and_replay_equals_step_by_step() -> None:
    scheduler = make_scheduler()
    reviews = [
        Review("q", rating, T0 + index * 3 * DAY)
        for index, rating in enumerate([Rating.Again, Rating.Good, Rating.Hard, Rating.Easy])
    ]
    card = None
    for entry in reviews:
        card, _ = review(scheduler, card_from_json(card_to_json(card)) if card else None, entry)
    assert card is not None
    replayed = replay(scheduler, reviews)
    assert replayed is not None
    assert replayed.to_dict() == card.to_dict()
    assert replay(scheduler, []) is None


# -- in the progress database ---------------------------------------------------------------------


def test_each_answer_gets_a_review_log_and_a_schedule(learner: Learner) -> None:
    wrong, right, sure = myth_question("q-wrong"), myth_question("q-right"), myth_question("q-sure")
    learner.quiz(
        [(wrong, {"1"}, HIGH, 4.0), (right, {"0"}, MEDIUM, 4.0), (sure, {"0"}, HIGH, 4.0)], T0
    )
    logs = stored_reviews(learner.db)
    assert {qid: [r.rating for r in entries] for qid, entries in logs.items()} == {
        "q-wrong": [Rating.Again],
        "q-right": [Rating.Good],
        "q-sure": [Rating.Easy],
    }
    assert logs["q-right"][0].reviewed_at == T0 + MINUTE
    assert logs["q-right"][0].duration_ms == 4000
    cards = stored_cards(learner.db)
    assert cards["q-wrong"].due == T0 + 10 * MINUTE
    assert cards["q-right"].due == T0 + MINUTE + 2 * DAY
    assert cards["q-sure"].due == T0 + 2 * MINUTE + 8 * DAY


def test_due_queue_brings_back_the_missed_question_the_same_day(learner: Learner) -> None:
    learner.quiz(
        [(myth_question("a"), {"1"}, None, 5.0), (myth_question("b"), {"0"}, None, 5.0)], T0
    )
    assert due_questions(learner.db, T0 + 5 * MINUTE) == []
    due = due_questions(learner.db, T0 + 11 * MINUTE)
    assert [(item.question_id, item.learning) for item in due] == [("a", True)]
    assert due[0].due == T0 + 10 * MINUTE
    assert due[0].due.date() == T0.date()
    assert due_count(learner.db, T0 + 3 * DAY) == 2
    assert [item.question_id for item in due_questions(learner.db, T0 + 3 * DAY)] == ["a", "b"]
    assert next_due(learner.db, T0 + 11 * MINUTE) == T0 + MINUTE + 2 * DAY
    assert next_due(learner.db, T0 + 9 * DAY) is None


def test_due_count_and_next_due_can_keep_to_the_loaded_questions(learner: Learner) -> None:
    learner.quiz(
        [(myth_question("a"), {"1"}, None, 5.0), (myth_question("b"), {"1"}, None, 5.0)], T0
    )
    later = T0 + 11 * MINUTE
    assert due_count(learner.db, later) == 2
    assert due_count(learner.db, later, {"b", "not-answered"}) == 1  # "a"'s bank is gone
    assert due_count(learner.db, later, set()) == 0
    assert next_due(learner.db, T0, {"b"}) == T0 + MINUTE + 10 * MINUTE  # b answered a minute on
    assert next_due(learner.db, T0, {"a"}) == T0 + 10 * MINUTE
    assert next_due(learner.db, T0, {"gone"}) is None


def test_reviewing_the_due_question_moves_it_on(learner: Learner) -> None:
    question = myth_question("a")
    learner.answer(question, {"1"}, T0)
    learner.answer(question, {"0"}, T0 + 20 * MINUTE, MEDIUM)
    assert due_questions(learner.db, T0 + 21 * MINUTE) == []
    card = stored_cards(learner.db)["a"]
    assert card.state is State.Review
    assert card.due > T0 + DAY


def test_median_of_earlier_answers_is_used_when_rating(learner: Learner) -> None:
    fast = [(myth_question(f"f{n}"), {"0"}, MEDIUM, 4.0) for n in range(10)]
    learner.quiz(fast, T0)
    learner.answer(myth_question("slowish"), {"0"}, T0 + DAY, MEDIUM, seconds=12.0)
    assert stored_reviews(learner.db)["slowish"][0].rating is Rating.Hard  # 12 s > 2 x 4 s


def test_recording_twice_stores_once(learner: Learner) -> None:
    quiz_id = learner.answer(myth_question("a"), {"1"}, T0)
    with transaction(learner.db):
        assert record_learning(learner.db, quiz_id, 0) is False
    assert len(stored_reviews(learner.db)["a"]) == 1


def test_learning_rows_commit_or_roll_back_with_the_answer(learner: Learner) -> None:
    """The contract record_answer relies on: no commit inside, nothing left after a rollback."""
    question = myth_question("a")
    plan = build_plan([PlanSource(question, "topic-a", "Topic A")], None, Mode.PRACTICE, 1)
    quiz_id = learner.store.start_quiz(plan, ["topic-a"], T0)
    db = learner.db
    insert = (
        "INSERT INTO answers (quiz_id, position, question_id, picked, points, outcome, seconds, "
        "confidence, answered_at) VALUES (?, 0, 'a', '[\"1\"]', 0, 'incorrect', 5, NULL, ?)"
    )
    with pytest.raises(RuntimeError, match="crash"), transaction(db):
        db.execute(insert, (quiz_id, utc_text(T0)))
        assert record_learning(db, quiz_id, 0) is True
        assert db.in_transaction
        raise RuntimeError("crash before commit")
    assert db.execute("SELECT count(*) FROM answers").fetchone() == (0,)
    for table in LEARNING_TABLES:
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
    with pytest.raises(ValueError, match="inside"):
        record_learning(db, quiz_id, 0)  # refuses to run outside a transaction
    with transaction(db), pytest.raises(LookupError):
        record_learning(db, quiz_id, 5)


def test_store_records_learning_in_the_answer_transaction(tmp_path: Path) -> None:
    path = tmp_path / "data" / DB_FILE_NAME
    question = myth_question("a")
    plan = build_plan([PlanSource(question, "topic-a", "Topic A")], None, Mode.PRACTICE, 1)
    response = Response(0, "a", frozenset({"1"}), 0.0, Outcome.INCORRECT, 4.0, HIGH)
    with Store.open(path) as store:
        quiz_id = store.start_quiz(plan, ["topic-a"], T0)
        store.fault = FailOnWrite(1)  # the answer's COMMIT fails: nothing of it is stored
        with pytest.raises(SaveFailedError):
            store.record_answer(quiz_id, response, T0)
        db = connect(path, read_only=True)
        try:
            assert db.execute("SELECT count(*) FROM review_logs").fetchone() == (0,)
            store.record_answer(quiz_id, response, T0)  # the retry
            assert [r.rating for r in stored_reviews(db)["a"]] == [Rating.Again]
            assert stored_cards(db)["a"].due == T0 + 10 * MINUTE
        finally:
            db.close()


def test_backfill_derives_the_same_rows_as_answer_by_answer(tmp_path: Path) -> None:
    history = [
        (myth_question("a"), {"1"}, HIGH, 5.0),
        (myth_question("b"), {"0"}, LOW, 5.0),
        (myth_question("a"), {"0"}, HIGH, 3.0),
    ]
    learner = Learner(tmp_path / "data")
    try:
        for day in range(3):
            learner.quiz(history, T0 + day * DAY)
        queries = [f"SELECT * FROM {table} ORDER BY 1, 2, 3" for table in LEARNING_TABLES]
        answer_by_answer = [learner.db.execute(query).fetchall() for query in queries]
        learner.forget_learning()  # as if stored before the learning tables existed
        with transaction(learner.db):
            assert backfill_learning(learner.db) == 9
            assert backfill_learning(learner.db) == 0
        assert [learner.db.execute(query).fetchall() for query in queries] == answer_by_answer
        assert all(answer_by_answer)
    finally:
        learner.close()


answers_strategy = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c"]),
        st.sampled_from(["0", "1", "2"]),
        st.sampled_from([None, LOW, MEDIUM, HIGH]),
        st.floats(min_value=0.5, max_value=60.0),
        st.integers(min_value=1, max_value=60 * 24 * 20),  # minutes to the next answer
    ),
    min_size=1,
    max_size=25,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(answers_strategy)
def test_recomputing_from_the_logs_gives_the_stored_schedule(
    history: list[tuple[str, str, Confidence | None, float, int]],
) -> None:
    questions = {qid: myth_question(qid, ("myth-a", "myth-b")) for qid in "abc"}
    with tempfile.TemporaryDirectory() as folder:
        learner = Learner(Path(folder))
        try:
            now = T0
            for qid, key, confidence, seconds, gap in history:
                learner.answer(questions[qid], {key}, now, confidence, seconds)
                now += gap * MINUTE
            stored = {qid: card.to_dict() for qid, card in stored_cards(learner.db).items()}
            again = {qid: card.to_dict() for qid, card in recompute_cards(learner.db).items()}
            assert again == stored
            assert set(stored) == {qid for qid, *_ in history}
        finally:
            learner.close()


def test_review_logs_go_with_their_answers(learner: Learner) -> None:
    learner.answer(myth_question("a"), {"1"}, T0)
    with pytest.raises(sqlite3.IntegrityError), transaction(learner.db):
        learner.db.execute(
            "INSERT INTO review_logs (quiz_id, position, question_id, rating, reviewed_at) "
            "VALUES (99, 0, 'a', 1, '2025-03-01')"
        )
