"""Words around figures: content stems, their weight, and how alike two contexts are.

A *stem* is a lower-cased word without a plural "s", cut to its first six
letters ("industrial", "industries" and "industry" all give "indust"; "NEVs"
and "NEV" give "nev"), which is crude but enough to say
that two passages speak of the same thing. Stop words, verbs of change
("increased", "reached") and period words ("first", "half", "June") carry no
subject and are dropped. A stem's weight is its inverse document frequency over
the document's sentences, so rare words ("NEVs", "aluminum") count for more than
common ones ("enterprises").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

_WORD = re.compile(r"[A-Za-z][A-Za-z'’&-]*[A-Za-z]|[A-Za-z]")

STOP = frozenset("""
a an the of in on at to for from by with as and or but nor than that this these those which who whom
whose what when where while whereas its it their them they our we us you your he she his her be is are
was were been being has have had having do does did will would shall should can could may might must
not no so such also all any both each more most other some only very into onto over under about above
below up down out off per via among between through during before after since until against within
same total overall there here now currently respectively respective including include includes
higher lower faster slower less fewer greater
""".split())

CHANGE = frozenset("""
increase increased increases increasing increment rose rise rises rising grew grow grows growing growth
reach reached reaches reaching total totaled totalled totaling totalling hit hits decline declined
declines declining drop dropped drops dropping fall fell falls falling decrease decreased decreases
up down gain gained accounted accounting account accounts representing represented represents
contributed contributing contribute came come achieved achieve exceeded exceeding exceed saw see
registered stood stand amounted amounting amount recorded record made make became become maintained
""".split())

PERIOD = frozenset("""
first second third fourth half year years yearon month months quarter quarters week weeks day days
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec end beginning start mid late early past last
this next previous prior period same annual annually year-on-year
""".split())

GENERIC = frozenset("""
growth rate average national overall level number value scale amount figure data share proportion
percent percentage point points
""".split())
"""Words a reference phrase ("overall industrial growth") may use for any subject."""


def words(text: str) -> list[str]:
    """The words of `text`, as written (letters, inner apostrophes and hyphens)."""
    return _WORD.findall(text)


def stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:6]


def content(text: str, *, drop: Iterable[frozenset] = ()) -> list[str]:
    """Content stems of `text`, in order, without repeats; a hyphenated word gives
    its own stem and those of its parts ("pilot-scale": "pilot-", "pilot", "scale")."""
    dropped = (STOP, CHANGE, PERIOD, *drop)
    found: dict[str, None] = {}
    for word in words(text):
        for part in (word, *word.split("-")) if "-" in word else (word,):
            lower = part.lower()
            if len(lower) < 2 or any(lower in group for group in dropped):
                continue
            found.setdefault(stem(part), None)
    return list(found)


class Weights:
    """Inverse document frequency of stems over a list of passages."""

    def __init__(self, passages: Iterable[str]):
        counts: Counter[str] = Counter()
        total = 0
        for passage in passages:
            total += 1
            counts.update(set(content(passage)))
        self._counts = counts
        self._total = max(total, 1)

    def __call__(self, stem_: str) -> float:
        return math.log((1 + self._total) / (1 + self._counts.get(stem_, 0))) + 1

    def similarity(self, first: Iterable[str], second: Iterable[str]) -> float:
        """Weighted Jaccard similarity of two stem sets, 0..1."""
        a, b = set(first), set(second)
        union = sum(self(s) for s in a | b)
        return sum(self(s) for s in a & b) / union if union else 0.0

    def coverage(self, wanted: Iterable[str], found: Iterable[str]) -> float:
        """How much of `wanted` (by weight) appears in `found`, 0..1."""
        wanted = set(wanted)
        total = sum(self(s) for s in wanted)
        return sum(self(s) for s in wanted & set(found)) / total if total else 0.0
