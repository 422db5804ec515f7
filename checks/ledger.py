"""YAML ledger -> typed `Ledger`, every problem reported with path:line:column.

The file is read piece by piece (`checks.yamlsafe.stream_file`): each claim,
external figure and relation is checked for shape (against `checks.schema`, on
its located YAML nodes) and built as it is read, then its nodes are dropped, so
memory holds the model, not a node tree. Every problem is gathered before any
is reported: shape problems first (a ledger of the wrong shape is not built
further), then the meaning (dangling references, figures that do not parse,
relation typing by each rule), which needs every claim and so ends the read.
"""

from __future__ import annotations

import os
from typing import NamedTuple

import yaml

from checks import rules
from checks.findings import Finding, Kind, Location
from checks.model import (
    Claim,
    DocumentRef,
    Expectation,
    Ignore,
    Ledger,
    Mention,
    Relation,
    Slack,
)
from checks.literals import LiteralError, bounded_decimal
from checks.numbers import UNITS, FigureError, parse_figure
from checks.patterns import PatternError, check_pattern
from checks.qualifiers import BUILT_IN
from checks.schema import ledger_schema
from checks.shape import ShapeCheck, short as _short
from checks.spelling import closest
from checks.yamlsafe import Entry, Section, YamlProblem, stream_file, where


class Problem(NamedTuple):
    """One thing wrong with the ledger, at its place; becomes a ledger finding."""

    where: Location
    field: str
    message: str
    rule: str = "schema"  # yaml | schema | reference | figure | relation | path | anchor

    def finding(self) -> Finding:
        return Finding(Kind.LEDGER, self.rule, self.field, self.message, (self.where,))


class LedgerError(Exception):
    """The ledger cannot be used; `problems` lists every reason at once."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(f"{p.where}: {p.field}: {p.message}" for p in problems))
        self.problems = problems

    def findings(self) -> list[Finding]:
        return [problem.finding() for problem in self.problems]


STREAMED = frozenset({"claims", "external", "relations"})  # sections read one entry at a time


def schema() -> dict:
    return ledger_schema(sorted(rules.RULES))


def load_ledger(path: str, *, allow_outside: bool = False) -> Ledger:
    """Load and validate a ledger; raise LedgerError listing every problem.

    The file is read entry by entry (`checks.yamlsafe.stream_file`): each claim and
    relation is checked and built as it is read and its YAML nodes dropped, so a
    ledger of 100,000 claims never stands in memory as a node tree.
    """
    display = display_path(path)
    reader = _Reader(display, os.path.dirname(os.path.abspath(path)), allow_outside)
    try:
        for piece in stream_file(path, display, STREAMED):
            reader.take(piece)
    except YamlProblem as problem:
        raise LedgerError([Problem(problem.where, "yaml", problem.message, "yaml")]) from None
    return reader.finish()


def display_path(path: str) -> str:
    """Paths under the working folder are shown relative to it, others as given."""
    relative = os.path.relpath(os.path.abspath(path))
    return path if relative.startswith(os.pardir) else relative


class _Reader:
    """Takes the pieces of a streamed ledger in file order: checks the shape of each,
    builds what is sound, and keeps the meaning problems in the order of the sections."""

    def __init__(self, path: str, folder: str, allow_outside: bool):
        self.spec = schema()
        self.shape = ShapeCheck(path, Problem)
        self.builder = _Builder(path, folder, allow_outside)
        self.root: yaml.Node | None = None
        self.empty = False
        self.top: dict[str, yaml.Node] = {}  # top-level key -> its value node (a section: without entries)
        self.seen: dict[str, int] = {}  # top-level keys: their lines
        self.sections: dict[str, tuple[dict, dict[str, int]]] = {}  # entry spec, entry keys seen

    def take(self, piece) -> None:
        if self.root is None and not self.empty:
            self.root = piece
            self.empty = piece is None
        elif isinstance(piece, Entry):
            self._entry(piece)
        elif isinstance(piece, Section):
            spec = self._top(piece.key, piece.mapping)
            if spec is not None:
                self.sections[piece.key.value] = (spec, {})
            else:  # a repeated section: reported, and its entries are not read
                self.sections.pop(piece.key.value, None)
        else:
            self._top(*piece)

    def _top(self, key: yaml.Node, value: yaml.Node) -> dict | None:
        spec = self.shape.key(key, self.spec, "", self.seen)
        if spec is None:
            return None
        before = len(self.shape.problems)
        self.shape.visit(value, spec, key.value)
        self.top[key.value] = value
        if key.value == "documents" and len(self.shape.problems) == before:
            self.builder.documents_from(value)
        if key.value == "defaults" and len(self.shape.problems) == before:
            self.builder.defaults_from(value)
        return spec

    def _entry(self, entry: Entry) -> None:
        if entry.section not in self.sections:
            return  # a duplicate section, reported already
        spec, seen = self.sections[entry.section]
        child = self.shape.key(entry.key, spec, entry.section, seen)
        if child is None:
            return
        before = len(self.shape.problems)
        self.shape.visit(entry.value, child, f"{entry.section}.{entry.key.value}")
        if len(self.shape.problems) == before == 0:
            self.builder.entry(entry)

    def finish(self) -> Ledger:
        display = self.shape.path
        if self.empty:
            raise LedgerError([Problem(Location(display, 1, 1), "yaml", "the ledger is empty; see docs/ledger.md", "yaml")])
        if not isinstance(self.root, yaml.MappingNode):
            self.shape.visit(self.root, self.spec, "")
        else:
            self.shape.required(self.root, self.spec, "", self.seen)
        if self.shape.problems:
            raise LedgerError(self.shape.problems)
        ledger = self.builder.finish(self.root, self.top)
        if self.builder.problems:
            raise LedgerError(self.builder.problems)
        return ledger


class _Builder:
    """Builds the model from shape-valid pieces as they are read, checking meaning."""

    def __init__(self, path: str, folder: str, allow_outside: bool):
        self.path = path
        self.folder = folder
        self.allow_outside = allow_outside
        self.problems: list[Problem] = []  # of the piece being built
        self.documents: dict[str, DocumentRef] | None = None  # None until the documents are read
        self.document_problems: list[Problem] = []
        self.claims: dict[str, Claim] = {}
        self.claim_problems: list[Problem] = []
        # relations are checked once every claim is known: id, where, relation, its keys' places, problems
        self.relations: list[tuple[str, Location, Relation | None, dict[str, Location] | None, list[Problem]]] = []
        self.shared: dict[str, str] = {}  # one object for equal texts: ids, units, periods, speakers...
        # mentions read before the documents: claim id, index, field, named document, where
        self.pending: list[tuple[str, int, str, str | None, Location, Location | None]] = []
        self.qualifiers = BUILT_IN  # with the ledger's own phrases once `defaults` is read
        self.precision: dict[str, str] = {}
        self.precision_at: dict[str, Location] = {}
        # values that did not read before `defaults` was: field, value, where, unit, where
        self.unread: list[tuple[str, str, Location, str, Location]] = []

    def fail(self, node: yaml.Node, field: str, message: str, rule: str = "reference") -> None:
        self.problems.append(Problem(where(self.path, node), field, message, rule))

    def documents_from(self, node: yaml.MappingNode) -> None:
        self.documents = {key: self._document(key, value) for key, (_, value) in _pairs(node).items()}
        self.document_problems += self._taken()

    def defaults_from(self, node: yaml.MappingNode) -> None:
        """The phrases a ledger adds to the qualifier table, and its per-unit precision."""
        fields = _pairs(node)
        for place, (_, phrases) in _pairs(fields["qualifiers"][1]).items() if "qualifiers" in fields else ():
            for qualifier, (_, words) in _pairs(phrases).items():
                self.qualifiers = self.qualifiers.with_phrases(place, {qualifier: [w.value for w in words.value]})
        for unit, (unit_node, step) in _pairs(fields["precision"][1]).items() if "precision" in fields else ():
            if self._precision(step, f"defaults.precision.{unit}"):
                self.precision[unit] = step.value
                self.precision_at[unit] = where(self.path, unit_node)
        self.document_problems += self._taken()

    def _taken(self) -> list[Problem]:
        """The problems found since the last call; `fail` gathers them piece by piece."""
        taken, self.problems = self.problems, []
        return taken

    def entry(self, entry: Entry) -> None:
        """Build one claim, external figure or relation as it is read."""
        key = self.shared.setdefault(entry.key.value, entry.key.value)
        if entry.section == "relations":
            relation, locations = self._relation(key, entry.key, entry.value)
            self.relations.append((key, where(self.path, entry.key), relation, locations, self._taken()))
        else:
            if key in self.claims:
                self.fail(entry.key, f"{entry.section}.{key}",
                          f"duplicate id {_short(key)}; claim and external ids share one namespace")
            else:
                self.claims[key] = self._claim(entry.section, key, entry.key, entry.value)
            self.claim_problems += self._taken()

    def finish(self, root: yaml.MappingNode, top: dict[str, yaml.Node]) -> Ledger:
        """The ledger, once every entry is read; problems in the order of the sections."""
        if not self.documents:
            self.fail(root, "documents", "name at least one document")
        problems = self.document_problems + self._taken()
        self._resolve_pending()
        self._read_unread()
        self._check_precision_units()
        problems += self.claim_problems + self._taken()
        relations = {}
        for key, key_at, relation, locations, built in self.relations:
            if key in self.claims:
                problems.append(Problem(key_at, f"relations.{key}",
                                        f"id {_short(key)} is already a claim's id; ids share one namespace", "reference"))
                continue
            problems += built
            if relation is not None:
                relations[key] = relation
                for problem in rules.validate(relation, self.claims, self.qualifiers):
                    spot = locations.get(problem.field, relation.where)
                    problems.append(Problem(spot, f"relations.{key}.{problem.field}", problem.message, "relation"))
        ledger = Ledger(
            path=self.path,
            documents=self.documents,
            claims=self.claims,
            relations=relations,
            ignores=tuple(self._ignores(top)),
            expected=tuple(self._expected(top)),
            slack=self._slack(top),
            precision=self.precision,
            qualifiers=self.qualifiers,
            drift=self._drift(top),
        )
        self.problems = problems + self._taken()
        return ledger

    def _document(self, key: str, node: yaml.MappingNode) -> DocumentRef:
        fields = _pairs(node)
        path_node = fields["path"][1]
        if "\0" in path_node.value:
            self.fail(path_node, f"documents.{key}.path", "a path cannot hold a NUL character; fix the path", "path")
            return DocumentRef(key, "", "", "en", where(self.path, node))
        target = os.path.normpath(os.path.join(self.folder, path_node.value))
        # realpath on both sides: a symlink inside the folder must not lead outside it
        folder = os.path.realpath(self.folder)
        inside = os.path.commonpath([folder, os.path.realpath(target)]) == folder
        if not inside and not self.allow_outside:
            self.fail(path_node, f"documents.{key}.path",
                      f"{_short(path_node.value, 200)} is outside the ledger's folder; pass --allow-outside to permit it", "path")
        language = fields["language"][1].value if "language" in fields else "en"
        return DocumentRef(key, target, display_path(target), language, where(self.path, node))

    def _claim(self, section, key, key_node, node) -> Claim:
        fields = _pairs(node)
        share = self.shared.setdefault
        text = {name: share(value.value, value.value) for name, (_, value) in fields.items()
                if isinstance(value, yaml.ScalarNode)}
        self._value(f"{section}.{key}", text["value"], where(self.path, fields["value"][1]),
                    text["unit"], where(self.path, fields["unit"][1]))
        if "precision" in fields:
            self._precision(fields["precision"][1], f"{section}.{key}.precision")
        mentions = tuple(self._mention(key, index, f"{section}.{key}.mentions[{index}]", item)
                         for index, item in enumerate(fields["mentions"][1].value)) if "mentions" in fields else ()
        return Claim(
            id=key,
            metric=text["metric"],
            period=text["period"],
            unit=text["unit"],
            value=text["value"],
            where=where(self.path, key_node),
            mentions=mentions,
            precision=text.get("precision"),
            source=text.get("source") if section == "external" else None,
            review=text.get("review"),
        )

    def _value(self, field: str, value: str, value_at: Location, unit: str, unit_at: Location, last: bool = False):
        """Read a claim's value; one that does not read waits for the ledger's own qualifiers."""
        try:
            figure = parse_figure(value, self.qualifiers)
        except FigureError as error:
            if last:
                self.problems.append(Problem(value_at, f"{field}.value", _clip(str(error)), "figure"))
            else:
                self.unread.append((field, value, value_at, unit, unit_at))
            return
        if figure.unit != unit and not _unit_compatible(figure.unit, unit):
            self.problems.append(Problem(unit_at, f"{field}.unit",
                                         f"value {_short(value)} reads as unit {figure.unit!r}, but unit says {_short(unit)}",
                                         "figure"))

    def _read_unread(self) -> None:
        """The values that did not read: again, with every phrase of `defaults: qualifiers:`."""
        for field, value, value_at, unit, unit_at in self.unread:
            self._value(field, value, value_at, unit, unit_at, last=True)

    def _check_precision_units(self) -> None:
        """A per-unit precision must name a unit some figure has; a typo would silently do nothing."""
        known = {*UNITS, "count", *(claim.unit for claim in self.claims.values())}
        for unit, at in self.precision_at.items():
            if unit not in known:
                hint = closest(unit, sorted(known))
                advice = f"did you mean {hint!r}?" if hint else "use a claim's unit, e.g. count"
                self.problems.append(Problem(at, f"defaults.precision.{unit}",
                                             f"no claim has unit {_short(unit)}; {advice}", "schema"))

    def _precision(self, node: yaml.ScalarNode, field: str) -> bool:
        expected = f"found {_short(node.value)}, expected a step such as 1 or 0.1 (0 means exact)"
        try:
            if bounded_decimal(node.value) >= 0:
                return True
            self.fail(node, field, expected, "figure")
        except LiteralError as error:
            self.fail(node, field, f"{expected}; {error}", "figure")
        return False

    def _mention(self, claim: str, index: int, field: str, node: yaml.MappingNode) -> Mention:
        pairs = _pairs(node)
        fields = {name: self.shared.setdefault(value.value, value.value) if name != "anchor" else value.value
                  for name, (_, value) in pairs.items()}
        named = fields.get("document")
        named_at = where(self.path, pairs["document"][1]) if named is not None else None
        at = where(self.path, node)
        if self.documents is None:
            self.pending.append((claim, index, field, named, at, named_at))
            document = ""
        else:
            document = self._mention_document(field, named, at, named_at)
        return Mention(fields["anchor"], document, fields.get("speaker"), at)

    def _mention_document(self, field: str, named: str | None, at: Location, named_at: Location | None) -> str:
        """The key of the document a mention is in, checked against the ledger's documents."""
        documents = self.documents or {}
        if named is None:
            if len(documents) != 1:
                self.problems.append(Problem(at, field, "the ledger names several documents; say which with 'document:'",
                                             "reference"))
            return next(iter(documents), "")
        if named not in documents:
            self.problems.append(Problem(named_at, f"{field}.document",
                                         f"unknown document {_short(named)}; known: {', '.join(documents)}", "reference"))
        return named

    def _resolve_pending(self) -> None:
        """Mentions read before the ledger's documents get their document now."""
        for claim_id, index, field, named, at, named_at in self.pending:
            claim = self.claims[claim_id]
            mentions = list(claim.mentions)
            mentions[index] = mentions[index]._replace(document=self._mention_document(field, named, at, named_at))
            self.claims[claim_id] = claim._replace(mentions=tuple(mentions))

    def _relation(self, key: str, key_node: yaml.Node, node: yaml.MappingNode):
        """The relation and where each of its keys stands, or (None, None) if it names no single kind."""
        fields = _pairs(node)
        kinds = [name for name in fields if name in rules.RULES]
        if len(kinds) != 1:
            found = ", ".join(kinds) or "none"
            self.fail(key_node, f"relations.{key}",
                      f"needs exactly one relation keyword (found {found}); one of: {', '.join(sorted(rules.RULES))}")
            return None, None
        kind = kinds[0]
        share = self.shared.setdefault
        options = {}
        locations = {}
        for name, (name_node, value) in fields.items():
            locations[name] = where(self.path, name_node)
            if name != kind:
                plain = _plain(value)
                options[name] = share(plain, plain) if isinstance(plain, str) else plain
        review = options.pop("review", None)  # a mark for people, not an option of the rule
        relation = Relation(
            id=share(key, key),
            kind=kind,
            operands=tuple(share(item.value, item.value) for item in fields[kind][1].value),
            result=options.pop("is", None),
            where=where(self.path, key_node),
            options=options,
            review=review,
        )
        return relation, locations

    def _ignores(self, top):
        for node in top["ignore"].value if "ignore" in top else ():
            fields = _pairs(node)
            pattern_node = fields["pattern"][1]
            try:
                check_pattern(pattern_node.value)
            except PatternError as error:
                self.fail(pattern_node, "ignore.pattern", str(error), "schema")
                continue
            review = fields["review"][1].value if "review" in fields else None
            yield Ignore(pattern_node.value, fields["reason"][1].value, where(self.path, node), review)

    def _expected(self, top):
        for node in top["expected"].value if "expected" in top else ():
            fields = {name: value.value for name, (_, value) in _pairs(node).items()}
            yield Expectation(fields["kind"], fields["rule"], fields["id"], fields["reason"], where(self.path, node))

    def _slack(self, top) -> Slack:
        if "defaults" not in top or "slack" not in _pairs(top["defaults"]):
            return Slack()
        values = {name: value.value for name, (_, value) in _pairs(_pairs(top["defaults"])["slack"][1]).items()}
        return Slack(**values)

    def _drift(self, top) -> str:
        defaults = _pairs(top["defaults"]) if "defaults" in top else {}
        return defaults["drift"][1].value if "drift" in defaults else "warn"


def _clip(message: str, width: int = 240) -> str:
    return message if len(message) <= width else message[:width] + "…"


def _pairs(node: yaml.MappingNode) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    return {key.value: (key, value) for key, value in node.value}


def _plain(node: yaml.Node):
    if isinstance(node, yaml.SequenceNode):
        return [_plain(item) for item in node.value]
    if node.tag.endswith(":bool"):
        return node.value.lower() in ("true", "yes", "on")
    return node.value


def _unit_compatible(read: str, declared: str) -> bool:
    """A bare number may carry any counted unit the ledger declares."""
    return read == "count"
