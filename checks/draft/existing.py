"""The ledger a draft goes into (`--into`): what it already says, and where to add.

Read as located YAML nodes (`checks.yamlsafe`, no validation against the
relation rules, so a half-written ledger can still be added to). From it the
draft learns which figures of the document are already claimed (its anchors,
resolved with the real `AnchorIndex`), which numbers its `ignore` patterns
cover, which ids and relations exist, and, for each top-level section, the
line after its last line of content: the draft inserts new lines there and
never changes a byte of what is there.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

import yaml

from checks.anchors import Anchor, AnchorIndex, AnchorSyntaxError
from checks.document import Document
from checks.yamlsafe import YamlProblem, compose_file

OPTIONS = frozenset({"is", "exact", "op", "weights", "tolerance", "formula", "why", "periods", "units", "review"})


class ExistingError(Exception):
    """The ledger cannot be added to; the message says where and why."""


@dataclass
class Section:
    """Where a top-level section of an existing ledger sits, for inserting items."""

    name: str
    key_line: int  # 0-based line of "name:"
    insert_line: int  # 0-based line before which new items go
    indent: int  # column of the section's items (of the "-" for a list)
    empty: bool  # the section holds nothing yet
    step: int = 2  # how much deeper an item's fields are than the item


@dataclass
class Existing:
    """What an existing ledger already holds, so a draft adds only what is new."""

    path: str
    text: str
    documents: dict[str, str] = field(default_factory=dict)  # key -> absolute path
    document_key: str | None = None  # the key naming the drafted document, if any
    ids: set[str] = field(default_factory=set)
    claimed: dict[int, str] = field(default_factory=dict)  # figure start -> claim id
    relations: set[tuple[str, tuple[str, ...], str | None]] = field(default_factory=set)
    ignore_patterns: list[str] = field(default_factory=list)
    sections: dict[str, Section] = field(default_factory=dict)
    rejected: set[str] = field(default_factory=set)  # ids the reviewer rejected (`rejected:`)
    item_lines: dict[str, tuple[int, int]] = field(default_factory=dict)  # claim/relation id -> [first, end) lines

    def ignored(self, text: str) -> list[tuple[int, int]]:
        spans = []
        for pattern in self.ignore_patterns:
            try:
                spans.extend(m.span() for m in re.finditer(pattern, text) if m.end() > m.start())
            except re.error:
                continue
        return spans


def read_existing(path: str, document: Document, document_path: str) -> Existing:
    """Read the ledger at `path` (which may be empty) for drafting `document` into it."""
    try:
        root = compose_file(path)  # first: it refuses a FIFO or a device, which open() would wait on
    except YamlProblem as problem:
        raise ExistingError(f"{problem.where}: {problem.message}") from None
    with open(path, encoding="utf-8", newline="") as handle:
        text = handle.read()
    existing = Existing(path, text)
    if root is None:
        return existing
    if not isinstance(root, yaml.MappingNode):
        raise ExistingError(f"{path}:1:1: the ledger is not a mapping of sections; see docs/ledger.md")
    folder = os.path.dirname(os.path.abspath(path))
    lines = text.splitlines()
    keys = [key.start_mark.line for key, _ in root.value]
    for position, (key, value) in enumerate(root.value):
        following = keys[position + 1] if position + 1 < len(keys) else len(lines)
        existing.sections[key.value] = _section(key, value, following, lines, path)
    top = {key.value: value for key, value in root.value}
    _documents(existing, top.get("documents"), folder, os.path.abspath(document_path))
    _claims(existing, top, document)
    _relations(existing, top.get("relations"))
    existing.rejected = {item.value for item in _items(top.get("rejected")) if isinstance(item, yaml.ScalarNode)}
    for name in ("claims", "relations"):
        node = top.get(name)
        keys = [key for key, _ in node.value] if isinstance(node, yaml.MappingNode) else []
        ends = [key.start_mark.line for key in keys[1:]] + [existing.sections[name].insert_line] if keys else []
        existing.item_lines.update((key.value, (key.start_mark.line, end)) for key, end in zip(keys, ends)
                                   if isinstance(key, yaml.ScalarNode))
    for item in _items(top.get("ignore")):
        fields = _fields(item)
        if isinstance(fields.get("pattern"), yaml.ScalarNode):
            existing.ignore_patterns.append(fields["pattern"].value)
    return existing


def _section(key: yaml.Node, value: yaml.Node, following: int, lines: list[str], path: str) -> Section:
    name = key.value
    if isinstance(value, (yaml.MappingNode, yaml.SequenceNode)) and value.flow_style and value.value:
        raise ExistingError(f"{path}:{key.start_mark.line + 1}:1: section {name!r} is written in flow style "
                            "([...] or {...}); write it as a block so that the draft can add to it")
    empty = not isinstance(value, (yaml.MappingNode, yaml.SequenceNode)) or not value.value
    last = key.start_mark.line
    for number in range(key.start_mark.line + 1, min(following, len(lines))):
        line = lines[number]
        if line.strip() and not line.startswith("#"):
            last = number
    indent, step = 2, 2
    if not empty:
        first = value.value[0][0] if isinstance(value, yaml.MappingNode) else value.value[0]
        line = lines[first.start_mark.line]
        indent = line.index("-") if isinstance(value, yaml.SequenceNode) and "-" in line else first.start_mark.column
        inner = value.value[0][1] if isinstance(value, yaml.MappingNode) else None
        if isinstance(inner, yaml.MappingNode) and inner.value and inner.value[0][0].start_mark.column > indent:
            step = inner.value[0][0].start_mark.column - indent
    if empty and isinstance(value, (yaml.MappingNode, yaml.SequenceNode)) and value.flow_style:
        written = lines[key.start_mark.line].split(":", 1)[1].strip()
        raise ExistingError(f"{path}:{key.start_mark.line + 1}:1: section {name!r} is an empty flow collection "
                            f"({written}); delete it or write it as a block")
    return Section(name, key.start_mark.line, last + 1, indent, empty, step)


def _documents(existing: Existing, node, folder: str, wanted: str) -> None:
    for key, value in _pairs(node):
        path = _fields(value).get("path")
        if isinstance(path, yaml.ScalarNode):
            target = os.path.normpath(os.path.join(folder, path.value))
            existing.documents[key] = target
            if os.path.abspath(target) == wanted:
                existing.document_key = key


def _claims(existing: Existing, top: dict, document: Document) -> None:
    anchors, owners = [], []
    single = len(existing.documents) == 1
    for section in ("claims", "external"):
        for key, value in _pairs(top.get(section)):
            existing.ids.add(key)
            for mention in _items(_fields(value).get("mentions")):
                fields = {k: v.value for k, v in _fields(mention).items() if isinstance(v, yaml.ScalarNode)}
                named = fields.get("document") or (next(iter(existing.documents)) if single else None)
                if named != existing.document_key or "anchor" not in fields:
                    continue
                try:
                    anchors.append(Anchor(fields["anchor"], fields.get("speaker")))
                except AnchorSyntaxError:
                    continue
                owners.append(key)
    if existing.document_key is None:
        return
    for key, resolution in zip(owners, AnchorIndex(document).resolve(anchors)):
        if resolution.unique is not None:
            existing.claimed[resolution.unique.figure_start] = key


def _relations(existing: Existing, node) -> None:
    for key, value in _pairs(node):
        existing.ids.add(key)
        fields = _fields(value)
        kinds = [name for name in fields if name not in OPTIONS]
        if len(kinds) != 1 or not isinstance(fields[kinds[0]], yaml.SequenceNode):
            continue
        operands = tuple(item.value for item in fields[kinds[0]].value if isinstance(item, yaml.ScalarNode))
        result = fields["is"].value if isinstance(fields.get("is"), yaml.ScalarNode) else None
        existing.relations.add((kinds[0], operands, result))


def _pairs(node) -> list[tuple[str, yaml.Node]]:
    if not isinstance(node, yaml.MappingNode):
        return []
    return [(key.value, value) for key, value in node.value if isinstance(key, yaml.ScalarNode)]


def _fields(node) -> dict[str, yaml.Node]:
    return dict(_pairs(node))


def _items(node) -> list[yaml.Node]:
    return list(node.value) if isinstance(node, yaml.SequenceNode) else []

