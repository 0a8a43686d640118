"""A Hypothesis state machine over the store: what is stored always equals a simple model.

Rules: start a quiz, answer, skip to the end (answer everything left), a save that fails and
is retried, crash and reopen (the in-memory quiz is lost), resume, finish, discard. After each
step the history and the unfinished quiz read back from the database equal the model.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from quizapp.core.connection import FailOnWrite
from quizapp.core.engine import Mode, Phase, Quiz, QuizPlan, Response
from quizapp.core.store import DB_FILE_NAME, Store
from quizapp.core.store_errors import SaveFailedError
from tests.core.factories import at, make_plan


@dataclass
class ModelQuiz:
    quiz_id: int
    plan: QuizPlan
    topics: tuple[str, ...]
    responses: list[Response]
    seconds: float = 0.0


class StoreMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="store-machine-"))
        self.path = self.folder / DB_FILE_NAME
        self.store = Store.open(self.path)
        self.crashed: list[Store] = []
        self.minute = 0
        self.time = 0.0
        self.finished: list[ModelQuiz] = []
        self.open: ModelQuiz | None = None
        self.quiz: Quiz | None = None

    def clock(self) -> float:
        return self.time

    def _answer(self, picked: frozenset[str]) -> None:
        assert self.quiz is not None and self.open is not None
        self.time += 1.5
        response = self.quiz.submit(picked)
        self.store.record_answer(
            self.open.quiz_id, response, at(self.minute), elapsed=self.quiz.elapsed()
        )
        self.open.responses.append(response)
        self.quiz.advance()

    def _picks(self, data: st.DataObject) -> frozenset[str]:
        assert self.quiz is not None
        keys = sorted(self.quiz.current.option_order)
        return frozenset(data.draw(st.sets(st.sampled_from(keys), max_size=len(keys))))

    @precondition(lambda self: self.open is None)
    @rule(
        length=st.integers(1, 5),
        mode=st.sampled_from(Mode),
        seed=st.integers(0, 2**31),
        topics=st.lists(st.sampled_from(["topic-0", "topic-1", "other"]), unique=True),
    )
    def start(self, length: int, mode: Mode, seed: int, topics: list[str]) -> None:
        plan = make_plan(length, mode, seed)
        self.minute += 1
        quiz_id = self.store.start_quiz(plan, topics, at(self.minute))
        self.open = ModelQuiz(quiz_id, plan, tuple(topics), [])
        self.quiz = Quiz(plan, clock=self.clock)

    @precondition(lambda self: self.quiz is not None and self.quiz.phase is Phase.ASKING)
    @rule(data=st.data())
    def answer(self, data: st.DataObject) -> None:
        self._answer(self._picks(data))

    @precondition(lambda self: self.quiz is not None and self.quiz.phase is Phase.ASKING)
    @rule(data=st.data())
    def skip_to_end(self, data: st.DataObject) -> None:
        assert self.quiz is not None
        while self.quiz.phase is Phase.ASKING:
            self._answer(self._picks(data))

    @precondition(lambda self: self.quiz is not None and self.quiz.phase is Phase.ASKING)
    @rule(data=st.data())
    def answer_after_a_failed_save(self, data: st.DataObject) -> None:
        assert self.quiz is not None and self.open is not None
        response = self.quiz.submit(self._picks(data))
        self.store.fault = FailOnWrite(1)
        with pytest.raises(SaveFailedError):
            self.store.record_answer(self.open.quiz_id, response, at(self.minute))
        self.store.fault = None
        stored = self.store.unfinished_quiz()
        assert stored is not None and list(stored.responses) == self.open.responses
        self.store.record_answer(self.open.quiz_id, response, at(self.minute))
        self.open.responses.append(response)
        self.quiz.advance()

    @rule()
    def crash_and_reopen(self) -> None:
        # The old connection is dropped without closing or checkpointing, as a crash leaves it.
        self.crashed.append(self.store)
        self.store = Store.open(self.path)
        self.quiz = None

    @precondition(lambda self: self.open is not None and self.quiz is None)
    @rule()
    def resume(self) -> None:
        assert self.open is not None
        state = self.store.unfinished_quiz()
        assert state is not None
        assert state.quiz_id == self.open.quiz_id
        self.quiz = state.to_quiz(clock=self.clock)
        assert self.quiz.index == min(len(self.open.responses), len(self.open.plan.items) - 1)

    @precondition(lambda self: self.quiz is not None and self.quiz.phase is Phase.FINISHED)
    @rule()
    def finish(self) -> None:
        assert self.quiz is not None and self.open is not None
        self.open.seconds = round(self.quiz.elapsed(), 3)
        self.store.finish_quiz(self.open.quiz_id, at(self.minute + 1), self.open.seconds)
        self.finished.append(self.open)
        self.open, self.quiz = None, None

    @precondition(lambda self: self.open is not None)
    @rule()
    def discard(self) -> None:
        assert self.open is not None
        self.store.discard_quiz(self.open.quiz_id)
        self.open, self.quiz = None, None

    @invariant()
    def history_equals_the_model(self) -> None:
        expected = [
            (m.quiz_id, m.topics, m.plan.mode, round(sum(r.points for r in m.responses), 4),
             len(m.plan.items), m.seconds)
            for m in reversed(self.finished)
        ]  # fmt: skip
        stored = [
            (s.id, s.topics, s.mode, s.points, s.total, s.seconds) for s in self.store.history()
        ]
        assert stored == expected
        for model in self.finished[-2:]:
            assert self.store.load_quiz(model.quiz_id) == (
                model.plan,
                model.responses,
                model.seconds,
            )

    @invariant()
    def unfinished_quiz_equals_the_model(self) -> None:
        state = self.store.unfinished_quiz()
        if self.open is None:
            assert state is None
            return
        assert state is not None
        assert (state.quiz_id, state.plan, state.topics) == (
            self.open.quiz_id,
            self.open.plan,
            self.open.topics,
        )
        assert list(state.responses) == self.open.responses

    def teardown(self) -> None:
        for store in [*self.crashed, self.store]:
            store.close()
        shutil.rmtree(self.folder, ignore_errors=True)


StoreMachine.TestCase.settings = settings(
    max_examples=30,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_store_matches_model = StoreMachine.TestCase
