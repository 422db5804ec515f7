"""Document -> draft: the steps, in order, from numerals to a ledger's worth of guesses.

1. every numeral is a candidate (`candidates`): a figure to claim or a number to ignore;
2. figures the target ledger already claims or ignores are left alone (`existing`);
3. each new figure gets a period (`periods`), a metric placeholder and an id
   (`metrics`), its value and unit as `parse_figure` reads them, and the
   shortest unique anchor (`excerpts`); one that cannot be anchored is skipped;
4. the same figure stated twice with alike words becomes one claim (`repeats`);
5. relations are proposed from the text's own words (`proposals`, `wholes`,
   `subperiods`);
6. the numbers to ignore are grouped by reason into `ignore` patterns.
"""

from __future__ import annotations

import os
import re

from checks.document import Document
from checks.draft.candidates import read_candidates
from checks.draft.excerpts import Excerpts
from checks.draft.comparisons import compared
from checks.draft.majorities import stated_in_words
from checks.draft.averages import averages
from checks.draft.offsets import partial_offsets
from checks.draft.existing import Existing
from checks.draft.metrics import describe, in_table
from checks.draft.model import Draft, DraftClaim, DraftIgnore, DraftMention, DraftRelation, Item, Skipped
from checks.draft.passages import Passages
from checks.draft.periods import Period, PeriodReader
from checks.draft.proposals import Proposal, Proposer
from checks.draft.repeats import alike, repeats, restatements
from checks.draft.steps import ledger_takes_precision, precision_defaults
from checks.draft.subperiods import subperiods
from checks.draft.tables import Tables
from checks.draft.wholes import parts_and_wholes
from checks.draft.words import Weights
from checks.numbers import FigureError, parse_figure

_LISTED_PERCENT = re.compile(r"(?:,\s*\d+(?:\.\d+)?)*,?\s+and\s+\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)")
"""The rest of a list whose last figure carries the unit of all: "went up by 7.4, 1.5, 5.3 and 3.0 percent"."""
_GUESSED = ("titled", "dated", "usual", "none")  # periods read from no words of the figure's paragraph
_PER_ENTRY = 8  # patterns joined into one ignore entry at most
_CJK = re.compile("[\u3400-\u9fff]")


def draft(document: Document, checked: Document, ledger_folder: str, existing: Existing | None = None) -> Draft:
    """Draft `document` (read with the user's speaker pattern); `checked` is the same
    text as `check` will load it, for anchors and their speakers."""
    text = document.text
    passages = Passages(text)
    candidates = read_candidates(text, passages)
    periods = PeriodReader(text, passages)
    tables = Tables(text)
    weights = Weights(text[s.start : s.end] for s in passages.sentences)
    excerpts = Excerpts(checked, passages)
    claimed_before = existing.claimed if existing else {}
    ignored_before = existing.ignored(text) if existing else []

    def item(figure) -> Item:
        line, column = document.position(figure.start)
        metric = describe(text, passages, figure)
        stock = metric.kind not in ("growth", "gap", "increase")
        speaker = document.speaker_at(figure.number_start)
        cell = tables.cell(figure.number_start)
        if cell is not None:
            period = Period(cell.period, f"its table's column {cell.heading}", "stated")
            metric = in_table(metric, cell.row, cell.heading, cell.period)
        else:
            period = periods.period(figure.start, figure.end, stock, speaker is not None)
        listed = _LISTED_PERCENT.match(text, figure.end) if figure.unit == "count" and not figure.scale else None
        unit_from = f"its table's heading above the column {cell.heading}" if cell is not None and cell.unit else (
            f"the end of its list: {' '.join(listed.group().split())!r}" if listed else None)
        return Item(figure, metric, period, speaker, passages.sentence_index(figure.start),
                    passages.paragraph_index(figure.start), line, column, unit_from=unit_from,
                    table_row=cell.row if cell is not None else None)

    new, old, skipped, to_ignore = [], [], [], []
    for candidate in candidates:
        figure = candidate.figure
        if any(s <= figure.number_start and figure.number_end <= e for s, e in ignored_before):
            continue
        if figure.number_start in claimed_before:
            found = item(figure)
            found.claim, found.existing = claimed_before[figure.number_start], True
            old.append(found)
        elif candidate.claimed:
            new.append(item(figure))
        else:
            to_ignore.append(candidate)

    _levels_take_the_period_before(sorted(new + old, key=lambda i: i.start))
    _sentences_share_their_guess(sorted(new + old, key=lambda i: i.start))
    _gaps_take_their_subjects_period(new + old)
    readable = []
    for found in new:
        try:
            parse_figure(found.figure.text)
        except FigureError as error:
            reason = f"the value does not read back: {error.reason}"
            skipped.append(Skipped(found.figure.text, found.line, found.column, reason))
            continue
        readable.append(found)
    anchored = excerpts.anchors([found.figure for found in readable])
    new, anchors = [], {}
    for found, anchor in zip(readable, anchored):
        if anchor is None:
            skipped.append(Skipped(found.figure.text, found.line, found.column,
                                   "no excerpt around it is unique in the document, even within its speaker's "
                                   "turns; claim it by hand"))
            continue
        new.append(found)
        anchors[id(found)] = anchor

    taken = set(existing.ids) if existing else set()
    rejected = existing.rejected if existing else set()
    claims = [_claim(group, anchors, checked, taken, weights) for group in repeats(new, weights)]
    claims = [claim for claim in claims if claim.id not in rejected]
    new = [mention.item for claim in claims for mention in claim.mentions]
    relations = _relations(text, passages, new + old, weights, claims, existing, taken)
    claimed_spans = [(c.figure.number_start, c.figure.number_end) for c in candidates if c.claimed] + \
                    [(i.figure.number_start, i.figure.number_end) for i in old]
    ignores = _ignores(to_ignore, excerpts, claimed_spans, document)

    key, path, is_new = _document_ref(document, ledger_folder, existing)
    language = "zh" if len(_CJK.findall(text)) > len(re.findall(r"[A-Za-z]", text)) else "en"
    precision = precision_defaults(claims) if ledger_takes_precision() and not (existing and existing.sections.get(
        "defaults")) else {}
    return Draft(key, path, language, claims, relations, ignores, skipped, new_document=is_new, precision=precision)


def _levels_take_the_period_before(items: list[Item]) -> None:
    """A level (not a rate of change) with no period words in its paragraph's
    sentences before it takes the period of the nearest figure before it in the
    paragraph that has period words: "Currently, over 90% ... over 3,000 websites"."""
    for index, item in enumerate(items):
        if item.period.how not in _GUESSED or item.metric.kind in ("growth", "increase", "gap"):
            continue
        before = next((other for other in reversed(items[:index]) if other.paragraph == item.paragraph
                       and other.period.how in ("stated", "carried")), None)
        if before is not None:
            item.period = Period(before.period.value, before.period.words, "nearby")


def _sentences_share_their_guess(items: list[Item]) -> None:
    """Figures of one sentence without period words of their own get one guess,
    the first one's ("growth was 3.8%, 1.5 points lower than ... 5.3%")."""
    first: dict[int, Period] = {}
    for item in items:
        if item.period.how in _GUESSED:
            item.period = first.setdefault(item.sentence, item.period)


def _gaps_take_their_subjects_period(items: list[Item]) -> None:
    """A percentage-point gap with no period words of its own ("61% ..., 9 points
    more than ...") is about the percent before it in its sentence: same period."""
    for index, item in enumerate(items):
        if item.figure.unit != "pp" or item.period.how not in _GUESSED:
            continue
        subject = next((other for other in reversed(items[:index])
                        if other.sentence == item.sentence and other.figure.unit == "percent"), None)
        if subject is not None:
            item.period = subject.period


def _claim(group: list[Item], anchors, checked: Document, taken: set[str], weights: Weights) -> DraftClaim:
    head = group[0]
    figure = head.figure
    notes = []
    unit = figure.unit
    standalone = parse_figure(figure.text).unit
    if head.unit_from:
        unit = head.unit
        notes.append(f"unit: percent, from {head.unit_from}")
    elif standalone != unit and standalone != "count":
        notes.append(f"unit: read as {unit} in its sentence, but {figure.text!r} alone reads as {standalone}")
        unit = standalone
    elif standalone != unit:
        notes.append(f"unit: {unit} as read in its sentence, borrowed from the other end of a range ('5 to 8%')")
    claim_id = _unique(head.metric.name, taken)
    mentions = []
    for member in group:
        anchor = anchors[id(member)]
        speaker = anchor.speaker or checked.speaker_at(member.figure.number_start)
        note = "" if member is head else (
            f"the same figure as line {head.line}, with alike words ({alike(head, member, weights):.2f})")
        mentions.append(DraftMention(member, anchor.text, speaker, note))
        member.claim = claim_id
    rank = {"stated": 0, "carried": 1}
    period = min((member.period for member in group), key=lambda p: rank.get(p.how, 2))
    return DraftClaim(claim_id, head.metric.text, period, unit, figure.text, mentions, notes)


def _relations(text, passages, items, weights, claims, existing, taken) -> list[DraftRelation]:
    proposer = Proposer(text, passages, items, weights)
    proposals = proposer.proposals() + compared(proposer) + parts_and_wholes(proposer) + \
        stated_in_words(proposer) + averages(proposer) + \
        partial_offsets(proposer) + subperiods(items, weights, proposer.words)
    new_items = [i for i in items if not i.existing]
    old_items = [i for i in items if i.existing]
    heads = [claim.item for claim in claims]
    for item, other in restatements([h for h in heads if h in new_items], old_items, weights):
        note = f"states the same figure as the existing claim {other.claim} (line {other.line}), with alike words"
        proposals.append(Proposal("compare", [item, other], None, proposer.words(item), [note], {"op": "="},
                                  cue=f"{item.figure.text} stated again"))
    seen = set(existing.relations) if existing else set()
    period_of = {claim.id: claim.period.value for claim in claims}
    found = []
    for proposal in proposals:
        operands = tuple(item.claim for item in proposal.operands)
        result = proposal.result.claim if proposal.result is not None else proposal.literal
        every = (*proposal.operands, *([proposal.result] if proposal.result else []))
        ids = [*operands, *([result] if result else [])]
        if None in ids or len(set(ids)) < len(ids) or (proposal.kind, operands, result) in seen:
            continue
        seen.add((proposal.kind, operands, result))
        options = dict(proposal.options)
        periods = sorted({period_of.get(item.claim, item.period.value) for item in every})
        if len(periods) > 1 and "periods" not in options:
            options["periods"] = (f"drafted: the operands' guessed periods differ ({', '.join(periods)}); "
                                  "correct the periods, or keep this line if they differ on purpose")
        relation_id = _unique(f"{operands[0].rsplit('.', 1)[0]}.{proposal.kind}", taken)
        if existing is not None and relation_id in existing.rejected:
            continue
        found.append(DraftRelation(relation_id, proposal.kind, list(operands), result, proposal.words, options,
                                   list(proposal.notes), proposal.cue))
    return found


def _ignores(candidates, excerpts: Excerpts, claimed, document: Document) -> list[DraftIgnore]:
    """One entry per rule (split every `_PER_ENTRY` patterns), each pattern with its examples."""
    by_rule: dict[str, dict[str, list[str]]] = {}
    reasons = {}
    for candidate in candidates:
        pattern = excerpts.pattern(candidate.span, claimed, line_start=candidate.rule == "list marker")
        line, _ = document.position(candidate.figure.number_start)
        shown = " ".join(document.text[candidate.span.start : candidate.span.end].split())
        examples = by_rule.setdefault(candidate.rule, {}).setdefault(pattern, [])
        if f"line {line}: {shown}" not in examples:
            examples.append(f"line {line}: {shown}")
        reasons[candidate.rule] = candidate.reason
    found = []
    for rule, patterns in by_rule.items():
        listed = list(patterns)
        for i in range(0, len(listed), _PER_ENTRY):
            chunk = listed[i : i + _PER_ENTRY]
            found.append(DraftIgnore("|".join(chunk), reasons[rule], rule, [e for p in chunk for e in patterns[p]]))
    return found


def _document_ref(document: Document, ledger_folder: str, existing: Existing | None) -> tuple[str, str, bool]:
    if existing is not None and existing.document_key is not None:
        return existing.document_key, os.path.relpath(existing.documents[existing.document_key], ledger_folder), False
    stem = os.path.splitext(os.path.basename(document.path))[0]
    key = re.sub(r"[^A-Za-z0-9_.-]+", "-", stem).strip("-.") or "document"
    if not re.match(r"[A-Za-z0-9_]", key):
        key = f"doc{key}"
    taken = set(existing.documents) if existing else set()
    key = _unique(key, taken) if key in taken else key
    return key, os.path.relpath(os.path.abspath(document.path), ledger_folder), True


def _unique(name: str, taken: set[str]) -> str:
    candidate, number = name, 2
    while candidate in taken:
        candidate = f"{name}_{number}"
        number += 1
    taken.add(candidate)
    return candidate
