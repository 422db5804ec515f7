"""Period words and what they mean: the readers of `checks.draft.periods`.

Each entry of `PHRASES` is a pattern, a reader that turns its match into a
period in the ledger's notation (given the `PeriodReader`'s document year,
reference period and date), and whether the words frame the sentences after
them. `document_date`, `reference_period` and `frequent_year` read what the
whole document is about: its dateline, its title, its most frequent year.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
_COUNT = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
_OF_YEAR = r"(?:\s+of\s+(?:the\s+year|this\s+year|(?P<of>\d{4})))?"
_FULL_DATE = re.compile(rf"{_MONTH}\s+(\d{{1,2}}),\s+(\d{{4}})|(\d{{1,2}})\s+{_MONTH}\s+(\d{{4}})"
                        rf"|(\d{{4}})(?:-|年)(\d{{1,2}})(?:-|月)(\d{{1,2}})", re.I)
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d|2100)(?!\d)")
_TITLE_PERIODS = [  # (pattern, how to write what it found), most telling first
    (re.compile(rf"(?i:(?<![\d,] ){_MONTH})\s+(\d{{4}})(?![\d,])", re.I),
     lambda m: f"{m.group(2)}-{_MONTHS.index(m.group(1).lower()) + 1:02d}"),
    (re.compile(r"\b(first|second)\s+half\s+(?:of\s+)?(\d{4})\b", re.I),
     lambda m: f"{m.group(2)}-H{_ORDINAL[m.group(1).lower()]}"),
    (re.compile(r"\b(first|second|third|fourth)\s+quarter\s+(?:of\s+)?(\d{4})\b", re.I),
     lambda m: f"{m.group(2)}-Q{_ORDINAL[m.group(1).lower()]}"),
    (re.compile(r"\b(?:in|for|of|year)\s+((?:19|20)\d\d)\b(?![-–/]\d)|[-–—:]\s*((?:19|20)\d\d)\s*$", re.I),
     lambda m: m.group(1) or m.group(2)),
]
_TITLE_LINES = 15  # the opening lines that may hold a title
def document_date(text: str) -> str | None:
    match = _FULL_DATE.search(text, 0, 2000)
    if match is None:
        return None
    if match.group(1):
        month, day, year = _MONTHS.index(match.group(1).lower()) + 1, int(match.group(2)), int(match.group(3))
    elif match.group(4):
        day, month, year = int(match.group(4)), _MONTHS.index(match.group(5).lower()) + 1, int(match.group(6))
    else:
        year, month, day = int(match.group(7)), int(match.group(8)), int(match.group(9))
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def reference_period(text: str) -> str | None:
    """The period the document's title names, or None (see the module's docstring)."""
    lines = [line.strip() for line in text[:3000].splitlines() if line.strip()][:_TITLE_LINES]
    titles = [line for line in lines if len(line) <= 120 and not line.endswith((".", ",", ";"))]
    for pattern, write in _TITLE_PERIODS:
        for line in titles:
            found = pattern.search(line)
            if found is not None:
                return write(found)
    return None


def frequent_year(text: str) -> int | None:
    years = Counter(_YEAR.findall(text))
    return int(years.most_common(1)[0][0]) if years else None


def _month(name: str) -> int:
    """A month by its English name, its number, or 一 (January in 一至五月)."""
    if name.isdigit():
        return int(name)
    return 1 if name == "一" else _MONTHS.index(name.lower()) + 1


def _year_of(match: re.Match, reader, group: str = "of", last_month: int = 0) -> int | None:
    """The stated year, else the document year -- or the year before, when the
    period would end after the document's date (a January release on "the
    fourth quarter" speaks of last year's)."""
    stated = match.groupdict().get(group)
    if stated:
        return int(stated)
    if reader.year and reader.last and last_month and f"{reader.year}-{last_month:02d}" > reader.last:
        return reader.year - 1
    return reader.year


def _end_of_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "上": 1, "下": 2, "一": 1, "二": 2, "三": 3, "四": 4}


def _half(match, reader):
    half = _ORDINAL[match.group("which").lower()]
    year = _year_of(match, reader, last_month=6 * half)
    return f"{year}-H{half}" if year else None


def _quarter(match, reader):
    groups = match.groupdict()
    which = (groups.get("which") or groups.get("q")).lower()
    number = _ORDINAL.get(which) or int(which[-1])
    year = groups.get("y") or _year_of(match, reader, last_month=3 * number)
    return f"{year}-Q{number}" if year else None


def _first_months(match, reader):
    count = match.group("n").lower()
    months = _COUNT.get(count) or (int(count) if count.isdigit() else 0)
    year = _year_of(match, reader, last_month=months)
    if not year or not 1 <= months <= 12:
        return None
    return f"{year}-01..{months:02d}" if months > 1 else f"{year}-01"


def _first_quarters(match, reader):
    months = 3 * _COUNT[match.group("n").lower()]
    year = _year_of(match, reader, last_month=months)
    return f"{year}-01..{months:02d}" if year else None


def _months_span(match, reader):
    first, last = _month(match.group("from")), _month(match.group("to"))
    year = _year_of(match, reader, last_month=last)
    return f"{year}-{first:02d}..{last:02d}" if year and first < last else None


def _end_of(match, reader):
    groups = match.groupdict()
    month = _month(groups.get("m") or groups.get("m2") or groups.get("m3"))
    year = _year_of(match, reader, last_month=month)
    return _end_of_month(year, month) if year else None


def _mid_year(match, reader):
    return f"{reader.year}-06-30" if reader.year else None


def _end_of_year(match, reader):
    which = match.group("which").lower()
    if which.isdigit():
        return f"{which}-12-31"
    if not reader.year:
        return None
    return f"{reader.year - 1 if which.startswith('last') else reader.year}-12-31"


def _in_month(match, reader):
    month = _month(match.group("m"))
    year = _year_of(match, reader, last_month=month)
    return f"{year}-{month:02d}" if year else None


def _in_year(match, reader):
    return match.group("y")


def _relative_year(match, reader):
    if not reader.year:
        return None
    return str(reader.year - 1 if match.group("which").lower() == "last" else reader.year)


def _now(match, reader):
    return reader.date


def _previous(match, reader):
    """ "in the previous quarter" of a quarterly release, "the previous month" of a monthly one."""
    reference = reader.compared_to or ""
    quarter = re.fullmatch(r"(\d{4})-Q([1-4])", reference)
    month = re.fullmatch(r"(\d{4})-(\d{2})", reference)
    if match.group("unit").lower() == "quarter" and quarter:
        year, number = int(quarter.group(1)), int(quarter.group(2)) - 1
        return f"{year - 1}-Q4" if number == 0 else f"{year}-Q{number}"
    if match.group("unit").lower() == "month" and month:
        year, number = int(month.group(1)), int(month.group(2)) - 1
        return f"{year - 1}-12" if number == 0 else f"{year}-{number:02d}"
    return None


def _months_back(match, reader):
    """The `n` months before the reference month ("prior"), or up to it ("past")."""
    count = match.group("n").lower()
    months = _COUNT.get(count) or (int(count) if count.isdigit() else 0)
    ended = match.group("m")
    if not ended and not match.group("which"):
        return None  # "the 6 months": which ones is not said
    if ended:
        year = int(match.group("of")) if match.group("of") else _year_of(match, reader, last_month=_month(ended))
        last = f"{year}-{_month(ended):02d}" if year else None
    else:
        last = reader.last
    if not last or not 1 <= months <= 24:
        return None
    year, month = int(last[:4]), int(last[5:7])
    end = year * 12 + month - 1 - (1 if match.group("which") and match.group("which").lower() in _BEFORE else 0)
    begin = end - months + 1
    (y1, m1), (y2, m2) = divmod(begin, 12), divmod(end, 12)
    if months == 1:
        return f"{y2}-{m2 + 1:02d}"
    return f"{y1}-{m1 + 1:02d}..{m2 + 1:02d}" if y1 == y2 else f"{y1}-{m1 + 1:02d}..{y2}-{m2 + 1:02d}"


_BEFORE = ("prior", "previous", "preceding")


_M = _MONTH[1:-1]  # the month names, without the group
_BY = r"(?i:by|at|as\s+of|until|till|to)"
_N = r"two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}"
PHRASES = [  # (words, reader, whether the words frame the sentences after them)
    (re.compile(rf"\b(?:the\s+)?(?P<which>first|second)\s+half{_OF_YEAR}", re.I), _half, True),
    (re.compile(rf"\b(?:the\s+)?(?P<which>first|second|third|fourth)\s+quarter{_OF_YEAR}"
                rf"|\b(?P<q>Q[1-4])(?:\s+(?P<y>\d{{4}}))?\b", re.I),
     _quarter, True),
    (re.compile(rf"\b(?:the\s+)?first\s+(?P<n>{_N})\s+months{_OF_YEAR}", re.I), _first_months, True),
    (re.compile(rf"\b(?:the\s+)?first\s+(?P<n>two|three)\s+quarters{_OF_YEAR}", re.I), _first_quarters, True),
    (re.compile(rf"\b(?:(?i:from)\s+)?(?P<from>{_M.replace('|December', '')})\s*(?:to|through|until|-|–)\s*"
                rf"(?P<to>{_M})(?:\s+(?P<of>\d{{4}}))?"), _months_span, True),
    (re.compile(rf"\b{_BY}\s+(?:the\s+)?(?:end|close)\s+of\s+(?P<m>{_M})(?:\s+(?P<of>\d{{4}}))?"
                rf"|\b(?i:end)-(?P<m2>{_M})|\b(?i:as\s+of\s+(?:late|mid-?))\s*(?P<m3>{_M})"), _end_of, True),
    (re.compile(r"\bby\s+mid-?year\b|\bby\s+the\s+middle\s+of\s+the\s+year\b", re.I), _mid_year, True),
    (re.compile(r"\b(?:by|at|as\s+of)\s+(?:the\s+)?end\s+of\s+(?P<which>last\s+year|this\s+year|the\s+year|\d{4})\b",
                re.I), _end_of_year, False),
    (re.compile(rf"\b(?i:in|during|for)\s+(?P<m>{_M})(?:\s+(?P<of>\d{{4}}))?\b(?!\s+\d{{1,2}}\b)"), _in_month, True),
    (re.compile(rf"\b(?P<m>{_M})\s+(?P<of>\d{{4}})\b"), _in_month, False),
    (re.compile(r"\b(?P<y>(?:19|20)\d\d)[- ]based\b"), _in_year, False),
    (re.compile(r"\b(?:in|for|during|of)\s+(?:the\s+year\s+)?(?P<y>(?:19|20)\d\d)\b(?![-–/]\d)", re.I), _in_year, True),
    (re.compile(r"\bby\s+(?P<y>(?:19|20)\d\d)\b(?![-–/]\d)", re.I), _in_year, False),
    (re.compile(r"\b(?P<which>last|this)\s+year\b", re.I), _relative_year, False),
    (re.compile(rf"\b(?:(?:over|in|during|for)\s+)?the\s+(?:(?P<which>prior|previous|preceding|past|last)\s+)?"
                rf"(?P<n>{_N})\s+months\b(?:\s+end(?:ed|ing)(?:\s+in)?\s+(?P<m>{_M})(?:\s+(?P<of>\d{{4}}))?)?",
                re.I), _months_back, False),
    (re.compile(r"\b(?:in|for|during|over)\s+the\s+(?:previous|preceding)\s+(?P<unit>quarter|month)\b", re.I),
     _previous, False),
    (re.compile(r"\b(?:so\s+far|currently|by\s+far|to\s+date|at\s+present|as\s+of\s+now|now)\b", re.I), _now, False),
    # Chinese: 上半年, 二季度, 1-5月, 截至6月底
    (re.compile(r"(?P<which>上|下)半年"), _half, True),
    (re.compile(r"(?P<which>[一二三四])季度"), _quarter, True),
    (re.compile(r"(?P<from>1|一)\s*[-—–～~至到]\s*(?P<to>1[0-2]|[2-9])月份?"), _months_span, True),
    (re.compile(r"(?:截至)?(?P<m>1[0-2]|[1-9])月(?:末|底)"), _end_of, True),
]
