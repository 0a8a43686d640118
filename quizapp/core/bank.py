"""Read bank files into the model and check them; every problem names file, line and key.

The stages, each refusing bad input with findings rather than exceptions of its own:
safe reading (:mod:`~quizapp.core.safe_read`), the ``format`` number, structure and types
(pydantic models in :mod:`~quizapp.core.model`), then the checks that span fields or files:
answer counts, duplicate choices, duplicate ids, source and misconception ids, images.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from quizapp.core.findings import BankError, Finding
from quizapp.core.line_index import LineIndex
from quizapp.core.model import (
    SUPPORTED_FORMAT,
    AnyQuestion,
    Bank,
    BankFile,
    GlossaryFile,
    GlossaryTerm,
    HotspotQuestion,
    Misconception,
    MisconceptionsFile,
    MultipleQuestion,
    Source,
    SourcesFile,
    TrueFalseQuestion,
)
from quizapp.core.safe_read import parse_toml, read_text

#: Registry file names; every other ``*.toml`` in a bank folder is a bank.
REGISTRY_NAMES = frozenset({"sources.toml", "misconceptions.toml", "glossary.toml"})
#: Image types a hotspot may use, and the largest image file read.
IMAGE_SUFFIXES = frozenset({".svg", ".png"})
MAX_IMAGE_BYTES = 2 * 1024 * 1024

_QUESTION_TYPES = ("single", "multiple", "true_false", "hotspot")
_FORBIDDEN_ID_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})


@dataclass
class Registries:
    """Sources, misconceptions and glossary terms that banks may refer to."""

    sources: dict[str, Source] = field(default_factory=dict)
    misconceptions: dict[str, Misconception] = field(default_factory=dict)
    glossary: dict[str, GlossaryTerm] = field(default_factory=dict)


def read_document(path: Path) -> tuple[dict[str, Any], LineIndex]:
    """Read and parse one TOML file safely.

    Returns:
        The document and an index of its lines.

    Raises:
        BankError: The file cannot be read or parsed.
    """
    text = read_text(path)
    return parse_toml(text, path), LineIndex(text)


def load_registries(folder: Path, into: Registries) -> list[Finding]:
    """Load ``sources.toml``, ``misconceptions.toml`` and ``glossary.toml`` from a folder.

    Missing files are fine. Entries are added to ``into``; problems are returned.
    """
    findings: list[Finding] = []
    for name, model, attribute, target in (
        ("sources.toml", SourcesFile, "sources", into.sources),
        ("misconceptions.toml", MisconceptionsFile, "misconceptions", into.misconceptions),
        ("glossary.toml", GlossaryFile, "terms", into.glossary),
    ):
        path = folder / name
        if not path.exists():
            continue
        try:
            document, lines = read_document(path)
            parsed = model.model_validate(document)
        except BankError as error:
            findings.extend(error.findings)
            continue
        except ValidationError as error:
            findings.extend(_structure_findings(error, path, lines, document))
            continue
        for entry in getattr(parsed, attribute):
            target[entry.id] = entry
    return findings


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
        known_ids: Question ids already loaded from other banks, mapped to ``file:line``, to
            report duplicates across banks.

    Returns:
        The bank.

    Raises:
        BankError: With every problem found.
    """
    document, lines = read_document(path)
    where = str(path)
    _check_format(document, where, lines)
    try:
        parsed = BankFile.model_validate(document)
    except ValidationError as error:
        raise BankError(_structure_findings(error, path, lines, document)) from None
    roots = (path.parent, *asset_roots)
    findings = _semantic_findings(parsed, where, lines, registries, roots, known_ids or {})
    if findings:
        raise BankError(findings)
    return Bank(
        info=parsed.bank,
        questions=tuple(parsed.questions),
        path=where,
        image_roots=tuple(str(root) for root in roots),
    )


def _check_format(document: dict[str, Any], where: str, lines: LineIndex) -> None:
    value = document.get("format")
    line = lines.line_of(("format",))
    if value is None:
        raise BankError(
            [Finding(where, 1, 1, "missing-key", "missing required key 'format' (use format = 1)",
                     key_path="format")]
        )
    if not isinstance(value, int) or isinstance(value, bool):
        raise BankError(
            [Finding(where, line, 1, "wrong-type", "'format' must be a whole number, like 1",
                     key_path="format")]
        )
    if value != SUPPORTED_FORMAT:
        raise BankError(
            [Finding(where, line, 1, "unknown-format",
                     f"bank format {value} is not supported; this app reads formats up to "
                     f"{SUPPORTED_FORMAT}" + (" (a newer QuizApp may read it)"
                                              if value > SUPPORTED_FORMAT else ""),
                     key_path="format")]
        )


def _key_path(location: tuple[str | int, ...]) -> str:
    text = ""
    for part in location:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _clean_location(location: tuple[str | int, ...]) -> tuple[str | int, ...]:
    """Drop the union tag pydantic inserts after a question index (``questions.3.single``)."""
    cleaned: list[str | int] = []
    for part in location:
        if (
            isinstance(part, str)
            and part in _QUESTION_TYPES
            and cleaned
            and isinstance(cleaned[-1], int)
        ):
            continue
        cleaned.append(part)
    return tuple(cleaned)


def _question_id(document: Mapping[str, Any], location: tuple[str | int, ...]) -> str:
    if len(location) >= 2 and location[0] == "questions" and isinstance(location[1], int):
        questions = document.get("questions")
        if isinstance(questions, list) and location[1] < len(questions):
            question = questions[location[1]]
            if isinstance(question, dict) and isinstance(question.get("id"), str):
                return str(question["id"])[:64]
    return ""


def _structure_findings(
    error: ValidationError, path: Path, lines: LineIndex, document: Mapping[str, Any]
) -> list[Finding]:
    findings = []
    for detail in error.errors(include_url=False):
        location = _clean_location(tuple(detail["loc"]))
        key = str(location[-1]) if location else ""
        kind = detail["type"]
        if kind == "extra_forbidden":
            code, message = "unknown-key", f"unknown key '{key}' (a typo?)"
        elif kind == "missing":
            code, message = "missing-key", f"missing required key '{key}'"
        elif kind == "union_tag_invalid":
            given = detail.get("ctx", {}).get("tag", "")
            code = "unknown-type"
            message = f"unknown question type '{given}'; use one of {', '.join(_QUESTION_TYPES)}"
        elif kind == "union_tag_not_found":
            code, message = "missing-key", "missing required key 'type'"
            location = (*location, "type")
        elif kind in {"too_short", "too_long", "string_too_short", "string_too_long"}:
            code, message = "length", f"'{key}': {detail['msg'].lower()}"
        elif kind == "string_pattern_mismatch":
            code = "bad-id"
            message = (f"'{key}' must use only lowercase letters, digits and hyphens"
                       if "a-z0-9-" in str(detail.get("ctx", {}).get("pattern", ""))
                       else f"'{key}' has characters an id may not use")
        else:
            code, message = "wrong-type", f"'{key}': {detail['msg'].lower()}"
        findings.append(
            Finding(
                str(path),
                lines.line_of(location),
                1 if lines.line_of(location) else 0,
                code,
                message,
                _question_id(document, location),
                _key_path(location),
            )
        )
    return findings


def choice_fingerprint(text: str) -> str:
    """Return a choice text folded for duplicate detection (NFKC, case, white space)."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _bad_id_characters(value: str) -> bool:
    return any(unicodedata.category(ch) in _FORBIDDEN_ID_CATEGORIES for ch in value)


def _semantic_findings(
    parsed: BankFile,
    where: str,
    lines: LineIndex,
    registries: Registries,
    roots: tuple[Path, ...],
    known_ids: Mapping[str, str],
) -> list[Finding]:
    findings: list[Finding] = []
    sources = {**registries.sources, **{s.id: s for s in parsed.sources}}
    misconceptions = {
        **registries.misconceptions,
        **{m.id: m for m in parsed.misconceptions},
    }
    seen_here: dict[str, int] = {}

    def add(index: int, code: str, message: str, qid: str, *tail: str | int) -> None:
        location: tuple[str | int, ...] = ("questions", index, *tail)
        line = lines.line_of(location)
        findings.append(Finding(where, line, 1 if line else 0, code, message, qid,
                                _key_path(location)))

    for index, question in enumerate(parsed.questions):
        qid = question.id
        line = lines.line_of(("questions", index))
        if qid in seen_here:
            add(index, "duplicate-id",
                f"question id '{qid}' is used twice in this file (first at line {seen_here[qid]})",
                qid, "id")
        elif qid in known_ids:
            add(index, "duplicate-id",
                f"question id '{qid}' is already used in {known_ids[qid]}", qid, "id")
        seen_here.setdefault(qid, line)
        _check_answers(question, index, add)
        for position, source in enumerate(question.sources):
            if source not in sources:
                add(index, "unknown-source", f"source '{source}' is not in any sources registry",
                    qid, "sources", position)
        for option in question.options():
            if option.misconception and option.misconception not in misconceptions:
                tail: tuple[str | int, ...] = ("misconception",)
                if not isinstance(question, TrueFalseQuestion):
                    group = "regions" if isinstance(question, HotspotQuestion) else "choices"
                    position = next(i for i, o in enumerate(question.options()) if o is option)
                    tail = (group, position, "misconception")
                add(index, "unknown-misconception",
                    f"misconception '{option.misconception}' is not in any misconceptions registry",
                    qid, *tail)
        if isinstance(question, HotspotQuestion):
            for key in ("image", "explanation_image"):
                relative = getattr(question, key)
                if relative:
                    problem = check_image_path(relative, roots)
                    if problem:
                        add(index, "bad-image", problem, qid, key)
    for index, question in enumerate(parsed.questions):
        if _bad_id_characters(question.id):
            add(index, "bad-id", "the id holds control or bidirectional characters",
                question.id, "id")
    return findings


def _check_answers(question: AnyQuestion, index: int, add: Any) -> None:
    qid = question.id
    if isinstance(question, TrueFalseQuestion):
        return
    group = "regions" if isinstance(question, HotspotQuestion) else "choices"
    options = question.options()
    right = sum(option.correct for option in options)
    if isinstance(question, MultipleQuestion):
        if right == 0:
            add(index, "answer-count", "a 'multiple' question needs at least one correct choice",
                qid, group)
    elif right != 1:
        add(index, "answer-count",
            f"a '{question.type}' question needs exactly one correct "
            f"{'region' if group == 'regions' else 'choice'}, not {right}", qid, group)
    first_seen: dict[str, int] = {}
    for position, option in enumerate(options):
        fingerprint = choice_fingerprint(option.text)
        if fingerprint in first_seen:
            add(index, "duplicate-choice",
                f"{group[:-1]} {position + 1} repeats {group[:-1]} {first_seen[fingerprint] + 1}",
                qid, group, position, "label" if group == "regions" else "text")
        first_seen.setdefault(fingerprint, position)
        if not option.correct and not option.feedback.strip():
            add(index, "missing-feedback",
                f"wrong {group[:-1]} {position + 1} needs a 'feedback' saying why it is wrong",
                qid, group, position)
    if isinstance(question, HotspotQuestion):
        seen_regions: set[str] = set()
        for position, region in enumerate(question.regions):
            if region.id in seen_regions:
                add(index, "duplicate-id", f"region id '{region.id}' is used twice", qid,
                    "regions", position, "id")
            seen_regions.add(region.id)
            if region.x + region.w > 1.0001 or region.y + region.h > 1.0001:
                add(index, "region-outside", "the region reaches past the edge of the picture",
                    qid, "regions", position)


def check_image_path(relative: str, roots: Iterable[Path]) -> str:
    """Check an image reference from a bank; return "" when fine, else what is wrong.

    The path must be relative, free of ``..``, and resolve (links followed) to a regular SVG
    or PNG file inside one of ``roots``, compared by path components, not string prefixes.
    """
    candidate = Path(relative)
    if candidate.is_absolute() or relative.startswith(("/", "\\")) or ":" in relative:
        return f"image path '{relative}' must be relative to the bank's folder or to assets/"
    if ".." in candidate.parts or "\\" in relative:
        return f"image path '{relative}' may not contain '..' or backslashes"
    if candidate.suffix.lower() not in IMAGE_SUFFIXES:
        return f"image '{relative}' must be an SVG or PNG file"
    for root in roots:
        resolved_root = root.resolve()
        target = (root / candidate).resolve()
        if not target.exists():
            continue
        if not target.is_relative_to(resolved_root):
            return f"image '{relative}' points (through a link) outside its folder"
        if not target.is_file():
            return f"image '{relative}' is not a regular file"
        if target.stat().st_size > MAX_IMAGE_BYTES:
            return f"image '{relative}' is larger than {MAX_IMAGE_BYTES:,} bytes"
        return ""
    return f"image '{relative}' does not exist"


def resolve_image(relative: str, roots: Iterable[str]) -> Path | None:
    """Return the checked file an image reference points to, or None."""
    paths = [Path(root) for root in roots]
    if check_image_path(relative, paths):
        return None
    for root in paths:
        target = (root / relative).resolve()
        if target.is_file():
            return target
    return None
