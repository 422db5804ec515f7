"""figure-glued: a figure written against the word next to it ("6.4%year", "by6.4%").

Only shapes that are never right are reported: a percent sign, a decimal or a
grouped figure touching any word of two letters or more ("236,000in",
"5.8million", "1.1March"), or a whole number touching a scale or unit word ("5million") or
a function word ("2025in", "in2025"). Names that mix letters and digits (5G,
AG600, AS700D, 14th, 16,000-TEU) and glued unit symbols (3.5mm, 1.5kWh, 20in)
are left alone.
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
    """kwh mwh gwh twh kbps mbps gbps tbps khz mhz ghz mph kph kmh rpm mah ppm ppb bps sqm sec min mins hrs yrs
    mm cm km nm um kg mg ml kb mb gb tb kw mw gw hz ms ns am pm th st nd rd sq ft lb lbs oz yd mi pt px em
    bn tn mn""".split()
)
# words that never follow or precede a figure without a space (a unit symbol is none of them)
_FUNCTION = "in|on|at|of|to|for|by|and|or|the|from|with|than|over|under|per|year|last|this"

# figure first, then letters
_AFTER = [
    re.compile(rf"(?<![\w.,])(?P<figure>(?:{_NUMBER})%)(?P<word>[A-Za-z]+)"),
    re.compile(r"(?<![\w.,])(?P<figure>\d+\.\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?)(?P<word>[a-z]{2,}|[A-Z][a-z]{2,})(?![\w])"),
    re.compile(rf"(?<![\w.,])(?P<figure>\d+)(?P<word>(?:{_UNIT_WORDS}|{_FUNCTION}))(?![\w])", re.IGNORECASE),
]
# letters first, then the figure
_BEFORE = re.compile(
    rf"(?<![\w-])(?P<word>[a-z]{{2,}})(?P<figure>(?:{_NUMBER})%|\d+\.\d+|\d{{1,3}}(?:,\d{{3}})+)(?![\d])"
    rf"|(?<![\w-])(?P<short>(?:{_FUNCTION}))(?P<whole>\d+)(?![\w.,])"
)


@rule("figure-glued", severity=Severity.ERROR, summary="a figure glued to the next or previous word")
def glued_figures(text: str, config) -> Iterator[Hit]:
    seen: set[int] = set()
    for pattern in _AFTER:
        for match in pattern.finditer(text):
            figure, word = match.group("figure"), match.group("word")
            if word.lower() in _SYMBOLS or match.start() in seen or _inches(figure, word):
                continue
            seen.add(match.start())
            yield _hit(match, f"{figure} {word}", f"figure glued to the next word; write \"{figure} {word}\"")
    for match in _BEFORE.finditer(text):
        figure, word = match.group("figure") or match.group("whole"), match.group("word") or match.group("short")
        yield _hit(match, f"{word} {figure}", f"figure glued to the previous word; write \"{word} {figure}\"")


def _inches(figure: str, word: str) -> bool:
    """A number before "in" is a size ("20in", "6.1in") unless grouped ("236,000in") or a year ("2025in")."""
    return word.lower() == "in" and "," not in figure and not re.fullmatch(r"(?:19|20)\d\d", figure)


def _hit(match: re.Match, suggestion: str, message: str) -> Hit:
    return Hit("figure-glued", match.start(), match.end(), match.group(), suggestion, message)
