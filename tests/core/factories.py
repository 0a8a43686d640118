"""Test helpers: questions and plans built with the real pydantic models and engine."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from quizapp.core.engine import Mode, PlanSource, QuizPlan, build_plan
from quizapp.core.model import (
    AnyQuestion,
    Choice,
    HotspotQuestion,
    MultipleQuestion,
    Region,
    SingleQuestion,
    TrueFalseQuestion,
)

EPOCH = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC)


def single(qid: str, prompt: str = "Which one?", right: int = 0, n: int = 3) -> SingleQuestion:
    return SingleQuestion(
        type="single",
        id=qid,
        prompt=prompt,
        explanation=f"Because of {qid}.",
        sources=["src"],
        choices=[
            Choice(text=f"{qid} choice {i}", correct=i == right, feedback=f"about {i}")
            for i in range(n)
        ],
    )


def multiple(qid: str, right: Sequence[int] = (0, 2), n: int = 4) -> MultipleQuestion:
    return MultipleQuestion(
        type="multiple",
        id=qid,
        prompt=f"Pick all for {qid}",
        explanation="Several are right.",
        sources=["src"],
        choices=[Choice(text=f"{qid} option {i}", correct=i in right) for i in range(n)],
    )


def true_false(qid: str, answer: bool = True) -> TrueFalseQuestion:
    return TrueFalseQuestion(
        type="true_false",
        id=qid,
        prompt=f"Statement {qid} holds.",
        explanation="It does, or not.",
        sources=["src"],
        answer=answer,
        feedback="The other way round.",
    )


def hotspot(qid: str) -> HotspotQuestion:
    return HotspotQuestion(
        type="hotspot",
        id=qid,
        prompt=f"Where is {qid}?",
        explanation="There.",
        sources=["src"],
        image="diagrams/back.svg",
        image_alt="A lower back.",
        regions=[
            Region(id="left", label="Left dimple", shape="ellipse", x=0.1, y=0.2, w=0.2, h=0.2,
                   correct=True),
            Region(id="right", label="Right dimple", shape="rect", x=0.6, y=0.2, w=0.2, h=0.2),
        ],
    )  # fmt: skip


def questions(n: int, prefix: str = "q") -> list[AnyQuestion]:
    """Return ``n`` questions cycling through the four types."""
    makers = (
        lambda qid: single(qid),
        lambda qid: multiple(qid),
        lambda qid: true_false(qid, answer=len(qid) % 2 == 0),
        lambda qid: hotspot(qid),
    )
    return [makers[i % 4](f"{prefix}{i}") for i in range(n)]


def make_plan(n: int = 6, mode: Mode = Mode.PRACTICE, seed: int = 7, prefix: str = "q") -> QuizPlan:
    """Return a shuffled plan of ``n`` questions over two topics, built by the engine."""
    sources = [
        PlanSource(q, topic=f"topic-{i % 2}", topic_title=f"Topic {i % 2}", notice="Not advice.")
        for i, q in enumerate(questions(n, prefix))
    ]
    return build_plan(sources, None, mode, seed)


def pick_for(plan: QuizPlan, index: int, rng: random.Random) -> frozenset[str]:
    """Return a random, valid set of option keys for a plan item."""
    keys = list(plan.items[index].option_order)
    question = plan.items[index].question
    if isinstance(question, MultipleQuestion):
        return frozenset(rng.sample(keys, rng.randint(0, len(keys))))
    return frozenset([rng.choice(keys)])


def at(minutes: float) -> dt.datetime:
    """Return a fixed UTC time ``minutes`` after the tests' epoch."""
    return EPOCH + dt.timedelta(minutes=minutes)
