"""The misconception ledger: when a myth is recorded as held, and when it is cleared."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.core.engine import Confidence
from quizapp.core.learning_store import held_misconceptions
from quizapp.core.ledger import HeldMisconception, Ledger, LedgerEvent, events_for
from quizapp.core.model import Option
from tests.core.learning_support import T0, Learner, myth_question, statement

LOW, MEDIUM, HIGH = Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH
HOUR = dt.timedelta(hours=1)


@pytest.fixture
def learner(tmp_path: Path) -> Iterator[Learner]:
    opened = Learner(tmp_path / "data")
    yield opened
    opened.close()


def held_ids(ledger: Ledger) -> list[str]:
    return [item.misconception for item in ledger.held()]


def pick(myth: str, confidence: Confidence | None, hour: int) -> LedgerEvent:
    return LedgerEvent(myth, True, confidence, T0 + hour * HOUR)


def reject(myth: str, confidence: Confidence | None, hour: int) -> LedgerEvent:
    return LedgerEvent(myth, False, confidence, T0 + hour * HOUR)


# -- events of one answer ----------------------------------------------------------------------


def test_each_offered_misconception_is_picked_or_rejected() -> None:
    options = myth_question("q", ("myth-a", "myth-b", None, "myth-a")).options()
    assert events_for(options, {"2"}, HIGH, T0) == [
        LedgerEvent("myth-a", False, HIGH, T0),
        LedgerEvent("myth-b", True, HIGH, T0),
    ]
    assert events_for(options, {"4"}, None, T0) == [
        LedgerEvent("myth-a", True, None, T0),  # the second option standing for myth-a
        LedgerEvent("myth-b", False, None, T0),
    ]
    assert events_for(myth_question("plain", (None, None)).options(), {"1"}, LOW, T0) == []


def test_a_true_false_statement_offers_its_misconception_on_the_wrong_answer() -> None:
    options = statement("s", answer=False, myth="myth-a").options()
    assert events_for(options, {"true"}, MEDIUM, T0) == [LedgerEvent("myth-a", True, MEDIUM, T0)]
    assert events_for(options, {"false"}, MEDIUM, T0) == [LedgerEvent("myth-a", False, MEDIUM, T0)]


def test_options_without_a_misconception_make_no_event() -> None:
    options = (Option("0", "x", True, "", None), Option("1", "y", False, "", None))
    assert events_for(options, {"1"}, HIGH, T0) == []


# -- the add and clear rules ----------------------------------------------------------------------


def test_picking_a_myth_makes_it_held_whatever_the_confidence() -> None:
    ledger = Ledger()
    ledger.observe(pick("myth-a", None, 0))
    ledger.observe(pick("myth-b", LOW, 1))
    assert held_ids(ledger) == ["myth-b", "myth-a"]  # most recently picked first


def test_two_medium_confidence_rejections_clear_it() -> None:
    ledger = Ledger()
    ledger.observe_all([pick("myth-a", HIGH, 0), reject("myth-a", MEDIUM, 1)])
    assert ledger.held() == [HeldMisconception("myth-a", 1, T0, HIGH, progress=1)]
    ledger.observe(reject("myth-a", MEDIUM, 2))
    assert ledger.held() == []
    assert not ledger.is_held("myth-a")


def test_one_high_confidence_rejection_clears_it() -> None:
    ledger = Ledger()
    ledger.observe_all([pick("myth-a", LOW, 0), reject("myth-a", HIGH, 1)])
    assert ledger.held() == []


def test_low_confidence_rejections_do_not_count() -> None:
    ledger = Ledger()
    ledger.observe(pick("myth-a", MEDIUM, 0))
    ledger.observe_all(reject("myth-a", LOW, hour) for hour in range(10))
    assert held_ids(ledger) == ["myth-a"]
    assert ledger.held()[0].progress == 0


def test_two_rejections_without_a_confidence_level_clear_it() -> None:
    # With confidence switched off no level is ever given: the myth must still be clearable.
    ledger = Ledger()
    ledger.observe(pick("myth-a", None, 0))
    ledger.observe(reject("myth-a", None, 1))
    assert held_ids(ledger) == ["myth-a"]
    assert ledger.held()[0].progress == 1
    ledger.observe(reject("myth-a", None, 2))
    assert ledger.held() == []


def test_picking_it_again_resets_the_count_and_keeps_the_totals() -> None:
    ledger = Ledger()
    ledger.observe_all(
        [
            pick("myth-a", LOW, 0),
            reject("myth-a", MEDIUM, 1),  # 1 point
            pick("myth-a", MEDIUM, 2),  # held again, from zero
            reject("myth-a", MEDIUM, 3),  # 1 point: not yet cleared
        ]
    )
    assert ledger.held() == [HeldMisconception("myth-a", 2, T0 + 2 * HOUR, MEDIUM, progress=1)]
    ledger.observe(reject("myth-a", HIGH, 4))
    assert ledger.held() == []
    ledger.observe(pick("myth-a", None, 5))  # a cleared myth can come back
    assert ledger.held() == [HeldMisconception("myth-a", 3, T0 + 5 * HOUR, MEDIUM, progress=0)]


def test_rejections_before_any_pick_do_not_protect_against_a_later_pick() -> None:
    ledger = Ledger()
    ledger.observe_all([reject("myth-a", HIGH, 0), reject("myth-a", HIGH, 1)])
    assert ledger.held() == []
    ledger.observe(pick("myth-a", HIGH, 2))
    assert held_ids(ledger) == ["myth-a"]


def test_myths_are_tracked_separately() -> None:
    ledger = Ledger()
    ledger.observe_all(
        [pick("myth-a", HIGH, 0), pick("myth-b", HIGH, 1), reject("myth-b", HIGH, 2)]
    )
    assert held_ids(ledger) == ["myth-a"]


# -- in the progress database ---------------------------------------------------------------------


def test_a_sequence_of_answers_adds_and_clears_myths(learner: Learner) -> None:
    one = myth_question("one", ("myth-a", "myth-b"))
    two = myth_question("two", ("myth-a", None))
    learner.answer(one, {"1"}, T0, HIGH)  # picks myth-a, rejects myth-b (before any pick)
    learner.answer(two, {"2"}, T0 + HOUR, LOW)  # picks no myth: rejects myth-a at Low
    learner.answer(one, {"2"}, T0 + 2 * HOUR, MEDIUM)  # picks myth-b; rejects myth-a: 1 point
    assert held_misconceptions(learner.db) == [
        HeldMisconception("myth-b", 1, T0 + 2 * HOUR, MEDIUM, progress=0),
        HeldMisconception("myth-a", 1, T0, HIGH, progress=1),
    ]
    learner.answer(two, {"0"}, T0 + 3 * HOUR, MEDIUM)  # rejects myth-a: 2 points, cleared
    assert [item.misconception for item in held_misconceptions(learner.db)] == ["myth-b"]
    learner.answer(one, {"0"}, T0 + 4 * HOUR, HIGH)  # rejects both at High: myth-b cleared
    assert held_misconceptions(learner.db) == []


events_strategy = st.lists(
    st.tuples(
        st.sampled_from(["one", "two"]),
        st.sampled_from(["0", "1", "2"]),
        st.sampled_from([None, LOW, MEDIUM, HIGH]),
    ),
    max_size=30,
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(events_strategy)
def test_the_store_applies_the_same_rule_as_the_ledger(
    history: list[tuple[str, str, Confidence | None]],
) -> None:
    questions = {
        "one": myth_question("one", ("myth-a", "myth-b")),
        "two": myth_question("two", ("myth-b", "myth-c")),
    }
    ledger = Ledger()
    with tempfile.TemporaryDirectory() as folder:
        learner = Learner(Path(folder))
        try:
            for index, (qid, key, confidence) in enumerate(history):
                at = T0 + index * HOUR
                learner.answer(questions[qid], {key}, at, confidence)
                ledger.observe_all(events_for(questions[qid].options(), {key}, confidence, at))
            assert held_misconceptions(learner.db) == ledger.held()
        finally:
            learner.close()
