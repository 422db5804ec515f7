"""term-variant, within a paragraph: near-synonymous renderings of one source term.

"strengthened communication with foreign-funded enterprises ... 40
foreign-funded enterprises ... foreign-invested enterprises" renders 外资 two
ways in one paragraph, and reads as two kinds of firm. The sets come from the
configuration (`synonyms:`, built in: checks/lint/defaults.py). In a paragraph
that uses two or more renderings of a set, the one it uses most (first used
on a tie) is kept and each other occurrence is reported. Matching is
case-free and whole words, as for the glossary.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.lint.registry import Hit
from checks.lint.words import match_case, paragraphs, phrase_pattern, slug


def paragraph_synonyms(text: str, config) -> Iterator[Hit]:
    for entry in config.synonyms:
        patterns = [(term, phrase_pattern(term)) for term in entry.terms]
        if not any(pattern.search(text) for _, pattern in patterns):
            continue
        for paragraph in paragraphs(text):
            found = {term: list(pattern.finditer(text, paragraph.start, paragraph.end)) for term, pattern in patterns}
            used = [term for term in entry.terms if found[term]]
            if len(used) < 2:
                continue
            kept = max(used, key=lambda term: (len(found[term]), -found[term][0].start()))
            for term in used:
                if term == kept:
                    continue
                for match in found[term]:
                    suggestion = match_case(match.group(), kept)
                    yield Hit("term-variant", match.start(), match.end(), match.group(), suggestion,
                              f"this paragraph also writes \"{kept}\" for the same term; write \"{suggestion}\"",
                              key=slug(match.group()), related=((found[kept][0].start(), f"\"{kept}\""),),
                              note=entry.note)
