"""Mutation table of `python -m checks parity` over the real pairs of corpus/parity/.

    python -m bench.bench_parity            # every pair, both directions
    python -m bench.bench_parity --held-out # only the WMT 2020 articles (not tuned on)

For every figure the unedited pair aligns cleanly, each mutant of
`bench.parity_mutants` is checked once: it counts as *reported* when a finding of
the expected rule names the mutated paragraph's line first (the translation's for
a changed figure, the original's for a dropped sentence), and *on the line* when
any failing finding or a qualifier warning does. Each pair runs both ways: the
Chinese as translation of the English and the English as translation of the
Chinese, so English and Chinese figures are both mutated. Rewordings that keep
the figure must add no failing finding of a rule on a line that had none (a
rewording renames a finding the pair already had: "10,000" -> "10 thousand"). Alignment under structure changes: every
way of merging two neighbouring paragraphs of the translation, and of splitting
one at a sentence end, scored as links (original paragraph, translation
paragraph) against the truth.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from bench.parity_mutants import mutants, rewordings
from checks.parity import compare, read_pair
from checks.parity.matching import AGREE
from checks.parity.mentions import FIGURE
from checks.parity.texts import Text

CORPUS = Path(__file__).parent.parent / "corpus" / "parity"
OPERATORS = ("scale", "digits", "unit", "qualifier", "dropped")


def pairs(held_out: bool):
    for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        if held_out and not folder.name.startswith("wmt20"):
            continue
        if (folder / "pairs.tmx").exists():
            source, target, _ = read_pair(str(folder / "pairs.tmx"), None)
            yield folder.name, source, target, True
            yield folder.name + " (reversed)", target, source, True
        else:
            en, zh, _ = read_pair(str(folder / "original.en.txt"), str(folder / "translation.zh.txt"))
            yield folder.name, en, zh, False
            yield folder.name + " (reversed)", zh, en, False


def with_unit(text: Text, index: int, new: str) -> Text:
    units = list(text.units)
    units[index] = replace(units[index], text=new)
    return replace(text, units=tuple(units))


def mutation_table(held_out: bool) -> tuple[Counter, Counter, Counter, list[str]]:
    tried, reported, on_line, misses = Counter(), Counter(), Counter(), []
    for name, original, translation, aligned in pairs(held_out):
        base = compare(original, translation, aligned=aligned)
        baseline = {(f.rule, f.id, f.locations[0].line) for f in base.findings}
        for pair in base.matching.pairs:
            if pair.verdict != AGREE or pair.original.role != FIGURE or pair.translation.role != FIGURE:
                continue
            unit = translation.units[pair.translation.unit]
            lines = {"translation": (translation.path, unit.line),
                     "original": (original.path, original.units[pair.original.unit].line)}
            for mutant in mutants(unit.text, pair.translation.figure, translation.chinese):
                found = [f for f in compare(original, with_unit(translation, pair.translation.unit, mutant.text),
                                            aligned=aligned).findings if (f.rule, f.id, f.locations[0].line) not in baseline]
                where = lines[mutant.side]
                here = [f for f in found if (f.locations[0].path, f.locations[0].line) == where]
                tried[mutant.operator] += 1
                reported[mutant.operator] += any(f.rule == mutant.rule for f in here)
                on_line[mutant.operator] += bool(here)
                if not any(f.rule == mutant.rule for f in here):
                    misses.append(f"{name}: {mutant.operator} of {pair.translation.figure.text!r} at {where[1]}: "
                                  + ("; ".join(f.headline for f in found) or "no finding"))
    return tried, reported, on_line, misses


def rewording_table(held_out: bool) -> tuple[int, list[str]]:
    count, failures = 0, []
    for name, original, translation, aligned in pairs(held_out):
        base = {(f.rule, f.locations[0].line) for f in compare(original, translation, aligned=aligned).findings}
        for index, unit in enumerate(translation.units):
            for what, new in rewordings(unit.text, translation.chinese):
                count += 1
                found = compare(original, with_unit(translation, index, new), aligned=aligned).findings
                new_failing = [f for f in found if f.fails and (f.rule, f.locations[0].line) not in base]
                if new_failing:
                    failures.append(f"{name}:{unit.line}: {what}: {new_failing[0].headline}")
    return count, failures


def alignment_table(held_out: bool) -> tuple[int, int, int, int]:
    """(predicted links, correct links, true links, structures tried) over merges and splits."""
    predicted = correct = true = tried = 0
    for name, original, translation, aligned in pairs(held_out):
        if aligned:
            continue
        for variant, truth in _structures(translation):
            tried += 1
            links = {(a, b) for bead in compare(original, variant).matching.beads
                     for a in bead.original for b in bead.translation}
            predicted += len(links)
            correct += len(links & truth)
            true += len(truth)
    return predicted, correct, true, tried


def _structures(text: Text):
    n = len(text.units)
    for k in range(n - 1):  # merge k and k+1
        units = list(text.units)
        units[k : k + 2] = [replace(units[k], text=units[k].text + " " + units[k + 1].text)]
        yield replace(text, units=tuple(units)), {(i, i if i <= k else i - 1) for i in range(n)}
    for k in range(n):  # split k at its first sentence end
        sentences = re.split(r"(?<=[。！？.!?])\s*(?=\S)", text.units[k].text, maxsplit=1)
        if len(sentences) == 2 and all(s.strip() for s in sentences):
            units = list(text.units)
            units[k : k + 1] = [replace(units[k], text=sentences[0]), replace(units[k], text=sentences[1])]
            truth = {(i, i if i < k else i + 1) for i in range(n)} | {(k, k)}
            yield replace(text, units=tuple(units)), truth


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_parity", description=__doc__.split("\n")[0])
    parser.add_argument("--held-out", action="store_true", help="only the WMT 2020 articles")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    print(f"command: python -m bench.bench_parity{' --held-out' if args.held_out else ''}")
    tried, reported, on_line, misses = mutation_table(args.held_out)
    print("\n| mutant | tried | reported (right rule, right line) | any finding on the right line |\n|---|---|---|---|")
    for operator in OPERATORS:
        n = tried[operator]
        print(f"| {operator} | {n} | {reported[operator]} ({100 * reported[operator] / max(n, 1):.1f}%) "
              f"| {on_line[operator]} ({100 * on_line[operator] / max(n, 1):.1f}%) |")
    count, failures = rewording_table(args.held_out)
    print(f"\nrewordings that keep the figure: {count}, adding a failing finding: {len(failures)}")
    for failure in failures:
        print("   ", failure)
    predicted, correct, true, structures = alignment_table(args.held_out)
    print(f"\nparagraph alignment over {structures} merged/split translations: precision "
          f"{100 * correct / max(predicted, 1):.1f}% ({correct}/{predicted}), recall {100 * correct / max(true, 1):.1f}% "
          f"({correct}/{true})")
    if args.show_misses:
        print("\nmisses:")
        for miss in misses:
            print("   ", miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
