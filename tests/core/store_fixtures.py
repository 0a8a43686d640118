"""Writes the checked-in progress files of earlier schema versions (``tests/core/data``).

Each released schema version gets one fixture file, written once by the app of that version
and never regenerated, so every later migration is tested against a real old file. Run
``python -m tests.core.store_fixtures`` only when adding the fixture of a new version; it
refuses to overwrite one. The JSON beside each file holds what a test must read back.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from quizapp.core import migrations
from quizapp.core.engine import Confidence, Mode, Quiz
from quizapp.core.store import Store
from tests.core.factories import at, make_plan

DATA = Path(__file__).parent / "data"


def fixture_path(version: int) -> Path:
    """Return the fixture file of a schema version."""
    return DATA / f"store-v{version}.sqlite3"


def _take(store: Store, seed: int, mode: Mode, answers: int, start: dt.datetime) -> int:
    plan = make_plan(6, mode, seed)
    quiz_id = store.start_quiz(plan, ["topic-0", "topic-1"], start)
    ticks = iter(range(0, 10_000, 7))
    quiz = Quiz(plan, clock=lambda: float(next(ticks)))
    for index in range(answers):
        keys = sorted(plan.items[index].option_order)
        confidence = (Confidence.LOW, Confidence.HIGH, None)[index % 3]
        response = quiz.submit(keys[: 1 + index % 2], confidence)
        store.record_answer(quiz_id, response, start + dt.timedelta(seconds=30 * (index + 1)))
        quiz.advance()
    if answers == len(plan.items):
        store.finish_quiz(quiz_id, start + dt.timedelta(minutes=5), quiz.elapsed())
    return quiz_id


def write_v1(path: Path) -> dict[str, object]:
    """Write the version-1 fixture: two finished quizzes, one discarded, one unfinished."""
    with Store.open(path) as store:
        _take(store, 1, Mode.PRACTICE, 6, at(0))
        _take(store, 2, Mode.EXAM, 6, at(60))
        discarded = _take(store, 3, Mode.PRACTICE, 1, at(120))
        store.discard_quiz(discarded)
        _take(store, 4, Mode.EXAM, 2, at(180))
        expected = {
            "history": [
                {"id": s.id, "points": s.points, "total": s.total, "mode": s.mode.value,
                 "started_at": s.started_at.isoformat(), "seconds": s.seconds}
                for s in store.history()
            ],
            "unfinished": {"id": 4, "next_index": 2},
            "answers": len(list(store.answers())),
        }  # fmt: skip
    return expected


def main() -> int:
    """Write the fixture of the current schema version, if it is missing."""
    version = migrations.latest_version()
    writers = {1: write_v1}
    path = fixture_path(version)
    if path.exists() or version not in writers:
        print(f"not writing {path}: it exists, or no writer for version {version}")
        return 1
    DATA.mkdir(exist_ok=True)
    expected = writers[version](path)
    path.with_suffix(".json").write_text(json.dumps(expected, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
