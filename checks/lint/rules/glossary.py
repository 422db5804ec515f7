"""term-glossary: a term rendered otherwise than the glossary says.

Two kinds of glossary entry report something (matching is case-free, whole
words, any run of spaces for a space):
  - `prefer: X, variants: [Y, ...]`: every Y is reported, to be written X;
  - `terms: [X, Y, ...]`: the terms name one thing; when the document uses two
    or more of them, the one it uses most (first used on a tie) is its
    rendering and every other is reported.
`distinct` entries report nothing: they tell the automatic variant detection
(term-variant) that two words differ.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.findings import Severity
from checks.lint.registry import Hit, rule
from checks.lint.words import match_case, phrase_pattern, slug, times


@rule("term-glossary", severity=Severity.ERROR, summary="a term rendered otherwise than the glossary says")
def glossary_terms(text: str, config) -> Iterator[Hit]:
    for entry in config.glossary:
        if entry.kind == "distinct":
            continue
        found = {term: list(phrase_pattern(term).finditer(text)) for term in entry.terms}
        if entry.kind == "prefer":
            preferred, variants = entry.terms[0], entry.terms[1:]
        else:
            used = [term for term in entry.terms if found[term]]
            if len(used) < 2:
                continue
            preferred = max(used, key=lambda term: (len(found[term]), -found[term][0].start()))
            variants = tuple(term for term in used if term != preferred)
        inside = [match.span() for match in found[preferred]]
        for term in variants:
            for match in found[term]:
                if any(start <= match.start() and match.end() <= end for start, end in inside):
                    continue
                yield _hit(match, preferred, found[preferred], entry)


def _hit(match: re.Match, preferred: str, uses: list[re.Match], entry) -> Hit:
    suggestion = match_case(match.group(), preferred)
    if entry.kind == "prefer":
        elsewhere = f" (used {times(len(uses))} here)" if uses else ""
        message = f"the glossary prefers \"{preferred}\"{elsewhere}; write \"{suggestion}\""
    else:
        message = f"one term, two renderings: \"{preferred}\" elsewhere ({times(len(uses))}); write \"{suggestion}\""
    related = ((uses[0].start(), f"\"{preferred}\""),) if uses else ()
    return Hit("term-glossary", match.start(), match.end(), match.group(), suggestion, message,
               key=slug(match.group()), related=related, note=entry.note)
