"""The registries banks refer to: sources, misconceptions and glossary terms, checked.

``sources.toml``, ``misconceptions.toml`` and ``glossary.toml`` are read entry by entry, so
every problem is reported; valid entries go into a :class:`Registries` that banks cite.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quizapp.core.findings import BankError, Finding, Problem, shown
from quizapp.core.located import Locator, duplicate_entries, raw_id
from quizapp.core.model import GlossaryTerm, Misconception, Source
from quizapp.core.safe_read import parse_toml, read_text
from quizapp.core.structure import unknown_keys, validate_items

#: Registry file names; every other ``*.toml`` in a bank folder is a bank.
REGISTRY_NAMES = frozenset({"sources.toml", "misconceptions.toml", "glossary.toml"})
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
    locator = Locator(path, text)
    problems = unknown_keys(document, (key,))
    entries, found = validate_items(model, document, key)
    problems += found + duplicate_entries(document.get(key), key)
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
            index = next(i for i, raw in enumerate(document[key]) if raw_id(raw) == entry.id)
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

    Missing files are fine. Valid entries are added to ``into``; errors are returned (warnings,
    such as an id that another folder defines differently, only :func:`check_registry` and
    ``quizapp validate`` report).
    """
    findings: list[Finding] = []
    for name in _REGISTRY_KINDS:
        path = folder / name
        if path.exists() or path.is_symlink():
            findings.extend(f for f in check_registry(path, into) if f.is_error)
    return findings
