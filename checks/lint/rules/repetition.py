"""repeated-words: a run of one to eight words written twice in a row.

"the the", "of the greenhouse gas emissions of the greenhouse gas emissions".
All the words must sit on one line with only spaces between them (a comma or
a full stop makes a figure of speech: "very, very"; "Thanks. Thanks again"; a
tab or three spaces align table columns). Case counts, except a capital first letter
("The the" is reported, "CTRL-R ctrl-r" is not). "that that" and "had had"
are grammatical and left alone. The longest repeated run is reported once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.findings import Severity
from checks.lint.registry import Hit, rule
from checks.lint.words import slug

_TOKEN = re.compile(r"\w+(?:[&'’.,%-]\w+)*%?")
_GAP = re.compile(r"[^\S\n\t]{1,2}")  # tabs and wider gaps align table columns
_GRAMMATICAL = frozenset({"that", "had"})
LONGEST = 8


@rule("repeated-words", severity=Severity.ERROR, summary="the same words written twice in a row")
def repeated_words(text: str, config) -> Iterator[Hit]:
    tokens = list(_TOKEN.finditer(text))
    keys = [_key(token.group()) for token in tokens]
    gaps = [text[a.end():b.start()] for a, b in zip(tokens, tokens[1:])]
    index = 0
    while index < len(tokens):
        size = _repeat_at(index, keys, gaps)
        if not size:
            index += 1
            continue
        first, last = tokens[index], tokens[index + 2 * size - 1]
        once = text[first.start():tokens[index + size - 1].end()]
        yield Hit("repeated-words", first.start(), last.end(), text[first.start():last.end()], once,
                  f"\"{once}\" is written twice in a row; write it once", key=slug(once))
        index += 2 * size


def _repeat_at(index: int, keys: list[str], gaps: list[str]) -> int:
    """The longest run starting at `index` that is repeated right after itself (0: none)."""
    for size in range(min(LONGEST, (len(keys) - index) // 2), 0, -1):
        if keys[index:index + size] != keys[index + size:index + 2 * size]:
            continue
        if size == 1 and keys[index] in _GRAMMATICAL:
            continue
        if all(_GAP.fullmatch(gap) for gap in gaps[index:index + 2 * size - 1]):
            return size
    return 0


def _key(token: str) -> str:
    """Tokens compare as written, except that a capital first letter of a longer
    word is ignored ("The the"); "N n" and "CTRL-R ctrl-r" stay different."""
    if len(token) > 1 and token[0].isupper() and token[1:].islower():
        return token.lower()
    return token
