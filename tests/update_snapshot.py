"""Refresh ``tests/data/question_ids.txt``, the snapshot of the bundled course's question ids.

The snapshot lists every question id with a short hash of the question's type and prompt.
``tests/test_content.py`` fails when an id disappears, when a question's hash no longer matches
(its content changed under the same id), or when a question is not in the snapshot yet.

Usage, from the top of the checkout::

    .venv/bin/python -m tests.update_snapshot            # add new questions; refuse anything else
    .venv/bin/python -m tests.update_snapshot --accept   # also accept changed and removed ids

Without ``--accept`` new ids are written, and changed or removed ids are listed and kept as
they were (exit status 1), so a slip cannot silently rewrite history. Use ``--accept`` only for
a deliberate change: a prompt reworded without changing what is asked, or a question that was
never released. An id must never be reused for a different question.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from quizapp.core.course import load_course
from quizapp.core.resources import assets_dir, questions_dir

SNAPSHOT = Path(__file__).resolve().parent / "data" / "question_ids.txt"

HEADER = """\
# Every question id of the bundled course, with a hash of the question's type and prompt.
# An id is never removed or reused for a different question (tests/test_content.py checks it).
# Refresh after adding questions: .venv/bin/python -m tests.update_snapshot
# Accept a deliberate change of a prompt or type: .venv/bin/python -m tests.update_snapshot --accept
"""


def content_hash(question_type: str, prompt: str) -> str:
    """Return the hash of a question's type and prompt (whitespace runs count as one space)."""
    text = f"{question_type}\n{' '.join(prompt.split())}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def current_hashes() -> dict[str, str]:
    """Return id -> hash for every question of the bundled course.

    Raises:
        SystemExit: The course does not load cleanly.
    """
    course = load_course([questions_dir()], asset_roots=[assets_dir()])
    if course.failures:
        lines = "\n".join(f"  {finding}" for finding in course.failures)
        raise SystemExit(f"the bundled course does not load cleanly:\n{lines}")
    return {
        question.id: content_hash(question.type, question.prompt)
        for _, question in course.questions()
    }


def read_snapshot(path: Path = SNAPSHOT) -> dict[str, str]:
    """Return id -> hash from the snapshot file (empty when it does not exist)."""
    if not path.exists():
        return {}
    entries: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) != 2:
            raise ValueError(f"{path}:{number}: expected '<id> <hash>', got {line!r}")
        question_id, digest = parts
        if question_id in entries:
            raise ValueError(f"{path}:{number}: id {question_id} listed twice")
        entries[question_id] = digest
    return entries


def write_snapshot(entries: dict[str, str], path: Path = SNAPSHOT) -> None:
    """Write the snapshot, ids sorted."""
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f"{question_id} {entries[question_id]}\n" for question_id in sorted(entries))
    path.write_text(HEADER + body, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Update the snapshot; return 0 when it now matches the course, else 1."""
    parser = argparse.ArgumentParser(prog="python -m tests.update_snapshot", description=__doc__)
    parser.add_argument(
        "--accept", action="store_true", help="also accept changed and removed question ids"
    )
    args = parser.parse_args(argv)
    current = current_hashes()
    recorded = read_snapshot()
    added = sorted(set(current) - set(recorded))
    removed = sorted(set(recorded) - set(current))
    changed = sorted(i for i in set(current) & set(recorded) if current[i] != recorded[i])
    if args.accept:
        write_snapshot(current)
    else:
        write_snapshot({**recorded, **{i: current[i] for i in added}})
    for label, ids in (("added", added), ("changed", changed), ("removed", removed)):
        if ids:
            print(f"{label} ({len(ids)}): {', '.join(ids)}")
    if (changed or removed) and not args.accept:
        print(
            "changed or removed ids were NOT accepted. Ids must stay stable: restore them, or, if"
            " the change is deliberate and keeps each id's meaning, rerun with --accept.",
            file=sys.stderr,
        )
        return 1
    print(f"snapshot written: {SNAPSHOT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
