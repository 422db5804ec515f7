"""A draft as YAML text: a new ledger, or new lines inserted into an existing one.

Every drafted item carries `review: draft` and a comment saying what the guess
came from. Scalars are written plain when YAML reads them back as the same
text, else double-quoted (single-quoted when they hold a backslash or a double
quote, as regular expressions and quoted words do); characters a reader cannot
see (no-break spaces) are written as \\u escapes.

Into an existing ledger, the draft inserts whole lines after the last line of
content of each section it adds to (`checks.draft.existing.Section`), at that
section's indentation, and appends sections the ledger lacks at the end. Every
existing byte stays where it was, in order, unchanged; the result is parsed
again before anything is written.
"""

from __future__ import annotations

import json
import re

import yaml

from checks.draft.existing import Existing
from checks.draft.model import Draft, DraftClaim, DraftIgnore, DraftRelation
from checks.yamlsafe import YamlProblem, compose_text

MARK = "review: draft"


class WriterError(Exception):
    """The text the draft would write does not read back (a bug: please report it)."""


def render_new(draft: Draft, title: str) -> str:
    lines = [
        f"# Drafted by `python -m checks draft` from {title}.",
        "#",
        "# Every item below is a guess marked `review: draft`: `python -m checks check`",
        "# reports each one as a `ledger` warning until a person confirms it by deleting",
        "# that line. The comment above each item says what the guess came from: correct",
        "# the metric, period, unit or operands first. See docs/draft.md.",
        "# checks: ledger",
        "version: 1",
        *defaults_lines(draft),
        "",
        "documents:",
        *document_lines(draft, 2),
        "",
        "claims:" if draft.claims else "claims: {}",
    ]
    for claim in draft.claims:
        lines.extend(claim_lines(claim, 2, None))
    if draft.relations:
        lines += ["", "relations:"]
        for relation in draft.relations:
            lines.extend(relation_lines(relation, 2))
    if draft.ignores:
        lines += ["", "ignore:"]
        for entry in draft.ignores:
            lines.extend(ignore_lines(entry, 2))
    if draft.skipped:
        lines += ["", *skipped_lines(draft)]
    return _checked("\n".join(lines) + "\n")


def render_into(existing: Existing, draft: Draft, title: str) -> str:
    """The existing ledger's text with the draft's lines inserted; see the module doc."""
    newline = "\r\n" if "\r\n" in existing.text else "\n"
    several = len(existing.documents) + (1 if draft.new_document else 0) > 1
    document = draft.document_key if several else None
    blocks = {
        "documents": (lambda indent, step: document_lines(draft, indent, step)) if draft.new_document else None,
        "claims": (lambda indent, step: [line for claim in draft.claims
                                         for line in claim_lines(claim, indent, document, step)])
        if draft.claims else None,
        "relations": (lambda indent, step: [line for r in draft.relations for line in relation_lines(r, indent, step)])
        if draft.relations else None,
        "ignore": (lambda indent, step: [line for e in draft.ignores for line in ignore_lines(e, indent)])
        if draft.ignores else None,
    }
    banner = f"# --- drafted from {title} by `python -m checks draft`: review each item ---"
    inserts: dict[int, list[str]] = {}
    appended: list[str] = [] if "version" in existing.sections else ["version: 1"]
    for name, block in blocks.items():
        if block is None:
            continue
        section = existing.sections.get(name)
        if section is None:
            appended += ["", f"{name}:", "  " + banner, *block(2, 2)]
        else:
            inserts.setdefault(section.insert_line, []).extend(
                [" " * section.indent + banner, *block(section.indent, section.step)])
    appended += defaults_lines(draft)
    if draft.skipped:
        appended += ["", *skipped_lines(draft)]
    source = existing.text.splitlines(keepends=True)
    out: list[str] = []
    for number in range(len(source) + 1):
        if number in inserts:
            if out and not out[-1].endswith(("\n", "\r")):
                out.append(newline)
            out.extend(line + newline for line in inserts[number])
        if number < len(source):
            out.append(source[number])
    if appended:
        if out and not out[-1].endswith(("\n", "\r")):
            out.append(newline)
        out.extend(line + newline for line in appended)
    return _checked("".join(out))


def defaults_lines(draft: Draft) -> list[str]:
    """The proposed per-unit precision (`checks.draft.steps`), or nothing."""
    if not draft.precision:
        return []
    units = ", ".join(f"every {unit} to {step:,}" for unit, step in draft.precision.items())
    return ["", "defaults:", comment("  ", f"the document writes {units}: its figures are rounded to that step"),
            "  precision:", *(f"    {unit}: {step}" for unit, step in draft.precision.items())]


def document_lines(draft: Draft, indent: int, step: int = 2) -> list[str]:
    pad, field = " " * indent, " " * (indent + step)
    lines = [f"{pad}{draft.document_key}:", f"{field}path: {scalar(draft.document_path)}"]
    if draft.language != "en":
        lines.append(f"{field}language: {draft.language}")
    return lines


def claim_lines(claim: DraftClaim, indent: int, document: str | None, step: int = 2) -> list[str]:
    pad, field = " " * indent, " " * (indent + step)
    head = claim.item
    figure = head.figure
    said = f" ({head.speaker})" if head.speaker else ""
    read = "".join(f", {name} {value}" for name, value in (("qualifier", figure.qualifier), ("scale", figure.scale))
                   if value)
    lines = [f"{pad}{claim.id}:",
             comment(field, f"line {head.line}:{head.column}{said}: {figure.text!r} read as {figure.unit}{read}"),
             comment(field, f"metric from the words around it; {claim.period.note()}")]
    lines += [comment(field, note) for note in claim.notes]
    lines += [
        f"{field}{MARK}",
        f"{field}metric: {scalar(claim.metric)}",
        f"{field}period: {scalar(claim.period.value)}",
        f"{field}unit: {scalar(claim.unit)}",
        f"{field}value: {quoted(claim.value)}",
        f"{field}mentions:",
    ]
    for mention in claim.mentions:
        if mention.note:
            lines.append(comment(field + "  ", f"line {mention.item.line}:{mention.item.column}: {mention.note}"))
        lines.append(f"{field}  - anchor: {quoted(mention.anchor)}")
        if mention.speaker:
            lines.append(f"{field}    speaker: {scalar(mention.speaker)}")
        if document:
            lines.append(f"{field}    document: {scalar(document)}")
    return lines


def relation_lines(relation: DraftRelation, indent: int, step: int = 2) -> list[str]:
    pad, field = " " * indent, " " * (indent + step)
    lines = [f"{pad}{relation.id}:", comment(field, f"proposed from the words {relation.words}")]
    lines += [comment(field, f'cue: "{relation.cue}"')] if relation.cue else []
    lines += [comment(field, note) for note in relation.notes]
    lines += [f"{field}{MARK}", f"{field}{relation.kind}: [{', '.join(scalar(o) for o in relation.operands)}]"]
    if relation.result is not None:
        lines.append(f"{field}is: {scalar(relation.result)}")
    for name, value in relation.options.items():
        lines.append(f"{field}{name}: {quoted(value)}")
    lines.append(f"{field}why: {quoted(relation.words)}")
    return lines


def ignore_lines(entry: DraftIgnore, indent: int) -> list[str]:
    pad = " " * indent
    shown = "; ".join(entry.examples[:6]) + ("; ..." if len(entry.examples) > 6 else "")
    return [comment(pad, f"guessed by the {entry.rule} rule from {shown}"),
            f"{pad}- pattern: {quoted(entry.pattern)}",
            f"{pad}  reason: {scalar(entry.reason)}",
            f"{pad}  {MARK}"]


def skipped_lines(draft: Draft) -> list[str]:
    lines = ["# Figures the draft could not claim (coverage reports them until they are claimed):"]
    lines += [f"# - line {s.line}:{s.column}: {s.text!r}: {s.reason}" for s in draft.skipped]
    return lines


def comment(pad: str, text: str) -> str:
    words = " ".join(text.split())
    return f"{pad}# " + "".join(c if c.isprintable() else _escape(c) for c in words)


_INVISIBLE = re.compile(r"[^\S ]|[\u00ad\u200b-\u200f\u2028-\u202f\u2060\ufeff]")


def _unseen(text: str) -> bool:
    return bool(_INVISIBLE.search(text)) or not text.replace(" ", "").isprintable()


def scalar(text: str) -> str:
    """`text` plain when YAML reads it back unchanged as text, else quoted."""
    if text and not _unseen(text) and text == text.strip() and not re.search(r"[:#]\s|\s#|:$", text) \
            and not re.match(r"[-?:,\[\]{}#&*!|>'\"%@`]", text):
        try:
            if yaml.safe_load(text) == text:
                return text
        except yaml.YAMLError:
            pass
    return quoted(text)


def quoted(text: str) -> str:
    """Double quotes, or single quotes for text with backslashes or double quotes."""
    if _unseen(text):
        escaped = json.dumps(text, ensure_ascii=False)
        return "".join(c if c == " " or (c.isprintable() and not _INVISIBLE.match(c)) else _escape(c)
                       for c in escaped)
    if "\\" in text or '"' in text:
        return "'" + text.replace("'", "''") + "'"
    return f'"{text}"'


def _escape(character: str) -> str:
    code = ord(character)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _checked(text: str) -> str:
    try:
        compose_text(text, "<draft>")
    except YamlProblem as problem:
        raise WriterError(f"the drafted ledger does not read back: {problem}") from None
    return text
