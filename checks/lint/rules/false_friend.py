"""false-friend: stock phrases of translated text that say something else in English.

"By far, we have fostered 140,000 firms" means "So far" (截至目前): "by far"
grades a superlative ("by far the largest"), it never opens a sentence with a
comma. The phrases come from the configuration (`false_friends:`, built in:
checks/lint/defaults.py), each with the wording to write; only clear errors
belong there. A phrase marked `opening: true` is reported only where it opens
a sentence. Matching is case-free and whole words; the fix keeps the capital.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.findings import Severity
from checks.lint.registry import Hit, rule
from checks.lint.words import match_case, paragraphs, phrase_pattern, sentences, slug


@rule("false-friend", severity=Severity.ERROR,
      summary='a stock phrase of translations that means something else ("By far, we have ..." for "So far")')
def false_friends(text: str, config) -> Iterator[Hit]:
    openings: set[int] | None = None
    for friend in config.false_friends:
        pattern = phrase_pattern(friend.phrase)
        for match in pattern.finditer(text):
            if friend.opening:
                if openings is None:
                    openings = {span.start for paragraph in paragraphs(text) for span in sentences(text, paragraph)}
                if match.start() not in openings:
                    continue
            suggestion = match_case(match.group(), friend.write)
            yield Hit("false-friend", match.start(), match.end(), match.group(), suggestion,
                      f"\"{match.group()}\" does not mean what the translation needs here; write \"{suggestion}\"",
                      key=slug(match.group()), note=friend.note)
