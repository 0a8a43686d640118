"""The course: every bank the app has loaded, the registries they cite, and what failed.

One call, :func:`load_course`, reads the bundled banks and any extra files or folders; a bank
that fails is recorded with its findings and the others still load.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.core.bank import REGISTRY_NAMES, Registries, check_bank, load_registries
from quizapp.core.findings import Finding, shown
from quizapp.core.model import AnyQuestion, Bank, Misconception, Source


@dataclass
class Course:
    """Loaded banks, registries and load failures.

    Attributes:
        banks: Banks that loaded, in load order.
        registries: Sources, misconceptions and glossary terms from every folder read.
        failures: Findings of every file that failed, in load order.
    """

    banks: list[Bank] = field(default_factory=list)
    registries: Registries = field(default_factory=Registries)
    failures: list[Finding] = field(default_factory=list)

    def questions(self, bank_ids: Iterable[str] | None = None) -> list[tuple[Bank, AnyQuestion]]:
        """Return (bank, question) pairs of the chosen banks (all when ``bank_ids`` is None)."""
        wanted = None if bank_ids is None else set(bank_ids)
        return [
            (bank, question)
            for bank in self.banks
            if wanted is None or bank.info.id in wanted
            for question in bank.questions
        ]

    def all_sources(self) -> dict[str, Source]:
        """Return every source by id: the registries' and each bank's own ``[[sources]]``.

        The registries win when a bank repeats an id. Banks keep their own entries private
        while loading (a bank may cite only its own or the registries'); this view is for
        showing titles.
        """
        merged = dict(self.registries.sources)
        for bank in self.banks:
            for source in bank.sources:
                merged.setdefault(source.id, source)
        return merged

    def all_misconceptions(self) -> dict[str, Misconception]:
        """Return every misconception by id: the registries' and each bank's own."""
        merged = dict(self.registries.misconceptions)
        for bank in self.banks:
            for misconception in bank.misconceptions:
                merged.setdefault(misconception.id, misconception)
        return merged

    def bank(self, bank_id: str) -> Bank | None:
        """Return the bank with this id, if loaded."""
        return next((bank for bank in self.banks if bank.info.id == bank_id), None)

    def failed_files(self) -> list[str]:
        """Return the files that failed, each once, in order."""
        return list(dict.fromkeys(finding.path for finding in self.failures))


def bank_files(path: Path) -> list[Path]:
    """Return the bank files a path stands for: the file itself, or a folder's ``*.toml``."""
    if path.is_dir():
        return sorted(p for p in path.glob("*.toml") if p.name not in REGISTRY_NAMES)
    return [path]


def load_course(
    paths: Iterable[Path], *, asset_roots: Iterable[Path] = (), into: Course | None = None
) -> Course:
    """Load banks from files and folders; failures are recorded, never raised.

    Folders are read for registries first (``sources.toml`` and the others), then for banks.
    A file's own folder's registries are read too.

    Args:
        paths: Bank files and folders, in order.
        asset_roots: Folders (besides each bank's own) that image paths may point into.
        into: An existing course to add to (its ids count for duplicate detection).

    Returns:
        The course.
    """
    course = into or Course()
    roots = tuple(asset_roots)
    path_list = [Path(p) for p in paths]
    read_folders: set[Path] = set()
    for path in path_list:
        folder = path if path.is_dir() else path.parent
        if folder.resolve() not in read_folders and path.exists():
            read_folders.add(folder.resolve())
            course.failures.extend(load_registries(folder, course.registries))
    known = {question.id: f"{bank.path}" for bank in course.banks for question in bank.questions}
    for path in path_list:
        if not path.exists():
            course.failures.append(Finding(str(path), 0, 0, "unreadable", "no such file or folder"))
            continue
        for file in bank_files(path):
            try:
                check = check_bank(file, course.registries, asset_roots=roots, known_ids=known)
            except (OSError, ValueError, RecursionError, MemoryError) as error:
                course.failures.append(
                    Finding(str(file), 0, 0, "unreadable", f"cannot read the bank: {error}")
                )
                continue
            except Exception as error:  # noqa: BLE001 - a bug in one bank's check must not stop the app
                course.failures.append(
                    Finding(
                        str(file),
                        0,
                        0,
                        "internal-error",
                        "QuizApp could not check this bank (a bug, please report it): "
                        f"{type(error).__name__}",
                    )
                )
                continue
            bank = check.bank
            if bank is None:  # in file order, as load_bank's BankError gives them
                course.failures.extend(sorted(check.findings))
                continue
            first = course.bank(bank.info.id)
            if first is not None:  # two banks with one id would share one topic on home
                message = f"bank id {shown(bank.info.id)} is already used by {first.path}"
                line, column = check.position_of(("bank", "id"))
                course.failures.append(
                    Finding(str(file), line, column, "duplicate-id", message, key_path="bank.id")
                )
                continue
            course.banks.append(bank)
            for question in bank.questions:
                known[question.id] = bank.path
    return course
