"""Report formats: pure functions from findings to text, one module each.

`FORMATS[name]` imports its module on first use, so that a command names every
format in its `--format` choices but loads only the one it writes (sarif's
hashing and URL quoting cost a `check` start-up otherwise).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from importlib import import_module


class _Formats(Mapping):
    """Format name -> its module's `render`, imported when first looked up."""

    def __init__(self, *names: str):
        self.names = names

    def __getitem__(self, name: str) -> Callable:
        if name not in self.names:
            raise KeyError(name)
        return import_module(f"checks.outputs.{name}_format").render

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)


FORMATS = _Formats("text", "json", "sarif", "github")
