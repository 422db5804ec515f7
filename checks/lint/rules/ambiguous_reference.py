"""ambiguous-reference: "Mr. Xie" when two people of the document are called Xie.

The people are the ones the document names in full: speaker labels on a line of
their own ("Xie Shaofeng:") and full names after a title ("Mr. Xie Cun"). A
title followed by one name ("Mr. Xie", "Ms. Smith") is reported when that name
is a part of two or more of those full names; the message lists them. Chinese
names put the surname first and Western names last, so either end counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.findings import Severity
from checks.lint.registry import Hit, rule

_NAME = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?"
_TITLE = r"(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.?"
_LABEL = re.compile(rf"^[^\S\n]*(?P<name>{_NAME}(?:[^\S\n]{_NAME}){{1,2}})[^\S\n]*:[^\S\n]*$", re.MULTILINE)
_TITLED = re.compile(rf"\b{_TITLE}[^\S\n]+(?P<name>{_NAME}(?:[^\S\n]+{_NAME}){{0,2}})")


@rule("ambiguous-reference", severity=Severity.WARNING,
      summary='"Mr. Xie" when two people of the document share the name')
def ambiguous_references(text: str, config) -> Iterator[Hit]:
    people = {match.group("name") for match in _LABEL.finditer(text)}
    people |= {match.group("name") for match in _TITLED.finditer(text) if " " in match.group("name")}
    for match in _TITLED.finditer(text):
        name = match.group("name")
        if " " in name:
            continue
        sharing = sorted(person for person in people if name in (person.split()[0], person.split()[-1]))
        if len(sharing) >= 2:
            listed = " or ".join(f"\"{person}\"" for person in sharing)
            yield Hit("ambiguous-reference", match.start(), match.end(), match.group(), None,
                      f"\"{match.group()}\" may be {listed}; write the full name", key=match.group())
