"""The question-bank data model: pydantic models for bank format v1, frozen once loaded.

These models define both what a bank file may contain (unknown keys are refused, lengths and
ranges are bounded) and the in-memory objects the rest of the app reads. Checks that need more
than one field or more than one file (answer counts, duplicate ids, registries, images) live in
:mod:`quizapp.core.bank`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

#: The newest bank format this version of the app reads.
SUPPORTED_FORMAT = 1

#: Limits on text lengths, in characters. Generous for people, small enough to bound memory.
MAX_ID = 64
MAX_TITLE = 200
MAX_PROMPT = 2000
MAX_CHOICE = 500
MAX_FEEDBACK = 1500
MAX_EXPLANATION = 3000

Slug = Annotated[
    str, StringConstraints(min_length=1, max_length=MAX_ID, pattern=r"^[a-z0-9][a-z0-9-]*$")
]
"""An identifier: lowercase letters, digits and hyphens, starting with a letter or digit."""

QuestionId = Annotated[
    str, StringConstraints(min_length=1, max_length=MAX_ID, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
]
"""A question id: letters, digits, dot, underscore, hyphen; no spaces or control characters."""

Text = Annotated[str, StringConstraints(min_length=1, max_length=MAX_PROMPT)]
ChoiceText = Annotated[str, StringConstraints(min_length=1, max_length=MAX_CHOICE)]
Feedback = Annotated[str, StringConstraints(max_length=MAX_FEEDBACK)]
Explanation = Annotated[str, StringConstraints(min_length=1, max_length=MAX_EXPLANATION)]
Title = Annotated[str, StringConstraints(min_length=1, max_length=MAX_TITLE)]
Fraction = Annotated[float, Field(ge=0.0, le=1.0)]


class _Strict(BaseModel):
    """Base for every bank model: unknown keys refused, instances immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Source(_Strict):
    """A publication that questions cite."""

    id: Slug
    title: Title
    publisher: Title
    reviewed: dt.date | None = None
    url: Annotated[str, StringConstraints(max_length=500)] = ""


class Misconception(_Strict):
    """A popular false belief that a wrong choice can stand for, with its correction."""

    id: Slug
    belief: Text
    correction: Text


class GlossaryTerm(_Strict):
    """A term and its plain-language definition."""

    id: Slug
    term: Title
    aliases: list[Title] = Field(default_factory=list, max_length=20)
    definition: Text
    sources: list[Slug] = Field(default_factory=list, max_length=20)


class Choice(_Strict):
    """One choice of a `single` or `multiple` question."""

    text: ChoiceText
    correct: bool = False
    feedback: Feedback = ""
    misconception: Slug | None = None


class Region(_Strict):
    """One clickable region of a `hotspot` picture, in fractions of the picture's size."""

    id: Slug
    label: ChoiceText
    shape: Literal["rect", "ellipse"]
    x: Fraction
    y: Fraction
    w: Annotated[float, Field(gt=0.0, le=1.0)]
    h: Annotated[float, Field(gt=0.0, le=1.0)]
    correct: bool = False
    feedback: Feedback = ""
    misconception: Slug | None = None

    def contains(self, px: float, py: float) -> bool:
        """Tell whether a point, in fractions of the picture's size, lies in this region.

        Args:
            px: Horizontal position, 0 at the left edge and 1 at the right.
            py: Vertical position, 0 at the top edge and 1 at the bottom.

        Returns:
            True when the point is inside (edges included).
        """
        if self.shape == "rect":
            return self.x <= px <= self.x + self.w and self.y <= py <= self.y + self.h
        rx, ry = self.w / 2, self.h / 2
        dx = (px - (self.x + rx)) / rx
        dy = (py - (self.y + ry)) / ry
        return dx * dx + dy * dy <= 1.0


@dataclass(frozen=True)
class Option:
    """One answer option as the engine sees it, whatever the question type.

    Attributes:
        key: Stable key of the option within its question (choice index, "true"/"false",
            or region id).
        text: The option's text as written in the bank (for true/false the UI shows its
            own translated words instead).
        correct: Whether picking it is right.
        feedback: Why it is right or wrong.
        misconception: Id of the false belief this option stands for, if any.
    """

    key: str
    text: str
    correct: bool
    feedback: str
    misconception: str | None


class _QuestionBase(_Strict):
    """Keys every question type shares."""

    id: QuestionId
    prompt: Text
    explanation: Explanation
    sources: list[Slug] = Field(min_length=1, max_length=20)
    difficulty: Literal[1, 2, 3] = 1
    tags: list[Slug] = Field(default_factory=list, max_length=20)

    def options(self) -> tuple[Option, ...]:
        """Return the answer options in bank order."""
        raise NotImplementedError

    def correct_keys(self) -> frozenset[str]:
        """Return the keys of the options that are right."""
        return frozenset(option.key for option in self.options() if option.correct)


class SingleQuestion(_QuestionBase):
    """A question with one right choice."""

    type: Literal["single"]
    choices: list[Choice] = Field(min_length=2, max_length=8)

    def options(self) -> tuple[Option, ...]:  # noqa: D102
        return _choice_options(self.choices)


class MultipleQuestion(_QuestionBase):
    """A question with one or more right choices, scored with partial credit."""

    type: Literal["multiple"]
    choices: list[Choice] = Field(min_length=2, max_length=10)

    def options(self) -> tuple[Option, ...]:  # noqa: D102
        return _choice_options(self.choices)


class TrueFalseQuestion(_QuestionBase):
    """A statement that is either true or false."""

    type: Literal["true_false"]
    answer: bool
    feedback: Feedback = Field(min_length=1)
    misconception: Slug | None = None

    def options(self) -> tuple[Option, ...]:  # noqa: D102
        return tuple(
            Option(
                key="true" if value else "false",
                text="True" if value else "False",
                correct=value is self.answer,
                feedback="" if value is self.answer else self.feedback,
                misconception=None if value is self.answer else self.misconception,
            )
            for value in (True, False)
        )


class HotspotQuestion(_QuestionBase):
    """A question answered by picking a region of a picture (or its label, by keyboard)."""

    type: Literal["hotspot"]
    image: Annotated[str, StringConstraints(min_length=1, max_length=300)]
    image_alt: Text
    explanation_image: Annotated[str, StringConstraints(min_length=1, max_length=300)] | None = None
    explanation_image_alt: Text | None = None
    regions: list[Region] = Field(min_length=2, max_length=12)

    def options(self) -> tuple[Option, ...]:  # noqa: D102
        return tuple(
            Option(r.id, r.label, r.correct, r.feedback, r.misconception) for r in self.regions
        )


Question = Annotated[
    SingleQuestion | MultipleQuestion | TrueFalseQuestion | HotspotQuestion,
    Field(discriminator="type"),
]
"""Any question, told apart by its `type` key."""

AnyQuestion = SingleQuestion | MultipleQuestion | TrueFalseQuestion | HotspotQuestion


def _choice_options(choices: list[Choice]) -> tuple[Option, ...]:
    return tuple(
        Option(str(index), c.text, c.correct, c.feedback, c.misconception)
        for index, c in enumerate(choices)
    )


class BankInfo(_Strict):
    """The `[bank]` table: what the bank is about."""

    id: Slug
    title: Title
    topic: Slug
    description: Annotated[str, StringConstraints(max_length=MAX_PROMPT)] = ""
    language: Annotated[str, StringConstraints(max_length=35)] = "en"
    reviewed: dt.date | None = None
    notice: Annotated[str, StringConstraints(max_length=MAX_FEEDBACK)] = ""


class BankFile(_Strict):
    """A whole bank file, format v1."""

    format: Literal[1]
    bank: BankInfo
    questions: list[Question] = Field(min_length=1, max_length=100_000)
    sources: list[Source] = Field(default_factory=list)
    misconceptions: list[Misconception] = Field(default_factory=list)


class SourcesFile(_Strict):
    """The `sources.toml` registry."""

    sources: list[Source] = Field(default_factory=list)


class MisconceptionsFile(_Strict):
    """The `misconceptions.toml` registry."""

    misconceptions: list[Misconception] = Field(default_factory=list)


class GlossaryFile(_Strict):
    """The `glossary.toml` file."""

    terms: list[GlossaryTerm] = Field(default_factory=list)


@dataclass(frozen=True)
class Bank:
    """A loaded, checked bank: its file content plus where it came from.

    Attributes:
        info: The `[bank]` table.
        questions: The questions, in file order.
        path: The file it was read from.
        image_root: Folders that relative image paths may point into.
    """

    info: BankInfo
    questions: tuple[AnyQuestion, ...]
    path: str
    image_roots: tuple[str, ...] = ()
