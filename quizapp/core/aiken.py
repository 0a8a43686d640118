"""Parse Aiken text into draft questions, with a line-numbered finding for each problem.

An Aiken question is its text (one line, or several before the first option), its options
``A. text`` or ``A) text`` (one a line; a line that is not an option continues the one before,
unless a blank line or a question mark says a new question begins), and ``ANSWER: B``.
``ANSWER: A, C`` (more than one letter) makes a ``multiple`` question. Aiken has no feedback,
so every imported question gets placeholder texts (see :mod:`quizapp.core.importing`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.core.findings import Finding, shown
from quizapp.core.importing import DraftChoice, DraftQuestion, ParseResult

_OPTION = re.compile(r"^\s*([A-Z])\s*[.)]\s+(.*)$")
_ANSWER = re.compile(r"^\s*ANSWER\s*:\s*(.*)$", re.IGNORECASE)
_LETTERS = re.compile(r"^[A-Za-z](?:\s*[,;\s]\s*[A-Za-z])*$")


@dataclass
class _Pending:
    """The question being read."""

    line: int
    prompt: list[str] = field(default_factory=list)
    options: list[tuple[str, list[str], int]] = field(default_factory=list)


def looks_like_aiken(text: str) -> bool:
    """Tell whether text looks like Aiken (``ANSWER:`` lines, no GIFT braces)."""
    has_answer = re.search(r"^\s*ANSWER\s*:\s*[A-Za-z]", text, re.MULTILINE | re.IGNORECASE)
    return bool(has_answer) and "{" not in text


def parse_aiken(text: str, path: Path) -> ParseResult:
    """Parse Aiken text.

    Args:
        text: The file's content.
        path: The file, for findings.

    Returns:
        The drafts and every finding (malformed questions are errors).
    """
    result = ParseResult()
    pending: _Pending | None = None

    def fail(line: int, message: str) -> None:
        result.failed += 1
        result.findings.append(Finding(str(path), line, 1, "aiken-syntax", message))

    after_blank = False
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.lstrip("\ufeff").strip()
        if not line:
            after_blank = True
            continue
        new_paragraph, after_blank = after_blank, False
        answer = _ANSWER.match(line)
        option = _OPTION.match(line)
        if answer:
            if pending is None or not pending.options:
                result.total += 1
                fail(number, "'ANSWER:' line without a question and its options before it")
            else:
                result.total += 1
                _finish(pending, answer[1], number, result, fail)
            pending = None
        elif option and pending is not None and pending.prompt:
            pending.options.append((option[1], [option[2]], number))
        elif pending is not None and pending.options:
            if new_paragraph or _looks_like_question(line):
                result.total += 1
                fail(pending.line, "the question has no 'ANSWER:' line after its options")
                pending = _Pending(number, [line])
            else:
                pending.options[-1][1].append(line)
        elif pending is None:
            pending = _Pending(number, [line])
        else:
            pending.prompt.append(line)
    if pending is not None:
        result.total += 1
        fail(pending.line, "the question has no 'ANSWER:' line after its options")
    return result


def _looks_like_question(line: str) -> bool:
    return line.endswith("?") or line.endswith(":")


def _finish(
    pending: _Pending,
    answer: str,
    line: int,
    result: ParseResult,
    report: Callable[[int, str], None],
) -> None:
    letters = [option[0] for option in pending.options]
    duplicate = next((letter for letter in letters if letters.count(letter) > 1), None)
    if duplicate:
        report(pending.line, f"option letter {duplicate} is used twice")
        return
    answer = answer.strip()
    if not _LETTERS.match(answer):
        report(line, f"'ANSWER:' must name option letters, like 'ANSWER: B', not {shown(answer)}")
        return
    right = {letter.upper() for letter in re.findall(r"[A-Za-z]", answer)}
    unknown = sorted(right - set(letters))
    if unknown:
        report(line, f"'ANSWER:' names option {', '.join(unknown)}, which the question lacks")
        return
    choices = [
        DraftChoice(" ".join(" ".join(parts).split()), letter in right, "", option_line)
        for letter, parts, option_line in pending.options
    ]
    result.questions.append(
        DraftQuestion(
            pending.line,
            "multiple" if len(right) > 1 else "single",
            " ".join(" ".join(pending.prompt).split()),
            choices=choices,
            number=result.total,
        )
    )
