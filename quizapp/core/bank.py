"""Read bank files into the model and check them, reporting every problem.

Registries live in :mod:`~quizapp.core.registry`. The stages, each reporting findings rather
than raising exceptions of its own: safe reading
(:mod:`~quizapp.core.safe_read`), the ``format`` number, structure and types item by item
(:mod:`~quizapp.core.structure`), the checks that span fields (:mod:`~quizapp.core.checks`),
and the checks that span files (duplicate ids). A file's line index is only built when there is
something to report, so loading a good bank costs no more than parsing and validating it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quizapp.core.checks import CheckContext, choice_fingerprint, question_problems
from quizapp.core.findings import BankError, Finding, KeyPath, Problem, shown
from quizapp.core.images import IMAGE_SUFFIXES, MAX_IMAGE_BYTES, check_image_path, resolve_image
from quizapp.core.located import Locator, duplicate_entries, raw_id, raw_ids, read_document
from quizapp.core.model import (
    MAX_QUESTIONS,
    SUPPORTED_FORMAT,
    AnyQuestion,
    Bank,
    BankInfo,
    Misconception,
    Question,
    Source,
)
from quizapp.core.registry import REGISTRY_NAMES, Registries, check_registry, load_registries
from quizapp.core.safe_read import parse_toml, read_text
from quizapp.core.structure import guess_type, unknown_keys, validate_item, validate_items

__all__ = [
    "IMAGE_SUFFIXES",
    "MAX_IMAGE_BYTES",
    "REGISTRY_NAMES",
    "BankCheck",
    "QuestionPlaces",
    "Registries",
    "check_bank",
    "check_image_path",
    "check_registry",
    "choice_fingerprint",
    "load_bank",
    "load_registries",
    "read_document",
    "resolve_image",
]

_BANK_KEYS = ("format", "bank", "questions", "sources", "misconceptions")


@dataclass
class BankCheck:
    """The outcome of checking one bank file.

    Attributes:
        path: The file.
        findings: Every problem found (errors and warnings).
        bank: The bank when it has no errors, else None.
        bank_id: The ``[bank]`` id when readable, else "".
        question_ids: Question ids in file order, each with its index in ``questions``
            (an id already seen is listed once, at its first place).
        question_count: How many ``[[questions]]`` tables the file holds.
    """

    path: Path
    findings: list[Finding]
    bank: Bank | None = None
    bank_id: str = ""
    question_ids: list[tuple[str, int]] = field(default_factory=list)
    question_count: int = 0
    _locator: Locator | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        """Whether the bank has no errors (warnings allowed)."""
        return not any(finding.is_error for finding in self.findings)

    def position_of(self, location: KeyPath) -> tuple[int, int]:
        """Return the (line, column) of a key path in this file, or (0, 0)."""
        return self._locator.position(location) if self._locator else (0, 0)

    def place_of(self, location: KeyPath) -> str:
        """Return ``file:line`` of a key path in this file (``file`` when unknown)."""
        return self._locator.place(location) if self._locator else str(self.path)


class QuestionPlaces(Mapping[str, str]):
    """Question ids already loaded, each mapped to its ``file:line``, found only when asked."""

    def __init__(self) -> None:
        self._where: dict[str, tuple[BankCheck, int]] = {}

    def add(self, check: BankCheck) -> None:
        """Record the question ids of a checked bank (the first place of an id wins)."""
        for question_id, index in check.question_ids:
            self._where.setdefault(question_id, (check, index))

    def __getitem__(self, key: str) -> str:
        check, index = self._where[key]
        return check.place_of(("questions", index))

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)

    def __contains__(self, key: object) -> bool:
        return key in self._where


def load_bank(
    path: Path,
    registries: Registries,
    *,
    asset_roots: Iterable[Path] = (),
    known_ids: Mapping[str, str] | None = None,
) -> Bank:
    """Read and check one bank file.

    Args:
        path: The bank file.
        registries: Sources and misconceptions that the bank may cite (its own inline
            ``[[sources]]`` and ``[[misconceptions]]`` are added for this bank only).
        asset_roots: Folders besides the bank's own that image paths may point into.
        known_ids: Question ids already loaded from other banks, mapped to where they are,
            to report duplicates across banks.

    Returns:
        The bank (warnings, if any, are dropped: use :func:`check_bank` to see them).

    Raises:
        BankError: With every error and warning found, when there is at least one error.
    """
    check = check_bank(path, registries, asset_roots=asset_roots, known_ids=known_ids)
    if check.bank is None:
        raise BankError(check.findings)
    return check.bank


def check_bank(
    path: Path,
    registries: Registries,
    *,
    asset_roots: Iterable[Path] = (),
    known_ids: Mapping[str, str] | None = None,
) -> BankCheck:
    """Check one bank file and report every problem; never raises for bad input.

    Args and behaviour are those of :func:`load_bank`.

    Returns:
        The findings, and the bank when it has no errors.
    """
    with _collector_paused():
        return _check_bank(path, registries, tuple(asset_roots), known_ids or {})


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a bank is read.

    Parsing and validating create hundreds of thousands of objects and no reference cycles;
    without the pause, collections triggered by the allocations scan the growing document
    again and again (measured: a third of the validation time at 10,000 questions).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _check_bank(
    path: Path,
    registries: Registries,
    asset_roots: tuple[Path, ...],
    known: Mapping[str, str],
) -> BankCheck:
    try:
        text = read_text(path)
        document = parse_toml(text, path)
    except BankError as error:
        return BankCheck(path, error.findings)
    locator = Locator(path, text)
    problems, supported = _format_problems(document.get("format"), "format" in document)
    if not supported:
        return BankCheck(path, [locator.finding(p) for p in problems], _locator=locator)
    problems += unknown_keys(document, _BANK_KEYS)
    if "bank" in document:
        info, found = validate_item(BankInfo, document["bank"], ("bank",))
        problems += found
    else:
        info = None
        problems.append(Problem("missing-key", "missing required table [bank]", ("bank",)))
    sources, found = validate_items(Source, document, "sources")
    problems += found + duplicate_entries(document.get("sources"), "sources")
    misconceptions, found = validate_items(Misconception, document, "misconceptions")
    problems += found + duplicate_entries(document.get("misconceptions"), "misconceptions")
    context = CheckContext(
        sources=registries.sources.keys() | raw_ids(document.get("sources")),
        misconceptions=registries.misconceptions.keys() | raw_ids(document.get("misconceptions")),
        roots=(path.parent, *asset_roots),
    )
    raw_questions = _raw_questions(document, problems)
    check = BankCheck(path, [], bank_id=info.id if info else "", _locator=locator)
    check.question_count = len(raw_questions)
    questions: list[AnyQuestion] = []
    first_index: dict[str, int] = {}
    for index, raw in enumerate(raw_questions):
        question_id = raw_id(raw)
        question, found = validate_item(Question, raw, ("questions", index), question_id)
        guessed = guess_type(raw)
        if guessed is not None:  # check the rest as the type the author most likely meant
            _, more = validate_item(Question, guessed, ("questions", index), question_id)
            found += [problem for problem in more if problem.location[-1:] != ("type",)]
        problems += found + question_problems(guessed or raw, index, context)
        if question is not None:
            questions.append(question)
        if not question_id:
            continue
        if question_id in first_index:
            line = locator.position(("questions", first_index[question_id]))[0]
            problems.append(_duplicate_question(question_id, index, f"at line {line} of this file"))
        elif question_id in known:
            problems.append(_duplicate_question(question_id, index, f"in {known[question_id]}"))
        else:
            first_index[question_id] = index
            check.question_ids.append((question_id, index))
    check.findings = [locator.finding(problem) for problem in problems]
    if info is not None and check.ok:
        check.bank = Bank(
            info=info,
            questions=tuple(questions),
            path=str(path),
            image_roots=tuple(str(root) for root in context.roots),
            sources=tuple(sources),
            misconceptions=tuple(misconceptions),
        )
    return check


def _format_problems(value: object, present: bool) -> tuple[list[Problem], bool]:
    """Check ``format``; return the problems and whether the rest can be read as format 1."""
    if not present:
        message = "missing required key 'format' (write format = 1 on the first line)"
        return [Problem("missing-key", message, ("format",))], True
    if not isinstance(value, int) or isinstance(value, bool):
        message = f"'format' must be a whole number like {SUPPORTED_FORMAT}, not {shown(value)}"
        return [Problem("wrong-type", message, ("format",))], True
    if value > SUPPORTED_FORMAT:
        message = (
            f"bank format {shown(value)} is newer than this app reads: it reads formats up to "
            f"{SUPPORTED_FORMAT}; a newer QuizApp may read this bank"
        )
        return [Problem("unknown-format", message, ("format",))], False
    if value < 1:
        message = (
            f"bank format {shown(value)} does not exist; "
            f"this app reads formats 1 to {SUPPORTED_FORMAT}"
        )
        return [Problem("unknown-format", message, ("format",))], False
    return [], True


def _raw_questions(document: Mapping[str, Any], problems: list[Problem]) -> list[Any]:
    value = document.get("questions")
    if value is None:
        problems.append(
            Problem("missing-key", "missing required table [[questions]]", ("questions",))
        )
        return []
    if not isinstance(value, list):
        message = "'questions' must be an array of tables ([[questions]])"
        problems.append(Problem("wrong-type", message, ("questions",)))
        return []
    if not value:
        problems.append(
            Problem("length", "the bank needs at least one [[questions]] table", ("questions",))
        )
    if len(value) > MAX_QUESTIONS:
        message = f"a bank may hold at most {MAX_QUESTIONS:,} questions, found {len(value):,}"
        problems.append(Problem("length", message, ("questions",)))
    return value


def _duplicate_question(question_id: str, index: int, where: str) -> Problem:
    message = f"question id {shown(question_id)} is already used {where}"
    return Problem("duplicate-id", message, ("questions", index, "id"), question_id)
