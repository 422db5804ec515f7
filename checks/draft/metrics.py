"""Metric placeholders and claim ids, taken from the words around a figure.

The placeholder is the figure's clause with the figure written as "…": "the
value added of industries above designated size increased by … year on year".
When the clause holds no subject of its own ("up … year on year", "accounting
for …", "which was a … increase"), it modifies the figure before it, and the
subject of the nearest earlier clause of the sentence that has one is put in
front: "telecommunications service revenues in China totaled: up … year on
year". A person rewrites it into a metric; it is there so that nobody has to
open the document to see what the figure is about.

The claim id is two words of the subject and the figure's kind
(`industries.growth`, `nevs_sales.share`); the kind is read from the unit and
the words: growth (percent after "increased", "up", "year on year"), share
(percent after "accounting for", "of"), rate (other percents), gap (percentage
points), amount (money), count, or the unit itself (units, tons, days, ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.draft.passages import Passages, Span
from checks.draft.words import CHANGE, GENERIC, PERIOD, STOP, content, words
from checks.numbers import NUMERAL, Figure, find_numbers

_GROWTH = re.compile(r"\b(?:increas\w*|up|rose|rise|rising|grew|grow\w*|gain\w*|declin\w*|decreas\w*|drop\w*|"
                     r"fell|fall\w*|down|year[- ]on[- ]year|yearon|yoy|compared)\b", re.I)
_PRICE_MOVE = re.compile(r"\b(?:advanc\w*|jump\w*|climb\w*|edged|moved|inched)\b", re.I)  # "a 2.6-percent advance"
_BRACKETED = re.compile(r"\(\s*[+\-−]?$")
_AVERAGE = re.compile(r"\baverage\s+(?:monthly|annual|quarterly|weekly|daily)\b|\ban\s+average\s+of\b"
                      r"|\bon\s+average\b", re.I)
_SHARE = re.compile(r"\b(?:account\w*|share|proportion|penetration|represent\w*|making up|made up)\b", re.I)
_MONEY = ("yuan", "USD", "EUR", "GBP")
_WEAK = frozenset("added designated size above key major main new cumulative china chinese national nationwide "
                  "domestic global enterprises industries industry sector sectors compared far types".split())
_MEASURE_NOUNS = frozenset("jobs cents dollars euros persons people workers units items times".split())
"""Nouns that say what a figure counts, not whose it is ("added 72,000 jobs"): the subject names it first."""
_VERBS = frozenset("launching working focusing leveraging driving promoting including supporting receiving "
                   "totaling reaching demonstrating providing covering playing showing making taking".split())
_BEFORE_WORDS, _AFTER_WORDS = 12, 8


@dataclass(frozen=True)
class Metric:
    """What a figure measures, as the drafter reads it from its clause."""

    text: str  # the placeholder
    kind: str  # growth, share, rate, gap, amount, count, times, or a unit
    subject: tuple[str, ...]  # content stems of the subject's nouns (no -ed, -ing, -ly words), for matching
    context: tuple[str, ...]  # content stems of the whole clause (subject included)
    near: tuple[str, ...]  # content stems between the figure and its neighbours in the clause
    name: str  # a slug for the claim id, e.g. "industries.growth"


def describe(text: str, passages: Passages, figure: Figure) -> Metric:
    sentence = passages.sentence(figure.start)
    clauses = passages.clauses(sentence)
    index = next((i for i, c in enumerate(clauses) if c.start <= figure.start < c.end), None)
    clause = clauses[index] if index is not None else sentence
    before = text[clause.start : figure.start]
    after = text[figure.end : clause.end]
    near_before, near_after = _between_neighbours(text, clause, figure)
    own = content(before)
    subject_text = ""
    if not own and index is not None:
        subject_text = _subject(text, clauses[:index])
    kind = _kind(figure, before, after)
    before_words = before.split()[-_BEFORE_WORDS:]
    after_words = after.split()[:_AFTER_WORDS]
    placeholder = " ".join([*before_words, "…", *after_words]).strip()
    if subject_text:
        placeholder = f"{subject_text}: {placeholder}"
    subject_stems = tuple(content(" ".join(w for w in words(subject_text or before)
                                           if not w.lower().endswith(("ed", "ing", "ly")))))
    context = tuple(dict.fromkeys(content(subject_text) + own + content(after)))
    near = tuple(dict.fromkeys((content(near_before) or own or content(subject_text)) + content(near_after)))
    first, second = (after, before) if figure.unit not in ("percent", "pp") else (before, after)
    if _BRACKETED.search(text, max(clause.start, figure.start - 3), figure.start):
        named = re.split(r",|\b(?:in|of|for|and|at|on|by|with)\b", before[: before.rfind("(")])[-1]
        first, second = named, after  # "in home health care services (+15,000) and hospitals (+11,000)"
    earlier = _subject(text, clauses[:index]) if index else ""
    measure = f"average_{kind}" if _AVERAGE.search(near_before or before) else kind
    name = next((found for loose in (False, True) for words_ in (first, second, subject_text, earlier)
                 if (found := _name(words_, measure, loose))), f"figure.{measure}")
    return Metric(placeholder, kind, subject_stems, context, near, name)


def in_table(metric: Metric, row: str, heading: str, period: str) -> Metric:
    """A table cell's metric: its row's label and its column's heading; its id names the row and the period."""
    label = re.sub(r"\([^)]*\)", " ", row)
    telling = [_name(part, "", True).rstrip(".") for part in label.split(":", 1)]
    subject = "_".join(dict.fromkeys(word.split("_")[0] for word in telling if word)) or "row"
    name = f"{subject}.{re.sub(r'[^0-9A-Za-z]+', '_', period).strip('_')}"
    return Metric(f"{row}, {heading}: …", metric.kind, metric.subject, metric.context, metric.near, name)


def _between_neighbours(text: str, clause: Span, figure: Figure) -> tuple[str, str]:
    """The clause's words between the figure and the figures next to it in the clause:
    in "production reached 6.968 million units and sales hit 6.937 million units"
    the second figure's own words are "and sales hit"."""
    start, end = clause.start, clause.end
    for other in find_numbers(text[clause.start : clause.end]):
        if text[clause.start + other.number_end : clause.start + other.number_end + 1].isalpha():
            continue  # "5G": a name, not a neighbouring figure
        if clause.start + other.end <= figure.start:
            start = clause.start + other.end
        elif clause.start + other.start >= figure.end:
            end = clause.start + other.start
            break
    return text[start : figure.start], text[figure.end : end]


def _subject(text: str, earlier: list[Span]) -> str:
    """The words of the nearest earlier clause that names something, up to its figure."""
    for clause in reversed(earlier):
        piece = text[clause.start : clause.end]
        number = NUMERAL.search(piece)
        head = piece[: number.start()] if number else piece
        while number and piece[number.end() : number.end() + 1].isalpha():  # "5G" names, it does not count
            number = NUMERAL.search(piece, number.end())
            head = piece[: number.start()] if number else piece
        if content(head):
            return " ".join(head.split()[-_BEFORE_WORDS:])
    return ""


def _kind(figure: Figure, before: str, after: str) -> str:
    if figure.unit not in ("pp", "percent") and _GROWTH.search(before):
        return "increase"
    if figure.unit == "pp":
        return "gap"
    if figure.unit == "percent":
        if _SHARE.search(before) or re.match(r"\s*of\b", after):
            return "share"
        moved = _GROWTH.search(f"{before} {after}") or _PRICE_MOVE.search(f"{before} {after}")
        return "growth" if moved else "rate"
    if figure.unit in _MONEY:
        return "amount"
    return figure.unit


def _name(words_: str, kind: str, loose: bool = False) -> str:
    """Two telling words of `words_` and the kind, or "" when it has none.
    `loose` lets weak words ("industries", "enterprises") in."""
    chosen = []
    for word in words(words_):
        lower = word.lower()
        if len(lower) < 2 or any(lower in group for group in (STOP, CHANGE, PERIOD, GENERIC)):
            continue
        if (lower in _WEAK or lower in _MEASURE_NOUNS) and not loose:
            continue
        if lower.endswith(("ed", "ly")) or lower in _VERBS or NUMERAL.fullmatch(lower):
            continue
        slug = re.sub(r"[^a-z0-9]+", "_", lower.replace("'s", "").replace("’s", "")).strip("_")
        if slug and slug not in chosen:
            chosen.append(slug)
        if len(chosen) == 2:
            break
    return f"{'_'.join(chosen)}.{kind}" if chosen else ""
