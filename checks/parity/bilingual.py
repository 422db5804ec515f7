"""Bilingual files whose units are already aligned: TMX, XLIFF, PO.

Read through translate-toolkit (the optional extra ``checks[parity]``), not a
hand-written XML parser: it knows the formats' variants, entities and encodings.
Each translated unit gives one unit on each side, so no paragraph alignment is
needed. A unit is located at the line its XML element starts on (TMX, XLIFF) or
its ``msgid`` line (PO); columns count inside the segment's text.
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
    lines = _msgid_lines(path) if path.lower().endswith((".po", ".pot")) else None
    sources, targets = [], []
    for index, unit in enumerate(u for u in store.units if not u.isheader()):
        source, target = str(unit.source or ""), str(unit.target or "")
        if not source.strip() or not target.strip():
            continue
        line = lines[index] if lines is not None and index < len(lines) else _element_line(unit)
        sources.append(Unit(source, line, 1, fixed_offset=True))
        targets.append(Unit(target, line, 1, fixed_offset=True))
    if not sources:
        raise BilingualError(f"{path}:1:1: no translated unit in it; a bilingual file needs source and target")
    return Text(path, tuple(sources)), Text(path, tuple(targets))


def _element_line(unit) -> int:
    element = getattr(unit, "xmlelement", None)
    return getattr(element, "sourceline", None) or 1


def _msgid_lines(path: str) -> list[int]:
    """The line of every ``msgid`` after the header entry, in order."""
    with open(path, encoding="utf-8", errors="replace") as handle:
        lines = [number for number, line in enumerate(handle, 1) if line.startswith("msgid ")]
    return lines[1:]
