"""Numbers that name or reach something, not figures: codes, addresses, telephone numbers, notes.

A release's header and footers are full of digits that measure nothing: the
release code ("USDL-23-0671", "BEA 11-38"), e-mail and web addresses
("ppi2020@bls.gov", "www.ons.gov.uk/q2-2014"), telephone numbers ("(202)
691-6378"), long digit runs, digits with a leading zero ("0046"), footnote
markers ("contributions (1)") and file sizes ("(25.5 Kb)"). Each rule here is
one of `checks.draft.candidates`' rules: given a figure, it returns the rule's
name and the words it fired on, or None.
"""

from __future__ import annotations

import re

from checks.draft.passages import Span

LATIN = re.compile(r"[A-Za-z]")
_PHONE = re.compile(r"(?i:\b(?:tel|phone|telephone|fax|call|hotline|mobile)\b\.?:?\s*)\+?\(?\d[\d\s()./-]{5,}\d"
                    r"|(?:\+|\b00)\d{1,3}[\s()./-]*\d[\d\s()./-]{5,}\d"
                    r"|\(\d{3}\)\s*\d{3}[-.\s]\d{4}\b|\b\d{3}[-.]\d{3}[-.]\d{4}\b")
_ADDRESS = re.compile(r"[^\s<>()\"']*(?:@|://|\bwww\.)[^\s<>()\"']*")
_CODE = re.compile(r"\b[A-Z]{2,}[ -]?\d+(?:[-/]\d+)+\b")
_FOOTNOTE = re.compile(r"[A-Za-z,]\s*\(\d{1,2}\)")
_FILE_SIZE = re.compile(r"\s*(?:KB|Kb|kB|kb|MB|Mb|GB)\b")


def token(text: str, start: int, end: int) -> Span:
    """Grow [start, end) to the Latin letters, digits and inner hyphens glued to it."""
    def part(c: str) -> bool:
        return c.isdigit() or bool(LATIN.match(c))

    while start > 0 and (part(text[start - 1]) or text[start - 1] in "-+" and start > 1 and part(text[start - 2])):
        start -= 1
    while end < len(text) and (part(text[end]) or text[end] in "-+" and end + 1 < len(text) and part(text[end + 1])):
        end += 1
    return Span(start, end)


def phone(text, passages, figure):
    for match in _PHONE.finditer(text, max(0, figure.number_start - 30), min(len(text), figure.number_end + 30)):
        digits = sum(c.isdigit() for c in match.group())
        if match.start() <= figure.number_start and figure.number_end <= match.end() and digits >= 7:
            return "phone", Span(match.start(), match.end())
    return None


def address(text, passages, figure):
    for match in _ADDRESS.finditer(text, max(0, figure.number_start - 80), min(len(text), figure.number_end + 80)):
        if match.start() <= figure.number_start and figure.number_end <= match.end():
            return "address", Span(match.start(), match.end())
    return None


def code(text, passages, figure):
    for match in _CODE.finditer(text, max(0, figure.number_start - 16), min(len(text), figure.number_end + 16)):
        if match.start() <= figure.number_start and figure.number_end <= match.end():
            return "code", Span(match.start(), match.end())
    return None


def leading_zero(text, passages, figure):
    numeral = figure.numeral
    if len(numeral) >= 2 and numeral.startswith("0") and numeral.isdigit():
        return "code", token(text, figure.number_start, figure.number_end)
    return None


def long_digits(text, passages, figure):
    numeral = figure.numeral
    if numeral.isdigit() and len(numeral) >= 7:
        return "long digits", Span(figure.number_start, figure.number_end)
    return None


def footnote(text, passages, figure):
    """ "GDP contributions (1) to ...": a note's number in brackets after a word; a file's size "(25.5 Kb)"."""
    if figure.unit == "count" and figure.scale is None and figure.qualifier is None:
        opening = figure.number_start - 1
        if _FOOTNOTE.fullmatch(text, max(0, opening - 2), figure.number_end + 1) or \
                _FOOTNOTE.fullmatch(text, max(0, opening - 1), figure.number_end + 1):
            return "reference", Span(opening, figure.number_end + 1)
        if _FILE_SIZE.match(text, figure.number_end):
            return "reference", Span(figure.number_start, _FILE_SIZE.match(text, figure.number_end).end())
    return None
