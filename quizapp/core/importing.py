"""Turn questions parsed from another format (GIFT, Aiken) into a checked format-v1 bank.

The parsers (:mod:`~quizapp.core.gift`, :mod:`~quizapp.core.aiken`) produce
:class:`DraftQuestion` objects and line-numbered findings; :func:`build_bank` gives each draft
an id, a source and placeholder texts where format v1 needs a text the file did not have
(each placeholder reported as a warning), and validates every question with the app's own
models, so what it returns is a bank that ``quizapp validate`` accepts.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from quizapp.core.checks import CheckContext, question_problems
from quizapp.core.findings import Finding, Problem, key_path_text
from quizapp.core.model import MAX_ID, BankFile, BankInfo, Question, Source
from quizapp.core.structure import validate_item

#: Placeholder texts start with this, so a teacher can search for what is left to write.
PLACEHOLDER_MARK = "TODO:"
EXPLANATION_PLACEHOLDER = (
    f"{PLACEHOLDER_MARK} the imported file gave no general feedback for this question. "
    "Replace this text with an explanation of the right answer."
)
FEEDBACK_PLACEHOLDER = (
    f"{PLACEHOLDER_MARK} the imported file gave no feedback for this choice. "
    "Replace this text with why this choice is wrong."
)
TRUE_FALSE_PLACEHOLDER = (
    f"{PLACEHOLDER_MARK} the imported file gave no feedback for the wrong answer. "
    "Replace this text with why the other answer is wrong."
)


@dataclass
class DraftChoice:
    """One choice as read from the file."""

    text: str
    correct: bool
    feedback: str = ""
    line: int = 0


@dataclass
class DraftQuestion:
    """One question as read from the file, before ids, sources and placeholders.

    Attributes:
        line: The line the question starts on.
        kind: The format-v1 question type it becomes.
        prompt: The question text.
        name: The question's name in the file (GIFT ``::name::``), or "".
        choices: The choices (``single`` and ``multiple``).
        answer: The right answer (``true_false``).
        feedback: Feedback for the wrong answer (``true_false``).
        explanation: General feedback, or "".
        category: The category the file put it in, or "".
        notes: What the import had to change or leave out, reported as warnings.
        number: Its position among all the file's questions (1 for the first), so ids stay
            the same when other questions are fixed and the file is imported again.
    """

    line: int
    kind: Literal["single", "multiple", "true_false"]
    prompt: str
    name: str = ""
    choices: list[DraftChoice] = field(default_factory=list)
    answer: bool = True
    feedback: str = ""
    explanation: str = ""
    category: str = ""
    notes: list[str] = field(default_factory=list)
    number: int = 0


@dataclass
class ParseResult:
    """What a parser found in a file.

    Attributes:
        questions: The questions that format v1 can hold.
        findings: Errors (malformed questions) and warnings (skipped or changed ones).
        total: How many questions the file holds.
        skipped: Questions of a type format v1 cannot hold.
        failed: Malformed questions.
    """

    questions: list[DraftQuestion] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    total: int = 0
    skipped: int = 0
    failed: int = 0


def slug(text: str, fallback: str = "imported", limit: int = 40) -> str:
    """Return a lowercase ``a-z0-9-`` slug of ``text`` (accents dropped), or ``fallback``."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:limit].strip("-")
    return value or fallback


def build_bank(
    result: ParseResult, source_file: Path, format_name: str
) -> tuple[BankFile | None, list[Finding]]:
    """Build a bank from parsed drafts.

    Args:
        result: The parser's result; its findings are included in the returned ones.
        source_file: The imported file (names the bank and its source).
        format_name: The format's name for people, e.g. ``Moodle GIFT``.

    Returns:
        The bank (None when no question could be imported) and every finding: the parser's,
        one warning per question that got placeholder text, and an error per question that
        format v1 refuses (that question is left out and counted in ``result.failed``).
    """
    findings = list(result.findings)
    bank_id = slug(source_file.stem)
    source = Source(
        id=f"{bank_id}-source"[:MAX_ID],
        title=_clip(source_file.name, 200) or "imported file",
        publisher=f"{format_name} file imported with quizapp import",
    )
    context = CheckContext(sources={source.id}, misconceptions=(), roots=())
    used: set[str] = set()
    questions: list[Any] = []
    for number, draft in enumerate(result.questions, start=1):
        question_id = _question_id(bank_id, draft, draft.number or number, used)
        raw, placeholders = _raw_question(draft, question_id, source.id)
        errors = [p for p in question_problems(raw, 0, context) if p.severity == "error"]
        question, found = validate_item(Question, raw, ())
        problems = found + errors
        if problems:
            result.failed += 1
            findings += [_refusal(source_file, draft, question_id, p) for p in problems]
            continue
        used.add(question_id)
        questions.append(question)
        findings += [
            Finding(
                str(source_file), draft.line, 1, "changed", note, question_id, severity="warning"
            )
            for note in draft.notes
        ]
        if placeholders:
            message = (
                f"no {' and no '.join(placeholders)} in the file: wrote placeholder text "
                f"starting with '{PLACEHOLDER_MARK}'; replace it"
            )
            findings.append(
                Finding(
                    str(source_file),
                    draft.line,
                    1,
                    "placeholder",
                    message,
                    question_id,
                    severity="warning",
                )
            )
    if not questions:
        return None, findings
    info = BankInfo(
        id=bank_id,
        title=_clip(source_file.stem.replace("_", " ").strip(), 200) or bank_id,
        topic=bank_id,
        description=_clip(f"Imported from {source_file.name} ({format_name}).", 2000),
    )
    bank = BankFile(format=1, bank=info, questions=questions, sources=[source])
    return bank, findings


def _refusal(
    source_file: Path, draft: DraftQuestion, question_id: str, problem: Problem
) -> Finding:
    location = problem.location
    if location[:1] == ("questions",):
        location = location[2:]
    path = key_path_text(location)
    message = f"question cannot be imported: {problem.message}" + (f" ({path})" if path else "")
    return Finding(str(source_file), draft.line, 1, "not-importable", message, question_id)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _question_id(bank_id: str, draft: DraftQuestion, number: int, used: set[str]) -> str:
    stem = slug(draft.name, fallback="", limit=MAX_ID - len(bank_id) - 5)
    base = f"{bank_id}-{stem}" if stem else f"{bank_id}-{number:03d}"
    candidate, counter = base, 2
    while candidate in used:
        candidate, counter = f"{base}-{counter}", counter + 1
    return candidate


def _raw_question(
    draft: DraftQuestion, question_id: str, source_id: str
) -> tuple[dict[str, Any], list[str]]:
    placeholders: list[str] = []
    explanation = draft.explanation.strip()
    if not explanation:
        explanation = EXPLANATION_PLACEHOLDER
        placeholders.append("general feedback")
    raw: dict[str, Any] = {
        "id": question_id,
        "type": draft.kind,
        "prompt": draft.prompt,
        "explanation": explanation,
        "sources": [source_id],
        "difficulty": 1,
    }
    if draft.category:
        raw["tags"] = [slug(draft.category, limit=MAX_ID)]
    if draft.kind == "true_false":
        raw["answer"] = draft.answer
        raw["feedback"] = draft.feedback.strip() or TRUE_FALSE_PLACEHOLDER
        if not draft.feedback.strip():
            placeholders.append("feedback for the wrong answer")
        return raw, placeholders
    choices = []
    missing = 0
    for choice in draft.choices:
        entry: dict[str, Any] = {"text": choice.text, "correct": choice.correct}
        feedback = choice.feedback.strip()
        if not feedback and not choice.correct:
            feedback = FEEDBACK_PLACEHOLDER
            missing += 1
        if feedback:
            entry["feedback"] = feedback
        choices.append(entry)
    raw["choices"] = choices
    if missing:
        placeholders.append(f"feedback for {missing} wrong choice{'s' if missing > 1 else ''}")
    return raw, placeholders
