"""Check the structure and types of parsed bank documents, one item at a time.

Each question, source, misconception or glossary term is validated on its own by the pydantic
models of :mod:`quizapp.core.model`, so a mistake in one item never hides the mistakes of
another. Pydantic's errors are turned into :class:`~quizapp.core.findings.Problem` objects with
plain messages (a typo'd key gets a suggestion, a hidden character in an id is named).
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from quizapp.core.findings import KeyPath, Problem, is_unprintable, shown, toml_kind
from quizapp.core.model import (
    QUESTION_TYPES,
    AnyQuestion,
    BankFile,
    BankInfo,
    Choice,
    GlossaryTerm,
    HotspotQuestion,
    Misconception,
    MultipleQuestion,
    Question,
    Region,
    SingleQuestion,
    Source,
    TrueFalseQuestion,
)

T = TypeVar("T")

#: Whole numbers up to this many bits always print (Python refuses over 4,300 digits).
_PRINTABLE_BITS = 4000

_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_ARRAYS_OF_TABLES = frozenset(
    {"questions", "choices", "regions", "sources", "misconceptions", "terms"}
)


@cache
def _adapter(kind: Any) -> TypeAdapter[Any]:
    return TypeAdapter(kind)


def question_adapter() -> TypeAdapter[AnyQuestion]:
    """Return the (cached) validator of one question of any type."""
    return _adapter(Question)


@cache
def _vocabulary() -> tuple[str, ...]:
    models: tuple[type[BaseModel], ...] = (
        BankFile,
        BankInfo,
        Source,
        Misconception,
        GlossaryTerm,
        Choice,
        Region,
        SingleQuestion,
        MultipleQuestion,
        TrueFalseQuestion,
        HotspotQuestion,
    )
    return tuple(sorted({name for model in models for name in model.model_fields}))


def validate_item(
    kind: Any, value: object, prefix: KeyPath, question_id: str = ""
) -> tuple[Any, list[Problem]]:
    """Validate one item against a model or type.

    Args:
        kind: The model class (or annotated type, like ``Question``).
        value: The raw value from the document.
        prefix: The key path of the value, for the problems.
        question_id: The question the value belongs to, if any.

    Returns:
        The validated object (None when invalid) and the problems found.
    """
    if isinstance(value, dict) and _unprintable_number(value.get("type")):
        # Pydantic prints the tag of a question to look it up, and Python refuses to print a
        # number this long: it would report a traceback, then the same finding as for 0.
        value = {**value, "type": 0}
    try:
        return _adapter(kind).validate_python(value), []
    except ValidationError as error:
        return None, problems_from(error, prefix, question_id)


def _unprintable_number(value: object) -> bool:
    """Tell whether a value is a whole number too long for Python to turn into text."""
    return isinstance(value, int) and value.bit_length() > _PRINTABLE_BITS


def validate_items(
    kind: type[T], document: Mapping[str, Any], key: str, prefix: KeyPath = ()
) -> tuple[list[T], list[Problem]]:
    """Validate an optional array of tables (``[[sources]]``) entry by entry."""
    value = document.get(key, [])
    if not isinstance(value, list):
        return [], [_not_a_list(key, value, (*prefix, key))]
    items: list[T] = []
    problems: list[Problem] = []
    for index, entry in enumerate(value):
        item, found = validate_item(kind, entry, (*prefix, key, index))
        problems.extend(found)
        if item is not None:
            items.append(item)
    return items, problems


def guess_type(raw: object) -> dict[str, Any] | None:
    """Return a question with its misspelt ``type`` corrected, or None when there is no guess.

    ``"Single"`` or ``"singel"`` most likely mean ``single``: checking the rest of the question
    as that type still reports its other problems, instead of hiding them behind the type.
    """
    if not isinstance(raw, dict):
        return None
    given = raw.get("type")
    if not isinstance(given, str) or given in QUESTION_TYPES:
        return None
    folded = given.strip().lower().replace("-", "_").replace(" ", "_")
    close = difflib.get_close_matches(folded, QUESTION_TYPES, n=1, cutoff=0.75)
    return {**raw, "type": close[0]} if close else None


def unknown_keys(document: Mapping[str, Any], allowed: Iterable[str]) -> list[Problem]:
    """Return a problem for each top-level key that is not in ``allowed``."""
    allowed = tuple(allowed)
    return [
        Problem("unknown-key", _unknown_key_message(str(key), allowed), (str(key),))
        for key in document
        if key not in allowed
    ]


def problems_from(error: ValidationError, prefix: KeyPath, question_id: str = "") -> list[Problem]:
    """Turn a pydantic error into problems with plain messages and full key paths."""
    problems = []
    for detail in error.errors(include_url=False, include_context=True, include_input=True):
        location = (*prefix, *_clean_location(tuple(detail["loc"])))
        code, message, location = _describe(detail, location)
        problems.append(Problem(code, message, location, question_id))
    return problems


def _clean_location(location: tuple[str | int, ...]) -> tuple[str | int, ...]:
    """Drop the union tag pydantic puts first in a question's error locations."""
    if location and location[0] in QUESTION_TYPES:
        return location[1:]
    return location


def _describe(detail: Any, location: KeyPath) -> tuple[str, str, KeyPath]:
    kind: str = detail["type"]
    ctx: dict[str, Any] = detail.get("ctx") or {}
    value = detail.get("input")
    key = str(location[-1]) if location else "the value"
    if location and isinstance(location[-1], int) and len(location) >= 2:
        key = f"{location[-2]}[{location[-1]}]"
    if kind == "extra_forbidden":
        return "unknown-key", _unknown_key_message(key, _vocabulary()), location
    if kind == "missing":
        if key in {"choices", "regions"}:
            message = f"missing required key '{key}' (add [[questions.{key}]] tables)"
            return "missing-key", message, location
        return "missing-key", f"missing required key '{key}'", location
    if kind == "union_tag_not_found":
        return "missing-key", "missing required key 'type'", (*location, "type")
    if kind == "union_tag_invalid":
        given = value.get("type") if isinstance(value, dict) else None
        if not isinstance(given, str):
            return (
                "wrong-type",
                f"'type' must be text, not {toml_kind(given)}",
                (*location, "type"),
            )
        close = difflib.get_close_matches(given, QUESTION_TYPES, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        message = (
            f"unknown question type {shown(given)}{hint}; use one of {', '.join(QUESTION_TYPES)}"
        )
        return "unknown-type", message, (*location, "type")
    if kind == "string_pattern_mismatch":
        return _pattern_problem(key, str(value), location)
    if kind in {"too_short", "too_long"}:
        return "length", _count_message(key, kind, ctx), location
    if kind == "string_too_short":
        if ctx.get("min_length") == 1:
            return "empty", f"'{key}' may not be empty", location
        return "length", f"'{key}' needs at least {ctx.get('min_length')} characters", location
    if kind == "string_too_long":
        limit = int(ctx.get("max_length", 0))
        size = len(value) if isinstance(value, str) else 0
        message = f"'{key}' is too long: {size:,} characters (the limit is {limit:,})"
        return "length", message, location
    if kind == "literal_error":
        expected = ctx.get("expected", "")
        return "bad-value", f"'{key}' must be {expected}, not {shown(value)}", location
    if kind in {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}:
        return "out-of-range", _range_message(key, kind, ctx, value), location
    too_large = kind in {"finite_number", "float_type"} and type(value) is int
    if kind == "int_parsing_size" or too_large:
        # A whole number too large for its field (or for a float at all, some 310 digits).
        return "out-of-range", f"'{key}' is far out of range: {shown(value)}", location
    return "wrong-type", _type_message(key, kind, value, location), location


def _unknown_key_message(key: str, vocabulary: Iterable[str]) -> str:
    close = difflib.get_close_matches(key, list(vocabulary), n=1, cutoff=0.75)
    hint = f"; did you mean '{close[0]}'?" if close else " (a typo?)"
    return f"unknown key {shown(key)}{hint}"


def _pattern_problem(key: str, value: str, location: KeyPath) -> tuple[str, str, KeyPath]:
    hidden = [char for char in value if is_unprintable(char)]
    if hidden:
        char = hidden[0]
        name = unicodedata.name(char, "")
        label = f"U+{ord(char):04X}" + (f" {name}" if name else "")
        if char in _BIDI_CONTROLS:
            what = "a bidirectional control character"
        elif unicodedata.category(char) == "Cc":
            what = "a control character"
        else:
            what = "an invisible formatting character"
        message = f"'{key}' {shown(value)} holds {what} ({label}); retype the id by hand"
        return "hidden-character", message, location
    if key == "url":
        return "bad-value", f"'url' {shown(value)} must start with http:// or https://", location
    if key == "language":
        message = f"'language' {shown(value)} must be a language tag like en, fr or pt-BR"
        return "bad-value", message, location
    if len(location) >= 3 and location[0] == "questions" and location[2] == "id":
        rule = "letters, digits, '.', '_' and '-', starting with a letter or digit"
    else:
        rule = "lowercase letters, digits and '-', starting with a letter or digit"
    return "bad-id", f"'{key}' {shown(value)} may use only {rule}", location


def _count_message(key: str, kind: str, ctx: Mapping[str, Any]) -> str:
    actual = ctx.get("actual_length", 0)
    if kind == "too_short":
        needed = ctx.get("min_length", 0)
        return f"'{key}' needs at least {needed} {_items(needed)}, found {actual}"
    limit = ctx.get("max_length", 0)
    return f"'{key}' may hold at most {limit} {_items(limit)}, found {actual}"


def _items(count: object) -> str:
    return "item" if count == 1 else "items"


def _range_message(key: str, kind: str, ctx: Mapping[str, Any], value: object) -> str:
    words = {
        "greater_than_equal": ("at least", "ge"),
        "less_than_equal": ("at most", "le"),
        "greater_than": ("more than", "gt"),
        "less_than": ("less than", "lt"),
    }
    phrase, name = words[kind]
    return f"'{key}' must be {phrase} {shown(ctx.get(name))}, not {shown(value)}"


def _type_message(key: str, kind: str, value: object, location: KeyPath) -> str:
    found = toml_kind(value)
    if kind in {"model_type", "model_attributes_type", "dict_type"}:
        wanted = "a table"
    elif kind == "list_type":
        wanted = "an array"
        if key in {"choices", "regions"} or (len(location) == 1 and key in _ARRAYS_OF_TABLES):
            header = ".".join(str(part) for part in location if isinstance(part, str))
            wanted = f"an array of tables ([[{header}]])"
    elif kind == "bool_type":
        wanted = "true or false (without quotes)"
    elif kind in {"int_type", "int_from_float", "int_parsing"}:
        wanted = "a whole number"
    elif kind in {"float_type", "float_parsing", "finite_number"}:
        wanted = "a finite number"
    elif kind in {"date_type", "date_parsing", "date_from_datetime_inexact"}:
        wanted = "a date like 2026-11-22 (without quotes)"
    elif kind in {"string_type", "str_type"}:
        wanted = 'text in quotes, like "..."'
    else:
        return f"'{key}' cannot be {shown(value)}"
    return f"'{key}' must be {wanted}, not {found}"


def _not_a_list(key: str, value: object, location: KeyPath) -> Problem:
    return Problem(
        "wrong-type",
        f"'{key}' must be an array of tables ([[{key}]]), not {toml_kind(value)}",
        location,
    )
