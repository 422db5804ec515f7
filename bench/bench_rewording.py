"""Rewording benchmark: do anchors stay bound to the right figure through light edits?

    python -m bench.bench_rewording                       # data/claims.yaml, every part
    python -m bench.bench_rewording --part single --per-mention 8

single    one light edit (bench/rewording.py) near one mention at a time. A mention
          is *edited* when its original excerpt overlaps the edit. Reported: the
          share of edited mentions bound to the right figure (exactly or drifted),
          wrong bindings (any mention, edited or not, reading another place than its
          own figure's), and the share of edits that fail CI (a failing finding).
combined  the same edits with the edited mention's figure changed too: the share
          whose change is reported (`changed` or a conflict at the new place).
tokens    every single-token delete / insert / substitute inside every anchor's
          excerpt, but not inside a claimed figure's numeral: wrong bindings, and
          how many stayed bound.
swaps     two mentions in one paragraph whose excerpts hold different verbs swap
          their verbs: silent cross-bindings (a mention reading another mention's
          figure with no failing finding on its claim).
Targets: >= 97% bound right, 0 wrong, <= 5% failing CI; combined >= 97%;
tokens 0 wrong; swaps 0 silent.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass

from bench import rewording, timing
from bench.rewording import Edit
from checks.anchors import Anchor, AnchorIndex
from checks.document import Document, load_document
from checks.engine import read_mentions
from checks.findings import Kind
from checks.ledger import load_ledger
from checks.numbers import NUMERAL

_VERBS = ("reached", "hit", "totaled", "rose", "increased", "grew", "exceeded", "stood at", "amounted to")


@dataclass
class Mention:
    claim: str
    index: int  # position among the claim's mentions
    start: int
    end: int
    figure: int


class Bench:
    def __init__(self, path: str):
        self.ledger = load_ledger(path)
        (self.key, reference), = self.ledger.documents.items()
        self.original = load_document(reference.display)
        self.text = self.original.text
        pairs = [(claim, mention) for claim in self.ledger.claims.values() for mention in claim.mentions]
        resolutions = AnchorIndex(self.original).resolve([Anchor(m.anchor, m.speaker) for _, m in pairs])
        self.mentions = []
        counter: dict[str, int] = {}
        for (claim, _), resolution in zip(pairs, resolutions):
            match = resolution.unique
            index = counter.get(claim.id, 0)
            counter[claim.id] = index + 1
            if match is None:
                raise SystemExit(f"{claim.id}: its anchor does not match once in the unedited document")
            self.mentions.append(Mention(claim.id, index, match.start, match.end, match.figure_start))

    def run(self, edits: list[Edit], text: str | None = None):
        """Check the ledger against `text` (the original) with one edit (or several
        non-overlapping ones) applied; the check and each mention's expected place."""
        text = self.text if text is None else text
        edited = text
        for edit in sorted(edits, key=lambda e: -e.start):
            edited = edit.apply(edited)
        document = Document(edited, self.original.path)
        check = read_mentions(self.ledger, {self.key: document})
        expected = []
        for mention in self.mentions:
            place = mention.figure
            for edit in sorted(edits, key=lambda e: -e.start):
                place = edit.moved(text, place) if place is not None else None
            expected.append(document.position(place) if place is not None else None)
        return check, document, expected

    def bindings(self, check, expected):
        """Per mention: "right", "wrong", "unbound" or "unknown" (provenance lost)."""
        verdicts = []
        for mention, place in zip(self.mentions, expected):
            reading = check.readings[mention.claim][mention.index]
            if place is None:
                verdicts.append("unknown")
            elif reading.figure is None:
                verdicts.append("unbound")
            elif (reading.location.line, reading.location.column) == place:
                verdicts.append("right")
            else:
                verdicts.append("wrong")
        return verdicts


def single(bench: Bench, per_mention: int, seed: int) -> bool:
    spans = [(m.start, m.end, m.figure) for m in bench.mentions]
    edits = list(rewording.edits(bench.text, spans, per_mention, seed))
    edited = right = wrong = failing = unknown = 0
    by_kind: dict[str, list[int]] = {}
    wrongs = []
    for edit in edits:
        check, _, expected = bench.run([edit])
        verdicts = bench.bindings(check, expected)
        fails = any(finding.fails for finding in check.findings())
        failing += fails
        counts = by_kind.setdefault(edit.kind, [0, 0, 0, 0])
        counts[0] += 1
        counts[3] += fails
        for mention, verdict in zip(bench.mentions, verdicts):
            touched = mention.start <= edit.end and edit.start <= mention.end
            if verdict == "wrong":
                wrong += 1
                wrongs.append((edit, mention.claim))
            if not touched:
                continue
            if verdict == "unknown":
                unknown += 1
                continue
            edited += 1
            counts[1] += 1
            right += verdict == "right"
            counts[2] += verdict == "right"
    print(f"single edits: {len(edits)} ({per_mention} per mention at most, seed {seed})")
    for kind, (n, touched, ok, fails) in sorted(by_kind.items()):
        print(f"  {kind:10} {n:5} edits  {ok}/{touched} edited mentions bound right  {fails} fail CI")
    share = right / edited if edited else 1.0
    fail_share = failing / len(edits) if edits else 0.0
    print(f"  edited mentions bound to the right figure: {right}/{edited} = {share:.1%} "
          f"({unknown} whose figure the edit rewrote beyond provenance not counted)")
    print(f"  wrong bindings: {wrong}")
    for edit, claim in wrongs[:10]:
        print(f"    {claim}: {edit}")
    print(f"  edits failing CI: {failing}/{len(edits)} = {fail_share:.1%}")
    return share >= 0.97 and wrong == 0 and fail_share <= 0.05


def combined(bench: Bench, per_mention: int, seed: int) -> bool:
    spans = [(m.start, m.end, m.figure) for m in bench.mentions]
    reported = total = 0
    missed = []
    for target, mention in enumerate(bench.mentions):
        change = rewording.change_figure(bench.text, mention.figure)
        if change is None:
            continue
        start, end, numeral = change
        changed_text = bench.text[:start] + numeral + bench.text[end:]
        for edit in rewording.edits(changed_text, [spans[target]], per_mention, seed):
            check, _, expected = bench.run([edit], changed_text)
            place = expected[target]
            if place is None:
                continue
            total += 1
            found = any(finding.kind in (Kind.CHANGED, Kind.CONFLICT)
                        and mention.claim in (finding.id, *_claims_of(bench, finding))
                        and any((loc.line, loc.column) == place for loc in finding.locations)
                        for finding in check.findings())
            reported += found
            if not found:
                missed.append((mention.claim, edit.kind))
    share = reported / total if total else 1.0
    print(f"combined edits (reworded and the figure changed): {reported}/{total} = {share:.1%} report the change "
          "as changed/conflict at the right place")
    for claim, kind in missed[:10]:
        print(f"    missed: {claim} ({kind})")
    return share >= 0.97


def _claims_of(bench: Bench, finding) -> tuple[str, ...]:
    relation = bench.ledger.relations.get(finding.id)
    if relation is None:
        return ()
    return (*relation.operands, *( [relation.result] if relation.result else []))


_TOKEN = re.compile(r"\w+|[^\w\s]")


def tokens(bench: Bench) -> bool:
    runs = wrong = bound = 0
    figures = [(m.figure, NUMERAL.match(bench.text, m.figure).end()) for m in bench.mentions]
    for target, mention in enumerate(bench.mentions):
        for token in _TOKEN.finditer(bench.text, mention.start, mention.end):
            if any(token.start() < end and start < token.end() for start, end in figures):
                continue  # inside a claimed figure's numeral: that changes the figure, it is no rewording
            for kind, new in (("delete", ""), ("insert", token.group() + " very"), ("substitute", "zq")):
                edit = Edit(kind, token.start(), token.end(), new, target)
                check, _, expected = bench.run([edit])
                verdicts = bench.bindings(check, expected)
                runs += 1
                wrong += verdicts.count("wrong")
                bound += verdicts[target] == "right"
                if runs % 500 == 0:
                    print(f"    ... {runs} runs, wrong bindings {wrong}, bound right {bound}", flush=True)
    print(f"single-token edits inside every anchor: {runs} runs, wrong bindings {wrong}, "
          f"edited mention still bound right in {bound}/{runs} = {bound / runs:.1%}")
    return wrong == 0


def swaps(bench: Bench) -> bool:
    pairs = silent = 0
    verbs = re.compile(r"\b(?:" + "|".join(_VERBS) + r")\b")
    found = [(mention, verb) for mention in bench.mentions
             for verb in verbs.finditer(bench.text, mention.start, mention.end)]
    line = bench.original.position
    for i, (a, verb_a) in enumerate(found):
        for b, verb_b in found[i + 1 :]:
            if (a.claim == b.claim or verb_a.group() == verb_b.group() or verb_a.start() == verb_b.start()
                    or line(verb_a.start())[0] != line(verb_b.start())[0]):
                continue
            edits = [Edit("swap", verb_a.start(), verb_a.end(), verb_b.group(), 0),
                     Edit("swap", verb_b.start(), verb_b.end(), verb_a.group(), 0)]
            check, _, expected = bench.run(edits)
            verdicts = bench.bindings(check, expected)
            failing = {finding.id for finding in check.findings() if finding.fails}
            pairs += 1
            for mention, verdict in zip(bench.mentions, verdicts):
                if verdict == "wrong" and mention.claim not in failing:
                    silent += 1
                    print(f"    silent: {mention.claim} after swapping {verb_a.group()!r}/{verb_b.group()!r}")
    print(f"verb swaps between sibling clauses: {pairs} pairs, silent cross-bindings {silent}")
    return silent == 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_rewording", description=__doc__.split("\n\n")[0])
    parser.add_argument("--ledger", default="data/claims.yaml")
    parser.add_argument("--part", choices=("single", "combined", "tokens", "swaps", "all"), default="all")
    parser.add_argument("--per-mention", type=int, default=8)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    print(timing.machine())
    print(f"command: python -m bench.bench_rewording --ledger {args.ledger} --part {args.part} "
          f"--per-mention {args.per_mention} --seed {args.seed}")
    bench = Bench(args.ledger)
    parts = {"single": lambda: single(bench, args.per_mention, args.seed),
             "combined": lambda: combined(bench, max(1, args.per_mention // 2), args.seed),
             "tokens": lambda: tokens(bench), "swaps": lambda: swaps(bench)}
    verdicts = {}
    for name, part in parts.items():
        if args.part in (name, "all"):
            started = time.perf_counter()
            verdicts[name] = part()
            print(f"  ({time.perf_counter() - started:.0f} s)")
    for name, ok in verdicts.items():
        print(f"{name}: {'met' if ok else 'MISSED'}")
    return 0 if all(verdicts.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
