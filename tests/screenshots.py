"""Take a screenshot of each screen of the installed app under Xvfb, for the README.

Run ``make screenshots`` (or ``.venv/bin/python tests/screenshots.py [--out DIR] [NAME...]``).
Needs ``Xvfb``, ``xdotool`` and ImageMagick's ``import`` (``apt-get install xvfb xdotool
imagemagick``) and the Qt xcb libraries listed in the README.

Each run starts the ``quizapp`` entry point on a throw-away data folder and drives it with keys
typed by ``xdotool``, like a learner would, saving the window after each step. Question order is
shuffled, so screens that need a given question type run on a one-question course cut from the
bundled banks (the data folder is pointed there with ``QUIZAPP_DATA``); home, results and
review use the whole course.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
QUESTIONS = REPO / "questions"
REGISTRIES = ("sources.toml", "misconceptions.toml", "glossary.toml")
XVFB_ARGS = ("-screen", "0", "1280x800x24", "-nolisten", "tcp")
HOTSPOT_FALLBACK = REPO / "tests" / "data" / "hotspot" / "hotspot.toml"
#: Start a quiz of the default length (10), then for each question: pick 1, submit, next.
WHOLE_QUIZ = ("Return", *("1", "Return", "Return") * 10)


@dataclass(frozen=True)
class Run:
    """One run of the app: which course it loads, then keys to type and screens to save.

    Attributes:
        course: "bundled", or a question type cut from the bundled banks.
        steps: (keys to type, then the name of the screenshot to save), in order.
    """

    course: str
    steps: tuple[tuple[tuple[str, ...], str], ...]

    def names(self) -> list[str]:
        """Return the screenshots this run saves."""
        return [name for _, name in self.steps]


RUNS = [
    Run("bundled", (((), "home"), (WHOLE_QUIZ, "results"), (("Return",), "review"))),
    Run("single", ((("Return",), "question-single"), (("2", "Return"), "feedback-practice"))),
    Run(
        "multiple",
        ((("Return", "1", "3"), "question-multiple"), (("Return",), "feedback-multiple")),
    ),
    Run("true_false", ((("Return", "1"), "question-true-false"),)),
    Run("hotspot", ((("Return",), "hotspot-question"), (("2", "Return"), "hotspot-answered"))),
]


def need(tool: str) -> str:
    """Return the path of a tool, or stop with what to install."""
    path = shutil.which(tool)
    if path is None:
        sys.exit(f"screenshots: {tool} is missing (apt-get install xvfb xdotool imagemagick)")
    return path


def start_xvfb(log: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Start Xvfb on a free display; return the server and ``:N``."""
    read_end, write_end = os.pipe()
    with log.open("wb") as err:
        server = subprocess.Popen(
            [need("Xvfb"), "-displayfd", str(write_end), *XVFB_ARGS],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    os.close(write_end)
    with os.fdopen(read_end) as numbers:
        number = numbers.readline().strip()
    if not number:
        server.kill()
        sys.exit(f"screenshots: Xvfb did not start; see {log}")
    return server, f":{number}"


def question_blocks(bank: Path) -> tuple[str, list[str]]:
    """Split a bank file into its header and its ``[[questions]]`` blocks (text, as written)."""
    text = bank.read_text(encoding="utf-8")
    parts = re.split(r"(?m)^(?=\[\[questions\]\]\s*$)", text)
    return parts[0], parts[1:]


def one_question_course(kind: str, root: Path) -> Path:
    """Make a data root whose only bank holds the first bundled question of this type."""
    questions = root / "questions"
    questions.mkdir(parents=True)
    (root / "assets").symlink_to(REPO / "assets", target_is_directory=True)
    for name in REGISTRIES:
        if (QUESTIONS / name).exists():
            shutil.copy(QUESTIONS / name, questions / name)
    for bank in sorted(QUESTIONS.glob("*.toml")):
        if bank.name in REGISTRIES:
            continue
        header, blocks = question_blocks(bank)
        for block in blocks:
            if re.search(rf'(?m)^type = "{kind}"\s*$', block):
                (questions / bank.name).write_text(header + block, encoding="utf-8")
                return root
    if kind == "hotspot":
        shutil.copy(HOTSPOT_FALLBACK, questions / HOTSPOT_FALLBACK.name)
        return root
    sys.exit(f"screenshots: no {kind} question in {QUESTIONS}")


def xdotool(display: str, *args: str) -> str:
    """Run xdotool on the display; return its output."""
    done = subprocess.run(
        [need("xdotool"), *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return done.stdout


def take(run: Run, display: str, out: Path, work: Path) -> None:
    """Run the app, type each step's keys and save the window as ``out/NAME.png``."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "QUIZAPP_DATA"}
    }
    env["DISPLAY"] = display
    run_dir = work / run.course
    run_dir.mkdir()
    if run.course != "bundled":
        env["QUIZAPP_DATA"] = str(one_question_course(run.course, run_dir / "course"))
    entry = shutil.which("quizapp", path=str(BIN)) or sys.exit("screenshots: no quizapp in .venv")
    log = run_dir / "app.log"
    with log.open("w") as app_out:
        app = subprocess.Popen(
            [entry, "--data-dir", str(run_dir / "data")], env=env, stdout=app_out, stderr=app_out
        )
    try:
        window = xdotool(display, "search", "--sync", "--onlyvisible", "--pid", str(app.pid))
        wid = window.split()[-1]
        time.sleep(1.0)  # the course loads just after the window shows
        xdotool(display, "windowfocus", "--sync", wid)
        for keys, name in run.steps:
            for key in keys:
                xdotool(display, "key", "--clearmodifiers", key)
                time.sleep(0.25)
            time.sleep(0.8)
            if app.poll() is not None:
                sys.exit(f"screenshots: the app exited before {name}; see {log}")
            target = out / f"{name}.png"
            subprocess.run(
                [need("import"), "-window", wid, str(target)],
                env={**os.environ, "DISPLAY": display},
                timeout=30,
                check=True,
            )
            print(f"screenshots: saved {target}")
    finally:
        app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()


def main() -> int:
    """Take the screenshots named on the command line (all by default)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "assets" / "screenshots")
    parser.add_argument("names", nargs="*", metavar="NAME", help="screens to take (default: all)")
    args = parser.parse_args()
    known = [name for run in RUNS for name in run.names()]
    unknown = set(args.names) - set(known)
    if unknown:
        parser.error(f"unknown screens {sorted(unknown)}; known: {known}")
    for tool in ("Xvfb", "xdotool", "import"):
        need(tool)
    args.out.mkdir(parents=True, exist_ok=True)
    chosen = [r for r in RUNS if not args.names or set(args.names) & set(r.names())]
    with tempfile.TemporaryDirectory(prefix="quizapp-shots-") as scratch:
        work = Path(scratch)
        server, display = start_xvfb(work / "xvfb.log")
        try:
            for run in chosen:
                take(run, display, args.out, work)
        finally:
            server.terminate()
            server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
