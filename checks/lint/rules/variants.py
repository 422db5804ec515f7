"""term-variant: one term written two ways, found without a glossary.

Only pairs that are both present in the document are compared, and only in
shapes where the two forms cannot both be right:
  - hyphenated and closed: "non-ferrous" / "nonferrous", "multi-tiered" / "multitiered",
    "e-mail" / "email" (not key names such as "C-L" / "cl");
  - open and closed: "data sets" / "datasets" (neither part a function word or a
    particle, so "set up" / "setup" and "every day" / "everyday" are left alone);
  - spacing around "+", "&" or "/": "5G+industrial" / "5G+ industrial";
  - British and American spellings: "organise" / "organize", "centre" / "center",
    "aluminium" / "aluminum";
  - open and hyphenated in the same position. A compound is hyphenated before
    a noun ("a year-on-year increase") and open elsewhere ("rose 6% year on
    year", "the value added of"); both are right in their place. Occurrences
    are compared only with others in the same, clearly recognised position:
    before the same lower-case noun-like word ("year on year increase" against
    "year-on-year increase"; "file changed outside" is not a compound), or
    before punctuation or a function word. Compounds ending in a particle
    ("trade-in" / "trade in") are nouns against verbs and are never compared.
Near-synonymous renderings of one source term within one paragraph
("foreign-funded" / "foreign-invested") are found from the configuration's
`synonyms:` (checks.lint.rules.synonyms).
Names are left alone: CamelCase words ("SpecialKey") and words set off as
code or links ('statusline', `setup`, |tag|).
The form used most (first used on a tie; in position, the conventional one)
is the document's; each other occurrence is reported. Pairs named together in
one glossary entry (including `distinct` ones) are left to the glossary.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from checks.findings import Severity
from checks.lint.registry import Hit, rule
from checks.lint.rules.synonyms import paragraph_synonyms
from checks.lint.words import COMPOUND, FUNCTION_WORDS, match_case, phrase_pattern, times

PARTICLES = frozenset("up down in out on off over back through away about around along by".split())
_VERBS = frozenset(
    """rose rise rises grew grow grows fell fall falls hit hits reached reaches stood stands
    came comes went goes saw sees remained remains continued continues totaled totalled""".split()
)
_JOINED = re.compile(
    r"(?<![\w+&/])(?P<a>[A-Za-z0-9]+)(?P<l>[^\S\n]*)(?P<j>[+&/])(?P<r>[^\S\n]*)(?P<b>[A-Za-z0-9]+)(?![\w+&/])"
)
_SPELLINGS = [  # (British, American) endings, applied to words of three letters or more before them
    ("our", "or"), ("ours", "ors"), ("oured", "ored"), ("ouring", "oring"), ("ourite", "orite"),
    ("ise", "ize"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing"), ("isation", "ization"),
    ("isations", "izations"), ("iser", "izer"), ("yse", "yze"), ("ysed", "yzed"), ("tre", "ter"),
    ("tres", "ters"), ("ence", "ense"), ("ogue", "og"), ("ogues", "ogs"), ("amme", "am"), ("ammes", "ams"),
    ("lled", "led"), ("lling", "ling"), ("ller", "ler"), ("llers", "lers"),
]
_WORD_PAIRS = [
    ("aluminium", "aluminum"), ("judgement", "judgment"), ("ageing", "aging"), ("grey", "gray"),
    ("sulphur", "sulfur"), ("fulfil", "fulfill"), ("enrol", "enroll"), ("skilful", "skillful"),
    ("mould", "mold"), ("manoeuvre", "maneuver"), ("artefact", "artifact"), ("cosy", "cozy"),
    ("sceptical", "skeptical"), ("plough", "plow"), ("paediatric", "pediatric"),
    ("acknowledgement", "acknowledgment"),
]


@rule("term-variant", severity=Severity.WARNING,
      summary="one term written two ways (hyphen, space, spelling), found automatically")
def term_variants(text: str, config) -> Iterator[Hit]:
    glossed = [{term.lower() for term in entry.terms} for entry in config.glossary]
    seen: set[tuple[int, int]] = set()
    for forms, reason in _groups(text):
        if any(len(set(forms) & terms) >= 2 for terms in glossed):
            continue
        for hit in _minority(text, forms, reason):
            if (hit.start, hit.end) not in seen:
                seen.add((hit.start, hit.end))
                yield hit
    for hit in (*_positional(text, glossed), *paragraph_synonyms(text, config)):
        if (hit.start, hit.end) not in seen:
            seen.add((hit.start, hit.end))
            yield hit


def _groups(text: str):
    """(form -> matches, reason) for every pair of forms present in the text."""
    compounds = defaultdict(list)
    for match in COMPOUND.finditer(text):
        if _plain(match.group()) and not _quoted(text, match):
            compounds[match.group().lower()].append(match)
    simple = {form for form in compounds if "-" not in form}
    for form in list(compounds):
        closed = form.replace("-", "")
        if "-" in form and closed in simple and (len(closed) >= 5 or min(map(len, form.split("-"))) >= 2):
            yield {form: compounds[form], closed: compounds[closed]}, "hyphen"
    bigrams = set()
    for match in re.finditer(r"(?<![\w-])(?=([A-Za-z][a-z]{2,})[^\S\n]+([a-z]{3,})(?![\w-]))", text):
        bigrams.add((match.group(1).lower(), match.group(2)))
    for form in simple:
        for cut in range(3, len(form) - 2):
            pair = (form[:cut], form[cut:])
            if pair in bigrams and not (set(pair) & (FUNCTION_WORDS | PARTICLES)):
                opens = [m for m in phrase_pattern(" ".join(pair)).finditer(text) if _plain(m.group())]
                yield {" ".join(pair): opens, form: compounds[form]}, "space"
    joined = defaultdict(lambda: defaultdict(list))
    for match in _JOINED.finditer(text):
        key = (match.group("a") + match.group("j") + match.group("b")).lower()
        joined[key][match.group().lower()].append(match)
    for forms in joined.values():
        if len(forms) > 1:
            yield dict(forms), "spacing"
    for british, american in _spelling_pairs(simple):
        yield {british: compounds[british], american: compounds[american]}, "spelling"


def _plain(written: str) -> bool:
    """Words as prose writes them: lower case, capitalised or all capitals, not
    CamelCase names ("SpecialKey", "inputMethod") nor a capital after a space."""
    parts = re.split(r"[-\s]+", written)
    if len(parts) > 1 and " " in written and not all(part.islower() for part in parts[1:]):
        return False
    return all(part.islower() or part.isupper() or part.istitle() for part in parts if part)


def _quoted(text: str, match: re.Match) -> bool:
    """A name set off as code or a link: 'statusline', `setup`, |tag|, <key>, *tag*."""
    before, after = text[match.start() - 1:match.start()], text[match.end():match.end() + 1]
    return bool(before) and before in "'`|<*" and after in "'`|>*" and bool(after)


def _spelling_pairs(words: set[str]):
    for british, american in _WORD_PAIRS:
        for suffix in ("", "s"):
            if british + suffix in words and american + suffix in words:
                yield british + suffix, american + suffix
    for word in words:
        for british, american in _SPELLINGS:
            stem = word[: -len(british)]
            if word.endswith(british) and len(stem) >= 3 and stem + american in words:
                if british.startswith("ll") and (len(stem) < 4 or stem[-1] not in "aeiou"):
                    continue  # filled/filed, polling/poling are two words
                yield word, stem + american


def _minority(text: str, forms: dict, reason: str) -> Iterator[Hit]:
    counts = {form: len(matches) for form, matches in forms.items() if matches}
    if len(counts) < 2:
        return
    dominant = max(counts, key=lambda form: (counts[form], -forms[form][0].start()))
    example = forms[dominant][0]
    for form, matches in forms.items():
        if form == dominant:
            continue
        for match in matches:
            found = match.group()
            suggestion = _adapt(found, example.group())
            yield Hit("term-variant", match.start(), match.end(), found, suggestion,
                      f"written \"{example.group()}\" elsewhere ({times(counts[dominant])}); write \"{suggestion}\"",
                      related=((example.start(), f"\"{example.group()}\""),))


def _positional(text: str, glossed: list[set[str]]) -> Iterator[Hit]:
    hyphenated = defaultdict(list)
    for match in COMPOUND.finditer(text):
        parts = match.group().lower().split("-")
        if 2 <= len(parts) <= 4 and all(len(part) >= 2 for part in parts) and parts[-1] not in PARTICLES:
            hyphenated[match.group().lower()].append(match)
    for form, hyphen_matches in hyphenated.items():
        open_form = form.replace("-", " ")
        if any({form, open_form} <= terms for terms in glossed):
            continue
        open_matches = list(phrase_pattern(open_form).finditer(text))
        if not open_matches:
            continue
        hyphens = [(m, _position(text, m.end())) for m in hyphen_matches]
        opens = [(m, _position(text, m.end())) for m in open_matches]
        # before a noun: hyphenated is right; compared only before the same noun
        nouns = {position for _, position in hyphens if position not in ("other", "unknown")}
        wrong = [m for m, position in opens if position in nouns]
        if wrong:
            example = next(m for m, position in hyphens if position in nouns)
            yield from _positional_hits(wrong, example, "noun")
        # elsewhere (before punctuation or a function word): open is right
        right = [m for m, position in opens if position == "other"]
        wrong = [m for m, position in hyphens if position == "other"]
        if right and wrong:
            yield from _positional_hits(wrong, right[0], "other")


def _positional_hits(wrong: list[re.Match], example: re.Match, position: str) -> Iterator[Hit]:
    where = "before a noun" if position == "noun" else "where it does not qualify a noun"
    for match in wrong:
        suggestion = _adapt(match.group(), example.group())
        yield Hit("term-variant", match.start(), match.end(), match.group(), suggestion,
                  f"{where} this compound is written \"{example.group()}\" elsewhere; write \"{suggestion}\"",
                  related=((example.start(), f"\"{example.group()}\""),))


def _adapt(found: str, example: str) -> str:
    """The document's form, capitalised like `found` unless the form has capitals of its own."""
    if any(char.isupper() for char in example[1:]):
        return example
    return match_case(found, example.lower())


def _position(text: str, end: int) -> str:
    """The noun-like lower-case word that follows (plural 's' dropped), 'other'
    (punctuation or a function word follows) or 'unknown' (anything else)."""
    following = re.match(r"[^\S\n]*([A-Za-z]+|[.,;:!?)\"'”’]|\n|\Z)", text[end:end + 40])
    if following is None:
        return "unknown"
    word = following.group(1)
    if not word or not word[0].isalpha():
        return "other"
    if word in FUNCTION_WORDS:
        return "other"
    if word.islower() and not word.endswith(("ing", "ed", "ly")) and word not in _VERBS:
        return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return "unknown"
