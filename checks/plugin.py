"""pytest front end: every ledger becomes a file of items, one per claim and relation.

The ledger is checked once when its file is collected; each item then reports
the findings about its own claim or relation, in the same words as the CLI.
Only public pytest API is used, after pytest's non-Python-test example. The
engine and the lint package are imported only when a YAML file is collected,
so the plugin costs a plain `pytest` run next to nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checks.findings import Finding, Kind

LEDGER_SUFFIXES = (".yaml", ".yml")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("checks", "fact-consistency checks of ledgers")
    group.addoption("--claims", action="append", default=[], metavar="PATH",
                    help="check this ledger too (repeatable); ledgers under the given paths are found anyway")
    group.addoption("--claims-allow-outside", action="store_true", default=False,
                    help="let ledgers name documents outside their own folder")


def pytest_configure(config: pytest.Config) -> None:
    extra = config.getoption("claims")
    if extra:
        config.args.extend(extra)


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    if file_path.suffix not in LEDGER_SUFFIXES:
        return None
    from checks.lint.items import pytest_collect_file as collect_review

    review = collect_review(file_path, parent)
    if review is not None:
        return review
    if _is_ledger(file_path) or _named(parent.config, file_path):
        return LedgerFile.from_parent(parent, path=file_path)
    return None


def _named(config: pytest.Config, path: Path) -> bool:
    return any(Path(arg).resolve() == path.resolve() for arg in config.getoption("claims"))


def _is_ledger(path: Path) -> bool:
    """A YAML file is a ledger when it has top-level `claims:` (cheap sniff)."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return any(line.startswith("claims:") for line in handle)
    except OSError:
        return False


class LedgerFile(pytest.File):
    def collect(self):
        from checks import coverage
        from checks.engine import InputError, check_ledger
        from checks.ledger import LedgerError

        try:
            check = check_ledger(str(self.path), allow_outside=self.config.getoption("claims_allow_outside"))
        except LedgerError as error:
            yield FindingsItem.from_parent(self, name="ledger", findings=error.findings(), line=0)
            return
        except InputError as error:
            yield FindingsItem.from_parent(self, name="ledger", findings=[], line=0, broken=str(error))
            return
        by_id: dict[str, list[Finding]] = {}
        for finding in check.findings():
            by_id.setdefault(finding.id, []).append(finding)
        ledger = check.ledger
        subjects = [(claim.id, claim.where.line) for claim in ledger.claims.values()]
        subjects += [(relation.id, relation.where.line) for relation in ledger.relations.values()]
        for name, line in subjects:
            yield FindingsItem.from_parent(self, name=name, findings=by_id.pop(name, []), line=line - 1)
        leftover = [finding for findings in by_id.values() for finding in findings]
        yield FindingsItem.from_parent(self, name="ledger", findings=leftover, line=0)
        try:
            uncovered = coverage.findings(check, coverage.measure(check))
        except InputError as error:
            yield FindingsItem.from_parent(self, name="coverage", findings=[], line=0, broken=str(error))
        else:
            yield FindingsItem.from_parent(self, name="coverage", findings=uncovered, line=0)


class FindingsFailed(Exception):
    """Raised by an item whose findings fail; carries the rendered findings."""


class FindingsItem(pytest.Item):
    def __init__(self, *, findings: list[Finding], line: int, broken: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.findings = findings
        self.line = line
        self.broken = broken
        for finding in findings:
            if finding.accepted:
                self.user_properties.append(("accepted", finding.headline))

    def runtest(self) -> None:
        if self.broken:
            raise FindingsFailed(self.broken)
        failing = [finding for finding in self.findings if finding.fails]
        if failing:
            raise FindingsFailed("\n".join(finding.render() for finding in failing))
        drafted = [finding for finding in self.findings if (finding.kind, finding.rule) == (Kind.LEDGER, "draft")]
        if drafted:  # an unreviewed guess never passes as a checked fact
            pytest.skip(drafted[0].headline)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, FindingsFailed):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        kinds = sorted({finding.kind.value for finding in self.findings if finding.kind is not Kind.LEDGER})
        return self.path, self.line, f"{self.name}" + (f" [{', '.join(kinds)}]" if kinds else "")
