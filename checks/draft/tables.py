"""Figures in a plain-text table: the period of their column, the unit of its heading.

Statistical releases print summary tables as aligned columns::

                                    2017              2018
                                    Nov.     Dec.     Jan.     Feb.     Mar.
                                      Percent change from preceding month
    Personal income:
     Current dollars                0.3      0.4      0.4      0.3      0.3

A *header* is a line of two or more month names ("Nov.", "March"), quarters
("Q1", "I"-"IV" after a year line) or years, and nothing else. A year line
right above it gives each month the year whose column starts at or before the
month's. Every later line, up to the next blank line followed by prose, whose
figures sit under the header's columns is a *row*: each figure takes the
period of the column it overlaps (right-aligned numbers end under the
heading's last character). A heading between the header and the first row
that says "percent change" or "percent" makes the bare numbers of the table
percents. A figure outside any table, or under no column, is left to the
sentence readers (`checks.draft.periods`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.numbers import find_numbers

_MONTHS = {name: index + 1 for index, names in enumerate([
    "jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july", "aug august",
    "sep sept september", "oct october", "nov november", "dec december"]) for name in names.split()}
_TOKEN = re.compile(r"\S+")
_YEAR = re.compile(r"(?:19|20)\d\d(?:\s*r|\s*p)?")
_QUARTER = re.compile(r"(?:Q([1-4])|(IV|III|II|I))", re.I)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_PERCENT = re.compile(r"\bpercent\b|\bper\s+cent\b|%", re.I)
_HEADING = 60  # characters of a heading line at most
_PROSE = re.compile(r"[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}")


@dataclass(frozen=True)
class Cell:
    """What a number in a table column means: its column's period, its row."""

    period: str  # of its column: 2018-03, 2019-Q2, 2017
    heading: str  # the column's heading, as printed ("Mar.", "2018 Mar.")
    unit: str | None  # "percent" when the table says its numbers are percent changes
    row: str  # the row's label ("Current dollars") after the label of its group ("Personal income:")


@dataclass(frozen=True)
class _Column:
    """A column of a table's heading line."""

    start: int  # columns of the heading on its line
    end: int
    period: str
    heading: str


class Tables:
    """The table cells of one text, looked up by a figure's offset."""

    def __init__(self, text: str):
        self._cells: dict[int, Cell] = {}
        lines = text.splitlines(keepends=True)
        starts = [0]
        for line in lines:
            starts.append(starts[-1] + len(line))
        index = 0
        while index < len(lines):
            columns = _header(lines, index)
            if columns:
                index = self._rows(text, lines, starts, index + 1, columns)
            else:
                index += 1

    def cell(self, offset: int) -> Cell | None:
        """The cell of the figure whose number starts at `offset`, if it is in a table."""
        return self._cells.get(offset)

    def _rows(self, text: str, lines: list[str], starts: list[int], index: int, columns: list[_Column]) -> int:
        unit, group = None, ""
        while index < len(lines):
            line = lines[index].rstrip("\r\n")
            if not line.strip():
                following = next((other for other in lines[index + 1:] if other.strip()), "")
                if _PROSE.search(following) and not _numbers_under(following, columns):
                    return index
                index += 1
                continue
            if _header(lines, index):
                return index
            figures = [f for f in find_numbers(line) if not line[f.number_end:f.number_end + 1].isalpha()]
            placed = [(figure, _column_of(figure, columns)) for figure in figures]
            placed = [(figure, column) for figure, column in placed if column is not None]
            if not figures and len(line.strip()) < _HEADING:  # a heading: of the table, or of a group of rows
                unit = "percent" if _PERCENT.search(line) else unit
                group = line.strip() if line.rstrip().endswith(":") else group
                index += 1
                continue
            if len(placed) < 2 and _PROSE.search(line):
                return index  # prose again: the table has ended
            row = " ".join(f"{group} {line[: placed[0][0].start]}".split()) if placed else ""
            for figure, column in placed:
                percent = unit if figure.unit == "count" else None
                self._cells[starts[index] + figure.number_start] = Cell(column.period, column.heading, percent, row)
            index += 1
        return index


def _header(lines: list[str], index: int) -> list[_Column]:
    """The columns of the header at line `index`, or [] when it is not one."""
    line = lines[index].rstrip("\r\n")
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(line)]
    months = [(s, e, _MONTHS.get(re.sub(r"\(\w\)$", "", t).rstrip(".").lower())) for s, e, t in tokens]
    if len(tokens) >= 2 and all(month for _, _, month in months):
        years = _years_above(lines, index)
        if not years:
            return []
        columns = []
        for start, end, month in months:
            year = next((y for s, y in reversed(years) if s <= end), None)
            if year is None:
                return []
            columns.append(_Column(start, end, f"{year}-{month:02d}", f"{year} {line[start:end]}"))
        return columns
    if len(tokens) >= 2 and all(_YEAR.fullmatch(t) for _, _, t in tokens):
        return [_Column(s, e, t[:4], t) for s, e, t in tokens]
    quarters = [(s, e, _QUARTER.fullmatch(t)) for s, e, t in tokens]
    if len(tokens) >= 2 and all(q for _, _, q in quarters):
        years = _years_above(lines, index)
        columns = []
        for start, end, quarter in quarters:
            year = next((y for s, y in reversed(years) if s <= end), None)
            number = int(quarter.group(1)) if quarter.group(1) else _ROMAN[quarter.group(2).lower()]
            if year is None:
                return []
            columns.append(_Column(start, end, f"{year}-Q{number}", f"{year} {line[start:end]}"))
        return columns
    return []


def _years_above(lines: list[str], index: int) -> list[tuple[int, int]]:
    """(column, year) of the year line right above a header (one blank line may separate them)."""
    for above in range(index - 1, max(-1, index - 3), -1):
        line = lines[above].rstrip("\r\n")
        if not line.strip():
            continue
        tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(line)]
        if tokens and all(_YEAR.fullmatch(t) for _, t in tokens):
            return [(s, int(t[:4])) for s, t in tokens]
        return []
    return []


def _column_of(figure, columns: list[_Column]) -> _Column | None:
    """The column the figure overlaps most, at least one character; else none."""
    best, overlap = None, 0
    for column in columns:
        shared = min(figure.end, column.end) - max(figure.number_start, column.start)
        if shared > overlap:
            best, overlap = column, shared
    return best


def _numbers_under(line: str, columns: list[_Column]) -> bool:
    return sum(_column_of(figure, columns) is not None for figure in find_numbers(line)) >= 2
