"""Figure alignment inside aligned paragraphs, in passes from surest to loosest.

1. *agree*: figures whose intervals meet and whose units are compatible, within a
   bead, in text order — "9055亿元" and "905.5 billion yuan", "26.8万" and "268,000";
2. *agree nearby*: the same, one bead to either side (a figure that moved across a
   paragraph boundary the aligner drew elsewhere); in ``subset`` mode, anywhere in
   the original, since a derived story reorders what it takes;
3. *unit*: the same digits under clashing units (% against percentage points, two
   currencies);
4. *scale*: the original times a power of ten (亿 read as million);
5. *value*: what is left of one unit kind on both sides, paired in order (not in
   ``subset`` mode, where the original's leftovers are simply not taken up).

Whatever remains of the original is *missing*, of the translation *added*;
markers (years, dates, ordinals, plan and technology names) and weak number words
take part in the matching (weak words only after every figure and marker has
had its chance, and only at the same value) but are never reported on their own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from checks.parity.alignment import Bead
from checks.parity.mentions import FIGURE, WEAK, Mention
from checks.parity.values import agree, power_of_ten_off, unit_clash, unit_kind, units_compatible

AGREE, UNIT, SCALE, VALUE = "agree", "unit", "scale", "value"


@dataclass(frozen=True, slots=True)
class Pair:
    """A figure of the original and its counterpart in the translation."""

    original: Mention
    translation: Mention
    verdict: str  # AGREE, UNIT, SCALE or VALUE
    bead: int


@dataclass(slots=True)
class Matching:
    """Every pair, and the reportable figures left over on each side."""

    beads: tuple[Bead, ...]
    pairs: list[Pair] = field(default_factory=list)
    missing: list[tuple[Mention, int]] = field(default_factory=list)
    added: list[tuple[Mention, int]] = field(default_factory=list)


def match(
    beads: tuple[Bead, ...],
    original: tuple[Mention, ...],
    translation: tuple[Mention, ...],
    *,
    subset: bool = False,
) -> Matching:
    bead_of_original = {u: b for b, bead in enumerate(beads) for u in bead.original}
    bead_of_translation = {u: b for b, bead in enumerate(beads) for u in bead.translation}
    left_a = {b: [] for b in range(len(beads))}
    left_b = {b: [] for b in range(len(beads))}
    for x in original:
        left_a[bead_of_original[x.unit]].append(x)
    for y in translation:
        left_b[bead_of_translation[y.unit]].append(y)
    result = Matching(beads)

    def run(verdict: str, fits: Callable[[Mention, Mention], bool], reach: int | None) -> None:
        for b in range(len(beads)):
            for y in list(left_b[b]):
                near = range(len(beads)) if reach is None else range(max(0, b - reach), min(len(beads), b + reach + 1))
                for nb in sorted(near, key=lambda k: abs(k - b)):
                    x = next((x for x in left_a[nb] if fits(x, y)), None)
                    if x is not None:
                        left_a[nb].remove(x)
                        left_b[b].remove(y)
                        result.pairs.append(Pair(x, y, verdict, b))
                        break

    strong = lambda x, y: x.role != WEAK and y.role != WEAK  # noqa: E731
    run(AGREE, lambda x, y: strong(x, y) and x.figure.stated_value == y.figure.stated_value
        and units_compatible(x.figure, y.figure), 0)
    run(AGREE, lambda x, y: strong(x, y) and unit_kind(x.figure) == unit_kind(y.figure) and agree(x.figure, y.figure), 0)
    run(AGREE, lambda x, y: strong(x, y) and units_compatible(x.figure, y.figure) and agree(x.figure, y.figure), 0)
    run(AGREE, lambda x, y: strong(x, y) and units_compatible(x.figure, y.figure) and agree(x.figure, y.figure),
        None if subset else 1)
    run(AGREE, lambda x, y: x.figure.stated_value == y.figure.stated_value and units_compatible(x.figure, y.figure), 0)
    reportable = lambda x, y: x.role == FIGURE and y.role == FIGURE  # noqa: E731
    run(UNIT, lambda x, y: reportable(x, y) and x.figure.stated_value == y.figure.stated_value
        and unit_clash(x.figure, y.figure) is not None, 0)
    run(SCALE, lambda x, y: reportable(x, y) and units_compatible(x.figure, y.figure)
        and power_of_ten_off(x.figure, y.figure) is not None, 0)
    if not subset:  # a derived text leaves most figures out: a leftover is no counterpart
        run(VALUE, lambda x, y: reportable(x, y) and unit_kind(x.figure) == unit_kind(y.figure), 0)
        run(VALUE, lambda x, y: reportable(x, y) and units_compatible(x.figure, y.figure), 0)
    for b in range(len(beads)):
        result.missing.extend((x, b) for x in left_a[b] if x.role == FIGURE)
        result.added.extend((y, b) for y in left_b[b] if y.role == FIGURE)
    result.pairs.sort(key=lambda pair: pair.translation.index)
    return result
