"""The checks of one question that no single key's type can express, run on the raw document.

Answer counts, duplicate choices, feedback on wrong choices, source and misconception ids,
hotspot regions and images. They read the parsed TOML as it is, defensively, so they still run
on a question whose structure is wrong elsewhere (a typo'd key does not hide a missing correct
answer). Problems that the structure check already reports (a wrong type, a missing key) are
left to it.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quizapp.core.findings import KeyPath, Problem, Severity, shown
from quizapp.core.images import check_image_path


@dataclass(frozen=True)
class CheckContext:
    """What a question's references may point to.

    Attributes:
        sources: Source ids available to the bank (registries plus its own).
        misconceptions: Misconception ids available to the bank.
        roots: Folders that image paths may point into.
        image_results: What checking each image path gave, so a picture that many
            questions share is looked at once.
    """

    sources: Collection[str]
    misconceptions: Collection[str]
    roots: tuple[Path, ...]
    image_results: dict[str, str] = field(default_factory=dict)


def choice_fingerprint(text: str) -> str:
    """Return a choice text folded for duplicate detection (NFKC, case, white space)."""
    if text.isascii():
        return " ".join(text.lower().split())
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


class _Collector:
    """Gathers the problems of one question."""

    def __init__(self, index: int, question_id: str) -> None:
        self.base: KeyPath = ("questions", index)
        self.question_id = question_id
        self.problems: list[Problem] = []

    def add(self, code: str, message: str, *tail: str | int, severity: Severity = "error") -> None:
        location = (*self.base, *tail)
        self.problems.append(Problem(code, message, location, self.question_id, severity))


def question_problems(raw: object, index: int, context: CheckContext) -> list[Problem]:
    """Return the cross-field problems of one raw question table.

    Args:
        raw: The question as parsed from TOML (any shape).
        index: Its position in ``questions``.
        context: The ids and folders its references may point to.

    Returns:
        The problems found (empty when fine or when the question is not a table).
    """
    if not isinstance(raw, dict):
        return []
    question_id = raw.get("id")
    out = _Collector(index, question_id if isinstance(question_id, str) else "")
    _check_sources(raw.get("sources"), context, out)
    kind = raw.get("type")
    if kind in ("single", "multiple"):
        _check_options(raw, "choices", kind, context, out)
    elif kind == "hotspot":
        _check_options(raw, "regions", kind, context, out)
        _check_regions(raw.get("regions"), out)
        _check_images(raw, context, out)
    elif kind == "true_false":
        _check_misconception(raw.get("misconception"), context, out, "misconception")
    return out.problems


def _check_sources(sources: object, context: CheckContext, out: _Collector) -> None:
    if not isinstance(sources, list):
        return
    seen: set[str] = set()
    for position, source in enumerate(sources):
        if not isinstance(source, str):
            continue
        if source in seen:
            out.add(
                "duplicate-source",
                f"source {shown(source)} is listed twice",
                "sources",
                position,
                severity="warning",
            )
        seen.add(source)
        if source not in context.sources:
            message = f"source {shown(source)} is not in sources.toml nor in the bank's [[sources]]"
            out.add(
                "unknown-source", message + _suggest(source, context.sources), "sources", position
            )


def _check_misconception(
    value: object, context: CheckContext, out: _Collector, *tail: str | int
) -> None:
    if isinstance(value, str) and value not in context.misconceptions:
        message = (
            f"misconception {shown(value)} is not in misconceptions.toml nor in the bank's "
            "[[misconceptions]]" + _suggest(value, context.misconceptions)
        )
        out.add("unknown-misconception", message, *tail)


def _suggest(value: str, known: Collection[str]) -> str:
    if len(known) > 5000:
        return ""
    close = difflib.get_close_matches(value, list(known), n=1, cutoff=0.8)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _check_options(
    raw: Mapping[str, Any], group: str, kind: str, context: CheckContext, out: _Collector
) -> None:
    options = raw.get(group)
    if not isinstance(options, list) or not options:
        return
    noun = group[:-1]
    label_key = "label" if group == "regions" else "text"
    right = 0
    first_seen: dict[str, int] = {}
    for position, option in enumerate(options):
        if not isinstance(option, dict):
            continue
        correct = option.get("correct", False)
        if correct is True:
            right += 1
        text = option.get(label_key)
        # ``text and not text.isspace()`` is ``text.strip() != ""`` without a copy.
        if isinstance(text, str) and text and not text.isspace():
            fingerprint = choice_fingerprint(text)
            if fingerprint in first_seen:
                message = f"{noun} {position + 1} repeats {noun} {first_seen[fingerprint] + 1}"
                out.add(
                    "duplicate-choice", message + f" ({shown(text)})", group, position, label_key
                )
            else:
                first_seen[fingerprint] = position
        if correct is False:
            feedback = option.get("feedback", "")
            if isinstance(feedback, str) and (not feedback or feedback.isspace()):
                message = (
                    f"wrong {noun} {position + 1} needs a 'feedback' that says why it is wrong"
                )
                out.add("missing-feedback", message, group, position)
        misconception = option.get("misconception")
        if misconception is None:
            continue
        _check_misconception(misconception, context, out, group, position, "misconception")
        if correct is True and isinstance(misconception, str):
            message = f"{noun} {position + 1} is correct but names a misconception"
            out.add(
                "misconception-on-correct",
                message,
                group,
                position,
                "misconception",
                severity="warning",
            )
    if kind == "multiple":
        if right == 0:
            out.add(
                "answer-count", "a 'multiple' question needs at least one correct choice", group
            )
    elif right != 1:
        message = f"a '{kind}' question needs exactly one correct {noun}, found {right}"
        out.add("answer-count", message, group)


def _check_regions(regions: object, out: _Collector) -> None:
    if not isinstance(regions, list):
        return
    seen: dict[str, int] = {}
    for position, region in enumerate(regions):
        if not isinstance(region, dict):
            continue
        region_id = region.get("id")
        if isinstance(region_id, str):
            if region_id in seen:
                earlier = seen[region_id] + 1
                message = f"region id {shown(region_id)} is used twice (first by region {earlier})"
                out.add("duplicate-id", message, "regions", position, "id")
            seen.setdefault(region_id, position)
        for start, size in (("x", "w"), ("y", "h")):
            first, extent = _number(region.get(start)), _number(region.get(size))
            if first is None or extent is None or not (0 <= first <= 1 and 0 < extent <= 1):
                continue  # missing or out of range: the structure check reports it
            if first + extent > 1.0001:
                message = (
                    f"region {position + 1} reaches past the edge of the picture "
                    f"({start} + {size} > 1)"
                )
                out.add("region-outside", message, "regions", position, size)


def _number(value: object) -> float | None:
    """Return a TOML number as a float; None when it is not one or too large for one."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:  # a whole number of some 310 digits or more
            return None
    return None


def _check_images(raw: Mapping[str, Any], context: CheckContext, out: _Collector) -> None:
    for key in ("image", "explanation_image"):
        relative = raw.get(key)
        if isinstance(relative, str) and relative:
            problem = context.image_results.get(relative)
            if problem is None:
                problem = context.image_results[relative] = check_image_path(
                    relative, context.roots
                )
            if problem:
                out.add("bad-image", problem, key)
    if raw.get("explanation_image") is not None and raw.get("explanation_image_alt") is None:
        out.add(
            "missing-key",
            "'explanation_image' needs an 'explanation_image_alt' text",
            "explanation_image",
        )
