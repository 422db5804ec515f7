"""A review.yaml -> `LintConfig`, on top of the built-in defaults.

The file is read with the project's safe YAML reader (no tags, no aliases,
duplicate keys refused) and validated like the ledger: every problem is
gathered and reported at once, each with path:line:column, the field, what
was found and what is expected. Unknown keys are errors. The format is
documented in docs/lint.md.
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import replace
from functools import lru_cache

import yaml

from checks.lint.config import (
    CONFIG_NAME,
    SEVERITIES,
    Acceptance,
    ConfigProblem,
    Furniture,
    GlossaryEntry,
    LintConfig,
    LintConfigError,
)
from checks.findings import Severity
from checks.lint.defaults import DEFAULT_CONFIG
from checks.lint.registry import RULES
from checks.yamlsafe import YamlProblem, compose_file, compose_text, where

_TOP = ("version", "documents", "extend_defaults", "stock_phrases", "glossary", "severities", "accept", "furniture")
_GLOSSARY_KINDS = ("prefer", "terms", "distinct")


@lru_cache(maxsize=1)
def default_config() -> LintConfig:
    """The built-in configuration alone (checks/lint/defaults.py)."""
    reader = _Reader("<built-in defaults>", "")
    config = reader.read(compose_text(DEFAULT_CONFIG, "<built-in defaults>"))
    if reader.problems:  # a bug in defaults.py, not a user error
        raise LintConfigError(reader.problems)
    return replace(config, path=None)


def load_config(path: str) -> LintConfig:
    """Read a review.yaml on top of the built-in defaults; raise LintConfigError."""
    display = os.path.relpath(path) if not os.path.isabs(path) else path
    try:
        root = compose_file(path, display)
    except YamlProblem as problem:
        raise LintConfigError([ConfigProblem(problem.where, "yaml", problem.message)]) from None
    reader = _Reader(display, os.path.dirname(display))
    own = reader.read(root)
    if reader.problems:
        raise LintConfigError(sorted(reader.problems, key=lambda problem: (problem.where.line, problem.where.column)))
    if not reader.extend_defaults:
        return own
    return merge(default_config(), own)


def find_config(document_path: str) -> str | None:
    """The review.yaml in the document's folder, if there is one."""
    candidate = os.path.join(os.path.dirname(document_path), CONFIG_NAME)
    return candidate if os.path.isfile(candidate) else None


def merge(base: LintConfig, own: LintConfig) -> LintConfig:
    """`own` on top of `base`: lists extended, severities and same-term glossary entries replaced."""
    phrases = list(base.stock_phrases)
    known = {phrase.lower() for phrase in phrases}
    phrases += [phrase for phrase in own.stock_phrases if phrase.lower() not in known]
    own_terms = {term.lower() for entry in own.glossary for term in entry.terms}
    kept = [entry for entry in base.glossary if not own_terms & {term.lower() for term in entry.terms}]
    return LintConfig(
        stock_phrases=tuple(phrases),
        glossary=tuple(kept) + own.glossary,
        severities={**base.severities, **own.severities},
        accept=base.accept + own.accept,
        furniture=base.furniture + own.furniture,
        documents=own.documents,
        path=own.path,
    )


class _Reader:
    """Validates located YAML nodes and builds the config, gathering problems."""

    def __init__(self, path: str, folder: str):
        self.path, self.folder = path, folder
        self.problems: list[ConfigProblem] = []
        self.extend_defaults = True

    def fail(self, node: yaml.Node, field_name: str, message: str) -> None:
        self.problems.append(ConfigProblem(where(self.path, node), field_name, message))

    def read(self, root: yaml.Node | None) -> LintConfig:
        if root is None:
            return LintConfig(path=self.path)
        top = self.mapping(root, "(top)", _TOP)
        if top is None:
            return LintConfig(path=self.path)
        if "version" in top and top["version"].value != "1":
            self.fail(top["version"], "version", f"found {top['version'].value!r}, expected 1")
        if "extend_defaults" in top:
            self.extend_defaults = self.boolean(top["extend_defaults"], "extend_defaults")
        documents = self.documents(top.get("documents"))
        return LintConfig(
            stock_phrases=tuple(self.texts(top.get("stock_phrases"), "stock_phrases")),
            glossary=tuple(self.glossary(top.get("glossary"))),
            severities=self.severities(top.get("severities")),
            accept=tuple(self.acceptances(top.get("accept"), documents)),
            furniture=tuple(self.furniture(top.get("furniture"))),
            documents=tuple(os.path.normpath(os.path.join(self.folder, name)) for name in documents),
            path=self.path,
        )

    # shapes
    def mapping(self, node: yaml.Node, name: str, keys: tuple[str, ...] | None) -> dict[str, yaml.Node] | None:
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, name, f"found {_describe(node)}, expected a mapping")
            return None
        result: dict[str, yaml.Node] = {}
        for key_node, value in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            child = key if name == "(top)" else f"{name}.{key}"
            if key is None:
                self.fail(key_node, name, "keys must be plain text")
            elif key in result:
                first = where(self.path, result[key])
                self.fail(key_node, child, f"duplicate key {key!r} (first at line {first.line})")
            elif keys is not None and key not in keys:
                hint = difflib.get_close_matches(key, keys, n=1)
                advice = f"did you mean {hint[0]!r}?" if hint else f"expected one of: {', '.join(keys)}"
                self.fail(key_node, child, f"unknown key {key!r}; {advice}")
            else:
                result[key] = value
        return result

    def sequence(self, node: yaml.Node | None, name: str) -> list[yaml.Node]:
        if node is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, name, f"found {_describe(node)}, expected a list")
            return []
        return list(node.value)

    def text(self, node: yaml.Node | None, name: str, parent: yaml.Node | None = None) -> str | None:
        if node is None:
            self.fail(parent, name, f"missing required key {name.rsplit('.', 1)[-1]!r}")
            return None
        if not isinstance(node, yaml.ScalarNode) or node.tag.endswith(":null"):
            self.fail(node, name, f"found {_describe(node)}, expected text")
            return None
        if not node.value.strip():
            self.fail(node, name, "is empty; write a value")
            return None
        return node.value.strip()

    def texts(self, node: yaml.Node | None, name: str) -> list[str]:
        items = [self.text(item, f"{name}[{index}]") for index, item in enumerate(self.sequence(node, name))]
        return [item for item in items if item is not None]

    def boolean(self, node: yaml.Node, name: str) -> bool:
        if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":bool"):
            return node.value.lower() in ("true", "yes", "on")
        self.fail(node, name, f"found {_describe(node)}, expected true or false")
        return True

    # sections
    def documents(self, node: yaml.Node | None) -> list[str]:
        names = []
        for index, item in enumerate(self.sequence(node, "documents")):
            name = self.text(item, f"documents[{index}]")
            if name is not None and not os.path.isfile(os.path.join(self.folder, name)):
                here = os.path.basename(self.path)
                self.fail(item, f"documents[{index}]", f"found {name!r}, which is not a file in the folder of {here}")
            elif name is not None:
                names.append(name)
        return names

    def glossary(self, node: yaml.Node | None) -> list[GlossaryEntry]:
        entries, seen = [], {}
        for index, item in enumerate(self.sequence(node, "glossary")):
            name = f"glossary[{index}]"
            fields = self.mapping(item, name, (*_GLOSSARY_KINDS, "variants", "note"))
            if fields is None:
                continue
            kinds = [kind for kind in _GLOSSARY_KINDS if kind in fields]
            if len(kinds) != 1:
                found = " and ".join(kinds) if kinds else "none of them"
                self.fail(item, name, f"found {found}, expected exactly one of prefer, terms, distinct")
                continue
            kind = kinds[0]
            note = self.text(fields["note"], f"{name}.note") if "note" in fields else ""
            if kind == "prefer":
                prefer = self.text(fields[kind], f"{name}.prefer")
                variants = self.texts(fields.get("variants"), f"{name}.variants")
                if "variants" not in fields or not variants:
                    self.fail(item, f"{name}.variants", "missing; list the renderings to replace by the preferred one")
                terms = [prefer, *variants] if prefer else []
            else:
                if "variants" in fields:
                    self.fail(fields["variants"], f"{name}.variants",
                              f"only a 'prefer' entry has variants; list them all under {kind}")
                terms = self.texts(fields[kind], f"{name}.{kind}")
                if len(terms) < 2:
                    self.fail(fields[kind], f"{name}.{kind}", f"found {len(terms)} term(s), expected at least 2")
            for term in terms:
                if term.lower() in seen:
                    line = seen[term.lower()]
                    self.fail(item, name, f"term {term!r} is already in the glossary entry at line {line}")
                seen[term.lower()] = where(self.path, item).line
            if terms:
                entries.append(GlossaryEntry(kind, tuple(terms), note or "", where(self.path, item)))
        return entries

    def severities(self, node: yaml.Node | None) -> dict[str, Severity | None]:
        if node is None:
            return {}
        fields = self.mapping(node, "severities", None) or {}
        result = {}
        for rule_name, value in fields.items():
            if self.known_rule(rule_name, value, f"severities.{rule_name}"):
                level = value.value if isinstance(value, yaml.ScalarNode) else None
                if level not in SEVERITIES:
                    message = f"found {_describe(value)}, expected one of: {', '.join(SEVERITIES)}"
                    self.fail(value, f"severities.{rule_name}", message)
                else:
                    result[rule_name] = SEVERITIES[level]
        return result

    def acceptances(self, node: yaml.Node | None, documents: list[str]) -> list[Acceptance]:
        result = []
        for index, item in enumerate(self.sequence(node, "accept")):
            name = f"accept[{index}]"
            fields = self.mapping(item, name, ("rule", "id", "ids", "reason", "document"))
            if fields is None:
                continue
            rule_name = self.text(fields.get("rule"), f"{name}.rule", item)
            if ("id" in fields) == ("ids" in fields):
                self.fail(item, name, "expected exactly one of id (one finding) or ids (a list of findings)")
                idents = []
            elif "id" in fields:
                idents = [self.text(fields["id"], f"{name}.id")]
            else:
                idents = self.texts(fields["ids"], f"{name}.ids")
                if not idents:
                    self.fail(fields["ids"], f"{name}.ids", "is empty; list the ids of the accepted findings")
            reason = self.text(fields.get("reason"), f"{name}.reason", item)
            document = self.text(fields["document"], f"{name}.document") if "document" in fields else None
            if rule_name is not None and not self.known_rule(rule_name, fields["rule"], f"{name}.rule"):
                continue
            if document is not None and documents and document not in documents:
                expected = ", ".join(documents)
                self.fail(fields["document"], f"{name}.document", f"found {document!r}, expected one of: {expected}")
            if rule_name and reason:
                full = os.path.normpath(os.path.join(self.folder, document)) if document else None
                result.extend(Acceptance(rule_name, ident, reason, full, where(self.path, item))
                              for ident in idents if ident)
        return result

    def furniture(self, node: yaml.Node | None) -> list[Furniture]:
        result = []
        for index, item in enumerate(self.sequence(node, "furniture")):
            name = f"furniture[{index}]"
            fields = self.mapping(item, name, ("pattern", "note"))
            if fields is None:
                continue
            pattern = self.text(fields.get("pattern"), f"{name}.pattern", item)
            note = self.text(fields.get("note"), f"{name}.note", item)
            if pattern is None or note is None:
                continue
            try:
                result.append(Furniture(re.compile(pattern, re.MULTILINE), note))
            except re.error as error:
                message = f"found {pattern!r}, not a regular expression ({error})"
                self.fail(fields["pattern"], f"{name}.pattern", message)
        return result

    def known_rule(self, name: str, node: yaml.Node, field_name: str) -> bool:
        if name in RULES:
            return True
        hint = difflib.get_close_matches(name, RULES, n=1)
        advice = f"did you mean {hint[0]!r}?" if hint else f"expected one of: {', '.join(sorted(RULES))}"
        self.fail(node, field_name, f"found unknown rule {name!r}; {advice}")
        return False


def _describe(node: yaml.Node | None) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node is None or node.tag.endswith(":null"):
        return "nothing"
    return repr(node.value)
