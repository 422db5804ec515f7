"""Read YAML as a tree of located nodes, refusing what could hurt.

The ledger and the lint configuration arrive in pull requests, so the reader
never builds objects from tags, refuses aliases (the "billion laughs" bomb needs
them) and oversized input, reports duplicate keys, and keeps every scalar as
its source text (no float ever reaches a figure).

`compose_file`/`compose_text` build a whole node tree with PyYAML's parser (for
small files: review configurations, `accept`'s splices). `stream_file` hands a
ledger over one entry at a time and parses with libyaml when it is installed,
falling back to PyYAML's parser from the first error or doubtful case, so every
problem is reported at the place and in the words PyYAML gives.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import yaml

from checks import settings
from checks.files import TooLarge, read_regular
from checks.findings import Location

# Limits: PyYAML's parser composes ~100,000 nodes a second here (libyaml's about
# twice that), and a file with an error late in it is read by both, so the
# defaults keep the worst ledger under ten seconds; both can be raised through
# the environment.
MAX_BYTES = 8_000_000
MAX_NODES = 400_000

_PLAIN_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:timestamp",
}


class YamlProblem(Exception):
    """A YAML file that cannot be read; carries the place and what to do."""

    def __init__(self, where: Location, message: str):
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message


def limit(name: str, default: int, path: str) -> int:
    """A size limit from the environment, or a clear problem if it is malformed."""
    try:
        return settings.whole_number(name, default, "bytes" if "BYTES" in name else "nodes")
    except settings.SettingError as error:
        raise YamlProblem(Location(path, 1, 1), str(error)) from None


def _location(path: str, mark) -> Location:
    return Location(path, mark.line + 1, mark.column + 1)


class _Retry(Exception):
    """libyaml met something whose report or position PyYAML gives differently."""


class _Composer:
    """Parser events -> yaml nodes, refusing aliases, foreign tags and too many nodes.

    One composer serves both event sources (libyaml's C parser and PyYAML's own), so
    the nodes, and every problem found in them, do not depend on which one ran.
    """

    def __init__(self, parser, path: str, max_nodes: int, *, strict: bool):
        self.parser = parser
        self.path = path
        self.max_nodes = max_nodes
        self.strict = strict  # libyaml: leave every doubtful case to PyYAML
        self.nodes = 0
        self.mark = None  # where a too-deep structure is reported
        self.anchors: dict[str, object] = {}
        self.tag_problem: YamlProblem | None = None  # reported once the file has parsed
        self.resolver = yaml.resolver.Resolver()

    def next(self):
        return self.parser.get_event()

    def document(self):
        """The first event of the single document's root node, or None when there is none."""
        self.next()  # StreamStart
        event = self.next()
        if type(event).__name__ == "StreamEndEvent":
            return None
        return self.next()  # past DocumentStart

    def finish(self) -> None:
        """After the root node: the document must be the only one."""
        self.next()  # DocumentEnd
        event = self.next()
        if type(event).__name__ != "StreamEndEvent":
            if self.strict:
                raise _Retry
            raise YamlProblem(_location(self.path, event.start_mark),
                              "invalid YAML: found a second document (a line '---' or '...'); keep one document per file")
        if self.tag_problem is not None:
            raise self.tag_problem

    def node(self, event) -> yaml.Node:
        kind = type(event).__name__
        if kind == "AliasEvent":
            if self.strict:
                raise _Retry
            raise YamlProblem(_location(self.path, event.start_mark),
                              f"YAML alias *{event.anchor} is not allowed here; write the value out")
        if kind == "MappingStartEvent":
            node = self.open_mapping(event)
            while (key := self.next_key(node)) is not None:
                node.value.append((key, self.node(self.next())))
            return node
        self._open(event)
        if kind == "ScalarEvent":
            node = self._scalar(event)
        else:
            node = yaml.SequenceNode(self._tag(yaml.SequenceNode, event, None), [], event.start_mark, None,
                                     flow_style=event.flow_style)
            while type(child := self.next()).__name__ != "SequenceEndEvent":
                node.value.append(self.node(child))
            node.end_mark = child.end_mark
        self._refuse_tag(node)
        return node

    def open_mapping(self, event) -> yaml.MappingNode:
        """A mapping whose pairs the caller reads with `next_key` (its tag is checked at its end)."""
        self._open(event)
        return yaml.MappingNode(self._tag(yaml.MappingNode, event, None), [], event.start_mark, None,
                                flow_style=event.flow_style)

    def _open(self, event) -> None:
        """Count a node against the limit and record its anchor."""
        self.nodes += 1
        self.mark = event.start_mark
        if self.nodes > self.max_nodes:
            if self.strict:
                raise _Retry
            raise YamlProblem(_location(self.path, event.start_mark),
                              f"more than {self.max_nodes} YAML nodes; split the file or raise CHECKS_MAX_YAML_NODES")
        if event.anchor is not None:
            self._anchor(event)

    def next_key(self, mapping: yaml.MappingNode) -> yaml.Node | None:
        """The mapping's next key, or None at its end (its end mark then set)."""
        event = self.next()
        if type(event).__name__ == "MappingEndEvent":
            mapping.end_mark = event.end_mark
            self._refuse_tag(mapping)
            return None
        return self.node(event)

    def _scalar(self, event) -> yaml.ScalarNode:
        style = event.style or None
        if self.strict and not event.value and style is None:
            raise _Retry  # an empty value's position differs between the two parsers
        return yaml.ScalarNode(self._tag(yaml.ScalarNode, event, event.value), event.value,
                               event.start_mark, event.end_mark, style=style)

    def _tag(self, kind, event, value) -> str:
        if event.tag is None or event.tag == "!":
            return self.resolver.resolve(kind, value, event.implicit if kind is yaml.ScalarNode else True)
        return event.tag

    def _anchor(self, event) -> None:
        if event.anchor in self.anchors:
            if self.strict:
                raise _Retry
            first = self.anchors[event.anchor]
            raise YamlProblem(_location(self.path, event.start_mark),
                              f"YAML anchor &{event.anchor} is defined twice (first at line {first.line + 1}); "
                              "remove the anchors, ledgers do not use them")
        self.anchors[event.anchor] = event.start_mark

    def _refuse_tag(self, node: yaml.Node) -> None:
        if node.tag not in _PLAIN_TAGS and self.tag_problem is None:
            self.tag_problem = YamlProblem(_location(self.path, node.start_mark),
                                           f"YAML tag {node.tag} is not allowed; ledgers hold plain values only")


def read_text(path: str, display: str | None = None) -> str:
    """A YAML file's text, within the size limit and valid UTF-8, or YamlProblem."""
    shown = display or path
    max_bytes = limit("CHECKS_MAX_YAML_BYTES", MAX_BYTES, shown)
    try:
        data = read_regular(path, max_bytes)
    except TooLarge as error:
        raise YamlProblem(Location(shown, 1, 1), f"{error}, over the limit of {max_bytes}; "
                                                 "raise CHECKS_MAX_YAML_BYTES if this is intended") from None
    except OSError as error:
        raise YamlProblem(Location(shown, 1, 1), f"cannot read: {error.strerror}") from None
    data = data.removeprefix(b"\xef\xbb\xbf")  # positions below count from after the BOM
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        line_start = data.rfind(b"\n", 0, error.start) + 1
        column = len(data[line_start : error.start].decode("utf-8", "replace")) + 1  # characters, not bytes
        raise YamlProblem(
            Location(shown, line, column), "not valid UTF-8; save the file as UTF-8"
        ) from None


def compose_file(path: str, display: str | None = None) -> yaml.Node | None:
    """Parse a YAML file into its node tree, or raise YamlProblem."""
    shown = display or path
    return compose_text(read_text(path, shown), shown)


def compose_text(text: str, path: str) -> yaml.Node | None:
    """Parse YAML text into its node tree (PyYAML's parser), or raise YamlProblem."""

    def whole(composer: _Composer):
        first = composer.document()
        root = None if first is None else composer.node(first)
        if first is not None:
            composer.finish()
        yield root

    return next(_run(whole, text, path, fast=False))


class Section(NamedTuple):
    """A top-level key whose mapping is streamed: `mapping` holds no entries."""

    key: yaml.ScalarNode
    mapping: yaml.MappingNode


class Entry(NamedTuple):
    """One `id: {...}` entry of a streamed section."""

    section: str
    key: yaml.Node
    value: yaml.Node


def stream_file(path: str, display: str, sections: frozenset[str]) -> Iterator[yaml.Node | Section | Entry | None]:
    """Read a top-level mapping piece by piece, so a large file never stands whole in memory.

    Yields the root (a mapping without its pairs, or the whole node when it is not a
    mapping; None for an empty file), then in file order: `(key, value)` pairs of
    the top level, except that a key in `sections` whose value is a mapping gives a
    `Section` followed by one `Entry` per pair. Each entry's nodes can be dropped
    once used. libyaml parses when it is installed; any error (or a case it
    reports differently) is read again with PyYAML, so problems and their places
    are PyYAML's.
    """

    def pieces(composer: _Composer):
        first = composer.document()
        if first is None:
            yield None
            return
        if type(first).__name__ != "MappingStartEvent":
            yield composer.node(first)
            composer.finish()
            return
        root = composer.open_mapping(first)
        yield root
        while (key := composer.next_key(root)) is not None:
            event = composer.next()
            name = key.value if isinstance(key, yaml.ScalarNode) else None
            if name in sections and type(event).__name__ == "MappingStartEvent":
                mapping = composer.open_mapping(event)
                yield Section(key, mapping)
                while (entry_key := composer.next_key(mapping)) is not None:
                    yield Entry(name, entry_key, composer.node(composer.next()))
            else:
                yield key, composer.node(event)
        composer.finish()

    return _run(pieces, read_text(path, display), display, fast=True)


def _run(pieces, text: str, path: str, *, fast: bool) -> Iterator:
    """Run `pieces` over libyaml's events (when `fast` and available), then, from
    the first doubtful case on, over PyYAML's: what was yielded already is skipped."""
    max_nodes = limit("CHECKS_MAX_YAML_NODES", MAX_NODES, path)
    done = 0
    if fast and _CParser is not None:
        try:
            for piece in pieces(_Composer(_CParser(text), path, max_nodes, strict=True)):
                yield piece
                done += 1
            return
        except (_Retry, yaml.YAMLError, RecursionError):
            pass
    composer = None
    try:
        parser = _Parser(text)
        composer = _Composer(parser, path, max_nodes, strict=False)
        for index, piece in enumerate(pieces(composer)):
            if index >= done:
                yield piece
    except RecursionError:
        mark = composer.mark if composer is not None else None
        where = _location(path, mark) if mark else Location(path, 1, 1)
        raise YamlProblem(where, "YAML nested too deeply to read; flatten the structure") from None
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1
        column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        raise YamlProblem(Location(path, line, column),
                          f"character U+{ord(error.character) if isinstance(error.character, str) else error.character:04X} "
                          "is not allowed in YAML; remove it") from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = _location(path, mark) if mark else Location(path, 1, 1)
        raise YamlProblem(where, f"invalid YAML: {error.problem or error.context}") from None
    except yaml.YAMLError as error:
        raise YamlProblem(Location(path, 1, 1), f"invalid YAML: {error}") from None


class _Parser(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser):
    """PyYAML's own reader, scanner and parser: the reference for every problem."""

    def __init__(self, text: str):
        yaml.reader.Reader.__init__(self, text)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)


def _libyaml():
    """libyaml's parser when installed and built against the `yaml` imported here.

    (A test run that re-imports `yaml` leaves the C module on the old event classes.)
    """
    try:
        from yaml import _yaml
    except ImportError:
        return None
    return _yaml.CParser if _yaml.ScalarEvent is yaml.events.ScalarEvent else None


_CParser = _libyaml()


def where(path: str, node: yaml.Node) -> Location:
    return _location(path, node.start_mark)
