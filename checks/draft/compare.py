"""How a draft measures up against a hand-made ledger of the same document.

Figures are compared by place: a hand-made mention is *found* when a drafted
mention anchors the same figure (both anchors resolved with the real
`AnchorIndex`). A hand-made claim is *found* when all its mentions are, and
*grouped alike* when they all sit in one drafted claim. Relations are compared
through those places: a hand-made relation is *found* when a drafted relation
has the same kind, its operands and its result in the same order; relations
that need a figure from outside the document (`external:`) are counted apart,
since nothing in the text can propose them.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field

import yaml

from checks.anchors import Anchor, AnchorIndex, AnchorSyntaxError
from checks.document import Document
from checks.draft.existing import OPTIONS
from checks.draft.model import Draft
from checks.numbers import find_numbers
from checks.yamlsafe import read_text


@dataclass
class Comparison:
    """How a draft ledger compares with a reviewed one, counted."""

    reference: str
    claims: int = 0
    external: int = 0
    mentions: int = 0
    mentions_found: int = 0
    claims_found: int = 0
    claims_grouped: int = 0
    same_period: int = 0
    same_unit: int = 0
    missed: list[str] = field(default_factory=list)  # "line:col 'text' (claim id)"
    other_period: list[str] = field(default_factory=list)  # "line:col 'text' (claim id): drafted -> there"
    merged: list[str] = field(default_factory=list)  # drafted claims holding mentions of several claims there
    extra: list[str] = field(default_factory=list)  # drafted figures the reference does not claim
    extra_ignored_there: int = 0
    ignored_here_claimed_there: list[str] = field(default_factory=list)
    relations: Counter = field(default_factory=Counter)  # kind -> hand-made count
    relations_found: Counter = field(default_factory=Counter)
    relations_external: Counter = field(default_factory=Counter)
    relations_other_kind: list[str] = field(default_factory=list)
    relations_missed: list[str] = field(default_factory=list)
    proposed_not_there: list[str] = field(default_factory=list)


def compare(draft: Draft, document: Document, reference_path: str) -> Comparison:
    text = read_text(reference_path)  # a regular file within the size limit, or YamlProblem
    reference = yaml.load(text, Loader=yaml.BaseLoader) or {}  # every scalar as its text
    result = Comparison(reference_path)
    key = _document_key(reference, os.path.dirname(os.path.abspath(reference_path)), document)
    claims = reference.get("claims") or {}
    result.claims, result.external = len(claims), len(reference.get("external") or {})
    places = _places(claims, key, len(reference.get("documents") or {}) == 1, document)
    drafted = {m.item.figure.number_start: claim for claim in draft.claims for m in claim.mentions}
    ignored_there = _ignored(reference, document)
    for claim_id, spots in places.items():
        result.mentions += len(spots)
        hits = [spot for spot in spots if spot in drafted]
        result.mentions_found += len(hits)
        for spot in spots:
            if spot not in drafted:
                line, column = document.position(spot)
                result.missed.append(f"{line}:{column} {_numeral(document, spot)!r} ({claim_id})")
        if spots and len(hits) == len(spots):
            result.claims_found += 1
            owners = {drafted[spot].id for spot in spots}
            result.claims_grouped += len(owners) == 1
            mine, theirs = drafted[spots[0]], claims[claim_id]
            result.same_period += mine.period.value == str(theirs.get("period"))
            if mine.period.value != str(theirs.get("period")):
                line, column = document.position(spots[0])
                result.other_period.append(f"{line}:{column} {_numeral(document, spots[0])!r} ({claim_id}): "
                                           f"{mine.period.value} here, {theirs.get('period')} there")
            result.same_unit += mine.unit == str(theirs.get("unit"))
    owner_there = {spot: claim_id for claim_id, spots in places.items() for spot in spots}
    for claim in draft.claims:
        owners = sorted({owner_there[m.item.figure.number_start] for m in claim.mentions
                         if m.item.figure.number_start in owner_there})
        if len(owners) > 1:
            result.merged.append(f"{claim.id} ({', '.join(owners)})")
    claimed_there = {spot for spots in places.values() for spot in spots}
    for spot, claim in sorted(drafted.items()):
        if spot not in claimed_there:
            line, column = document.position(spot)
            result.extra.append(f"{line}:{column} {_numeral(document, spot)!r} ({claim.id})")
            result.extra_ignored_there += any(s <= spot < e for s, e in ignored_there)
    _relations(result, reference, places, drafted, draft)
    return result


def _document_key(reference: dict, folder: str, document: Document) -> str | None:
    documents = reference.get("documents") or {}
    wanted = os.path.abspath(document.path)
    for key, value in documents.items():
        if isinstance(value, dict) and os.path.abspath(os.path.join(folder, value.get("path", ""))) == wanted:
            return key
    return next(iter(documents), None) if len(documents) == 1 else None


def _places(claims: dict, key: str | None, single: bool, document: Document) -> dict[str, list[int]]:
    anchors, owners = [], []
    for claim_id, claim in claims.items():
        for mention in (claim or {}).get("mentions") or []:
            if mention.get("document", key if single else None) != key:
                continue
            try:
                anchors.append(Anchor(mention["anchor"], mention.get("speaker")))
                owners.append(claim_id)
            except (AnchorSyntaxError, KeyError):
                continue
    places: dict[str, list[int]] = {claim_id: [] for claim_id in claims}
    for owner, resolution in zip(owners, AnchorIndex(document).resolve(anchors)):
        if resolution.unique is not None:
            places[owner].append(resolution.unique.figure_start)
    return places


def _ignored(reference: dict, document: Document) -> list[tuple[int, int]]:
    spans = []
    for entry in reference.get("ignore") or []:
        try:
            spans.extend(m.span() for m in re.finditer(entry.get("pattern", ""), document.text))
        except re.error:
            continue
    return spans


def _numeral(document: Document, spot: int) -> str:
    figure = next((f for f in find_numbers(document.text[spot : spot + 80]) if f.number_start == 0), None)
    return figure.text if figure else document.text[spot : spot + 12]


def _relations(result: Comparison, reference: dict, places, drafted, draft: Draft) -> None:
    external = set(reference.get("external") or {})
    to_draft = {claim_id: drafted[spots[0]].id for claim_id, spots in places.items() if spots and spots[0] in drafted}
    mine = {(r.kind, tuple(r.operands), r.result): r.id for r in draft.relations}
    mine_operands = {frozenset((*r.operands, *([r.result] if r.result else []))): r for r in draft.relations}
    matched = set()
    for relation_id, relation in (reference.get("relations") or {}).items():
        kinds = [name for name in relation if name not in OPTIONS]
        if len(kinds) != 1:
            continue
        kind = kinds[0]
        operands = list(relation[kind])
        literal_result = relation.get("is")
        result.relations[kind] += 1
        refs = operands + ([literal_result] if literal_result in places or literal_result in external else [])
        if any(ref in external for ref in refs):
            result.relations_external[kind] += 1
            continue
        mapped = tuple(to_draft.get(ref) for ref in operands)
        mapped_result = to_draft.get(literal_result) if literal_result in places else literal_result
        key = (kind, mapped, mapped_result)
        if key in mine:
            result.relations_found[kind] += 1
            matched.add(mine[key])
            continue
        same = mine_operands.get(frozenset((*mapped, *([mapped_result] if mapped_result else []))))
        if same is not None:
            result.relations_other_kind.append(f"{relation_id}: {kind} there, {same.kind} {same.id} here")
            matched.add(same.id)
        else:
            result.relations_missed.append(f"{relation_id} ({kind})")
    result.proposed_not_there = [f"{r.id} ({r.kind})" for r in draft.relations if r.id not in matched]


def render(result: Comparison) -> str:
    def pct(part: int, whole: int) -> str:
        return f"{100 * part / whole:.1f}%" if whole else "-"

    total = sum(result.relations.values())
    found = sum(result.relations_found.values())
    external = sum(result.relations_external.values())
    lines = [
        f"compared with {result.reference}: {result.claims} claims ({result.mentions} mentions in this document), "
        f"{result.external} external, {total} relations",
        f"figures: the draft anchors {result.mentions_found} of {result.mentions} mentions "
        f"({pct(result.mentions_found, result.mentions)}); {result.claims_found} of {result.claims} claims found, "
        f"{result.claims_grouped} grouped into one drafted claim as there",
        f"  of the claims found: period guessed alike for {result.same_period}, unit alike for {result.same_unit}",
        f"  other period ({len(result.other_period)}): {', '.join(result.other_period) or 'none'}",
        f"  wrong merges ({len(result.merged)}): {', '.join(result.merged) or 'none'}",
        f"  missed ({len(result.missed)}): {', '.join(result.missed) or 'none'}",
        f"  drafted but not claimed there: {len(result.extra)} ({result.extra_ignored_there} of them ignored there)"
        + (f": {', '.join(result.extra)}" if result.extra else ""),
        f"relations: {found} of {total} found ({pct(found, total)}); {external} need a figure from outside the "
        f"document; of the {total - external} the text could state, {found} found "
        f"({pct(found, total - external)})",
    ]
    for kind in sorted(result.relations):
        lines.append(f"  {kind}: {result.relations_found[kind]} of {result.relations[kind]} found"
                     + (f", {result.relations_external[kind]} external" if result.relations_external[kind] else ""))
    missed_kinds = sorted(k for k in result.relations
                          if not result.relations_found[k] and result.relations[k] > result.relations_external[k])
    lines.append(f"  kinds never found: {', '.join(missed_kinds) or 'none'}")
    if result.relations_other_kind:
        lines.append(f"  same operands, other kind: {', '.join(result.relations_other_kind)}")
    lines.append(f"  missed: {', '.join(result.relations_missed) or 'none'}")
    lines.append(f"  proposed but not there: {', '.join(result.proposed_not_there) or 'none'}")
    return "\n".join(lines) + "\n"
