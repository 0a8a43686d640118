"""Hypothesis strategies for bank tests: valid banks, and TOML-shaped documents of any shape."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

from hypothesis import strategies as st

from quizapp.core.model import (
    BankFile,
    BankInfo,
    Choice,
    HotspotQuestion,
    Misconception,
    MultipleQuestion,
    Region,
    SingleQuestion,
    Source,
    TrueFalseQuestion,
)

#: Characters TOML can hold (no lone surrogates).
CHARACTERS = st.characters(exclude_categories=("Cs",))
PICTURE = "pic.svg"

slugs = st.from_regex(r"[a-z0-9][a-z0-9-]{0,15}", fullmatch=True)
question_ids = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,15}", fullmatch=True)


def texts(max_size: int = 40) -> st.SearchStrategy[str]:
    """Non-empty text of any characters (quotes, backslashes, controls), in NFC form."""
    return (
        st.text(CHARACTERS, min_size=1, max_size=max_size)
        .map(lambda text: unicodedata.normalize("NFC", text))
        .filter(lambda text: 0 < len(text) <= max_size)
    )


def _feedback(text: str) -> str:
    return text if text.strip() else "Because."


@st.composite
def choice_lists(draw: st.DrawFn, *, kind: str, cited: str) -> list[Choice]:
    """Choices whose texts differ after folding, wrong ones with feedback."""
    count = draw(st.integers(2, 8 if kind == "single" else 10))
    right = draw(
        st.sets(st.integers(0, count - 1), min_size=1, max_size=1 if kind == "single" else count)
    )
    choices = []
    for index in range(count):
        correct = index in right
        choices.append(
            Choice(
                text=draw(texts(30)) + f" #{index}",
                correct=correct,
                feedback="" if correct else _feedback(draw(texts())),
                misconception=None if correct else draw(st.one_of(st.none(), st.just(cited))),
            )
        )
    return choices


@st.composite
def questions(draw: st.DrawFn, question_id: str, source: str, myth: str) -> Any:
    """One valid question of any type, citing ``source`` and possibly ``myth``."""
    base = {
        "id": question_id,
        "prompt": draw(texts(60)),
        "explanation": draw(texts(80)),
        "sources": [source],
        "difficulty": draw(st.sampled_from([1, 2, 3])),
        "tags": draw(st.lists(slugs, max_size=3)),
    }
    kind = draw(st.sampled_from(["single", "multiple", "true_false", "hotspot"]))
    if kind == "true_false":
        return TrueFalseQuestion(
            type="true_false",
            answer=draw(st.booleans()),
            feedback=_feedback(draw(texts())),
            misconception=draw(st.one_of(st.none(), st.just(myth))),
            **base,
        )
    if kind == "hotspot":
        count = draw(st.integers(2, 5))
        right = draw(st.integers(0, count - 1))
        regions = [
            Region(
                id=f"r{index}",
                label=draw(texts(20)) + f" #{index}",
                shape=draw(st.sampled_from(["rect", "ellipse"])),
                x=draw(st.floats(0, 0.5)),
                y=draw(st.floats(0, 0.5)),
                w=draw(st.floats(0.01, 0.5)),
                h=draw(st.floats(0.01, 0.5)),
                correct=index == right,
                feedback="" if index == right else _feedback(draw(texts())),
            )
            for index in range(count)
        ]
        return HotspotQuestion(
            type="hotspot", image=PICTURE, image_alt=draw(texts()), regions=regions, **base
        )
    choices = draw(choice_lists(kind=kind, cited=myth))
    model = SingleQuestion if kind == "single" else MultipleQuestion
    return model(type=kind, choices=choices, **base)


@st.composite
def banks(draw: st.DrawFn) -> BankFile:
    """A bank that the loader accepts, carrying its own source and misconception."""
    source = Source(
        id=draw(slugs),
        title=draw(texts()),
        publisher=draw(texts()),
        reviewed=draw(st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)))),
        url=draw(st.sampled_from(["", "https://example.org/a?b=c&d"])),
    )
    myth = Misconception(id=draw(slugs), belief=draw(texts()), correction=draw(texts()))
    ids = draw(st.lists(question_ids, min_size=1, max_size=6, unique=True))
    info = BankInfo(
        id=draw(slugs),
        title=draw(texts()),
        topic=draw(slugs),
        description=draw(
            st.text(CHARACTERS, max_size=40).map(lambda t: unicodedata.normalize("NFC", t))
        ),
        language=draw(st.sampled_from(["en", "fr", "pt-BR", "en-GB"])),
        reviewed=draw(st.one_of(st.none(), st.dates())),
        notice=draw(st.sampled_from(["", "Educational, not medical advice."])),
    )
    return BankFile(
        format=1,
        bank=info,
        questions=[draw(questions(qid, source.id, myth.id)) for qid in ids],
        sources=[source],
        misconceptions=[myth],
    )


#: Keys a bank uses, so generated documents often come close to real banks.
VOCABULARY = (
    "format", "bank", "questions", "sources", "misconceptions", "id", "type", "title",
    "topic", "prompt", "explanation", "choices", "regions", "text", "correct", "feedback",
    "misconception", "answer", "image", "image_alt", "shape", "x", "y", "w", "h", "label",
    "difficulty", "tags", "publisher", "language", "reviewed", "url",
)  # fmt: skip
keys = st.one_of(st.sampled_from(VOCABULARY), st.text(CHARACTERS, max_size=8))
scalars = st.one_of(
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False),
    st.text(CHARACTERS, max_size=20),
    st.sampled_from(["single", "multiple", "true_false", "hotspot", "src-a", "myth-a", "rect"]),
    st.dates(),
    st.datetimes(),
    st.times(),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=5),
    max_leaves=25,
)


def near(plausible: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly the plausible value, sometimes anything at all."""
    return st.one_of(plausible, plausible, values)


_choice = st.fixed_dictionaries(
    {},
    optional={
        "text": near(st.text(CHARACTERS, max_size=10)),
        "correct": near(st.booleans()),
        "feedback": near(st.text(CHARACTERS, max_size=10)),
        "misconception": near(st.sampled_from(["myth-a", "nope"])),
    },
)
_question = st.fixed_dictionaries(
    {},
    optional={
        "id": near(question_ids),
        "type": near(st.sampled_from(["single", "multiple", "true_false", "hotspot", "x"])),
        "prompt": near(st.text(CHARACTERS, max_size=10)),
        "explanation": near(st.text(CHARACTERS, max_size=10)),
        "sources": near(st.lists(st.sampled_from(["src-a", "src-z"]), max_size=3)),
        "choices": near(st.lists(_choice, max_size=4)),
        "regions": near(st.lists(st.dictionaries(keys, values, max_size=4), max_size=3)),
        "answer": near(st.booleans()),
        "image": near(st.sampled_from(["pic.svg", "../x.png", "/abs.png", "a\x00.png", "dir"])),
        "extra": values,
    },
)
documents = st.fixed_dictionaries(
    {},
    optional={
        "format": near(st.just(1)),
        "bank": near(
            st.fixed_dictionaries({"id": slugs, "title": st.text(max_size=5), "topic": slugs})
        ),
        "questions": near(st.lists(_question, max_size=4)),
        "sources": near(st.lists(st.dictionaries(keys, values, max_size=4), max_size=2)),
        "other": values,
    },
)
