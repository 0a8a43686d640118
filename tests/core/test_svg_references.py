"""SVG pictures must refer only to themselves: every way out that Qt would follow is refused.

The corpus (``tests/data/banks``) holds one bank per main route (outside ``<image>``, entities,
CSS ``url()``, ``<?xml-stylesheet?>``, a disguised ``data:`` SVG); here each variant of the
scan is tried on its own, with the line it must name, and the allowed forms must pass.
"""

from __future__ import annotations

import base64
import time
from pathlib import Path

import pytest

from quizapp.core.images import check_image_path, read_image, resolve_image
from quizapp.core.svg import svg_problem

REPO = Path(__file__).resolve().parents[2]
PNG = (REPO / "tests" / "data" / "banks" / "valid" / "pictures" / "dot.png").read_bytes()
JPEG = b"\xff\xd8\xff\xe0" + bytes(60)
OPEN = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
    ' viewBox="0 0 10 10">'
)


def picture(body: str, before: str = "") -> bytes:
    """An SVG file: ``before`` (declarations), then ``body`` from line 2 (or later)."""
    return f"{before}{OPEN}\n{body}\n</svg>\n".encode()


def data_uri(content: bytes, kind: str = "image/png") -> str:
    return f"data:{kind};base64,{base64.b64encode(content).decode()}"


NESTED_SVG = picture('<image xlink:href="/tmp/outside.png"/>')

#: (case, svg, line it names, a piece of the message)
REFUSED = [
    ("absolute path", picture('<image xlink:href="/tmp/outside.png"/>'), 2, "/tmp/outside.png"),
    ("parent folder", picture('<image xlink:href="../outside.png"/>'), 2, "../outside.png"),
    ("plain href", picture('<image href="outside.png"/>'), 2, "href='outside.png'"),
    ("file url", picture('<image xlink:href="file:///etc/x.png"/>'), 2, "file:///"),
    ("web url", picture('<use xlink:href="https://example.org/a.svg#x"/>'), 2, "https://"),
    ("link", picture('<a xlink:href="other.svg"><rect/></a>'), 2, "other.svg"),
    (
        "character references",
        picture('<image xlink:href="&#x2F;tmp&#47;outside.png"/>'),
        2,
        "'/tmp/outside.png'",
    ),
    ("path after a '#'", picture('<image xlink:href="#/../../x.png"/>'), 2, "#/../../x.png"),
    (
        "xlink under another prefix",
        picture('<image q:href="/x.png" xmlns:q="http://www.w3.org/1999/xlink"/>'),
        2,
        "xlink:href='/x.png'",
    ),
    ("upper-case name", picture('<image HREF="/x.png"/>'), 2, "HREF='/x.png'"),
    ("svg as data", picture(f'<image xlink:href="{data_uri(NESTED_SVG)}"/>'), 2, "not a PNG"),
    ("svg+xml data", picture(f'<image href="{data_uri(PNG, "image/svg+xml")}"/>'), 2, "refers"),
    ("text data", picture('<image href="data:,hello"/>'), 2, "refers outside"),
    ("broken base64", picture('<image href="data:image/png;base64,%%%"/>'), 2, "refers"),
    ("fake jpeg", picture(f'<image href="{data_uri(b"<svg/>", "image/jpeg")}"/>'), 2, "JPEG"),
    ("fill url", picture('<rect fill="url(/tmp/a.svg#g)"/>'), 2, "url(/tmp/a.svg#g)"),
    ("style url", picture("<rect style='fill: URL( \"a.png\" )'/>"), 2, "URL("),
    ("style sheet url", picture("<rect/>\n<style>\nrect { fill: url(a.png) }</style>"), 3, "url"),
    ("css in cdata", picture("<style><![CDATA[ @import 'a.css'; ]]></style>"), 2, "@import"),
    ("css escape", picture("<style>rect { fill: \\75 rl(a.png) }</style>"), 2, "backslash"),
    ("style attribute escape", picture('<rect style="fill: \\75 rl(a.png)"/>'), 2, "backslash"),
    (
        "style sheet instruction",
        picture("<rect/>", '<?xml-stylesheet type="text/css" href="a.css"?>\n'),
        1,
        "xml-stylesheet",
    ),
    ("any instruction", picture("<?php echo 1; ?>"), 2, "processing instruction"),
    (
        "xinclude",
        picture('<xi:include parse="text" xmlns:xi="http://www.w3.org/2001/XInclude"/>'),
        2,
        "XInclude",
    ),
    (
        "entity",
        picture("<text>&a;</text>", '<!DOCTYPE svg [<!ENTITY a "x">]>\n'),
        1,
        "<!DOCTYPE>",
    ),
    (
        "attribute default",
        picture("<image/>", '<!DOCTYPE svg [<!ATTLIST image href CDATA "/x.png">]>\n'),
        1,
        "<!DOCTYPE>",
    ),
    (
        "external entity",
        picture("<text>&e;</text>", '<!DOCTYPE svg [<!ENTITY e SYSTEM "/etc/passwd">]>\n'),
        1,
        "<!DOCTYPE>",
    ),
    (
        "entity left to an unread DTD",
        picture("<text>&e;</text>", '<!DOCTYPE svg SYSTEM "defs.dtd">\n'),
        3,
        "undeclared entity '&e;'",
    ),
    ("undeclared entity", picture("<text>&e;</text>"), 2, "not well-formed"),
    ("unbound prefix", picture('<image z:href="/x.png"/>'), 2, "not well-formed"),
    ("broken xml", picture("<rect>"), 3, "not well-formed"),
    ("utf-16", picture("<rect/>", '<?xml version="1.0" encoding="UTF-16"?>\n'), 1, "UTF-16"),
]


@pytest.mark.parametrize(
    ("svg", "line", "piece"), [c[1:] for c in REFUSED], ids=[c[0] for c in REFUSED]
)
def test_a_reference_outside_the_picture_is_refused_with_its_line(
    svg: bytes, line: int, piece: str
) -> None:
    problem = svg_problem(svg)
    assert problem.startswith(f"at its line {line}, "), problem
    assert piece in problem


ALLOWED = [
    ("no reference", picture('<rect width="10" height="10"/>')),
    ("fragment", picture('<use xlink:href="#dot"/><use href=" #a.b-c:d_1 "/>')),
    ("url of an id", picture('<rect fill="url(#g)" style="stroke: url( \'#g\' )"/>')),
    ("style sheet of ids", picture("<style><![CDATA[ .a { fill: url(#g) } ]]></style>")),
    ("embedded png", picture(f'<image xlink:href="{data_uri(PNG)}"/>')),
    ("wrapped base64", picture(f'<image href="{data_uri(PNG)[:40]}\n  {data_uri(PNG)[40:]}"/>')),
    (
        "embedded jpeg",
        picture(f'<image href="{data_uri(JPEG, "image/jpeg")}"/>'),
    ),
    ("public dtd", picture("<rect/>", '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">\n')),
    ("utf-8 declared", picture("<rect/>", '<?xml version="1.0" encoding="utf-8"?>\n')),
    ("text that looks like one", picture("<text>url(a.png) href=&quot;/x&quot;</text>")),
    ("comment", picture('<!-- <image xlink:href="/x.png"/> -->')),
]


@pytest.mark.parametrize("svg", [c[1] for c in ALLOWED], ids=[c[0] for c in ALLOWED])
def test_a_self_contained_picture_passes(svg: bytes) -> None:
    assert svg_problem(svg) == ""


def test_nested_entities_are_refused_at_once_without_being_expanded() -> None:
    entities = "".join(f'<!ENTITY e{n} "{f"&e{n - 1};" * 10}">' for n in range(1, 12))
    svg = picture("<text>&e11;</text>", f'<!DOCTYPE svg [<!ENTITY e0 "lol">{entities}]>\n')
    started = time.perf_counter()
    assert "<!DOCTYPE>" in svg_problem(svg)
    assert time.perf_counter() - started < 0.5


def test_latin_1_bytes_are_refused() -> None:
    svg = picture("<text>caf\u00e9</text>").replace(b"\xc3\xa9", b"\xe9")
    position = svg.index(b"\xe9") + 1
    assert svg_problem(svg) == f"it is not UTF-8 text (byte {position})"


def test_the_root_must_be_svg() -> None:
    assert svg_problem(b"<html><svg/></html>") == "its root element is <html>, not <svg>"


def test_check_and_loader_refuse_it_and_name_the_file_and_what_was_found(tmp_path: Path) -> None:
    (tmp_path / "out.svg").write_bytes(picture('<image xlink:href="../secret.png"/>'))
    (tmp_path / "fine.svg").write_bytes(picture('<use xlink:href="#a"/>'))
    problem = check_image_path("out.svg", [tmp_path])
    assert problem == (
        "image 'out.svg' cannot be used: at its line 2, xlink:href='../secret.png' refers "
        "outside the picture (only '#id' and embedded PNG or JPEG 'data:' pictures are allowed)"
    )
    assert resolve_image("out.svg", [str(tmp_path)]) is None
    assert read_image(tmp_path / "out.svg") is None
    assert check_image_path("fine.svg", [tmp_path]) == ""
    assert read_image(tmp_path / "fine.svg") == (tmp_path / "fine.svg").read_bytes()


def test_a_reference_past_the_first_64_kib_is_found(tmp_path: Path) -> None:
    padding = "<!--" + "x" * 100_000 + "-->"
    (tmp_path / "long.svg").write_bytes(picture(f'{padding}\n<image href="/x.png"/>'))
    assert "line 3, href='/x.png'" in check_image_path("long.svg", [tmp_path])


def test_the_bundled_diagrams_refer_only_to_themselves() -> None:
    diagrams = sorted((REPO / "assets" / "diagrams").glob("*.svg"))
    assert len(diagrams) >= 4
    problems = {path.name: check_image_path(path.name, [path.parent]) for path in diagrams}
    assert problems == {path.name: "" for path in diagrams}
