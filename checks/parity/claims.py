"""A bilingual ledger from an alignment: one claim per aligned pair of figures.

`python -m checks parity ORIGINAL TRANSLATION --into LEDGER` writes what the
alignment found as a ledger the rest of the tool reads: both documents, and for
every pair of figures a claim with two mentions (one anchor in each language, the
shortest unique number-agnostic excerpt, as `draft` makes them). Every claim is
marked ``review: draft``: `check` lists it as a warning and pytest skips it until a
person has confirmed the pair (and written its metric and period). From then on
`check` guards the pair like any other: a revised translation that changes one
side is a ``repeat`` conflict. The file is written atomically and read back before.
"""

from __future__ import annotations

import os

from checks.document import load_document
from checks.draft.excerpts import Excerpts
from checks.draft.passages import Passages
from checks.draft.writer import MARK, comment, quoted, scalar
from checks.numbers import Figure
from checks.parity.matching import Pair
from checks.parity.mentions import FIGURE, Mention
from checks.parity.texts import Text

KEYS = ("original", "translation")


class ClaimsError(Exception):
    """The pair cannot be written as a ledger; the message says why and what to do."""


def ledger_text(parity, ledger_path: str) -> str:
    """The YAML of the bilingual ledger for ``parity`` (a `checks.parity.Parity`)."""
    texts = (parity.original, parity.translation)
    if any(unit.offset is None for text in texts for unit in text.units):
        raise ClaimsError(f"{ledger_path}: --into needs two plain-text documents, not a bilingual file")
    pairs = [p for p in parity.matching.pairs if p.original.role == FIGURE and p.translation.role == FIGURE]
    anchors = [_anchors(text, [getattr(pair, key) for pair in pairs]) for text, key in zip(texts, KEYS)]
    folder = os.path.dirname(os.path.abspath(ledger_path))
    lines = [
        "# Written by `python -m checks parity ... --into` from the alignment of a translation",
        "# with its original: one claim per aligned pair of figures, each marked `review: draft`.",
        "# Confirm a pair (write its metric and period, then delete `review: draft`); see docs/parity.md.",
        "version: 1",
        "",
        "documents:",
    ]
    for key, text in zip(KEYS, texts):
        lines += [f"  {key}:", f"    path: {scalar(os.path.relpath(os.path.abspath(text.path), folder))}",
                  f"    language: {'zh' if text.chinese else 'en'}"]
    lines += ["", "claims:" if pairs else "claims: {}"]
    for number, pair in enumerate(pairs, 1):
        if anchors[0][number - 1] is None or anchors[1][number - 1] is None:
            continue
        lines += _claim(number, pair, anchors[0][number - 1], anchors[1][number - 1], texts)
    return "\n".join(lines) + "\n"


def _claim(number: int, pair: Pair, anchor_a: str, anchor_b: str, texts: tuple[Text, Text]) -> list[str]:
    a, b = pair.original.figure, pair.translation.figure
    where = [_where(text, mention) for text, mention in zip(texts, (pair.original, pair.translation))]
    return [
        f"  pair.{number:03d}:",
        comment("    ", f"original {where[0]} {a.text!r}, translation {where[1]} {b.text!r}: {pair.verdict}"),
        f"    {MARK}",
        f"    metric: {quoted('figure ' + ''.join(a.text.split()))}",
        "    period: none",
        f"    unit: {scalar(b.unit if a.unit == 'count' else a.unit)}",
        f"    value: {quoted(a.text)}",
        "    mentions:",
        f"      - document: {KEYS[0]}",
        f"        anchor: {quoted(anchor_a)}",
        f"      - document: {KEYS[1]}",
        f"        anchor: {quoted(anchor_b)}",
    ]


def _anchors(text: Text, mentions: list[Mention]) -> list[str | None]:
    document = load_document(text.path)
    excerpts = Excerpts(document, Passages(document.text))
    figures = [_in_document(text, mention) for mention in mentions]
    return [found.text if found is not None and found.speaker is None else None
            for found in excerpts.anchors(figures)]


def _in_document(text: Text, mention: Mention) -> Figure:
    shift = text.units[mention.unit].offset or 0
    f = mention.figure
    return f._replace(start=f.start + shift, end=f.end + shift,
                      number_start=f.number_start + shift, number_end=f.number_end + shift)


def _where(text: Text, mention: Mention) -> str:
    location = text.units[mention.unit].location(text.path, mention.figure.start)
    return f"{location.line}:{location.column}"
