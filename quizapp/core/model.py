"""The question-bank data model: pydantic models for bank format v1, frozen once loaded.

These models define both what a bank file may contain (unknown keys are refused, lengths and
ranges are bounded) and the in-memory objects the rest of the app reads. Checks that need more
than one field (answer counts, duplicate choices, references, images) live in
:mod:`quizapp.core.checks`, those that span files (duplicate ids) in :mod:`quizapp.core.bank`.
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
#: Most questions in one bank file.
MAX_QUESTIONS = 100_000

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
ImagePath = Annotated[str, StringConstraints(min_length=1, max_length=300)]
Fraction = Annotated[float, Field(ge=0.0, le=1.0)]
Url = Annotated[str, StringConstraints(max_length=500, pattern=r"^(https?://[^\s]+)?$")]
"""A web address (``http://`` or ``https://``), or "" for none."""
LanguageTag = Annotated[
    str, StringConstraints(max_length=35, pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
]
"""A BCP 47 language tag such as ``en``, ``fr`` or ``pt-BR``."""

#: The question types of format v1, in the order the guide presents them.
QUESTION_TYPES = ("single", "multiple", "true_false", "hotspot")


class _Strict(BaseModel):
    """Base for every bank model: unknown keys refused, instances immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Source(_Strict):
    """A publication that questions cite."""

    id: Slug = Field(description="Stable id that questions list in their `sources`.")
    title: Title = Field(description="Title of the article, page or book.")
    publisher: Title = Field(description="Who published it.")
    reviewed: dt.date | None = Field(None, description="When the source itself was reviewed.")
    url: Url = Field("", description="Web address (http or https), or empty.")


class Misconception(_Strict):
    """A popular false belief that a wrong choice can stand for, with its correction."""

    id: Slug = Field(description="Stable id that wrong choices name in `misconception`.")
    belief: Text = Field(description="The false belief, as people state it.")
    correction: Text = Field(description="What is true instead.")


class GlossaryTerm(_Strict):
    """A term and its plain-language definition."""

    id: Slug
    term: Title
    aliases: list[Title] = Field(default_factory=list, max_length=20)
    definition: Text
    sources: list[Slug] = Field(default_factory=list, max_length=20)


class Choice(_Strict):
    """One choice of a `single` or `multiple` question."""

    text: ChoiceText = Field(description="The choice as the learner reads it (plain text).")
    correct: bool = Field(False, description="Whether picking this choice is right.")
    feedback: Feedback = Field(
        "", description="Why the choice is right or wrong; required for wrong choices."
    )
    misconception: Slug | None = Field(
        None, description="Id of the false belief this wrong choice stands for."
    )


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

    id: QuestionId = Field(
        description="Unique across every loaded bank; never reused for different content."
    )
    prompt: Text = Field(description="The question (plain text).")
    explanation: Explanation = Field(description="Shown after answering: why the answer is right.")
    sources: list[Slug] = Field(
        min_length=1, max_length=20, description="Ids of the sources this question rests on."
    )
    difficulty: Literal[1, 2, 3] = Field(1, description="1 easy, 2 medium, 3 hard.")
    tags: list[Slug] = Field(default_factory=list, max_length=20, description="Free labels.")

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
    answer: bool = Field(description="Whether the statement in `prompt` is true.")
    feedback: Feedback = Field(min_length=1, description="Why the other answer is wrong.")
    misconception: Slug | None = Field(
        None, description="Id of the false belief that the wrong answer stands for."
    )

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
    image: ImagePath = Field(description="SVG or PNG, relative to the bank's folder or assets/.")
    image_alt: Text = Field(description="What the picture shows, for screen readers.")
    explanation_image: ImagePath | None = Field(
        None, description="Optional picture shown with the explanation."
    )
    explanation_image_alt: Text | None = Field(
        None, description="What the explanation picture shows; required with it."
    )
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

    id: Slug = Field(description="Unique slug of the bank.")
    title: Title = Field(description="Title shown on the home screen.")
    topic: Slug = Field(description="Topic slug; questions are grouped by topic.")
    description: Annotated[str, StringConstraints(max_length=MAX_PROMPT)] = Field(
        "", description="One or two sentences on what the bank covers."
    )
    language: LanguageTag = Field("en", description="BCP 47 language tag, e.g. en or pt-BR.")
    reviewed: dt.date | None = Field(None, description="Date of the last content review.")
    notice: Annotated[str, StringConstraints(max_length=MAX_FEEDBACK)] = Field(
        "", description="Text shown with every question of the bank."
    )


class BankFile(_Strict):
    """A whole bank file, format v1."""

    format: Literal[1] = Field(description="Bank format version; this app reads version 1.")
    bank: BankInfo
    questions: list[Question] = Field(min_length=1, max_length=MAX_QUESTIONS)
    sources: list[Source] = Field(
        default_factory=list, description="Sources of this bank only, besides sources.toml."
    )
    misconceptions: list[Misconception] = Field(
        default_factory=list, description="Misconceptions of this bank only."
    )


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
        image_roots: Folders that relative image paths may point into.
        sources: The bank's own ``[[sources]]`` (besides the registries').
        misconceptions: The bank's own ``[[misconceptions]]``.
    """

    info: BankInfo
    questions: tuple[AnyQuestion, ...]
    path: str
    image_roots: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    misconceptions: tuple[Misconception, ...] = ()
