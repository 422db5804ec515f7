"""figure-format: figures written in two styles in one document.

Three choices must be made once per document: how thousands are grouped
("520,000", "520 000", "520.000.000", or not at all for five digits and more),
which mark separates decimals ("6.4" or "6,4"), and how a percent is written
("6.4%", "6.4 %", "6.4 percent", "6.4 per cent"). The style most used in the
document is its style (first used on a tie); every figure in another style is
reported with the figure rewritten in the document's style. A document that
is consistent produces nothing, whatever its style. Four-digit numbers without
a separator are not judged (years, and a common style for 1000-9999).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from checks.findings import Severity
from checks.lint.registry import Hit, rule
from checks.lint.words import times

_SP = "[ \u00a0\u202f\u2009]"  # a space, breaking, non-breaking, narrow or thin
_GROUPS = {
    "comma": re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w-]|[.,]\d)"),
    "space": re.compile(rf"(?<![\w.,])\d{{1,3}}(?:{_SP}\d{{3}})+(?:\.\d+)?(?![\w-]|[.,]\d|{_SP}\d)"),
    "dot": re.compile(r"(?<![\w.,])\d{1,3}(?:(?:\.\d{3}){2,}|(?:\.\d{3})+,\d+)(?![\w-]|[.,]\d)"),
    "none": re.compile(r"(?<![\w.,/:-])[1-9]\d{4,}(?:\.\d+)?(?![\w/:-]|[.,]\d)"),
}
_GROUP_NAMES = {
    "comma": "thousands separated by commas",
    "space": "thousands separated by spaces",
    "dot": "thousands separated by full stops",
    "none": "thousands not separated",
}
_DECIMALS = {
    "point": re.compile(r"(?<![\w.,])\d+\.\d{1,2}(?![\d.]|,\d)"),
    "comma": re.compile(
        r"(?<![\w.,])\d+,\d{1,2}(?=[ \u00a0]?(?:%|percent|per cent|percentage|million|billion|trillion)\b|%)"
    ),
}
_PERCENT = re.compile(rf"(?<![\w.,])(?P<figure>\d+(?:[.,]\d+)?)(?P<space>{_SP}?)(?P<sign>%|percent\b|per cent\b)")


@rule("figure-format", severity=Severity.ERROR,
      summary="thousands separators, decimal marks or percent notation differ from the document's style")
def mixed_formats(text: str, config) -> Iterator[Hit]:
    grouped = [(m, style) for style, pattern in _GROUPS.items() for m in pattern.finditer(text)]
    yield from _minority(text, grouped, _regroup, _GROUP_NAMES.get)
    decimals = [(m, style) for style, pattern in _DECIMALS.items() for m in pattern.finditer(text)]
    yield from _minority(text, decimals, _remark, lambda style: f"decimal {style}s")
    percents = [(m, _percent_style(m)) for m in _PERCENT.finditer(text)]
    yield from _minority(text, percents, _repercent, lambda style: f'percent written "{style}"')


def _minority(text, found, rewrite, describe) -> Iterator[Hit]:
    found.sort(key=lambda item: item[0].start())
    counts = Counter(style for _, style in found)
    if len(counts) < 2:
        return
    first = {}
    for match, style in found:
        first.setdefault(style, match)
    dominant = max(counts, key=lambda style: (counts[style], -first[style].start()))
    example = first[dominant]
    for match, style in found:
        if style == dominant:
            continue
        suggestion = rewrite(match, dominant)
        yield Hit(
            "figure-format", match.start(), match.end(), match.group(), suggestion,
            f"{describe(style)}, but {describe(dominant)} elsewhere ({times(counts[dominant])}, "
            f"e.g. \"{example.group()}\"); write \"{suggestion}\"",
            related=((example.start(), f"the document's style: {example.group()}"),),
        )


def _regroup(match: re.Match, style: str) -> str:
    whole, _, decimals = _split_decimal(match.group())
    digits = re.sub(r"\D", "", whole)
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    separator = {"comma": ",", "space": " ", "dot": ".", "none": ""}[style]
    decimal_mark = "," if style == "dot" else "."
    return separator.join(groups) + (decimal_mark + decimals if decimals else "")


def _split_decimal(token: str) -> tuple[str, str, str]:
    """('520,000', '', '') / ('1.234', ',', '5'): the whole part, the mark, the decimals."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+", token):
        whole, decimals = token.rsplit(",", 1)
        return whole, ",", decimals
    if "." in token and not re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", token):
        whole, decimals = token.rsplit(".", 1)
        return whole, ".", decimals
    return token, "", ""


def _remark(match: re.Match, style: str) -> str:
    return match.group().replace(",", ".") if style == "point" else match.group().replace(".", ",")


def _percent_style(match: re.Match) -> str:
    sign = match.group("sign")
    if sign != "%":
        return f"N {sign}"
    return "N %" if match.group("space") else "N%"


def _repercent(match: re.Match, style: str) -> str:
    return style.replace("N", match.group("figure"))
