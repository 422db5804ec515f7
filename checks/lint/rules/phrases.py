"""phrase-typo: a stock phrase misspelled ("yearon year", "yea on year").

Every run of words is compared with the configured stock phrases (hyphens count
as spaces, case is ignored). A run is reported when it is not any stock phrase
but is one
  - by its spacing only: "yearon year", "yearonyear", "ye ar on year"; or
  - by a letter or two inside words, word for word: one edit for phrases of up
    to 12 letters, two beyond; per word none for words of one or two letters
    ("year in year" is not "year on year"), one up to seven letters, two beyond.
A run that differs by whole words is another wording, left to the glossary
("above the designated size"); so is a plural ending ("values added",
"percentage point"/"points"), a run that both merges words and misspells one
(too loose: "percentage point as" is not "percentage points"), and anything
split by punctuation or a line. To keep the scan fast, a run must start with
the first or second letter of the phrase ("ear on year" is found, "tear on
year" is not).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from checks.findings import Severity
from checks.lint.registry import Hit, rule
from checks.lint.words import Word, match_case, words

_JOINER = re.compile(r"[^\S\n]+|[^\S\n]*-[^\S\n]*")


@rule("phrase-typo", severity=Severity.ERROR, summary="a stock phrase misspelled")
def phrase_typos(text: str, config) -> Iterator[Hit]:
    phrases = {}
    for phrase in config.stock_phrases:
        phrases.setdefault(tuple(phrase.lower().replace("-", " ").split()), phrase)
    tokens = words(text)
    lowers = [token.lower for token in tokens]
    joined = [_JOINER.fullmatch(text, a.end, b.start) is not None for a, b in zip(tokens, tokens[1:])]
    by_length: dict[int, list] = defaultdict(list)  # letters +-2 -> (phrase, its first two letters, written)
    for phrase, written in phrases.items():
        letters = "".join(phrase)
        for length in range(len(letters) - 2, len(letters) + 3):
            by_length[length].append((phrase, letters[:2], written))
    longest = max((len(phrase) for phrase in phrases), default=0) + 1
    widest = max(by_length, default=0)
    candidates = []
    for start in range(len(tokens)):
        squeezed = ""
        for end in range(start + 1, min(start + longest, len(tokens)) + 1):
            if end > start + 1 and not joined[end - 2]:
                break
            squeezed += lowers[end - 1]
            if len(squeezed) > widest:
                break
            window = tuple(lowers[start:end])
            if window in phrases:
                continue
            for phrase, opening, written in by_length.get(len(squeezed), ()):
                if squeezed[0] in opening:
                    cost = _typo_cost(window, phrase)
                    if cost is not None:
                        candidates.append((cost, start, end, written))
    taken: set[int] = set()
    for cost, start, end, written in sorted(candidates):
        if taken & set(range(start, end)):
            continue
        taken.update(range(start, end))
        yield _hit(text, tokens[start:end], written)


def _typo_cost(window: tuple[str, ...], phrase: tuple[str, ...]) -> float | None:
    """Cost of reading `window` as a typo of `phrase` (lower is likelier), None if it is not one."""
    squeezed, target = "".join(window), "".join(phrase)
    budget = 0 if len(target) <= 4 else 1 if len(target) <= 12 else 2
    if abs(len(squeezed) - len(target)) > budget:
        return None
    if squeezed == target:
        return 0.5  # spacing only
    if len(window) != len(phrase):
        return None  # words split or merged and a letter wrong: too loose ("percentage point as")
    if any(w != p and _inflected(w, p) for w, p in zip(window, phrase)):
        return None  # a plural ending: "values added", "percentage point"
    total = 0
    for w, p in zip(window, phrase):
        allowed = 0 if len(p) <= 2 else 1 if len(p) <= 7 else 2
        edits = _distance(w, p, allowed)
        if edits > allowed:
            return None
        total += edits
    return float(total) if 0 < total <= budget else None


def _inflected(a: str, b: str) -> bool:
    return any(a + ending == b or b + ending == a for ending in ("s", "es", "'s", "’s"))


def _distance(a: str, b: str, limit: int | None = None) -> int:
    """Edit distance counting a swap of neighbours as one edit (optimal string
    alignment); with `limit`, any distance above it is returned as limit + 1."""
    while a and b and a[0] == b[0]:
        a, b = a[1:], b[1:]
    while a and b and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    if limit is not None and abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2, previous = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if limit is not None and min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1] if limit is None else min(previous[-1], limit + 1)


def _hit(text: str, run: list[Word], written: str) -> Hit:
    start, end = run[0].start, run[-1].end
    found = text[start:end]
    suggestion = written
    if "-" in found and "-" not in written:
        suggestion = "-".join(written.split())
    suggestion = match_case(found, suggestion)
    return Hit("phrase-typo", start, end, found, suggestion,
               f"misspelled stock phrase \"{written}\"; write \"{suggestion}\"")
