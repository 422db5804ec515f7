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
from checks.lint.rules.acronyms import definitions


@rule("acronym-spelled-out", severity=Severity.WARNING,
      summary="the long form written again after its acronym was defined")
def spelled_out(text: str, config) -> Iterator[Hit]:
    first = {}
    spans = []
    for definition in definitions(text):
        first.setdefault(definition.base, definition)
        spans.append((definition.start, definition.end))
    for base, definition in first.items():
        words = re.findall(r"[A-Za-z0-9]+", definition.long)
        pattern = re.compile(r"(?<![\w-])" + r"[\s-]+".join(map(re.escape, words)) + r"(?![\w-])", re.IGNORECASE)
        after = re.compile(rf"[^\S\n]*\([^\S\n]*{re.escape(base)}")
        for match in pattern.finditer(text, definition.end):
            if (after.match(text, match.end()) or any(start <= match.start() < end for start, end in spans)
                    or _capitalised(match.group()[1:], definition.long[1:])):
                continue
            yield Hit("acronym-spelled-out", match.start(), match.end(), match.group(), definition.written,
                      f"\"{definition.written}\" was defined for this at line {text.count(chr(10), 0, definition.start) + 1}; "
                      f"write \"{definition.written}\"", key=base.lower(),
                      related=((definition.start, f"definition of {base}"),))


def _capitalised(found: str, defined: str) -> bool:
    """Whether `found` capitalises a word that the definition writes in lower case."""
    return any(a.isupper() and b.islower() for a, b in zip(re.sub(r"[\s-]+", " ", found), re.sub(r"[\s-]+", " ", defined)))
