"""markup and page-furniture: what the web page left in the text (reported as info).

markup: editor tags ("_ueditor_page_break_tag_"), HTML tags ("<br>", "</p>"),
character entities ("&nbsp;", "&#8220;") and invisible characters inside a number
("1\u00ad9.3%"). "R&D" and "AT&T" are text.
page-furniture: lines matching a configured pattern (`furniture:`), e.g. the
photo-gallery captions "/5    Zhou Jianshe" of the built-in configuration;
the pattern's note says what the line is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks import patterns
from checks.document import INVISIBLE
from checks.findings import Location, Severity
from checks.lint.config import ConfigProblem, LintConfigError
from checks.lint.registry import Hit, rule
from checks.settings import SettingError

_TAGS = "|".join(
    "a abbr article b blockquote br center div em figcaption figure font h1 h2 h3 h4 h5 h6 hr i img li "
    "ol p section span strong sub sup table tbody td th thead tr u ul".split()
)
_MARKUP = [
    (re.compile(r"(?<![\w])_[a-z]+(?:_[a-z]+)+_(?![\w])"), "editor tag"),
    (re.compile(rf"</?(?:{_TAGS})(?![A-Za-z0-9])(?:[^\S\n]+[^<>\n]*)?/?>", re.IGNORECASE), "HTML tag"),
    (re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,30}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"), "HTML entity"),
]


# A soft hyphen or zero-width character between digits: figures read through it
# (checks.numbers), but search, copy and screen readers split the number there.
_INVISIBLE_IN_NUMBER = re.compile(rf"(?<=\d)[{INVISIBLE}]+(?=[.,]?\d)")


@rule("markup", severity=Severity.INFO, summary="editor tags, HTML tags or entities left in the text")
def markup(text: str, config) -> Iterator[Hit]:
    for pattern, what in _MARKUP:
        for match in pattern.finditer(text):
            yield Hit("markup", match.start(), match.end(), match.group(), "",
                      f"{what} left in the text; delete \"{match.group()}\"")
    for match in _INVISIBLE_IN_NUMBER.finditer(text):
        names = ", ".join(f"U+{ord(char):04X}" for char in match.group())
        yield Hit("markup", match.start(), match.end(), match.group(), "",
                  f"invisible character ({names}) inside a number; delete it")


@rule("page-furniture", severity=Severity.INFO, summary="page furniture (captions, links) left in the text")
def page_furniture(text: str, config) -> Iterator[Hit]:
    """Each pattern runs under the time budget of `checks.patterns`, like the ledger's `ignore`."""
    seen: set[int] = set()
    budget = _budget(config)
    for furniture in config.furniture:
        try:
            matches = list(patterns.finditer(furniture.pattern, text, budget))
        except patterns.PatternTimeout as error:
            where = furniture.where or Location(config.path or "<built-in defaults>", 1, 1)
            raise LintConfigError([ConfigProblem(where, "furniture.pattern",
                                                 f"{furniture.pattern.pattern[:60]!r} {error} on one document; "
                                                 "simplify it (no nested repetition)")]) from None
        for match in matches:
            if match.start() in seen or match.end() == match.start():
                continue
            seen.add(match.start())
            yield Hit("page-furniture", match.start(), match.end(), match.group(), "",
                      f"{furniture.note}; delete it")


def _budget(config) -> float:
    try:
        return patterns.seconds()
    except SettingError as error:
        raise LintConfigError([ConfigProblem(Location(config.path or "<environment>", 1, 1), "environment",
                                             str(error))]) from None
