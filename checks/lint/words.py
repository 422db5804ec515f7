"""Words with their offsets, the small word lists the rules share, and the
helpers that turn a hit's text into an id, an excerpt or a case-matched fix."""

from __future__ import annotations

import re
from dataclasses import dataclass

# letters, with inner apostrophes ("China's") and inner hyphens ("non-ferrous")
# (not a piece of a web or mail address: "www.chinasme.cn", "JD.com", "a@b")
COMPOUND = re.compile(
    r"(?<![\w@-])(?<![\w][./])[A-Za-z]+(?:['’][A-Za-z]+)?(?:-[A-Za-z]+(?:['’][A-Za-z]+)?)*(?![\w@-]|[./]\w)"
)
WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
SPACE = "[^\\S\\n]"  # any space on one line (NBSP and thin spaces included)

# function words, and the adverbs that can follow a noun ("at the national level now")
FUNCTION_WORDS = frozenset(
    """a an the and or nor but if then than that this these those there their them they
    it its is are was were be been being am do does did done have has had having will
    would shall should can could may might must of in on at by for from to with without
    within into onto upon over under out up down off about above below across after
    before behind between beyond during through throughout toward towards around along
    among against via per as so such not no yes all any both each every either neither
    some many much more most few less least other another same own only also very too
    just even still yet ever never once here where when while why how what which who
    whom whose we us our you your he him his she her i me my one ones back away
    together apart now again already soon today well alone instead almost
    quite rather perhaps thus hence therefore however moreover meanwhile respectively
    overall""".split()
)

MEASURE_NOUNS = frozenset(
    """increase increases rise rises gain gains growth drop drops decline declines
    decrease decreases fall falls gap gaps difference differences contribution
    contributions lead cut cuts jump jumps reduction reductions improvement
    improvements boost hike hikes slowdown acceleration margin spread change
    changes expansion contraction basis""".split()
)


@dataclass(frozen=True)
class Word:
    """A word of the text and its offsets."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


def words(text: str, pattern: re.Pattern = WORD) -> list[Word]:
    return [Word(m.group(), m.start(), m.end()) for m in pattern.finditer(text)]


def slug(text: str, limit: int = 60) -> str:
    """A short, stable, case-free name for a piece of text: '6.4%year' -> '6.4-pct-year'."""
    parts = re.findall(r"[a-z0-9.+&]+", text.lower().replace("%", " pct "))
    parts = [part.strip(".") for part in parts if part.strip(".")]
    name = "-".join(parts) or "text"
    if len(name) > limit:
        name = name[:limit].rsplit("-", 1)[0]
    return name


def excerpt(text: str, start: int, end: int, width: int = 40) -> str:
    """The hit in brackets with up to `width` characters of its line either side, in whole words."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left = max(line_start, start - width)
    right = min(line_end, end + width)
    if left > line_start and " " in text[left:start]:
        left = text.index(" ", left, start) + 1  # whole words only
    if right < line_end and " " in text[end:right]:
        right = text.rindex(" ", end, right)
    before = ("… " if left > line_start else "") + text[left:start]
    after = text[end:right] + (" …" if right < line_end else "")
    flat = re.compile(r"\s+")
    return flat.sub(" ", f"{before}[{text[start:end]}]{after}")


def times(count: int) -> str:
    return {1: "once", 2: "twice"}.get(count, f"{count} times")


def match_case(found: str, replacement: str) -> str:
    """Give `replacement` the capital first letter of `found`, if that is its only capital."""
    if found[:1].isupper() and replacement[:1].islower() and sum(char.isupper() for char in found) == 1:
        return replacement[:1].upper() + replacement[1:]
    return replacement


def phrase_pattern(phrase: str) -> re.Pattern:
    """Whole-word, case-free matching of a phrase; any run of spaces matches a space."""
    body = f"{SPACE}+".join(re.escape(part) for part in phrase.split())
    return re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE)


# a sentence ends at . ! or ? (and a closing quote or bracket) before a space and a capital,
# digit or opening quote; not after a title or a common abbreviation ("Mr. Xie", "No. 5")
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|No|Jr|Sr|vs))(?<!\bMrs)(?<!\be\.g)(?<!\bi\.e)"
                           r"[.!?][\"'”’)]*[^\S\n]+(?=[\"“‘(]?[A-Z0-9])")


@dataclass(frozen=True)
class Span:
    """Offsets of a paragraph of the text."""

    start: int
    end: int


def paragraphs(text: str) -> list[Span]:
    """The non-empty lines of the text: a paragraph of a briefing is one line."""
    spans, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append(Span(start, start + len(line)))
        start += len(line) + 1
    return spans


def sentences(text: str, paragraph: Span) -> list[Span]:
    """The sentences of one paragraph, leading spaces left out."""
    spans, start = [], paragraph.start
    for end in _SENTENCE_END.finditer(text, paragraph.start, paragraph.end):
        spans.append(Span(start, end.end()))
        start = end.end()
    spans.append(Span(start, paragraph.end))
    return [Span(span.start + len(text[span.start:span.end]) - len(text[span.start:span.end].lstrip()), span.end)
            for span in spans if text[span.start:span.end].strip()]
