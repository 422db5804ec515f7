"""acronym-redefined and acronym-before-definition.

A definition is "Long Form (ACR)" or "ACR (long form)" where the letters of
the acronym can be read, in order, in the long form, the first one starting
its first word (the Schwartz-Hearst rule: "small- and medium-sized
enterprises (SMEs)", "16,000-TEU (twenty-foot equivalent unit)"), and the long
form has no more words, "of", "and", "the" aside, than the acronym has
letters ("amphibious firefighting aircraft (AG)" defines nothing). A plural
"s" is not part of the acronym: "SMEs" and "SME" are one. Acronyms never
defined in the document are not judged (AI, R&D, 5G are common knowledge).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from checks.findings import Severity
from checks.lint.registry import Hit, rule

_PAREN = re.compile(r"\((?P<inner>[^()\n]{1,80})\)")
_ACRONYM = re.compile(r"(?P<base>[A-Z][A-Za-z0-9&]*[A-Z0-9])(?P<plural>s|'s|’s)?")
_JOINING = frozenset("of and the for in on to a an & at by with".split())
_REACH = 2000  # characters before a parenthesis that its long form may start in
_TRAILING_ACRONYM = re.compile(r"(?<![A-Za-z0-9])(?P<acronym>[A-Z][A-Za-z0-9&]*[A-Z0-9](?:s|'s|’s)?)[^\S\n]*\Z")


@dataclass(frozen=True)
class Definition:
    """Where the text spells out an acronym."""

    base: str  # the acronym without a plural ending
    written: str  # the acronym as written
    long: str
    start: int  # span of "long (ACR)" or "ACR (long)"
    end: int
    acronym_start: int  # where the acronym itself is written


def definitions(text: str) -> list[Definition]:
    found = []
    for paren in _PAREN.finditer(text):
        inner = paren.group("inner").strip()
        # the line before the parenthesis, at most _REACH characters of it: a long form
        # has at most 24 words, and a document on one long line must not make every
        # parenthesis read the whole text before it
        reach = max(0, paren.start() - _REACH)
        line_start = max(text.rfind("\n", reach, paren.start()) + 1, reach)
        before = text[line_start:paren.start()]
        acronym = _ACRONYM.fullmatch(inner)
        if acronym and _is_acronym(acronym.group("base")):
            base = acronym.group("base")
            words = re.findall(r"\S+", before)
            window = " ".join(words[-min(len(base) + 5, 2 * len(base)):])
            long = _long_form(base, window)
            spans = list(re.finditer(r"\s+".join(map(re.escape, long.split())), before)) if long else []
            if spans:
                start = line_start + spans[-1].start()
                found.append(Definition(base, inner, long, start, paren.end(), paren.start("inner")))
            continue
        trailing = _TRAILING_ACRONYM.search(before)
        if trailing and len(inner.split()) >= 2:
            written = trailing.group("acronym")
            base = _ACRONYM.fullmatch(written).group("base")
            if _is_acronym(base) and _long_form(base, inner) == inner:
                start = line_start + trailing.start("acronym")
                found.append(Definition(base, written, inner, start, paren.end(), start))
    return found


def _is_acronym(base: str) -> bool:
    return 2 <= len(base) <= 12 and sum(char.isupper() for char in base) >= 2


def _long_form(short: str, candidate: str) -> str | None:
    """The shortest tail of `candidate` whose letters spell `short` (Schwartz & Hearst, 2003)."""
    s, position = len(short) - 1, len(candidate) - 1
    while s >= 0:
        char = short[s].lower()
        if not char.isalnum():
            s -= 1
            continue
        while position >= 0 and (
            candidate[position].lower() != char
            or (s == 0 and position > 0 and candidate[position - 1].isalnum())
        ):
            position -= 1
        if position < 0:
            return None
        position -= 1
        s -= 1
    start = candidate.rfind(" ", 0, position + 1) + 1
    long = candidate[start:].strip()
    letters = sum(char.isalnum() for char in short)
    content = [word for word in re.split(r"[\s,]+", long) if word and word.lower() not in _JOINING]
    if len(content) > letters or len(long) <= len(short) or short in long:
        return None  # more words than letters: the letters were found by chance
    return long


def _first_use_before(text: str, base: str, end: int) -> re.Match | None:
    """The first use of `base` starting before `end`. The pattern starts with the
    acronym itself, so `re` skips to its occurrences in C, and the search stops at
    `end`: 3,000 acronyms over a 2.7 MB text took 51 s scanning it whole for each."""
    literal = re.escape(base)
    pattern = re.compile(rf"{literal}(?<![A-Za-z0-9]{literal})(?:s|'s|’s)?(?![A-Za-z0-9])")
    return pattern.search(text, 0, min(len(text), end + len(base) + 3)) if end > 0 else None


@rule("acronym-redefined", severity=Severity.WARNING, summary="an acronym defined a second time")
def redefined(text: str, config) -> Iterator[Hit]:
    first: dict[str, Definition] = {}
    for definition in definitions(text):
        earlier = first.setdefault(definition.base, definition)
        if earlier is definition:
            continue
        same = definition.long.lower().replace("-", " ") == earlier.long.lower().replace("-", " ")
        how = "again" if same else f"again, as \"{definition.long}\" (first as \"{earlier.long}\")"
        found = text[definition.start:definition.end]
        yield Hit("acronym-redefined", definition.start, definition.end, found, definition.written,
                  f"\"{definition.base}\" is defined {how}; write \"{definition.written}\" alone",
                  key=definition.base.lower(), related=((earlier.start, f"first definition of {definition.base}"),))


@rule("acronym-before-definition", severity=Severity.WARNING, summary="an acronym used before it is defined")
def used_before_definition(text: str, config) -> Iterator[Hit]:
    first: dict[str, Definition] = {}
    for definition in definitions(text):
        first.setdefault(definition.base, definition)
    for base, definition in first.items():
        use = _first_use_before(text, base, definition.start)
        if use is None or use.start() >= definition.start:
            continue
        long = definition.long
        if re.search(r"(?:^|[.!?:][\"'”’)]*\s+)\Z", text[max(0, use.start() - 3):use.start()]) or use.start() == 0:
            long = long[:1].upper() + long[1:]
        suggestion = f"{long} ({use.group()})"
        yield Hit("acronym-before-definition", use.start(), use.end(), use.group(), suggestion,
                  f"\"{use.group()}\" is used before its definition; define it here: \"{suggestion}\"",
                  key=base.lower(), related=((definition.start, f"definition of {base}"),))
