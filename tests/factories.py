"""Small builders of bank questions and plans, for engine and UI tests.

Each builder takes only what a test cares about and fills the rest with valid defaults, so a
test reads as its intent: ``single(right=1, n=3)``, ``multiple(right={0, 2}, n=5)``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

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

_COMMON = {"explanation": "Because.", "sources": ["test-source"]}


def _choices(right: Iterable[int], n: int) -> list[Choice]:
    picked = set(right)
    return [
        Choice(
            text=f"choice {index}",
            correct=index in picked,
            feedback=f"feedback {index}",
        )
        for index in range(n)
    ]


def single(qid: str = "s1", *, right: int = 0, n: int = 4, prompt: str = "") -> SingleQuestion:
    """A single-choice question whose choice ``right`` (0-based) is the correct one."""
    return SingleQuestion(
        id=qid,
        type="single",
        prompt=prompt or f"Single question {qid}?",
        choices=_choices([right], n),
        **_COMMON,
    )


def multiple(
    qid: str = "m1", *, right: Iterable[int] = (0, 1), n: int = 5, prompt: str = ""
) -> MultipleQuestion:
    """A multiple-choice question whose choices ``right`` (0-based) are correct."""
    return MultipleQuestion(
        id=qid,
        type="multiple",
        prompt=prompt or f"Multiple question {qid}? Pick all that apply.",
        choices=_choices(right, n),
        **_COMMON,
    )


def true_false(qid: str = "t1", *, answer: bool = True, prompt: str = "") -> TrueFalseQuestion:
    """A true/false statement."""
    return TrueFalseQuestion(
        id=qid,
        type="true_false",
        prompt=prompt or f"Statement {qid} holds.",
        answer=answer,
        feedback="The other answer is wrong because.",
        **_COMMON,
    )


def hotspot(qid: str = "h1", *, right: str = "b") -> HotspotQuestion:
    """A hotspot question with three side-by-side regions ``a``, ``b``, ``c``."""
    regions = [
        Region(
            id=rid,
            label=f"region {rid}",
            shape="rect",
            x=index / 3,
            y=0.0,
            w=1 / 3,
            h=1.0,
            correct=rid == right,
            feedback=f"feedback {rid}",
        )
        for index, rid in enumerate("abc")
    ]
    return HotspotQuestion(
        id=qid,
        type="hotspot",
        prompt=f"Where is {qid}?",
        image="picture.svg",
        image_alt="A picture.",
        regions=regions,
        **_COMMON,
    )


def source(question: AnyQuestion, topic: str = "topic-a", title: str = "") -> PlanSource:
    """Offer a question to a plan under a topic."""
    return PlanSource(question, topic, title or topic.replace("-", " ").title())


def plan(
    questions: Sequence[AnyQuestion | PlanSource],
    *,
    mode: Mode = Mode.PRACTICE,
    seed: int = 1,
    length: int | None = None,
) -> QuizPlan:
    """Plan a quiz of these questions (bare questions go under topic ``topic-a``)."""
    sources = [q if isinstance(q, PlanSource) else source(q) for q in questions]
    return build_plan(sources, length, mode, seed)


class FakeClock:
    """A monotonic clock that moves only when told to."""

    def __init__(self, start: float = 100.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def tick(self, seconds: float) -> None:
        """Move the clock forward."""
        self.now += seconds
