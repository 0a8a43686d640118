"""Check a set of bank and registry files together, as ``quizapp validate`` does.

Folders stand for their registries (``sources.toml``, ``misconceptions.toml``,
``glossary.toml``) and their other ``*.toml`` files (banks). The bundled registries are always
available for citation. Question ids and bank ids must be unique across every bank checked and
the bundled course, which the app always loads first (a bundled bank given on the command line
is checked as itself, not against itself). An unexpected failure while checking one file
becomes a finding for that file: nothing raises.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from quizapp.core.bank import (
    REGISTRY_NAMES,
    BankCheck,
    QuestionPlaces,
    Registries,
    check_bank,
    check_registry,
)
from quizapp.core.findings import Finding, shown

_REGISTRY_ORDER = ("sources.toml", "misconceptions.toml", "glossary.toml")


@dataclass
class FileReport:
    """What was found in one file.

    Attributes:
        path: The file.
        kind: ``bank`` or ``registry``.
        findings: Its problems, errors and warnings.
        questions: How many questions it holds (banks only).
    """

    path: Path
    kind: str
    findings: list[Finding] = field(default_factory=list)
    questions: int = 0

    @property
    def errors(self) -> int:
        """How many findings are errors."""
        return sum(finding.is_error for finding in self.findings)

    @property
    def warnings(self) -> int:
        """How many findings are warnings."""
        return len(self.findings) - self.errors


@dataclass
class ValidationReport:
    """Every file checked, in order, and their findings."""

    files: list[FileReport] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether no file has an error."""
        return not any(report.errors for report in self.files)

    def findings(self) -> list[Finding]:
        """Return every finding, file by file in the order checked, by line within a file."""
        return [finding for report in self.files for finding in sorted(report.findings)]


def expand_paths(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """Split files and folders into registry files and bank files (each once, in order).

    A file's own folder contributes its registries too, as when the app loads it.
    """
    registries: dict[Path, Path] = {}
    banks: dict[Path, Path] = {}
    for path in paths:
        folder = path if path.is_dir() else path.parent
        for name in _REGISTRY_ORDER:
            candidate = folder / name
            if candidate.is_file() or (path.is_file() and path.name == name):
                registries.setdefault(_key(candidate), candidate)
        if path.is_dir():
            for candidate in sorted(path.glob("*.toml")):
                if candidate.name not in REGISTRY_NAMES and not candidate.name.startswith("."):
                    banks.setdefault(_key(candidate), candidate)
        elif path.name not in REGISTRY_NAMES:
            banks.setdefault(_key(path), path)
    ordered = sorted(registries.values(), key=lambda p: _REGISTRY_ORDER.index(p.name))
    return ordered, list(banks.values())


def _key(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def validate_paths(
    paths: Sequence[Path], *, bundled: Path | None = None, asset_roots: Iterable[Path] = ()
) -> ValidationReport:
    """Check every registry and bank that ``paths`` stand for.

    Args:
        paths: Files and folders, as given on the command line.
        bundled: The bundled questions folder, whose registries are always available for
            citation and whose banks' ids are taken (its files are only reported when
            ``paths`` include them).
        asset_roots: Folders besides each bank's own that image paths may point into.

    Returns:
        The report: one entry per file checked.
    """
    report = ValidationReport()
    registries = Registries()
    if bundled is not None:
        for name in _REGISTRY_ORDER:
            if (bundled / name).is_file():
                _guarded(partial(check_registry, bundled / name, registries), bundled / name)
    registry_files, bank_files = expand_paths(paths)
    for path in registry_files:
        findings = _guarded(partial(check_registry, path, registries), path)
        report.files.append(FileReport(path, "registry", findings))
    places = QuestionPlaces()
    bank_ids: dict[str, BankCheck] = {}
    roots = tuple(asset_roots)
    if bundled is not None:
        bank_files = _bundled_first(bank_files, bundled)
        given = {_key(path) for path in bank_files}
        for path in expand_paths([bundled])[1] if bundled.is_dir() else ():
            if _key(path) not in given:
                _take_ids(path, registries, roots, places, bank_ids)
    for path in bank_files:
        try:
            check = check_bank(path, registries, asset_roots=roots, known_ids=places)
        except Exception as error:  # noqa: BLE001 - a bug must not hide the other files
            report.files.append(FileReport(path, "bank", [_internal(path, error)]))
            continue
        if check.bank_id in bank_ids:
            check.findings.append(_duplicate_bank(check, bank_ids[check.bank_id]))
        elif check.bank_id:
            bank_ids[check.bank_id] = check
        places.add(check)
        report.files.append(FileReport(path, "bank", check.findings, check.question_count))
    return report


def _bundled_first(bank_files: list[Path], bundled: Path) -> list[Path]:
    """Put the bundled banks among ``bank_files`` first: the app loads them before any other."""
    folder = _key(bundled)
    inside = [path for path in bank_files if _key(path).parent == folder]
    return inside + [path for path in bank_files if _key(path).parent != folder]


def _take_ids(
    path: Path,
    registries: Registries,
    roots: tuple[Path, ...],
    places: QuestionPlaces,
    bank_ids: dict[str, BankCheck],
) -> None:
    """Record the ids of a bundled bank that is not being checked, when the app would load it."""
    try:
        check = check_bank(path, registries, asset_roots=roots, known_ids=places)
    except Exception:  # noqa: BLE001 - a bundled bank the app cannot load takes no ids
        return
    if check.bank is None:
        return
    places.add(check)
    bank_ids.setdefault(check.bank_id, check)


def _guarded(action: Callable[[], list[Finding]], path: Path) -> list[Finding]:
    try:
        return action()
    except Exception as error:  # noqa: BLE001 - a bug must not hide the other files
        return [_internal(path, error)]


def _internal(path: Path, error: Exception) -> Finding:
    message = (
        f"QuizApp could not check this file (a bug, please report it): "
        f"{type(error).__name__}: {shown(str(error), 200)}"
    )
    return Finding(str(path), 0, 0, "internal-error", message)


def _duplicate_bank(check: BankCheck, first: BankCheck) -> Finding:
    line, column = check.position_of(("bank", "id"))
    message = f"bank id {shown(check.bank_id)} is already used by {first.place_of(('bank', 'id'))}"
    return Finding(str(check.path), line, column, "duplicate-id", message, key_path="bank.id")
