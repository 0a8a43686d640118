"""Reading untrusted text files safely: regular files only, a size cap, strict UTF-8, TOML.

Every step reports problems as :class:`~quizapp.core.findings.Finding` objects inside a
:class:`~quizapp.core.findings.BankError`; nothing here raises any other exception type for bad
input, and nothing blocks on a FIFO or device.
"""

from __future__ import annotations

import os
import re
import stat
import sys
import tomllib
import unicodedata
from collections.abc import Callable
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import Any

import tomli
import tomli._parser

from quizapp.core.findings import BankError, Finding

#: Largest bank file read, in bytes. A bank of 10,000 richly written questions (four choices,
#: each with feedback) is about 17 MB; ``tomllib`` reads about 3.5 MB a second on a slow machine
#: (compiled ``tomli`` about 11 MB a second).
MAX_FILE_BYTES = 32 * 1024 * 1024

_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")
_DIGIT_COUNT = re.compile(r"has (\d+) digits")
#: A decimal whole number where a value starts (after ``=``, ``[`` or ``,``, or a line's start).
_LONG_NUMBER = re.compile(r"(?:^|[=\[,])[ \t]*[+-]?(\d[\d_]*)", re.MULTILINE)

#: The TOML parser. ``tomli`` is the code the standard library's ``tomllib`` was taken from
#: (same TOML 1.0 rules, same error messages with line and column); its wheels are compiled
#: with mypyc, which parses about 3 times faster. Where only its pure-Python build is
#: installed it gains nothing, so ``tomllib`` is used.
_loads: Callable[[str], dict[str, Any]] = (
    tomli.loads if tomli._parser.__file__.endswith(tuple(EXTENSION_SUFFIXES)) else tomllib.loads
)
_DECODE_ERRORS = (tomllib.TOMLDecodeError, tomli.TOMLDecodeError)


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
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or error
        raise fail("unreadable", f"cannot read the file: {reason}") from None
    if not stat.S_ISREG(info.st_mode):
        raise fail("not-a-file", _not_regular(info.st_mode))
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
            raise fail("not-a-file", _not_regular(opened.st_mode))
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise fail("too-large", f"file is too large (the limit is {max_bytes:,} bytes)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.strip():
        raise fail("empty", "the file is empty")
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise fail("not-utf8", "the file is UTF-32; save it as UTF-8", 1, 1)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise fail("not-utf8", "the file is UTF-16; save it as UTF-8", 1, 1)
    if b"\x00" in data:
        raise _binary_or_utf16(data, fail)
    try:
        text = data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", errors="replace")) + 1
        raise fail(
            "not-utf8",
            f"not valid UTF-8: byte 0x{data[error.start]:02x} cannot start or continue a "
            "character (save the file as UTF-8)",
            line,
            column,
        ) from None
    return unicodedata.normalize("NFC", text)


def _not_regular(mode: int) -> str:
    if stat.S_ISDIR(mode):
        kind = "a folder"
    elif stat.S_ISFIFO(mode):
        kind = "a named pipe (FIFO)"
    else:
        kind = "a device or socket"
    return f"not a regular file: this is {kind}"


def _binary_or_utf16(data: bytes, fail: Callable[..., BankError]) -> BankError:
    """Return the error for data holding NUL bytes: UTF-16 without a BOM, or binary."""
    head = data[:4096]
    even, odd = head[0::2], head[1::2]
    if len(head) >= 4 and (odd.count(0) > 0.9 * len(odd) or even.count(0) > 0.9 * len(even)):
        return fail("not-utf8", "the file looks like UTF-16; save it as UTF-8", 1, 1)
    offset = data.index(b"\x00")
    line = data.count(b"\n", 0, offset) + 1
    return fail(
        "binary",
        "the file holds NUL bytes: it looks like a binary file (a picture or an archive?), "
        "not a text bank",
        line,
        1,
    )


def parse_toml(text: str, path: Path) -> dict[str, Any]:
    """Parse TOML text, turning a syntax error into a finding with its line and column.

    Args:
        text: The document, as returned by :func:`read_text` (already in NFC form).
        path: The file it came from, for the finding.

    Returns:
        The parsed document, with every string NFC-normalised.

    Raises:
        BankError: The text is not valid TOML (duplicate keys included).
    """
    try:
        document = _loads(text)
    except _DECODE_ERRORS as error:
        message = str(error)
        match = _TOML_POSITION.search(message)
        line, column = (int(match[1]), int(match[2])) if match else (0, 0)
        message = _TOML_POSITION.sub("", message).strip()
        if "(at end of document)" in message:
            message = message.replace("(at end of document)", "at the end of the file").strip()
            line = text.count("\n") + 1
            column = len(text) - (text.rfind("\n") + 1) + 1
        message = f"not valid TOML: {message}{_hint(text, line, column)}"
        raise BankError([Finding(str(path), line, column, "toml-syntax", message)]) from None
    except RecursionError:
        raise BankError(
            [Finding(str(path), 0, 0, "toml-syntax", "not valid TOML: nested too deeply")]
        ) from None
    except ValueError as error:
        # The parser lets int() refuse numbers of more than 4,300 digits with a ValueError.
        raise BankError([_too_many_digits(text, str(error), path)]) from None
    if "\\" not in text and unicodedata.is_normalized("NFC", text):
        # Without escapes every string is a slice of ``text``, which read_text has already put
        # in NFC form, between quotes (which compose with nothing): nothing left to do.
        return document
    try:
        normalised = _normalise(document)
    except RecursionError:
        raise BankError(
            [Finding(str(path), 0, 0, "toml-syntax", "not valid TOML: nested too deeply")]
        ) from None
    assert isinstance(normalised, dict)
    return normalised


def _too_many_digits(text: str, error: str, path: Path) -> Finding:
    """Return the finding for a whole number longer than Python reads, at its place if found."""
    limit = sys.get_int_max_str_digits() or 4300
    match = _DIGIT_COUNT.search(error)
    digits = int(match[1]) if match else 0
    line = column = 0
    for number in _LONG_NUMBER.finditer(text):
        count = len(number[1].replace("_", ""))
        if count > limit and (count == digits or not digits):
            digits, start = count, number.start(1)
            line = text.count("\n", 0, start) + 1
            column = start - (text.rfind("\n", 0, start) + 1) + 1
            break
    size = f"{digits:,} digits" if digits else f"more than {limit:,} digits"
    message = f"not valid TOML: a number with {size} is too long (the limit is {limit:,} digits)"
    return Finding(str(path), line, column, "toml-syntax", message)


def _hint(text: str, line: int, column: int) -> str:
    """Return a hint for the commonest mistakes at a syntax error's position, or ""."""
    if line < 1:
        return ""
    lines = text.split("\n")
    rest = lines[line - 1][column - 1 :] if line <= len(lines) else ""
    if re.match(r"(True|False|TRUE|FALSE|yes|no|Yes|No)\b", rest):
        return " (write true or false, in lowercase)"
    if re.match(r"[^\W\d]", rest):
        return ' (text must be in quotes: "...")'
    if rest.startswith("“") or rest.startswith("”"):
        return ' (use straight quotes " instead of curly ones)'
    return ""


def _normalise(value: Any) -> Any:
    """Return the value with every string (keys included) in Unicode NFC form."""
    if isinstance(value, str):
        if value.isascii() or unicodedata.is_normalized("NFC", value):
            return value
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {_normalise(key): _normalise(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_normalise(item) for item in value]
    return value
