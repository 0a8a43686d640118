"""Start-up time of QuizApp against a bare PySide6 window, measured in the same run.

Each run is a whole process: start, build and show the main window, quit at once. The ratio of
medians is reported (absolute times drift on shared machines). Run with ``make bench``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROUNDS = 9


def _time_process(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, check=True, capture_output=True, timeout=60)
    return time.perf_counter() - start


@pytest.mark.benchmark
def test_startup_ratio_against_bare_window(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    bare = [sys.executable, str(HERE / "bare_window.py")]
    app = [sys.executable, "-m", "quizapp", "--data-dir", str(tmp_path / "data")]
    shown_env = {**env, "QUIZAPP_QUIT_AFTER": "shown"}
    ready_env = {**env, "QUIZAPP_QUIT_AFTER": "ready"}
    _time_process(bare, env)  # warm the file cache for each
    _time_process(app, shown_env)
    _time_process(app, ready_env)
    bare_times, shown_times, ready_times = [], [], []
    for _ in range(ROUNDS):  # interleaved, so drift hits all alike
        bare_times.append(_time_process(bare, env))
        shown_times.append(_time_process(app, shown_env))
        ready_times.append(_time_process(app, ready_env))
    bare_ms = statistics.median(bare_times) * 1000
    shown_ms = statistics.median(shown_times) * 1000
    ready_ms = statistics.median(ready_times) * 1000
    ratio = shown_ms / bare_ms
    print(
        f"\nstart-up (median of {ROUNDS}): bare window {bare_ms:.0f} ms; QuizApp window shown "
        f"{shown_ms:.0f} ms (ratio {ratio:.2f}); course loaded and home page ready "
        f"{ready_ms:.0f} ms (ratio {ready_ms / bare_ms:.2f})"
    )
    assert ratio <= 1.5, f"start-up is {ratio:.2f}x a bare window (target 1.5x)"
