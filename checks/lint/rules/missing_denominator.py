"""missing-denominator: an intensity compared without the "per ..." it was given with.

"Power consumption is 13,300 kilowatt-hours per tonne of aluminum, 700
kilowatt-hours lower than the global average": the comparison drops "per
tonne", and 700 kWh lower in total means nothing. Reported only where the
same paragraph has already given a figure in the same unit with its
denominator ("kilowatt-hours per tonne"), so that the denominator is plain;
the comparison is a figure, that unit, then "lower/higher/less/more than",
"above" or "below", without "per" in between. The fix adds the denominator.
Rates per unit of time ("per year") are left alone: "2 million tonnes more
than last year" compares the yearly figures themselves; so are comparisons with
an earlier time ("1,200 yuan per capita ..., 60 yuan more than last year"),
which a reader takes in the same unit as the figure before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.findings import Severity
from checks.lint.registry import Hit, rule
from checks.lint.words import paragraphs

_FIGURE = r"\d[\d,]*(?:\.\d+)?"
_UNIT = r"(?P<unit>[A-Za-z][A-Za-z-]*(?:[^\S\n]+[a-z][a-z-]*)?)"
_GIVEN = re.compile(rf"(?<![\w.,]){_FIGURE}[^\S\n]+{_UNIT}[^\S\n]+"
                    r"(?P<per>per[^\S\n]+(?:(?:square|cubic)[^\S\n]+)?(?:unit[^\S\n]+of[^\S\n]+\w+|[a-z-]+))\b")
_TIME = re.compile(r"per\s+(?:year|annum|month|day|hour|week|second|minute|quarter)\Z")
# "1,200 yuan more than last year": the same intensity a year apart, read with its denominator
_EARLIER = re.compile(r"[^\S\n]*(?:that[^\S\n]+of[^\S\n]+)?(?:last|the[^\S\n]+previous|a[^\S\n]+year|the[^\S\n]+same"
                      r"|the[^\S\n]+end[^\S\n]+of|in[^\S\n]+\d{4}|\d{4}|before|earlier)\b", re.IGNORECASE)
_COMPARED = re.compile(
    rf"(?<![\w.,]){_FIGURE}[^\S\n]+{_UNIT}(?P<than>[^\S\n]+(?:(?:lower|higher|less|more|fewer)[^\S\n]+than|above|below)\b)"
)


@rule("missing-denominator", severity=Severity.WARNING,
      summary='an intensity compared without its "per ..." ("700 kilowatt-hours lower" after "per tonne")')
def missing_denominators(text: str, config) -> Iterator[Hit]:
    for paragraph in paragraphs(text):
        given: dict[str, str] = {}
        events = sorted([(match.start(), "given", match) for match in _GIVEN.finditer(text, paragraph.start, paragraph.end)]
                        + [(match.start(), "compared", match)
                           for match in _COMPARED.finditer(text, paragraph.start, paragraph.end)],
                        key=lambda event: event[0])
        for _, kind, match in events:
            unit = match.group("unit").lower()
            if kind == "given":
                if not _TIME.match(match.group("per")):  # "2 million tonnes more than last year" needs no "per year"
                    given.setdefault(unit, match.group("per"))
            elif unit in given and not _EARLIER.match(text, match.end()):
                per = given[unit]
                written = text[match.start():match.end("unit")]
                yield Hit("missing-denominator", match.start(), match.end("unit"), written, f"{written} {per}",
                          f"compared without its denominator; the paragraph gives {match.group('unit')} "
                          f"{per}: write \"{written} {per}\"")
