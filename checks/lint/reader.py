"""A review.yaml -> `LintConfig`, on top of the built-in defaults.

One machinery with the ledger: the file is read by the project's safe YAML
reader (size and node limits, no tags, no aliases, duplicate keys refused),
its nodes are checked against the configuration's JSON Schema
(`checks.lint.schema`) by the ledger's `checks.shape.ShapeCheck` (located
problems, did-you-mean, values shortened), and `_Builder` then checks what a
schema cannot say: one glossary kind per entry, a term in one entry only,
documents that exist inside the file's folder, patterns that compile. Every
problem is reported at once, in file order. The format is in docs/lint.md.
"""

from __future__ import annotations

import os
from dataclasses import replace
from functools import lru_cache

import regex
import yaml

from checks.lint.config import (
    SEVERITIES,
    Acceptance,
    ConfigProblem,
    FalseFriend,
    Furniture,
    GlossaryEntry,
    LintConfig,
    LintConfigError,
    Synonyms,
)
from checks.lint.defaults import DEFAULT_CONFIG
from checks.lint.registry import RULES
from checks.lint.schema import review_schema
from checks.patterns import PatternError, compile_pattern
from checks.shape import ShapeCheck, short
from checks.yamlsafe import YamlProblem, compose_file, compose_text, where

_GLOSSARY_KINDS = ("prefer", "terms", "distinct")


def schema() -> dict:
    return review_schema(sorted(RULES))


@lru_cache(maxsize=1)
def default_config() -> LintConfig:
    """The built-in configuration alone (checks/lint/defaults.py)."""
    name = "<built-in defaults>"
    config = _read(compose_text(DEFAULT_CONFIG, name), name, "", allow_outside=False)
    return replace(config, path=None)


def load_config(path: str, *, allow_outside: bool = False) -> LintConfig:
    """Read a review.yaml on top of the built-in defaults; raise LintConfigError.

    Its documents must lie inside the file's folder (symlinks resolved), like a
    ledger's, unless `allow_outside`.
    """
    display = os.path.relpath(path) if not os.path.isabs(path) else path
    try:
        root = compose_file(path, display)
    except YamlProblem as problem:
        raise LintConfigError([ConfigProblem(problem.where, "yaml", problem.message)]) from None
    own = _read(root, display, os.path.dirname(display), allow_outside=allow_outside)
    extend = _pairs(root).get("extend_defaults")
    if extend is not None and extend[1].value.lower() in ("false", "no", "off"):
        return own
    return merge(default_config(), own)


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
        synonyms=base.synonyms + own.synonyms,
        false_friends=base.false_friends + own.false_friends,
        severities={**base.severities, **own.severities},
        accept=base.accept + own.accept,
        furniture=base.furniture + own.furniture,
        documents=own.documents,
        path=own.path,
    )


def _read(root: yaml.Node | None, display: str, folder: str, *, allow_outside: bool) -> LintConfig:
    if root is None:
        return LintConfig(path=display)
    shape = ShapeCheck(display, ConfigProblem)
    shape.visit(root, schema(), "")
    builder = _Builder(display, folder, allow_outside)
    config = builder.read(_pairs(root))
    problems = shape.problems + builder.problems
    if problems:
        raise LintConfigError(sorted(problems, key=lambda problem: (problem.where.line, problem.where.column)))
    return config


class _Builder:
    """Builds the configuration from nodes whose shape the schema checked, and checks
    their meaning; nodes of the wrong shape are skipped (the schema reported them)."""

    def __init__(self, path: str, folder: str, allow_outside: bool):
        self.path, self.folder, self.allow_outside = path, folder, allow_outside
        self.problems: list[ConfigProblem] = []

    def fail(self, node: yaml.Node, field_name: str, message: str) -> None:
        self.problems.append(ConfigProblem(where(self.path, node), field_name, message))

    def read(self, top: dict[str, tuple[yaml.Node, yaml.Node]]) -> LintConfig:
        value = {key: pair[1] for key, pair in top.items()}
        documents = self.documents(value.get("documents"))
        return LintConfig(
            stock_phrases=tuple(_texts(value.get("stock_phrases"))),
            glossary=tuple(self.glossary(value.get("glossary"))),
            synonyms=tuple(Synonyms(tuple(_texts(fields.get("terms"))), _text(fields.get("note")) or "")
                           for _, fields in _items(value.get("synonyms")) if len(_texts(fields.get("terms"))) >= 2),
            false_friends=tuple(self.false_friends(value.get("false_friends"))),
            severities={name: SEVERITIES[level] for name, level in _scalars(value.get("severities")).items()
                        if name in RULES and level in SEVERITIES},
            accept=tuple(self.acceptances(value.get("accept"), documents)),
            furniture=tuple(self.furniture(value.get("furniture"))),
            documents=tuple(path for path, _ in documents),
            path=self.path,
        )

    def documents(self, node: yaml.Node | None) -> list[tuple[str, str]]:
        """(path to open, name as written) of each listed document that is usable."""
        result = []
        for index, item in enumerate(node.value if isinstance(node, yaml.SequenceNode) else ()):
            name = _text(item)
            if name is None:
                continue
            field_name = f"documents[{index}]"
            target = os.path.normpath(os.path.join(self.folder, name))
            folder = os.path.realpath(self.folder or os.curdir)
            if "\0" in name:
                self.fail(item, field_name, "a path cannot hold a NUL character; fix the path")
            elif os.path.commonpath([folder, os.path.realpath(target)]) != folder and not self.allow_outside:
                self.fail(item, field_name, f"{short(name, 200)} is outside the folder of "
                                            f"{os.path.basename(self.path)}; pass --allow-outside to permit it")
            elif not os.path.isfile(target):
                self.fail(item, field_name, f"found {short(name)}, which is not a file in the folder of "
                                            f"{os.path.basename(self.path)}")
            else:
                result.append((target, name))
        return result

    def glossary(self, node: yaml.Node | None) -> list[GlossaryEntry]:
        entries, seen = [], {}
        for index, (item, fields) in enumerate(_items(node)):
            name = f"glossary[{index}]"
            kinds = [kind for kind in _GLOSSARY_KINDS if kind in fields]
            if len(kinds) != 1:
                found = " and ".join(kinds) if kinds else "none of them"
                self.fail(item, name, f"found {found}, expected exactly one of prefer, terms, distinct")
                continue
            kind = kinds[0]
            if kind == "prefer":
                if "variants" not in fields:
                    self.fail(item, f"{name}.variants", "missing; list the renderings to replace by the preferred one")
                prefer = _text(fields["prefer"])
                terms = [prefer, *_texts(fields.get("variants"))] if prefer else []
            else:
                if "variants" in fields:
                    self.fail(fields["variants"], f"{name}.variants",
                              f"only a 'prefer' entry has variants; list them all under {kind}")
                terms = _texts(fields[kind])
            for term in terms:
                if term.lower() in seen:
                    self.fail(item, name, f"term {short(term)} is already in the glossary entry at line {seen[term.lower()]}")
                seen[term.lower()] = where(self.path, item).line
            if len(terms) >= 2:
                entries.append(GlossaryEntry(kind, tuple(terms), _text(fields.get("note")) or "", where(self.path, item)))
        return entries

    def false_friends(self, node: yaml.Node | None) -> list[FalseFriend]:
        result = []
        for _, fields in _items(node):
            phrase, write = _text(fields.get("phrase")), _text(fields.get("write"))
            opening = fields.get("opening")
            if phrase and write:
                is_opening = isinstance(opening, yaml.ScalarNode) and opening.value.lower() in ("true", "yes", "on")
                result.append(FalseFriend(phrase, write, is_opening, _text(fields.get("note")) or ""))
        return result

    def acceptances(self, node: yaml.Node | None, documents: list[tuple[str, str]]) -> list[Acceptance]:
        names = [name for _, name in documents]
        result = []
        for index, (item, fields) in enumerate(_items(node)):
            name = f"accept[{index}]"
            if ("id" in fields) == ("ids" in fields):
                self.fail(item, name, "expected exactly one of id (one finding) or ids (a list of findings)")
                continue
            idents = [_text(fields["id"])] if "id" in fields else _texts(fields["ids"])
            rule_name, reason = _text(fields.get("rule")), _text(fields.get("reason"))
            document = _text(fields.get("document"))
            if document is not None and names and document not in names:
                self.fail(fields["document"], f"{name}.document",
                          f"found {short(document)}, expected one of: {', '.join(names)}")
                continue
            if rule_name in RULES and reason:
                full = os.path.normpath(os.path.join(self.folder, document)) if document else None
                result.extend(Acceptance(rule_name, ident, reason, full, where(self.path, item))
                              for ident in idents if ident)
        return result

    def furniture(self, node: yaml.Node | None) -> list[Furniture]:
        result = []
        for index, (_, fields) in enumerate(_items(node)):
            pattern, note = _text(fields.get("pattern")), _text(fields.get("note"))
            if pattern is None or note is None:
                continue
            try:
                compiled = compile_pattern(pattern, regex.MULTILINE)
            except PatternError as error:
                self.fail(fields["pattern"], f"furniture[{index}].pattern", f"found {short(pattern)}, {error}")
                continue
            result.append(Furniture(compiled, note, where(self.path, fields["pattern"])))
        return result


def _pairs(node: yaml.Node | None) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    """A mapping's plain-text keys -> (key node, value node); the first of duplicates."""
    if not isinstance(node, yaml.MappingNode):
        return {}
    pairs: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key, value in node.value:
        if isinstance(key, yaml.ScalarNode):
            pairs.setdefault(key.value, (key, value))
    return pairs


def _items(node: yaml.Node | None) -> list[tuple[yaml.Node, dict[str, yaml.Node]]]:
    """The mappings of a list, each as (node, key -> value node)."""
    if not isinstance(node, yaml.SequenceNode):
        return []
    return [(item, {key: pair[1] for key, pair in _pairs(item).items()})
            for item in node.value if isinstance(item, yaml.MappingNode)]


def _text(node: yaml.Node | None) -> str | None:
    if not isinstance(node, yaml.ScalarNode) or node.tag.endswith(":null") or not node.value.strip():
        return None
    return node.value.strip()


def _texts(node: yaml.Node | None) -> list[str]:
    items = node.value if isinstance(node, yaml.SequenceNode) else ()
    return [text for text in map(_text, items) if text is not None]


def _scalars(node: yaml.Node | None) -> dict[str, str]:
    return {key: value.value for key, (_, value) in _pairs(node).items() if isinstance(value, yaml.ScalarNode)}
