"""A document: its text, its speakers' turns, offsets -> line:col, a normalised view.

`Document.text` is the file decoded as UTF-8 with a leading BOM dropped and every line
ending (CRLF, lone CR, LF) written as LF. A line ending stays one line break and the
characters of a line are untouched, so an offset in `text` has the same line and
column (1-based, counted in characters, a BOM not counted) as in the original file.
`position` bisects a table of line starts built once.

Turns. A *label line* is a line holding only a short name and a colon ("Xie
Shaofeng:", "CMG:", "China Securities Journal:"; `SPEAKER_PATTERN`, or a regex of
your own with a `speaker` group; a string is compiled with re.MULTILINE and may also
match a label followed by text on the same line). A label opens a turn when either
  - the same name is used as a label more than once (answerers, the moderator), or
  - the paragraph after it reads as prose: it ends with . ? ! … or : (optionally
    followed by closing quotes or brackets), as a question or an answer does.
Other labels ("Speakers:" above a list of names, "Date:" above "July 18, 2025") are
headers: they open no turn and their lines stay in the enclosing turn. A turn runs
from its label line to the next turn's label; text before the first turn belongs to
no speaker (`None`). `turns` tiles the text: every offset is in exactly one turn.
Known limit: a one-word line such as "Specifically:" followed by prose inside an
answer reads as a speaker label; pass a stricter `speaker_pattern` for such texts.

The normalised view (`normalize`) folds what varies between copies and revisions of
the same text: every Unicode space (NBSP, thin, narrow NBSP, ideographic space, tabs,
line breaks) becomes an ASCII space and runs of them one space; invisible characters
(soft hyphen, zero-width space/joiners, word joiner, BOM) disappear; curly quotes
become straight ones; dash variants (hyphen, non-breaking hyphen, figure/en/em dash,
horizontal bar, minus sign) become "-"; full-width ASCII forms become ASCII. Every
normalised character maps back to the one character of the input it came from.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import cached_property
from os import PathLike
from typing import NamedTuple

from checks import settings
from checks.files import TooLarge, read_regular
from checks.findings import Location

__all__ = [
    "INVISIBLE",
    "SPEAKER_PATTERN",
    "Document",
    "DocumentError",
    "OffsetMap",
    "Turn",
    "load_document",
    "normalize",
]

# A line of 1-6 capitalised words (lower-case joining words allowed between them,
# CJK names too), then ":" or "：". At most 64 characters.
_WORD = r"(?![a-z_])\w[\w.'’&-]*"
_JOIN = r"(?:[^\S\n]+(?:of|and|for|the|de|du|van|von|da|di|&))*"
SPEAKER_PATTERN = (
    rf"^[^\S\n]*(?=[^\n]{{1,64}}$)(?P<speaker>{_WORD}(?:{_JOIN}[^\S\n]+{_WORD}){{0,5}})"
    r"[^\S\n]*[:：][^\S\n]*$"
)

_PROSE_END = re.compile(r"[.?!…:。？！：][\"'”’»)\]）」』]*\s*\Z")
_PARAGRAPH_END = re.compile(r"\n[^\S\n]*\n")

# Every character str.isspace() accepts, written out: computing them costs ~35 ms at
# every import (2 ms even stopping at U+3000). tests/test_document.py scans all code
# points and fails if a Unicode version adds or drops one.
_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"  # soft hyphen, zero-width space/joiners, word joiner, BOM
_FOLD = {
    **{ord(c): " " for c in _SPACES},
    **{ord(c): "'" for c in "‘’‚‛"},
    **{ord(c): '"' for c in "“”„‟"},
    **{ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63"},
    **{c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)},
}
_FOLD_CHARS = {chr(c): folded for c, folded in _FOLD.items()}
_NEEDS_FOLD = re.compile("[" + re.escape("".join(c for c in _FOLD_CHARS if c != " ")) + "]")
_NEEDS_COLLAPSE = re.compile(f"[ {INVISIBLE}]{{2,}}|[{INVISIBLE}]")
_LINE_BREAK = re.compile(r"\r\n?")
MAX_BYTES = 100_000_000  # a 50 MB document costs `coverage` about 7.5 s of CPU and 380 MB


class DocumentError(Exception):
    """A document that cannot be read as text: where, and what to do about it."""

    def __init__(self, path: str, line: int, column: int, message: str) -> None:
        super().__init__(path, line, column, message)
        self.path, self.line, self.column, self.message = path, line, column, message

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class Turn(NamedTuple):
    """`text[start:end]` is said by `speaker` (None: nobody, e.g. the header)."""

    speaker: str | None
    start: int
    end: int


class OffsetMap(Sequence):
    """`offsets[i]` is the index in the input of the character behind `normalized[i]`.

    Stored as segments of constant shift (one per collapsed run), so it costs
    memory per collapsed run, not per character; lookups bisect.
    """

    __slots__ = ("_input_starts", "_length", "_shifts", "_source_length", "_starts")

    def __init__(self, starts: list[int], shifts: list[int], length: int, source_length: int):
        self._starts, self._shifts = starts, shifts
        self._input_starts = list(map(int.__add__, starts, shifts))
        self._length, self._source_length = length, source_length

    def __len__(self) -> int:
        return self._length

    def breaks(self) -> list[int]:
        """The normalised indices where the shift to input offsets changes."""
        return self._starts[1:]

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(f"normalised index {index} out of range 0..{self._length - 1}")
        return index + self._shifts[bisect_right(self._starts, index) - 1]

    def original(self, index: int) -> int:
        """Like `self[index]`, and `len(normalized)` maps to the input's length."""
        return self._source_length if index == self._length else self[index]

    def normalized_index(self, offset: int) -> int:
        """The first normalised index whose input offset is `offset` or later."""
        segment = bisect_right(self._input_starts, offset) - 1
        if segment < 0:
            return 0
        index = offset - self._shifts[segment]
        following = self._starts[segment + 1] if segment + 1 < len(self._starts) else self._length
        return min(index, following)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The input span behind `normalized[start:end]`."""
        if end <= start:
            at = self.original(start)
            return at, at
        return self[start], self[end - 1] + 1


def normalize(text: str) -> tuple[str, OffsetMap]:
    """Fold spaces, quotes, dashes and full-width forms; see the module docstring."""
    text_folded = _NEEDS_FOLD.sub(_fold, text)  # 1:1, so offsets are unchanged
    if not _NEEDS_COLLAPSE.search(text_folded):
        return text_folded, OffsetMap([0], [0], len(text), len(text))
    pieces: list[str] = []
    starts, shifts = [0], [0]
    done = 0  # input consumed so far
    length = 0  # normalised characters written so far
    for run in _NEEDS_COLLAPSE.finditer(text_folded):
        start, end = run.span()
        pieces.append(text_folded[done:start])
        length += start - done
        space = run.group().find(" ")
        if space >= 0:
            _shift(starts, shifts, length, start + space - length)
            pieces.append(" ")
            length += 1
        _shift(starts, shifts, length, end - length)
        done = end
    pieces.append(text_folded[done:])
    length += len(text_folded) - done
    return "".join(pieces), OffsetMap(starts, shifts, length, len(text))


def _fold(match: re.Match) -> str:
    return _FOLD_CHARS[match.group()]


def _shift(starts: list[int], shifts: list[int], at: int, shift: int) -> None:
    if shifts[-1] == shift:
        return
    if starts[-1] == at:
        starts.pop()
        shifts.pop()
        if shifts and shifts[-1] == shift:
            return
    starts.append(at)
    shifts.append(shift)


class Document:
    """A decoded text with turns, positions and a normalised view; see module doc."""

    def __init__(self, text: str, path: str = "<text>", speaker_pattern: str | re.Pattern | None = None):
        text = text.removeprefix("\ufeff")
        self.text = _LINE_BREAK.sub("\n", text)
        self.path = str(path)
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        pattern = speaker_pattern if speaker_pattern is not None else SPEAKER_PATTERN
        if isinstance(pattern, str):
            pattern = re.compile(pattern, re.MULTILINE)
        self.turns = _turns(self.text, pattern)
        self._turn_starts = [turn.start for turn in self.turns]

    @classmethod
    def from_text(cls, text: str, path: str = "<text>", speaker_pattern: str | re.Pattern | None = None) -> Document:
        return cls(text, path, speaker_pattern)

    def __repr__(self) -> str:
        return f"Document({self.path!r}, {len(self.text)} characters, {len(self.turns)} turns)"

    # positions
    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of `text[offset]` in the original file."""
        if not 0 <= offset <= len(self.text):
            raise IndexError(f"offset {offset} outside {self.path} (0..{len(self.text)})")
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def location(self, offset: int, note: str = "") -> Location:
        line, column = self.position(offset)
        return Location(self.path, line, column, note)

    # speakers
    @cached_property
    def speakers(self) -> set[str]:
        return {turn.speaker for turn in self.turns if turn.speaker is not None}

    def turn_index(self, offset: int) -> int:
        """Index in `turns` of the turn holding `offset` (-1 for an empty text)."""
        return bisect_right(self._turn_starts, offset) - 1

    def speaker_at(self, offset: int) -> str | None:
        index = self.turn_index(offset)
        return self.turns[index].speaker if index >= 0 else None

    # normalised view
    @cached_property
    def _normalized(self) -> tuple[str, OffsetMap]:
        return normalize(self.text)

    @property
    def normalized(self) -> str:
        return self._normalized[0]

    @property
    def offsets(self) -> OffsetMap:
        return self._normalized[1]

    def original_offset(self, norm_index: int) -> int:
        """Offset in `text` behind `normalized[norm_index]` (the end maps to the end)."""
        return self._normalized[1].original(norm_index)


def load_document(path: str | PathLike, speaker_pattern: str | re.Pattern | None = None) -> Document:
    """Read a UTF-8 file; raise DocumentError at the first byte that is not UTF-8.

    Only a regular file of at most `CHECKS_MAX_DOCUMENT_BYTES` (default `MAX_BYTES`) is
    read (`checks.files`); a FIFO or a device is an OSError, like a missing file.
    """
    shown = str(path)
    try:
        limit = settings.whole_number("CHECKS_MAX_DOCUMENT_BYTES", MAX_BYTES, "bytes")
        data = read_regular(path, limit)
    except settings.SettingError as error:
        raise DocumentError(shown, 1, 1, str(error)) from None
    except TooLarge as error:
        raise DocumentError(shown, 1, 1, f"{error}, over the limit of {limit}; "
                                         "raise CHECKS_MAX_DOCUMENT_BYTES if this is intended") from None
    return Document(_decode(data, shown), shown, speaker_pattern)


def _decode(data: bytes, path: str) -> str:
    """UTF-8 text with its BOM (if any) kept: Document drops exactly one."""
    bom = data.startswith(b"\xef\xbb\xbf")
    body = data[3:] if bom else data
    try:
        return ("\ufeff" if bom else "") + body.decode("utf-8")
    except UnicodeDecodeError as error:
        before = _LINE_BREAK.sub("\n", body[: error.start].decode("utf-8"))
        line = before.count("\n") + 1
        column = len(before) - before.rfind("\n")
        byte = body[error.start]
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            message = f"the file is UTF-16 (it starts with byte-order mark 0x{data[0]:02X} 0x{data[1]:02X}); save it as UTF-8"
        else:
            message = f"byte 0x{byte:02X} is not valid UTF-8; save the file as UTF-8 (e.g. iconv -f GB18030 -t UTF-8)"
        raise DocumentError(path, line, column, message) from None


def _turns(text: str, pattern: re.Pattern) -> tuple[Turn, ...]:
    labels = [(m.start(), _label_name(m), m.end()) for m in pattern.finditer(text)]
    labels = [label for label in labels if label[1]]
    uses = Counter(name for _, name, _ in labels)
    opening = []
    for index, (start, name, end) in enumerate(labels):
        following = labels[index + 1][0] if index + 1 < len(labels) else len(text)
        if uses[name] > 1 or _prose_follows(text, end, following):
            opening.append((start, name))
    first = opening[0][0] if opening else len(text)
    turns = [Turn(None, 0, first)] if first > 0 else []
    for index, (start, name) in enumerate(opening):
        end = opening[index + 1][0] if index + 1 < len(opening) else len(text)
        turns.append(Turn(name, start, end))
    return tuple(turns)


def _label_name(match: re.Match) -> str:
    if "speaker" in match.re.groupindex:
        raw = match.group("speaker")
    elif match.re.groups:
        raw = match.group(1)
    else:
        raw = match.group().strip().rstrip(":：")
    return normalize(raw or "")[0].strip()


def _prose_follows(text: str, label_end: int, limit: int) -> bool:
    """Whether the first paragraph after a label (before `limit`) ends a sentence."""
    rest = text[label_end:limit]
    body = rest.lstrip()
    if not body:
        return False
    cut = _PARAGRAPH_END.search(body)
    paragraph = body[: cut.start()] if cut else body
    return bool(_PROSE_END.search(paragraph))
