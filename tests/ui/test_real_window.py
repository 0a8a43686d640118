"""The installed app in a real X window (under Xvfb), and a wheel that works outside the repo.

These tests run in CI (``.ci/run`` installs Xvfb, xdotool and ImageMagick); when a tool is
missing they fail and say what to install, rather than skip.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.xvfb

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
TOOLS = {"Xvfb": "xvfb", "xdotool": "xdotool", "import": "imagemagick", "identify": "imagemagick"}
BUNDLED_BANKS = {"location", "causes", "genetics", "myths", "warning-signs"}


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(
            f"{name} is missing; install it (apt-get install {TOOLS[name]}) or run .ci/run, "
            "which installs what the real-window test needs",
            pytrace=False,
        )
    return path


def _child_env(**extra: str) -> dict[str, str]:
    """The environment for a child process: no test-only Qt platform, no data override."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DISPLAY", "QUIZAPP_DATA"}
    }
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def xvfb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start Xvfb on a free display (it picks the number itself) and yield ``:N``."""
    for name in TOOLS:
        _tool(name)
    log = tmp_path_factory.mktemp("xvfb") / "xvfb.log"
    read_end, write_end = os.pipe()
    with log.open("wb") as err:
        server = subprocess.Popen(
            [
                _tool("Xvfb"),
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    os.close(write_end)
    with os.fdopen(read_end) as numbers:
        number = numbers.readline().strip()  # written once the server accepts connections
    if not number:
        server.kill()
        server.wait(timeout=10)
        pytest.fail(f"Xvfb did not start: {log.read_text(errors='replace')}", pytrace=False)
    try:
        yield f":{number}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def test_the_installed_app_opens_a_window_under_xvfb(xvfb: str, tmp_path: Path) -> None:
    entry = shutil.which("quizapp", path=str(BIN))
    assert entry is not None, f"no quizapp entry point in {BIN}; run: pip install -e ."
    log = tmp_path / "app.log"
    env = _child_env(DISPLAY=xvfb)
    with log.open("w") as out:
        app = subprocess.Popen(
            [entry, "--data-dir", str(tmp_path / "data")], env=env, stdout=out, stderr=out
        )
    try:
        try:
            found = subprocess.run(
                [_tool("xdotool"), "search", "--sync", "--onlyvisible", "--pid", str(app.pid)],
                env=env,
                capture_output=True,
                text=True,
                timeout=30,
                check=True,
            )
        except subprocess.TimeoutExpired:
            pytest.fail(f"no window within 30 s; app output:\n{log.read_text()}", pytrace=False)
        window = found.stdout.split()[-1]
        title = subprocess.run(
            [_tool("xdotool"), "getwindowname", window],
            env=env,
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
        assert title == "QuizApp"
        assert app.poll() is None, f"the app exited: {log.read_text()}"
        shot = tmp_path / "window.png"
        colours = "0"
        for _ in range(15):  # the course loads just after the window shows; a busy machine is slow
            subprocess.run([_tool("xdotool"), "sleep", "1"], env=env, timeout=10, check=True)
            subprocess.run(
                [_tool("import"), "-window", "root", str(shot)], env=env, timeout=30, check=True
            )
            assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
            width, height, colours = subprocess.run(
                [_tool("identify"), "-format", "%w %h %k", str(shot)],
                capture_output=True,
                text=True,
                timeout=30,
                check=True,
            ).stdout.split()
            assert (int(width), int(height)) == (1280, 800)
            if int(colours) > 20:
                break
        assert int(colours) > 20, "the screenshot is blank: nothing was drawn"
        assert app.poll() is None, f"the app exited: {log.read_text()}"
    finally:
        app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
    assert "Traceback" not in log.read_text()


CHECK_INSTALLED = """
import json, quizapp
from quizapp.core.bank import REGISTRY_NAMES
from quizapp.core.course import load_course
from quizapp.core.resources import assets_dir, questions_dir
folder = questions_dir()
course = load_course([folder], asset_roots=[assets_dir()])
print(json.dumps({
    "module": quizapp.__file__,
    "questions": str(folder),
    "files": sorted(p.stem for p in folder.glob("*.toml") if p.name not in REGISTRY_NAMES),
    "banks": sorted(bank.info.topic for bank in course.banks),
    "counts": [len(bank.questions) for bank in course.banks],
    "failures": [str(finding) for finding in course.failures],
    "icon": (assets_dir() / "icons" / "correct.svg").is_file(),
}))
"""


def test_a_wheel_works_outside_the_repo(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = dist.glob("quizapp-*.whl")
    site = tmp_path / "site"
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index"),
            *("--target", str(site), str(wheel)),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", CHECK_INSTALLED],
        cwd=elsewhere,
        env=_child_env(PYTHONPATH=str(site)),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert Path(found["module"]).is_relative_to(site)
    assert Path(found["questions"]).is_relative_to(site)
    assert set(found["files"]) == BUNDLED_BANKS
    assert found["banks"] == sorted(BUNDLED_BANKS)
    assert all(count >= 5 for count in found["counts"])
    assert found["failures"] == []
    assert found["icon"]
