"""Find glossary terms in question text, so a learner can look them up without leaving it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from quizapp.core.model import AnyQuestion, GlossaryTerm


def _names(term: GlossaryTerm) -> list[str]:
    """Return the words a term can appear as: its aliases, else its term without brackets."""
    base = re.sub(r"\s*\(.*?\)\s*", " ", term.term).strip()
    return [name for name in (*term.aliases, base) if name.strip()]


def _pattern(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.IGNORECASE)


def terms_in_text(text: str, glossary: Mapping[str, GlossaryTerm]) -> list[GlossaryTerm]:
    """Return the glossary terms that occur in ``text``, in order of first appearance.

    Matching ignores case and respects word boundaries, so "ilium" does not match "iliac".
    """
    found: list[tuple[int, GlossaryTerm]] = []
    for term in glossary.values():
        positions = [
            match.start()
            for name in _names(term)
            for match in [_pattern(name).search(text)]
            if match
        ]
        if positions:
            found.append((min(positions), term))
    found.sort(key=lambda pair: (pair[0], pair[1].term))
    return [term for _, term in found]


def question_text(question: AnyQuestion) -> str:
    """Return all the text a learner reads before answering: prompt and option texts."""
    parts: Iterable[str] = (question.prompt, *(option.text for option in question.options()))
    return "\n".join(parts)
