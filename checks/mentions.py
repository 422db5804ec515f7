"""Reading a mention: its anchor's match (exact or re-anchored) -> a figure, or an anchor finding."""

from __future__ import annotations

from typing import NamedTuple

from checks.anchors import Match
from checks.document import Document
from checks.drift import MARGIN, MIN_SCORE, Relocation
from checks.findings import Finding, Kind, Location, Severity
from checks.model import Claim, Mention
from checks.numbers import Figure, read_figure
from checks.qualifiers import BUILT_IN, Qualifiers

KEPT = MIN_SCORE - MARGIN  # below this a place is not even scored (checks.drift)


class Reading(NamedTuple):
    """One mention as read from its document; `figure` is None if unresolved."""

    claim: str
    mention: Mention
    figure: Figure | None
    location: Location | None
    drifted: bool = False  # found by re-anchoring, not by an exact match
    proposal: str | None = None  # then: the anchor in the document's new wording


def read_exact(claim: Claim, mention: Mention, matches: tuple[Match, ...], document: Document,
               qualifiers: Qualifiers = BUILT_IN):
    """The reading of an anchor that matches once (or a finding: several, or unreadable)."""
    if len(matches) == 1:
        location = _location(document, matches[0])
        figure = read_figure(document.text, matches[0].figure_start, qualifiers)
        if figure is not None:
            return Reading(claim.id, mention, figure, location), None
        message = "no figure can be read inside the anchor's brackets; put the number in [brackets]"
        return Reading(claim.id, mention, None, location), Finding(
            Kind.ANCHOR, "unreadable", claim.id, message, (location, mention.where))
    within = f" within {mention.speaker}'s turns" if mention.speaker else ""
    message = (f"anchor matches {len(matches)} places in {document.path}{within}; "
               "add words (or a speaker) to make it unique")
    return Reading(claim.id, mention, None, None), Finding(
        Kind.ANCHOR, "ambiguous", claim.id, message, (mention.where, *(_location(document, m) for m in matches)))


def read_drifted(claim: Claim, mention: Mention, relocation: Relocation, document: Document,
                 others: list[str | None], strict: bool, qualifiers: Qualifiers = BUILT_IN):
    """The reading and the finding of an anchor that matches nowhere exactly; `others`
    names, for each candidate place, the claim whose anchor matches there exactly."""
    match = relocation.match
    if match is None:
        message = _unbound(mention, relocation, document, others)
        return Reading(claim.id, mention, None, None), Finding(
            Kind.ANCHOR, relocation.verdict, claim.id, message,
            (mention.where, *(_location(document, place.match) for place in relocation.candidates)))
    location = _location(document, match)
    figure = read_figure(document.text, match.figure_start, qualifiers)
    if figure is None:
        return Reading(claim.id, mention, None, location), Finding(
            Kind.ANCHOR, "unreadable", claim.id, "no figure can be read where the drifted anchor points",
            (location, mention.where))
    new = f"new anchor: {relocation.proposal!r}" if relocation.proposal else "no unique new anchor: write one by hand"
    message = (f"the words around the figure changed; {relocation.candidates[0].score:.0%} of them found here, "
               f"around {figure.text!r}; {new}")
    severity = Severity.ERROR if strict else Severity.WARNING
    return Reading(claim.id, mention, figure, location, True, relocation.proposal), Finding(
        Kind.ANCHOR, "drifted", claim.id, message, (location, mention.where), severity=severity)


def _unbound(mention: Mention, relocation: Relocation, document: Document, others: list[str | None]) -> str:
    """Why a re-anchoring bound nothing, with the best places and their scores."""
    places = "; ".join(f"{_position(document, place.match)} ({place.score:.0%})"
                       + (f" is where {other}'s anchor matches" if other is not None else "")
                       for place, other in zip(relocation.candidates, others))
    if relocation.verdict == "missing":
        within = f" within {mention.speaker}'s turns" if mention.speaker else ""
        near = f"nothing near enough (best: {places}); " if places else f"no place keeps {KEPT:.0%} of its words; "
        return (f"anchor matches nowhere in {document.path}{within}: {mention.anchor!r}; {near}"
                "the words around the figure changed: update the anchor")
    if relocation.shared:
        return f"anchor matches nowhere exactly, and its best place is another drifted mention's too: {places}; update the anchor"
    return f"anchor matches nowhere exactly, and its best places are too close to call: {places}; update the anchor"


def _location(document: Document, match: Match) -> Location:
    return document.location(match.figure_start, document.speaker_at(match.figure_start) or "")


def _position(document: Document, match: Match) -> str:
    line, column = document.position(match.figure_start)
    return f"{line}:{column}"
