"""Reading untrusted text files safely: regular files only, a size cap, strict UTF-8, TOML.

Every step reports problems as :class:`~quizapp.core.findings.Finding` objects inside a
:class:`~quizapp.core.findings.BankError`; nothing here raises any other exception type for bad
input, and nothing blocks on a FIFO or device.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
import unicodedata
from pathlib import Path
from typing import Any

from quizapp.core.findings import BankError, Finding

#: Largest bank file read, in bytes. A bank of 10,000 questions is about 6 MB.
MAX_FILE_BYTES = 16 * 1024 * 1024

_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


def read_text(path: Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    """Read a file as strict UTF-8 (a leading BOM allowed) after checking what it is.

    Args:
        path: The file to read.
        max_bytes: Refuse files larger than this, before reading them.

    Returns:
        The text, NFC-normalised, without a BOM.

    Raises:
        BankError: The file is missing, not a regular file, too large, empty or not UTF-8.
    """
    where = str(path)

    def fail(code: str, message: str, line: int = 0, column: int = 0) -> BankError:
        return BankError([Finding(where, line, column, code, message)])

    try:
        info = os.stat(path)
    except OSError as error:
        raise fail("unreadable", f"cannot read the file: {error.strerror or error}") from None
    if not stat.S_ISREG(info.st_mode):
        raise fail("not-a-file", "not a regular file (a folder, device, pipe or socket)")
    if info.st_size > max_bytes:
        raise fail(
            "too-large",
            f"file is too large: {info.st_size:,} bytes (the limit is {max_bytes:,} bytes)",
        )
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        raise fail("unreadable", f"cannot open the file: {error.strerror or error}") from None
    with os.fdopen(descriptor, "rb") as handle:
        # The file may have been swapped between stat and open: check the open file itself.
        opened = os.fstat(handle.fileno())
        if not stat.S_ISREG(opened.st_mode):
            raise fail("not-a-file", "not a regular file (a folder, device, pipe or socket)")
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise fail("too-large", f"file is too large (the limit is {max_bytes:,} bytes)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.strip():
        raise fail("empty", "the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise fail("not-utf8", "the file is UTF-16; save it as UTF-8", 1, 1)
    try:
        text = data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        raise fail(
            "not-utf8",
            f"not valid UTF-8: byte 0x{data[error.start]:02x} cannot start or continue a "
            "character (save the file as UTF-8)",
            line,
            column,
        ) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise fail("binary", "the file holds NUL bytes: it looks like a binary file", line, 1)
    return unicodedata.normalize("NFC", text)


def parse_toml(text: str, path: Path) -> dict[str, Any]:
    """Parse TOML text, turning a syntax error into a finding with its line and column.

    Args:
        text: The document.
        path: The file it came from, for the finding.

    Returns:
        The parsed document, with every string NFC-normalised.

    Raises:
        BankError: The text is not valid TOML (duplicate keys included).
    """
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        match = _TOML_POSITION.search(message)
        line, column = (int(match[1]), int(match[2])) if match else (0, 0)
        message = _TOML_POSITION.sub("", message).strip()
        raise BankError(
            [Finding(str(path), line, column, "toml-syntax", f"not valid TOML: {message}")]
        ) from None
    except RecursionError:
        raise BankError(
            [Finding(str(path), 0, 0, "toml-syntax", "not valid TOML: nested too deeply")]
        ) from None
    normalised = _normalise(document)
    assert isinstance(normalised, dict)
    return normalised


def _normalise(value: Any) -> Any:
    """Return the value with every string (keys included) in Unicode NFC form."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {_normalise(key): _normalise(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_normalise(item) for item in value]
    return value
