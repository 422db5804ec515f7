"""Users' regular expressions (ledger `ignore`, review.yaml `furniture`): bounded to
compile and to run. One machinery for both.

They arrive in pull requests, so neither step may hang CI or exhaust its memory.
Matching runs under a time budget per document and pattern (`CHECKS_PATTERN_SECONDS`,
default 2; the `regex` module's `timeout`). Compiling has no budget in any engine,
and a counted repetition is unrolled when compiled: `(?:a{4000}){4000}` asks for 16
million nodes and several gigabytes. So before compiling, `size` estimates what the
compiled pattern holds (an atom counts 1, a counted repetition multiplies what it
repeats by its larger bound, alternatives add up) and a pattern over `MAX_SIZE`
(about 30 MB and 0.1 s to compile) is refused.

Loading a ledger only validates its patterns (`check_pattern`): the standard `re`
compiles nearly every pattern `regex` does, for a fraction of its 12 ms (import and
compile of the briefing's 30), so `regex` is imported only for a pattern `re`
refuses, whose verdict and message are then `regex`'s, and to match.
"""

from __future__ import annotations

import re
import warnings
from typing import TYPE_CHECKING

from checks import settings

if TYPE_CHECKING:
    import regex

MAX_SIZE = 100_000
DEFAULT_SECONDS = 2.0

_COUNTED = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")
_OTHER_BRACE = re.compile(r"\{(?![0-9]*,?[0-9]*\})")
_BRACED_ESCAPE = re.compile(r"\\[pPNxuUg]\{[^}]*\}|\\g<[^>]*>")
# "(" and what opens a group without being matched: (?:  (?P<name>  (?<=  (?i:  (?#comment
_GROUP_HEAD = re.compile(r"\((?:\?(?:#[^)]*|P?<[A-Za-z_]\w*>|P=\w+|<[=!]|[=!>|]|[A-Za-z^-]*:?))?")


class PatternError(ValueError):
    """A pattern that cannot be used; the message says why and what to do."""


class PatternTimeout(Exception):
    """Matching ran over the time budget (`seconds`)."""

    def __init__(self, seconds: float):
        super().__init__(f"ran over {seconds:g} s")
        self.seconds = seconds


def compile_pattern(text: str, flags: int = 0) -> regex.Pattern:
    """`text` compiled, or PatternError if it is too large to compile or not a regular expression."""
    _check_size(text)
    return _compile(text, flags)


def _compile(text: str, flags: int = 0) -> regex.Pattern:
    import regex  # here: loading a ledger needs it only for a pattern `re` refuses (module docstring)

    try:
        return regex.compile(text, flags)
    except (regex.error, OverflowError, ValueError, RecursionError) as error:
        raise PatternError(f"invalid regular expression: {error}") from None


def check_pattern(text: str) -> None:
    """PatternError, as `compile_pattern` would raise it, if `text` cannot be used.

    A brace that opens no counted repetition goes to `regex` (`{e}`, `{s<3}` are its
    fuzzy-match constraints, literal text to `re`): a fuzz of 300,000 patterns found
    no other that `re` accepts and `regex` refuses (tests/test_patterns.py keeps it).
    """
    _check_size(text)
    if _OTHER_BRACE.search(text):
        _compile(text)
        return
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # re's FutureWarnings about sets: not the user's engine
            re.compile(text)
    except (re.error, OverflowError, ValueError, RecursionError):
        _compile(text)


def _check_size(text: str) -> None:
    if size(text) > MAX_SIZE:
        raise PatternError(f"its repetitions unroll to more than {MAX_SIZE:,} elements when compiled; "
                           "use fewer or smaller counted repetitions such as {4000}")


def size(text: str) -> int:
    """How many elements the compiled pattern holds, at most (stops counting past MAX_SIZE)."""
    frames = [[0, 0]]  # per open group: [elements so far, elements of the last atom]
    index = 0
    while index < len(text):
        char = text[index]
        frame = frames[-1]
        counted = _COUNTED.match(text, index) if char == "{" else None
        if counted and (counted.group(1) or counted.group(3)):
            digits = counted.group(3) or counted.group(1)
            times = int(digits) if len(digits) <= 9 else MAX_SIZE + 1
            frame[0] += frame[1] * (times - 1)
            frame[1] *= times
            index = counted.end()
        elif char == "(":
            frames.append([0, 0])
            index = _GROUP_HEAD.match(text, index).end()
        elif char == ")" and len(frames) > 1:
            inner = frames.pop()[0]
            frames[-1][0] += inner
            frames[-1][1] = inner
            index += 1
        elif char in "*+?|":
            index += 1
        else:
            index = _atom_end(text, index)
            frame[0] += 1
            frame[1] = 1
        if frame[0] > MAX_SIZE or frames[-1][0] > MAX_SIZE:
            return MAX_SIZE + 1
    return sum(frame[0] for frame in frames)


def _atom_end(text: str, index: int) -> int:
    """Where the atom at `index` ends: one character, an escape, or a whole [class]."""
    if text[index] == "\\":
        braced = _BRACED_ESCAPE.match(text, index)
        return braced.end() if braced else index + 2
    if text[index] != "[":
        return index + 1
    index += 1
    if text[index : index + 1] == "^":
        index += 1
    if text[index : index + 1] == "]":
        index += 1
    while index < len(text) and text[index] != "]":
        index += 2 if text[index] == "\\" else 1
    return index + 1


def seconds() -> float:
    """The budget of one pattern on one document, from `CHECKS_PATTERN_SECONDS`; SettingError if malformed."""
    return settings.seconds("CHECKS_PATTERN_SECONDS", DEFAULT_SECONDS)


def finditer(pattern: regex.Pattern, text: str, budget: float):
    """Every match of `pattern` in `text`; PatternTimeout once the scan has run `budget` seconds."""
    try:
        yield from pattern.finditer(text, timeout=budget)
    except TimeoutError:
        raise PatternTimeout(budget) from None
