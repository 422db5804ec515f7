"""Rejected proposals, remembered: `draft --into LEDGER --reject ID`.

A reviewer who deletes a wrong proposal would see it again at the next
`draft --into`, which drafts every figure and relation the ledger lacks.
Rejecting it instead takes its lines out of the ledger (when it is still
there) and adds its id to the ledger's `rejected:` list; the drafter proposes
no claim or relation under a rejected id again. Ids are stable across
re-drafts (`checks.draft.metrics`), so the same guess comes back under the
same id. Every other line of the ledger stays as it was.
"""

from __future__ import annotations

from checks.draft.existing import Existing
from checks.draft.writer import scalar


def reject(existing: Existing, ids: list[str]) -> str:
    """The ledger's text with the items `ids` removed and the ids listed under `rejected:`."""
    newline = "\r\n" if "\r\n" in existing.text else "\n"
    removed = {number for item in ids if item in existing.item_lines for number in range(*existing.item_lines[item])}
    listed = [item for item in dict.fromkeys(ids) if item not in existing.rejected]
    section = existing.sections.get("rejected")
    indent = section.indent if section is not None and not section.empty else 2
    entries = [f"{' ' * indent}- {scalar(item)}" for item in listed]
    source = existing.text.splitlines(keepends=True)
    out: list[str] = []
    for number, line in enumerate(source):
        if section is not None and number == section.insert_line and entries:
            out.extend(entry + newline for entry in entries)
            entries = []
        if number not in removed:
            out.append(line if line.endswith(("\n", "\r")) or number + 1 < len(source) else line + newline)
    if section is not None and entries:
        out.extend(entry + newline for entry in entries)
    elif section is None and entries:
        out.extend(line + newline for line in ["", "rejected:", *entries])
    return "".join(out)
