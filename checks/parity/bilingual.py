"""Bilingual files whose units are already aligned: TMX, XLIFF, PO.

Read through translate-toolkit (the optional extra ``checks[parity]``), not a
hand-written XML parser: it knows the formats' variants, entities and encodings.
Each translated unit gives one unit on each side, so no paragraph alignment is
needed. Each side is located at the line its text element starts on (TMX ``seg``,
XLIFF ``source``/``target``, PO ``msgid``/``msgstr``); columns count inside the
segment's text.
"""

from __future__ import annotations

import os

from checks.parity.texts import Text, Unit

SUFFIXES = (".tmx", ".xlf", ".xliff", ".po", ".pot")


class BilingualError(Exception):
    """A bilingual file that cannot be read; the message names the file."""


def is_bilingual(path: str) -> bool:
    return path.lower().endswith(SUFFIXES)


def read_bilingual(path: str) -> tuple[Text, Text]:
    """(source side, target side) of the file's translated units, in file order."""
    try:
        from translate.storage import factory
    except ImportError:
        raise BilingualError(
            f"{path}:1:1: reading TMX, XLIFF or PO needs translate-toolkit: pip install 'checks[parity]'"
        ) from None
    if not os.path.isfile(path):
        raise BilingualError(f"{path}:1:1: cannot read: no such file")
    try:
        store = factory.getobject(path)
    except Exception as error:  # the toolkit raises parser-specific errors
        raise BilingualError(f"{path}:1:1: cannot read as {os.path.splitext(path)[1]}: {error}") from None
    units = list(store.units)
    has_header = bool(units) and units[0].isheader()
    lines = _msgid_lines(path, has_header) if path.lower().endswith((".po", ".pot")) else None
    sources, targets = [], []
    for index, unit in enumerate(u for u in units if not u.isheader()):
        source, target = str(unit.source or ""), str(unit.target or "")
        if not source.strip() or not target.strip():
            continue
        if lines is not None and index < len(lines):
            source_line, target_line = lines[index]
        else:
            source_line, target_line = _segment_lines(unit)
        sources.append(Unit(source, source_line))
        targets.append(Unit(target, target_line))
    if not sources:
        raise BilingualError(f"{path}:1:1: no translated unit in it; a bilingual file needs source and target")
    return Text(path, tuple(sources)), Text(path, tuple(targets))


def _segment_lines(unit) -> tuple[int, int]:
    """The lines of the source and target text elements (``seg`` of TMX, ``source`` and
    ``target`` of XLIFF), or of the unit's element for both."""
    element = getattr(unit, "xmlelement", None)
    first = getattr(element, "sourceline", None) or 1
    found = [
        child.sourceline for child in (element.iter() if element is not None else ())
        if isinstance(child.tag, str) and child.tag.rsplit("}", 1)[-1] in ("seg", "source", "target")
        and child.sourceline
    ]
    return (found[0], found[1]) if len(found) >= 2 else (first, first)


def _msgid_lines(path: str, has_header: bool) -> list[tuple[int, int]]:
    """(``msgid`` line, ``msgstr`` line) of every entry, the header left out."""
    ids, strs = [], []
    with open(path, encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            if line.startswith("msgid "):
                ids.append(number)
            elif line.startswith("msgstr"):
                strs.append(number)
    pairs = list(zip(ids, strs))
    return pairs[1:] if has_header else pairs
