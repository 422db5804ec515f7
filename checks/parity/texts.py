"""The two sides of a translation: texts cut into units (paragraphs or segments).

A plain-text file is read like any document (`checks.document`: UTF-8, a BOM and
CRLF tolerated, offsets map back to the file's line and column) and cut into
paragraphs at blank lines; a file without blank lines is cut at every line break.
A speaker label line ("Xie Cun:") stays a paragraph of its own, so turns align
like paragraphs. A bilingual file whose units are already aligned (TMX, XLIFF, PO)
gives both sides at once, see `checks.parity.bilingual`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.document import Document, load_document
from checks.findings import Location

_BLANK_LINES = re.compile(r"\n[ \t\u3000]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")


@dataclass(frozen=True, slots=True)
class Unit:
    """One paragraph (or aligned segment): its text and where it starts in its file."""

    text: str
    line: int
    column: int = 1
    offset: int | None = None  # where the unit starts in its document (plain text only)

    def location(self, path: str, offset: int, note: str = "") -> Location:
        """The file position of ``offset`` (an index into ``text``)."""
        before = self.text[:offset]
        line = self.line + before.count("\n")
        column = (offset - before.rfind("\n")) if "\n" in before else self.column + offset
        return Location(path, line, column, note)


@dataclass(frozen=True, slots=True)
class Text:
    """One side of the pair: a path, its language guess and its units in order."""

    path: str
    units: tuple[Unit, ...]

    @property
    def chinese(self) -> bool:
        sample = "".join(unit.text for unit in self.units[:40])
        return sum("\u4e00" <= ch <= "\u9fff" for ch in sample) > len(sample) / 10


def read_text(path: str) -> Text:
    """A plain-text file as paragraphs; `DocumentError` when it cannot be read."""
    return text_of(load_document(path), path)


def text_of(document: Document, path: str) -> Text:
    body = document.text
    breaks = _BLANK_LINES if _BLANK_LINES.search(body.strip()) else _LINE_BREAK
    units, start = [], 0
    for match in [*breaks.finditer(body), None]:
        end = match.start() if match else len(body)
        piece = body[start:end]
        stripped = piece.strip()
        if stripped:
            offset = start + piece.index(stripped)
            line, column = document.position(offset)
            units.append(Unit(stripped, line, column, offset))
        if match:
            start = match.end()
    return Text(path, tuple(units))
