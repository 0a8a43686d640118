"""Files that cannot live in the corpus: made at test time (huge, FIFO, links, UTF-16, binary)."""

from __future__ import annotations

import os
import shutil
import threading
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from quizapp.core import safe_read
from quizapp.core.bank import (
    BankCheck,
    Registries,
    check_bank,
    load_registries,
    resolve_image,
)
from quizapp.core.findings import BankError

CORPUS = Path(__file__).resolve().parent.parent / "data" / "banks"
MINIMAL = (CORPUS / "valid" / "minimal.toml").read_text(encoding="utf-8")
HOTSPOT = """format = 1

[bank]
id = "pictures"
title = "Pictures"
topic = "corpus"

[[questions]]
id = "pictures-1"
type = "hotspot"
prompt = "Click the pit."
image = "IMAGE"
image_alt = "A lower back."
explanation = "The pit is in the midline."
sources = ["src-a"]

  [[questions.regions]]
  id = "pit"
  label = "Pit"
  shape = "rect"
  x = 0.1
  y = 0.1
  w = 0.2
  h = 0.2
  correct = true

  [[questions.regions]]
  id = "dimple"
  label = "Dimple"
  shape = "rect"
  x = 0.5
  y = 0.1
  w = 0.2
  h = 0.2
  feedback = "No."
"""


@pytest.fixture(scope="module")
def registries() -> Registries:
    loaded = Registries()
    assert load_registries(CORPUS, loaded) == []
    return loaded


def _codes(check: BankCheck) -> list[str]:
    return [finding.code for finding in check.findings]


def _within(seconds: float, action: Callable[[], BankCheck]) -> BankCheck:
    """Run an action in a thread; fail if it blocks longer than ``seconds``."""
    box: list[BankCheck] = []
    worker = threading.Thread(target=lambda: box.append(action()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "the loader blocked"
    return box[0]


def test_a_50_mb_file_is_refused_before_it_is_read(
    tmp_path: Path, registries: Registries, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.toml"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)

    def no_open(*args: object, **kwargs: object) -> int:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(safe_read.os, "open", no_open)
    check = check_bank(path, registries)
    assert _codes(check) == ["too-large"]
    assert "52,428,800 bytes" in check.findings[0].message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path, registries: Registries) -> None:
    path = tmp_path / "pipe.toml"
    os.mkfifo(path)
    check = _within(5, lambda: check_bank(path, registries))
    assert _codes(check) == ["not-a-file"]
    assert "FIFO" in check.findings[0].message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_named_as_an_image_is_refused_without_blocking(
    tmp_path: Path, registries: Registries
) -> None:
    os.mkfifo(tmp_path / "pipe.svg")
    bank = tmp_path / "bank.toml"
    bank.write_text(HOTSPOT.replace("IMAGE", "pipe.svg"), encoding="utf-8")
    check = _within(5, lambda: check_bank(bank, registries))
    assert _codes(check) == ["bad-image"]
    assert "not a regular file" in check.findings[0].message
    assert resolve_image("pipe.svg", [str(tmp_path)]) is None


def test_a_folder_is_not_a_bank(tmp_path: Path, registries: Registries) -> None:
    assert _codes(check_bank(tmp_path, registries)) == ["not-a-file"]


def test_a_missing_file_is_reported(tmp_path: Path, registries: Registries) -> None:
    assert _codes(check_bank(tmp_path / "nowhere.toml", registries)) == ["unreadable"]


def test_an_image_link_that_escapes_the_folder_is_refused(
    tmp_path: Path, registries: Registries
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    shutil.copy(CORPUS / "valid" / "pictures" / "back.svg", outside / "secret.svg")
    folder = tmp_path / "bank"
    (folder / "pictures").mkdir(parents=True)
    (folder / "pictures" / "back.svg").symlink_to(outside / "secret.svg")
    bank = folder / "bank.toml"
    bank.write_text(HOTSPOT.replace("IMAGE", "pictures/back.svg"), encoding="utf-8")
    check = check_bank(bank, registries)
    assert _codes(check) == ["bad-image"]
    assert "outside its folder" in check.findings[0].message
    assert resolve_image("pictures/back.svg", [str(folder)]) is None


def test_a_folder_link_that_escapes_is_refused_too(tmp_path: Path, registries: Registries) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    shutil.copy(CORPUS / "valid" / "pictures" / "back.svg", outside / "back.svg")
    folder = tmp_path / "bank"
    folder.mkdir()
    (folder / "pictures").symlink_to(outside, target_is_directory=True)
    bank = folder / "bank.toml"
    bank.write_text(HOTSPOT.replace("IMAGE", "pictures/back.svg"), encoding="utf-8")
    assert _codes(check_bank(bank, registries)) == ["bad-image"]


def test_a_prefix_sharing_sibling_folder_is_outside(tmp_path: Path, registries: Registries) -> None:
    """Containment compares path components: ``/x/bank-evil`` is not inside ``/x/bank``."""
    folder = tmp_path / "bank"
    evil = tmp_path / "bank-evil"
    folder.mkdir()
    evil.mkdir()
    shutil.copy(CORPUS / "valid" / "pictures" / "back.svg", evil / "back.svg")
    (folder / "back.svg").symlink_to(evil / "back.svg")
    bank = folder / "bank.toml"
    bank.write_text(HOTSPOT.replace("IMAGE", "back.svg"), encoding="utf-8")
    assert _codes(check_bank(bank, registries)) == ["bad-image"]


def test_an_image_link_inside_the_folder_is_fine(tmp_path: Path, registries: Registries) -> None:
    folder = tmp_path / "bank"
    (folder / "pictures").mkdir(parents=True)
    shutil.copy(CORPUS / "valid" / "pictures" / "back.svg", folder / "pictures" / "real.svg")
    (folder / "pictures" / "back.svg").symlink_to(folder / "pictures" / "real.svg")
    bank = folder / "bank.toml"
    bank.write_text(HOTSPOT.replace("IMAGE", "pictures/back.svg"), encoding="utf-8")
    check = check_bank(bank, registries)
    assert check.findings == []
    assert resolve_image("pictures/back.svg", [str(folder)]) == folder / "pictures" / "real.svg"


def test_an_image_link_loop_is_reported(tmp_path: Path, registries: Registries) -> None:
    (tmp_path / "loop.svg").symlink_to(tmp_path / "loop.svg")
    bank = tmp_path / "bank.toml"
    bank.write_text(HOTSPOT.replace("IMAGE", "loop.svg"), encoding="utf-8")
    assert _codes(check_bank(bank, registries)) == ["bad-image"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_files_are_refused_with_a_clear_message(
    tmp_path: Path, registries: Registries, encoding: str
) -> None:
    path = tmp_path / "wide.toml"
    path.write_bytes(MINIMAL.encode(encoding))
    check = check_bank(path, registries)
    assert _codes(check) == ["not-utf8"]
    assert f"UTF-{encoding[4:6]}" in check.findings[0].message
    assert check.findings[0].line == 1


@pytest.mark.parametrize(
    "content",
    [
        (CORPUS / "valid" / "pictures" / "dot.png").read_bytes(),
        bytes(range(256)) * 4,
        b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 64,
        b"PK\x03\x04" + os.urandom(200),
    ],
    ids=["png", "all-bytes", "elf", "zip"],
)
def test_binary_files_are_refused(tmp_path: Path, registries: Registries, content: bytes) -> None:
    path = tmp_path / "binary.toml"
    path.write_bytes(content)
    check = check_bank(path, registries)
    assert len(check.findings) == 1
    assert check.findings[0].code in {"binary", "not-utf8"}


def test_a_linked_bank_file_loads(tmp_path: Path, registries: Registries) -> None:
    (tmp_path / "link.toml").symlink_to(CORPUS / "valid" / "minimal.toml")
    assert check_bank(tmp_path / "link.toml", registries).findings == []


def test_text_is_normalised_to_nfc(tmp_path: Path, registries: Registries) -> None:
    decomposed = unicodedata.normalize("NFD", "Café")
    text = MINIMAL.replace("Back dimples come in pairs.", f"{decomposed} \\u0065\\u0301")
    path = tmp_path / "nfd.toml"
    path.write_text(text, encoding="utf-8")
    check = check_bank(path, registries)
    assert check.bank is not None
    assert check.bank.questions[0].prompt == "Café é"


def test_choices_that_differ_only_in_normal_form_are_duplicates(
    tmp_path: Path, registries: Registries
) -> None:
    text = (CORPUS / "valid" / "all-types.toml").read_text(encoding="utf-8")
    text = text.replace('"Paired"', '"Café"').replace(
        '"Over the sacroiliac joints"', '"' + unicodedata.normalize("NFD", "CAFÉ") + '"'
    )
    path = tmp_path / "bank.toml"
    path.write_text(text, encoding="utf-8")
    shutil.copytree(CORPUS / "valid" / "pictures", tmp_path / "pictures")
    assert _codes(check_bank(path, registries)) == ["duplicate-choice"]


def test_huge_numbers_and_deep_nesting_are_refused_as_toml(
    tmp_path: Path, registries: Registries
) -> None:
    for name, text in {
        "digits": "format = " + "9" * 5000,
        "nesting": "format = " + "[" * 5000 + "]" * 5000,
    }.items():
        path = tmp_path / f"{name}.toml"
        path.write_text(text, encoding="utf-8")
        assert _codes(check_bank(path, registries)) == ["toml-syntax"]


def test_load_raises_only_bank_error_for_special_files(
    tmp_path: Path, registries: Registries
) -> None:
    from quizapp.core.bank import load_bank

    for path in (tmp_path, tmp_path / "missing.toml"):
        with pytest.raises(BankError):
            load_bank(path, registries)
