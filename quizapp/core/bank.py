"""Read bank and registry files into the model and check them, reporting every problem.

The stages, each reporting findings rather than raising exceptions of its own: safe reading
(:mod:`~quizapp.core.safe_read`), the ``format`` number, structure and types item by item
(:mod:`~quizapp.core.structure`), the checks that span fields (:mod:`~quizapp.core.checks`),
and the checks that span files (duplicate ids). A file's line index is only built when there is
something to report, so loading a good bank costs no more than parsing and validating it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quizapp.core.checks import CheckContext, choice_fingerprint, question_problems
from quizapp.core.findings import BankError, Finding, KeyPath, Problem, key_path_text, shown
from quizapp.core.images import IMAGE_SUFFIXES, MAX_IMAGE_BYTES, check_image_path, resolve_image
from quizapp.core.line_index import LineIndex
from quizapp.core.model import (
    MAX_QUESTIONS,
    SUPPORTED_FORMAT,
    AnyQuestion,
    Bank,
    BankInfo,
    GlossaryTerm,
    Misconception,
    Question,
    Source,
)
from quizapp.core.safe_read import parse_toml, read_text
from quizapp.core.structure import unknown_keys, validate_item, validate_items

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

#: Registry file names; every other ``*.toml`` in a bank folder is a bank.
REGISTRY_NAMES = frozenset({"sources.toml", "misconceptions.toml", "glossary.toml"})
_BANK_KEYS = ("format", "bank", "questions", "sources", "misconceptions")
_REGISTRY_KINDS: dict[str, tuple[str, type[Source] | type[Misconception] | type[GlossaryTerm]]] = {
    "sources.toml": ("sources", Source),
    "misconceptions.toml": ("misconceptions", Misconception),
    "glossary.toml": ("terms", GlossaryTerm),
}


@dataclass
class Registries:
    """Sources, misconceptions and glossary terms that banks may refer to."""

    sources: dict[str, Source] = field(default_factory=dict)
    misconceptions: dict[str, Misconception] = field(default_factory=dict)
    glossary: dict[str, GlossaryTerm] = field(default_factory=dict)


class _Locator:
    """Turns problems into findings, building the file's line index only when first needed."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text
        self._index: LineIndex | None = None

    def position(self, location: KeyPath) -> tuple[int, int]:
        if self._index is None:
            self._index = LineIndex(self.text)
        return self._index.position_of(location)

    def place(self, location: KeyPath) -> str:
        line = self.position(location)[0]
        return f"{self.path}:{line}" if line else str(self.path)

    def finding(self, problem: Problem) -> Finding:
        line, column = self.position(problem.location)
        return Finding(
            str(self.path),
            line,
            column,
            problem.code,
            problem.message,
            problem.question_id,
            key_path_text(problem.location),
            problem.severity,
        )


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
    _locator: _Locator | None = field(default=None, repr=False)

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


def read_document(path: Path) -> tuple[dict[str, Any], LineIndex]:
    """Read and parse one TOML file safely.

    Returns:
        The document and an index of its lines.

    Raises:
        BankError: The file cannot be read or parsed.
    """
    text = read_text(path)
    return parse_toml(text, path), LineIndex(text)


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
    try:
        text = read_text(path)
        document = parse_toml(text, path)
    except BankError as error:
        return BankCheck(path, error.findings)
    locator = _Locator(path, text)
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
    problems += found + _duplicate_entries(document.get("sources"), "sources")
    misconceptions, found = validate_items(Misconception, document, "misconceptions")
    problems += found + _duplicate_entries(document.get("misconceptions"), "misconceptions")
    context = CheckContext(
        sources=registries.sources.keys() | _raw_ids(document.get("sources")),
        misconceptions=registries.misconceptions.keys() | _raw_ids(document.get("misconceptions")),
        roots=(path.parent, *asset_roots),
    )
    raw_questions = _raw_questions(document, problems)
    check = BankCheck(path, [], bank_id=info.id if info else "", _locator=locator)
    check.question_count = len(raw_questions)
    questions: list[AnyQuestion] = []
    first_index: dict[str, int] = {}
    known = known_ids or {}
    for index, raw in enumerate(raw_questions):
        question_id = _raw_id(raw)
        question, found = validate_item(Question, raw, ("questions", index), question_id)
        problems += found + question_problems(raw, index, context)
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
            f"bank format {value} is newer than this app reads: it reads formats up to "
            f"{SUPPORTED_FORMAT}; a newer QuizApp may read this bank"
        )
        return [Problem("unknown-format", message, ("format",))], False
    if value < 1:
        message = (
            f"bank format {value} does not exist; this app reads formats 1 to {SUPPORTED_FORMAT}"
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


def _raw_id(raw: object) -> str:
    value = raw.get("id") if isinstance(raw, dict) else None
    return value if isinstance(value, str) else ""


def _raw_ids(entries: object) -> set[str]:
    if not isinstance(entries, list):
        return set()
    return {entry_id for entry in entries if (entry_id := _raw_id(entry))}


def _duplicate_entries(entries: object, key: str) -> list[Problem]:
    problems = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries if isinstance(entries, list) else []):
        entry_id = _raw_id(entry)
        if entry_id in seen:
            first = seen[entry_id] + 1
            message = f"id {shown(entry_id)} is used twice in [[{key}]] (first by entry {first})"
            problems.append(Problem("duplicate-id", message, (key, index, "id")))
        elif entry_id:
            seen[entry_id] = index
    return problems


def _duplicate_question(question_id: str, index: int, where: str) -> Problem:
    message = f"question id {shown(question_id)} is already used {where}"
    return Problem("duplicate-id", message, ("questions", index, "id"), question_id)


def check_registry(path: Path, into: Registries) -> list[Finding]:
    """Check one registry file (``sources.toml``, ``misconceptions.toml`` or ``glossary.toml``).

    Valid entries are added to ``into``; glossary terms must cite sources already in it.

    Returns:
        Every problem found.
    """
    key, model = _REGISTRY_KINDS[path.name]
    try:
        text = read_text(path)
        document = parse_toml(text, path)
    except BankError as error:
        return error.findings
    locator = _Locator(path, text)
    problems = unknown_keys(document, (key,))
    entries, found = validate_items(model, document, key)
    problems += found + _duplicate_entries(document.get(key), key)
    targets: dict[str, dict[str, Any]] = {
        "sources": into.sources,
        "misconceptions": into.misconceptions,
        "terms": into.glossary,
    }
    target = targets[key]
    here: set[str] = set()
    for entry in entries:
        earlier = target.get(entry.id)
        if entry.id not in here and earlier is not None and earlier != entry:
            index = next(i for i, raw in enumerate(document[key]) if _raw_id(raw) == entry.id)
            message = f"id {shown(entry.id)} is already defined differently in another {path.name}"
            problems.append(
                Problem("duplicate-id", message, (key, index, "id"), severity="warning")
            )
        target[entry.id] = entry
        here.add(entry.id)
    if key == "terms":
        for index, raw in enumerate(document.get(key) or []):
            sources = raw.get("sources") if isinstance(raw, dict) else None
            for position, source in enumerate(sources if isinstance(sources, list) else []):
                if isinstance(source, str) and source not in into.sources:
                    message = f"source {shown(source)} is not in sources.toml"
                    problems.append(
                        Problem("unknown-source", message, (key, index, "sources", position))
                    )
    return [locator.finding(problem) for problem in problems]


def load_registries(folder: Path, into: Registries) -> list[Finding]:
    """Load ``sources.toml``, ``misconceptions.toml`` and ``glossary.toml`` from a folder.

    Missing files are fine. Entries are added to ``into``; problems are returned.
    """
    findings: list[Finding] = []
    for name in _REGISTRY_KINDS:
        path = folder / name
        if path.exists() or path.is_symlink():
            findings.extend(check_registry(path, into))
    return findings
