"""Period typing of a relation: which periods its operands and result may have.

A period is read as a span of days: ``2025`` (the year), ``2025-H1``,
``2025-Q2``, ``2025-05``, ``2025-01..05`` (Jan–May), ``2025-06-30`` (a stock at a
date), or a span ``A..B`` of two of these. ``none`` (timeless, and every literal)
fits any period. A relation with a `periods:` reason skips these checks.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional, Sequence

from checks.rules._types import Problem
from checks.values import Value

Span = tuple[date, date]
Dated = tuple[str, Optional[str]]  # (operand id, period or None when it has none)

POLICIES = {
    "same": "needs one period for all its figures",
    "within": "needs each operand's period within the result's",
    "first": "needs its first operand and its result in one period",
}

_ONE = re.compile(r"(\d{4})(?:-(H[12]|Q[1-4]|\d{2})(?:-(\d{2}))?)?")


def span(period: str) -> Span | None:
    """The days a period covers, or None for `none` or text this cannot read."""
    text = period.strip()
    if text == "none":
        return None
    first, dots, last = text.partition("..")
    begin = _one(first)
    if begin is None:
        return None
    if not dots:
        return begin
    if re.fullmatch(r"\d{2}", last):
        end = _one(f"{first[:4]}-{last}")
    else:
        end = _one(last)
    if end is None or end[1] < begin[0]:
        return None
    return begin[0], end[1]


def _one(text: str) -> Span | None:
    m = _ONE.fullmatch(text)
    if m is None:
        return None
    year, part, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if part is None:
            return date(year, 1, 1), date(year, 12, 31)
        if part[0] in "HQ":
            months = 6 if part[0] == "H" else 3
            first = (int(part[1]) - 1) * months + 1
            return date(year, first, 1), _month_end(year, first + months - 1)
        month = int(part)
        if day is not None:
            return date(year, month, int(day)), date(year, month, int(day))
        return date(year, month, 1), _month_end(year, month)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> date:
    """The last day of the month (date arithmetic: the calendar module costs 2 ms a start)."""
    first = date(year, month, 1)  # ValueError when there is no such month
    if month == 12:
        return first.replace(day=31)
    return date(year, month + 1, 1) - timedelta(days=1)


class Periods(Value):
    """A kind's period rule: "same", "within" (the operands are parts of the
    result's period: quarters of a half-year) or "first" (the first operand and
    the result share a period; the others are base periods, as in growth)."""

    __slots__ = ("policy",)
    policy: str

    def __init__(self, policy: str = "same") -> None:
        if policy not in POLICIES:
            raise ValueError(f"Periods.policy must be one of {', '.join(POLICIES)}, got {policy!r}")
        self._set(policy=policy)

    def problems(self, kind: str, operands: Sequence[Dated], result: Dated | None) -> list[Problem]:
        dated = [(ref, period) for ref, period in operands if _dated(period)]
        whole = result if result is not None and _dated(result[1]) else None
        advice = f"{kind} {POLICIES[self.policy]} (or say why in 'periods:')"
        if self.policy == "within":
            if whole is None:
                return []  # parts of a timeless or literal whole: nothing to hold them to
            outside = [(ref, period) for ref, period in dated if not _within(period, whole[1])]
            if outside:
                listing = ", ".join(f"{ref} is {period}" for ref, period in outside)
                return [Problem(kind, f"periods outside the result's {whole[1]} ({whole[0]}): {listing}; {advice}")]
            return []
        if self.policy == "first":
            dated = dated[:1] if operands and _dated(operands[0][1]) else []
        dated = dated + ([whole] if whole is not None else [])
        if len({_key(period) for _, period in dated}) > 1:
            listing = ", ".join(f"{ref} is {period}" for ref, period in dict.fromkeys(dated))
            return [Problem(kind, f"periods differ: {listing}; {advice}")]
        return []


def _dated(period: str | None) -> bool:
    return period is not None and period.strip() != "none"


def _key(period: str) -> object:
    return span(period) or period.strip()


def _within(part: str, whole: str) -> bool:
    inner, outer = span(part), span(whole)
    if inner is None or outer is None:
        return part.strip() == whole.strip()
    return outer[0] <= inner[0] and inner[1] <= outer[1]
