"""Mutants of a real translation for `bench.bench_parity`: one change each, with where it must be reported.

Every mutant edits one paragraph of a real translation at one figure that the unedited
pair aligns cleanly (both sides a figure, agreeing), so the right report is known:

* ``scale``     the numeral times ten (82 万 -> 820 万, 4.55 -> 45.5)      -> scale
* ``digits``    the last significant digit moved by two steps           -> value
* ``unit``      % <-> percentage points, one currency for another         -> unit
* ``qualifier`` a bound put before a plain figure (超过, "more than")       -> qualifier
* ``dropped``   the sentence holding the figure deleted                   -> missing, on the original's line

and legitimate rewordings, which must never add a failing finding:
"9.3%" -> "9.3 percent", "4.55 million" -> "4,550,000", "905.5 billion yuan" ->
"RMB 905.5 billion", "26.8 万" -> "268,000", "14％" -> "14%".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

_SENTENCE = re.compile(r".+?(?:[。！？]|[.!?](?=\s|$)|$)\s*")


@dataclass(frozen=True)
class Mutant:
    operator: str
    text: str  # the mutated paragraph
    rule: str  # the finding expected
    side: str  # "translation" or "original": whose line the finding must name first


def _numeral_times_ten(numeral: str) -> str:
    plain = numeral.replace(",", "")
    if "." in plain:
        whole, fraction = plain.split(".")
        shifted = whole + fraction[:1] + ("." + fraction[1:] if fraction[1:] else "")
        return shifted.lstrip("0") or "0"
    value = int(plain) * 10
    return f"{value:,}" if "," in numeral else str(value)


def _digits_moved(numeral: str) -> str:
    """Two or three steps of the last written digit, keeping its precision (58 -> 56,
    not 60, which would round to anything from 55 to 65)."""
    plain = numeral.replace(",", "")
    places = len(plain.split(".")[1]) if "." in plain else 0
    value = Decimal(plain)
    step = Decimal(1).scaleb(-places) if places else Decimal(10) ** (len(plain) - len(plain.rstrip("0")))
    zeros = len(plain) - len(plain.rstrip("0")) if not places else 0
    for delta in (2, -2, 3, -3, 4):
        moved = value + delta * step
        digits = f"{moved:.{places}f}" if places else str(int(moved))
        if moved > 0 and digits[-1 - zeros] != "0":
            break
    return f"{int(moved):,}" if "," in numeral and not places else digits


def mutants(paragraph: str, figure, chinese: bool) -> list[Mutant]:
    """The mutants of one figure of a translation's paragraph (``figure`` read from it)."""
    numeral = paragraph[figure.number_start : figure.number_end]
    if not re.fullmatch(r"[0-9][0-9,]*(?:\.[0-9]+)?", numeral):
        return []
    splice = lambda new: paragraph[: figure.number_start] + new + paragraph[figure.number_end :]  # noqa: E731
    found = [Mutant("scale", splice(_numeral_times_ten(numeral)), "scale", "translation"),
             Mutant("digits", splice(_digits_moved(numeral)), "value", "translation")]
    unit = _unit_swapped(paragraph, figure, chinese)
    if unit is not None:
        found.append(Mutant("unit", unit, "unit", "translation"))
    if figure.qualifier is None:
        bound = "超过" if chinese else "more than "
        found.append(Mutant("qualifier", paragraph[: figure.start] + bound + paragraph[figure.start :],
                            "qualifier", "translation"))
    dropped = _sentence_dropped(paragraph, figure.number_start)
    if dropped is not None:
        found.append(Mutant("dropped", dropped, "missing", "original"))
    return found


def _unit_swapped(text: str, figure, chinese: bool) -> str | None:
    offset, end = figure.start, figure.end
    swaps = {
        "percent": [("％", " 个百分点"), ("%", " 个百分点" if chinese else " percentage points"),
                    (" percent", " percentage points"), (" per cent", " percentage points")],
        "USD": [("美元", "欧元"), ("US$", "€"), ("$", "€")], "GBP": [("英镑", "美元"), ("£", "$")],
        "yuan": [("元", "美元"), ("yuan", "US dollars")], "EUR": [("欧元", "美元"), ("€", "$")],
    }
    for old, new in swaps.get(figure.unit, []):
        at = text.find(old, offset, end + 2)
        if at != -1:
            return text[:at] + new + text[at + len(old):]
    return None


def _sentence_dropped(paragraph: str, at: int) -> str | None:
    """The paragraph without the sentence holding offset ``at`` (None if it is the whole paragraph)."""
    for match in _SENTENCE.finditer(paragraph):
        if match.start() <= at < match.end():
            if match.group(0).strip() == paragraph.strip():
                return None
            return paragraph[: match.start()] + paragraph[match.end() :]
    return None


REWORDINGS_EN = [
    (re.compile(r"(\d)%"), r"\1 percent"),
    (re.compile(r"(\d) per ?cent(?! points?)"), r"\1%"),
    (re.compile(r"\$(\d[\d.,]*) billion"), r"\1 billion US dollars"),
    (re.compile(r"(\d[\d.]*) billion yuan"), r"RMB \1 billion"),
    (re.compile(r"(\d[\d.]*) million"), lambda m: f"{int(Decimal(m.group(1)) * 10**6):,}"),
    (re.compile(r"(\d{1,3}),(\d{3})(?!,?\d)"), lambda m: f"{Decimal(m.group(1) + m.group(2)) / 1000:f} thousand"),
]
REWORDINGS_ZH = [
    (re.compile(r"(\d[\d.]*) ?万(?![亿])"), lambda m: f"{int(Decimal(m.group(1)) * 10**4):,}"),
    (re.compile(r"(\d)％"), r"\1%"),
]


def rewordings(text: str, chinese: bool) -> list[tuple[str, str]]:
    """(description, reworded text), one occurrence at a time."""
    found = []
    for pattern, replacement in (REWORDINGS_ZH if chinese else REWORDINGS_EN):
        for match in pattern.finditer(text):
            new = match.expand(replacement) if isinstance(replacement, str) else replacement(match)
            found.append((f"{match.group(0)!r} -> {new!r}", text[: match.start()] + new + text[match.end():]))
    return found
