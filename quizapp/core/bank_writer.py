"""Write TOML: any plain document, and bank files in format v1 laid out as the guide shows.

Strings are escaped so that any text a bank may hold (quotes, backslashes, control characters,
``\"\"\"``) reads back exactly; text with line breaks is written as a multi-line string. A bank
written here and read back by :mod:`quizapp.core.bank` equals the original.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from quizapp.core.findings import escape_unprintable
from quizapp.core.model import BankFile

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPES = {
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
    '"': '\\"',
    "\\": "\\\\",
}
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f\x7f"\\]')
_NEEDS_ESCAPE_MULTILINE = re.compile(r'[\x00-\x08\x0b-\x1f\x7f"\\]')

#: Key order of the tables of a bank file; keys not listed follow in model order.
_ORDER = (
    "format",
    "id",
    "type",
    "title",
    "publisher",
    "topic",
    "term",
    "prompt",
    "image",
    "image_alt",
    "text",
    "label",
    "belief",
    "correction",
    "answer",
    "shape",
    "x",
    "y",
    "w",
    "h",
    "correct",
    "feedback",
    "misconception",
    "explanation",
    "explanation_image",
    "explanation_image_alt",
    "sources",
    "difficulty",
    "tags",
)
#: Optional keys left out of a written bank when they hold their default value.
_DEFAULTS: dict[str, object] = {"tags": [], "description": "", "notice": "", "url": ""}


def _escape(match: re.Match[str]) -> str:
    char = match[0]
    return _ESCAPES.get(char) or f"\\u{ord(char):04x}"


def toml_string(text: str, *, multiline: bool = False) -> str:
    """Return ``text`` as a TOML basic string (multi-line when asked and useful).

    Raises:
        ValueError: The text holds a lone surrogate, which TOML cannot represent.
    """
    if any(0xD800 <= ord(char) <= 0xDFFF for char in text):
        raise ValueError("text holds a lone surrogate, which TOML cannot hold")
    if multiline and "\n" in text:
        return '"""\n' + _NEEDS_ESCAPE_MULTILINE.sub(_escape, text) + '"""'
    return '"' + _NEEDS_ESCAPE.sub(_escape, text) + '"'


def toml_key(key: str) -> str:
    """Return a key bare when TOML allows it, else quoted."""
    return key if _BARE_KEY.fullmatch(key) else toml_string(key)


def toml_value(value: object, *, multiline: bool = False) -> str:
    """Return a value as inline TOML (strings, numbers, dates, arrays, inline tables).

    Raises:
        TypeError: The value has no TOML form.
        ValueError: A string holds a lone surrogate.
    """
    if isinstance(value, str):
        return toml_string(value, multiline=multiline)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, Mapping):
        pairs = (f"{toml_key(str(k))} = {toml_value(v)}" for k, v in value.items())
        return "{" + ", ".join(pairs) + "}"
    raise TypeError(f"no TOML form for {type(value).__name__}")


def _is_table_array(value: object) -> bool:
    return (
        isinstance(value, list) and bool(value) and all(isinstance(item, Mapping) for item in value)
    )


def dumps(document: Mapping[str, Any], *, indent: str = "") -> str:
    """Return a document as TOML text; ``tomllib.loads(dumps(d)) == d`` for plain data.

    Sub-tables and arrays of tables are written with headers (nested ones indented by
    ``indent`` per level); other values inline.
    """
    lines: list[str] = []
    _emit(document, (), lines, indent, level=0)
    return "\n".join(lines).lstrip("\n") + "\n"


def _emit(
    table: Mapping[str, Any], path: tuple[str, ...], lines: list[str], indent: str, level: int
) -> None:
    pad = indent * max(level - 1, 0)
    tables = []
    for key, value in table.items():
        if isinstance(value, Mapping) or _is_table_array(value):
            tables.append((key, value))
        else:
            multiline = key in {"explanation", "prompt", "description", "definition"}
            lines.append(f"{pad}{toml_key(key)} = {toml_value(value, multiline=multiline)}")
    for key, value in tables:
        dotted = ".".join(toml_key(part) for part in (*path, key))
        child_pad = indent * level
        if isinstance(value, Mapping):
            lines += ["", f"{child_pad}[{dotted}]"]
            _emit(value, (*path, key), lines, indent, level + 1)
        else:
            for item in value:
                lines += ["", f"{child_pad}[[{dotted}]]"]
                _emit(item, (*path, key), lines, indent, level + 1)


def bank_document(bank: BankFile) -> dict[str, Any]:
    """Return a bank as a plain document in the guide's key order, defaults left out."""
    raw = bank.model_dump(mode="python", exclude_none=True)
    tidy = _tidy(raw)
    order = ("format", "bank", "sources", "misconceptions", "questions")
    return {key: tidy[key] for key in order if tidy.get(key) != []}


def _tidy(value: Any) -> Any:
    if isinstance(value, list):
        return [_tidy(item) for item in value]
    if not isinstance(value, dict):
        return value
    rank = {key: position for position, key in enumerate(_ORDER)}
    kept = {
        key: _tidy(item)
        for key, item in value.items()
        if not (key in _DEFAULTS and item == _DEFAULTS[key])
        and not (key == "feedback" and item == "" and value.get("correct") is True)
    }
    return dict(sorted(kept.items(), key=lambda pair: rank.get(pair[0], len(rank))))


def bank_to_toml(bank: BankFile, *, comment: str = "") -> str:
    """Return a bank as TOML text in format v1, optionally under a ``#`` comment block."""
    lines = comment.splitlines()
    header = "".join(f"# {escape_unprintable(line)}".rstrip() + "\n" for line in lines)
    return header + dumps(bank_document(bank), indent="  ")


def write_text_atomically(path: Path, text: str) -> None:
    """Write a file so that it is either complete or untouched (temporary file, then rename).

    Raises:
        OSError: The folder cannot be written.
    """
    folder = path.parent if str(path.parent) else Path(".")
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
