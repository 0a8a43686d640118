"""The study sheet: the missed questions with the right answer, the explanation and sources.

:func:`sheet_entries` turns mistakes (from :func:`quizapp.core.learning_queries.mistakes`) into
plain-text entries, one per question; :func:`to_markdown` writes them as Markdown. The PDF
version (Qt) is drawn from the same entries by :mod:`quizapp.ui.study_sheet_pdf`.

Bank text is plain text: in Markdown every character that could start markup (emphasis, links,
HTML, headings, lists) is escaped with a backslash, so a prompt never becomes a link or a tag.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from quizapp.core.learning_queries import Mistake, latest_per_question
from quizapp.core.model import Source

#: Title of the sheet.
TITLE = "Study sheet: questions to look at again"
#: Characters escaped wherever they appear (inline markup, HTML, entities, tables).
_INLINE = re.compile(r"([\\`*_\[\]{}<>|~&!])")
#: Line starts that would make a heading, list item, rule or setext underline: the
#: punctuation (group 2) gets the backslash.
_LINE_START = re.compile(r"^(\d*)([#+=.)-])")


def escape_markdown(text: str) -> str:
    """Return plain text as Markdown that renders as exactly that text, on one line or more.

    Lines are joined with hard line breaks; blank lines and leading spaces are dropped (they
    would end a list item or start a code block).
    """
    lines = []
    for raw in text.splitlines():
        line = _INLINE.sub(r"\\\1", raw.strip())
        if line:
            lines.append(_LINE_START.sub(r"\1\\\2", line))
    return "  \n".join(lines)


@dataclass(frozen=True)
class SheetEntry:
    """One missed question, in plain text.

    Attributes:
        question_id: The question's id.
        topic_title: Its topic's title.
        prompt: The question.
        your_answer: The options the learner picked (their texts), latest mistake.
        why_wrong: The feedback of the picked options that are wrong.
        correct: The right options' texts.
        explanation: Why the right answer is right.
        sources: One line per source ("Title, Publisher, URL").
        missed_at: When it was last missed (UTC).
    """

    question_id: str
    topic_title: str
    prompt: str
    your_answer: tuple[str, ...]
    why_wrong: tuple[str, ...]
    correct: tuple[str, ...]
    explanation: str
    sources: tuple[str, ...]
    missed_at: dt.datetime


def source_line(source_id: str, sources: Mapping[str, Source]) -> str:
    """Return a source as one line of plain text (its id when it is not known)."""
    source = sources.get(source_id)
    if source is None:
        return source_id
    parts = [source.title, source.publisher] + ([source.url] if source.url else [])
    return ", ".join(parts)


def sheet_entries(
    found: Iterable[Mistake], sources: Mapping[str, Source] | None = None
) -> list[SheetEntry]:
    """Return one entry per missed question (its newest mistake), by topic then question id.

    Args:
        found: Mistakes, newest first (as :func:`~quizapp.core.learning_queries.mistakes`
            returns them).
        sources: Known sources by id, to print titles instead of ids.
    """
    known = sources or {}
    entries = []
    for mistake in latest_per_question(found):
        question = mistake.question
        entries.append(
            SheetEntry(
                question_id=question.id,
                topic_title=mistake.topic_title,
                prompt=question.prompt,
                your_answer=tuple(option.text for option in mistake.picked),
                why_wrong=tuple(
                    option.feedback
                    for option in mistake.picked
                    if not option.correct and option.feedback
                ),
                correct=tuple(option.text for option in question.options() if option.correct),
                explanation=question.explanation,
                sources=tuple(source_line(source, known) for source in question.sources),
                missed_at=mistake.answered_at,
            )
        )
    return sorted(entries, key=lambda entry: (entry.topic_title.casefold(), entry.question_id))


def _item(label: str, values: Sequence[str]) -> list[str]:
    if not values:
        return [f"- **{label}:** (none)"]
    if len(values) == 1:
        return [f"- **{label}:** {escape_markdown(values[0])}"]
    return [f"- **{label}:**"] + [f"  - {escape_markdown(value)}" for value in values]


def to_markdown(entries: Sequence[SheetEntry], generated: dt.date) -> str:
    """Return the study sheet as Markdown.

    Args:
        entries: From :func:`sheet_entries`.
        generated: The date printed under the title.
    """
    count = len(entries)
    noun = "question" if count == 1 else "questions"
    out = [f"# {TITLE}", "", f"{count} {noun} missed, as of {generated.isoformat()}.", ""]
    topic: str | None = None
    for number, entry in enumerate(entries, start=1):
        if entry.topic_title != topic:
            topic = entry.topic_title
            out += [f"## {escape_markdown(topic)}", ""]
        out += [f"### Question {number}", "", escape_markdown(entry.prompt), ""]
        out += _item("Your answer", entry.your_answer)
        if entry.why_wrong:
            out += _item("Why not", entry.why_wrong)
        out += _item("Right answer", entry.correct)
        out += [f"- **Explanation:** {escape_markdown(entry.explanation)}"]
        out += _item("Sources", entry.sources)
        out.append("")
    return "\n".join(out)
