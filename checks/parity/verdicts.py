"""Findings of kind ``parity`` from a matching, each located in both files.

The first location is where a reviser acts: the translation's figure (or, for a
``missing`` figure, the original's, with the translation's aligned paragraph
second). Rules: ``missing``, ``added``, ``value``, ``scale``, ``unit`` are errors;
``qualifier`` (a bound in one text, a plain figure or the opposite bound in the
other) is a warning, since translators legitimately re-hedge.
"""

from __future__ import annotations

from checks.findings import Finding, Kind, Location, Severity
from checks.parity.matching import AGREE, SCALE, UNIT, Matching, Pair
from checks.parity.mentions import FIGURE, Mention
from checks.parity.texts import Text
from checks.parity.values import nearest_statement, power_of_ten_off, qualifier_clash, unit_clash


def findings(matching: Matching, original: Text, translation: Text, *, subset: bool = False) -> list[Finding]:
    """Every parity finding, in the translation's order (missing ones where they fall)."""
    found: list[tuple[tuple[int, int], Finding]] = []
    for pair in matching.pairs:
        finding = _pair_finding(pair, original, translation)
        if finding is not None:
            found.append(((pair.bead, pair.translation.index), finding))
    if not subset:
        for mention, bead in matching.missing:
            where = _place(original, mention, "original")
            aligned = _paragraph(translation, matching.beads[bead].translation, "translation: aligned paragraph")
            found.append(((bead, -1), Finding(
                Kind.PARITY, "missing", _id(mention),
                f"the original states {_quote(mention)}; the translation states no counterpart",
                (where, *aligned),
            )))
    for mention, bead in matching.added:
        where = _place(translation, mention, "translation")
        aligned = _paragraph(original, matching.beads[bead].original, "original: aligned paragraph")
        said = "is not stated by the original" if subset else "has no counterpart in the original"
        found.append(((bead, mention.index), Finding(
            Kind.PARITY, "added", _id(mention), f"the translation states {_quote(mention)}, which {said}",
            (where, *aligned),
        )))
    found.sort(key=lambda item: item[0])
    return [finding for _, finding in found]


def _pair_finding(pair: Pair, original: Text, translation: Text) -> Finding | None:
    a, b = pair.original.figure, pair.translation.figure
    places = (_place(translation, pair.translation, "translation"), _place(original, pair.original, "original"))
    evidence = (f"original    {_quote(pair.original)}  {a.interval()}", f"translation {_quote(pair.translation)}  {b.interval()}")
    if pair.verdict == AGREE:
        clash = qualifier_clash(a, b)
        if clash is None or pair.original.role != FIGURE or pair.translation.role != FIGURE:
            return None
        return Finding(Kind.PARITY, "qualifier", _id(pair.original), f"{_quote(pair.original)} vs {_quote(pair.translation)}: {clash}",
                       places, Severity.WARNING, evidence)
    if pair.verdict == UNIT:
        message = f"{_quote(pair.original)} vs {_quote(pair.translation)}: {unit_clash(a, b)}"
    elif pair.verdict == SCALE:
        k = power_of_ten_off(a, b)
        message = (f"{_quote(pair.translation)} is the original's {_quote(pair.original)} times 10^{k}: "
                   f"off by a power of ten; nearest consistent statement {nearest_statement(a, b)!r}")
    else:
        message = (f"{_quote(pair.translation)} ({b.interval()}) does not meet the original's {_quote(pair.original)} "
                   f"({a.interval()}); nearest consistent statement {nearest_statement(a, b)!r}")
    return Finding(Kind.PARITY, pair.verdict, _id(pair.original), message, places, Severity.ERROR, evidence)


def _place(text: Text, mention: Mention, note: str) -> Location:
    unit = text.units[mention.unit]
    return unit.location(text.path, mention.figure.start, note)


def _paragraph(text: Text, units: tuple[int, ...], note: str) -> tuple[Location, ...]:
    if not units:
        return ()
    return (text.units[units[0]].location(text.path, 0, note),)


def _quote(mention: Mention) -> str:
    return repr(mention.figure.text)


def _id(mention: Mention) -> str:
    return "".join(mention.figure.text.split()) or mention.figure.numeral
