"""repeated-opening: two sentences in a row that open with the same phrase.

"In the first half of the year, the sector grew. In the first half of the
year, value added rose ..." reads as a slip of the translation. Parallel
lists are a style of briefings ("We will ... We will also ..."; "In terms of
policies ... In terms of standards ..."), so the shared opening must be at
least four words long, within one paragraph. The second sentence is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.findings import Severity
from checks.lint.registry import Hit, rule
from checks.lint.words import paragraphs, sentences, slug

SHORTEST = 4
_TOKEN = re.compile(r"[\w%’'.-]*\w")


@rule("repeated-opening", severity=Severity.WARNING,
      summary="two sentences in a row that open with the same phrase (four words or more)")
def repeated_openings(text: str, config) -> Iterator[Hit]:
    for paragraph in paragraphs(text):
        spans = sentences(text, paragraph)
        for before, after in zip(spans, spans[1:]):
            first = list(_TOKEN.finditer(text, before.start, before.end))
            second = list(_TOKEN.finditer(text, after.start, after.end))
            shared = 0
            while (shared < min(len(first), len(second))
                   and first[shared].group().lower() == second[shared].group().lower()):
                shared += 1
            if shared >= SHORTEST and shared < len(second):
                end = second[shared - 1].end()
                phrase = text[after.start:end]
                yield Hit("repeated-opening", after.start, end, phrase, None,
                          f"this sentence opens like the one before it (\"{phrase}\"); vary or merge the two",
                          key=slug(phrase))
