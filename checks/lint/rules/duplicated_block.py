"""duplicated-block: a block of lines printed twice (a speaker list, a header).

Web pages of briefings often carry the speaker list twice: once as a summary
("Xie Shaofeng, chief engineer ...") and once as the record ("Mr. Xie
Shaofeng, chief engineer ..."). Lines are compared without titles (Mr., Ms.,
Dr.), case, a closing colon or spaces; a block is three or more consecutive
non-empty lines, holding at least 60 letters, that equal an earlier run of
lines. The second copy is reported at its first line. Each line is compared
with at most a few earlier lines of the same text, so the work stays linear.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from checks.findings import Severity
from checks.lint.registry import Hit, rule
from checks.lint.words import paragraphs, slug

SHORTEST_LINES = 3
SHORTEST_LETTERS = 60
_CANDIDATES = 4  # earlier lines of the same text tried as the start of a copy
_TITLE = re.compile(r"\b(?:mr|ms|mrs|miss|dr|prof)\.[^\S\n]*")


@rule("duplicated-block", severity=Severity.WARNING,
      summary="a block of three or more lines printed twice (a speaker list, a header)")
def duplicated_blocks(text: str, config) -> Iterator[Hit]:
    lines = paragraphs(text)
    keys = [_key(text[line.start:line.end]) for line in lines]
    earlier: dict[str, list[int]] = defaultdict(list)
    index = 0
    while index < len(lines):
        size, origin = max(((_run(keys, start, index), start) for start in earlier[keys[index]]), default=(0, 0))
        if size >= SHORTEST_LINES and sum(len(key) for key in keys[index:index + size]) >= SHORTEST_LETTERS:
            first = lines[index]
            line_of = text.count("\n", 0, lines[origin].start) + 1
            yield Hit("duplicated-block", first.start, first.end, text[first.start:first.end], None,
                      f"these {size} lines repeat the lines from line {line_of}; delete one copy",
                      key=slug(keys[index]), related=((lines[origin].start, "the first copy"),))
            index += size
            continue
        if len(earlier[keys[index]]) < _CANDIDATES:
            earlier[keys[index]].append(index)
        index += 1


def _run(keys: list[str], start: int, index: int) -> int:
    """How many lines from `index` on equal those from `start` on (the copy may not overlap the first)."""
    size = 0
    while index + size < len(keys) and start + size < index and keys[start + size] == keys[index + size]:
        size += 1
    return size


def _key(line: str) -> str:
    return " ".join(_TITLE.sub("", line.lower()).rstrip(": \t").split())
