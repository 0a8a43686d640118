"""Helpers for the learning tests: questions with misconceptions, and a learner's history.

:class:`Learner` stores answers through the real :class:`~quizapp.core.store.Store` and then
records their learning rows with :func:`~quizapp.core.learning_store.record_learning` in a
transaction of a second connection. Once ``Store.record_answer`` makes that call itself
(inside its own transaction), the second call finds the rows and does nothing, so these
helpers hold before and after the wiring.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from quizapp.core.connection import connect
from quizapp.core.engine import (
    Confidence,
    Mode,
    PlanSource,
    Response,
    build_plan,
    outcome_of,
    score,
)
from quizapp.core.learning_schema import create_learning_tables, has_learning_tables
from quizapp.core.learning_store import record_learning
from quizapp.core.model import AnyQuestion, Choice, SingleQuestion, TrueFalseQuestion
from quizapp.core.store import DB_FILE_NAME, Store

T0 = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC)
#: The tables whose rows are derived from the answers.
LEARNING_TABLES = (
    "review_logs",
    "schedules",
    "misconception_events",
    "answer_hours",
    "answer_levels",
)


def myth_question(
    qid: str,
    myths: Sequence[str | None] = ("myth-a", None),
    *,
    prompt: str = "",
    explanation: str = "",
) -> SingleQuestion:
    """A single-choice question: choice 0 is right; choice i+1 stands for ``myths[i]``."""
    choices = [Choice(text=f"right answer of {qid}", correct=True, feedback="Yes.")]
    choices += [
        Choice(
            text=f"wrong answer {index} of {qid}",
            feedback=f"Wrong {index} of {qid} because.",
            misconception=myth,
        )
        for index, myth in enumerate(myths, start=1)
    ]
    return SingleQuestion(
        type="single",
        id=qid,
        prompt=prompt or f"Prompt of {qid}?",
        explanation=explanation or f"Explanation of {qid}.",
        sources=["src-one"],
        choices=choices,
    )


def statement(qid: str, *, answer: bool = False, myth: str | None = "myth-a") -> TrueFalseQuestion:
    """A true/false statement whose wrong answer stands for ``myth``."""
    return TrueFalseQuestion(
        type="true_false",
        id=qid,
        prompt=f"Statement {qid}.",
        explanation=f"Explanation of {qid}.",
        sources=["src-one"],
        answer=answer,
        feedback="The other answer is wrong.",
        misconception=myth,
    )


@contextlib.contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Run a block in ``BEGIN IMMEDIATE ... COMMIT`` (rolled back on error)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


Answer = tuple[AnyQuestion, Iterable[str], Confidence | None, float]
"""One answer to give: question, keys picked, confidence, seconds."""


class Learner:
    """A progress database with the learning tables, and ways to add answers to it."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / DB_FILE_NAME
        self.store = Store.open(self.path)
        self.db = connect(self.path)
        if not has_learning_tables(self.db):
            with transaction(self.db):
                create_learning_tables(self.db)

    def close(self) -> None:
        self.db.close()
        self.store.close()

    def quiz(
        self,
        answers: Sequence[Answer],
        start: dt.datetime,
        *,
        topic: str = "topic-a",
        title: str = "Topic A",
        gap: dt.timedelta = dt.timedelta(minutes=1),
        finish: bool = True,
    ) -> int:
        """Take one quiz: one answer per ``gap`` from ``start``. Returns its id."""
        sources = [PlanSource(question, topic, title) for question, *_ in answers]
        plan = build_plan(sources, None, Mode.PRACTICE, seed=7)
        order = {item.question.id: item for item in plan.items}
        plan = type(plan)(plan.mode, plan.seed, tuple(order[q.id] for q, *_ in answers))
        quiz_id = self.store.start_quiz(plan, [topic], start)
        for index, (question, picked, confidence, seconds) in enumerate(answers):
            keys = frozenset(picked)
            points = score(question, keys)
            response = Response(
                index, question.id, keys, points, outcome_of(points), seconds, confidence
            )
            self.store.record_answer(quiz_id, response, start + gap * index)
            with transaction(self.db):
                record_learning(self.db, quiz_id, index)
        if finish:
            self.store.finish_quiz(quiz_id, start + gap * len(answers), 60.0)
        return quiz_id

    def forget_learning(self) -> None:
        """Delete every learning row, as in a history stored before the learning tables."""
        with transaction(self.db):
            for table in LEARNING_TABLES:
                self.db.execute(f"DELETE FROM {table}")

    def answer(
        self,
        question: AnyQuestion,
        picked: Iterable[str],
        at: dt.datetime,
        confidence: Confidence | None = None,
        seconds: float = 5.0,
        topic: str = "topic-a",
        title: str = "Topic A",
    ) -> int:
        """Answer one question as a quiz of its own, at ``at``."""
        return self.quiz([(question, picked, confidence, seconds)], at, topic=topic, title=title)
