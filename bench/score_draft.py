"""Drafting on real releases: draft each corpus release afresh and score the draft.

    python -m bench.score_draft [--corpus corpus/releases] [--details]

Every folder of the corpus holds a release (`release.txt`) and its hand-reviewed
ledger (`claims.yaml`). The release is copied into a temporary folder and drafted
there with `python -m checks draft release.txt --into claims.yaml`; the draft is
then compared with the reviewed ledger place by place. A *place* is where a
mention's anchor puts its figure in the document (the real `AnchorIndex`), so the
two ledgers are compared on what they point at, never on ids or wording:

- figures: the reviewed ledger's mentions; *anchored* when a drafted mention
  resolves to the same place;
- periods, units: of the anchored figures, those whose drafted claim has the
  reviewed claim's period (unit), as written;
- wrong merges: drafted claims whose places belong to two or more reviewed claims;
- spurious: drafted mentions at places the reviewed ledger does not claim (its
  coverage is 100%, so it ignores them);
- relations: a drafted relation is *right* when a reviewed relation of the same
  kind links the same reviewed claims (operands and `is`, in any order; literal
  figures such as "100%" are not compared); a drafted operand stands for a
  reviewed claim when all its places belong to that one claim. Otherwise it is
  *wrong*; reviewed relations no drafted relation matches are *missed*.

Ledgers are read as plain YAML (every scalar as its text), so a draft the loader
would reject is still scored.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from checks.anchors import Anchor, AnchorIndex, AnchorSyntaxError
from checks.cli import main as checks_main
from checks.document import Document, load_document
from checks.numbers import NUMERAL
from checks.rules import KINDS

CORPUS = Path("corpus/releases")
COMMAND = "python -m bench.score_draft"
COLUMNS = ("release", "figures", "anchored", "periods right", "units right", "wrong merges", "spurious",
           "proposals right", "proposals wrong", "relations missed")


@dataclass
class Score:
    release: str
    figures: int = 0
    anchored: int = 0
    periods: int = 0
    units: int = 0
    merges: int = 0
    spurious: int = 0
    right: int = 0
    wrong: int = 0
    missed: int = 0
    details: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("figures", "anchored", "periods", "units", "merges", "spurious", "right", "wrong", "missed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def row(self) -> tuple[str, ...]:
        return (self.release, str(self.figures), _of(self.anchored, self.figures), _of(self.periods, self.anchored),
                _of(self.units, self.anchored), str(self.merges), str(self.spurious),
                _of(self.right, self.right + self.wrong), str(self.wrong), _of(self.missed, self.right + self.missed))


@dataclass
class _Ledger:
    """A ledger as the score needs it: claims with their places, relations as kinds over claim ids."""

    claims: dict[str, dict]
    places: dict[str, list[int]]  # claim id -> where its anchored mentions put their figures
    relations: dict[str, tuple[str, list[str]]]  # relation id -> (kind, claim ids and literals it links)
    unresolved: int  # mentions whose anchor finds no single place


def score(document: Document, reviewed_path: Path, drafted_path: Path, name: str = "") -> Score:
    """Compare the drafted ledger with the reviewed one, both of `document`."""
    reviewed, drafted = _read(reviewed_path, document), _read(drafted_path, document)
    result = Score(name or reviewed_path.parent.name)
    owner = {place: claim for claim, places in reviewed.places.items() for place in places}
    _score_figures(result, document, reviewed, drafted, owner)
    stands_for = _score_claims(result, document, drafted, owner)
    if drafted.unresolved:
        result.details.append(f"drafted mentions whose anchor finds no single place: {drafted.unresolved}")
    _score_relations(result, reviewed, drafted, stands_for)
    return result


def _score_figures(result: Score, document: Document, reviewed: _Ledger, drafted: _Ledger, owner: dict) -> None:
    """Each reviewed place: drafted too, and with the reviewed claim's period and unit?"""
    drafted_owner = {place: claim for claim, places in drafted.places.items() for place in places}
    result.figures = len(owner)
    for place, claim in sorted(owner.items()):
        mine = drafted_owner.get(place)
        if mine is None:
            result.details.append(f"missed {_where(document, place)} ({claim})")
            continue
        result.anchored += 1
        for key, attribute in (("period", "periods"), ("unit", "units")):
            theirs, ours = reviewed.claims[claim].get(key), drafted.claims[mine].get(key)
            if theirs == ours:
                setattr(result, attribute, getattr(result, attribute) + 1)
            else:
                result.details.append(f"{key} {_where(document, place)} ({claim}): {ours!r}, reviewed {theirs!r}")


def _score_claims(result: Score, document: Document, drafted: _Ledger, owner: dict) -> dict[str, str | None]:
    """Each drafted claim: merged, spurious, or standing for one reviewed claim (returned, or None)."""
    stands_for = {}
    for claim, places in drafted.places.items():
        owners = {owner[place] for place in places if place in owner}
        if len(owners) > 1:
            result.merges += 1
            result.details.append(f"merge {claim}: {', '.join(sorted(owners))}")
        stands_for[claim] = owners.pop() if len(owners) == 1 and all(p in owner for p in places) else None
        for place in places:
            if place not in owner:
                result.spurious += 1
                result.details.append(f"spurious {_where(document, place)} ({claim})")
    return stands_for


def _score_relations(result: Score, reviewed: _Ledger, drafted: _Ledger, stands_for: dict[str, str | None]) -> None:
    wanted = Counter()
    for kind, refs in reviewed.relations.values():
        wanted[kind, frozenset(ref for ref in refs if ref in reviewed.claims)] += 1
    for relation, (kind, refs) in drafted.relations.items():
        linked = [stands_for.get(ref) for ref in refs if ref in drafted.claims]
        key = (kind, frozenset(linked))
        if None not in linked and wanted[key] > 0:
            wanted[key] -= 1
            result.right += 1
        else:
            result.wrong += 1
            result.details.append(f"wrong relation {relation} ({kind} {', '.join(refs)})")
    result.missed = sum(wanted.values())
    for (kind, refs), count in sorted(wanted.items(), key=str):
        if count:
            result.details.append(f"missed relation {kind} {', '.join(sorted(refs))}")


def _read(path: Path, document: Document) -> _Ledger:
    with open(path, encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=yaml.BaseLoader) or {}
    claims = {key: value for key, value in (data.get("claims") or {}).items() if isinstance(value, dict)}
    anchors, owners = [], []
    for claim_id, claim in claims.items():
        for mention in claim.get("mentions") or []:
            try:
                anchors.append(Anchor(mention["anchor"], mention.get("speaker")))
            except (AnchorSyntaxError, KeyError, TypeError):
                continue
            owners.append(claim_id)
    places: dict[str, list[int]] = {claim_id: [] for claim_id in claims}
    unresolved = 0
    for claim_id, resolution in zip(owners, AnchorIndex(document).resolve(anchors)):
        if resolution.unique is None:
            unresolved += 1
        else:
            places[claim_id].append(resolution.unique.figure_start)
    relations = {}
    for relation_id, relation in (data.get("relations") or {}).items():
        kinds = [key for key in relation or {} if key in KINDS]
        if len(kinds) == 1:
            refs = list(relation[kinds[0]]) + ([relation["is"]] if "is" in relation else [])
            relations[relation_id] = (kinds[0], refs)
    return _Ledger(claims, places, relations, unresolved)


def draft_release(folder: Path, into: Path) -> Path:
    """Draft `folder/release.txt` afresh in the folder `into`; the drafted ledger's path."""
    shutil.copyfile(folder / "release.txt", into / "release.txt")
    ledger = into / "claims.yaml"
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = checks_main(["draft", str(into / "release.txt"), "--into", str(ledger)])
    if code != 0:
        raise RuntimeError(f"{folder}: `checks draft` exited {code}")
    return ledger


def score_corpus(corpus: Path) -> list[Score]:
    scores = []
    for folder in sorted(path.parent for path in corpus.glob("*/claims.yaml")):
        with tempfile.TemporaryDirectory() as temporary:
            drafted = draft_release(folder, Path(temporary))
            scores.append(score(load_document(str(folder / "release.txt")), folder / "claims.yaml", drafted))
    return scores


def table(scores: list[Score]) -> str:
    total = Score("**total**")
    for each in scores:
        total.add(each)
    rows = [COLUMNS, ("---",) * len(COLUMNS), *(each.row() for each in scores), total.row()]
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


def _of(part: int, whole: int) -> str:
    return f"{part} ({100 * part / whole:.0f}%)" if whole else str(part)


def _where(document: Document, place: int) -> str:
    line, column = document.position(place)
    numeral = NUMERAL.match(document.text, place)
    return f"{line}:{column} {numeral.group(0) if numeral else document.text[place:place + 8]!r}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=COMMAND, description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of release folders (default: %(default)s)")
    parser.add_argument("--details", action="store_true", help="list every miss, wrong period, merge and relation")
    args = parser.parse_args(argv)
    try:
        scores = score_corpus(args.corpus)
    except RuntimeError as error:
        print(error, file=sys.stderr)
        return 2
    if not scores:
        print(f"{args.corpus}: no release folder with a claims.yaml", file=sys.stderr)
        return 2
    print(f"$ {COMMAND}" + (f" --corpus {args.corpus}" if args.corpus != CORPUS else ""))
    print(table(scores))
    if args.details:
        for each in scores:
            print(f"\n{each.release}:", *(f"  {line}" for line in each.details), sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
