"""Located YAML nodes checked against a JSON Schema: one machinery for every file the tool reads.

The ledger (`checks.ledger`) and the review configuration (`checks.lint.reader`)
both walk their YAML nodes against their JSON Schema (`checks.schema`,
`checks.lint.schema`) with `ShapeCheck`, so a problem reads the same in both:
path:line:column, the field, what was found (shortened, so one problem stays one
line however long the value) and what is expected, with a did-you-mean for a
mistyped key or name. The subset of JSON Schema used: type, properties, required,
additionalProperties, propertyNames (pattern, enum, not enum), items, enum,
pattern, minItems, minLength. A plain number is text only where the schema says
"number" too (YAML reads `value: 17` as a number; the reader keeps its spelling).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

import yaml

from checks.findings import Location
from checks.spelling import closest
from checks.yamlsafe import where

P = TypeVar("P")

TYPE_NAMES = {"object": "a mapping", "array": "a list", "string": "text",
              "integer": "a whole number", "number": "a number", "boolean": "true or false"}


class ShapeCheck:
    """Walks located YAML nodes against the JSON Schema subset we use."""

    def __init__(self, path: str, problem: Callable[[Location, str, str], P]):
        self.path = path
        self.problem = problem
        self.problems: list[P] = []

    def fail(self, node: yaml.Node, field: str, message: str) -> None:
        self.problems.append(self.problem(where(self.path, node), field or "(top)", message))

    def visit(self, node: yaml.Node, spec: dict, field: str) -> None:
        expected = spec.get("type")
        allowed = [expected] if isinstance(expected, str) else expected or []
        if allowed and not any(self._has_type(node, name) for name in allowed):
            wanted = " or ".join(TYPE_NAMES[name] for name in allowed)
            written = isinstance(node, yaml.ScalarNode) and not node.tag.endswith(":null")
            quote = "; write it in quotes" if allowed == ["string"] and written else ""
            self.fail(node, field, f"found {describe(node)}, expected {wanted}{quote}")
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
        # text: what YAML 1.2 editors read as text, PyYAML's dates and yes/no/on/off included
        return node.tag.endswith((":str", ":timestamp")) or (
            node.tag.endswith(":bool") and node.value.lower() not in ("true", "false"))

    def _scalar(self, node: yaml.ScalarNode, spec: dict, field: str) -> None:
        if "enum" in spec and scalar_value(node) not in spec["enum"]:
            hint = _hint(node.value, spec["enum"])
            allowed = ", ".join(str(value) for value in spec["enum"])
            expected = hint if hint and len(spec["enum"]) > 6 else f", expected one of: {allowed}{hint}"
            self.fail(node, field, f"found {short(node.value)}{expected}")
        if spec.get("minLength") and not node.value.strip():
            self.fail(node, field, "is empty; write a value")
        if "pattern" in spec and not re.search(spec["pattern"], node.value):
            self.fail(node, field, f"found {short(node.value)}, which is not a valid {field.rsplit('.', 1)[-1]}")

    def _mapping(self, node: yaml.MappingNode, spec: dict, field: str) -> None:
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            child = self.key(key_node, spec, field, seen)
            if child is not None:
                self.visit(value_node, child, f"{field}.{key_node.value}" if field else key_node.value)
        self.required(node, spec, field, seen)

    def key(self, key_node: yaml.Node, spec: dict, field: str, seen: dict[str, int]) -> dict | None:
        """Check one key of a mapping; the spec its value must meet, or None to skip the value."""
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        child = f"{field}.{key}" if field else str(key)
        if key is None:
            self.fail(key_node, field, "keys must be plain text")
            return None
        if key in seen:
            self.fail(key_node, child, f"duplicate key {short(key)} (first at line {seen[key]}); ids must be unique")
            return None
        seen[key] = key_node.start_mark.line + 1  # the line only: a key's node would outlive its entry
        properties = spec.get("properties", {})
        extra = spec.get("additionalProperties", True)
        if key in properties:
            return properties[key]
        if extra is False:
            known = ", ".join(properties)
            hint = closest(key, properties)
            advice = f"did you mean {hint!r}?" if hint else f"known keys: {known}"
            self.fail(key_node, child, f"unknown key {short(key)}; {advice}")
            return None
        names = spec.get("propertyNames", {})
        if "enum" in names and key not in names["enum"]:
            hint = _hint(key, names["enum"]).lstrip("; ") or f"expected one of: {', '.join(names['enum'])}"
            self.fail(key_node, child, f"unknown {names.get('title', 'name')} {short(key)}; {hint}")
            return None
        if isinstance(extra, dict):
            name_pattern = names.get("pattern")
            if name_pattern and not re.search(name_pattern, key):
                self.fail(key_node, child, f"id {short(key)} may hold only letters, digits, '_', '.', '-'")
            if key in names.get("not", {}).get("enum", ()):
                self.fail(key_node, child, f"id {short(key)} is reserved for pytest's items of the whole ledger "
                                           f"({', '.join(names['not']['enum'])}); choose another id")
            return extra
        return None

    def required(self, node: yaml.Node, spec: dict, field: str, seen: dict[str, int]) -> None:
        for required in spec.get("required", []):
            if required not in seen:
                self.fail(node, field, f"missing required key {required!r}")


def describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag.endswith(":null"):
        return "nothing"
    return short(node.value)


def short(text: str, width: int = 60) -> str:
    """A value quoted for a message, cut so one problem stays one short line."""
    return repr(text if len(text) <= width else text[:width] + "…")


def _hint(found: str, choices: list) -> str:
    """"; did you mean 'x'?" for a text close to one of the choices, else nothing."""
    close = closest(found, [str(choice) for choice in choices])
    return f"; did you mean {close!r}?" if close else ""


def scalar_value(node: yaml.ScalarNode):
    """Plain decimal integers compare as numbers; anything else as its text."""
    if node.tag.endswith(":int") and re.fullmatch(r"[-+]?[0-9]{1,18}", node.value):  # no 5,000-digit int()
        return int(node.value)
    return node.value


