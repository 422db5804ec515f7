"""A one-line progress display on a terminal for commands over many ledgers."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from typing import TextIO, TypeVar

T = TypeVar("T")


def progress(items: Sequence[T], *, stream: TextIO | None = None, minimum: int = 2) -> Iterator[T]:
    """Yield `items`, showing "checking 3/40 path" on one terminal line meanwhile.

    Only when `stream` (default stderr) is a terminal and there are at least
    `minimum` items; the line is cleared at the end, so the report that follows
    (and any output to a pipe or file) is untouched.
    """
    stream = sys.stderr if stream is None else stream
    shown = len(items) >= minimum and _is_terminal(stream)
    width = 0
    try:
        for number, item in enumerate(items, start=1):
            if shown:
                line = f"checking {number}/{len(items)} {item}"
                columns = _columns()
                line = line if len(line) < columns else line[: columns - 2] + "…"
                stream.write("\r" + line.ljust(width))
                stream.flush()
                width = len(line)
            yield item
    finally:
        if shown and width:
            stream.write("\r" + " " * width + "\r")
            stream.flush()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _columns() -> int:
    try:
        return os.get_terminal_size(sys.stderr.fileno()).columns
    except (OSError, ValueError, AttributeError):
        return 80
