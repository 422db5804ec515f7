"""YAML ledger -> typed `Ledger`, every problem reported with path:line:column.

Validation runs in two passes, both gathering every problem before reporting:
the shape (against `checks.schema`, on located YAML nodes) and then the meaning
(dangling references, figures that do not parse, relation typing by each rule).
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import regex
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
from checks.numbers import FigureError, parse_figure
from checks.schema import ledger_schema
from checks.yamlsafe import YamlProblem, compose_file, where

_TYPE_NAMES = {"object": "a mapping", "array": "a list", "string": "text",
               "integer": "a whole number", "number": "a number", "boolean": "true or false"}


@dataclass(frozen=True)
class Problem:
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


def schema() -> dict:
    return ledger_schema(sorted(rules.RULES))


def load_ledger(path: str, *, allow_outside: bool = False) -> Ledger:
    """Load and validate a ledger; raise LedgerError listing every problem."""
    display = display_path(path)
    try:
        root = compose_file(path, display)
    except YamlProblem as problem:
        raise LedgerError([Problem(problem.where, "yaml", problem.message, "yaml")]) from None
    if root is None:
        raise LedgerError([Problem(Location(display, 1, 1), "yaml", "the ledger is empty; see docs/ledger.md", "yaml")])
    shape = _ShapeCheck(display)
    shape.visit(root, schema(), "")
    if shape.problems:
        raise LedgerError(shape.problems)
    builder = _Builder(display, os.path.dirname(os.path.abspath(path)), allow_outside)
    ledger = builder.build(root)
    if builder.problems:
        raise LedgerError(builder.problems)
    return ledger


def display_path(path: str) -> str:
    """Paths under the working folder are shown relative to it, others as given."""
    relative = os.path.relpath(os.path.abspath(path))
    return path if relative.startswith(os.pardir) else relative


class _ShapeCheck:
    """Walks located YAML nodes against the JSON Schema subset we use."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []

    def fail(self, node: yaml.Node, field: str, message: str) -> None:
        self.problems.append(Problem(where(self.path, node), field or "(top)", message))

    def visit(self, node: yaml.Node, spec: dict, field: str) -> None:
        expected = spec.get("type")
        allowed = [expected] if isinstance(expected, str) else expected or []
        if allowed and not any(self._has_type(node, name) for name in allowed):
            wanted = " or ".join(_TYPE_NAMES[name] for name in allowed)
            self.fail(node, field, f"found {_describe(node)}, expected {wanted}")
            return
        if isinstance(node, yaml.ScalarNode):
            self._scalar(node, spec, field)
        elif isinstance(node, yaml.SequenceNode):
            if len(node.value) < spec.get("minItems", 0):
                self.fail(node, field, f"expected at least {spec['minItems']} item(s)")
            for index, item in enumerate(node.value):
                self.visit(item, spec.get("items", {}), f"{field}[{index}]")
        elif isinstance(node, yaml.MappingNode):
            self._mapping(node, spec, field)

    def _has_type(self, node: yaml.Node, expected: str) -> bool:
        if expected == "object":
            return isinstance(node, yaml.MappingNode)
        if expected == "array":
            return isinstance(node, yaml.SequenceNode)
        if not isinstance(node, yaml.ScalarNode) or node.tag.endswith(":null"):
            return False
        if expected == "integer":
            return node.tag.endswith(":int")
        if expected == "boolean":
            return node.tag.endswith(":bool")
        if expected == "number":
            return node.tag.endswith((":int", ":float"))
        return True  # any plain scalar is text: its source spelling is kept

    def _scalar(self, node: yaml.ScalarNode, spec: dict, field: str) -> None:
        if "enum" in spec and _scalar_value(node) not in spec["enum"]:
            allowed = ", ".join(str(value) for value in spec["enum"])
            self.fail(node, field, f"found {_short(node.value)}, expected one of: {allowed}")
        if spec.get("minLength") and not node.value.strip():
            self.fail(node, field, "is empty; write a value")
        if "pattern" in spec and not re.search(spec["pattern"], node.value):
            self.fail(node, field, f"found {_short(node.value)}, which is not a valid {field.rsplit('.', 1)[-1]}")

    def _mapping(self, node: yaml.MappingNode, spec: dict, field: str) -> None:
        properties = spec.get("properties", {})
        extra = spec.get("additionalProperties", True)
        seen: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            child = f"{field}.{key}" if field else str(key)
            if key is None:
                self.fail(key_node, field, "keys must be plain text")
                continue
            if key in seen:
                first = where(self.path, seen[key])
                self.fail(key_node, child, f"duplicate key {_short(key)} (first at line {first.line}); ids must be unique")
                continue
            seen[key] = key_node
            if key in properties:
                self.visit(value_node, properties[key], child)
            elif extra is False:
                known = ", ".join(properties)
                hint = difflib.get_close_matches(key, properties, n=1)
                advice = f"did you mean {hint[0]!r}?" if hint else f"known keys: {known}"
                self.fail(key_node, child, f"unknown key {_short(key)}; {advice}")
            elif isinstance(extra, dict):
                name_pattern = spec.get("propertyNames", {}).get("pattern")
                if name_pattern and not re.search(name_pattern, key):
                    self.fail(key_node, child, f"id {_short(key)} may hold only letters, digits, '_', '.', '-'")
                self.visit(value_node, extra, child)
        for required in spec.get("required", []):
            if required not in seen:
                self.fail(node, field, f"missing required key {required!r}")


def _describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag.endswith(":null"):
        return "nothing"
    return _short(node.value)


def _clip(message: str, width: int = 240) -> str:
    return message if len(message) <= width else message[:width] + "…"


def _short(text: str, width: int = 60) -> str:
    """A value quoted for a message, cut so one problem stays one short line."""
    return repr(text if len(text) <= width else text[:width] + "…")


def _scalar_value(node: yaml.ScalarNode):
    """Plain decimal integers compare as numbers; anything else as its text."""
    if node.tag.endswith(":int") and re.fullmatch(r"[-+]?[0-9]+", node.value):
        return int(node.value)
    return node.value


class _Builder:
    """Turns a shape-valid node tree into the model, checking meaning."""

    def __init__(self, path: str, folder: str, allow_outside: bool):
        self.path = path
        self.folder = folder
        self.allow_outside = allow_outside
        self.problems: list[Problem] = []

    def fail(self, node: yaml.Node, field: str, message: str, rule: str = "reference") -> None:
        self.problems.append(Problem(where(self.path, node), field, message, rule))

    def build(self, root: yaml.MappingNode) -> Ledger:
        top = _pairs(root)
        documents = {key: self._document(key, node) for key, (_, node) in _pairs(top["documents"][1]).items()} \
            if "documents" in top else {}
        if not documents:
            self.fail(root, "documents", "name at least one document")
        claims: dict[str, Claim] = {}
        for section in ("claims", "external"):
            if section in top:
                for key, (key_node, node) in _pairs(top[section][1]).items():
                    if key in claims:
                        self.fail(key_node, f"{section}.{key}", f"duplicate id {_short(key)}; claim and external ids share one namespace")
                        continue
                    claims[key] = self._claim(section, key, key_node, node, documents)
        relations = {}
        if "relations" in top:
            for key, (key_node, node) in _pairs(top["relations"][1]).items():
                if key in claims:
                    self.fail(key_node, f"relations.{key}", f"id {_short(key)} is already a claim's id; ids share one namespace")
                    continue
                relation = self._relation(key, key_node, node)
                if relation is not None:
                    relations[key] = relation
                    for problem in rules.validate(relation, claims):
                        field = f"relations.{key}.{problem.field}"
                        spot = relation.option_locations.get(problem.field, relation.where)
                        self.problems.append(Problem(spot, field, problem.message, "relation"))
        return Ledger(
            path=self.path,
            documents=documents,
            claims=claims,
            relations=relations,
            ignores=tuple(self._ignores(top)),
            expected=tuple(self._expected(top)),
            slack=self._slack(top),
        )

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

    def _claim(self, section, key, key_node, node, documents) -> Claim:
        fields = _pairs(node)
        text = {name: value.value for name, (_, value) in fields.items() if isinstance(value, yaml.ScalarNode)}
        try:
            figure = parse_figure(text["value"])
        except FigureError as error:
            self.fail(fields["value"][1], f"{section}.{key}.value", _clip(str(error)), "figure")
        else:
            if figure.unit != text["unit"] and not _unit_compatible(figure.unit, text["unit"]):
                self.fail(fields["unit"][1], f"{section}.{key}.unit",
                          f"value {_short(text['value'])} reads as unit {figure.unit!r}, but unit says {_short(text['unit'])}", "figure")
        if "precision" in fields:
            self._precision(fields["precision"][1], f"{section}.{key}.precision")
        mentions = tuple(self._mention(f"{section}.{key}.mentions[{index}]", item, documents)
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

    def _precision(self, node: yaml.ScalarNode, field: str) -> None:
        try:
            step = Decimal(node.value)
        except InvalidOperation:
            step = None
        if step is None or not step.is_finite() or step < 0:
            self.fail(node, field, f"found {_short(node.value)}, expected a step such as 1 or 0.1 (0 means exact)",
                      "figure")

    def _mention(self, field: str, node: yaml.MappingNode, documents) -> Mention:
        fields = {name: value.value for name, (_, value) in _pairs(node).items()}
        document = fields.get("document")
        if document is None:
            if len(documents) != 1:
                self.fail(node, field, "the ledger names several documents; say which with 'document:'")
            document = next(iter(documents), "")
        elif document not in documents:
            self.fail(_pairs(node)["document"][1], f"{field}.document",
                      f"unknown document {_short(document)}; known: {', '.join(documents)}")
        return Mention(fields["anchor"], document, fields.get("speaker"), where(self.path, node))

    def _relation(self, key: str, key_node: yaml.Node, node: yaml.MappingNode) -> Relation | None:
        fields = _pairs(node)
        kinds = [name for name in fields if name in rules.RULES]
        if len(kinds) != 1:
            found = ", ".join(kinds) or "none"
            self.fail(key_node, f"relations.{key}",
                      f"needs exactly one relation keyword (found {found}); one of: {', '.join(sorted(rules.RULES))}")
            return None
        kind = kinds[0]
        options = {}
        locations = {}
        for name, (name_node, value) in fields.items():
            locations[name] = where(self.path, name_node)
            if name != kind:
                options[name] = _plain(value)
        review = options.pop("review", None)  # a mark for people, not an option of the rule
        return Relation(
            id=key,
            kind=kind,
            operands=tuple(item.value for item in fields[kind][1].value),
            result=options.pop("is", None),
            where=where(self.path, key_node),
            options=options,
            option_locations=locations,
            review=review,
        )

    def _ignores(self, top):
        for node in top["ignore"][1].value if "ignore" in top else ():
            fields = _pairs(node)
            pattern_node = fields["pattern"][1]
            try:
                regex.compile(pattern_node.value)
            except regex.error as error:
                self.fail(pattern_node, "ignore.pattern", f"invalid regular expression: {error}", "schema")
                continue
            review = fields["review"][1].value if "review" in fields else None
            yield Ignore(pattern_node.value, fields["reason"][1].value, where(self.path, node), review)

    def _expected(self, top):
        for node in top["expected"][1].value if "expected" in top else ():
            fields = {name: value.value for name, (_, value) in _pairs(node).items()}
            yield Expectation(fields["kind"], fields["rule"], fields["id"], fields["reason"], where(self.path, node))

    def _slack(self, top) -> Slack:
        if "defaults" not in top or "slack" not in _pairs(top["defaults"][1]):
            return Slack()
        values = {name: value.value for name, (_, value) in _pairs(_pairs(top["defaults"][1])["slack"][1]).items()}
        return Slack(**values)


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
