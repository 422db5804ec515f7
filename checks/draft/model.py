"""What a draft is made of: figures read from the text, and the ledger items guessed from them.

An `Item` is one claimed figure of the document with what was read around it;
the drafter groups items into `DraftClaim`s (a figure stated twice is one claim
with two mentions), proposes `DraftRelation`s over them, and turns numbers
that are not figures into `DraftIgnore` entries. Every drafted thing carries
the words it came from, for the comments and the JSON listing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checks.draft.metrics import Metric
from checks.draft.periods import Period
from checks.numbers import Figure


@dataclass
class Item:
    """One figure to claim, as read in its sentence."""

    figure: Figure
    metric: Metric
    period: Period
    speaker: str | None  # as read (with --speaker-pattern, if given)
    sentence: int  # index into Passages.sentences
    paragraph: int  # index into Passages.paragraphs
    line: int
    column: int
    claim: str | None = None  # the claim id once known (a drafted or an existing claim)
    unit_from: str | None = None  # what makes a bare number a percent: a table's heading, the end of its list
    table_row: str | None = None  # the label of its row, for a figure in a table ("Personal income: Current dollars")
    existing: bool = False  # already claimed by the ledger the draft goes into

    @property
    def start(self) -> int:
        return self.figure.start

    @property
    def unit(self) -> str:
        """The figure's unit, or percent where its table's heading says so."""
        return "percent" if self.unit_from else self.figure.unit


@dataclass
class DraftMention:
    """One mention of a drafted claim."""

    item: Item
    anchor: str
    speaker: str | None  # the anchor's `speaker:` field
    note: str = ""  # why this mention joined the claim


@dataclass
class DraftClaim:
    """A claim as drafted, with the notes a reviewer should read."""

    id: str
    metric: str
    period: Period
    unit: str
    value: str
    mentions: list[DraftMention]
    notes: list[str] = field(default_factory=list)

    @property
    def item(self) -> Item:
        return self.mentions[0].item


@dataclass
class DraftRelation:
    """A relation as drafted, with the words it came from."""

    id: str
    kind: str
    operands: list[str]
    result: str | None
    words: str  # the words of the text it came from (goes into `why`)
    options: dict[str, str] = field(default_factory=dict)  # op, periods, ...
    notes: list[str] = field(default_factory=list)
    cue: str = ""  # the cue words it rests on ("accounted for", "of the", "revised down by")


@dataclass
class DraftIgnore:
    """An ignore pattern as drafted, with examples of what it hides."""

    pattern: str
    reason: str
    rule: str
    examples: list[str] = field(default_factory=list)  # "line 3: '3 p.m.'"


@dataclass
class Skipped:
    """A figure the draft could not claim, and why (it stays uncovered)."""

    text: str
    line: int
    column: int
    reason: str


@dataclass
class Draft:
    """Everything drafted for one document, and what was skipped."""

    document_key: str
    document_path: str  # as the ledger should name it
    language: str
    claims: list[DraftClaim]
    relations: list[DraftRelation]
    ignores: list[DraftIgnore]
    skipped: list[Skipped]
    new_document: bool = True  # False when the ledger already names the document
    precision: dict[str, int] = field(default_factory=dict)  # proposed `defaults: precision`, unit -> step
