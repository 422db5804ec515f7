"""figure-glued: a figure written against the word next to it ("6.4%year", "by6.4%").

Only shapes that are never right are reported: a percent sign, a decimal or a
grouped figure touching a word, or a whole number touching a scale or unit
word ("5million"). Names that mix letters and digits (5G, AG600, AS700D, 14th,
16,000-TEU) and glued unit symbols (3.5mm, 1.5kWh) are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.findings import Severity
from checks.lint.registry import Hit, rule

_NUMBER = r"\d+(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
_UNIT_WORDS = (
    "million|billion|trillion|thousand|hundred|percent|yuan|dollars?|euros?|years?|months?|"
    "days?|hours?|units|tons|tonnes|times|points|people|persons|enterprises|companies"
)
_SYMBOLS = frozenset(
    "kwh mwh gwh twh kbps mbps gbps tbps khz mhz ghz mph kph kmh rpm mah ppm ppb bps sqm sec min mins hrs yrs".split()
)

# figure first, then letters
_AFTER = [
    re.compile(rf"(?<![\w.,])(?P<figure>(?:{_NUMBER})%)(?P<word>[A-Za-z]+)"),
    re.compile(r"(?<![\w.,])(?P<figure>\d+\.\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?)(?P<word>[a-z]{3,})(?![\w])"),
    re.compile(rf"(?<![\w.,])(?P<figure>\d+)(?P<word>(?:{_UNIT_WORDS}))(?![\w])", re.IGNORECASE),
]
# letters first, then the figure
_BEFORE = re.compile(
    rf"(?<![\w-])(?P<word>[a-z]{{2,}})(?P<figure>(?:{_NUMBER})%|\d+\.\d+|\d{{1,3}}(?:,\d{{3}})+)(?![\d])"
)


@rule("figure-glued", severity=Severity.ERROR, summary="a figure glued to the next or previous word")
def glued_figures(text: str, config) -> Iterator[Hit]:
    seen: set[int] = set()
    for pattern in _AFTER:
        for match in pattern.finditer(text):
            figure, word = match.group("figure"), match.group("word")
            if word.lower() in _SYMBOLS or match.start() in seen:
                continue
            seen.add(match.start())
            yield _hit(match, f"{figure} {word}", f"figure glued to the next word; write \"{figure} {word}\"")
    for match in _BEFORE.finditer(text):
        figure, word = match.group("figure"), match.group("word")
        yield _hit(match, f"{word} {figure}", f"figure glued to the previous word; write \"{word} {figure}\"")


def _hit(match: re.Match, suggestion: str, message: str) -> Hit:
    return Hit("figure-glued", match.start(), match.end(), match.group(), suggestion, message)
