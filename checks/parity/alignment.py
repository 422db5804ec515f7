"""Paragraph alignment: which units of the translation render which of the original.

A small dynamic programme in the spirit of Gale and Church (1993): a path through
the grid of (original units, translation units) made of *beads* — 1–1, a unit
left out (1–0, 0–1), two or three merged into one (2–1, 1–2, 3–1, 1–3) — of the
least total cost. A bead costs

* how far its length ratio strays from the whole texts' ratio (characters, so
  Chinese against English works without word segmentation), and
* how badly its figures fail to correspond: every figure of one side without an
  agreeing figure on the other costs, every agreeing pair earns,

plus a fixed price for leaving a unit out or merging. Figures are the strongest
signal a translation keeps, so a paragraph full of numbers lands on its
counterpart even when the neighbouring prose was merged or split. The search
keeps to a band around the diagonal, so its work grows with the text's length
times the band, not with the square of the length.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from checks.parity.mentions import WEAK, Mention
from checks.parity.values import agree, units_compatible

_MOVES = {(1, 1): 0.0, (1, 0): 2.5, (0, 1): 2.5, (2, 1): 1.2, (1, 2): 1.2, (3, 1): 2.4, (1, 3): 2.4}
_LENGTH_WEIGHT = 2.0
_UNMATCHED = 1.0
_MATCHED = 1.5


@dataclass(frozen=True, slots=True)
class Bead:
    """Units of the original and of the translation that render each other."""

    original: tuple[int, ...]
    translation: tuple[int, ...]


def identity(count: int) -> tuple[Bead, ...]:
    """Units already aligned one to one (a bilingual file)."""
    return tuple(Bead((i,), (i,)) for i in range(count))


def align(
    original_lengths: list[int],
    translation_lengths: list[int],
    original_mentions: list[list[Mention]],
    translation_mentions: list[list[Mention]],
    *,
    subset: bool = False,
) -> tuple[Bead, ...]:
    """The least-cost sequence of beads covering every unit of both texts, in order.

    With ``subset`` the translation is a shorter text derived from the original: leaving
    out a unit of the original is cheap, and no length ratio is expected.
    """
    n, m = len(original_lengths), len(translation_lengths)
    ratio = (sum(translation_lengths) + 1) / (sum(original_lengths) + 1)
    band = max(20, abs(n - m) + 10, (n + m) // 10)
    moves = dict(_MOVES)
    if subset:
        moves[(1, 0)] = 0.3
    cost: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(n + 1):
        centre = i * m / n if n else 0
        for j in range(max(0, int(centre) - band), min(m, int(centre) + band) + 1):
            if (i, j) == (0, 0):
                continue
            best = None
            for (di, dj), price in moves.items():
                start = (i - di, j - dj)
                if start not in cost:
                    continue
                total = cost[start] + price + _bead_cost(
                    original_lengths[i - di : i], translation_lengths[j - dj : j],
                    original_mentions[i - di : i], translation_mentions[j - dj : j],
                    ratio, subset,
                )
                if best is None or total < best[0]:
                    best = (total, start)
            if best is not None:
                cost[(i, j)], back[(i, j)] = best
    return _path(back, n, m)


def _bead_cost(a_lengths, b_lengths, a_mentions, b_mentions, ratio: float, subset: bool) -> float:
    figures_a = [x for unit in a_mentions for x in unit if x.role != WEAK]
    figures_b = [x for unit in b_mentions for x in unit if x.role != WEAK]
    matched = _matches(figures_a, figures_b)
    unmatched = len(figures_b) - matched if subset else len(figures_a) + len(figures_b) - 2 * matched
    cost = _UNMATCHED * unmatched - _MATCHED * matched
    if a_lengths and b_lengths and not subset:
        expected = ratio * sum(a_lengths)
        cost += _LENGTH_WEIGHT * abs(math.log((sum(b_lengths) + 20) / (expected + 20)))
    return cost


def _matches(a: list[Mention], b: list[Mention]) -> int:
    used: set[int] = set()
    count = 0
    for x in a:
        for k, y in enumerate(b):
            if k not in used and units_compatible(x.figure, y.figure) and agree(x.figure, y.figure):
                used.add(k)
                count += 1
                break
    return count


def _path(back: dict[tuple[int, int], tuple[int, int]], n: int, m: int) -> tuple[Bead, ...]:
    if (n, m) not in back and (n, m) != (0, 0):
        raise ValueError(f"no alignment within the band for {n} and {m} units")
    beads = []
    point = (n, m)
    while point != (0, 0):
        start = back[point]
        beads.append(Bead(tuple(range(start[0], point[0])), tuple(range(start[1], point[1]))))
        point = start
    return tuple(reversed(beads))
