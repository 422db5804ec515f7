"""Light rewordings of a document near its claimed figures, with provenance.

A reviser's edits, one at a time, each inside or next to one anchor's excerpt:
a synonym, a hedge word, an adverb or article added or removed, "%" <-> "percent",
"year on year" <-> "year-on-year", a clause moved, a sentence split. Every edit is
one `Edit` (replace `start:end` of the original text by `new`), so the place of
every original character in the edited text is known (`Edit.moved`) and the right
figure of every mention is known after the edit. `combined` also changes the
edited mention's figure (its last digit), to see the change reported.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass

SYNONYMS = {
    "increased": "rose", "rose": "increased", "grew": "expanded", "reached": "hit", "hit": "reached",
    "up": "rising", "rising": "up", "accounted": "amounted", "accounting": "amounting", "totaled": "reached",
    "strong": "robust", "showing": "demonstrating", "total": "overall", "overall": "total",
    "increase": "rise", "growth": "expansion", "enterprises": "companies", "companies": "firms",
    "production": "output", "sales": "turnover", "exceeded": "surpassed", "higher": "greater",
    "revenue": "income", "first": "opening", "major": "main", "key": "core", "national": "nationwide",
    "number": "count", "percentage": "per-cent", "above": "over", "compared": "relative",
}
HEDGES = ("largely", "broadly", "generally", "relatively", "basically")
ADVERBS = ("steadily", "significantly", "notably", "further", "markedly")
ARTICLES = ("the", "a", "an")
KINDS = ("synonym", "hedge", "adverb+", "adverb-", "article+", "article-", "percent", "yoy", "clause", "split")

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_AFTER_NUMBER = re.compile(r"\d%?\s*$")
_QUALIFIERS = ("nearly", "roughly", "approximately", "only", "early")
_NUMBER_AFTER = re.compile(r"(?:[A-Za-z]+\s+){0,2}[-+]?\d")  # a qualifier may stand there


@dataclass(frozen=True)
class Edit:
    kind: str
    start: int
    end: int
    new: str
    target: int  # index of the mention the edit was made for

    def apply(self, text: str) -> str:
        return text[: self.start] + self.new + text[self.end :]

    def moved(self, text: str, offset: int) -> int | None:
        """Where the numeral at original `offset` of `text` is after the edit; inside
        the rewritten span, found by its own words (None when they are not unique)."""
        if offset < self.start:
            return offset
        if offset >= self.end:
            return offset + len(self.new) - (self.end - self.start)
        for reach in (24, 16, 10):
            piece = text[offset : min(offset + reach, self.end)]
            if self.new.count(piece) == 1:
                return self.start + self.new.index(piece)
        return None


def edits(text: str, spans: list[tuple[int, int, int]], per_mention: int, seed: int = 0) -> Iterator[Edit]:
    """Up to `per_mention` edits, kinds taken in turn, for every mention's span
    (start, end, figure_start of its original match), each one changing the text."""
    rng = random.Random(seed)
    seen = set()
    for target, (start, end, figure) in enumerate(spans):
        kinds = list(KINDS)
        rng.shuffle(kinds)
        made = 0
        for kind in kinds * 3:  # a kind may apply at several places of one excerpt
            edit = _make(kind, text, start, end, figure, target, rng)
            if edit is None or text[edit.start : edit.end] == edit.new or (edit.start, edit.end, edit.new) in seen:
                continue
            seen.add((edit.start, edit.end, edit.new))
            yield edit
            made += 1
            if made == per_mention:
                break


def _make(kind: str, text: str, start: int, end: int, figure: int, target: int, rng: random.Random) -> Edit | None:
    words = [word for word in _WORD.finditer(text, start, end)]
    make = {
        "synonym": _synonym, "hedge": _hedge, "adverb+": _adverb_added, "adverb-": _adverb_removed,
        "article+": _article_added, "article-": _article_removed, "percent": _percent, "yoy": _yoy,
        "clause": _clause, "split": _split,
    }[kind]
    found = make(text, words, start, end, figure, rng)
    return Edit(kind, *found, target) if found else None


def _synonym(text, words, start, end, figure, rng):
    choices = [word for word in words if word.group().lower() in SYNONYMS]
    if not choices:
        return None
    word = rng.choice(choices)
    new = SYNONYMS[word.group().lower()]
    return word.start(), word.end(), new.capitalize() if word.group()[0].isupper() else new


def _insertable(text, words):
    """Words before which an adverb can go: lower case, neither inside a figure (after
    its number: "6.9 million") nor before a number or its qualifier ("more than 8,000")."""
    return [word for word in words if word.group().islower() and word.group() not in ARTICLES
            and not _NUMBER_AFTER.match(text, word.start())
            and not _AFTER_NUMBER.search(text[max(0, word.start() - 4) : word.start()])]


def _inserting(words_to_insert):
    """An edit maker that puts one of `words_to_insert` before an insertable word."""

    def make(text, words, start, end, figure, rng):
        choices = _insertable(text, words)
        if not choices:
            return None
        word = rng.choice(choices)
        return word.start(), word.start(), rng.choice(words_to_insert) + " "

    return make


_hedge = _inserting(HEDGES)
_adverb_added = _inserting(ADVERBS)


def _adverb_removed(text, words, start, end, figure, rng):
    choices = [word for word in words if word.group().endswith("ly") and len(word.group()) > 4
               and word.group().lower() not in _QUALIFIERS
               and text[word.end() : word.end() + 1] == " "]
    if not choices:
        return None
    word = rng.choice(choices)
    return word.start(), word.end() + 1, ""


def _article_added(text, words, start, end, figure, rng):
    choices = [word for word in _insertable(text, words) if not text[: word.start()].rstrip().endswith(ARTICLES)]
    if not choices:
        return None
    word = rng.choice(choices)
    return word.start(), word.start(), "the "


def _article_removed(text, words, start, end, figure, rng):
    choices = [word for word in words if word.group().lower() in ARTICLES and text[word.end() : word.end() + 1] == " "]
    if not choices:
        return None
    word = rng.choice(choices)
    if word.group()[0].isupper():
        return word.start(), word.end() + 2, text[word.end() + 1].upper()
    return word.start(), word.end() + 1, ""


def _percent(text, words, start, end, figure, rng):
    choices = [m for m in re.finditer(r"(?<=\d)%|(?<=\d) percent\b", text[start:end])]
    if not choices:
        return None
    found = rng.choice(choices)
    return start + found.start(), start + found.end(), " percent" if found.group() == "%" else "%"


def _near(text, start, end, reach, pattern, rng):
    """A random match of `pattern` within `reach` characters of the span, or None."""
    low, high = max(0, start - reach), min(len(text), end + reach)
    choices = list(re.finditer(pattern, text[low:high]))
    return (low, rng.choice(choices)) if choices else None


def _yoy(text, words, start, end, figure, rng):
    found = _near(text, start, end, 20, r"year on year|year-on-year", rng)
    if not found:
        return None
    low, match = found
    return low + match.start(), low + match.end(), "year-on-year" if match.group() == "year on year" else "year on year"


def _sentence(text, at):
    """The sentence holding offset `at` (within its line)."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    starts = [line_start] + [line_start + m.end() for m in re.finditer(r"(?<=[a-z)%]\.) (?=[A-Z])", text[line_start:line_end])]
    begin = max(s for s in starts if s <= at)
    stop = text.find(". ", at, line_end)
    return begin, (stop + 1 if stop >= 0 else line_end)


def _clause(text, words, start, end, figure, rng):
    """Move a leading phrase ("In the first half of the year, X.") to the end of its
    sentence, or the last clause (", up 5% year on year.") to the front."""
    begin, stop = _sentence(text, figure)
    sentence = text[begin:stop]
    if not sentence.endswith("."):
        return None
    body = sentence[:-1]
    lead = re.match(r"((?:In|From|By|As of|During|Among)[^,]{3,60}), (\w)", body)
    if lead:
        rest = body[lead.end(1) + 2 :]
        phrase = lead.group(1)
        moved = rest[0].upper() + rest[1:] + " " + phrase[0].lower() + phrase[1:] + "."
        return begin, stop, moved
    parts = body.rsplit(", ", 1)
    if len(parts) == 2 and 8 < len(parts[1]) < 80 and not parts[1].startswith(("and ", "while ", "which ")):
        head, tail = parts
        return begin, stop, tail[0].upper() + tail[1:] + ", " + head[0].lower() + head[1:] + "."
    return None


def _split(text, words, start, end, figure, rng):
    """", and X" / ", while X" / ", with X" -> ". X" (a new sentence)."""
    found = _near(text, start, end, 40, r", (?:and|while|with|which) (\w)", rng)
    if not found:
        return None
    low, match = found
    return low + match.start(), low + match.end(), ". " + match.group(1).upper()


def change_figure(text: str, figure: int) -> tuple[int, int, str] | None:
    """The numeral at `figure` with its last digit changed (a revised figure)."""
    found = re.match(r"\d+(?:,\d{3})*(?:\.\d+)?", text[figure:])
    if not found:
        return None
    numeral = found.group()
    last = numeral[-1]
    changed = numeral[: len(numeral) - 1] + str((int(last) + 5) % 10)
    if changed.lstrip("0") in ("", ".") or changed.startswith("0") and not changed.startswith("0."):
        changed = numeral[: len(numeral) - 1] + str((int(last) + 3) % 10)
    return figure, figure + len(numeral), changed
