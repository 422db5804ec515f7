"""What was drafted, as plain data for tools (`--format json`) and as one summary line."""

from __future__ import annotations

from checks.draft.model import Draft


def as_data(draft: Draft, ledger: str | None) -> dict:
    return {
        "version": 1,
        "ledger": ledger,
        "document": {"key": draft.document_key, "path": draft.document_path, "language": draft.language,
                     "new": draft.new_document},
        "claims": [
            {
                "id": claim.id,
                "metric": claim.metric,
                "period": claim.period.value,
                "period_from": {"how": claim.period.how, "words": claim.period.words},
                "unit": claim.unit,
                "value": claim.value,
                "read": {
                    "value": str(claim.item.figure.value),
                    "unit": claim.item.figure.unit,
                    "scale": claim.item.figure.scale,
                    "qualifier": claim.item.figure.qualifier,
                },
                "notes": claim.notes,
                "mentions": [
                    {"anchor": m.anchor, "speaker": m.speaker, "said_by": m.item.speaker,
                     "line": m.item.line, "column": m.item.column, "note": m.note}
                    for m in claim.mentions
                ],
            }
            for claim in draft.claims
        ],
        "relations": [
            {"id": r.id, "kind": r.kind, "operands": r.operands, "is": r.result, "options": r.options,
             "words": r.words, "cue": r.cue, "notes": r.notes}
            for r in draft.relations
        ],
        "ignore": [
            {"pattern": e.pattern, "reason": e.reason, "rule": e.rule, "examples": e.examples}
            for e in draft.ignores
        ],
        "skipped": [
            {"text": s.text, "line": s.line, "column": s.column, "reason": s.reason} for s in draft.skipped
        ],
        "summary": summary_counts(draft),
    }


def summary_counts(draft: Draft) -> dict[str, int]:
    return {
        "claims": len(draft.claims),
        "mentions": sum(len(claim.mentions) for claim in draft.claims),
        "relations": len(draft.relations),
        "ignore": len(draft.ignores),
        "skipped": len(draft.skipped),
    }


def summary(draft: Draft, ledger: str) -> str:
    counts = summary_counts(draft)
    skipped = f", {counts['skipped']} figure(s) skipped (see the end of the file)" if counts["skipped"] else ""
    return (f"{ledger}: drafted {counts['claims']} claims ({counts['mentions']} mentions), "
            f"{counts['relations']} relations and {counts['ignore']} ignore entries{skipped}; "
            "each is marked `review: draft` until a person confirms it")
