"""Hedges are data: the words that make a stated figure a bound or an estimate.

One table, read by :mod:`checks.numbers` for ledger values, anchors, literals and
documents alike. A phrase stands *before* the number ("more than 8,000",
"超过3万亿元") or *after* the figure, unit included ("8,000 or more", "80%以上",
"50 or so"). Each phrase means one of five canonical qualifiers, whose intervals
:meth:`checks.numbers.Figure.interval` defines:

========== =============================================== ==========================
qualifier  reads as                                        e.g.
========== =============================================== ==========================
over       a lower bound, [v, +∞)                          more than, topped, 超过, 逾
at_least   a lower bound, [v, +∞)                          at least, no less than
at_most    an upper bound, (−∞, v + h]                     up to, as many as, 不到
nearly     just below: at most v, within the slack below   nearly, just shy of, 近
about      around: v ± the slack                           about, some, or so, 约, 左右
========== =============================================== ==========================

A phrase is read only right next to the number (spaces between, or one line break
of a hard-wrapped paragraph; nothing else), so
"under the plan, 50 firms" and "over the past 12 months" hold no qualifier; "some"
is read before a number only. A ledger adds phrases under ``defaults: qualifiers:``
(:meth:`Qualifiers.with_phrases`); a phrase is plain text, never a pattern.
"""

from __future__ import annotations

from typing import Mapping, Sequence

from checks.values import Value

__all__ = ["BUILT_IN", "PLACES", "QUALIFIERS", "Qualifiers"]

QUALIFIERS = ("over", "at_least", "nearly", "about", "at_most")
"""The canonical qualifiers, in the order the table lists them."""

PLACES = ("before", "after")

_BEFORE = {
    "over": (
        "more than", "over", "above", "exceeding", "exceeded", "exceeds", "exceed",
        "topping", "topped", "tops", "north of", "upwards of", "upward of", "in excess of",
        "well over", "well above", "just over", "just above", "greater than",
        "surpassing", "surpassed",
        "超过", "逾", "多于", "高于", "超",
    ),
    "at_least": (
        "at least", "no less than", "not less than", "no fewer than", "not fewer than",
        "a minimum of",
        "至少有", "至少", "不少于", "不低于", "年满",
    ),
    "nearly": (
        "nearly", "almost", "close to", "approaching", "just shy of", "not quite",
        "近", "将近", "接近",
    ),
    "about": (
        "about", "around", "approximately", "roughly", "some", "more or less",
        "an estimated",
        "约", "大约",
    ),
    "at_most": (
        "up to", "as many as", "as much as", "under", "below", "less than", "fewer than",
        "at most", "no more than", "not more than", "just under", "just below", "within",
        "a maximum of",
        "不到", "不足", "不超过", "最多", "多达", "高达", "低于",
    ),
}
_AFTER = {
    "over": ("以上",),
    "at_least": ("or more", "or above", "and above", "or higher"),
    "about": ("or so", "more or less", "左右"),
    "at_most": ("or less", "or fewer", "or below", "and below", "or lower", "以下", "以内"),
}

NUMERAL_SUFFIXES = {"余": "over", "多": "over"}
"""Characters right after a numeral, before its scale and unit: 8000多家, 1万余家 (over)."""

NOT_AFTER = {"超": "不", "近": "最附", "约": "大节制预签条公契合"}
"""A one-character phrase is not read after these characters: 最近 (recently), 附近
(nearby), 节约 (save), 签约 (sign), 公约 (convention) are words of their own."""


class Qualifiers(Value):
    """A qualifier table: (phrase, qualifier) pairs before and after the number."""

    __slots__ = ("before", "after", "_hash")
    before: tuple[tuple[str, str], ...]
    after: tuple[tuple[str, str], ...]

    def __init__(self, before: tuple[tuple[str, str], ...], after: tuple[tuple[str, str], ...]) -> None:
        self._set(before=before, after=after, _hash=hash((before, after)))  # read once per figure

    def __hash__(self) -> int:
        return self._hash

    def with_phrases(self, place: str, added: Mapping[str, Sequence[str]]) -> Qualifiers:
        """This table with ``added`` (qualifier -> phrases) read at ``place``.

        Raises ValueError naming the unknown qualifier or place, or the empty phrase.
        """
        if place not in PLACES:
            raise ValueError(f"place must be one of {', '.join(PLACES)}, got {place!r}")
        rows = []
        for qualifier, phrases in added.items():
            if qualifier not in QUALIFIERS:
                raise ValueError(f"unknown qualifier {qualifier!r}; one of: {', '.join(QUALIFIERS)}")
            for phrase in phrases:
                words = " ".join(phrase.split())
                if not words:
                    raise ValueError("a qualifier phrase is empty; write its words")
                rows.append((words, qualifier))
        table = {"before": self.before, "after": self.after}
        table[place] = tuple(dict.fromkeys(table[place] + tuple(rows)))
        return Qualifiers(**table)


def _rows(table: Mapping[str, Sequence[str]]) -> tuple[tuple[str, str], ...]:
    return tuple((phrase, qualifier) for qualifier, phrases in table.items() for phrase in phrases)


BUILT_IN = Qualifiers(before=_rows(_BEFORE), after=_rows(_AFTER))
"""The table every reading uses unless a ledger adds to it."""
