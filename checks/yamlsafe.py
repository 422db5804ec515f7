"""Read YAML as a tree of located nodes, refusing what could hurt.

The ledger and the lint configuration arrive in pull requests, so the reader
never builds objects from tags, refuses aliases (the "billion laughs" bomb needs
them) and oversized input, reports duplicate keys, and keeps every scalar as
its source text (no float ever reaches a figure).
"""

from __future__ import annotations

import os

import yaml
from yaml.composer import Composer

from checks.findings import Location

# Limits: PyYAML composes ~100,000 nodes a second here, so the defaults keep the
# worst ledger under ten seconds; both can be raised through the environment.
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
    text = os.environ.get(name, "").strip()
    if not text:
        return default
    if not text.isdigit() or int(text) == 0:
        raise YamlProblem(Location(path, 1, 1), f"{name}={text!r} is not a positive whole number of "
                                                f"{'bytes' if 'BYTES' in name else 'nodes'}; fix or unset it")
    return int(text)


def _location(path: str, mark) -> Location:
    return Location(path, mark.line + 1, mark.column + 1)


class _NoAliasComposer(Composer):
    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise YamlProblem(
                _location(self._path, event.start_mark),
                f"YAML alias *{event.anchor} is not allowed here; write the value out",
            )
        self._nodes += 1
        self.mark = self.peek_event().start_mark  # where a too-deep structure is reported
        if self._nodes > self._max_nodes:
            raise YamlProblem(
                _location(self._path, self.peek_event().start_mark),
                f"more than {self._max_nodes} YAML nodes; split the file "
                "or raise CHECKS_MAX_YAML_NODES",
            )
        return super().compose_node(parent, index)


class _Loader(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser,
              _NoAliasComposer, yaml.resolver.Resolver):
    def __init__(self, stream, path: str):
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        _NoAliasComposer.__init__(self)
        yaml.resolver.Resolver.__init__(self)
        self._path = path
        self._nodes = 0
        self.mark = None
        self._max_nodes = limit("CHECKS_MAX_YAML_NODES", MAX_NODES, path)


def compose_file(path: str, display: str | None = None) -> yaml.Node | None:
    """Parse a YAML file into its node tree, or raise YamlProblem."""
    shown = display or path
    max_bytes = limit("CHECKS_MAX_YAML_BYTES", MAX_BYTES, shown)
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise YamlProblem(
                Location(shown, 1, 1),
                f"file is {size} bytes, over the limit of {max_bytes}; "
                "raise CHECKS_MAX_YAML_BYTES if this is intended",
            )
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise YamlProblem(Location(shown, 1, 1), f"cannot read: {error.strerror}") from None
    data = data.removeprefix(b"\xef\xbb\xbf")  # positions below count from after the BOM
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        line_start = data.rfind(b"\n", 0, error.start) + 1
        column = len(data[line_start : error.start].decode("utf-8", "replace")) + 1  # characters, not bytes
        raise YamlProblem(
            Location(shown, line, column), "not valid UTF-8; save the file as UTF-8"
        ) from None
    return compose_text(text, shown)


def compose_text(text: str, path: str) -> yaml.Node | None:
    loader = None
    try:
        loader = _Loader(text, path)
        node = loader.get_single_node()
    except RecursionError:
        where = _location(path, loader.mark) if loader is not None and loader.mark else Location(path, 1, 1)
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
    finally:
        if loader is not None:
            loader.dispose()
    if node is not None:
        _refuse_tags(node, path)
    return node


def _refuse_tags(root: yaml.Node, path: str) -> None:
    stack = [root]
    while stack:
        node = stack.pop()
        if node.tag not in _PLAIN_TAGS:
            raise YamlProblem(
                _location(path, node.start_mark),
                f"YAML tag {node.tag} is not allowed; ledgers hold plain values only",
            )
        if isinstance(node, yaml.MappingNode):
            stack.extend(child for pair in node.value for child in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def where(path: str, node: yaml.Node) -> Location:
    return _location(path, node.start_mark)
