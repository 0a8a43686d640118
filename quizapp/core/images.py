"""Check image references from banks: contained in their folders, present, really an image.

An image path in a bank is untrusted. It must be relative, free of ``..``, and resolve (links
followed) to a regular SVG or PNG file inside one of the allowed folders, compared by path
components, never by string prefix. An SVG must also be self-contained (see
:mod:`quizapp.core.svg`): Qt would otherwise draw any local file it names. Nothing here opens
anything but a regular file, so a path naming a FIFO or a device cannot block, and nothing reads
more than ``MAX_IMAGE_BYTES``. The app draws the very bytes :func:`read_image` checked, so a
file changed after its bank was checked is checked again.
"""

from __future__ import annotations

import os
import stat
import struct
from collections.abc import Iterable
from pathlib import Path

from quizapp.core.findings import is_unprintable, shown
from quizapp.core.svg import svg_problem

#: Image types a hotspot may use, the largest image file read, and the most pixels of a PNG.
IMAGE_SUFFIXES = frozenset({".svg", ".png"})
MAX_IMAGE_BYTES = 2 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def check_image_path(relative: str, roots: Iterable[Path]) -> str:
    """Check an image reference from a bank; return "" when fine, else what is wrong.

    Args:
        relative: The path as written in the bank.
        roots: The folders the path may point into, in order of preference.

    Returns:
        "" when the path names a usable image, else a message for the author.
    """
    name = shown(relative, 80)
    if any(is_unprintable(char) for char in relative):
        return f"image path {name} holds control or invisible characters"
    candidate = Path(relative)
    if candidate.is_absolute() or relative.startswith(("/", "\\")) or ":" in relative:
        return f"image path {name} must be relative to the bank's folder or to assets/"
    if ".." in candidate.parts or "\\" in relative:
        return f"image path {name} may not contain '..' or backslashes"
    if candidate.suffix.lower() not in IMAGE_SUFFIXES:
        return f"image {name} must be an SVG or PNG file (.svg or .png)"
    for root in roots:
        try:
            resolved_root = root.resolve()
            target = (root / candidate).resolve()
            if not target.exists():
                continue
        except (OSError, RuntimeError, ValueError):
            return f"image path {name} cannot be followed (a link loop?)"
        if not target.is_relative_to(resolved_root):
            return f"image {name} points (through a link) outside its folder"
        return _check_file(target, name)
    return f"image {name} does not exist (looked in the bank's folder and in assets/)"


def _check_file(target: Path, name: str) -> str:
    """Check that a contained path is a regular, small enough SVG or PNG file."""
    data, problem = _read(target, name)
    return problem or _check_content(data, target.suffix, name)


def read_image(path: Path) -> bytes | None:
    """Read a picture to draw: its bytes when they pass every check here, else None.

    Args:
        path: A path already resolved inside its bank's folders (see :func:`resolve_image`).

    Returns:
        The file's content, read once and checked as read, or None when it is unusable.
    """
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        return None
    data, problem = _read(path, "")
    if problem or _check_content(data, path.suffix, ""):
        return None
    return data


def _read(target: Path, name: str) -> tuple[bytes, str]:
    """Return a regular file's content, or what stops it being read (at most the size cap)."""
    try:
        info = os.stat(target)
        if not stat.S_ISREG(info.st_mode):
            return b"", f"image {name} is not a regular file"
        if info.st_size > MAX_IMAGE_BYTES:
            return b"", f"image {name} is larger than {MAX_IMAGE_BYTES:,} bytes"
        descriptor = os.open(target, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return b"", f"image {name} is not a regular file"
            data = handle.read(MAX_IMAGE_BYTES + 1)
    except OSError as error:
        return b"", f"image {name} cannot be read: {error.strerror or error}"
    if len(data) > MAX_IMAGE_BYTES:
        return b"", f"image {name} is larger than {MAX_IMAGE_BYTES:,} bytes"
    return data, ""


def _check_content(data: bytes, suffix: str, name: str) -> str:
    if suffix.lower() == ".png":
        return _check_png(data, name)
    return _check_svg(data, name)


def _check_png(head: bytes, name: str) -> str:
    if not head.startswith(_PNG_SIGNATURE) or head[12:16] != b"IHDR" or len(head) < 24:
        return f"image {name} is not a PNG picture (its content does not start like one)"
    width, height = struct.unpack(">II", head[16:24])
    if width == 0 or height == 0 or width * height > MAX_IMAGE_PIXELS:
        return (
            f"image {name} is {width} x {height} pixels; "
            f"the limit is {MAX_IMAGE_PIXELS:,} pixels in all"
        )
    return ""


def _check_svg(data: bytes, name: str) -> str:
    text = data.removeprefix(b"\xef\xbb\xbf").lstrip()
    if b"\x00" in data or not text.startswith(b"<") or b"<svg" not in data.lower():
        return f"image {name} is not an SVG picture (no <svg> element at its start)"
    problem = svg_problem(data)
    return f"image {name} cannot be used: {problem}" if problem else ""


def resolve_image(relative: str, roots: Iterable[str]) -> Path | None:
    """Return the checked file an image reference points to, or None when it is not usable.

    Args:
        relative: The path as written in the bank.
        roots: The folders the path may point into (a bank's ``image_roots``).

    Returns:
        The resolved file, safe to load with a pixel limit, or None.
    """
    paths = [Path(root) for root in roots]
    if check_image_path(relative, paths):
        return None
    for root in paths:
        try:
            target = (root / relative).resolve()
            if target.is_file() and target.is_relative_to(root.resolve()):
                return target
        except (OSError, RuntimeError, ValueError):
            return None
    return None
