"""Take a screenshot of each screen of the installed app under Xvfb, for the README.

Run ``make screenshots`` (or ``.venv/bin/python tests/screenshots.py [--out DIR] [NAME...]``).
Needs ``Xvfb``, ``xdotool`` and ImageMagick's ``import`` (``apt-get install xvfb xdotool
imagemagick``) and the Qt xcb libraries listed in the README.

Each run starts the ``quizapp`` entry point on a throw-away data folder and drives it with keys
typed by ``xdotool``, like a learner would, saving the window after each step. Question order is
shuffled, so screens that need a given question type run on a one-question course cut from the
bundled banks (the data folder is pointed there with ``QUIZAPP_DATA``); results and review use
the whole course, answered with a confidence level each.

The learning screens (home with questions due, mistakes, myths, statistics) need a past: that
run's data folder first gets three weeks of quizzes on the bundled course, stored through the
app's own engine and store (:func:`seed_history`): a learner who gets better over time, often
falls for the myths at first, and gives a confidence level with most answers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from quizapp.core.course import load_course
from quizapp.core.engine import Confidence, Mode, PlannedQuestion, PlanSource, Quiz, build_plan
from quizapp.core.model import MultipleQuestion
from quizapp.core.resources import assets_dir, questions_dir
from quizapp.core.store import DB_FILE_NAME, Store

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
QUESTIONS = REPO / "questions"
REGISTRIES = ("sources.toml", "misconceptions.toml", "glossary.toml")
XVFB_ARGS = ("-screen", "0", "1280x800x24", "-nolisten", "tcp")
HOTSPOT_FALLBACK = REPO / "tests" / "data" / "hotspot" / "hotspot.toml"
#: Start a quiz of the default length (10), then for each question: pick 1, say how sure
#: (high, medium, low in turn), submit, next.
WHOLE_QUIZ = (
    "Return",
    *(key for level in "hmlhmlhmlh" for key in ("1", level, "Return", "Return")),
)
#: A screenshot saved again as a palette PNG of 256 colours, not dithered, without metadata: it
#: looks the same, at about a third of the size for screens with much text.
PNG_OPTIONS = ("-strip", "+dither", "-colors", "256", "-define", "png:compression-level=9")
#: The seeded past: quizzes over this many days, ending yesterday.
HISTORY_DAYS = 21
HISTORY_QUIZZES = 14


@dataclass(frozen=True)
class Run:
    """One run of the app: which course it loads, then keys to type and screens to save.

    Attributes:
        course: "bundled", or a question type cut from the bundled banks.
        steps: (keys to type, then the name of the screenshot to save), in order.
        history: Start with a seeded past (:func:`seed_history`) in the data folder.
    """

    course: str
    steps: tuple[tuple[tuple[str, ...], str], ...]
    history: bool = False

    def names(self) -> list[str]:
        """Return the screenshots this run saves."""
        return [name for _, name in self.steps]


RUNS = [
    Run(
        "bundled",
        (
            ((), "home"),
            (("ctrl+m",), "mistakes"),
            (("Escape", "ctrl+shift+m"), "myths"),
            (("Escape", "ctrl+t"), "statistics"),
            (("Tab", "Tab"), "statistics-more"),
            (("Escape", "ctrl+h"), "history"),
            (("Escape", "ctrl+g"), "glossary"),
        ),
        history=True,
    ),
    Run("bundled", ((WHOLE_QUIZ, "results"), (("Return",), "review"))),
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


def _pick(item: PlannedQuestion, right: bool, rng: random.Random) -> set[str]:
    """Return the keys a learner picks: the right ones, or a wrong answer (a myth, often)."""
    options = item.shown_options()
    correct = {option.key for option in options if option.correct}
    if right:
        return correct
    wrong = [option for option in options if not option.correct]
    myths = [option for option in wrong if option.misconception]
    chosen = rng.choice(myths if myths and rng.random() < 0.7 else wrong)
    if isinstance(item.question, MultipleQuestion):
        return (correct - {rng.choice(sorted(correct))}) | {chosen.key}
    return {chosen.key}


def seed_history(data_dir: Path, now: dt.datetime) -> None:
    """Store a past of practice quizzes on the bundled course, through the engine and store.

    :data:`HISTORY_QUIZZES` quizzes of 10 questions on days spread over the last
    :data:`HISTORY_DAYS` days (none today): right about half the time at first and four times
    in five at the end, with a confidence level for most answers (higher when right), 4 to 30
    seconds an answer. Each answer is recorded as the app records it, so its review schedule
    and myth events follow from the app's own rules.
    """
    course = load_course([questions_dir()], asset_roots=[assets_dir()])
    sources = [
        PlanSource(question, bank.info.topic, bank.info.title, bank.info.notice)
        for bank, question in course.questions()
    ]
    rng = random.Random(11)
    days = sorted([*rng.sample(range(5, HISTORY_DAYS + 1), HISTORY_QUIZZES - 3), 1, 2, 4])
    clock = [0.0]  # seconds into the quiz being answered
    data_dir.mkdir(parents=True)
    with Store.open(data_dir / DB_FILE_NAME) as store:
        for number, days_ago in enumerate(reversed(days)):
            start = (now - dt.timedelta(days=days_ago)).replace(hour=rng.choice((8, 12, 18, 20)))
            plan = build_plan(sources, 10, Mode.PRACTICE, rng.randrange(1 << 30))
            clock[0] = 0.0
            quiz = Quiz(plan, clock=lambda: clock[0])
            topics = sorted({item.topic for item in plan.items})
            quiz_id = store.start_quiz(plan, topics, start)
            skill = 0.5 + 0.3 * number / (HISTORY_QUIZZES - 1)
            for item in plan.items:
                right = rng.random() < skill
                levels = ("high", "high", "medium", "low", None) if right else (
                    "high", "medium", "medium", "low", "low", None)  # fmt: skip
                level = rng.choice(levels)
                clock[0] += rng.uniform(4.0, 30.0)
                response = quiz.submit(
                    _pick(item, right, rng), None if level is None else Confidence(level)
                )
                store.record_answer(
                    quiz_id, response, start + dt.timedelta(seconds=clock[0]), elapsed=clock[0]
                )
                quiz.advance()
            store.finish_quiz(quiz_id, start + dt.timedelta(seconds=clock[0]), clock[0])


def shrink(image: Path) -> None:
    """Keep a palette version of a PNG (see :data:`PNG_OPTIONS`) when it is smaller."""
    smaller = image.with_name(f"{image.stem}.palette.png")
    subprocess.run(
        [need("convert"), str(image), *PNG_OPTIONS, f"PNG8:{smaller}"], timeout=30, check=True
    )
    if smaller.stat().st_size < image.stat().st_size:
        smaller.replace(image)
    else:
        smaller.unlink()


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
    run_dir = Path(tempfile.mkdtemp(prefix=f"{run.course}-", dir=work))
    if run.course != "bundled":
        env["QUIZAPP_DATA"] = str(one_question_course(run.course, run_dir / "course"))
    if run.history:
        seed_history(run_dir / "data", dt.datetime.now(dt.UTC))
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
            shrink(target)
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
    for tool in ("Xvfb", "xdotool", "import", "convert"):
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
