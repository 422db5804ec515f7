"""Figure parity of a translation against its original, without a ledger.

    original, translation = read_pair("briefing.zh.txt", "briefing.en.txt")
    result = compare(original, translation)
    result.findings  # kind "parity": missing, added, value, scale, unit, qualifier

Modules, in the order the data flows: `texts` and `bilingual` (reading the two
sides into units), `mentions` (the figures of a text and their roles), `values`
(comparing two readings), `alignment` (paragraphs), `matching` (figures inside
aligned paragraphs), `verdicts` (findings), `ledger` (a bilingual ledger from the
alignment) and `page` (the side-by-side HTML).
"""

from __future__ import annotations

from dataclasses import dataclass

from checks.findings import Finding
from checks.parity.alignment import align, identity
from checks.parity.bilingual import BilingualError, is_bilingual, read_bilingual
from checks.parity.matching import Matching, match
from checks.parity.mentions import Mention, read_mentions
from checks.parity.texts import Text, read_text
from checks.parity.verdicts import findings

__all__ = ["BilingualError", "Parity", "compare", "read_pair"]


@dataclass(frozen=True, slots=True)
class Parity:
    """Both texts, their figures, the alignment and what it found."""

    original: Text
    translation: Text
    original_mentions: tuple[Mention, ...]
    translation_mentions: tuple[Mention, ...]
    matching: Matching
    findings: list[Finding]


def read_pair(original: str, translation: str | None) -> tuple[Text, Text, bool]:
    """The two texts and whether their units are already aligned (one bilingual file)."""
    if translation is None or (is_bilingual(original) and original == translation):
        if not is_bilingual(original):
            raise BilingualError(f"{original}:1:1: a plain text needs its TRANSLATION as the second argument "
                                 "(or give one TMX, XLIFF or PO file)")
        source, target = read_bilingual(original)
        return source, target, True
    return read_text(original), read_text(translation), False


def compare(original: Text, translation: Text, *, aligned: bool = False, subset: bool = False) -> Parity:
    """Align the two texts, then their figures, and report every difference."""
    ours, theirs = read_mentions(original), read_mentions(translation)
    if aligned:
        beads = identity(len(original.units))
    else:
        beads = align(
            [len(unit.text) for unit in original.units], [len(unit.text) for unit in translation.units],
            _by_unit(ours, len(original.units)), _by_unit(theirs, len(translation.units)), subset=subset,
        )
    matching = match(beads, ours, theirs, subset=subset)
    return Parity(original, translation, ours, theirs, matching, findings(matching, original, translation, subset=subset))


def _by_unit(mentions: tuple[Mention, ...], count: int) -> list[list[Mention]]:
    grouped: list[list[Mention]] = [[] for _ in range(count)]
    for mention in mentions:
        grouped[mention.unit].append(mention)
    return grouped
