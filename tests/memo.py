"""A two-claim memo and its ledger: the smallest complete example, for tests."""

from __future__ import annotations

import textwrap

DOCUMENT = "Xie Cun:\n\nRevenue rose 9.3% year on year, 3.4 percentage points higher than last year.\n"

GOOD = """\
version: 1
documents:
  memo:
    path: memo.txt
claims:
  revenue.growth:
    metric: revenue growth, yoy
    period: 2025-H1
    unit: percent
    value: 9.3%
    mentions:
      - anchor: "Revenue rose [9.3%] year on year"
        speaker: Xie Cun
  revenue.gain:
    metric: gain on last year's growth
    period: 2025-H1
    unit: pp
    value: 3.4 percentage points
    mentions:
      - anchor: "year on year, [3.4 percentage points] higher"
"""

# An `approx` relation between the two claims, its formula and tolerance to fill in
# (`RELATION.format(formula="a * 0.37", tolerance="0.1")`), appended to GOOD.
RELATION = """\
relations:
  gain.check:
    approx: [revenue.growth]
    formula: "{formula}"
    is: revenue.gain
    tolerance: "{tolerance}"
    why: a hostile literal
"""


def write(tmp_path, ledger: str, document: str = DOCUMENT):
    (tmp_path / "memo.txt").write_text(document, encoding="utf-8")
    path = tmp_path / "claims.yaml"
    path.write_text(textwrap.dedent(ledger), encoding="utf-8")
    return path
