"""Run every benchmark with its defaults and end with the table of verdicts.

    python -m bench                     # all (about an hour on a loaded 2-core machine)
    python -m bench startup pytest      # some, by name

Each benchmark is also one command of its own: python -m bench.bench_<name>.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import sys

NAMES = ("pytest", "startup", "limits", "mutation", "scale", "parallel", "memory")


class _Tee(io.TextIOBase):
    def __init__(self, *streams):
        self.streams = streams

    def write(self, text: str) -> int:
        for stream in self.streams:
            stream.write(text)
        return len(text)

    def flush(self) -> None:
        for stream in self.streams:
            stream.flush()


def main(argv: list[str] | None = None) -> int:
    names = (argv if argv is not None else sys.argv[1:]) or list(NAMES)
    unknown = [name for name in names if name not in NAMES]
    if unknown:
        print(f"unknown benchmark {unknown[0]!r}; one of: {', '.join(NAMES)}", file=sys.stderr)
        return 2
    verdicts = []
    for name in names:
        captured = io.StringIO()
        with contextlib.redirect_stdout(_Tee(sys.stdout, captured)):
            importlib.import_module(f"bench.bench_{name}").main([])
        verdicts += [line for line in captured.getvalue().splitlines() if line.endswith(("-> MET", "-> MISSED"))]
        print()
    print("summary:")
    for line in verdicts:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
