"""The pytest front end: items per claim and relation, findings as failures."""

from __future__ import annotations

import subprocess
import sys

import pytest
from memo import DOCUMENT
from memo import GOOD as UNMARKED

pytest_plugins = ["pytester"]

GOOD = "# checks: ledger\n" + UNMARKED  # the opening line that opts a ledger in

CHANGED = "memo.txt:3:14: changed grounding revenue.growth: document states '9.8%', ledger recorded '9.3%'"
MISSING = "claims.yaml:5:5: cannot read document 'memo.txt': No such file or directory"

REPEATED = GOOD.replace(
    '      - anchor: "year on year, [3.4 percentage points] higher"\n',
    '      - anchor: "year on year, [3.4 percentage points] higher"\n'
    '      - anchor: "Again: [3.4 percentage points] up"\n',
)


@pytest.fixture
def memo(pytester: pytest.Pytester):
    def make(ledger: str = GOOD, document: str = DOCUMENT):
        pytester.makefile(".txt", memo=document)
        pytester.makefile(".yaml", claims=ledger)
        return pytester

    return make


def test_every_claim_becomes_an_item_with_a_readable_id(memo):
    result = memo().runpytest("--collect-only", "-q")
    result.stdout.fnmatch_lines(["claims.yaml::revenue.growth", "claims.yaml::revenue.gain",
                                 "claims.yaml::ledger", "claims.yaml::coverage", "4 tests collected*"])


def test_a_clean_ledger_passes(memo):
    memo().runpytest().assert_outcomes(passed=4)


def test_a_changed_figure_fails_its_claim_with_the_finding_not_a_traceback(memo):
    result = memo(document=DOCUMENT.replace("9.3%", "9.8%")).runpytest("-k", "revenue.growth")
    result.assert_outcomes(failed=1, deselected=3)
    result.stdout.fnmatch_lines([f"*{CHANGED}"])
    result.stdout.no_fnmatch_line("*Traceback*")


def test_mentions_that_disagree_fail_as_a_repeat_conflict(memo):
    document = DOCUMENT + "Again: 3.9 percentage points up.\n"
    result = memo(REPEATED, document).runpytest()
    result.assert_outcomes(failed=1, passed=3)
    disagree = "'3.9 percentage points' (3.85 … 3.95) vs '3.4 percentage points' (3.35 … 3.45)"
    result.stdout.fnmatch_lines([f"*conflict repeat revenue.gain: mentions disagree: {disagree}"])


def test_a_broken_ledger_is_one_failing_item_listing_every_problem(memo):
    result = memo(GOOD.replace("    unit: pp", "    units: pp")).runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*claims.yaml:18:5: ledger schema claims.revenue.gain.units: unknown key*"])


def test_a_ledger_outside_the_test_paths_is_checked_with_claims_option(memo, pytester):
    memo()
    sub = pytester.mkdir("elsewhere")
    (sub / "memo.txt").write_text(DOCUMENT.replace("9.3%", "9.8%"), encoding="utf-8")
    (sub / "book.yml").write_text(UNMARKED, encoding="utf-8")  # named, so collected without the marker
    result = pytester.runpytest("claims.yaml", "--claims", str(sub / "book.yml"))
    result.assert_outcomes(passed=7, failed=1)


def test_items_run_under_xdist(memo):
    pytest.importorskip("xdist")
    memo().runpytest("-n", "2").assert_outcomes(passed=4)


def test_collecting_loads_the_ledger_but_does_not_read_its_documents(pytester):
    pytester.makefile(".yaml", claims=GOOD)
    result = pytester.runpytest("--collect-only", "-q")
    result.stdout.fnmatch_lines(["claims.yaml::revenue.growth", "4 tests collected*"])


def test_a_missing_document_fails_the_ledger_item_and_leaves_no_claim_passing(pytester):
    pytester.makefile(".yaml", claims=GOOD)
    result = pytester.runpytest("-k", "ledger or revenue.growth")
    result.assert_outcomes(failed=2, deselected=2)
    result.stdout.fnmatch_lines([f"not checked: {MISSING}", MISSING])


def test_a_ledger_problem_found_when_checking_fails_the_ledger_item_and_leaves_no_claim_passing(memo):
    twice = GOOD.replace('"Revenue rose [9.3%] year on year"', '"Revenue rose [9.3%] year [on] year"')
    result = memo(twice).runpytest("-k", "ledger or revenue.gain")
    result.assert_outcomes(failed=2, deselected=2)
    headline = ('claims.yaml:13:9: ledger anchor claims.revenue.growth.anchor: the anchor has 2 "[" and 2 "]"; '
                'bracket exactly one figure and write a literal bracket as \\[ or \\]')
    result.stdout.fnmatch_lines([f"not checked: {headline}", headline])


def test_a_ledger_is_checked_once_for_all_its_items_and_not_at_collection(memo, monkeypatch):
    import checks.engine

    calls = []

    def counted(ledger, documents=None, **options):
        calls.append(ledger.path)
        return check_loaded(ledger, documents, **options)

    check_loaded = checks.engine.check_loaded
    monkeypatch.setattr(checks.engine, "check_loaded", counted)
    memo().runpytest("--collect-only")
    assert calls == []
    memo().runpytest().assert_outcomes(passed=4)
    assert len(calls) == 1


def test_an_accepted_finding_passes_and_is_kept_as_a_user_property(memo):
    expected = "expected:\n  - kind: changed\n    rule: grounding\n    id: revenue.growth\n    reason: known typo\n"
    for items in ("claim", "ledger"):
        recorder = memo(GOOD + expected, DOCUMENT.replace("9.3%", "9.8%")).inline_run(f"--claims-items={items}")
        recorder.assertoutcome(passed=4 if items == "claim" else 1)
        reports = [report for report in recorder.getreports("pytest_runtest_logreport") if report.when == "call"]
        properties = [prop for report in reports for prop in report.user_properties]
        assert properties == [("accepted", CHANGED)]


def test_ledger_items_make_one_item_per_file_named_ledger(memo):
    result = memo().runpytest("--claims-items=ledger", "--collect-only", "-q")
    result.stdout.fnmatch_lines(["claims.yaml::ledger", "1 test collected*"])


def test_ledger_items_do_not_parse_the_yaml_at_collection(pytester):
    pytester.makefile(".yaml", claims="# checks: ledger\nversion: 1\nclaims: [unclosed\n")
    pytester.runpytest("--claims-items=ledger", "--collect-only", "-q").stdout.fnmatch_lines(["1 test collected*"])


def test_a_clean_ledger_item_passes(memo):
    memo().runpytest("--claims-items=ledger").assert_outcomes(passed=1)


def test_a_ledger_item_fails_with_every_failing_finding_and_a_count(memo):
    document = DOCUMENT.replace("9.3%", "9.8%") + "Again: 3.9 percentage points up.\n"
    result = memo(REPEATED, document).runpytest("--claims-items=ledger")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "*_ claims.yaml::ledger _*",
        "3 failing findings: revenue.growth (1), revenue.gain (2)",
        CHANGED,
        "    claims.yaml:13:9",
        "memo.txt:4:8: changed grounding revenue.gain: *",
        "    claims.yaml:22:9",
        "memo.txt:4:8: conflict repeat revenue.gain: mentions disagree: *",
    ])


def test_a_ledger_item_with_a_draft_claim_fails_and_is_skipped_when_drafts_are_allowed(memo):
    drafted = GOOD.replace("    unit: pp\n", "    unit: pp\n    review: draft\n")
    memo(drafted).runpytest("--claims-items=ledger").assert_outcomes(failed=1)
    result = memo(drafted).runpytest("--claims-items=ledger", "--claims-allow-draft", "-rs")
    result.assert_outcomes(skipped=1)
    result.stdout.fnmatch_lines(["*claims.yaml:15:3: ledger draft revenue.gain: drafted claim, not reviewed: *"])


def test_a_broken_ledger_fails_its_ledger_item_listing_every_problem(memo):
    result = memo(GOOD.replace("    unit: pp", "    units: pp")).runpytest("--claims-items=ledger")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["2 failing findings: ledger (2)",
                                 "claims.yaml:18:5: ledger schema claims.revenue.gain.units: unknown key*",
                                 "claims.yaml:16:5: ledger schema claims.revenue.gain: missing required key 'unit'"])


def test_a_ledger_item_whose_document_is_missing_fails_with_the_reason(pytester):
    pytester.makefile(".yaml", claims=GOOD)
    result = pytester.runpytest("--claims-items=ledger")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([MISSING])


def test_ledger_items_are_selected_by_file_name_only(memo):
    memo().runpytest("--claims-items=ledger", "-k", "claims").assert_outcomes(passed=1)
    memo().runpytest("--claims-items=ledger", "-k", "revenue.growth").assert_outcomes(deselected=1)


def test_the_ini_option_chooses_ledger_items_and_the_command_line_wins(memo, pytester):
    pytester.makeini("[pytest]\nclaims_items = ledger\n")
    memo().runpytest().assert_outcomes(passed=1)
    memo().runpytest("--claims-items=claim").assert_outcomes(passed=4)


@pytest.mark.parametrize("args, ini, source", [
    (["--claims-items=claims"], "", "--claims-items=claims"),
    ([], "[pytest]\nclaims_items = file\n", "ini claims_items = file"),
])
def test_an_unknown_items_value_is_a_one_line_usage_error(memo, pytester, args, ini, source):
    if ini:
        pytester.makeini(ini)
    result = memo().runpytest(*args)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    usage = f"ERROR: {source}: expected claim (one item per claim) or ledger (one item per file)"
    assert [text for text in result.stderr.lines if text] == [usage]


def test_ledger_items_run_under_xdist(memo, pytester):
    pytest.importorskip("xdist")
    memo()
    sub = pytester.mkdir("second")
    (sub / "memo.txt").write_text(DOCUMENT, encoding="utf-8")
    (sub / "claims.yaml").write_text(GOOD, encoding="utf-8")
    pytester.runpytest("-n", "2", "--claims-items=ledger").assert_outcomes(passed=2)


def test_other_yaml_files_do_not_import_the_lint_package(pytester):
    pytester.makefile(".yaml", config="name: not a ledger\n")
    pytester.makeconftest("import sys\n\n\ndef pytest_sessionfinish():\n"
                          "    print('lint imported:', 'checks.lint' in sys.modules)\n")
    result = pytester.runpytest_subprocess("-s")
    result.stdout.fnmatch_lines(["lint imported: False"])


def test_a_foreign_projects_yaml_is_neither_collected_nor_parsed_and_its_tests_run_untouched(pytester):
    pytester.makefile(".yaml", review="reviewers: [alice]\n")
    pytester.makefile(".yml", settings="version: 2\nclaims: [insurance]\n")
    pytester.makepyfile(test_own="def test_own():\n    assert True\n")
    pytester.makeconftest("import sys\n\n\ndef pytest_sessionfinish():\n"
                          "    print('parsed:', sorted({'yaml', 'checks.lint', 'checks.ledger'} & set(sys.modules)))\n")
    result = pytester.runpytest_subprocess("-s")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["collected 1 item", "test_own.py .parsed: []"])


def test_a_ledger_without_its_opening_line_is_collected_when_the_ini_names_it(memo, pytester):
    memo(UNMARKED)
    assert "no tests collected" in str(pytester.runpytest("--collect-only", "-q").stdout)
    pytester.makeini("[pytest]\nclaims_paths = claims.yaml\n")
    pytester.runpytest().assert_outcomes(passed=4)


def test_the_ini_may_name_a_folder_whose_yaml_files_are_all_ledgers(pytester):
    folder = pytester.mkdir("ledgers")
    (folder / "memo.txt").write_text(DOCUMENT, encoding="utf-8")
    (folder / "h1.yml").write_text(UNMARKED, encoding="utf-8")
    pytester.makefile(".yaml", other="claims: [insurance]\n")
    pytester.makeini("[pytest]\nclaims_paths = ledgers\n")
    pytester.runpytest().assert_outcomes(passed=4)


@pytest.mark.parametrize("reserved", ["ledger", "coverage"])
def test_a_claim_named_like_a_ledger_item_fails_the_ledger_instead_of_hiding_its_findings(memo, reserved):
    result = memo(GOOD.replace("revenue.growth:", f"{reserved}:"), DOCUMENT.replace("9.3%", "9.8%")).runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([f"*claims.yaml:7:3: ledger schema claims.{reserved}: id '{reserved}' is reserved*"])


def test_importing_the_plugin_imports_neither_yaml_nor_the_engine_nor_lint():
    code = "import sys, checks.plugin; print(sorted({'yaml', 'checks.engine', 'checks.lint'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "[]\n"


def shards_collect(pytester, count: int) -> list[set[str]]:
    found = []
    for index in range(1, count + 1):
        result = pytester.runpytest("--collect-only", "-q", "--claims-items=ledger", f"--claims-shard={index}/{count}")
        found.append({line for line in result.outlines if line.endswith("::ledger")})
    return found


def test_shards_deal_every_ledger_to_exactly_one_job(pytester):
    for index in range(12):
        folder = pytester.mkdir(f"briefing{index}")
        (folder / "memo.txt").write_text(DOCUMENT, encoding="utf-8")
        (folder / "claims.yaml").write_text(GOOD, encoding="utf-8")
    shards = shards_collect(pytester, 3)
    everything = set().union(*shards)
    assert len(everything) == 12
    assert sum(map(len, shards)) == 12  # disjoint
    assert all(shards)  # twelve files in three shards: none empty with this hash
    assert shards_collect(pytester, 3) == shards  # the same deal every time


def test_one_shard_of_one_is_everything(memo):
    memo().runpytest("--claims-shard=1/1").assert_outcomes(passed=4)


@pytest.mark.parametrize("value", ["0/2", "3/2", "1", "a/b", "1/0", "-1/2"])
def test_a_malformed_shard_is_a_one_line_usage_error(memo, value):
    result = memo().runpytest(f"--claims-shard={value}")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert [text for text in result.stderr.lines if text] == [
        f"ERROR: --claims-shard={value}: expected I/N with 1 <= I <= N, e.g. --claims-shard=2/4"]
