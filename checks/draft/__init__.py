"""Drafting a ledger for a new document: `python -m checks draft DOCUMENT`.

The data flows document -> candidates (figures and numbers to ignore) -> items
(period, metric, value, unit, anchor) -> claims (repeats joined) -> proposed
relations -> YAML text. One concern per module:

- `passages`    paragraphs, sentences and clauses of the text
- `words`       content stems, their weights, how alike two contexts are
- `candidates`  each numeral: a figure to claim, or a number to ignore and why
- `periods`     the reference period of the title, and the period a sentence's words give a figure
- `tables`      figures in plain-text tables: their column's period, their heading's unit
- `metrics`     metric placeholders and claim ids from the words around a figure
- `excerpts`    shortest unique anchors and ignore patterns
- `repeats`     the same figure stated twice: one claim, several mentions
- `proposals`   relations the text states ("percentage points higher than", ...)
- `subperiods`  a period and its parts (quarters of a half, ...)
- `majorities`  parts and wholes said in words: "most of" (a share over half), "a subset of", "Among the"
- `averages`    "averaged A, with p1, p2 and p3": an average stated with its parts
- `offsets`     "A, partially offset by B": the offsetting amount is the smaller
- `steps`       per-unit precision: a document that writes all counts in thousands
- `existing`    the ledger a draft is added to, and where to add
- `rejects`     proposals a reviewer rejected: taken out and listed under `rejected:`
- `drafter`     the steps in order: document -> `Draft`
- `writer`      a draft as YAML: a new ledger, or lines inserted into one
- `listing`     what was drafted, as data (`--format json`)
- `compare`     a draft measured against a hand-made ledger
"""

from checks.draft import compare
from checks.draft.drafter import draft
from checks.draft.existing import Existing, ExistingError, read_existing
from checks.draft.model import Draft, DraftClaim, DraftIgnore, DraftMention, DraftRelation, Skipped
from checks.draft.writer import MARK, WriterError, render_into, render_new

__all__ = [
    "MARK",
    "Draft",
    "DraftClaim",
    "DraftIgnore",
    "DraftMention",
    "DraftRelation",
    "Existing",
    "ExistingError",
    "Skipped",
    "WriterError",
    "compare",
    "draft",
    "read_existing",
    "render_into",
    "render_new",
]
