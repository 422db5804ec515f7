"""acronym-spelled-out: the long form written out again after its acronym was defined.

"small- and medium-sized enterprises (SMEs)" defines SMEs; a later "small and
medium-sized enterprises" should be "SMEs". The long form is matched with
hyphens and spaces alike ("small- and" = "small and") and case-free only in
its first letter: a capitalised run where the definition is lower case is
another name ("the United Nations' Micro, Small and Medium-sized Enterprises
Day"). A long form followed by its acronym is a second definition
(acronym-redefined reports it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.findings import Severity
from checks.lint.registry import Hit, rule
from checks.lint.rules.acronyms import Definition, definitions

_WORD = re.compile(r"(?<![\w-])[A-Za-z0-9]+")


@rule("acronym-spelled-out", severity=Severity.WARNING,
      summary="the long form written again after its acronym was defined")
def spelled_out(text: str, config) -> Iterator[Hit]:
    first: dict[str, Definition] = {}
    spans = []
    for definition in definitions(text):
        first.setdefault(definition.base, definition)
        spans.append((definition.start, definition.end))
    by_first_word: dict[str, list[tuple[Definition, re.Pattern]]] = {}
    for definition in first.values():
        words = re.findall(r"[A-Za-z0-9]+", definition.long)
        pattern = re.compile(r"[\s-]+".join(map(re.escape, words)) + r"(?![\w-])", re.IGNORECASE)
        by_first_word.setdefault(words[0].lower(), []).append((definition, pattern))
    for word in _WORD.finditer(text):  # one pass: only long forms starting with this word are tried here
        for definition, pattern in by_first_word.get(word.group().lower(), ()):
            match = pattern.match(text, word.start())
            if match is None or match.start() < definition.end or _skipped(text, match, definition, spans):
                continue
            line = text.count("\n", 0, definition.start) + 1
            yield Hit("acronym-spelled-out", match.start(), match.end(), match.group(), definition.written,
                      f"\"{definition.written}\" was defined for this at line {line}; write \"{definition.written}\"",
                      key=definition.base.lower(), related=((definition.start, f"definition of {definition.base}"),))


def _skipped(text: str, match: re.Match, definition: Definition, spans: list[tuple[int, int]]) -> bool:
    """A second definition, a part of one, or a capitalised name holding the words."""
    followed = re.compile(rf"[^\S\n]*\([^\S\n]*{re.escape(definition.base)}").match(text, match.end())
    return (followed is not None or any(start <= match.start() < end for start, end in spans)
            or _capitalised(match.group()[1:], definition.long[1:]))


def _capitalised(found: str, defined: str) -> bool:
    """Whether `found` capitalises a word that the definition writes in lower case."""
    return any(a.isupper() and b.islower() for a, b in zip(re.sub(r"[\s-]+", " ", found), re.sub(r"[\s-]+", " ", defined)))
