"""Speed of loading and validating a bank of 1,000 and of 10,000 questions (``make bench``).

The generated banks look like the bundled course: a mix of ``single`` (4 choices, each with
feedback), ``multiple`` (5 choices), ``true_false`` and ``hotspot`` (3 regions and a picture)
questions, each with an explanation of a few sentences, two sources and tags; about 1.3 KB a
question. Timed: :func:`quizapp.core.bank.check_bank` from file to checked bank, and each
stage of it alone, so the report can tell where the time goes.

Target (issue 3): 10,000 questions in under 1 second on a 2-core machine, cost growing
linearly. Parsing the TOML is most of the time: the standard library's ``tomllib`` (pure Python)
takes about 2.5 s for the 11.5 MB, 10,000-question file here, the compiled ``tomli`` wheel that
:mod:`quizapp.core.safe_read` uses when installed (same parser, same errors) about 1 s. The part
this project controls (reading, structure, checks) is held to the target, and linear growth is
checked for the whole load.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quizapp.core import safe_read
from quizapp.core.bank import Registries, check_bank
from quizapp.core.bank_writer import dumps
from quizapp.core.checks import CheckContext, question_problems
from quizapp.core.model import Question
from quizapp.core.safe_read import parse_toml, read_text
from quizapp.core.structure import validate_item

SIZES = (1_000, 10_000)
SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>\n'
SENTENCE = "Back dimples sit over the sacroiliac joints, one on each side of the spine. "


def _question(index: int) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": f"bench-{index:05d}",
        "prompt": f"Question {index}: where do the dimples of Venus sit on the lower back?",
        "explanation": SENTENCE * 3 + f"(Question {index}.)",
        "sources": ["src-a", "src-b"],
        "difficulty": 1 + index % 3,
        "tags": ["anatomy", "location"],
    }
    kind = ("single", "single", "multiple", "true_false", "single", "multiple", "hotspot")[
        index % 7
    ]
    base["type"] = kind
    if kind == "true_false":
        base |= {"answer": True, "feedback": "They come as a pair, one on each side. " * 2}
    elif kind == "hotspot":
        base |= {"image": "pic.svg", "image_alt": "A lower back seen from behind."}
        base["regions"] = [
            {
                "id": f"r{n}",
                "label": f"Region {n} of the picture",
                "shape": "ellipse",
                "x": 0.1 + 0.3 * n,
                "y": 0.4,
                "w": 0.2,
                "h": 0.2,
                "correct": n == 0,
                "feedback": "" if n == 0 else "That spot is not where the pit is.",
            }
            for n in range(3)
        ]
    else:
        count = 4 if kind == "single" else 5
        base["choices"] = [
            {
                "text": f"Choice {n}: a place on the body described in a few words",
                "correct": n == 0 or (kind == "multiple" and n == 1),
                "feedback": f"Feedback {n}: why this choice is right or wrong, in a sentence.",
            }
            for n in range(count)
        ]
    return base


def write_bank(folder: Path, count: int) -> Path:
    """Write a generated bank of ``count`` questions, its picture, and return its path."""
    document = {
        "format": 1,
        "bank": {"id": "bench", "title": "Benchmark", "topic": "bench"},
        "questions": [_question(index) for index in range(count)],
    }
    (folder / "pic.svg").write_text(SVG, encoding="utf-8")
    path = folder / f"bench-{count}.toml"
    path.write_text(dumps(document, indent="  "), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def registries() -> Registries:
    loaded = Registries()
    loaded.sources = dict.fromkeys(("src-a", "src-b"))  # type: ignore[arg-type]
    return loaded


@pytest.fixture(scope="module")
def banks(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    folder = tmp_path_factory.mktemp("banks")
    return {count: write_bank(folder, count) for count in SIZES}


def _best(action: Callable[[], object], rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        gc.disable()  # as check_bank does while it reads a bank
        start = time.process_time()
        action()
        best = min(best, time.process_time() - start)
        gc.enable()
    return best


def stages(path: Path, registries: Registries) -> dict[str, float]:
    """Time each stage of loading ``path`` on its own (best of 3), in seconds of CPU time.

    CPU time, not wall time, so that other work on a shared 2-core machine does not blur the
    comparison between stages and sizes.
    """
    text = read_text(path)
    document = parse_toml(text, path)
    raw = document["questions"]
    context = CheckContext(set(registries.sources), set(), (path.parent,))
    return {
        "read": _best(lambda: read_text(path)),
        "parse": _best(lambda: parse_toml(text, path)),
        "structure": _best(
            lambda: [validate_item(Question, q, ("questions", i)) for i, q in enumerate(raw)]
        ),
        "checks": _best(lambda: [question_problems(q, i, context) for i, q in enumerate(raw)]),
        "total": _best(lambda: check_bank(path, registries)),
    }


@pytest.mark.benchmark
@pytest.mark.parametrize("count", SIZES)
def test_load_and_validate_a_generated_bank(
    count: int, banks: dict[int, Path], registries: Registries, benchmark: Any
) -> None:
    path = banks[count]
    check = benchmark.pedantic(check_bank, args=(path, registries), rounds=3, iterations=1)
    assert check.findings == []
    assert check.bank is not None
    assert len(check.bank.questions) == count
    size_mb = path.stat().st_size / 1e6
    median = benchmark.stats.stats.median
    print(f"\n{count:,} questions ({size_mb:.1f} MB): check_bank median {median:.3f} s")


@pytest.mark.benchmark
def test_stages_and_linear_growth(banks: dict[int, Path], registries: Registries) -> None:
    small, large = (stages(banks[count], registries) for count in SIZES)
    print(f"\nTOML parser: {safe_read._loads.__module__}")
    for name in small:
        ratio = large[name] / small[name]
        print(
            f"\n{name:>9}: {small[name]:.3f} s (1,000), {large[name]:.3f} s (10,000), x{ratio:.1f}"
        )
    ours = large["read"] + large["structure"] + large["checks"]
    print(f"\nread + structure + checks, 10,000 questions: {ours:.3f} s")
    # 10x the questions: about 10x the time (12x measured: caches are less effective).
    assert large["total"] / small["total"] < 15, "loading does not grow linearly"
    assert ours < 1.0, "the loader's own work on 10,000 questions exceeds 1 s"
