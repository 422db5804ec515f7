"""The HTML report in a real browser: headless Debian Chromium driven by Playwright.

Skipped (with the reason) where Chromium or Playwright is missing, except under
CI (the CI environment variable set), where it fails: .ci/run installs both.
Screenshots land in the test's tmp folder; the conflict one is also copied to
/tmp/report-conflict.png for people to look at.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from checks.cli import main
from checks.engine import check_ledger

DATA = Path(__file__).parent.parent / "data"
BRIEFING = "scio-2025-07-18-miit-h1.en.txt"
CHROMIUM = os.environ.get("CHECKS_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# "rose 11.1% year on year, 4.7 percentage points higher": 11.1 - 6.4 = 4.7
ORIGINAL, EDITED = "rose 11.1% year on year, 4.7", "rose 11.4% year on year, 4.7"


def _unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must install it (see .ci/run)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install playwright)")
    if not os.access(CHROMIUM, os.X_OK):
        _unavailable(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        except Error as error:
            _unavailable(f"Chromium at {CHROMIUM} does not start: {error}")
        yield chromium
        chromium.close()


class Page:
    """A page with everything it says on the console, its errors and dialogs recorded."""

    def __init__(self, browser, path: Path):
        self.page = browser.new_page(viewport={"width": 1366, "height": 860})
        self.console, self.errors, self.dialogs, self.requests = [], [], [], []
        self.page.on("console", lambda message: self.console.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", self._dialog)
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.goto(path.as_uri())

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()


def briefing_report(tmp_path, edit: bool) -> Path:
    """The report of a copy of the briefing; run in `tmp_path`, so places read as a user sees them."""
    for name in ("claims.yaml", BRIEFING):
        shutil.copy(DATA / name, tmp_path / name)
    if edit:
        document = tmp_path / BRIEFING
        text = document.read_text(encoding="utf-8")
        assert text.count(ORIGINAL) == 1
        document.write_text(text.replace(ORIGINAL, EDITED), encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["report", "claims.yaml", "--html", "report.html"]) == (1 if edit else 0)
    return out


def test_clicking_the_conflicting_figure_shows_both_places_and_the_arithmetic(browser, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    report = briefing_report(tmp_path, edit=True)
    conflict = next(finding for finding in check_ledger("claims.yaml").findings()
                    if finding.id == "electronics.gap_over_industry")
    places = [str(location) for location in conflict.locations if location.path.endswith(BRIEFING)]
    assert len(places) >= 2

    view = Page(browser, report)
    figure = view.page.locator("a.n[title$='electronics.va_growth']")
    assert figure.count() == 1 and figure.inner_text() == "11.4%"
    assert "s-conflict" in figure.get_attribute("class").split()
    assert "accepted" not in figure.get_attribute("class").split()
    figure.click()
    details = view.page.locator("section.detail.open")
    assert details.count() == 1 and details.is_visible()
    text = details.inner_text()
    for place in places:  # the edited figure and the one it now conflicts with
        assert place in text, place
    assert "electronics.gap_over_industry" in text and "difference" in text
    assert "figures allow" in text and "11.4%" in text and "6.4%" in text
    assert "document states '11.4%', ledger recorded '11.1%'" in text
    details.locator(".rel.fails").first.scroll_into_view_if_needed()
    screenshot = tmp_path / "report-conflict.png"
    view.page.screenshot(path=str(screenshot))
    shutil.copy(screenshot, "/tmp/report-conflict.png")

    # the list of findings jumps to the other figure and opens its details
    view.page.locator("#findings a.jump", has_text=places[1]).first.click()
    assert view.page.locator("a.n.selected").inner_text() in ("6.4%", "4.7 percentage points")
    assert view.errors == [] and view.console == [] and view.dialogs == []
    assert all(url.startswith("file://") for url in view.requests)


def test_the_clean_briefing_shows_no_failing_conflict(browser, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    view = Page(browser, briefing_report(tmp_path, edit=False))
    assert view.page.locator("a.n.s-conflict:not(.accepted), a.n.s-changed").count() == 0
    assert view.page.locator("#count-conflict").inner_text() == "1"  # the one the ledger expects
    assert view.page.locator("a.n.s-protected").count() > 0
    view.page.screenshot(path=str(tmp_path / "report-clean.png"))
    assert view.errors == [] and view.console == []


def test_filters_hide_statuses_and_other_speakers(browser, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    view = Page(browser, briefing_report(tmp_path, edit=True))
    page = view.page
    figure = page.locator("a.n[title$='electronics.va_growth']")
    background = figure.evaluate("element => getComputedStyle(element).backgroundColor")
    page.locator("input[data-filter=conflict]").uncheck()
    assert figure.evaluate("element => getComputedStyle(element).backgroundColor") != background
    page.locator("input[data-filter=conflict]").check()
    page.select_option("#speaker", "Tao Qing")
    assert not figure.is_visible()  # said by Xie Cun
    assert page.locator(".turn[data-speaker='Tao Qing']").first.is_visible()
    page.select_option("#speaker", "")
    assert figure.is_visible()


PAYLOAD = "<img src=x onerror=\"alert('img')\">"
SCRIPT = "<script>alert('script')</script>"

LEDGER = """\
version: 1
documents:
  memo:
    path: memo.txt
claims:
  revenue.growth:
    metric: "growth <svg onload=alert('metric')>"
    period: 2025-H1
    unit: percent
    value: 9.3%
    mentions:
      - anchor: "Revenue rose [9.3%] year on year"
      - anchor: "<b onmouseover=alert('anchor')> [7]"
ignore:
  - pattern: '\\b5G\\b'
    reason: "<img src=y onerror=alert('reason')>"
"""


def test_a_document_with_markup_cannot_run_code_in_its_report(browser, tmp_path):
    document = (f"Xie Cun:\n\nRevenue rose 9.3% year on year {PAYLOAD}, the 5G network grew 12 {SCRIPT}.\n"
                "Tao Qing:\n\n<iframe src=javascript:alert('frame')></iframe> 4 more.\n")
    (tmp_path / "memo.txt").write_text(document, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(LEDGER, encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["report", str(tmp_path / "claims.yaml"), "--html", str(out)]) == 1
    view = Page(browser, out)
    page = view.page
    for mark in page.locator("a.n").all():  # open every detail: ledger text shows there
        mark.click()
        page.locator("section.detail.open").inner_text()
        page.locator("section.detail.open button.close").click()
    page.locator("a.n", has_text="9.3%").click()
    shown = page.locator("section.detail.open").inner_text()
    assert "growth <svg onload=alert('metric')>" in shown
    page.locator("a.n", has_text="5").first.click()
    assert "<img src=y onerror=alert('reason')>" in page.locator("section.detail.open").inner_text()
    text = page.locator(".text").inner_text()
    assert PAYLOAD in text and SCRIPT in text and "<iframe src=javascript:alert('frame')></iframe>" in text
    assert "<b onmouseover=alert('anchor')> [7]" in page.locator("#findings").inner_text()
    assert page.locator("img, svg, iframe").count() == 0
    assert page.locator("script").count() == 1
    assert view.dialogs == [] and view.errors == [] and view.console == []
    page.screenshot(path=str(tmp_path / "report-markup.png"))


def test_the_csp_blocks_inline_code_even_if_escaping_ever_failed(browser, tmp_path):
    (tmp_path / "memo.txt").write_text("Xie Cun:\n\nRevenue rose 9.3% year on year.\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(LEDGER.split("      - anchor: \"<b")[0], encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["report", str(tmp_path / "claims.yaml"), "--html", str(out), "--no-mutation"]) == 0
    html = out.read_text(encoding="utf-8")
    injected = html.replace("</main>", f"{PAYLOAD}<script>alert('inline')</script></main>")
    out.write_text(injected, encoding="utf-8")
    view = Page(browser, out)
    view.page.wait_for_timeout(200)
    assert view.dialogs == []
    assert any("Content Security Policy" in message for message in view.console)
    view.page.locator("a.n", has_text="9.3%").click()  # the page's own script still runs
    assert view.page.locator("section.detail.open").count() == 1
