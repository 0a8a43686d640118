"""Start-up time of QuizApp against a bare PySide6 window, measured in the same run.

Each run is a whole process. Both end the same way: in the event-loop turn after their main
window's first paint event, so the first frame is included (see ``bare_window.py`` and
``QUIZAPP_QUIT_AFTER`` in ``quizapp.ui.app``). "shown" is that first frame of QuizApp (menus and
"Loading the course…"); "ready" is the home page drawn with the course loaded.

Runs alternate (bare, shown, ready, then the reverse order), so load from other work on the
machine falls on all three alike; the ratio of medians is asserted, and the child processes'
CPU time is reported beside the wall time. Compiled bytecode is cached in a temporary folder, as
for an installed app (a ``PYTHONDONTWRITEBYTECODE`` environment would otherwise recompile the
app's modules on every run). Run with ``make bench``.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROUNDS = 15
LIMIT = 1.5


def _time_process(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Run one process; return its wall time and its CPU time (user + system), in seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(args, env=env, check=True, capture_output=True, timeout=60)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu


@pytest.mark.benchmark
def test_startup_ratio_against_bare_window(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env |= {"QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(tmp_path / "pycache")}
    app = [sys.executable, "-m", "quizapp", "--data-dir", str(tmp_path / "data")]
    runs = {
        "bare": ([sys.executable, str(HERE / "bare_window.py")], env),
        "shown": (app, {**env, "QUIZAPP_QUIT_AFTER": "shown"}),
        "ready": (app, {**env, "QUIZAPP_QUIT_AFTER": "ready"}),
    }
    for args, run_env in runs.values():  # warm the file cache and write the bytecode
        _time_process(args, run_env)
    wall: dict[str, list[float]] = {name: [] for name in runs}
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    for round_number in range(ROUNDS):
        order = list(runs) if round_number % 2 == 0 else list(reversed(runs))
        for name in order:
            seconds, cpu_seconds = _time_process(*runs[name])
            wall[name].append(seconds)
            cpu[name].append(cpu_seconds)
    medians = {name: statistics.median(times) * 1000 for name, times in wall.items()}
    cpu_medians = {name: statistics.median(times) * 1000 for name, times in cpu.items()}
    print(f"\nstart-up, median of {ROUNDS} runs each (wall; CPU of the process):")
    for name in runs:
        print(
            f"  {name:>5}: {medians[name]:4.0f} ms, x{medians[name] / medians['bare']:.2f}; "
            f"CPU {cpu_medians[name]:4.0f} ms, x{cpu_medians[name] / cpu_medians['bare']:.2f}"
        )
    ratio = medians["shown"] / medians["bare"]
    assert ratio <= LIMIT, f"start-up is {ratio:.2f}x a bare window (target {LIMIT}x)"
