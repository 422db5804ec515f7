"""rate-change-unit: a rate, share or ratio said to have "increased 20%".

A rate is itself a percentage, so "the utilization rate rose 2%" has two
readings: up two percentage points (from 75% to 77%) or up by a fiftieth of
itself (from 75% to 76.5%). Translations often write "%" where the source
says 个百分点. The subject must be a rate, share, ratio, proportion or
percentage (optionally followed by "of ..." and the like, as in "the
numerical control rate of key processes increased 20%"), its verb one of
change, and its figure a percent not followed by "points". Prices of shares
("share price"), exchange rates and counts ("the number of ...") are not
rates, and a figure written in points is what the rule asks for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.findings import Severity
from checks.lint.registry import Hit, rule
from checks.lint.words import slug

_VERB = r"increased|rose|grew|climbed|jumped|went\s+up|fell|dropped|decreased|declined|went\s+down"
_PATTERN = re.compile(
    r"(?<![\w-])(?<!exchange\s)(?<!interest\s)(?<!tax\s)(?<!birth\s)(?<!death\s)(?<!heart\s)"
    r"(?P<noun>rate|share|ratio|proportion|percentage)s?"
    r"(?P<qualifier>[^\S\n]+(?:of|in|for|among|across)[^\S\n][^.,;:!?\n()]{1,100}?)?"
    r"[^\S\n]+(?:(?:has|have|had)[^\S\n]+)?(?:(?:also|further|significantly)[^\S\n]+)?"
    rf"(?P<change>(?P<verb>{_VERB})[^\S\n]+(?:by[^\S\n]+)?"
    r"(?P<figure>\d+(?:\.\d+)?)(?P<unit>[^\S\n]?%|[^\S\n]+per[^\S\n]?cent\b|[^\S\n]+percent\b))"
    r"(?![^\S\n]*(?:percentage[^\S\n]+)?points?\b)",
    re.IGNORECASE,
)
_NOT_A_RATE = re.compile(r"\b(?:that|which|who|whose|when|while|where|number|price|prices|amount|volume)\b",
                         re.IGNORECASE)


@rule("rate-change-unit", severity=Severity.WARNING,
      summary='a rate or share said to have changed by a percent ("rate increased 20%"): points or percent?')
def rate_change_units(text: str, config) -> Iterator[Hit]:
    for match in _PATTERN.finditer(text):
        if match.group("qualifier") and _NOT_A_RATE.search(match.group("qualifier")):
            continue
        verb, figure, noun = match.group("verb"), match.group("figure"), match.group("noun").lower()
        message = (f"a {noun} {verb} {figure}%: if it moved {figure} percentage points, write \"{verb} {figure} "
                   f"percentage points\"; if it changed by {figure}% of its own level, say \"by {figure}% of its level\"")
        yield Hit("rate-change-unit", match.start("change"), match.end("change"), match.group("change"), None,
                  message, key=slug(f"{noun} {match.group('change')}"))
