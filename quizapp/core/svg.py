"""Decide whether an SVG picture is self-contained: drawing it must read nothing but its own bytes.

Qt's SVG renderer follows references on its own. ``<image xlink:href="/any/file.png">`` or
``"../file.png"`` draws a local file; ``<?xml-stylesheet href="..."?>`` reads a style sheet; an
``<image>`` whose ``data:`` bytes are themselves an SVG is drawn by the SVG image plugin, which
follows *its* references; even ``#/../x.png`` is a path once the bank's folder holds a ``#``
folder. A bank's picture is untrusted, so it may refer only to itself:

* every ``href`` (``href``, ``xlink:href``, any namespace) is ``#`` and an id, or an embedded
  ``data:image/png;base64,`` or ``data:image/jpeg;base64,`` whose bytes really are one;
* every ``url(`` (in any attribute or ``<style>``) is ``url(#id)``; CSS has no ``@import`` and
  no backslash (an escape could spell ``url`` unseen);
* there is no processing instruction, no XInclude element, no internal ``<!DOCTYPE svg [...]>``
  subset (entities, attribute defaults) and no undeclared entity; a DOCTYPE that only names
  the public SVG DTD is allowed, since nothing reads it;
* the file is UTF-8 and well-formed XML with an ``<svg>`` root.

How it is read: with the standard library's expat parser rather than a regular expression over
bytes, because XML can spell a value with character references (``&#x2F;tmp``) that only a
parser decodes as Qt will, and requiring UTF-8 and well-formedness leaves the two parsers no
room to see different documents. Expat is used the way ``defusedxml`` uses it: every
declaration is refused *before* it takes effect. The DOCTYPE handler raises at
``<!DOCTYPE svg [``, before the first ``<!ENTITY`` is read, so no entity is ever expanded
("billion laughs"), and external DTDs and entities are never fetched (parameter-entity parsing
stays off and there is no external-entity handler). The caller caps the size of ``data``.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import NoReturn
from xml.parsers import expat

from quizapp.core.findings import shown

_XINCLUDE = "http://www.w3.org/2001/XInclude"
_XLINK = "http://www.w3.org/1999/xlink"
_SEPARATOR = " "  # between namespace and local name; cannot occur in a local name
_FRAGMENT = re.compile(r"#[\w.:-]*", re.ASCII)
_URL = re.compile(r"url\s*\(", re.IGNORECASE)
_URL_TARGET = re.compile(r"""\s*(['"]?)#[\w.:-]*\1\s*\)""", re.ASCII)
_IMPORT = re.compile(r"@import", re.IGNORECASE)
_DATA = re.compile(r"data:image/(?:png|jpeg);base64,([A-Za-z0-9+/=\s]*)")
_DATA_HEADS = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
_ALLOWED = "only '#id' and embedded PNG or JPEG 'data:' pictures are allowed"


class _RefusedError(Exception):
    """Raised from an expat handler to stop reading at the first problem."""


def svg_problem(data: bytes) -> str:
    """Return "" when an SVG refers to nothing outside itself, else what was found and where.

    Args:
        data: The whole file, already capped in size.

    Returns:
        "" when the picture is self-contained, else a message naming the line of the picture
        and what is on it, e.g. ``at its line 3, xlink:href='/tmp/a.png' refers outside ...``.
    """
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return f"it is not UTF-8 text (byte {error.start + 1})"
    scan = _Scan()
    try:
        scan.parser.Parse(data, True)
    except _RefusedError as refused:
        return str(refused)
    except expat.ExpatError as error:
        reason = expat.ErrorString(error.code) if error.code else "a syntax error"
        return f"at its line {error.lineno}, it is not well-formed XML ({reason})"
    if scan.root != "svg":
        return f"its root element is <{scan.root}>, not <svg>"
    return ""


class _Scan:
    """One expat parser whose handlers refuse anything that reaches outside the picture."""

    def __init__(self) -> None:
        parser = expat.ParserCreate(namespace_separator=_SEPARATOR)
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.XmlDeclHandler = self._xml_declaration
        parser.StartDoctypeDeclHandler = self._doctype
        parser.EntityDeclHandler = self._entity
        parser.SkippedEntityHandler = self._skipped_entity
        parser.ProcessingInstructionHandler = self._instruction
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._text
        self.parser = parser
        self.root = ""
        self._style_depth = 0
        self._style_line = 0
        self._style_text: list[str] = []

    def _refuse(self, what: str, line: int | None = None) -> NoReturn:
        raise _RefusedError(f"at its line {line or self.parser.CurrentLineNumber}, {what}")

    def _xml_declaration(self, version: str, encoding: str | None, standalone: int) -> None:
        if encoding is not None and encoding.lower().replace("_", "-") not in ("utf-8", "utf8"):
            self._refuse(f"it declares the encoding {shown(encoding)}; only UTF-8 is allowed")

    def _doctype(self, name: str, system: str | None, public: str | None, subset: int) -> None:
        if subset:
            self._refuse(
                "a <!DOCTYPE> declares markup of its own (entities, as in a 'billion laughs', "
                "or attribute defaults); pictures may not declare any"
            )

    def _entity(self, name: str, *rest: object) -> None:
        self._refuse(f"it declares the entity {shown(name)}; pictures may not declare any")

    def _skipped_entity(self, name: str, is_parameter: int) -> None:
        self._refuse(f"it uses the undeclared entity {shown('&' + name + ';')}")

    def _instruction(self, target: str, data: str) -> None:
        self._refuse(
            f"the processing instruction {shown('<?' + target + ' ' + data + '?>')} "
            "could read another file; pictures may not have any"
        )

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        namespace, _, local = name.rpartition(_SEPARATOR)
        if not self.root:
            self.root = local
        if namespace == _XINCLUDE:
            self._refuse(f"an XInclude element ({shown(local)}) would read another file")
        for attribute, value in attributes.items():
            space, _, key = attribute.rpartition(_SEPARATOR)
            label = f"xlink:{key}" if space == _XLINK else key
            if key.lower() == "href":
                self._check_reference(label, value)
            problem = _css_problem(value, is_css=key.lower() == "style")
            if problem:
                self._refuse(f"{label}={shown(value)} {problem}")
        if local.lower() == "style":
            if not self._style_depth:
                self._style_line = self.parser.CurrentLineNumber
            self._style_depth += 1

    def _check_reference(self, attribute: str, value: str) -> None:
        target = value.strip()
        if _FRAGMENT.fullmatch(target):
            return
        data = _DATA.fullmatch(target)
        if data is None:
            self._refuse(
                f"{attribute}={shown(target, 120)} refers outside the picture ({_ALLOWED})"
            )
        try:
            content = base64.b64decode("".join(data.group(1).split()), validate=True)
        except (binascii.Error, ValueError):
            content = b""
        # Qt picks the decoder from the bytes, not the declared type: an SVG (or a PDF) labelled
        # image/png would be drawn with its own references followed.
        if not content.startswith(_DATA_HEADS) or b"<" in content[:64]:
            self._refuse(
                f"{attribute}={shown(target, 120)} embeds data that is not a PNG or JPEG picture"
            )

    def _end(self, name: str) -> None:
        if self._style_depth and name.rpartition(_SEPARATOR)[2].lower() == "style":
            self._style_depth -= 1
            if not self._style_depth:
                problem = _css_problem("".join(self._style_text), is_css=True)
                self._style_text.clear()
                if problem:
                    self._refuse(f"the <style> {problem}", self._style_line)

    def _text(self, text: str) -> None:
        if self._style_depth:
            self._style_text.append(text)


def _css_problem(text: str, *, is_css: bool) -> str:
    """Return what in a value or style sheet refers outside the picture, or ""."""
    for match in _URL.finditer(text):
        if not _URL_TARGET.match(text, match.end()):
            reference = text[match.start() : match.start() + 60]
            return f"has {shown(reference)}, which refers outside the picture (only url(#id))"
    if is_css and _IMPORT.search(text):
        return "has a CSS @import, which reads another file"
    if is_css and "\\" in text:
        return "has a backslash in CSS; an escape could hide a url(), so none is allowed"
    return ""
