"""The HTML report: statuses of numbers, details, escaping, the CSP, the `report` command."""

from __future__ import annotations

import base64
import hashlib
import io
import re
import textwrap

import pytest
from test_semantics import TIE_DOCUMENT, TIE_LEDGER

from checks.cli import main
from checks.commands.progress import progress
from checks.engine import check_ledger
from checks.findings import Finding, Kind, Location
from checks.outputs import html_format
from checks.statuses import STATUSES, assess, explain

DOCUMENT = """\
Xie Cun:

Revenue rose 9.3% year on year, 3.4 percentage points higher than the 5.9% of last year. The 5G network has 12 base stations.

Tao Qing:

Profits rose 2.0% in the period.
"""

LEDGER = """\
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
  revenue.gain:
    metric: gain on last year's growth
    period: 2025-H1
    unit: pp
    value: 3.4 percentage points
    mentions:
      - anchor: "year on year, [3.4 percentage points] higher"
  revenue.last_growth:
    metric: revenue growth a year earlier
    period: 2025-H1
    unit: percent
    value: 5.9%
    mentions:
      - anchor: "higher than the [5.9%] of last year"
  profit.growth:
    metric: profit growth, yoy
    period: 2025-H1
    unit: percent
    value: 2.0%
    mentions:
      - anchor: "Profits rose [2.0%] in the period"
        speaker: Tao Qing
relations:
  revenue.gap:
    difference: [revenue.growth, revenue.last_growth]
    is: revenue.gain
    exact: true
    why: '"3.4 percentage points higher": 9.3 - 5.9 = 3.4'
ignore:
  - pattern: '\\b5G\\b'
    reason: technology name, not a figure
"""

CHANGED = DOCUMENT.replace("rose 9.3%", "rose 9.8%")


def write(tmp_path, document=DOCUMENT, ledger=LEDGER):
    (tmp_path / "memo.txt").write_text(document, encoding="utf-8")
    path = tmp_path / "claims.yaml"
    path.write_text(ledger, encoding="utf-8")
    return path


def statuses_of(tmp_path, document=DOCUMENT, ledger=LEDGER, extra=()):
    from checks import coverage

    check = check_ledger(str(write(tmp_path, document, ledger)))
    findings = check.findings() + coverage.findings(check, coverage.measure(check)) + list(extra)
    return assess(check, findings)


def table(statuses):
    return [(mark.text, mark.status, sorted(mark.flags)) for mark in statuses.all_marks()]


def test_every_number_of_a_clean_memo_gets_its_status(tmp_path):
    assert table(statuses_of(tmp_path)) == [
        ("9.3%", "protected", ["protected"]),
        ("3.4 percentage points", "protected", ["protected"]),
        ("5.9%", "protected", ["protected"]),
        ("5", "ignored", ["ignored"]),
        ("12", "uncovered", ["uncovered"]),
        ("2.0%", "claimed", ["claimed"]),
    ]


def test_a_changed_figure_is_a_conflict_and_changed_and_its_partners_conflict(tmp_path):
    statuses = statuses_of(tmp_path, CHANGED)
    assert table(statuses)[:3] == [
        ("9.8%", "conflict", ["changed", "conflict", "protected"]),
        ("3.4 percentage points", "conflict", ["conflict", "protected"]),
        ("5.9%", "conflict", ["conflict", "protected"]),
    ]
    assert statuses.counts() == {"conflict": 3, "changed": 0, "anchor": 0, "lint": 0, "uncovered": 1,
                                 "protected": 0, "claimed": 1, "ignored": 1}


def test_marks_carry_their_speakers(tmp_path):
    assert [(mark.text, mark.speaker) for mark in statuses_of(tmp_path).all_marks()][-2:] == [
        ("12", "Xie Cun"), ("2.0%", "Tao Qing")]


def test_an_anchor_problem_marks_the_other_mentions_of_its_claim(tmp_path):
    ledger = LEDGER.replace('      - anchor: "Profits rose [2.0%] in the period"\n',
                            '      - anchor: "Profits rose [2.0%] in the period"\n'
                            '      - anchor: "Losses fell [3%]"\n')
    statuses = statuses_of(tmp_path, ledger=ledger)
    assert table(statuses)[-1] == ("2.0%", "anchor", ["anchor", "claimed"])


def test_a_lint_finding_away_from_numbers_gets_a_mark_of_its_own(tmp_path):
    column = DOCUMENT.splitlines()[2].index("network") + 1
    lint = Finding(Kind.LINT, "glued", "network", "word glued", (Location(str(tmp_path / "memo.txt"), 3, column),))
    statuses = statuses_of(tmp_path, extra=[lint])
    marks = [mark for mark in statuses.all_marks() if "lint" in mark.flags]
    assert [(mark.text, mark.number) for mark in marks] == [("network", False)]


def test_the_arithmetic_of_a_failing_relation_names_operands_intervals_and_places(tmp_path):
    check = check_ledger(str(write(tmp_path, CHANGED)))
    arithmetic = explain(check, check.ledger.relations["revenue.gap"])
    assert arithmetic.holds is False
    assert [(t.ref, t.stated, t.interval, [str(loc) for loc in t.locations]) for t in arithmetic.terms] == [
        ("revenue.growth", "9.8%", "9.8 (exact digits)", [f"{tmp_path}/memo.txt:3:14"]),
        ("revenue.last_growth", "5.9%", "5.9 (exact digits)", [f"{tmp_path}/memo.txt:3:71"]),
        ("revenue.gain", "3.4 percentage points", "3.35 … 3.45", [f"{tmp_path}/memo.txt:3:33"]),
    ]
    assert arithmetic.computed == ("figures allow 3.9 pp; stated 3.4 percentage points (3.35 … 3.45)",)


def test_a_holding_relation_shows_its_arithmetic_too(tmp_path):
    check = check_ledger(str(write(tmp_path)))
    arithmetic = explain(check, check.ledger.relations["revenue.gap"])
    assert arithmetic.holds is True
    assert arithmetic.computed == ("figures allow 3.4 pp; stated 3.4 percentage points (3.35 … 3.45)",)


def page(tmp_path, document=DOCUMENT, ledger=LEDGER) -> str:
    return html_format.render(statuses_of(tmp_path, document, ledger), ledger="claims.yaml")


def detail(html: str, text: str) -> str:
    index = re.search(rf'<a class="n [^"]*" id="m(\d+)"[^>]*>{re.escape(text)}</a>', html).group(1)
    return re.search(rf'<section class="detail" id="d{index}".*?</section>', html, re.S).group(0)


def test_the_detail_of_the_conflicting_figure_shows_the_claim_both_places_and_the_arithmetic(tmp_path):
    html = page(tmp_path, CHANGED)
    shown = re.sub(r"<[^>]+>", " ", detail(html, "9.8%"))
    for text in ("revenue.growth", "revenue growth, yoy", "2025-H1", "percent", "9.3%",
                 f"{tmp_path}/memo.txt:3:14", f"{tmp_path}/memo.txt:3:71", f"{tmp_path}/memo.txt:3:33",
                 "revenue.gap", "figures allow 3.9 pp", "conflict difference revenue.gap".split()[1],
                 "document states &#x27;9.8%&#x27;, ledger recorded &#x27;9.3%&#x27;"):
        assert text in shown, text


def test_the_header_counts_statuses_and_offers_every_speaker(tmp_path):
    html = page(tmp_path, CHANGED)
    assert re.findall(r'id="count-(\w+)">(\d+)<', html) == [
        ("conflict", "3"), ("changed", "0"), ("anchor", "0"), ("lint", "0"), ("uncovered", "1"),
        ("protected", "0"), ("claimed", "1"), ("ignored", "1")]
    assert re.findall(r'<option value="([^"]*)">', html) == ["", "Tao Qing", "Xie Cun"]
    assert '<b id="failing">3</b> failing' in html  # changed, conflict, and the uncovered "12"
    assert '<b id="mutation-score">n/a</b>' in html
    assert [f"data-filter=\"{status}\"" in html for status in STATUSES] == [True] * len(STATUSES)


PAYLOAD_DOCUMENT = DOCUMENT.replace(
    "The 5G network", "The <img src=x onerror=\"alert('doc')\"> network"
).replace("in the period.", "in the period.</div><script>alert('script')</script>")

PAYLOAD_LEDGER = LEDGER.replace(
    "metric: revenue growth, yoy", "metric: \"growth <svg onload=alert('ledger')>\"",
).replace("reason: technology name, not a figure", "reason: '\"><script>alert(1)</script>'")


def test_every_text_from_the_document_and_the_ledger_is_escaped(tmp_path):
    html = page(tmp_path, PAYLOAD_DOCUMENT, PAYLOAD_LEDGER)
    assert "<img" not in html and "<svg" not in html
    assert html.count("<script") == 1  # the page's own
    assert "&lt;img src=x onerror=&quot;alert(&#x27;doc&#x27;)&quot;&gt;" in html
    assert "&lt;/div&gt;&lt;script&gt;alert(&#x27;script&#x27;)&lt;/script&gt;" in html
    assert "growth &lt;svg onload=alert(&#x27;ledger&#x27;)&gt;" in html


def test_the_csp_allows_exactly_the_pages_own_script_and_style_by_hash(tmp_path):
    html = page(tmp_path)
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html).group(1)
    policy = policy.replace("&#x27;", "'")
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    script = re.search(r"<script>(.*?)</script>", html, re.S).group(1)
    style = re.search(r"<style>(.*?)</style>", html, re.S).group(1)

    def digest(text):
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == digest(script)
    assert directives["style-src"] == digest(style)
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert not re.search(r"<[^>]*\s(on\w+|style)\s*=", html)  # no inline handler or style to allow


def test_the_page_loads_nothing_from_anywhere_else(tmp_path):
    html = page(tmp_path)
    assert not re.search(r"<(link|img|iframe|object|embed|base)\b", html)
    assert " src=" not in html and "url(" not in html and "@import" not in html
    assert not re.search(r'href="(?!#)', html)


def run_report(tmp_path, *args):
    return main(["report", str(tmp_path / "claims.yaml"), "--html", str(tmp_path / "report.html"), *args])


def test_report_writes_the_page_and_exits_like_check(tmp_path, capsys):
    write(tmp_path, CHANGED)
    assert run_report(tmp_path, "--no-mutation") == 1
    assert capsys.readouterr().out == (
        f"{tmp_path}/report.html: 6 numbers, 6 places marked (3 conflict, 1 uncovered, 1 claimed only, "
        "1 ignored); 3 findings\n")
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    write(tmp_path)
    assert run_report(tmp_path) == 0


def test_report_shows_the_mutation_score(tmp_path):
    write(tmp_path)
    assert run_report(tmp_path) == 0
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    score = re.search(r'<b id="mutation-score">([^<]*)</b>', html).group(1)
    assert re.fullmatch(r"\d+% \(\d+ of \d+ mutants caught by a relation\)", score), score


def test_report_of_an_unusable_ledger_exits_2_and_writes_nothing(tmp_path, capsys):
    write(tmp_path, ledger="version: 1\nclaims: [\n")
    assert run_report(tmp_path) == 2
    assert "claims.yaml" in capsys.readouterr().err
    assert not (tmp_path / "report.html").exists()


@pytest.mark.parametrize("argv", [["report"], ["report", "x.yaml"]])
def test_report_needs_an_output_file(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert "--html" in capsys.readouterr().err


def test_text_shows_in_the_page_exactly_once(tmp_path):
    html = page(tmp_path)
    text = re.search(r'<div class="text">(.*?)</div></article>', html, re.S).group(1)
    plain = re.sub(r"<[^>]+>", "", text).replace("&#x27;", "'").replace("&quot;", '"').replace("&amp;", "&")
    assert plain == textwrap.dedent(DOCUMENT)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_one_line_on_a_terminal_and_clears_it():
    stream = Terminal()
    assert list(progress(["a.yaml", "bb.yaml"], stream=stream)) == ["a.yaml", "bb.yaml"]
    assert stream.getvalue() == (
        "\rchecking 1/2 a.yaml" "\rchecking 2/2 bb.yaml" "\r" + " " * 20 + "\r")


def test_progress_is_silent_off_a_terminal_or_for_one_ledger():
    stream = io.StringIO()
    assert list(progress(["a.yaml", "b.yaml"], stream=stream)) == ["a.yaml", "b.yaml"]
    terminal = Terminal()
    assert list(progress(["a.yaml"], stream=terminal)) == ["a.yaml"]
    assert stream.getvalue() == terminal.getvalue() == ""


def test_report_reads_another_revision_of_the_document(tmp_path):
    write(tmp_path)
    (tmp_path / "revised.txt").write_text(CHANGED, encoding="utf-8")
    assert run_report(tmp_path, "--no-mutation", "--document", str(tmp_path / "revised.txt")) == 1
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert re.search(r'class="n s-conflict" [^>]*>9\.8%</a>', html)


def test_a_conflict_that_is_only_a_warning_is_drawn_lighter_than_a_failing_one(tmp_path):
    """A rounding tie warns and does not fail the check: its marks say so."""
    html = page(tmp_path, TIE_DOCUMENT, TIE_LEDGER)
    marks = re.findall(r'<a class="n s-conflict([^"]*)"[^>]*title="([^"]*)"', html)
    assert marks and all(" warning" in classes and "a warning only" in title for classes, title in marks)
    failing = page(tmp_path, DOCUMENT.replace("9.3%", "9.4%", 1), LEDGER)
    assert re.findall(r'<a class="n (s-conflict[^"]*)"', failing) == ["s-conflict"] * 3
